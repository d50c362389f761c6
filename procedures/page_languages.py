"""A page in each language (issue #13): the other language's address of what is shown, for the language
switcher and the hreflang links, and what a Spanish page's links to English-only pages say.

A Spanish page is a Page row of its own (Page.language, Page.translation_of → the English live page);
see procedures/models.py. Lists, indexes and the other routes have the same page in every language:
their other address is django.urls.translate_url's.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import OuterRef, Q, Subquery
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.html import escape

from .models import Page

ENGLISH = settings.LANGUAGE_CODE


def active_language() -> str:
    return translation.get_language() or ENGLISH


def with_alternate(pages):
    """Pages annotated with the slug and language of their published version in the other language
    (`alternate_slug`, `alternate_language`), in the same query: a Spanish page's English page, an
    English page's Spanish one. With two languages a page has at most one other version."""
    other = Page.objects.published().filter(
        Q(translation_of=OuterRef("pk")) | Q(pk=OuterRef("translation_of"))
    )
    return pages.annotate(
        alternate_slug=Subquery(other.values("slug")[:1]),
        alternate_language=Subquery(other.values("language")[:1]),
    )


def page_alternate_urls(page: Page) -> dict[str, str]:
    """Language → address of this page and of its published version in the other language, if any.

    Reads the annotations of with_alternate() (no query); a page fetched without them has only its own.
    """
    urls = {page.language: page.get_absolute_url()}
    slug = getattr(page, "alternate_slug", None)
    if slug:
        language = page.alternate_language
        urls[language] = Page(kind=page.kind, slug=slug, language=language).get_absolute_url()
    return dict(sorted(urls.items()))


def route_alternate_urls(path: str, *, with_arguments: bool = True) -> dict[str, str]:
    """Language → address of the same route (a list, the search, a physician…) in each language.

    Without `with_arguments`, only a route without variable parts (a signed link's token, say, is
    never repeated in a link of the page): for views that say nothing of their own addresses.
    """
    current, urls = active_language(), {}
    if not with_arguments:
        try:
            with translation.override(current):
                if resolve(path).kwargs:
                    return {current: path}
        except Resolver404:
            return {current: path}
    for code, _name in settings.LANGUAGES:
        with translation.override(current):  # translate_url reads the path in the active language
            url = translate_url(path, code)
        # translate_url gives back the path unchanged when it cannot resolve it: no such address.
        if code == current or url != path:
            urls[code] = url
    return urls


def english_route_in(path: str, language: str) -> str:
    """An address of the English site (/procedures/) as the same route's in `language`
    (/es/procedimientos/), when it is a route without variable parts; else unchanged."""
    with translation.override(ENGLISH):
        try:
            if resolve(urlsplit(path).path).kwargs:
                return path
        except Resolver404:
            return path
        return translate_url(path, language)


# A link of a Spanish page to an English page: to its address on the English site, said to be in English.
ENGLISH_MARKER = "en inglés"


def english_link(href: str, attributes: str, text: str) -> str:
    """A link to a page that has no Spanish version, as a Spanish page shows it."""
    with translation.override(active_language()):
        marker = translation.gettext("(in English)")
    return (
        f'<a href="{escape(href)}"{attributes} hreflang="{ENGLISH}"><span lang="{ENGLISH}">{text}</span></a>'
        f" {escape(marker)}"
    )


# Markdown links of a Spanish page written with an English page's address (/procedures/…, /about/).
INTERNAL_LINK = re.compile(r'<a href="(/(?!es/)[^"#]*)(#[^"]*)?"([^>]*)>(.*?)</a>', re.IGNORECASE | re.DOTALL)


def english_links_mark(html: str) -> str:
    """In a Spanish page's HTML, mark each link to an address of the English site as English."""

    def replace(match):
        path, fragment, attributes, text = match.groups()
        if "hreflang=" in attributes or not _is_page_path(path):
            return match[0]
        return english_link(path + (fragment or ""), attributes, text)

    return INTERNAL_LINK.sub(replace, html or "")


def _is_page_path(path: str) -> bool:
    """Whether an English address is one of the patients' pages (not a picture, document or the admin)."""
    first = path.strip("/").split("/")[0]
    return first not in {"admin", "media", "static", "sitemap.xml", "robots.txt"}
