"""Editors see the content checker's warnings on each page's change form and in a report of all pages;
the warnings never stop a save."""

import pytest
from django.urls import reverse

from procedures.models import Procedure
from tests.factories import ConditionFactory, PhysicianFactory, ProcedureFactory, SectionFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

REPORT = reverse("admin:procedures_content_check")


def change_url(page):
    return reverse(f"admin:procedures_{page._meta.model_name}_change", args=[page.pk])


def panel_text(response) -> str:
    return " ".join(parse(response.content).find("div", **{"class": "content-check-panel"}).text.split())


@pytest.mark.parametrize("factory", [ProcedureFactory, ConditionFactory])
def test_the_change_form_lists_each_warning_with_how_to_fix_it(editor_client, factory):
    page = factory(medical_reviewer=None)

    text = panel_text(editor_client.get(change_url(page)))

    assert "Medical reviewer: No clinician is named" in text
    assert "How to fix: Ask a physician to review the page" in text


def test_the_add_form_says_the_page_is_checked_once_saved(editor_client):
    text = panel_text(editor_client.get(reverse("admin:procedures_procedure_add")))

    assert text.startswith("Save the page to check")


def test_a_page_with_warnings_saves_and_the_panel_shows_the_saved_text(editor_client):
    page = ProcedureFactory(title="Lumbar Facet Injections", medical_reviewer=None)
    SectionFactory(page=page, heading="What to expect", body="Short.")
    url = change_url(page)
    data = parse(editor_client.get(url).content).form_data("procedure_form")
    data["summary"] = ["Too short."]
    data["sections-0-body"] = ["To prepare, [click here](/procedures/no-such-page/)."]

    response = editor_client.post(url, {**data, "_continue": "Save and continue editing"})

    assert response.status_code == 302
    # The page is published: the save went to its working draft, whose form the editor is back on.
    draft = Procedure.objects.get(draft_of=page)
    assert draft.summary == "Too short."
    text = panel_text(editor_client.get(response["Location"]))
    assert "Summary: The summary has only 10 characters" in text
    assert "“click here” does not say where the link goes" in text
    assert "/procedures/no-such-page/ leads to no page of this website" in text


def test_the_report_lists_pages_with_the_most_warnings_first_linking_to_their_change_forms(editor_client):
    reviewed = ProcedureFactory(
        title="Reviewed",
        medical_reviewer=PhysicianFactory(),
        summary="A plain description of the procedure that is long enough for search results to show.",
    )
    unreviewed = ConditionFactory(title="Unreviewed", medical_reviewer=None, summary="Short.")

    document = parse(editor_client.get(REPORT).content)

    headings = [
        " ".join(h2.text.split()) for h2 in document.find_all("h2") if h2.get("id", "").startswith("content")
    ]
    assert headings[0].startswith("Unreviewed (condition, published): 3 warnings")
    assert headings[1].startswith("Reviewed (procedure, published): 1 warning")
    links = [a.get("href") for a in document.find_all("a") if a.text.startswith("Edit “")]
    assert links == [change_url(unreviewed), change_url(reviewed)]


def test_the_admin_index_and_the_page_lists_link_to_the_report(editor_client):
    for url in [
        reverse("admin:index"),
        reverse("admin:procedures_procedure_changelist"),
        reverse("admin:procedures_condition_changelist"),
    ]:
        links = [a.get("href") for a in parse(editor_client.get(url).content).find_all("a")]
        assert REPORT in links, url


def test_the_front_desk_cannot_open_the_report(front_desk_client):
    assert front_desk_client.get(REPORT).status_code == 403
