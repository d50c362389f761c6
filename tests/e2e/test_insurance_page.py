"""The insurance page in a browser: no accessibility violation, readable on a phone, one tap from the form."""

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationRequest

from .checks import axe_violations, horizontal_overflow, small_tap_targets
from .patient import main_menu_link_open

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_insurance_page_has_no_violations_on_a_desktop_or_a_phone(tab, clinic_content):
    assert tab.goto("/insurance/").status == 200

    expect(tab.get_by_role("heading", level=1)).to_have_text("Insurance we accept")
    expect(tab.get_by_role("heading", level=2, name="Medi-Cal")).to_be_visible()
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0
    assert small_tap_targets(tab) == []


def test_a_patient_finds_their_coverage_and_asks_for_a_consultation_with_it(
    phone_page, clinic_content, quick_patients
):
    phone_page.goto("/")
    main_menu_link_open(phone_page, "Insurance")
    phone_page.get_by_role("navigation", name="Kinds of coverage").get_by_role(
        "link", name="Workers’ compensation"
    ).click()
    expect(phone_page.get_by_text("bring your claim number")).to_be_in_viewport()

    not_sure = phone_page.get_by_role("complementary", name="Not sure whether we take your plan?")
    not_sure.get_by_role("link", name="Request a consultation").click()
    form = phone_page.locator("form.consultation-form")
    form.get_by_label("First name").fill("Maribel")
    form.get_by_label("Last name").fill("Okonkwo-Reyes")
    form.get_by_label("Phone number").fill("(310) 555-0187")
    form.get_by_label("Your insurance").select_option(label="Workers’ compensation")
    form.get_by_role("checkbox", name="I agree").check()
    form.get_by_role("button", name="Send request").click()

    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    saved = ConsultationRequest.objects.get()
    assert (saved.insurance, saved.insurance_label) == ("workers-comp", "Workers’ compensation")
