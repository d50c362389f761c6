"""After a failed send the patient sees what to fix at once, and the invalid fields show the focus."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

FOCUS_OUTLINE = ("rgb(180, 83, 9)", "3px")  # --focus, as on every other field


def send_empty_form(page) -> None:
    page.goto("/consultation/")
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("alert")).to_contain_text("There is a problem")


def test_after_a_failed_send_on_a_phone_the_whole_error_summary_is_in_view_with_the_focus(
    phone_page, clinic_content
):
    send_empty_form(phone_page)

    summary = phone_page.locator(".error-summary")
    box = summary.bounding_box()  # relative to the viewport, after any scrolling
    assert 0 <= box["y"] and box["y"] + box["height"] <= 812, box
    expect(summary).to_be_focused()


def test_the_consent_error_takes_the_width_of_the_form_on_a_phone(phone_page, clinic_content):
    send_empty_form(phone_page)

    error = phone_page.locator("#id_consent_error").bounding_box()
    form = phone_page.locator("form.consultation-form").bounding_box()

    assert error["width"] >= 0.9 * form["width"], (error, form)


def test_the_invalid_consent_box_shows_the_keyboard_focus_like_every_field(page, clinic_content):
    send_empty_form(page)
    consent = page.get_by_role("checkbox", name=re.compile("^I agree"))
    page.get_by_label("About your pain").focus()

    for _ in range(5):
        page.keyboard.press("Tab")
        if consent.evaluate("element => element === document.activeElement"):
            break

    expect(consent).to_be_focused()
    style = consent.evaluate(
        "element => [getComputedStyle(element).outlineColor, getComputedStyle(element).outlineWidth]"
    )
    assert tuple(style) == FOCUS_OUTLINE
