"""A front desk lead reads the speed-to-lead figures: no WCAG 2.2 AA violation, nothing wider than the
screen, and the period can be changed."""

from datetime import timedelta
from importlib import import_module

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from consultations.models import CallAttempt, ConsultationRequest
from tests.factories import ConsultationRequestFactory, FrontDeskLeadFactory, LocationFactory

from .checks import axe_violations, horizontal_overflow
from .staff import log_in, with_password

pytestmark = pytest.mark.django_db(transaction=True)

FIGURES = "/admin/consultations/consultationrequest/figures/"


@pytest.fixture
def live_lead(staff_groups, migration_apps):
    """A member of the Front desk lead group, made by its migration's own code, who can log in."""
    migration = import_module("consultations.migrations.0005_front_desk_lead_group")
    migration.create_front_desk_lead_group(migration_apps, None)
    return with_password(FrontDeskLeadFactory(first_name="Dana", last_name="Whitfield-Oyelaran"))


@pytest.fixture
def weeks_of_calls(live_lead, settings):
    """Requests at two locations over the last weeks, most of them called by the lead.

    Every hour counts as a business hour, so the charts have bars whatever the time the test runs.
    """
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"
    now = timezone.now()
    locations = [LocationFactory(name="Santa Monica"), LocationFactory(name="West Hollywood")]
    for number in range(12):
        received = now - timedelta(days=2 * number + 1)
        called = received + timedelta(minutes=20 * number + 10) if number % 4 else None
        made = ConsultationRequestFactory(
            location=locations[number % 2],
            status=ConsultationRequest.Status.CONTACTED if called else ConsultationRequest.Status.NEW,
            first_responded_at=called,
            first_reached_at=called,
            attempt_count=1 if called else 0,
        )
        ConsultationRequest.objects.filter(pk=made.pk).update(created_at=received)
        if called:
            attempt = CallAttempt.objects.create(
                consultation_request=made, by=live_lead, outcome=CallAttempt.Outcome.CALL_BACK
            )
            CallAttempt.objects.filter(pk=attempt.pk).update(at=called)


def test_the_figures_page_has_no_violations_and_fits_the_screen(tab, live_lead, weeks_of_calls):
    log_in(tab, live_lead)
    tab.goto(FIGURES)

    expect(tab.get_by_role("heading", name="By location")).to_be_visible()
    expect(
        tab.get_by_role("img", name="Time to first attempt by location, in business hours")
    ).to_be_visible()
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0


def test_a_lead_changes_the_period_with_the_selector(page, live_lead, weeks_of_calls):
    log_in(page, live_lead)
    page.goto(FIGURES)

    page.get_by_label("Period", exact=True).select_option(label="Last 26 weeks")
    page.get_by_role("button", name="Show").click()

    expect(page).to_have_url(f"{FIGURES}?weeks=26")
    week_rows = page.get_by_role("table", name="By week received: the chart's figures and more").locator(
        "tbody tr"
    )
    expect(week_rows).to_have_count(26)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download these tables (CSV)").click()
    assert download.value.suggested_filename.startswith("speed-to-lead-26-weeks-to-")
