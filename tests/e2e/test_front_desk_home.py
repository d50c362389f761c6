"""The front desk's home and queue in a browser: accessible, and readable at 1280 px with the sidebar open."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from consultations.models import ConsultationRequest, Notification
from tests.factories import ConsultationRequestFactory, FrontDeskFactory, ProcedureFactory

from .checks import axe_violations, horizontal_overflow
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

HOME = "/admin/consultations/consultationrequest/home/"
INBOX = "/admin/consultations/consultationrequest/"
Status = ConsultationRequest.Status

# Each cell's right edge, and how many lines each phone number takes.
_COLUMNS_JS = """
() => ({
  width: window.innerWidth,
  cells: [...document.querySelectorAll(".front-desk-queue th, .front-desk-queue td")].map(
    (cell) => ({text: cell.textContent.trim().slice(0, 40), right: cell.getBoundingClientRect().right})
  ),
  phoneLines: [...document.querySelectorAll(".front-desk-phone a, #result_list td.field-phone_link a")].map(
    (a) => a.getClientRects().length
  ),
})
"""


@pytest.fixture
def busy_queue(live_front_desk, settings):
    """A morning's queue with the longest names and topics the form allows a patient to send."""
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"
    settings.CONSULTATION_RESPONSE_TARGET_MINUTES = 120
    procedure = ProcedureFactory(title="Radiofrequency ablation of the lumbar medial branch nerves")
    colleague = FrontDeskFactory(
        username="guadalupe.hernandez-villanueva", first_name="Guadalupe", last_name="Hernández-Villanueva"
    )
    now = timezone.now()
    rows = [
        {"is_urgent": True, "first_name": "Maximiliano", "last_name": "Quimby-Okafor de la Fuente"},
        {"status": Status.ATTEMPTED, "next_callback_at": now - timedelta(minutes=10), "attempt_count": 2},
        {"claimed_by": colleague, "claimed_until": now + timedelta(minutes=5), "assigned_to": colleague},
        {},
        {"status": Status.ATTEMPTED, "next_callback_at": now + timedelta(hours=3), "attempt_count": 1},
    ]
    for hours, fields in zip([0.1, 30, 6, 1, 20, 0.5], [*rows, {}], strict=True):
        made = ConsultationRequestFactory(procedure=procedure, phone="+13105550187", **fields)
        ConsultationRequest.objects.filter(pk=made.pk).update(created_at=now - timedelta(hours=hours))
        Notification.objects.create(consultation_request=made, kind="staff-notice", status="failing")


def test_the_home_and_the_queue_have_no_accessibility_violations(page, live_front_desk, busy_queue):
    log_in(page, live_front_desk)
    page.goto("/admin/")
    page.get_by_role("link", name="Front desk home: the call queue").click()
    expect(page.get_by_role("heading", name="Front desk")).to_be_visible()
    assert axe_violations(page) == ""

    page.get_by_role("link", name="Urgent, not yet reached").click()
    expect(page.locator(".front-desk-queue tbody tr")).to_have_count(1)
    assert axe_violations(page) == ""

    # The admin's dark theme follows the computer's setting: the flagged rows keep their contrast.
    page.emulate_media(color_scheme="dark")
    page.goto(HOME)
    assert axe_violations(page) == ""


def test_the_queue_fits_1280_px_with_the_sidebar_open_and_phones_stay_on_one_line(
    page, live_front_desk, busy_queue
):
    log_in(page, live_front_desk)
    page.goto(HOME)
    expect(page.locator("#nav-sidebar")).to_be_visible()
    expect(page.locator(".front-desk-queue tbody tr")).to_have_count(6)
    expect(page.locator(".front-desk-queue tbody tr").first).to_contain_text("Urgent")

    measured = page.evaluate(_COLUMNS_JS)

    assert horizontal_overflow(page) == 0
    overflowing = [cell for cell in measured["cells"] if cell["right"] > measured["width"]]
    assert overflowing == []
    assert measured["phoneLines"] and set(measured["phoneLines"]) == {1}


def test_on_a_phone_the_queue_scrolls_in_its_own_box_and_the_page_never_sideways(
    phone_page, live_front_desk, busy_queue
):
    log_in(phone_page, live_front_desk)
    phone_page.goto(HOME)
    box = phone_page.get_by_role("region", name="Queue")

    assert horizontal_overflow(phone_page) == 0
    # A keyboard user can reach the box to scroll it.
    assert box.get_attribute("tabindex") == "0"
    assert axe_violations(phone_page) == ""


def test_the_inbox_keeps_every_column_in_view_at_1280_px_with_the_sidebar_open(
    page, live_front_desk, busy_queue
):
    log_in(page, live_front_desk)
    page.goto(INBOX)
    expect(page.locator("#nav-sidebar")).to_be_visible()
    expect(page.locator("#result_list tbody tr")).to_have_count(6)

    results = page.locator("#changelist-form .results")
    scroll_width, client_width = results.evaluate("(box) => [box.scrollWidth, box.clientWidth]")

    assert horizontal_overflow(page) == 0
    assert scroll_width <= client_width, "the inbox's table scrolls sideways inside its box"
    assert set(page.evaluate(_COLUMNS_JS)["phoneLines"] or [1]) == {1}
    expect(page.locator("#result_list tbody tr").first).to_contain_text("Urgent")


def test_from_the_admin_index_start_calling_opens_the_top_of_the_queue_in_work_mode(
    page, live_front_desk, busy_queue
):
    urgent = ConsultationRequest.objects.get(is_urgent=True)
    overdue = ConsultationRequest.objects.get(claimed_by__isnull=False)
    log_in(page, live_front_desk)
    page.goto("/admin/")

    page.get_by_role("link", name="Front desk home: the call queue").click()
    page.get_by_role("link", name="Start calling").click()

    expect(page).to_have_url(re.compile(rf"/consultationrequest/{urgent.pk}/work/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(urgent.last_name)

    # A row opens its own request, even one a colleague is on (work mode says who).
    page.goto(HOME)
    page.get_by_role("link", name=overdue.full_name).click()
    expect(page).to_have_url(re.compile(rf"/consultationrequest/{overdue.pk}/work/$"))
