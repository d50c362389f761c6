"""The Spanish seed content (procedures/clinic_content_es.py) matches the English seed page for page."""

import re
from collections import Counter
from html import unescape
from pathlib import Path

import polib
import pytest
from django.core.validators import validate_slug

from procedures import clinic_content as english
from procedures import clinic_content_es as spanish
from procedures.markdown import render_markdown
from procedures.models import FAQ, Page, Section

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
# Paths a Spanish page may link to that are not seeded pages. None is used yet: the seed's calls to
# action come from the templates, not from the Markdown.
NON_PAGE_PATHS = {"/es/consultation/", "/consultation/"}
# Words frequent in any English sentence and never written in Spanish.
ENGLISH_WORDS = set("the and with your you of to is are for that this will may can or it in on".split())


def page_pairs():
    """Yield (kind, English page, Spanish page) for every seeded page."""
    for kind, pages, translations in (
        ("procedure", english.PROCEDURES, spanish.PROCEDURES),
        ("condition", english.CONDITIONS, spanish.CONDITIONS),
    ):
        for page in pages:
            yield kind, page, translations.get(page["slug"])


PAIRS = list(page_pairs())
PAIR_IDS = [page["slug"] for _, page, _ in PAIRS]


def texts(page):
    """Every patient-facing string of a page, in a fixed order, so two languages line up."""
    yield page["title"]
    yield page["seo_title"]
    yield page.get("faq_heading", "")
    yield page["summary"]
    yield page["introduction"]
    for heading, body in page["sections"]:
        yield heading
        yield body
    for question, answer in page["faqs"]:
        yield question
        yield answer


def spanish_path(kind, slug):
    prefix = spanish.PROCEDURES_PATH if kind == "procedure" else spanish.CONDITIONS_PATH
    return f"{prefix}{slug}/"


def spanish_address_of_english_path():
    """English page path -> the Spanish page's path, for every seeded page."""
    return {
        Page(kind=kind, slug=page["slug"]).get_absolute_url(): spanish_path(kind, translation["slug"])
        for kind, page, translation in PAIRS
    }


def every_spanish_text():
    for _, _, translation in PAIRS:
        yield from texts(translation)
    yield from spanish.WARNING_SIGNS
    yield spanish.DEFAULT_FAQ_HEADING
    for _, text in spanish.HOME.values():
        yield text
    for location in spanish.LOCATIONS.values():
        yield from location.values()


def test_every_english_page_has_a_spanish_version_and_nothing_else():
    assert [page for _, page, translation in PAIRS if translation is None] == []
    assert set(spanish.PROCEDURES) == {page["slug"] for page in english.PROCEDURES}
    assert set(spanish.CONDITIONS) == {page["slug"] for page in english.CONDITIONS}


@pytest.mark.parametrize(("kind", "page", "translation"), PAIRS, ids=PAIR_IDS)
def test_a_spanish_page_has_the_english_pages_sections_and_questions(kind, page, translation):
    assert len(translation["sections"]) == len(page["sections"])
    assert len(translation["faqs"]) == len(page["faqs"])
    assert bool(translation.get("faq_heading")) == bool(page.get("faq_heading"))
    for section, spanish_section in zip(page["sections"], translation["sections"], strict=True):
        # The shared warning block stays shared, so one edit changes it on every page.
        assert (section is english.WARNING_SIGNS) == (spanish_section is spanish.WARNING_SIGNS)
    for text in texts(translation):
        assert isinstance(text, str)
    assert all(translation[field] for field in ("title", "seo_title", "summary", "slug"))


def test_spanish_slugs_are_valid_unique_and_not_the_english_ones():
    slugs = [translation["slug"] for _, _, translation in PAIRS]
    for slug in slugs:
        validate_slug(slug)
        assert slug == slug.lower()
    assert len(set(slugs)) == len(slugs)
    assert not set(slugs) & {page["slug"] for _, page, _ in PAIRS}


@pytest.mark.parametrize(("kind", "page", "translation"), PAIRS, ids=PAIR_IDS)
def test_spanish_text_fits_the_fields_it_will_be_stored_in(kind, page, translation):
    for field in ("title", "seo_title", "faq_heading", "summary", "slug"):
        assert len(translation.get(field, "")) <= Page._meta.get_field(field).max_length, field
    for heading, _ in translation["sections"]:
        assert len(heading) <= Section._meta.get_field("heading").max_length
    for question, _ in translation["faqs"]:
        assert len(question) <= FAQ._meta.get_field("question").max_length


