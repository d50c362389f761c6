"""An editor opens the report of medical reviews due from the admin's home: no WCAG 2.2 AA violation,
nothing wider than a phone's screen, and each page leads to its change form."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.factories import ConditionFactory, PhysicianFactory, ProcedureFactory

from .checks import axe_violations, horizontal_overflow, small_tap_targets
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def reviews_due(live_editor):
    today = timezone.localdate()
    jane = PhysicianFactory(name="Jane Doe", credentials="MD, MPH")
    ConditionFactory(title="Degenerative Disc Disease", last_reviewed=None)
    ProcedureFactory(
        title="Radiofrequency Ablation of the Lumbar Medial Branch Nerves",
        medical_reviewer=jane,
        last_reviewed=today - datetime.timedelta(days=400),
    )
    ProcedureFactory(
        title="Epidural Steroid Injections",
        medical_reviewer=jane,
        last_reviewed=today - datetime.timedelta(days=350),
    )
    # As load_clinic_content leaves a page: the placeholder and the load date; due for review now.
    return ProcedureFactory(
        title="Lumbar Facet Injections",
        medical_reviewer=PhysicianFactory(
            name="Reviewing physician (to be named by the clinic)", is_placeholder=True
        ),
        last_reviewed=today,
    )


def test_the_reviews_due_report_has_no_violations_and_fits_the_screen(tab, live_editor, reviews_due):
    log_in(tab, live_editor)
    tab.get_by_role("link", name="Medical reviews due").click()

    expect(tab.get_by_role("heading", name="Overdue: 3 pages")).to_be_visible()
    expect(tab.get_by_role("heading", name="Due within 30 days: 1 page")).to_be_visible()
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0
    assert small_tap_targets(tab) == []

    tab.get_by_role("link", name="Lumbar Facet Injections").click()

    expect(tab).to_have_url(f"/admin/procedures/procedure/{reviews_due.pk}/change/")


def test_the_physicians_list_and_a_physicians_page_have_no_violations(page, live_editor, reviews_due):
    log_in(page, live_editor)
    page.get_by_role("link", name="Physicians").first.click()

    expect(page.get_by_role("heading", name="Select physician to change")).to_be_visible()
    assert axe_violations(page, within="#content-main") == ""

    page.get_by_role("link", name="Reviewing physician (to be named by the clinic)").click()

    expect(page.get_by_role("link", name="Lumbar Facet Injections")).to_be_visible()
    assert axe_violations(page, within="#content-main") == ""
