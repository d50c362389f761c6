"""A patient finds the lumbar facet page, asks for a consultation, fixes their mistakes with the keyboard
alone, and the front desk's email arrives once the worker has run: on a desktop and on a phone."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationRequest

from .checks import horizontal_overflow, small_tap_targets

pytestmark = pytest.mark.django_db(transaction=True)

FIRST_NAME, LAST_NAME, PHONE, EMAIL = "Maribel", "Okonkwo-Reyes", "(310) 555-0187", "maribel@example.org"


def fits_the_screen(page) -> None:
    assert horizontal_overflow(page) <= 0, f"{page.url} scrolls sideways"


def tab_to(page, target) -> None:
    """Press Tab until `target` has the keyboard focus, as a keyboard user moves through the page."""
    for _ in range(60):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}")


def test_patient_requests_a_consultation_from_the_lumbar_facet_page(
    tab, clinic_content, quick_patients, smtp_server, recipients, run_worker
):
    smtp_server.start()
    tab.goto("/")
    fits_the_screen(tab)
    tab.get_by_role("link", name="Lumbar Facet Injections", exact=True).click()
    expect(tab).to_have_url(re.compile("/procedures/lumbar-facet-injections/$"))
    tab.wait_for_load_state()
    fits_the_screen(tab)

    tab.get_by_role("main").get_by_role("link", name="Request a consultation").first.click()
    expect(tab).to_have_url(re.compile(r"/consultation/\?procedure=lumbar-facet-injections$"))
    # The address changes before the stylesheets arrive; sizes measured earlier are unstyled ones.
    tab.wait_for_load_state()
    form = tab.locator("form.consultation-form")
    expect(form.get_by_label("What would you like to talk about?")).to_have_value(
        "procedure:lumbar-facet-injections"
    )
    fits_the_screen(tab)
    assert small_tap_targets(tab) == []

    # Mistakes: no last name, a phone number too short, email chosen but not given, no insurance, no consent.
    form.get_by_label("First name").fill(FIRST_NAME)
    form.get_by_label("Phone number").fill("555-01")
    form.get_by_role("radio", name="Email").check()
    form.get_by_role("button", name="Send request").click()

    summary = tab.get_by_role("alert")
    expect(summary).to_contain_text("There is a problem")
    expect(summary.get_by_role("link")).to_have_text(
        [
            "Enter your last name.",
            "Enter a phone number we can call, like (310) 555-0142.",
            "Enter your email address, or choose another way to contact you.",
            "Choose your insurance, or “Not sure”.",
            "Tick the box to agree, so that we may contact you.",
        ]
    )
    expect(tab).to_have_title(re.compile("^Error: "))
    expect(form.get_by_label("First name")).to_have_value(FIRST_NAME)
    fits_the_screen(tab)
    assert small_tap_targets(tab) == []

    # From here on the keyboard only: follow the summary's first link, then Tab through the form.
    tab_to(tab, summary.get_by_role("link", name="Enter your last name."))
    tab.keyboard.press("Enter")
    expect(form.get_by_label("Last name")).to_be_focused()
    tab.keyboard.type(LAST_NAME)
    tab_to(tab, form.get_by_label("Phone number"))
    tab.keyboard.press("ControlOrMeta+A")
    tab.keyboard.type(PHONE)
    tab_to(tab, form.get_by_label("Email address"))
    tab.keyboard.type(EMAIL)
    tab_to(tab, form.get_by_label("Your insurance"))
    tab.keyboard.type("PPO")
    tab_to(tab, form.get_by_role("checkbox", name=re.compile("^I agree")))
    tab.keyboard.press("Space")
    tab_to(tab, form.get_by_role("button", name="Send request"))
    tab.keyboard.press("Enter")

    expect(tab.get_by_role("heading", level=1)).to_have_text("Thank you, we have your request")
    reference = tab.locator(".reference").inner_text()
    assert re.fullmatch(r"APM-[A-Z0-9]{5}", reference)
    fits_the_screen(tab)
    saved = ConsultationRequest.objects.get(reference=reference)
    assert (saved.last_name, saved.insurance) == (LAST_NAME, "ppo")
    assert saved.procedure.slug == "lumbar-facet-injections"

    assert not [m for m in smtp_server.messages if reference in smtp_server.inbox.text_of(m)]
    run_worker()

    [notice] = [m for m in smtp_server.messages if recipients[0].email in m["To"]]
    assert reference in smtp_server.inbox.text_of(notice)
    assert LAST_NAME not in smtp_server.inbox.text_of(notice)
