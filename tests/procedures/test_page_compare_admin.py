"""Editors compare any two versions of a page in the admin, from its history (newest first) or by link."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from reversion.models import Version

from procedures.models import Page
from procedures.page_compare_admin import compare_url
from tests.conftest import logged_in_client
from tests.factories import ConditionFactory, FAQFactory, ProcedureFactory, SectionFactory, UserFactory
from tests.markup import parse

from .test_revisions import change_url, history_rows, post_form

pytestmark = pytest.mark.django_db

COMPARE = reverse("admin:procedures_procedure_compare")


@pytest.fixture
def edited_page(editor_client):
    """A page saved three times in the admin: as it was, with an edited section, with a new summary."""
    # Never published, so edited in place: the history is the page's own (a live page's is its draft's).
    page = ProcedureFactory(
        title="Lumbar Facet Injections", summary="Injections for lower back pain.", status=Page.Status.DRAFT
    )
    SectionFactory(page=page, position=0, heading="What to expect", body="The injection takes minutes.")
    SectionFactory(page=page, position=1, heading="Recovery", body="Rest for a day.")
    FAQFactory(page=page, position=0, question="Does it hurt?", answer="A little.")
    post_form(editor_client, change_url(page), summary="Injections for pain in the lower back.")
    post_form(
        editor_client, change_url(page), **{"sections-0-body": "The injection takes about ten minutes."}
    )
    post_form(editor_client, change_url(page), **{"faqs-0-answer": "Less than you may fear."})
    return page


def text_of(response) -> str:
    return " ".join(parse(response.content).find("div", id="content-main").text.split())


def marked(response, tag: str) -> list[str]:
    """The words inside each <ins> or <del> of the comparison."""
    return [" ".join(element.text.split()) for element in parse(response.content).find_all(tag)]


def test_the_history_lists_revisions_newest_first_each_naming_only_what_changed(editor_client, edited_page):
    rows = [text for text, _ in history_rows(editor_client, edited_page)]

    assert rows[0].startswith("Now")
    assert "Changed Answer for FAQ “Does it hurt?”." in rows[1]
    assert "Changed Body for section “What to expect”." in rows[2]
    assert "Changed Summary." in rows[3]
    assert len(rows) == 4


def test_compare_with_previous_shows_the_words_added_and_removed_in_the_section_that_changed(
    editor_client, edited_page
):
    _, links = history_rows(editor_client, edited_page)[2]

    response = editor_client.get(links["Compare with previous"])

    assert response.status_code == 200
    assert marked(response, "ins") == ["added: about ten"]
    assert "Sections: 1 changed, 1 unchanged" in text_of(response)
    assert "FAQs: 0 changed, 1 unchanged" in text_of(response)
    assert "Recovery" not in text_of(response)  # unchanged: only counted


def test_the_oldest_revision_has_no_previous_to_compare_with(editor_client, edited_page):
    _, links = history_rows(editor_client, edited_page)[-1]

    assert "Compare with previous" not in links
    assert "Compare with current" in links


def test_compare_with_current_shows_every_change_since_that_revision(editor_client, edited_page):
    _, links = history_rows(editor_client, edited_page)[-1]

    response = editor_client.get(links["Compare with current"])

    assert marked(response, "ins") == ["added: about ten", "added: Less than you may fear."]
    assert marked(response, "del") == ["removed: A little."]
    assert "Page details: 0 changed" in text_of(response)


def test_the_history_form_picks_any_two_revisions_with_the_latest_change_chosen_to_start(
    editor_client, edited_page
):
    history = parse(
        editor_client.get(reverse("admin:procedures_procedure_history", args=[edited_page.pk])).content
    )
    form = history.find("form", id="compare-form")
    data = history.form_data("compare-form")

    response = editor_client.get(form.get("action"), data)

    assert form.get("method") == "get"
    assert marked(response, "del") == ["removed: A little."]


def test_two_revisions_picked_newer_first_are_compared_from_the_older(editor_client, edited_page):
    newest, *_, oldest = Version.objects.get_for_object(edited_page)

    response = editor_client.get(COMPARE, {"old": f"version:{newest.pk}", "new": f"version:{oldest.pk}"})

    assert marked(response, "ins") == ["added: about ten", "added: Less than you may fear."]


def test_unchanged_parts_are_shown_on_request(editor_client, edited_page):
    _, links = history_rows(editor_client, edited_page)[2]

    response = editor_client.get(links["Compare with previous"] + "&show=all")

    assert "Recovery" in text_of(response)
    assert "Rest for a day." in text_of(response)


def test_a_working_draft_compares_with_its_live_page(editor_client, edited_page):
    draft = ProcedureFactory(title="Lumbar Facet Injections", status="draft")
    SectionFactory(
        page=draft, position=0, heading="What to expect", body="The injection takes about ten minutes."
    )
    SectionFactory(page=draft, position=1, heading="Recovery", body="Rest for the day.")

    response = editor_client.get(
        compare_url("procedure", old=f"page:{edited_page.pk}", new=f"page:{draft.pk}")
    )

    assert response.status_code == 200
    assert "added: the" in marked(response, "ins")
    assert "Sections: 1 changed, 1 unchanged" in text_of(response)
    assert "FAQs: 1 changed, 0 unchanged" in text_of(response)  # the draft has no FAQ yet


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ({}, 400, "Choose the older version to compare."),
        ({"old": "draft", "new": "page:1"}, 400, "“draft” does not name a version."),
        ({"old": "version:999999", "new": "page:1"}, 404, "There is no revision number 999999"),
        ({"old": "page:999999", "new": "page:999998"}, 404, "There is no page number 999999"),
    ],
)
def test_a_bad_version_gets_a_clear_error(editor_client, query, status, message):
    response = editor_client.get(COMPARE, query)

    assert response.status_code == status
    assert message in text_of(response)


def test_a_medical_reviewer_who_only_reads_pages_compares_a_working_draft_with_its_live_page(
    medical_reviewer_client,
):
    live = ProcedureFactory(title="Lumbar Facet Injections", summary="Injections for lower back pain.")
    draft = ProcedureFactory(
        title="Lumbar Facet Injections",
        slug=live.slug,
        summary="Injections for pain in the lower back.",
        status=Page.Status.DRAFT,
        draft_of=live,
    )

    response = medical_reviewer_client.get(
        compare_url("procedure", old=f"page:{live.pk}", new=f"page:{draft.pk}")
    )

    assert response.status_code == 200
    assert "added: pain in the" in marked(response, "ins")


def test_comparing_needs_the_permission_to_read_pages(front_desk_client, edited_page):
    assert (
        front_desk_client.get(
            compare_url("procedure", old=f"page:{edited_page.pk}", new="page:1")
        ).status_code
        == 403
    )


def test_comparing_a_condition_needs_the_permission_to_read_conditions(edited_page):
    condition = ConditionFactory()
    procedures_only = UserFactory(is_staff=True)
    procedures_only.user_permissions.add(Permission.objects.get(codename="view_procedure"))

    response = logged_in_client(procedures_only).get(
        compare_url("procedure", old=f"page:{edited_page.pk}", new=f"page:{condition.pk}")
    )

    assert response.status_code == 403


def test_an_opened_revision_links_to_its_comparison_with_the_page_as_it_is_now(editor_client, edited_page):
    _, links = history_rows(editor_client, edited_page)[-1]
    revision = parse(editor_client.get(next(iter(links.values()))).content)
    [compare_link] = [link for link in revision.find_all("a") if link.text.startswith("Compare this")]

    response = editor_client.get(compare_link.get("href"))

    assert marked(response, "del") == ["removed: A little."]
