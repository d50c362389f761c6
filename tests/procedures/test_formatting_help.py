"""The page edit form helps with Markdown: a line under each field, a fuller help once above the sections
and once above the FAQs, and each Markdown field is marked for the live preview script."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from procedures.models import Page
from tests.factories import ConditionFactory, FAQFactory, ProcedureFactory, SectionFactory, UserFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

MARKDOWN_FIELDS = ["introduction", "sections-0-body", "sections-1-body", "faqs-0-answer"]


@pytest.fixture
def change_url():
    page = ProcedureFactory(slug="lumbar-facet-injections", title="Lumbar Facet Injections")
    ProcedureFactory(slug=page.slug, title="Lumbar Facet Injections (being rewritten)", draft_of=page)
    SectionFactory.create_batch(2, page=page)
    FAQFactory(page=page)
    ConditionFactory(slug="spinal-stenosis", title="Spinal Stenosis", status=Page.Status.DRAFT)
    return reverse("admin:procedures_procedure_change", args=[page.pk])


def test_each_markdown_field_has_one_line_of_help_naming_sub_headings_lists_and_page_links(
    editor_client, change_url
):
    document = parse(editor_client.get(change_url).content)

    for name in MARKDOWN_FIELDS:
        help_text = document.find("div", id=f"id_{name}_helptext").text
        assert "“### ” starts a sub-heading" in help_text, name
        assert "[link text](page:medial-branch-block)" in help_text, name
        assert len(help_text.split()) < 45, name


def test_the_formatting_help_shows_once_above_the_sections_and_once_above_the_questions(
    editor_client, change_url
):
    document = parse(editor_client.get(change_url).content)

    helps = document.find_all("details", **{"class": "formatting-help"})
    assert len(helps) == 2
    assert "### What to expect afterwards" in helps[0].text
    assert "[National Institutes of Health](https://www.nih.gov/)" in helps[0].text


def test_the_formatting_help_lists_each_page_slug_once_and_marks_drafts(editor_client, change_url):
    document = parse(editor_client.get(change_url).content)

    slugs = document.find_all("ul", **{"class": "formatting-help-pages"})[0]
    items = [item.text for item in document.find_all("li") if item.is_inside(slugs)]
    assert items == [
        "lumbar-facet-injections: Lumbar Facet Injections",
        "spinal-stenosis: Spinal Stenosis (draft)",
    ]


def test_markdown_fields_are_marked_for_the_live_preview_script(editor_client, change_url):
    document = parse(editor_client.get(change_url).content)

    marked = [
        textarea.get("name")
        for textarea in document.find_all("textarea")
        if textarea.has("data-live-preview")
    ]
    scripts = [
        script for script in document.find_all("script") if "live_preview" in (script.get("src") or "")
    ]
    assert set(MARKDOWN_FIELDS) <= set(marked)
    assert not {"sections-0-heading", "faqs-0-question", "summary"} & set(marked)
    assert [script.get("data-preview-url") for script in scripts] == [
        reverse("admin:procedures_procedure_live_preview")
    ]


def test_a_staff_member_who_may_only_view_pages_gets_neither_help_nor_preview(change_url):
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["view_procedure", "view_section"]))
    client = Client()
    client.force_login(viewer)

    response = client.get(change_url)

    assert response.status_code == 200
    assert "formatting-help" not in response.text and "live_preview" not in response.text
