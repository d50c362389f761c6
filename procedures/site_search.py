"""Site search: the listed physicians and published pages that match what a patient typed, a query each.

On PostgreSQL, full-text search over a document stored with each page, with English stemming
("injection" finds "injections"), a title counting more than a summary and a summary more than the
page's text; and, for what full-text search
cannot match (a misspelling such as "stenossis", or "radio frequency" for "radiofrequency"), the
trigram similarity of the words typed to each page's title. SQLite, for development only: each word
typed, found anywhere in the page.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramWordSimilarity
from django.db import connection
from django.db.models import Case, F, OuterRef, Q, StringAgg, Subquery, TextField, Value, When
from django.db.models.functions import Coalesce, Concat, Greatest
from django.utils import translation

from .models import FAQ, Location, Page, Physician, Section

# Longer input is cut: nobody types more, and it bounds the work a request can ask for.
MAX_QUERY_LENGTH = 100
MAX_RESULTS = 20
# How close the words typed must be to a title to count as a misspelling of it (0–1). "stenossis" is
# 0.6 from "Spinal Stenosis", "radio frequency" 0.8 from "Radiofrequency Ablation"; unrelated words
# share few trigrams (under 0.3).
MIN_TITLE_SIMILARITY = 0.45
SEARCH_CONFIG = "english"
# Each language's pages are stemmed by its own rules ("inyecciones" finds "inyección").
SEARCH_CONFIGS = {"en": "english", "es": "spanish"}


def search_config(language: str) -> str:
    return SEARCH_CONFIGS.get(language, SEARCH_CONFIG)


def search_terms(text: str) -> str:
    """What is searched for: the text typed, on one line, without control characters, within the limit."""
    printable = "".join(character if character.isprintable() else " " for character in text)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


def search_pages(terms: str) -> list[Page]:
    """The published pages in the active language matching `terms` (from search_terms), best first."""
    if not terms:
        return []
    language = translation.get_language()
    pages = (
        Page.objects.published().in_language(language).only("title", "slug", "summary", "kind", "language")
    )
    if connection.vendor == "postgresql":
        pages = _ranked_on_postgresql(pages, terms, search_config(language))
    else:
        pages = _matching_every_word(pages, terms)
    return list(pages[:MAX_RESULTS])


def search_site(terms: str) -> list:
    """What the search page lists: the physicians matching `terms`, then the pages; a query each."""
    return search_physicians(terms) + search_pages(terms) if terms else []


def search_physicians(terms: str) -> list[Physician]:
    """The listed physicians whose name, credentials or specialties hold every word typed; on
    PostgreSQL also those whose name is close to what was typed (a misspelt name)."""
    every_word = Q()
    for word in terms.split():
        # A specialty is stored as its schema.org name ("Anesthesia") and shown by its label
        # ("Anesthesiology"): either finds it.
        specialties = [word] + [
            value for value, label in Physician.Specialty.choices if word.lower() in label.lower()
        ]
        in_specialties = Q()
        for specialty in specialties:
            in_specialties |= Q(specialties__icontains=specialty)
        every_word &= (
            Q(name__icontains=word)
            | Q(credentials__icontains=word)
            | Q(specialty_label__icontains=word)
            | in_specialties
        )
    physicians = Physician.objects.listed().only(
        "name", "credentials", "slug", "specialties", "specialty_label", "specialty_label_es"
    )
    if connection.vendor == "postgresql":
        misspelt_name = Q(name_similarity__gte=MIN_TITLE_SIMILARITY)
        physicians = physicians.annotate(name_similarity=TrigramWordSimilarity(Value(terms), "name"))
        physicians = physicians.filter(every_word | misspelt_name).order_by(
            "-name_similarity", "position", "name"
        )
    else:
        physicians = physicians.filter(every_word)
    return list(physicians[:MAX_RESULTS])


def search_locations(terms: str) -> list[Location]:
    """The active locations whose name, city, street or ZIP code holds every word typed, in one query."""
    if not terms:
        return []
    locations = Location.objects.active().only(
        "name", "slug", "street_address", "city", "region", "postal_code"
    )
    for word in terms.split():
        locations = locations.filter(
            Q(name__icontains=word)
            | Q(city__icontains=word)
            | Q(street_address__icontains=word)
            | Q(postal_code__startswith=word)
        )
    return list(locations[:MAX_RESULTS])


def search_documents_update(pages) -> None:
    """Store the search document of these pages (a QuerySet), from their current text, in one UPDATE."""
    if connection.vendor == "postgresql":
        by_language = Case(
            *[When(language=code, then=Value(config)) for code, config in SEARCH_CONFIGS.items()],
            default=Value(SEARCH_CONFIG),
        )
        pages.update(search_document=search_document(Section, FAQ, config=by_language))


def search_document(section_model, faq_model, config=SEARCH_CONFIG):
    """The words of a page (title, then summary, then the rest) as an expression that makes its tsvector.

    Takes the models so that a migration can use it with its historical ones; `config` may be an
    expression (each page's language's configuration).
    """
    return (
        SearchVector("title", weight="A", config=config)
        + SearchVector("summary", weight="B", config=config)
        + SearchVector(
            "introduction",
            _joined_text(section_model, "heading", "body"),
            _joined_text(faq_model, "question", "answer"),
            weight="C",
            config=config,
        )
    )


def _joined_text(model, *fields):
    """A page's sections (or FAQs) as one text."""
    parts = []
    for field in fields:
        parts += [F(field), Value(" ")]
    rows = model.objects.filter(page=OuterRef("pk")).order_by().values("page")
    text = rows.annotate(
        text=StringAgg(Concat(*parts, output_field=TextField()), delimiter=Value(" "))
    ).values("text")
    return Coalesce(Subquery(text), Value(""), output_field=TextField())


def _ranked_on_postgresql(pages, terms, config=SEARCH_CONFIG):
    query = SearchQuery(terms, search_type="websearch", config=config)
    # "radio frequency" is one word in the title: compare it without its spaces too.
    title_similarity = Greatest(
        TrigramWordSimilarity(Value(terms), "title"),
        TrigramWordSimilarity(Value(terms.replace(" ", "")), "title"),
    )
    # A page whose title is what was typed comes first (ts_rank alone can put a passing mention in a
    # long page first), then the pages that say it most.
    return (
        pages.annotate(
            rank=SearchRank(F("search_document"), query, cover_density=True),
            title_similarity=title_similarity,
        )
        .filter(Q(search_document=query) | Q(title_similarity__gte=MIN_TITLE_SIMILARITY))
        .order_by((F("title_similarity") + F("rank")).desc(), "title")
    )


def _matching_every_word(pages, terms):
    for word in terms.split():
        pages = pages.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(introduction__icontains=word)
            | Q(sections__heading__icontains=word)
            | Q(sections__body__icontains=word)
            | Q(faqs__question__icontains=word)
            | Q(faqs__answer__icontains=word)
        )
    return pages.distinct().order_by("title")
