"""A page's Spanish version, end to end in Chromium (issue #13): an editor adds it from the English
page and translates it, a medical reviewer approves it like the original, the editor publishes it; a
patient then goes from the English page to the Spanish one with the language switcher and back. The
Spanish pages pass axe-core on a small phone."""

import re

import pytest
from playwright.sync_api import expect

from procedures.models import Procedure
from tests.factories import SectionFactory

from .checks import axe_violations, horizontal_overflow
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_adds_a_spanish_version_a_reviewer_approves_it_and_patients_switch_to_it(
    page, new_tab, visitor, live_editor, live_medical_reviewer, clinic_content
):
    knee = Procedure.objects.create(
        title="Knee Injections",
        slug="knee-injections",
        summary="Injections for knee pain.",
        status="published",
    )
    SectionFactory(page=knee, heading="How it works", body="A thin needle puts medicine into the knee.")
    visitor.goto("/procedures/knee-injections/")
    expect(visitor.locator(".language-switcher")).to_contain_text("todavía no está en español")

    log_in(page, live_editor)
    page.goto(f"/admin/procedures/procedure/{knee.pk}/change/")
    expect(page.locator(".translation-box")).to_contain_text("None.")
    page.get_by_role("button", name="Add the Spanish version").click()
    expect(page.locator(".translator-panel")).to_contain_text("A thin needle puts medicine into the knee.")
    page.locator("#id_title").fill("Inyecciones en la rodilla")
    page.locator("#id_slug").fill("inyecciones-en-la-rodilla")
    page.locator("#id_summary").fill("Inyecciones para el dolor de rodilla.")
    page.locator("#id_sections-0-heading").fill("Cómo funciona")
    page.locator("#id_sections-0-body").fill("Una aguja delgada pone el medicamento en la rodilla.")
    page.get_by_role("button", name="Save and continue editing").first.click()
    page.get_by_label("Physician to review the medical text").select_option(label="Ana Reyes, MD")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".page-workflow").first).to_contain_text("Waiting for the review of Ana Reyes, MD")

    reviewer = new_tab()
    log_in(reviewer, live_medical_reviewer)
    reviewer.get_by_role("link", name=re.compile("Waiting for my review: 1 page")).click()
    reviewer.get_by_role("link", name="Inyecciones en la rodilla (Spanish)").click()
    reviewer.get_by_role("button", name="Approve the medical text").click()
    expect(reviewer.locator(".messagelist")).to_contain_text(re.compile(r"MR-[0-9A-Z]{5}"))

    page.reload()
    page.get_by_role("button", name="Publish", exact=True).click()
    page.goto(f"/admin/procedures/procedure/{knee.pk}/change/")
    expect(page.locator(".translation-box")).to_contain_text("Published")

    visitor.goto("/procedures/knee-injections/")
    visitor.locator(".language-switcher").get_by_role("link", name="Español").click()
    expect(visitor).to_have_url(re.compile(r"/es/procedimientos/inyecciones-en-la-rodilla/$"))
    expect(visitor.locator("html")).to_have_attribute("lang", "es")
    expect(visitor.locator("main")).to_contain_text("Una aguja delgada pone el medicamento en la rodilla.")
    visitor.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(visitor).to_have_url(re.compile(r"/procedures/knee-injections/$"))


@pytest.mark.parametrize("address", ["/es/", "/es/procedimientos/inyecciones-facetarias-lumbares/"])
def test_spanish_pages_pass_axe_on_a_phone(phone_page, clinic_content, address):
    phone_page.goto(address)
    expect(phone_page.locator("html")).to_have_attribute("lang", "es")
    assert axe_violations(phone_page) == ""
    assert not horizontal_overflow(phone_page)
