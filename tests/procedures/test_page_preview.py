"""The Preview button of a page's form shows the copy as it will look, from what is typed, saving nothing."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse
from reversion.models import Version

from tests.factories import FAQFactory, ProcedureFactory, SectionFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def change_url(page):
    return reverse("admin:procedures_procedure_change", args=[page.pk])


@pytest.fixture
def page():
    page = ProcedureFactory(slug="lumbar-facet-injections", introduction="The saved introduction.")
    SectionFactory(page=page, heading="What to expect", body="The saved copy.")
    FAQFactory(page=page, question="Does it hurt?", answer="A little.")
    return page


def preview(client, url, **changes):
    data = parse(client.get(url).content).form_data("procedure_form")
    data |= {name: [value] for name, value in changes.items()}
    return client.post(url, {**data, "_preview": "Preview"})


def preview_panel(response):
    document = parse(response.content)
    return document, document.find("section", id="page-preview")


def test_preview_shows_the_typed_copy_rendered_and_keeps_it_in_the_form(editor_client, page):
    response = preview(editor_client, change_url(page), **{"sections-0-body": "Edited **copy**."})

    document, panel = preview_panel(response)
    strong = [e for e in document.find_all("strong") if e.is_inside(panel)]
    assert response.status_code == 200
    assert [e.text for e in strong] == ["copy"]
    assert "What to expect" in panel.text and "Does it hurt?" in panel.text
    assert "The saved introduction." in panel.text
    assert document.find("textarea", name="sections-0-body").text.strip() == "Edited **copy**."


def test_preview_saves_nothing_and_logs_nothing(editor_client, page):
    versions, entries = Version.objects.count(), LogEntry.objects.count()

    preview(editor_client, change_url(page), title="Changed title", **{"sections-0-body": "Edited."})

    page.refresh_from_db()
    assert page.title != "Changed title"
    assert page.sections.get().body == "The saved copy."
    assert (Version.objects.count(), LogEntry.objects.count()) == (versions, entries)


def test_preview_shows_no_error_banner_for_a_valid_form(editor_client, page):
    response = preview(editor_client, change_url(page))

    assert "Please correct" not in response.text


def test_preview_is_sanitized_and_resolves_page_references(editor_client, page):
    ProcedureFactory(slug="medial-branch-block")
    body = "<script>alert(1)</script>See a [block](page:medial-branch-block)."

    document, panel = preview_panel(preview(editor_client, change_url(page), **{"sections-0-body": body}))

    links = [a.get("href") for a in document.find_all("a") if a.is_inside(panel)]
    assert links == ["/procedures/medial-branch-block/"]
    assert not [e for e in document.find_all("script") if e.is_inside(panel)]


def test_preview_leaves_out_a_section_marked_for_deletion(editor_client, page):
    _, panel = preview_panel(preview(editor_client, change_url(page), **{"sections-0-DELETE": "on"}))

    assert "What to expect" not in panel.text


def test_preview_of_a_new_page_creates_nothing(editor_client):
    add_url = reverse("admin:procedures_procedure_add")
    count = ProcedureFactory._meta.model.objects.count()

    response = preview(editor_client, add_url, title="New", slug="new", summary="S.", introduction="Hello")

    _, panel = preview_panel(response)
    assert "Hello" in panel.text
    assert ProcedureFactory._meta.model.objects.count() == count


def test_the_preview_button_is_a_submit_button_after_save(editor_client, page):
    document = parse(editor_client.get(change_url(page)).content)

    # The page's own form: Enter in a field presses its first submit button, which must be Save.
    buttons = document.find_all("input", type="submit")
    names = [b.get("name") for b in buttons if b.form_id == "procedure_form"]
    assert "_preview" in names
    assert names[0] == "_save"
