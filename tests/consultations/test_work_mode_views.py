"""Work mode's pages: who may open them, what they show and log, and recording a call without JavaScript."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations import services
from consultations.models import AccessLogEntry, CallAttempt, ConsultationRequest
from tests.factories import ConsultationRequestFactory, FrontDeskFactory, LocationFactory

pytestmark = pytest.mark.django_db

NEXT = reverse("admin:consultations_consultationrequest_work_next")


def work_url(obj):
    return reverse("admin:consultations_consultationrequest_work", args=[obj.pk])


def test_editors_cannot_open_work_mode(editor_client):
    consultation_request = ConsultationRequestFactory()

    assert editor_client.get(work_url(consultation_request)).status_code == 403
    assert editor_client.get(NEXT).status_code == 403
    assert editor_client.post(work_url(consultation_request), {"outcome": "spam"}).status_code == 403
    assert ConsultationRequest.objects.get().status == "new"


def test_work_mode_asks_anonymous_visitors_to_log_in(client):
    response = client.get(work_url(ConsultationRequestFactory()))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_next_opens_the_first_request_in_queue_order_and_claims_it(front_desk, front_desk_client):
    ConsultationRequestFactory()
    urgent = ConsultationRequestFactory(is_urgent=True, urgent_reasons="New leg weakness")

    response = front_desk_client.get(NEXT, follow=True)

    assert response.redirect_chain == [(work_url(urgent), 302)]
    page = response.content.decode()
    assert urgent.full_name in page and "New leg weakness" in page
    assert f'href="tel:{urgent.phone.as_e164}"' in page
    assert ConsultationRequest.objects.get(pk=urgent.pk).claimed_by == front_desk


def test_every_work_mode_page_is_in_the_access_log_with_the_requests_it_shows(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory(email="maria@example.org")
    earlier = ConsultationRequestFactory(email="MARIA@example.org", status="closed")

    front_desk_client.get(work_url(consultation_request))
    front_desk_client.post(work_url(consultation_request), {"outcome": "no-answer"})

    opened, saved = AccessLogEntry.objects.order_by("id")
    assert (opened.kind, opened.user) == (AccessLogEntry.Kind.WORKED, front_desk)
    assert set(opened.rows.values_list("reference", flat=True)) == {
        consultation_request.reference,
        earlier.reference,
    }
    assert (saved.kind, list(saved.rows.values_list("reference", flat=True))) == (
        AccessLogEntry.Kind.SAVED,
        [consultation_request.reference],
    )


def test_the_page_shows_earlier_requests_and_attempts_in_the_clinics_time_zone(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory()
    ConsultationRequestFactory(phone=consultation_request.phone, reference="APM-EARLY")
    services.call_attempt_record(
        consultation_request=consultation_request, by=front_desk, outcome="voicemail", note="Left our number"
    )
    at = timezone.localtime(consultation_request.attempts.get().at)

    page = front_desk_client.get(work_url(consultation_request)).content.decode()

    assert "APM-EARLY" in page
    assert "Left voicemail" in page and "Left our number" in page and front_desk.username in page
    assert at.strftime("%-I:%M") in page


def test_recording_an_outcome_without_javascript_saves_it_and_opens_the_next_request(front_desk_client):
    first = ConsultationRequestFactory(is_urgent=True)
    second = ConsultationRequestFactory()

    response = front_desk_client.post(
        work_url(first), {"outcome": "no-answer", "then_next": "on"}, follow=True
    )

    assert response.redirect_chain[-1] == (work_url(second), 302)
    assert CallAttempt.objects.get().consultation_request == first
    assert "Recorded “No answer”" in response.content.decode()


def test_recording_without_next_returns_to_the_same_request(front_desk_client):
    consultation_request = ConsultationRequestFactory()
    location = LocationFactory()
    appointment = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")

    response = front_desk_client.post(
        work_url(consultation_request),
        {"outcome": "scheduled", "appointment_at": appointment, "appointment_location": location.pk},
    )

    assert response.status_code == 302 and response["Location"] == work_url(consultation_request)
    assert ConsultationRequest.objects.get().status == "scheduled"


def test_an_outcome_missing_its_details_shows_an_error_summary_and_records_nothing(front_desk_client):
    consultation_request = ConsultationRequestFactory()

    response = front_desk_client.post(work_url(consultation_request), {"outcome": "call-back"})

    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="error-summary"' in page
    assert '<a href="#id_callback_at">Give the time the patient asked to be called back.</a>' in page
    assert 'aria-invalid="true"' in page
    assert not CallAttempt.objects.exists()


def test_enter_in_a_detail_field_never_records_another_outcome(front_desk_client):
    consultation_request = ConsultationRequestFactory()

    # Without JavaScript, Enter in "Why not interested" submits with the first button, "No answer".
    response = front_desk_client.post(
        work_url(consultation_request), {"outcome": "no-answer", "close_reason": "Moved away"}
    )

    assert response.status_code == 200
    assert "You filled in details for “Reached: not interested”" in response.content.decode()
    assert not CallAttempt.objects.exists()


def test_a_request_someone_else_is_on_shows_who_and_until_when_and_cannot_be_recorded(front_desk_client):
    colleague = FrontDeskFactory(first_name="Ana", last_name="Lopez")
    consultation_request = ConsultationRequestFactory()
    services.consultation_request_claim(consultation_request=consultation_request, by=colleague)
    until = timezone.localtime(ConsultationRequest.objects.get().claimed_until)

    page = front_desk_client.get(work_url(consultation_request)).content.decode()
    posted = front_desk_client.post(work_url(consultation_request), {"outcome": "spam"})

    assert "Ana Lopez is on this request" in page
    assert until.strftime("%-I:%M") in page
    assert 'id="outcome-form"' not in page
    assert "Ana Lopez is on this request" in posted.content.decode()
    assert ConsultationRequest.objects.get().status == "new"


def test_skip_walks_down_the_queue_and_says_when_it_is_done(front_desk_client):
    first = ConsultationRequestFactory(is_urgent=True)
    second = ConsultationRequestFactory()

    assert front_desk_client.get(f"{NEXT}?skip={first.pk}")["Location"] == work_url(second)
    done = front_desk_client.get(f"{NEXT}?skip={second.pk}")

    assert done.status_code == 200
    assert "2 requests you passed are still in the queue" in done.content.decode()
    assert front_desk_client.get(NEXT)["Location"] == work_url(first)


def test_after_the_unanswered_limit_the_page_offers_closing_with_the_email(
    front_desk, front_desk_client, settings
):
    settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT = 1
    consultation_request = ConsultationRequestFactory(email="maria@example.org")
    services.call_attempt_record(
        consultation_request=consultation_request, by=front_desk, outcome="no-answer"
    )

    page = front_desk_client.get(work_url(consultation_request)).content.decode()
    assert "Close and send a “we tried to reach you” email" in page
    front_desk_client.post(work_url(consultation_request), {"action": "close-unreached"})

    assert ConsultationRequest.objects.get().status == "closed"
    assert ConsultationRequest.objects.get().notifications.get().kind == "tried-to-reach"


def test_work_mode_loads_its_script_from_this_site_only(front_desk_client):
    page = front_desk_client.get(work_url(ConsultationRequestFactory())).content.decode()

    assert '<script src="/static/js/work_mode.js" defer></script>' in page
    assert "<script>" not in page and "onclick" not in page and "style=" not in page


def test_what_the_patient_typed_is_shown_as_text_never_as_markup(front_desk_client):
    consultation_request = ConsultationRequestFactory(
        first_name='<script>alert("x")</script>', description="<img src=x onerror=alert(1)>"
    )

    page = front_desk_client.get(work_url(consultation_request)).content.decode()

    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert" in page


def test_an_anonymized_request_opens_without_its_details(front_desk_client):
    consultation_request = ConsultationRequestFactory(first_name="", last_name="", phone="", email="")

    response = front_desk_client.get(work_url(consultation_request))

    assert response.status_code == 200
    assert "(anonymized)" in response.content.decode()
    assert 'href="tel:' not in response.content.decode()


@pytest.mark.parametrize("page", ["work", "change"])
def test_staff_see_injury_context_that_did_not_make_the_request_urgent(front_desk_client, page):
    injured = ConsultationRequestFactory(
        description="Car accident in March, my lawyer sent me. Neck and low back pain since then.",
        insurance="personal-injury",
        insurance_label="Personal injury / lien",
    )
    url = (
        work_url(injured)
        if page == "work"
        else reverse("admin:consultations_consultationrequest_change", args=[injured.pk])
    )

    html = front_desk_client.get(url).content.decode()

    assert not injured.is_urgent
    assert "Injury context" in html
    assert "Personal-injury case (lawyer or claim)" in html
    assert "Accident or fall more than two weeks ago" in html
