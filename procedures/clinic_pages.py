"""Clinic pages live at the site's top level (/about/): which addresses they may not take, and which
addresses a menu entry may point at."""

import re
from functools import cache
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import URLResolver, get_resolver

# Top-level addresses the site uses or is about to (other parts of issue #12, a Spanish version,
# staff accounts), refused even before their routes exist, so that no page has to move later.
RESERVED_AHEAD = {
    "accounts",
    "admin",
    "api",
    "consultation",
    "en",
    "es",
    "insurance",
    "locations",
    "media",
    "physicians",
    "static",
}


def _first_segment(pattern) -> str:
    """The literal first segment of a URL pattern ("procedures" of "procedures/<slug:slug>/"), or ""
    when it starts with a variable part or is empty (an include at the root)."""
    text = str(pattern.pattern).lstrip("^")
    literal = re.match(r"[\w.\-]*", text).group()
    return literal if text[len(literal) : len(literal) + 1] in ("", "/", "$") else ""


def _segments(patterns) -> set[str]:
    found = set()
    for pattern in patterns:
        segment = _first_segment(pattern)
        if segment:
            found.add(segment)
        elif isinstance(pattern, URLResolver):
            found |= _segments(pattern.url_patterns)
    return found


@cache
def reserved_slugs() -> frozenset[str]:
    """Every top-level address segment of the URLconf, the static and media folders, and RESERVED_AHEAD."""
    folders = {url.strip("/").split("/")[0] for url in (settings.STATIC_URL, settings.MEDIA_URL) if url}
    return frozenset(_segments(get_resolver().url_patterns) | folders | RESERVED_AHEAD)


def slug_refusal(slug: str) -> str:
    """Why a clinic page may not have this address, or "" when it may."""
    if slug.lower() in reserved_slugs():
        return f"The address /{slug}/ is already used by the site itself. Choose another, e.g. “{slug}-info”."
    return ""


def menu_url_refusal(url: str) -> str:
    """Why a menu entry may not point at this address, or "" when it may."""
    if any(character.isspace() for character in url):
        return "An address has no spaces."
    if url.startswith("/") and not url.startswith("//"):
        return ""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.netloc:
        return ""
    return "Give an address on this site starting with “/”, e.g. /physicians/, or a full https:// address."
