"""A long page keeps a patient on a phone one tap from help, and shows its contents beside it on a wide
screen, without anything moving as the page loads."""

import re

import pytest
from playwright.sync_api import expect

from procedures.models import Procedure

from .checks import axe_violations, horizontal_overflow, loaded

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"
# A desktop window of 1280 × 800 at 200 % zoom lays pages out in 640 × 400 CSS pixels.
ZOOMED_200 = {"viewport": {"width": 640, "height": 400}}
# Layout shifts recorded from the start of the load (buffered), summed as CLS does.
LAYOUT_SHIFT_JS = """
() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => resolve(total), 500);
})
"""


def contact_bar(page):
    return page.get_by_role("complementary", name="Call or request a consultation")


def test_on_a_phone_the_header_takes_little_of_the_screen(phone_page, clinic_content):
    phone_page.goto(LUMBAR)

    header = loaded(phone_page).locator(".site-header").bounding_box()
    assert header["height"] <= 130, f"the header is {header['height']:.0f} of 812 px tall"


def test_on_a_phone_call_and_request_stay_within_reach_in_the_middle_of_a_long_page(
    phone_page, clinic_content
):
    phone_page.goto(LUMBAR)
    phone_page.locator("#section-6").scroll_into_view_if_needed()

    bar = contact_bar(phone_page)
    call = bar.get_by_role("link", name=re.compile(r"^Call"))
    request = bar.get_by_role("link", name="Request a consultation")
    # Wholly on the screen: a long number must not push the other button off its edge.
    expect(call).to_be_in_viewport(ratio=1)
    expect(request).to_be_in_viewport(ratio=1)
    assert call.get_attribute("href").startswith("tel:+1")
    assert request.get_attribute("href") == "/consultation/?procedure=lumbar-facet-injections"
    assert horizontal_overflow(phone_page) == 0
    assert axe_violations(phone_page) == ""


def test_the_bar_never_covers_the_end_of_the_page(phone_page, clinic_content):
    phone_page.goto(LUMBAR)
    loaded(phone_page).evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)")

    last_line = phone_page.locator(".site-footer .small").bounding_box()
    bar = contact_bar(phone_page).bounding_box()
    assert last_line["y"] + last_line["height"] <= bar["y"]


def test_at_200_percent_zoom_the_bar_stays_at_the_end_instead_of_covering_the_text(new_tab, clinic_content):
    zoomed = new_tab(ZOOMED_200)
    zoomed.goto(LUMBAR)
    zoomed.locator("#section-3").scroll_into_view_if_needed()

    expect(contact_bar(zoomed)).not_to_be_in_viewport()
    assert horizontal_overflow(zoomed) == 0


def test_the_consultation_form_has_no_bar_of_its_own(phone_page, clinic_content):
    phone_page.goto("/consultation/")

    expect(loaded(phone_page).locator("main")).to_be_visible()
    expect(contact_bar(phone_page)).to_have_count(0)


def test_on_a_wide_screen_the_page_lists_its_sections_beside_the_text(page, clinic_content):
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    page.goto(LUMBAR)

    contents = page.get_by_role("navigation", name="On this page")
    headings = [section.heading for section in lumbar.sections.all()] + [
        lumbar.faq_heading or "Frequently asked questions"
    ]
    expect(contents.get_by_role("listitem").get_by_role("link")).to_have_text(headings)
    expect(contents.get_by_role("link", name="Request a consultation")).to_be_visible()
    text = page.locator(".prose").first.bounding_box()
    assert contents.bounding_box()["x"] >= text["x"] + text["width"], "beside the text, not above it"

    contents.get_by_role("link", name=headings[4]).click()
    expect(page).to_have_url(re.compile("#section-5$"))
    expect(page.locator("#section-5")).to_be_in_viewport()
    expect(contents.get_by_role("link", name=headings[0])).to_be_in_viewport()


@pytest.mark.parametrize("device", ["page", "phone_page"])
def test_nothing_moves_while_the_page_loads(request, device, clinic_content):
    tab = request.getfixturevalue(device)
    tab.goto(LUMBAR)

    assert loaded(tab).evaluate(LAYOUT_SHIFT_JS) == 0
