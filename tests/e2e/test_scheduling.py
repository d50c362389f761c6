"""An editor schedules a page's publishing from its change form and cancels it from the list of schedules,
with the keyboard and without JavaScript: no WCAG 2.2 AA violation in the box or the list."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from procedures.models import Page, PublishSchedule
from tests.approved_pages import approved_changes
from tests.factories import ProcedureFactory

from .checks import axe_violations
from .conftest import DESKTOP
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def no_script_tab(new_tab):
    """A desktop tab with JavaScript off: the box and the list are plain forms."""
    return new_tab({**DESKTOP, "java_script_enabled": False})


def open_schedule_box(tab, editor, page):
    log_in(tab, editor)
    tab.goto(f"/admin/procedures/procedure/{page.pk}/change/")
    return tab.locator("#schedule")


def fill_schedule(box, day, at: str) -> None:
    box.get_by_label("Date:", exact=True).fill(day.isoformat())
    box.get_by_label("Time:", exact=True).fill(at)
    box.get_by_label("Publish", exact=True).check()
    box.get_by_role("button", name="Schedule").press("Enter")


def test_with_javascript_off_an_editor_schedules_publishing_and_cancels_it_from_the_list(
    no_script_tab, live_editor, settings
):
    settings.TIME_ZONE = "America/Los_Angeles"
    page = approved_changes(ProcedureFactory(title="Genicular Nerve Block", status=Page.Status.DRAFT))
    box = open_schedule_box(no_script_tab, live_editor, page)

    fill_schedule(box, timezone.localdate() + timedelta(days=10), "09:30")

    expect(
        no_script_tab.get_by_text("Publish of “Genicular Nerve Block” is scheduled for 9:30 AM on")
    ).to_be_visible()
    expect(box).to_contain_text("Publish at 9:30 AM on")
    box.get_by_role("link", name="All schedules").press("Enter")
    expect(no_script_tab.get_by_role("heading", name="Publishing schedules", exact=True)).to_be_visible()
    no_script_tab.get_by_role("button", name="Cancel: Publish “Genicular Nerve Block”").press("Enter")

    expect(no_script_tab.get_by_text("Cancelled: publish “Genicular Nerve Block”")).to_be_visible()
    assert PublishSchedule.objects.get().state == PublishSchedule.State.CANCELLED


def test_the_schedule_box_the_list_and_a_refusal_have_no_violations(page, live_editor):
    pending = approved_changes(ProcedureFactory(status=Page.Status.DRAFT))
    box = open_schedule_box(page, live_editor, pending)
    assert axe_violations(page, within="#schedule") == ""

    fill_schedule(box, timezone.localdate() - timedelta(days=1), "09:30")
    expect(page.get_by_text("has already passed")).to_be_visible()
    assert axe_violations(page) == ""

    page.goto(f"/admin/procedures/procedure/{pending.pk}/change/")
    fill_schedule(box, timezone.localdate() + timedelta(days=3), "10:00")
    expect(box).to_contain_text("Publish at 10:00 AM on")
    assert axe_violations(page, within="#schedule") == ""

    box.get_by_role("link", name="All schedules").click()
    expect(page.get_by_role("button", name="Cancel: Publish")).to_be_visible()
    assert axe_violations(page) == ""


def test_a_scheduled_publish_of_a_live_pages_approved_changes_reaches_a_visitor_with_its_review_line(
    page, visitor, live_editor, run_worker
):
    live = ProcedureFactory(title="Genicular Nerve Block", introduction="The published introduction.")
    approved_changes(live, introduction="The approved new introduction.")
    visitor.goto(live.get_absolute_url())  # now in the shared page cache
    expect(visitor.locator("main")).to_contain_text("The published introduction.")
    box = open_schedule_box(page, live_editor, live)
    fill_schedule(box, timezone.localdate() + timedelta(days=1), "08:00")
    expect(box).to_contain_text("Publish at 8:00 AM on")

    # Time passes: the schedule comes due (its worker task stays queued for tomorrow; the sweep runs it).
    PublishSchedule.objects.update(run_at=timezone.now() - timedelta(seconds=1))
    # The production command (the run_worker fixture gives pytest its signal handlers back afterwards).
    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    visitor.goto(live.get_absolute_url())
    expect(visitor.locator("main")).to_contain_text("The approved new introduction.")
    expect(visitor.locator("main")).to_contain_text("Medically reviewed by")
    json_ld = visitor.locator('script[type="application/ld+json"]').first.text_content()
    assert '"reviewedBy"' in json_ld
    # The working draft is gone, published: the live page's form shows what the schedule did.
    page.goto(f"/admin/procedures/procedure/{live.pk}/change/")
    expect(page.locator("#schedule")).to_contain_text("Done: publish at")
