"""The front desk's home: counts that lead to their part of the queue, and the queue in working order."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from consultations import front_desk
from consultations.models import AccessLogEntry, CallAttempt, ConsultationRequest
from tests.factories import (
    ConsultationRequestFactory,
    FrontDeskFactory,
    FrontDeskLeadFactory,
    ProcedureFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

HOME = reverse("admin:consultations_consultationrequest_home")
INBOX = reverse("admin:consultations_consultationrequest_changelist")
Status = ConsultationRequest.Status


@pytest.fixture(autouse=True)
def plain_hours(settings):
    """Every hour is a business hour and the response target is two hours: "overdue" is easy to reach."""
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"
    settings.CONSULTATION_RESPONSE_TARGET_MINUTES = 120


def request(*, hours_ago: float, **fields) -> ConsultationRequest:
    made = ConsultationRequestFactory(**fields)
    received = timezone.now() - timedelta(hours=hours_ago)
    ConsultationRequest.objects.filter(pk=made.pk).update(created_at=received)
    made.refresh_from_db()
    return made


def statements_run(action) -> list[str]:
    """The SQL statements that `action` sends to the database."""
    statements = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        action()
    return statements


def change_url(obj):
    return reverse("admin:consultations_consultationrequest_change", args=[obj.pk])


def queue_references(html: str) -> list[str]:
    return re.findall(r'class="front-desk-reference">(APM-[A-Z0-9]+)<', html)


def counts(html: str) -> dict[str, int]:
    found = re.findall(
        r'front-desk-count-number">(\d+)</span>\s*<span class="front-desk-count-label">([^<]+)<', html
    )
    return {label: int(number) for number, label in found}


def test_the_home_counts_what_is_waiting_and_lists_the_queue_in_working_order(front_desk_client):
    tried = {"status": Status.ATTEMPTED, "first_responded_at": timezone.now() - timedelta(hours=3)}
    waiting = request(hours_ago=30, next_callback_at=timezone.now() + timedelta(hours=2), **tried)
    new = request(hours_ago=0.5)
    overdue = request(hours_ago=5)
    callback_due = request(
        hours_ago=40,
        status=Status.CONTACTED,
        first_responded_at=timezone.now() - timedelta(hours=30),
        first_reached_at=timezone.now() - timedelta(hours=30),
        next_callback_at=timezone.now() - timedelta(minutes=5),
    )
    urgent = request(hours_ago=0.1, is_urgent=True)
    scheduled = request(hours_ago=1, status=Status.SCHEDULED)
    closed = request(hours_ago=1, status=Status.CLOSED)
    CallAttempt.objects.create(consultation_request=waiting, outcome="no-answer")

    html = front_desk_client.get(HOME).content.decode()

    assert queue_references(html) == [
        urgent.reference,
        callback_due.reference,
        overdue.reference,
        new.reference,
        waiting.reference,
    ]
    assert scheduled.reference not in html and closed.reference not in html
    assert counts(html) == {
        "Urgent, not yet reached": 1,
        "Callbacks due now": 1,
        "Overdue": 1,
        "New": 1,
        "Attempted today": 1,
    }


def test_each_count_links_to_its_part_of_the_queue(front_desk_client):
    urgent = request(hours_ago=0.1, is_urgent=True)
    new = request(hours_ago=0.5)

    home = front_desk_client.get(HOME).content.decode()
    assert f'href="{HOME}?show=urgent#queue"' in home
    assert f'href="{HOME}?show=new#queue"' in home

    only_urgent = front_desk_client.get(HOME, {"show": "urgent"}).content.decode()
    assert queue_references(only_urgent) == [urgent.reference]
    assert queue_references(front_desk_client.get(HOME, {"show": "new"}).content.decode()) == [new.reference]


def test_attempted_today_links_to_the_requests_called_since_the_clinics_midnight(front_desk_client):
    called = request(hours_ago=3, status=Status.SCHEDULED)
    CallAttempt.objects.create(consultation_request=called, outcome="scheduled")
    called_yesterday = request(hours_ago=50, status=Status.ATTEMPTED)
    attempt = CallAttempt.objects.create(consultation_request=called_yesterday, outcome="no-answer")
    CallAttempt.objects.filter(pk=attempt.pk).update(at=timezone.now() - timedelta(days=2))

    home = front_desk_client.get(HOME).content.decode()
    assert f'href="{INBOX}?status=all&amp;attempted=today"' in home

    listed = front_desk_client.get(INBOX, {"status": "all", "attempted": "today"})
    assert [obj.reference for obj in listed.context["cl"].result_list] == [called.reference]


def test_urgent_and_overdue_rows_say_so_in_words(front_desk_client):
    request(hours_ago=0.1, is_urgent=True)
    request(hours_ago=5)
    request(hours_ago=0.5)

    html = front_desk_client.get(HOME).content.decode()

    assert re.search(r"<strong[^>]*>Urgent</strong>", html)
    assert re.search(r"<strong[^>]*>Overdue</strong>", html)
    assert html.count("front-desk-row-flagged") == 2


def test_a_returning_patient_is_marked_by_an_earlier_request_with_the_same_phone_or_email(front_desk_client):
    request(hours_ago=400, phone="+13105550187", email="one@example.org", status=Status.CLOSED)
    request(hours_ago=300, phone="+13105550100", email="Two@Example.org", status=Status.CLOSED)
    same_phone = request(hours_ago=1, phone="+13105550187", email="other@example.org")
    same_email = request(hours_ago=1, phone="+13105550111", email="two@example.org")
    first_time = request(hours_ago=1, phone="+13105550122", email="three@example.org")

    rows = {r.pk: r.is_returning for r in ConsultationRequest.objects.with_returning()}
    assert rows[same_phone.pk] and rows[same_email.pk]
    assert not rows[first_time.pk]
    assert front_desk_client.get(HOME).content.decode().count("Returning patient") == 2


def test_anonymized_requests_with_no_phone_or_email_are_not_returning_patients():
    request(hours_ago=10, phone="", email="")
    later = request(hours_ago=1, phone="", email="")

    assert not ConsultationRequest.objects.with_returning().get(pk=later.pk).is_returning


def test_times_are_shown_in_the_clinics_time_zone(front_desk_client, settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    at = datetime(2026, 3, 3, 4, 30, tzinfo=UTC)  # 8:30 pm on Mon 2 March in Los Angeles
    made = ConsultationRequestFactory(status=Status.ATTEMPTED, next_callback_at=at, first_responded_at=at)
    ConsultationRequest.objects.filter(pk=made.pk).update(created_at=at - timedelta(days=1))

    html = front_desk_client.get(HOME).content.decode()

    assert "Mon Mar 2, 8:30 p.m." in html
    assert "4:30" not in html


def test_a_row_shows_the_phone_topic_attempts_and_who_is_on_it(front_desk, front_desk_client):
    colleague = FrontDeskFactory(first_name="Ana", last_name="Flores")
    request(
        hours_ago=1,
        phone="+13105550187",
        procedure=ProcedureFactory(title="Epidural steroid injection"),
        attempt_count=2,
        status=Status.ATTEMPTED,
        claimed_by=colleague,
        claimed_until=timezone.now() + timedelta(minutes=5),
        assigned_to=front_desk,
    )

    html = front_desk_client.get(HOME).content.decode()

    assert 'href="tel:+13105550187">(310) 555-0187</a>' in html
    assert "Epidural steroid injection" in html
    assert "On it: Ana Flores" in html
    assert f"Assigned: {front_desk.username}" in html
    assert '<td class="front-desk-number">2</td>' in html


def test_each_row_opens_the_request_in_work_mode_and_start_calling_takes_the_next(front_desk_client):
    first = request(hours_ago=0.1, is_urgent=True)
    second = request(hours_ago=1)
    work = "admin:consultations_consultationrequest_work"

    html = front_desk_client.get(HOME).content.decode()

    assert f'<a href="{reverse(work, args=[first.pk])}">' in html
    assert f'<a href="{reverse(work, args=[second.pk])}">' in html
    start = reverse("admin:consultations_consultationrequest_work_next")
    assert re.search(rf'href="{start}">Start calling<', html)


def test_a_view_only_account_reads_the_queue_without_a_start_calling_button(client):
    # An auditor, say: work mode changes requests, which this account may not do.
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_consultationrequest"))
    client.force_login(viewer)
    request(hours_ago=1)

    html = client.get(HOME).content.decode()

    assert "front-desk-reference" in html
    assert "Start calling" not in html


def test_the_queue_is_paged_without_counting_the_whole_table(front_desk_client):
    made = [request(hours_ago=100 - n) for n in range(30)]
    pages = []
    statements = statements_run(lambda: pages.append(front_desk_client.get(HOME).content.decode()))
    first_page = pages[0]
    second_page = front_desk_client.get(HOME, {"page": 2}).content.decode()

    assert queue_references(first_page) == [r.reference for r in made[:25]]
    assert queue_references(second_page) == [r.reference for r in made[25:]]
    assert f'href="{HOME}?page=2#queue"' in first_page
    assert "Next page" not in second_page
    # Counts run over the open requests only (the queue), never over the whole table.
    counting = [sql for sql in statements if "COUNT(" in sql.upper() and "consultationrequest" in sql]
    assert counting and all("WHERE" in sql for sql in counting)


def test_the_home_runs_the_same_few_queries_however_long_the_queue(front_desk_client):
    request(hours_ago=1, procedure=ProcedureFactory(), assigned_to=FrontDeskFactory())
    front_desk_client.get(HOME)  # warm up the session and content types
    few = statements_run(lambda: front_desk_client.get(HOME))

    for n in range(40):
        urgent = n % 3 == 0
        request(hours_ago=n, procedure=ProcedureFactory(), assigned_to=FrontDeskFactory(), is_urgent=urgent)
    many = statements_run(lambda: front_desk_client.get(HOME))

    assert len(many) == len(few) <= 16


def test_the_requests_a_page_shows_are_access_logged(front_desk, front_desk_client):
    shown = [request(hours_ago=n) for n in (3, 2, 1)]

    front_desk_client.get(HOME)

    entry = AccessLogEntry.objects.get()
    assert (entry.user, entry.kind, entry.path) == (front_desk, AccessLogEntry.Kind.LISTED, HOME)
    assert set(entry.consultation_requests.all()) == set(shown)


def test_an_editor_cannot_open_the_front_desk_home(editor_client):
    request(hours_ago=1)

    assert editor_client.get(HOME).status_code == 403
    assert not AccessLogEntry.objects.exists()


def test_the_admin_index_leads_the_front_desk_to_its_home(front_desk_client, editor_client):
    index = reverse("admin:index")

    assert f'href="{HOME}"' in front_desk_client.get(index).content.decode()
    assert f'href="{HOME}"' not in editor_client.get(index).content.decode()


def test_administrators_see_one_banner_on_the_home_while_no_notice_recipient_exists(
    admin_client, front_desk_client, recipients
):
    recipients[0].delete()

    assert admin_client.get(HOME).content.decode().count("No notice recipients are set up") == 1
    assert "No notice recipients are set up" not in front_desk_client.get(HOME).content.decode()


def test_an_odd_page_or_part_of_the_queue_in_the_address_still_shows_the_queue(front_desk_client):
    made = request(hours_ago=1)

    for params in [{"page": "abc"}, {"page": "-3"}, {"page": "99999999"}, {"show": "nonsense"}]:
        response = front_desk_client.get(HOME, params)
        assert response.status_code == 200
    assert queue_references(front_desk_client.get(HOME, {"page": "abc"}).content.decode()) == [made.reference]


def test_an_empty_queue_says_there_is_nothing_to_call(front_desk_client):
    request(hours_ago=1, status=Status.SCHEDULED)

    html = front_desk_client.get(HOME).content.decode()

    assert "Nothing to call" in html
    assert not AccessLogEntry.objects.exists()


def test_someone_not_logged_in_is_sent_to_the_login_page(client):
    response = client.get(HOME)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_a_link_to_an_admin_page_not_registered_falls_back_instead_of_failing():
    # Work mode's pages come with their own branch: until then rows lead to the change page.
    assert front_desk.admin_url("consultations_consultationrequest_changelist") == INBOX
    assert front_desk.admin_url("consultations_consultationrequest_no_such_page", fallback="/x/") == "/x/"


def test_the_home_links_leads_to_the_figures_and_nobody_else(client, front_desk_client):
    lead = FrontDeskLeadFactory()
    client.force_login(lead)
    home = reverse("admin:consultations_consultationrequest_home")
    figures = reverse("admin:consultations_figures")

    assert figures in client.get(home).content.decode()
    assert figures not in front_desk_client.get(home).content.decode()
