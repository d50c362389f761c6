"""The notices in a browser: no WCAG 2.2 AA violation on the language-assistance page, the Notice of
Privacy Practices, the barrier report form and its thanks page, on a phone and a desktop; a visitor
reports a barrier with the keyboard alone and staff are told once, with no visitor data."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models import BarrierReport

from .checks import axe_violations, horizontal_overflow, loaded, small_tap_targets

pytestmark = pytest.mark.django_db(transaction=True)

DESCRIPTION = "The menu cannot be opened with the keyboard."


def looks_right(page) -> None:
    loaded(page)
    assert axe_violations(page) == ""
    assert horizontal_overflow(page) <= 0, f"{page.url} scrolls sideways"
    assert small_tap_targets(page) == []


def tab_to(page, target) -> None:
    """Press Tab until `target` has the keyboard focus, as a keyboard user moves through the page."""
    for _ in range(80):
        if target.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {target}")


@pytest.mark.parametrize("path", ["/language-assistance/", "/notice-of-privacy-practices/"])
def test_the_notices_have_no_violations(tab, clinic_content, path):
    assert tab.goto(path).status == 200

    expect(tab.get_by_role("note").filter(has_text="Draft wording")).to_be_visible()
    looks_right(tab)


def test_the_taglines_are_read_in_their_own_language_and_direction(page, clinic_content):
    page.goto("/language-assistance/")

    arabic = page.locator('p[lang="ar"]')
    expect(arabic).to_have_attribute("dir", "rtl")
    assert arabic.evaluate("element => getComputedStyle(element).direction") == "rtl"
    expect(page.locator('p[lang="es"]')).to_contain_text("ATENCIÓN")
    expect(page.locator("p[lang][dir]")).to_have_count(15)


def test_the_barrier_form_and_its_thanks_page_have_no_violations(tab, clinic_content, quick_patients):
    tab.goto("/accessibility-report/?page=/privacy/")
    looks_right(tab)

    tab.get_by_role("button", name="Send report").click()  # nothing typed: the error summary
    expect(tab.get_by_role("alert")).to_contain_text("Tell us what went wrong")
    looks_right(tab)

    tab.get_by_label("What went wrong?").fill(DESCRIPTION)
    tab.get_by_role("button", name="Send report").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Thank you, we have your report")
    looks_right(tab)


def test_a_visitor_reports_a_barrier_with_the_keyboard_alone(
    page, clinic_content, quick_patients, smtp_server, recipients, run_worker
):
    smtp_server.start()
    page.goto("/privacy/")

    # From the page's footer, with the page it was on filled in.
    tab_to(page, page.get_by_role("link", name="Report an accessibility barrier on this page"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/accessibility-report/\?page=/privacy/$"))
    loaded(page)
    expect(page.get_by_label("Which page?")).to_have_value("/privacy/")

    tab_to(page, page.get_by_label("What went wrong?"))
    page.keyboard.type(DESCRIPTION)
    page.keyboard.press("Tab")
    page.keyboard.type("Rosa Quintero")
    page.keyboard.press("Tab")
    page.keyboard.type("rosa.q@example.org")
    tab_to(page, page.get_by_role("button", name="Send report"))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you, we have your report")
    report = BarrierReport.objects.get()
    assert (report.page_path, report.description, report.contact_email) == (
        "/privacy/",
        DESCRIPTION,
        "rosa.q@example.org",
    )
    expect(page.locator(".reference")).to_have_text(report.reference)

    run_worker()
    [message] = smtp_server.messages
    text = smtp_server.inbox.text_of(message)
    assert "An accessibility barrier was reported on /privacy/" in text
    for private in ("keyboard", "Rosa", "Quintero", "rosa.q"):
        assert private not in message.as_string()
