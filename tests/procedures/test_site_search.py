"""Patients find pages by the words they know, misspelt or not, and only published pages."""

import pytest

from procedures.models import Page
from procedures.site_search import MAX_QUERY_LENGTH, search_pages, search_terms
from tests.factories import ConditionFactory, FAQFactory, ProcedureFactory, SectionFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(django_capture_on_commit_callbacks):
    """Published pages, with their search documents stored as they are once an editor's save commits."""
    with django_capture_on_commit_callbacks(execute=True):
        return some_pages()


def some_pages():
    stenosis = ConditionFactory(
        title="Spinal Stenosis", slug="spinal-stenosis", summary="A narrowing of the spaces in the spine."
    )
    ablation = ProcedureFactory(
        title="Radiofrequency Ablation",
        slug="radiofrequency-ablation",
        summary="Heat quiets the nerves that carry pain from the facet joints.",
    )
    lumbar = ProcedureFactory(
        title="Lumbar Facet Injections",
        slug="lumbar-facet-injections",
        summary="Medicine placed in the small joints of the lower back.",
    )
    SectionFactory(page=lumbar, heading="Who it helps", body="People whose pain comes from spinal stenosis.")
    FAQFactory(page=ablation, question="Is it safe?", answer="Serious complications are rare.")
    return {"stenosis": stenosis, "ablation": ablation, "lumbar": lumbar}


def titles(terms):
    return [page.title for page in search_pages(search_terms(terms))]


def test_a_word_in_a_title_finds_the_page_and_its_stem_finds_it_too(pages):
    assert titles("lumbar") == ["Lumbar Facet Injections"]
    assert titles("injection") == ["Lumbar Facet Injections"]


def test_a_page_whose_title_matches_comes_before_one_that_only_mentions_the_words(pages):
    assert titles("spinal stenosis") == ["Spinal Stenosis", "Lumbar Facet Injections"]


def test_words_in_an_faq_answer_find_the_page(pages):
    assert titles("complications") == ["Radiofrequency Ablation"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("stenossis", "Spinal Stenosis"),
        ("radio frequency", "Radiofrequency Ablation"),
        ("lumbr", "Lumbar Facet Injections"),
    ],
)
def test_a_misspelling_of_a_title_still_finds_the_page(pages, typed, expected):
    assert titles(typed)[0] == expected


def test_unrelated_words_find_nothing(pages):
    assert titles("knee replacement surgery") == []


def test_drafts_and_working_drafts_of_live_pages_are_never_found(pages, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ProcedureFactory(
            title="Genicular Nerve Block", slug="genicular-nerve-block", status=Page.Status.DRAFT
        )
        ProcedureFactory(
            title="Lumbar Facet Injections (new wording)",
            slug="lumbar-facet-injections",
            status=Page.Status.DRAFT,
            draft_of=pages["lumbar"],
        )

    assert titles("genicular") == []
    assert titles("lumbar") == ["Lumbar Facet Injections"]


@pytest.mark.parametrize("typed", ["", "   ", "\x00\n\t"])
def test_nothing_typed_searches_nothing(pages, typed):
    assert search_terms(typed) == ""
    assert search_pages(search_terms(typed)) == []


@pytest.mark.parametrize("typed", ["!&|:*()<->", "'\"\\", "OR 1=1; --", "spinal & | ! stenosis", "-stenosis"])
def test_search_operators_and_quotes_are_words_not_errors(pages, typed):
    assert isinstance(search_pages(search_terms(typed)), list)


def test_a_very_long_query_is_cut_to_the_limit(pages):
    assert len(search_terms("stenosis " * 1000)) == MAX_QUERY_LENGTH


def test_search_takes_one_query_however_many_pages_match(
    pages, django_assert_num_queries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(10):
            ProcedureFactory(title=f"Nerve Block {number}", slug=f"nerve-block-{number}")

    with django_assert_num_queries(1):
        assert len(search_pages(search_terms("nerve block"))) == 10


def test_the_search_page_lists_results_with_links_and_a_count(client, pages):
    response = client.get("/search/", {"q": "stenossis"})

    document = parse(response.content)
    assert response.status_code == 200
    assert " ".join(document.find("h2", **{"class": "search-summary"}).text.split()) == (
        "1 page matches “stenossis”"
    )
    assert [link.get("href") for link in document.find_all("a") if link.text == "Spinal Stenosis"] == [
        "/conditions/spinal-stenosis/"
    ]
    assert document.meta(name="robots") == "noindex"


def test_the_search_page_without_results_offers_other_ways_to_find_help(client, pages):
    document = parse(client.get("/search/", {"q": "knee replacement"}).content)

    assert " ".join(document.find("h2", **{"class": "search-summary"}).text.split()) == (
        "No page matches “knee replacement”"
    )
    assert {"/procedures/", "/conditions/"} <= {link.get("href") for link in document.find_all("a")}


def test_what_was_typed_is_shown_back_as_text_never_as_markup(client, pages):
    response = client.get("/search/", {"q": "<script>alert(1)</script>"})

    assert b"<script>alert(1)" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content


def test_the_empty_search_page_is_cached_for_anonymous_visitors_and_every_page_links_to_it(client, pages):
    document = parse(client.get("/").content)

    assert "/search/" in {link.get("href") for link in document.find_all("a")}
    assert client.get("/search/").status_code == 200


def test_a_new_section_is_found_once_saved_and_a_removed_one_no_longer(
    pages, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        section = SectionFactory(page=pages["stenosis"], heading="Walking", body="Symptoms ease on a cart.")

    assert titles("cart") == ["Spinal Stenosis"]

    with django_capture_on_commit_callbacks(execute=True):
        section.delete()
    assert titles("cart") == []


def test_a_changed_title_is_found_by_its_new_words_only(pages, django_capture_on_commit_callbacks):
    pages["ablation"].title = "Radiofrequency Neurotomy"
    with django_capture_on_commit_callbacks(execute=True):
        pages["ablation"].save()

    assert titles("neurotomy") == ["Radiofrequency Neurotomy"]
    assert titles("ablation") == []
