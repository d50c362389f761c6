"""On a small phone every phone number stays on one line, so it reads and taps as one number."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)

# Each click-to-call link as the browser laid it out: one line box for a number on one line.
_PHONE_LINES_JS = """
() => [...document.querySelectorAll('a[href^="tel:"]')].map((link) => ({
    text: link.textContent, lines: link.getClientRects().length,
    whiteSpace: getComputedStyle(link).whiteSpace,
}))
"""


def test_no_phone_number_breaks_across_lines_on_a_small_phone(phone_page, clinic_content):
    broken = []
    for path in ("/", "/procedures/lumbar-facet-injections/", "/consultation/"):
        phone_page.goto(path)
        links = phone_page.evaluate(_PHONE_LINES_JS)
        assert links, path
        # No line box at all: not shown at this size (the header's number, while the call bar shows it).
        shown = [link for link in links if link["lines"] > 0]
        assert shown, path
        broken += [(path, link) for link in shown if link["lines"] != 1 or link["whiteSpace"] != "nowrap"]

    assert broken == []
