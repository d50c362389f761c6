"""What a patient sends never reaches the application's logs or its error reports.

Every patient field holds a marker no other text contains; every logger is captured at DEBUG
(tests/conftest.py: all_logs), and error reports are rendered as Django renders them
for an email to ADMINS or the debug page.
"""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.views.debug import ExceptionReporter

from consultations.models import Notification
from tests.factories import ConsultationRequestFactory
from tests.submissions import FORM_URL, stored_rows

pytestmark = pytest.mark.django_db

MARKED_FIELDS = {
    "first_name": "Zorblaxine",
    "last_name": "Quenteworth-Ybarra",
    "phone": "(310) 555-0199",
    "email": "zq.marker7@example.org",
    "description": "A glimmerwort ache in the left hip for nine weeks",
    "came_from": "/conditions/quillifer-marker/",
}
# Each piece of the patient's data, in every form it might be written in (the phone as typed and stored).
MARKERS = ["Zorblaxine", "Quenteworth", "555-0199", "5550199", "zq.marker7", "glimmerwort", "quillifer"]
INBOX = reverse("admin:consultations_consultationrequest_changelist")


@pytest.fixture
def marked_data(valid_data):
    return {**valid_data, **MARKED_FIELDS}


def markers_in(text: str) -> list[str]:
    return [marker for marker in MARKERS if marker.lower() in text.lower()]


def logged_text(all_logs) -> str:
    """Every record the site logged, as a handler would write it, with its arguments and any traceback.

    aiosmtpd's "mail.log" is the test's SMTP server, standing in for the mail relay: it is no part
    of the site, and it logs the addresses it delivers to.
    """
    records = [record for record in all_logs.records if record.name != "mail.log"]
    return "\n".join(f"{all_logs.handler.format(record)} {record.args!r}" for record in records)


@pytest.mark.django_db(transaction=True)  # the real worker needs real transactions
def test_a_request_sent_and_delivered_leaves_no_patient_data_in_the_logs(
    all_logs, client, clinic, marked_data, recipients, recording_smtp_server, run_worker
):
    client.get(FORM_URL, HTTP_REFERER="http://testserver" + MARKED_FIELDS["came_from"])

    assert client.post(FORM_URL, marked_data).status_code == 302
    run_worker()

    assert len(recording_smtp_server.messages) == 2
    assert any(record.name.startswith("django.tasks") for record in all_logs.records)
    assert markers_in(logged_text(all_logs)) == []


def test_triage_in_the_admin_leaves_no_patient_data_in_the_logs(all_logs, front_desk, front_desk_client):
    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    fields = {name: value for name, value in MARKED_FIELDS.items() if name not in ("came_from", "phone")}
    consultation_request = ConsultationRequestFactory(
        **fields, phone="+13105550199", source_path=MARKED_FIELDS["came_from"]
    )
    change = reverse("admin:consultations_consultationrequest_change", args=[consultation_request.pk])

    found = front_desk_client.get(INBOX, {"q": MARKED_FIELDS["phone"]})
    opened = front_desk_client.get(change)
    for action in ("mark_contacted", "export_csv"):
        front_desk_client.post(INBOX, {"action": action, "_selected_action": [consultation_request.pk]})

    assert list(found.context["cl"].result_list) == [consultation_request]
    assert opened.status_code == 200
    assert markers_in(logged_text(all_logs)) == []


def test_a_refused_submission_leaves_no_patient_data_in_the_logs(all_logs, client, clinic, marked_data):
    data = {**marked_data, "consent": "", "started": "forged", "contact_method": "pigeon"}

    response = client.post(FORM_URL, data)

    assert response.status_code == 200
    assert markers_in(logged_text(all_logs)) == []


@pytest.mark.django_db(transaction=True)  # the real worker needs real transactions
def test_a_mail_server_that_refuses_leaves_no_patient_address_in_the_logs(
    all_logs, client, clinic, marked_data, recipients, smtp_server, run_worker
):
    """The SMTP error may quote the patient's address: it is kept in the database for staff, not logged."""
    assert client.post(FORM_URL, marked_data).status_code == 302

    run_worker()  # the SMTP server was never started: every send fails

    assert set(Notification.objects.values_list("status", flat=True)) == {Notification.Status.FAILING}
    assert any(
        record.levelname == "WARNING" and "failed" in record.getMessage() for record in all_logs.records
    )
    assert markers_in(logged_text(all_logs)) == []


@pytest.fixture
def broken_task_queue(settings):
    """A deployment whose task backend refuses the queue the staff notice is sent to.

    Queueing the notice then raises inside the service, after the request row has been written.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["elsewhere"]}}


def test_a_server_error_while_saving_stores_nothing_and_shows_no_patient_data(
    all_logs, clinic, marked_data, broken_task_queue
):
    client = Client(raise_request_exception=False)
    rows = stored_rows()

    response = client.post(FORM_URL, marked_data)

    assert response.status_code == 500
    assert stored_rows() == rows
    assert b"Traceback" not in response.content and markers_in(response.content.decode()) == []
    errors = [record for record in all_logs.records if record.name == "django.request"]
    assert errors and errors[0].exc_info is not None
    assert markers_in(logged_text(all_logs)) == []


def test_an_error_report_of_the_form_shows_its_frames_but_no_patient_data(
    clinic, marked_data, broken_task_queue
):
    client = Client(raise_request_exception=False)
    response = client.post(FORM_URL, marked_data)
    request = response.wsgi_request

    reporter = ExceptionReporter(request, *response.exc_info, is_email=True)
    text, html = reporter.get_traceback_text(), reporter.get_traceback_html()

    assert request.sensitive_post_parameters == "__ALL__"
    # The report is still useful: where it failed, which fields were sent (with their values hidden).
    assert "consultation_request_create" in text and "notification_enqueue" in html
    assert "first_name" in html and "********************" in html
    assert markers_in(text) == [] and markers_in(html) == []
