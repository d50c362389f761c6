"""Every save in the admin keeps a revision; editors see who changed what and restore an earlier one.

A published page's saves go to its working draft, and so does an earlier version restored from the
live page's history: patients see either only once it is published.
"""

import pytest
import reversion
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from procedures import services
from procedures.models import Page, Procedure
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


def history_rows(client, page) -> list[tuple[str, dict[str, str]]]:
    """The text of each row of the page's history in the admin, in the order shown, with its links by text."""
    history = parse(client.get(reverse("admin:procedures_procedure_history", args=[page.pk])).content)
    table = history.find("table", id="change-history")
    rows = [row for row in history.find_all("tr") if row.is_inside(table) and row.parent.tag == "tbody"]
    links = history.find_all("a")
    return [
        (
            " ".join(row.text.split()),
            {link.text.split(" (")[0]: link.get("href") for link in links if link.is_inside(row)},
        )
        for row in rows
    ]


def revisions(client, page) -> list[tuple[str, str]]:
    """The text and the link that opens (and restores) each revision in the page's history, as listed."""
    return [(text, links[next(iter(links))]) for text, links in history_rows(client, page)[1:]]


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


def as_a_browser_posts(data: dict[str, list[str]]) -> dict[str, list[str]]:
    """The form data with every line break as CRLF, as browsers send the text of a <textarea>."""
    return {name: [value.replace("\n", "\r\n") for value in values] for name, values in data.items()}


@pytest.fixture
def ten_section_page():
    # Never published, so edited in place: the history is the page's own (a live page's is its draft's).
    page = ProcedureFactory(title="Lumbar Facet Injections", status=Page.Status.DRAFT)
    for number in range(10):
        SectionFactory(
            page=page, position=number, heading=f"Heading {number}", body=f"Paragraph {number}.\n\n- a point"
        )
    return page


def latest_revision_comment(page) -> str:
    return Version.objects.get_for_object(page).first().revision.get_comment()


def test_changing_one_section_of_ten_names_only_that_section_in_the_history(editor_client, ten_section_page):
    url = change_url(ten_section_page)
    data = parse(editor_client.get(url).content).form_data("procedure_form")
    data["sections-3-body"] = ["Paragraph 3, edited.\n\n- a point"]

    response = editor_client.post(url, {**as_a_browser_posts(data), "_save": "Save"})

    assert response.status_code == 302
    assert latest_revision_comment(ten_section_page) == "Changed Body for section “Heading 3”."


def test_a_save_that_changes_nothing_keeps_no_new_revision(editor_client, ten_section_page):
    url = change_url(ten_section_page)
    post_form(editor_client, url, **{"sections-3-body": "Paragraph 3, edited."})
    data = parse(editor_client.get(url).content).form_data("procedure_form")

    response = editor_client.post(url, {**as_a_browser_posts(data), "_save": "Save"})

    assert response.status_code == 302
    assert Version.objects.get_for_object(ten_section_page).count() == 1


def test_moving_a_section_keeps_a_revision_that_names_the_section_moved(editor_client, ten_section_page):
    url = change_url(ten_section_page)
    moved = ten_section_page.sections.get(heading="Heading 4")
    data = parse(editor_client.get(url).content).form_data("procedure_form")

    editor_client.post(url, {**as_a_browser_posts(data), "_move": f"section-{moved.pk}-up"})

    assert latest_revision_comment(ten_section_page) == "Changed order for section “Heading 4”."


def test_restoring_an_earlier_revision_is_kept_as_the_newest_revision(editor_client):
    unpublished = ProcedureFactory(title="Lumbar Facet Injections", status=Page.Status.DRAFT)
    SectionFactory(page=unpublished, position=0, heading="What to expect", body="The original copy.")
    post_form(editor_client, change_url(unpublished), **{"sections-0-body": "The first edit."})
    post_form(editor_client, change_url(unpublished), **{"sections-0-body": "The edited copy."})

    post_form(editor_client, revisions(editor_client, unpublished)[-1][1])

    newest, *_ = revisions(editor_client, unpublished)
    assert "Reverted to previous version" in newest[0]
