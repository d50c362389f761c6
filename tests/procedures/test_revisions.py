"""Every save in the admin keeps a revision; editors see who changed what and restore an earlier one.

A published page's saves go to its working draft, and so does an earlier version restored from the
live page's history: patients see either only once it is published.
"""

import pytest
import reversion
from django.test import Client
from django.urls import reverse

from procedures import services
from procedures.models import Procedure
from tests.factories import ProcedureFactory, SectionFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def change_url(page):
    return reverse("admin:procedures_procedure_change", args=[page.pk])


def post_form(client, url, **changes):
    """Post the admin form at `url` as the editor's browser would, with some fields changed."""
    data = parse(client.get(url).content).form_data("procedure_form")
    data.update({name: [value] for name, value in changes.items()})
    response = client.post(url, {**data, "_save": "Save"})
    assert response.status_code == 302, parse(response.content).find_all("ul", **{"class": "errorlist"})
    return response


@pytest.fixture
def revised_page():
    page = ProcedureFactory(title="Lumbar Facet Injections")
    SectionFactory(page=page, position=0, heading="What to expect", body="The original copy.")
    return page


def test_saving_the_change_form_keeps_the_inline_section_change_in_the_working_draft(
    editor_client, revised_page
):
    post_form(editor_client, change_url(revised_page), **{"sections-0-body": "The edited copy."})

    assert Procedure.objects.get(draft_of=revised_page).sections.get().body == "The edited copy."
    assert revised_page.sections.get().body == "The original copy."


def revisions(client, page) -> list[tuple[str, str]]:
    """The text and the revert link of each revision in the page's history in the admin, oldest first."""
    history = parse(client.get(reverse("admin:procedures_procedure_history", args=[page.pk])).content)
    table = history.find("table", id="change-history")
    rows = [row for row in history.find_all("tr") if row.is_inside(table) and row.parent.tag == "tbody"]
    links = history.find_all("a")
    return [(row.text, next(link.get("href") for link in links if link.is_inside(row))) for row in rows]


def test_history_lists_the_revision_with_the_editors_username(editor_client, editor, revised_page):
    post_form(editor_client, change_url(revised_page), **{"sections-0-body": "The edited copy."})

    [(text, _)] = revisions(editor_client, Procedure.objects.get(draft_of=revised_page))

    assert editor.username in text


def publish_approved(page, *, editor, reviewer):
    draft = services.page_submit_for_review(page, by=editor, reviewer=reviewer)
    services.page_approve(draft, by=reviewer)
    services.page_publish(draft, by=editor)


def test_restoring_an_earlier_revision_of_a_live_page_puts_it_in_the_working_draft_until_published(
    editor_client, editor, medical_reviewer, revised_page
):
    with reversion.create_revision():  # the page as an earlier save left it
        reversion.add_to_revision(revised_page)
    post_form(editor_client, change_url(revised_page), **{"sections-0-body": "The edited copy."})
    publish_approved(revised_page, editor=editor, reviewer=medical_reviewer)
    visitor = Client()
    assert b"The edited copy." in visitor.get(revised_page.get_absolute_url()).content
    [earlier_url] = [url for text, url in revisions(editor_client, revised_page) if "Published" not in text]

    response = post_form(editor_client, earlier_url)

    draft = Procedure.objects.get(draft_of=revised_page)
    assert response["Location"] == reverse("admin:procedures_procedure_change", args=[draft.pk])
    assert draft.sections.get().body == "The original copy."
    assert b"The edited copy." in visitor.get(revised_page.get_absolute_url()).content
    publish_approved(draft, editor=editor, reviewer=medical_reviewer)
    content = visitor.get(revised_page.get_absolute_url()).content
    assert b"The original copy." in content
    assert b"The edited copy." not in content
