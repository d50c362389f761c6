"""Every admin response that shows a patient's details is written to the access log."""

import pytest
from django.urls import reverse

from tests.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db

INBOX = reverse("admin:consultations_consultationrequest_changelist")


def change_url(obj):
    return reverse("admin:consultations_consultationrequest_change", args=[obj.pk])


# Methods the admin does not use


@pytest.mark.parametrize("method", ["OPTIONS", "TRACE", "PUT", "PATCH", "DELETE", "PROPFIND"])
def test_the_admin_answers_405_to_methods_it_does_not_use(front_desk_client, method):
    consultation_request = ConsultationRequestFactory(last_name="Quimby")

    for url in [change_url(consultation_request), INBOX, reverse("admin:index")]:
        response = front_desk_client.generic(method, url)

        assert response.status_code == 405, url
        assert sorted(response["Allow"].split(", ")) == ["GET", "HEAD", "POST"]
        assert b"Quimby" not in response.content


# A request's page


def test_a_rejected_post_shows_the_record_again_and_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory(last_name="Quimby")

    response = front_desk_client.post(change_url(consultation_request), {"status": "no-such-status"})

    assert response.status_code == 200
    assert b"Quimby" in response.content
    assert consultation_request.access_log.count() == 1


def test_head_on_a_request_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory()

    assert front_desk_client.head(change_url(consultation_request)).status_code == 200

    assert consultation_request.access_log.count() == 1


def test_a_saved_change_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory()
    form = {"status": "contacted", "notes-TOTAL_FORMS": "0", "notes-INITIAL_FORMS": "0"}
    for prefix in ["notifications", "events"]:
        form |= {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"}

    response = front_desk_client.post(change_url(consultation_request), form)

    assert response.status_code == 302
    assert consultation_request.access_log.count() == 1


def test_a_request_opened_through_a_popup_is_logged(front_desk_client):
    consultation_request = ConsultationRequestFactory()

    front_desk_client.get(change_url(consultation_request), {"_popup": "1"})

    assert consultation_request.access_log.count() == 1


def test_an_admin_quoted_id_is_logged_against_the_request_it_opens(front_desk_client):
    consultation_request = ConsultationRequestFactory(last_name="Quimby")
    # "_2B" is the admin's quoting of "+": "+7" is read as the number 7.
    url = reverse("admin:consultations_consultationrequest_change", args=[f"_2B{consultation_request.pk}"])

    response = front_desk_client.get(url)

    assert response.status_code == 200
    assert consultation_request.access_log.count() == 1


@pytest.mark.parametrize("object_id", ["_2Bx", "not-a-number", "_2B999999", "999999"])
def test_an_id_that_is_not_a_request_redirects_and_logs_nothing(front_desk_client, object_id):
    from consultations.models import AccessLogEntry

    url = reverse("admin:consultations_consultationrequest_change", args=[object_id])

    assert front_desk_client.get(url).status_code == 302
    assert not AccessLogEntry.objects.exists()
