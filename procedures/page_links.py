"""Links to other pages written by reference, [text](page:medial-branch-block), resolved when shown.

Bodies are rendered to sanitized HTML on save, and that HTML keeps the reference (href="page:<slug>").
The reference becomes the target's current address each time a page is shown, not on save: a renamed,
unpublished or deleted target then needs nothing re-rendered, and the page cache, emptied by any
change to any page, never keeps a stale address. Resolving costs no query for copy without
references and two for copy with them. An old slug still resolves, through the redirect its page's
rename left (procedures.models.Page._redirect_old_address), so a reference never breaks on a rename.
A reference to no published page is shown as its plain text, never as a broken link.
"""

import re

from django.contrib.redirects.models import Redirect
from django.core.validators import slug_re
from django.urls import Resolver404, resolve
from django.utils.html import escape

from .models import Page

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
            match = resolve(new_path)
        except Resolver404:
            continue
        if match.view_name in DETAIL_VIEWS:
            current[old_paths[old_path]] = match.kwargs["slug"]
    return current


def addresses(htmls: list[str]) -> dict[str, str]:
    """The current address of each published page that the HTML references, by the slug referenced."""
    return addresses_of(
        {match[1] for html in htmls for match in PAGE_LINK.finditer(html or "") if slug_re.match(match[1])}
    )


def addresses_of(slugs: set[str]) -> dict[str, str]:
    """The current address of each published page among `slugs`, following renames."""
    if not slugs:
        return {}
    published = {page.slug: page for page in Page.objects.published().filter(slug__in=slugs)}
    renamed = _renamed_slugs(slugs - set(published))
    published |= {page.slug: page for page in Page.objects.published().filter(slug__in=renamed.values())}
    found = {slug: published.get(renamed.get(slug, slug)) for slug in slugs}
    return {slug: page.get_absolute_url() for slug, page in found.items() if page is not None}


def links_resolve(html: str, urls: dict[str, str]) -> str:
    """Replace each reference in sanitized HTML by a link to `urls[slug]`, or by its text when absent."""

    def replace(match):
        slug, fragment, attributes, text = match.groups()
        if slug not in urls:
            return text
        return f'<a href="{escape(urls[slug])}{fragment or ""}"{attributes}>{text}</a>'

    return PAGE_LINK.sub(replace, html or "")


def page_links_resolve(page: Page) -> None:
    """Resolve the references in a fetched page's introduction, sections and FAQs, for showing it.

    It changes the fetched copies only (the prefetched sections and FAQs): they are never saved.
    """
    sections, faqs = list(page.sections.all()), list(page.faqs.all())
    urls = addresses(
        [page.introduction_html] + [s.body_html for s in sections] + [f.answer_html for f in faqs]
    )
    page.introduction_html = links_resolve(page.introduction_html, urls)
    for section in sections:
        section.body_html = links_resolve(section.body_html, urls)
    for faq in faqs:
        faq.answer_html = links_resolve(faq.answer_html, urls)
