"""Work mode in a real browser: the front desk works the queue with the keyboard alone, two people
pressing "next" at once get different patients, and the page passes axe and fits a 1280 × 800 screen."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from consultations import services
from consultations.models import CallAttempt, ConsultationRequest
from tests.factories import ConsultationRequestFactory, FrontDeskFactory, LocationFactory

from .checks import axe_violations, horizontal_overflow, loaded
from .staff import log_in, with_password

pytestmark = pytest.mark.django_db(transaction=True)

NEXT = "/admin/consultations/consultationrequest/work/next/"
HOME = "/admin/consultations/consultationrequest/home/"
WORK_PAGE = re.compile(r"/admin/consultations/consultationrequest/(\d+)/work/(#.*)?$")
LAPTOP = {"viewport": {"width": 1280, "height": 800}}


def received(hours_ago: float, **fields) -> ConsultationRequest:
    made = ConsultationRequestFactory(**fields)
    ConsultationRequest.objects.filter(pk=made.pk).update(
        created_at=timezone.now() - timedelta(hours=hours_ago)
    )
    return made


def shown_request(page) -> ConsultationRequest:
    expect(page).to_have_url(WORK_PAGE)
    loaded(page)  # the shortcuts' script has run
    return ConsultationRequest.objects.get(pk=WORK_PAGE.search(page.url).group(1))


def type_date_and_time(page, when) -> None:
    """Type into the focused date-and-time field as a person does in Chromium: date, Tab, time, AM/PM."""
    page.keyboard.type(when.strftime("%m%d%Y"))
    page.keyboard.press("Tab")
    page.keyboard.type(when.strftime("%I%M") + ("AM" if when.hour < 12 else "PM"))


@pytest.fixture
def five_waiting(staff_groups):
    """Five requests in a known queue order: the urgent one first, then the oldest."""
    location = LocationFactory(name="West Los Angeles")
    return [
        received(
            0.2, first_name="José", last_name="Ramírez", is_urgent=True, urgent_reasons="New leg weakness"
        ),
        received(30, last_name="Nguyen", location=location),
        received(20, last_name="Okafor", location=location),
        received(1.5, last_name="Schmidt", location=location),
        received(1, last_name="Haddad", email=""),
    ]


def test_a_front_desk_user_works_five_requests_with_the_keyboard_only(new_tab, live_front_desk, five_waiting):
    page = new_tab(LAPTOP)
    log_in(page, live_front_desk)
    # From the front-desk home, by keyboard: Tab to "Start calling" and press Enter.
    page.goto(HOME)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == "Start calling":
            break
    expect(page.get_by_role("link", name="Start calling")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/work/$"))

    # 1. Urgent first: no answer, with a note typed in the note box.
    first = shown_request(page)
    assert first == five_waiting[0]
    expect(page.get_by_role("heading", level=1)).to_contain_text("José Ramírez")
    # Tab along to the note box, as a keyboard user does: the admin's "Skip to main content" first.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "note":
            break
    expect(page.get_by_label("Note (optional, staff only)")).to_be_focused()
    page.keyboard.type("Rang ten times, no voicemail box")
    page.keyboard.press("Escape")  # leaves the field: keys are shortcuts again
    page.keyboard.press("1")
    expect(page.locator(".messagelist")).to_contain_text("Recorded “No answer” for José Ramírez")

    # 2. The oldest next: voicemail.
    assert shown_request(page) == five_waiting[1]
    page.keyboard.press("2")
    expect(page.locator(".messagelist")).to_contain_text("Recorded “Left voicemail”")

    # 3. Scheduled: 4 moves to the appointment's details, typed in; Enter records it.
    assert shown_request(page) == five_waiting[2]
    page.keyboard.press("4")
    expect(page.get_by_role("group", name="Reached: scheduled").get_by_label("Date and time")).to_be_focused()
    appointment = timezone.localtime() + timedelta(days=3)
    type_date_and_time(page, appointment)
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_contain_text("Recorded “Reached: scheduled”")

    # 4. Call back later, at a time the patient gave.
    assert shown_request(page) == five_waiting[3]
    page.keyboard.press("5")
    type_date_and_time(page, timezone.localtime() + timedelta(days=1))
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_contain_text("Recorded “Reached: call back later”")

    # 5. Not interested, with the reason.
    assert shown_request(page) == five_waiting[4]
    page.keyboard.press("6")
    page.keyboard.type("Moved to San Diego")
    page.keyboard.press("Enter")
    expect(page.locator(".messagelist")).to_contain_text("Recorded “Reached: not interested”")

    # Only the unanswered two are left, passed over already: the end of this round.
    expect(page.get_by_role("heading", level=1)).to_have_text("The end of the queue")
    outcomes = dict(CallAttempt.objects.values_list("consultation_request__last_name", "outcome"))
    assert outcomes == {
        "Ramírez": "no-answer",
        "Nguyen": "voicemail",
        "Okafor": "scheduled",
        "Schmidt": "call-back",
        "Haddad": "not-interested",
    }
    assert CallAttempt.objects.get(outcome="no-answer").note == "Rang ten times, no voicemail box"
    scheduled = CallAttempt.objects.get(outcome="scheduled")
    assert timezone.localtime(scheduled.appointment_at).strftime("%Y-%m-%d %H:%M") == appointment.strftime(
        "%Y-%m-%d %H:%M"
    )
    assert scheduled.appointment_location.name == "West Los Angeles"
    statuses = dict(ConsultationRequest.objects.values_list("last_name", "status"))
    assert statuses == {
        "Ramírez": "attempted",
        "Nguyen": "attempted",
        "Okafor": "scheduled",
        "Schmidt": "contacted",
        "Haddad": "closed",
    }
    assert not ConsultationRequest.objects.filter(claimed_by__isnull=False).exists()

    # N opens the next: a fresh round from the top starts with the oldest one still waiting.
    page.goto(NEXT)
    assert shown_request(page).last_name in {"Ramírez", "Nguyen"}


def test_two_people_pressing_next_at_once_get_different_requests(new_tab, staff_groups):
    for hours in (5, 4, 3):
        received(hours)
    alice, bob = (with_password(FrontDeskFactory()) for _ in range(2))
    pages = [new_tab(), new_tab()]
    for page, user in zip(pages, [alice, bob], strict=True):
        log_in(page, user)
        page.goto("/admin/")

    # Both navigations are started before either is waited for.
    for page in pages:
        page.evaluate(f"window.location.href = {NEXT!r}")
    shown = [shown_request(page) for page in pages]

    assert shown[0] != shown[1]
    assert {ConsultationRequest.objects.get(pk=r.pk).claimed_by for r in shown} == {alice, bob}
    # Each sees the other's claim when opening it.
    pages[0].goto(f"/admin/consultations/consultationrequest/{shown[1].pk}/work/")
    expect(pages[0].locator(".work-claimed")).to_contain_text("is on this request")


def test_work_mode_fits_a_laptop_screen_and_passes_axe(new_tab, live_front_desk, staff_groups):
    colleague = FrontDeskFactory(first_name="Ana", last_name="Lopez")
    consultation_request = received(
        3,
        first_name="Maria",
        last_name="Fernández-Castillo",
        is_urgent=True,
        urgent_reasons="Loss of bladder control; new leg weakness",
        description="Low back pain for two years, worse since a fall last week. " * 8,
        location=LocationFactory(name="West Los Angeles"),
    )
    for _ in range(4):
        ConsultationRequestFactory(phone=consultation_request.phone, status="closed")
    for outcome in ["no-answer", "voicemail", "no-answer"]:
        services.call_attempt_record(
            consultation_request=consultation_request,
            by=colleague,
            outcome=outcome,
            note="Tried the mobile number, mailbox full.",
        )
    page = new_tab(LAPTOP)
    log_in(page, live_front_desk)
    page.goto(f"/admin/consultations/consultationrequest/{consultation_request.pk}/work/")

    assert axe_violations(page) == ""
    assert horizontal_overflow(page) == 0
    for needed in [
        page.locator("a.work-call"),
        page.get_by_text("Loss of bladder control"),
        page.get_by_role("button", name=re.compile("Close and send")),
        page.get_by_role("button", name=re.compile("Reached: not interested")),
        page.locator("#attempts-heading + ol li").last,
        page.locator("#earlier-heading + ul li").last,
    ]:
        box = needed.bounding_box()
        assert box and box["y"] + box["height"] <= 800, needed

    # The keyboard shortcuts are announced once the script runs; the focus is visible.
    expect(page.get_by_role("button", name=re.compile("^No answer"))).to_have_attribute(
        "aria-keyshortcuts", "1"
    )
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"

    # With an error summary.
    page.keyboard.press("5")
    page.keyboard.press("Enter")
    expect(page.locator("#error-summary")).to_be_focused()
    assert axe_violations(page) == ""

    # Someone else's request, and the end of the queue.
    other = received(1)
    services.consultation_request_claim(consultation_request=other, by=colleague)
    page.goto(f"/admin/consultations/consultationrequest/{other.pk}/work/")
    expect(page.locator(".work-claimed")).to_contain_text("Ana Lopez is on this request")
    assert axe_violations(page) == ""
    ConsultationRequest.objects.update(status="closed")
    page.goto(NEXT)
    expect(page.get_by_role("heading", level=1)).to_have_text("Nobody left to call")
    assert axe_violations(page) == ""
