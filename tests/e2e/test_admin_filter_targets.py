"""The admin lists' filter links are targets staff tap all day: each is at least 24 px tall (WCAG 2.2,
2.5.8), on every list, not only on the lists that have a stylesheet of their own."""

import pytest

from tests.factories import ProcedureFactory

from .checks import MIN_TARGET_PX, loaded
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

FILTER_LINK_HEIGHTS_JS = """
() => [...document.querySelectorAll("#changelist-filter li a")].map(
  (link) => [link.textContent.trim(), link.getBoundingClientRect().height]
)
"""


def short_filter_links(page) -> list[str]:
    heights = loaded(page).evaluate(FILTER_LINK_HEIGHTS_JS)
    assert heights, "the list shows no filter links"
    return [f"{text}: {height:.0f} px" for text, height in heights if height < MIN_TARGET_PX]


def test_the_page_lists_filter_links_are_24_px_tall(page, live_editor):
    ProcedureFactory()
    log_in(page, live_editor)
    page.goto("/admin/procedures/procedure/")

    assert short_filter_links(page) == []


def test_the_inboxs_filter_links_are_24_px_tall(page, live_front_desk):
    log_in(page, live_front_desk)
    page.goto("/admin/consultations/consultationrequest/?all=1")

    assert short_filter_links(page) == []
