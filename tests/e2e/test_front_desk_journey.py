"""The front desk triages a new request in the admin inbox; an editor cannot open it."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from consultations.models import ConsultationRequest
from tests.factories import ConsultationRequestFactory

from .patient import send_consultation_request
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

INBOX = "/admin/consultations/consultationrequest/"
RED_FLAG = "Since yesterday I have lost control of my bladder and my legs feel weak."
NOTE = "Called back; she is on her way to the emergency room."


@pytest.fixture
def urgent_request(visitor, clinic_content, quick_patients):
    """A patient's urgent request, sent through the form after two ordinary ones were already waiting."""
    for hours in (5, 3):
        ConsultationRequestFactory(created_at=timezone.now() - timedelta(hours=hours))
    return ConsultationRequest.objects.get(
        reference=send_consultation_request(visitor, last_name="Okonkwo-Reyes", description=RED_FLAG)
    )


def run_action(page, name: str) -> None:
    page.get_by_role("combobox", name="Action").select_option(label=name)
    page.get_by_role("button", name=re.compile("^(Go|Run)$")).click()
    expect(page.locator(".messagelist")).to_be_visible()


def test_front_desk_triages_the_new_urgent_request(page, live_front_desk, urgent_request):
    log_in(page, live_front_desk)
    page.goto(INBOX)
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text(urgent_request.reference)

    page.locator("#changelist-filter details[data-filter-title='urgent']").get_by_role(
        "link", name="Yes"
    ).click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(urgent_request.reference)

    rows.first.get_by_role("checkbox").check()
    run_action(page, "Assign to me")
    rows.first.get_by_role("checkbox").check()
    run_action(page, "Mark contacted")
    rows.first.get_by_role("link", name=urgent_request.reference).click()
    page.locator("textarea[name$='-text']").first.fill(NOTE)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    urgent_request.refresh_from_db()
    assert urgent_request.assigned_to == live_front_desk
    assert urgent_request.status == ConsultationRequest.Status.CONTACTED
    assert [note.text for note in urgent_request.notes.all()] == [NOTE]


def test_an_editor_cannot_open_a_request(page, live_editor, urgent_request):
    log_in(page, live_editor)

    response = page.goto(f"{INBOX}{urgent_request.pk}/change/")

    assert response.status == 403
    expect(page.locator("body")).not_to_contain_text("Okonkwo-Reyes")
