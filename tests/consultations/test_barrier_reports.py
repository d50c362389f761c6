"""The accessibility statement's barrier report: the form's defences, staff told once with no visitor
data in the email (a real SMTP server on loopback and the real worker), the admin list and its log."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from consultations import notifications, spam
from consultations.models import AccessLogEntry, BarrierReport, Notification
from tests.factories import EditorFactory, LocationFactory, NoticeRecipientFactory

FORM_URL = "/accessibility-report/"
DESCRIPTION = "The menu button cannot be reached with the Tab key and my screen reader says nothing."
CONTACT = {
    "contact_name": "Theodora Vasquez-Lindqvist",
    "contact_email": "theodora.vl@example.org",
    "contact_phone": "(213) 555-0163",
}
VISITOR_VALUES = [
    DESCRIPTION[:30],
    "screen reader",
    "Theodora",
    "Lindqvist",
    "theodora.vl",
    "555-0163",
    "5550163",
]


def report_data(**changes):
    return {
        "page": "/procedures/",
        "description": DESCRIPTION,
        **CONTACT,
        "website": "",
        "started": spam.form_started_token(time.time() - 60),
        **changes,
    }


def change_url(report):
    return reverse("admin:consultations_barrierreport_change", args=[report.pk])


# The form


@pytest.mark.django_db
def test_the_form_fills_in_the_page_it_was_opened_from(client, clinic):
    page = client.get(FORM_URL, {"page": "/procedures/lumbar-facet-injections/"}).content.decode()

    assert 'value="/procedures/lumbar-facet-injections/"' in page
    assert 'name="csrfmiddlewaretoken"' in page
    assert 'name="website"' in page and 'name="started"' in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "outside",
    ["https://evil.example/phish", "//evil.example/", "javascript:alert(1)", "/a b", "/" + "x" * 300],
)
def test_the_form_never_fills_in_an_outside_address(client, clinic, outside):
    page = client.get(FORM_URL, {"page": outside}).content.decode()

    assert "evil.example" not in page and "javascript:" not in page
    assert 'name="page" value=' not in page


@pytest.mark.django_db
def test_a_sent_report_is_saved_and_thanked_with_its_reference(client, clinic):
    response = client.post(FORM_URL, report_data())

    report = BarrierReport.objects.get()
    assert response.status_code == 302
    thanks = client.get(response["Location"])
    assert report.reference in thanks.content.decode()
    assert report.reference.startswith("ACC-")
    assert (report.page_path, report.description, report.contact_email) == (
        "/procedures/",
        DESCRIPTION,
        CONTACT["contact_email"],
    )
    assert report.status == BarrierReport.Status.OPEN
    assert report.notifications.get().kind == Notification.Kind.BARRIER_NOTICE


@pytest.mark.django_db
def test_contact_details_are_optional(client, clinic):
    client.post(FORM_URL, report_data(contact_name="", contact_email="", contact_phone="", page=""))

    report = BarrierReport.objects.get()
    assert (report.page_path, report.contact_name, str(report.contact_phone)) == ("", "", "")


@pytest.mark.django_db
def test_a_full_address_on_this_site_is_kept_as_its_path(client, clinic, settings):
    settings.SITE_URL = "https://www.example-clinic.test"

    client.post(FORM_URL, report_data(page="https://www.example-clinic.test/conditions/sciatica/?x=1#top"))

    assert BarrierReport.objects.get().page_path == "/conditions/sciatica/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "outside", ["https://evil.example/conditions/", "ftp://www.example-clinic.test/", "/a b"]
)
def test_another_sites_address_is_refused_with_a_message(client, clinic, settings, outside):
    settings.SITE_URL = "https://www.example-clinic.test"

    response = client.post(FORM_URL, report_data(page=outside))

    assert response.status_code == 200
    assert "Give the address of a page on this website" in response.content.decode()
    assert DESCRIPTION in response.content.decode()  # nothing typed is lost
    assert not BarrierReport.objects.exists()


@pytest.mark.django_db
def test_what_went_wrong_is_required(client, clinic):
    response = client.post(FORM_URL, report_data(description="  "))

    assert "Tell us what went wrong" in response.content.decode()
    assert not BarrierReport.objects.exists()


@pytest.mark.django_db
def test_a_robot_that_fills_the_honeypot_is_thanked_and_staff_are_not_told(client, clinic):
    response = client.post(FORM_URL, report_data(website="http://spam.example"))

    assert response.status_code == 302
    assert BarrierReport.objects.get().status == BarrierReport.Status.SPAM
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_a_form_sent_too_fast_or_with_a_forged_token_is_refused(client, clinic):
    for started in [spam.form_started_token(), "forged"]:
        response = client.post(FORM_URL, report_data(started=started))

        assert "press “Send report” again" in response.content.decode()
    assert not BarrierReport.objects.exists()


@pytest.mark.django_db
def test_a_double_click_saves_one_report_and_shows_the_same_thanks(client, clinic):
    data = report_data()

    first = client.post(FORM_URL, data)
    second = client.post(FORM_URL, data)

    assert BarrierReport.objects.count() == 1
    assert first["Location"] == second["Location"]


@pytest.mark.django_db
def test_the_rate_limit_is_the_reports_own(client, clinic, settings):
    settings.CONSULTATION_RATE_LIMIT = 1

    assert client.post(FORM_URL, report_data()).status_code == 302
    refused = client.post(FORM_URL, report_data())

    assert refused.status_code == 429
    assert "several reports from your connection" in refused.content.decode()
    assert spam.allow_submission("127.0.0.1")  # the consultation form's count is untouched


@pytest.mark.django_db
def test_an_oversized_body_is_refused_before_it_is_read(client, clinic):
    response = client.post(FORM_URL, report_data(description="x" * 40_000))

    assert response.status_code == 413
    assert not BarrierReport.objects.exists()


@pytest.mark.django_db
def test_a_description_over_its_limit_is_refused_with_a_message(client, clinic):
    response = client.post(FORM_URL, report_data(description="x" * 2001))

    assert "at most 2000 characters" in response.content.decode()
    assert not BarrierReport.objects.exists()


@pytest.mark.django_db
def test_the_form_needs_its_csrf_token(clinic):
    client = Client(enforce_csrf_checks=True)

    response = client.post(FORM_URL, report_data())

    assert response.status_code == 403
    assert not BarrierReport.objects.exists()


@pytest.mark.django_db
def test_a_thanks_link_that_is_forged_or_old_shows_no_reference(client, clinic):
    response = client.get("/accessibility-report/thanks/ACC-22222:forged/")

    assert response.status_code == 404
    assert "ACC-22222" not in response.content.decode()


# The staff notice, over real SMTP and the real worker


@pytest.mark.django_db(transaction=True)
def test_staff_are_told_once_with_the_page_and_no_visitor_data(
    client, clinic, smtp_server, run_worker, settings
):
    settings.SITE_URL = "https://www.example-clinic.test"
    smtp_server.start()
    NoticeRecipientFactory(email="frontdesk@clinic.example")
    NoticeRecipientFactory(email="other-location@clinic.example", location=LocationFactory(name="Pasadena"))

    client.post(FORM_URL, report_data(page="/conditions/sciatica/"))
    run_worker()
    run_worker()  # a second look sends nothing more

    report = BarrierReport.objects.get()
    [message] = smtp_server.messages
    assert message["To"] == "frontdesk@clinic.example"  # the default list, as for a consultation notice
    text = smtp_server.inbox.text_of(message)
    assert "An accessibility barrier was reported on /conditions/sciatica/" in text
    assert report.reference in text and report.reference in message["Subject"]
    assert f"https://www.example-clinic.test/admin/consultations/barrierreport/{report.pk}/change/" in text
    for private in VISITOR_VALUES:
        assert private not in text, private
        assert private not in message.as_string(), private
    assert report.notifications.get().status == Notification.Status.SENT


@pytest.mark.django_db(transaction=True)
def test_a_notice_that_fails_is_retried_and_still_sent_once(client, clinic, smtp_server, run_worker):
    NoticeRecipientFactory(email="frontdesk@clinic.example")

    client.post(FORM_URL, report_data())
    run_worker()  # the mail server is down
    notification = Notification.objects.get()
    assert notification.status == Notification.Status.FAILING
    smtp_server.start()
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())
    run_worker()
    run_worker()

    assert len(smtp_server.messages) == 1
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (Notification.Status.SENT, 2)


# The admin


@pytest.mark.django_db
def test_front_desk_and_editors_list_reports_by_page_without_contact_details(
    front_desk_client, editor_client
):
    report = BarrierReport.objects.create(
        reference="ACC-23456", page_path="/about/", description=DESCRIPTION, **CONTACT
    )
    url = reverse("admin:consultations_barrierreport_changelist")

    for staff in (front_desk_client, editor_client):
        listing = staff.get(url).content.decode()
        assert report.reference in listing and "/about/" in listing
        assert "Theodora" not in listing and DESCRIPTION[:20] not in listing
    assert not AccessLogEntry.objects.exists()


@pytest.mark.django_db
def test_opening_and_saving_a_report_is_in_the_access_log(front_desk_client, front_desk):
    report = BarrierReport.objects.create(reference="ACC-23456", description=DESCRIPTION, **CONTACT)

    page = front_desk_client.get(change_url(report)).content.decode()
    front_desk_client.post(change_url(report), {"status": "resolved", **inline_management()})

    assert "Theodora" in page and DESCRIPTION in page
    kinds = list(AccessLogEntry.objects.order_by("id").values_list("kind", "username", "rows__reference"))
    assert kinds == [
        ("barrier-opened", front_desk.username, "ACC-23456"),
        ("barrier-saved", front_desk.username, "ACC-23456"),
    ]


def inline_management():
    return {
        "notifications-TOTAL_FORMS": "0",
        "notifications-INITIAL_FORMS": "0",
        "notifications-MIN_NUM_FORMS": "0",
        "notifications-MAX_NUM_FORMS": "1000",
    }


@pytest.mark.django_db
def test_an_editor_marks_a_report_resolved_and_it_says_who_and_when(client):
    editor = EditorFactory(first_name="Maya", last_name="Chen")
    client.force_login(editor)
    report = BarrierReport.objects.create(reference="ACC-23456", description=DESCRIPTION)

    response = client.post(
        reverse("admin:consultations_barrierreport_changelist"),
        {"action": "mark_resolved", "_selected_action": [report.pk]},
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == BarrierReport.Status.RESOLVED
    assert report.resolved_by == editor and report.resolved_at is not None
    filtered = client.get(reverse("admin:consultations_barrierreport_changelist"), {"status__exact": "open"})
    assert "ACC-23456" not in filtered.content.decode()


@pytest.mark.django_db
def test_nobody_adds_a_report_in_the_admin(front_desk_client):
    assert front_desk_client.get(reverse("admin:consultations_barrierreport_add")).status_code == 403


# Retention


@pytest.mark.django_db
def test_old_resolved_reports_lose_what_the_visitor_wrote_and_their_details(settings):
    settings.CONSULTATION_RETENTION_DAYS = 30
    old = BarrierReport.objects.create(
        reference="ACC-23456", page_path="/about/", description=DESCRIPTION, status="resolved", **CONTACT
    )
    still_open = BarrierReport.objects.create(reference="ACC-34567", description=DESCRIPTION, **CONTACT)
    BarrierReport.objects.update(created_at=timezone.now() - timedelta(days=31))

    call_command("anonymize_consultation_requests", verbosity=0)

    old.refresh_from_db()
    still_open.refresh_from_db()
    assert (old.description, old.contact_name, old.contact_email, str(old.contact_phone)) == ("", "", "", "")
    assert old.anonymized_at is not None and old.page_path == "/about/"
    assert still_open.description == DESCRIPTION


@pytest.mark.django_db(transaction=True)
def test_a_barrier_notice_whose_task_was_lost_is_queued_again(client, clinic, smtp_server, run_worker):
    smtp_server.start()
    NoticeRecipientFactory(email="frontdesk@clinic.example")
    client.post(FORM_URL, report_data())
    DBTaskResult.objects.all().delete()  # as if the queue lost it

    assert notifications.notifications_requeue_stuck(stuck_after=timedelta(minutes=10)) == 1
    run_worker()

    assert len(smtp_server.messages) == 1
    assert Notification.objects.get().status == Notification.Status.SENT


@pytest.mark.django_db
def test_the_form_page_may_be_found_by_search_engines_under_one_address(client, settings):
    """The accessibility statement links here and a visitor may search for it: indexable, with one
    canonical address whatever page it was opened from (?page=…)."""
    html = client.get(FORM_URL, {"page": "/procedures/"}).content.decode()

    assert 'name="robots"' not in html
    assert f'<link rel="canonical" href="{settings.SITE_URL}/accessibility-report/">' in html
