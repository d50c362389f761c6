from django.conf import settings
from django.utils.functional import SimpleLazyObject, cached_property

from clinic import contact

from .models import Clinic, Location, MenuItem
from .notices import required_notices


class Menus:
    """The header's and footer's entries, read in one query when a template first uses either (the
    admin's pages never do)."""

    def __init__(self, path: str):
        self.path = path

    @cached_property
    def _entries(self) -> list[MenuItem]:
        entries = list(MenuItem.objects.shown())
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
    }
