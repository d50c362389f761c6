"""Issue #12's journey on a 375 px phone, through the whole clinic site as `make run` seeds it: from a
condition page to a physician, their location and its hours, then a consultation request from the
call and request bar; a misspelt search; the language-assistance notice."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationRequest

from .patient import main_menu_link_open, send_consultation_request

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_patient_on_a_phone_finds_a_physician_their_location_and_its_hours_then_asks_for_a_consultation(
    phone_page, clinic_content, quick_patients
):
    page = phone_page
    page.goto("/conditions/spinal-stenosis/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Spinal Stenosis")

    main_menu_link_open(page, "Physicians")
    expect(page.get_by_role("heading", level=1)).to_have_text("Our physicians")
    page.get_by_role("link", name="Physician to be named by the clinic").click()
    expect(page).to_have_url(re.compile(r"/physicians/[\w-]+/$"))

    page.get_by_role("main").get_by_role("link", name="Los Angeles", exact=True).click()
    expect(page).to_have_url("/locations/los-angeles/")
    hours = page.get_by_role("main").locator(".hours")
    expect(hours).to_contain_text("Monday–Friday")
    expect(hours).to_contain_text("8:00 am – 5:00 pm")

    bar = page.get_by_role("complementary", name="Call or request a consultation")
    bar.get_by_role("link", name="Request a consultation").click()
    expect(page).to_have_url("/consultation/")
    reference = send_consultation_request(page, last_name="Quintero", open_form=False)

    assert ConsultationRequest.objects.get(reference=reference).last_name == "Quintero"


def test_a_patient_finds_the_spinal_stenosis_page_with_a_misspelt_search(phone_page, clinic_content):
    page = phone_page
    page.goto("/")
    main_menu_link_open(page, "Search")
    page.get_by_label("What are you looking for?").fill("stenossis")
    page.get_by_label("What are you looking for?").press("Enter")

    expect(page.get_by_role("heading", level=2).first).to_have_text("1 page matches “stenossis”")
    page.get_by_role("link", name="Spinal Stenosis").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Spinal Stenosis")


def test_a_patient_opens_the_language_assistance_notice_from_the_footer(phone_page, clinic_content):
    page = phone_page
    page.goto("/procedures/lumbar-facet-injections/")
    page.get_by_role("contentinfo").get_by_role("link", name=re.compile("^Language assistance")).click()

    expect(page).to_have_url("/language-assistance/")
    spanish = page.locator("main p[lang='es']")
    expect(spanish).to_be_visible()
    expect(page.locator("main p[lang='ar']")).to_have_attribute("dir", "rtl")
