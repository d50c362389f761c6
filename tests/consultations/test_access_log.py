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
