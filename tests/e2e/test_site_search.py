"""A patient on a phone finds the spinal stenosis page by a misspelt word, from any page's menu."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_patient_searches_for_a_misspelt_condition_and_opens_its_page(phone_page, clinic_content):
    phone_page.goto("/procedures/lumbar-facet-injections/")

    phone_page.get_by_role("navigation", name="Main").get_by_role("link", name="Search").click()
    phone_page.get_by_label("What are you looking for?").fill("stenossis")
    phone_page.get_by_label("What are you looking for?").press("Enter")

    expect(phone_page.get_by_role("heading", level=2).first).to_have_text("1 page matches “stenossis”")
    phone_page.get_by_role("link", name="Spinal Stenosis").click()
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Spinal Stenosis")
