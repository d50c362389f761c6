"""Is hostile text in a page only text? Compared with the same page rendered from harmless text."""

from collections import Counter
from functools import lru_cache

from tests.markup import URL_ATTRIBUTES, parse, without_space
from tests.procedures.test_sanitizing import FORBIDDEN_SCHEMES

DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
SPECIAL_CHARACTERS = set("<>\"'&")


# An admin page takes tens of milliseconds to parse, and a baseline is compared with many pages.
_parse = lru_cache(maxsize=16)(parse)


def _shape(document) -> Counter:
    """How many of each element, and of each attribute on each element, the page has."""
    shape = Counter(f"<{element.tag}>" for element in document.elements)
    shape.update(f"<{element.tag} {name}>" for element in document.elements for name, _ in element.attrs)
    return shape


def live_markup(html: bytes | str, *, baseline: bytes | str) -> list[str]:
    """What a browser would run or obey in `html` beyond what `baseline`, the same page, has.

    Any element or attribute more than in the baseline came from the text; so do scripts other
    than the site's own files and data blocks, event handler attributes and script URLs.
    """
    document = _parse(html)
    extra = _shape(document) - _shape(_parse(baseline))
    problems = [f"{item} more than with harmless text" for item in extra]
    for element in document.elements:
        src = element.get("src") or ""
        if element.tag == "script" and not (
            element.get("type") in DATA_SCRIPT_TYPES or (src.startswith("/") and not src.startswith("//"))
        ):
            problems.append(f"<script {element.attrs}>")
        for name, value in element.attrs:
            if name.startswith("on"):
                problems.append(f"<{element.tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and without_space(value or "").startswith(FORBIDDEN_SCHEMES):
                problems.append(f"<{element.tag} {name}={value!r}>")
    return problems


def shown_as_text(html: bytes | str, payload: str) -> bool:
    """The payload is in the page as text a person reads (or a form field's value), escaped in the markup."""
    document = _parse(html)
    html = html.decode() if isinstance(html, bytes) else html
    in_text = any(payload in element.text for element in document.elements)
    in_value = any(payload in (value or "") for element in document.elements for _, value in element.attrs)
    escaped = payload not in html if SPECIAL_CHARACTERS & set(payload) else True
    return (in_text or in_value) and escaped
