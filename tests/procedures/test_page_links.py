"""Editors link to another page by reference, [text](page:slug): the public page links to that page's
current address, after slug changes too, and a reference to no published page shows as plain text."""

import pytest
from django.test import Client
from django.urls import reverse

from procedures.models import Page
from tests.factories import ConditionFactory, FAQFactory, ProcedureFactory, SectionFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def rename(page, slug):
    page.slug = slug
    page.save()


def public_page(page) -> bytes:
    response = Client().get(page.get_absolute_url())
    assert response.status_code == 200
    return response.content


def links_in_copy(page) -> list[tuple[str, str]]:
    """The (text, href) of every link in the editor-written copy of the page as a visitor sees it."""
    return [(a.text, a.get("href")) for a in parse(public_page(page)).find_all("a") if a.in_copy]


@pytest.fixture
def medial_branch_block():
    return ProcedureFactory(title="Medial Branch Block", slug="medial-branch-block")


def linking_page(body):
    page = ProcedureFactory()
    SectionFactory(page=page, body=body)
    return page


def test_a_reference_links_to_the_procedure(medial_branch_block):
    page = linking_page("Often the first step is a [medial branch block](page:medial-branch-block).")

    assert links_in_copy(page) == [("medial branch block", "/procedures/medial-branch-block/")]


def test_a_reference_links_to_a_condition_and_keeps_a_fragment():
    ConditionFactory(slug="sciatica")
    page = linking_page("See [the questions](page:sciatica#faq-heading).")

    assert links_in_copy(page) == [("the questions", "/conditions/sciatica/#faq-heading")]


def test_the_link_follows_the_page_when_its_slug_changes(medial_branch_block):
    page = linking_page("A [block](page:medial-branch-block).")

    rename(medial_branch_block, "lumbar-medial-branch-block")

    assert links_in_copy(page) == [("block", "/procedures/lumbar-medial-branch-block/")]


def test_a_reference_by_an_old_slug_reaches_the_renamed_page(medial_branch_block):
    rename(medial_branch_block, "mbb")
    rename(medial_branch_block, "lumbar-medial-branch-block")
    page = linking_page("A [block](page:medial-branch-block).")

    assert links_in_copy(page) == [("block", "/procedures/lumbar-medial-branch-block/")]


@pytest.mark.parametrize("slug", ["no-such-page", "draft-page", 'x"y'])
def test_a_reference_to_no_published_page_shows_as_plain_text(slug):
    ProcedureFactory(slug="draft-page", status=Page.Status.DRAFT)
    page = linking_page(f"Read about [the other treatment](page:{slug}) first.")

    document = parse(public_page(page))

    assert links_in_copy(page) == []
    assert "Read about the other treatment first." in next(s.text for s in document.find_all("section"))


def test_references_resolve_in_the_introduction_and_faq_answers_and_their_json_ld(medial_branch_block):
    page = ProcedureFactory(introduction="Compare a [block](page:medial-branch-block).")
    FAQFactory(page=page, answer="Yes, after a [block](page:medial-branch-block).")

    faq_answer = parse(public_page(page)).json_ld()[0]["@graph"][-1]["mainEntity"][0]["acceptedAnswer"][
        "text"
    ]

    assert links_in_copy(page) == [("block", "/procedures/medial-branch-block/")] * 2
    assert 'href="/procedures/medial-branch-block/"' in faq_answer
    assert "page:" not in faq_answer


def test_the_admin_form_tells_editors_how_to_link_to_a_page(editor_client):
    response = editor_client.get(reverse("admin:procedures_procedure_add"))

    assert "(page:medial-branch-block)" in response.text
