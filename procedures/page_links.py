"""Links to other pages written by reference, [text](page:medial-branch-block), resolved when shown.

Bodies are rendered to sanitized HTML on save, and that HTML keeps the reference (href="page:<slug>").
The reference becomes the target's current address each time a page is shown, not on save: a renamed,
unpublished or deleted target then needs nothing re-rendered, and the page cache, emptied by any
change to any page, never keeps a stale address. Resolving costs no query for copy without
references and two for copy with them. An old slug still resolves, through the redirect its page's
rename left (procedures.models.Page._redirect_old_address), so a reference never breaks on a rename.
A reference to no published page is shown as its plain text, never as a broken link.

A Spanish page's reference (by the Spanish or the English slug) and its Markdown links to English
addresses lead to the Spanish version of the page when it is published; to a page with none they lead
to the English page, said to be in English (procedures/page_languages.py).
"""

import re

from django.contrib.redirects.models import Redirect
from django.core.validators import slug_re
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.html import escape

from .models import Page
from .page_languages import ENGLISH, INTERNAL_LINK, english_link, with_alternate

# nh3 writes every attribute in double quotes, escaped, and keeps no <a> inside another.
PAGE_LINK = re.compile(r'<a href="page:([^"#]*)(#[^"]*)?"([^>]*)>(.*?)</a>', re.IGNORECASE | re.DOTALL)
DETAIL_VIEWS = {"procedures:detail", "procedures:condition_detail", "procedures:clinic_page"}


def _renamed_slugs(slugs: set[str]) -> dict[str, str]:
    """The current slug of each page renamed from one of `slugs`, as its rename's redirect says."""
    old_paths = {
        Page(kind=kind, slug=slug).get_absolute_url(): slug for slug in slugs for kind in Page.Kind.values
    }
    current = {}
    for old_path, new_path in Redirect.objects.filter(old_path__in=old_paths).values_list(
        "old_path", "new_path"
    ):
        try:
            match = _resolve_english(new_path)
        except Resolver404:
            continue
        if match.view_name in DETAIL_VIEWS:
            current[old_paths[old_path]] = match.kwargs["slug"]
    return current


class EnglishAddress(str):
    """The address of an English page with no version in the page's language: the link says so."""


def _resolve_english(path: str):
    """The view of an address of the English site, whichever language is active."""
    with translation.override(ENGLISH):
        return resolve(path)


def addresses(htmls: list[str], language: str = ENGLISH) -> dict[str, str]:
    """The current address of each published page that the HTML references, by the slug referenced."""
    return addresses_of(
        {match[1] for html in htmls for match in PAGE_LINK.finditer(html or "") if slug_re.match(match[1])},
        language,
    )


def addresses_of(slugs: set[str], language: str = ENGLISH) -> dict[str, str]:
    """The current address of each published page among `slugs`, following renames; for a page in
    another language, its own pages first, then the English pages' versions in it, else the English
    page (an EnglishAddress)."""
    if not slugs:
        return {}
    own = {}
    if language != ENGLISH:
        own = {
            page.slug: page for page in Page.objects.published().in_language(language).filter(slug__in=slugs)
        }
    english = Page.objects.published().in_language(ENGLISH)
    if language != ENGLISH:
        english = with_alternate(english)
    rest = slugs - set(own)
    published = {page.slug: page for page in english.filter(slug__in=rest)} if rest else {}
    renamed = _renamed_slugs(rest - set(published))
    published |= {page.slug: page for page in english.filter(slug__in=renamed.values())}
    found = {slug: published.get(renamed.get(slug, slug)) for slug in rest}
    urls = {slug: page.get_absolute_url() for slug, page in own.items()}
    for slug, page in found.items():
        if page is not None:
            urls[slug] = _address_in(page, language)
    return urls


def _address_in(english_page: Page, language: str) -> str:
    """An English page's address for a page in `language`: its version's, else its own, marked English."""
    if language == ENGLISH:
        return english_page.get_absolute_url()
    if getattr(english_page, "alternate_slug", None):
        return Page(
            kind=english_page.kind, slug=english_page.alternate_slug, language=language
        ).get_absolute_url()
    return EnglishAddress(english_page.get_absolute_url())


def links_resolve(html: str, urls: dict[str, str]) -> str:
    """Replace each reference in sanitized HTML by a link to `urls[slug]`, or by its text when absent."""

    def replace(match):
        slug, fragment, attributes, text = match.groups()
        if slug not in urls:
            return text
        if isinstance(urls[slug], EnglishAddress):
            return english_link(urls[slug] + (fragment or ""), attributes, text)
        return f'<a href="{escape(urls[slug])}{fragment or ""}"{attributes}>{text}</a>'

    return PAGE_LINK.sub(replace, html or "")


def english_paths_resolve(htmls: list[str], language: str) -> dict[str, str]:
    """For a page not in English: the address in `language` of each English address its Markdown links
    give (a page's version, or the route's translation), or the English page's own (an EnglishAddress)
    when the page has no version in `language`. A query when a link names a page, else none."""
    paths = {match[1] for html in htmls for match in INTERNAL_LINK.finditer(html or "")}
    urls, page_slugs = {}, {}
    for path in paths:
        try:
            match = _resolve_english(path)
        except Resolver404:
            continue
        if match.view_name in DETAIL_VIEWS:
            page_slugs[path] = match.kwargs["slug"]
        elif match.view_name.startswith(("procedures:", "consultations:")):
            with translation.override(ENGLISH):  # translate_url reads the path in the active language
                urls[path] = translate_url(path, language)
    if page_slugs:
        pages = with_alternate(Page.objects.published().in_language(ENGLISH)).filter(
            slug__in=page_slugs.values()
        )
        by_path = {page.get_absolute_url(): page for page in pages}
        urls |= {path: _address_in(by_path[path], language) for path in page_slugs if path in by_path}
    return urls


def english_paths_replace(html: str, urls: dict[str, str]) -> str:
    def replace(match):
        path, fragment, attributes, text = match.groups()
        url = urls.get(path)
        if url is None or "hreflang=" in attributes:
            return match[0]
        if isinstance(url, EnglishAddress):
            return english_link(url + (fragment or ""), attributes, text)
        return f'<a href="{escape(url)}{fragment or ""}"{attributes}>{text}</a>'

    return INTERNAL_LINK.sub(replace, html or "")


def page_links_resolve(page: Page) -> None:
    """Resolve the references in a fetched page's introduction, sections and FAQs, for showing it.

    It changes the fetched copies only (the prefetched sections and FAQs): they are never saved.
    """
    sections, faqs = list(page.sections.all()), list(page.faqs.all())
    htmls = [page.introduction_html] + [s.body_html for s in sections] + [f.answer_html for f in faqs]
    urls = addresses(htmls, page.language)
    paths = english_paths_resolve(htmls, page.language) if page.language != ENGLISH else {}

    def resolved(html):
        html = links_resolve(html, urls)
        return english_paths_replace(html, paths) if paths else html

    page.introduction_html = resolved(page.introduction_html)
    for section in sections:
        section.body_html = resolved(section.body_html)
    for faq in faqs:
        faq.answer_html = resolved(faq.answer_html)
