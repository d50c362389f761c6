from django.conf import settings
from django.utils import translation
from django.utils.functional import SimpleLazyObject, cached_property

from clinic import contact

from .models import Clinic, Location, MenuItem, Page
from .notices import required_notices
from .page_languages import english_route_in, route_alternate_urls


def menu_pages_in_language(entries: list[MenuItem], language: str) -> None:
    """Point the page entries at their pages' published versions in `language` (one query, none in
    English), and the addresses at the same routes in it; an entry whose page has none keeps the
    English page."""
    if language == settings.LANGUAGE_CODE:
        return
    for entry in entries:
        if entry.url.startswith("/") and not entry.url.startswith("//"):
            # An address of the English site (/procedures/) → the same route's (/es/procedimientos/).
            entry.url = english_route_in(entry.url, language)
    if not any(entry.page_id for entry in entries):
        return
    versions = {
        page.translation_of_id: page
        for page in Page.objects.published()
        .in_language(language)
        .filter(translation_of__in=[entry.page_id for entry in entries if entry.page_id])
        .only("title", "slug", "kind", "language", "translation_of")
    }
    for entry in entries:
        if (version := versions.get(entry.page_id)) is not None:
            entry.page = version
            entry.label = version.title  # the label is the editor's English words; the page's are Spanish


class Menus:
    """The header's and footer's entries, read in one query when a template first uses either (the
    admin's pages never do)."""

    def __init__(self, path: str):
        self.path = path

    @cached_property
    def _entries(self) -> list[MenuItem]:
        entries = list(MenuItem.objects.shown())
        menu_pages_in_language(entries, translation.get_language())
        for entry in entries:
            # The entry of the page shown, or of the section it belongs to (/procedures/… under Procedures).
            href = entry.href
            entry.is_current = href.startswith("/") and (
                self.path == href or (href != "/" and href.endswith("/") and self.path.startswith(href))
            )
        return entries

    @property
    def header(self) -> list[MenuItem]:
        return [entry for entry in self._entries if entry.menu == MenuItem.Menu.HEADER]

    @property
    def footer(self) -> list[MenuItem]:
        return [entry for entry in self._entries if entry.menu == MenuItem.Menu.FOOTER]


def clinic(request):
    """The clinic's name, phone, locations and emergency notice for the header and footer."""
    clinic = Clinic.load()
    # For the 500 and 503 pages, which cannot read the database (clinic/contact.py).
    contact.remember(clinic)
    return {
        "clinic": clinic,
        "locations": list(Location.objects.active().with_hours()),
        "site_url": settings.SITE_URL,
        "menus": Menus(request.path),
        # Read when the footer first lists them (the admin's pages never do).
        "required_notices": SimpleLazyObject(required_notices),
        # The language switcher's and hreflang links' addresses, for views that give none of their own
        # (the public page views give theirs: procedures/views.py AlternateUrlsMixin).
        "alternate_urls": SimpleLazyObject(lambda: route_alternate_urls(request.path, with_arguments=False)),
    }
