"""The journey of a change to a medical page, end to end in Chromium: an editor changes the live lumbar
page (patients keep reading the published one), previews it, compares it with the live page and submits
it for review; a physician approves it with its number; the editor schedules it and the task worker
publishes it; patients then read the change with the review line, and the structured data names the
reviewer."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from procedures.models import Procedure, PublishSchedule

from .checks import axe_violations
from .staff import log_in
from .test_scheduling import fill_schedule

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"
ORIGINAL_COPY = "Lumbar facet injections are a minimally invasive, image-guided treatment"
NEW_COPY = "Most patients are in and out of the clinic within an hour and walk out on their own."


def test_a_change_is_previewed_compared_approved_scheduled_and_published_by_the_worker(
    page, new_tab, visitor, live_editor, live_medical_reviewer, clinic_content, run_worker
):
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections", draft_of=None)
    visitor.goto(LUMBAR)  # now in the shared page cache
    log_in(page, live_editor)
    page.goto(f"/admin/procedures/procedure/{lumbar.pk}/change/")
    page.locator("#id_sections-0-body").fill(NEW_COPY)
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(page.locator(".messagelist")).to_contain_text("Your changes went into a working draft")
    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(ORIGINAL_COPY)
    expect(visitor.locator("main")).not_to_contain_text(NEW_COPY)

    # Preview: the draft as patients will see it, under a banner.
    page.get_by_role("link", name="Preview the working draft as patients will see it").click()
    expect(page.get_by_role("status")).to_contain_text("Working draft.")
    expect(page.locator("main")).to_contain_text(NEW_COPY)
    page.go_back()

    # Compare: the words the draft adds to and removes from what patients read now.
    page.get_by_role("link", name="Compare with the live page").click()
    expect(page.locator("ins").first).to_contain_text("added:")
    expect(page.locator("del").first).to_contain_text("removed:")
    expect(page.locator("#content-main")).to_contain_text("within an hour")
    assert axe_violations(page) == ""
    page.go_back()

    page.get_by_label("Physician to review the medical text").select_option(label="Ana Reyes, MD")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.locator(".page-workflow")).to_contain_text("Waiting for the review of Ana Reyes, MD")

    # The physician approves it from their list; the approval gets its number.
    reviewer = new_tab()
    log_in(reviewer, live_medical_reviewer)
    reviewer.get_by_role("link", name=re.compile("Waiting for my review: 1 page")).click()
    reviewer.get_by_role("link", name="Lumbar Facet Injections", exact=True).click()
    reviewer.get_by_role("button", name="Approve the medical text").click()
    approval = reviewer.locator(".messagelist").text_content()
    number = re.search(r"MR-[0-9A-Z]{5}", approval)
    assert number, approval

    # The editor schedules it for tomorrow morning; the worker publishes it when the time comes.
    page.reload()
    expect(page.locator(".page-workflow")).to_contain_text(f"Approved by Ana Reyes, MD ({number[0]})")
    schedule = page.locator("#schedule")
    fill_schedule(schedule, timezone.localdate() + timedelta(days=1), "08:00")
    expect(schedule).to_contain_text("Publish at 8:00 AM on")
    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).not_to_contain_text(NEW_COPY)
    PublishSchedule.objects.update(run_at=timezone.now() - timedelta(seconds=1))  # the morning comes
    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(NEW_COPY)
    expect(visitor.locator("main")).to_contain_text("Medically reviewed by Ana Reyes, MD on")
    json_ld = visitor.locator('script[type="application/ld+json"]').first.text_content()
    assert '"reviewedBy":{"@type":"Person","name":"Ana Reyes, MD"' in json_ld
    assert f'"lastReviewed":"{timezone.localdate().isoformat()}"' in json_ld