def test_every_link_in_the_spanish_text_leads_to_a_spanish_page_of_the_seed():
    pages = set(spanish_address_of_english_path().values())
    targets = {target for text in every_spanish_text() for target in MARKDOWN_LINK.findall(text)}
    assert targets, "the Spanish pages link to each other"
    assert targets - pages - NON_PAGE_PATHS == set()


@pytest.mark.parametrize(("kind", "page", "translation"), PAIRS, ids=PAIR_IDS)
def test_a_spanish_text_links_to_the_spanish_pages_its_english_text_links_to(kind, page, translation):
    address = spanish_address_of_english_path()
    for english_text, spanish_text in zip(texts(page), texts(translation), strict=True):
        expected = [address.get(target, target) for target in MARKDOWN_LINK.findall(english_text)]
        assert sorted(MARKDOWN_LINK.findall(spanish_text)) == sorted(expected), spanish_text[:80]


@pytest.mark.parametrize(("kind", "page", "translation"), PAIRS, ids=PAIR_IDS)
def test_a_spanish_text_has_the_same_numbers_as_its_english_text(kind, page, translation):
    for english_text, spanish_text in zip(texts(page), texts(translation), strict=True):
        numbers = Counter(re.findall(r"\d+", english_text))
        assert Counter(re.findall(r"\d+", spanish_text)) == numbers, spanish_text[:80]


@pytest.mark.parametrize(("kind", "page", "translation"), PAIRS, ids=PAIR_IDS)
def test_a_spanish_text_keeps_the_english_texts_markdown(kind, page, translation):
    def shape(text):
        lines = text.split("\n")
        return (
            sum(line.startswith("- ") for line in lines),
            sum(line.startswith("### ") for line in lines),
            text.count("**"),
            text.count("\n\n"),
        )

    for english_text, spanish_text in zip(texts(page), texts(translation), strict=True):
        assert shape(spanish_text) == shape(english_text), spanish_text[:80]


def test_the_spanish_markdown_renders_without_losing_a_word_a_link_or_a_list_item():
    for text in every_spanish_text():
        html = render_markdown(text)
        visible = unescape(re.sub(r"<[^>]+>", " ", html))
        words_written = Counter(re.findall(r"\w+", MARKDOWN_LINK.sub("]", text)))
        assert Counter(re.findall(r"\w+", visible)) == words_written, text[:80]
        assert html.count("<a ") == len(MARKDOWN_LINK.findall(text))
        assert html.count("<li>") == sum(line.startswith("- ") for line in text.split("\n"))
        assert html.count("<h3>") == sum(line.startswith("### ") for line in text.split("\n"))
        assert "[" not in visible and "**" not in visible


def test_no_english_sentence_is_left_in_the_spanish_text():
    left = []
    for text in every_spanish_text():
        words = set(re.findall(r"\w+", MARKDOWN_LINK.sub("]", text).lower()))
        if found := words & ENGLISH_WORDS:
            left.append((sorted(found), text[:80]))
    assert left == []


def test_the_home_page_strings_are_the_ones_the_templates_show():
    shown = "".join((TEMPLATES / path).read_text() for path in ("procedures/home.html", "includes/cta.html"))
    catalog = polib.pofile(str(TEMPLATES.parent / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    for key, (english_text, spanish_text) in spanish.HOME.items():
        # Marked for translation in the templates ({{ clinic_name }} in a blocktranslate)...
        assert english_text.format(clinic_name="{{ clinic_name }}") in shown, key
        # ...and translated in the catalog by the Spanish written here.
        entry = catalog.find(english_text.format(clinic_name="%(clinic_name)s"))
        assert entry is not None and not entry.fuzzy, key
        assert entry.msgstr == spanish_text.format(clinic_name="%(clinic_name)s"), key
        # The Spanish text keeps the English text's placeholders, for str.format or a template.
        assert re.findall(r"{\w+}", spanish_text) == re.findall(r"{\w+}", english_text), key


def test_the_location_text_is_given_for_every_seeded_location():
    assert set(spanish.LOCATIONS) == {location["name"] for location in english.LOCATIONS}
    for name, texts_by_field in spanish.LOCATIONS.items():
        location = next(location for location in english.LOCATIONS if location["name"] == name)
        for field, text in texts_by_field.items():
            assert location[field] and text and text != location[field]
            assert re.findall(r"\d+", text) == re.findall(r"\d+", location[field])
