"""The physicians' index and a profile have no WCAG 2.2 AA violation and never scroll sideways, on a
375 px phone and a 1280 px desktop; a patient reaches a profile from the menu and from a reviewed page."""

import datetime

import pytest
from playwright.sync_api import expect

from procedures.models import Location, Procedure
from tests.factories import ImageFactory, PhysicianFactory

from .checks import axe_violations, horizontal_overflow, small_tap_targets
from .patient import main_menu_link_open

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"


@pytest.fixture
def profile(clinic_content, media_root):
    """A complete profile beside the seed's two placeholders: photo, biography, certifications, a review."""
    physician = PhysicianFactory(
        name="Jane Doe",
        credentials="MD",
        is_listed=True,
        position=0,
        npi="1234567893",
        photo=ImageFactory(alt_text="Dr. Jane Doe in her office."),
        biography="Dr. Doe treats back and neck pain with image-guided procedures.\n\n- Residency at UCLA",
        specialties=["Anesthesia"],
        specialty_label="Interventional pain medicine and anesthesiology",
        board_certifications="American Board of Anesthesiology\nPain Medicine (subspecialty)",
        languages="English, Spanish",
    )
    physician.locations.set(Location.objects.all())
    Procedure.objects.filter(slug="lumbar-facet-injections").update(
        medical_reviewer=physician, last_reviewed=datetime.date(2026, 3, 2)
    )
    return physician


def test_the_index_and_profiles_have_no_violations_and_fit_the_screen(tab, profile):
    paths = ["/physicians/", profile.get_absolute_url(), "/physicians/physician-to-be-named-by-the-clinic/"]

    reports, overflows, small = [], {}, {}
    for path in paths:
        assert tab.goto(path).status == 200, path
        reports.append(axe_violations(tab))
        overflows[path] = horizontal_overflow(tab)
        small[path] = small_tap_targets(tab)

    assert "".join(reports) == ""
    assert overflows == dict.fromkeys(paths, 0)
    assert small == dict.fromkeys(paths, [])


def test_a_patient_on_a_phone_goes_from_a_reviewed_page_to_the_physicians_profile_and_the_index(
    phone_page, profile
):
    phone_page.goto(LUMBAR)

    phone_page.get_by_role("link", name="Jane Doe, MD").click()
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Jane Doe, MD")
    expect(phone_page.get_by_role("img", name="Dr. Jane Doe in her office.")).to_be_visible()
    expect(phone_page.get_by_role("link", name="Lumbar Facet Injections")).to_be_visible()

    main_menu_link_open(phone_page, "Physicians")
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Our physicians")
    expect(phone_page.locator(".physician-card")).to_have_count(3)
