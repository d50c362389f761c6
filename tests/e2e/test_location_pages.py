"""The location pages have no WCAG 2.2 AA violation, and a time range never breaks across lines, even
on a 320 px screen."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from procedures.models import Location
from tests.factories import HolidayClosureFactory, LocationFactory, OpeningHoursFactory

from .checks import axe_violations, horizontal_overflow, small_tap_targets

pytestmark = pytest.mark.django_db(transaction=True)

NARROWEST = {"viewport": {"width": 320, "height": 640}, "is_mobile": True, "has_touch": True}


@pytest.fixture
def locations(clinic_content):
    """The seed's location, and a second with everything a location page can show."""
    west = LocationFactory(
        name="West Los Angeles",
        slug="west-los-angeles",
        street_address="11500 W Olympic Blvd, Suite 400",
        postal_code="90064",
        fax="+13105550144",
        parking="Validated parking under the building.",
        transit="Metro E Line, Expo/Bundy station, five minutes' walk.",
        accessibility="Step-free entrance, elevator and accessible restrooms.",
        position=1,
    )
    # A lunch break on Saturdays: two ranges on one line, the narrowest case.
    OpeningHoursFactory(location=west, weekday=5, opens="09:00", closes="12:30")
    OpeningHoursFactory(location=west, weekday=5, opens="13:30", closes="16:45")
    HolidayClosureFactory(
        date=timezone.localdate() + datetime.timedelta(days=10),
        name="Christmas Eve",
        location=west,
        opens="08:00",
        closes="12:00",
    )
    HolidayClosureFactory(date=timezone.localdate() + datetime.timedelta(days=11), name="Christmas Day")
    return ["/locations/", *(location.get_absolute_url() for location in Location.objects.all())]


def test_location_pages_have_no_violations_and_fit_the_screen(tab, locations):
    reports = []
    for path in locations:
        assert tab.goto(path).status == 200, path
        reports.append(axe_violations(tab))
        assert horizontal_overflow(tab) == 0, path
        assert small_tap_targets(tab) == [], path

    assert "".join(reports) == ""


# Each time range is an inline span: one that broke across lines would have two boxes.
TIME_RANGE_BOXES = """() => [...document.querySelectorAll('.time-range')].map(span => ({
    text: span.textContent,
    boxes: span.getClientRects().length,
    height: span.getBoundingClientRect().height,
    lineHeight: parseFloat(getComputedStyle(span).lineHeight)
        || 1.5 * parseFloat(getComputedStyle(span).fontSize),
}))"""


def test_no_time_range_wraps_on_a_320_px_screen(new_tab, locations):
    tab = new_tab(NARROWEST)
    for path in ["/", *locations]:
        tab.goto(path)
        ranges = tab.evaluate(TIME_RANGE_BOXES)

        assert ranges, path
        broken = [r["text"] for r in ranges if r["boxes"] != 1 or r["height"] > r["lineHeight"] * 1.5]
        assert broken == [], path


def test_a_patient_goes_from_the_footer_to_a_location_and_reads_its_hours(phone_page, locations):
    phone_page.goto("/")

    phone_page.get_by_role("contentinfo").get_by_role("link", name="West Los Angeles").click()

    expect(phone_page.get_by_role("heading", level=1)).to_have_text("West Los Angeles")
    expect(phone_page.locator("main dl.hours")).to_contain_text(
        "Saturday9:00 am – 12:30 pm, 1:30 pm – 4:45 pm"
    )
    expect(
        phone_page.get_by_role("link", name="Get directions to West Los Angeles in your maps app")
    ).to_have_attribute(
        "href",
        "https://www.google.com/maps/dir/?api=1&destination=11500+W+Olympic+Blvd%2C+Suite+400%2C+Los+Angeles%2C+CA+90064",
    )
