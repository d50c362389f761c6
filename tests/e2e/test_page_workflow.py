"""An editor changes a live page in a working draft, a physician approves it, the editor publishes it:
the status box says at each step where the page stands, its buttons work from the keyboard, and axe
finds no WCAG 2.2 AA violation in it, the review list or the unpublish confirmation."""

import re

import pytest
from playwright.sync_api import expect

from procedures.models import Procedure

from .checks import axe_violations
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"
ORIGINAL_COPY = "Lumbar facet injections are a minimally invasive, image-guided treatment"
NEW_COPY = "Most patients are in and out of the clinic within an hour and walk out on their own."


def lumbar():
    return Procedure.objects.get(slug="lumbar-facet-injections", draft_of=None)


def test_an_edit_waits_for_a_physicians_approval_then_publishing_shows_it(
    page, new_tab, visitor, live_editor, live_medical_reviewer, clinic_content
):
    visitor.goto(LUMBAR)  # now in the shared page cache
    log_in(page, live_editor)
    page.goto(f"/admin/procedures/procedure/{lumbar().pk}/change/")
    status = page.locator(".page-workflow")
    expect(status).to_contain_text("Live. Patients see this page")
    page.locator("#id_sections-0-body").fill(NEW_COPY)
    page.get_by_role("button", name="Save and continue editing").first.click()

    expect(page.locator(".messagelist")).to_contain_text("Your changes went into a working draft")
    expect(status).to_contain_text(
        "Live. Your changes are a working draft: patients still see the published page"
    )
    assert axe_violations(page, within=".page-workflow") == ""
    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(ORIGINAL_COPY)

    # The editor previews the draft: a banner says what it is.
    page.get_by_role("link", name="Preview the working draft as patients will see it").click()
    expect(page.get_by_role("status")).to_contain_text("Working draft.")
    expect(page.locator("main")).to_contain_text(NEW_COPY)
    page.go_back()

    # Submitting for review, with the keyboard alone.
    page.get_by_label("Physician to review the medical text").select_option(label="Ana Reyes, MD")
    page.get_by_role("button", name="Submit for review").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_contain_text("Sent to Ana Reyes, MD for medical review")
    expect(status).to_contain_text("Waiting for the review of Ana Reyes, MD since")

    reviewer = new_tab()
    log_in(reviewer, live_medical_reviewer)
    reviewer.get_by_role("link", name=re.compile("Waiting for my review: 1 page")).click()
    expect(reviewer.get_by_role("heading", name="Waiting for my review")).to_be_visible()
    assert axe_violations(reviewer) == ""
    reviewer.get_by_role("link", name="Lumbar Facet Injections", exact=True).click()
    expect(reviewer.locator(".page-workflow")).to_contain_text("Waiting for your review")
    assert axe_violations(reviewer, within=".page-workflow") == ""
    reviewer.get_by_role("button", name="Approve the medical text").focus()
    reviewer.keyboard.press("Enter")
    expect(reviewer.locator(".messagelist")).to_contain_text(re.compile(r"approval number MR-[0-9A-Z]{5}"))

    page.reload()
    expect(status).to_contain_text(re.compile(r"Approved by Ana Reyes, MD \(MR-[0-9A-Z]{5}\)"))
    expect(status).to_contain_text("ready to publish")
    page.get_by_role("button", name="Publish the changes").click()

    expect(page.locator(".messagelist")).to_contain_text("Published: patients now see")
    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(NEW_COPY)
    expect(visitor.locator("main")).to_contain_text("Medically reviewed by Ana Reyes, MD on")
    json_ld = visitor.locator('script[type="application/ld+json"]').first.text_content()
    assert '"reviewedBy"' in json_ld and "Ana Reyes, MD" in json_ld
    assert '"lastReviewed"' in json_ld


def test_unpublishing_asks_first_saying_the_page_disappears_and_redirects_nowhere(
    page, visitor, live_editor, clinic_content
):
    log_in(page, live_editor)
    page.goto(f"/admin/procedures/procedure/{lumbar().pk}/change/")

    page.get_by_role("link", name="Unpublish…").click()

    expect(page.locator("#content-main")).to_contain_text("The page will disappear for patients.")
    expect(page.locator("#content-main")).to_contain_text("redirect nowhere")
    assert axe_violations(page) == ""
    page.get_by_role("button", name="Yes, unpublish it").click()
    expect(page.locator(".messagelist")).to_contain_text("Unpublished")
    expect(page.locator(".page-workflow")).to_contain_text("Not published.")
    assert visitor.goto(LUMBAR).status == 404
