"""Every save in the admin keeps a revision; editors see who changed what and restore an earlier one."""

import pytest
from django.test import Client
from django.urls import reverse
from reversion.models import Version

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


def test_saving_the_change_form_keeps_the_inline_section_change(editor_client, revised_page):
    post_form(editor_client, change_url(revised_page), **{"sections-0-body": "The edited copy."})

    assert revised_page.sections.get().body == "The edited copy."


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

    [(text, _)] = revisions(editor_client, revised_page)

    assert editor.username in text


def test_reverting_an_earlier_revision_restores_the_section_copy_on_the_public_page(
    editor_client, revised_page
):
    post_form(editor_client, change_url(revised_page))
    post_form(editor_client, change_url(revised_page), **{"sections-0-body": "The edited copy."})
    visitor = Client()
    assert b"The edited copy." in visitor.get(revised_page.get_absolute_url()).content
    first_revision_url = revisions(editor_client, revised_page)[-1][1]

    post_form(editor_client, first_revision_url)

    content = visitor.get(revised_page.get_absolute_url()).content
    assert b"The original copy." in content
    assert b"The edited copy." not in content


def as_a_browser_posts(data: dict[str, list[str]]) -> dict[str, list[str]]:
    """The form data with every line break as CRLF, as browsers send the text of a <textarea>."""
    return {name: [value.replace("\n", "\r\n") for value in values] for name, values in data.items()}


@pytest.fixture
def ten_section_page():
    page = ProcedureFactory(title="Lumbar Facet Injections")
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


def test_restoring_an_earlier_revision_is_kept_as_the_newest_revision(editor_client, revised_page):
    post_form(editor_client, change_url(revised_page))
    post_form(editor_client, change_url(revised_page), **{"sections-0-body": "The edited copy."})

    post_form(editor_client, revisions(editor_client, revised_page)[-1][1])

    newest, *_ = revisions(editor_client, revised_page)
    assert "Reverted to previous version" in newest[0]
