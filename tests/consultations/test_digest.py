"""The front desk leads' daily digest: counts only, at the configured time, exactly once a day."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import connection

from consultations.digest import daily_digest_send, digest_counts, digest_recipients
from consultations.models import ConsultationRequest, DailyDigest
from tests.concurrency import at_the_same_moment
from tests.factories import ConsultationRequestFactory, FrontDeskFactory, FrontDeskLeadFactory
from tests.mail import SlowInbox

Status = ConsultationRequest.Status
LA = ZoneInfo("America/Los_Angeles")


def local(*args):
    return datetime(*args, tzinfo=LA)


# Wednesday 11 March 2026, a quarter of an hour after the digest is due.
NOW = local(2026, 3, 11, 7, 45)
MARKERS = {
    "first_name": "Xanthippe",
    "last_name": "Marker-Lastname",
    "phone": "+13105550177",
    "email": "marker.patient@example.org",
    "description": "MARKER-PAIN-DESCRIPTION lost bladder control",
}


@pytest.fixture(autouse=True)
def digest_settings(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri"
    settings.CONSULTATION_BUSINESS_HOURS = "08:00-17:00"
    settings.CONSULTATION_RESPONSE_TARGET_MINUTES = 120
    settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT = 3
    settings.CONSULTATION_DIGEST_TIME = "07:30"
    settings.CONSULTATION_DIGEST_RECIPIENTS = []


def received(at, **fields):
    made = ConsultationRequestFactory(**fields)
    ConsultationRequest.objects.filter(pk=made.pk).update(created_at=at)
    return made


@pytest.fixture
def leads(db):
    return [
        FrontDeskLeadFactory(email="lead.one@clinic.example"),
        FrontDeskLeadFactory(email="lead.two@clinic.example"),
    ]


@pytest.fixture
def day_of_requests(db):
    """A morning's queue whose counts are worked out by hand, the patient's details all marker values."""
    # Monday morning, urgent and never answered: new, urgent and overdue.
    marked = received(local(2026, 3, 9, 10, 0), is_urgent=True, urgent_reasons="bladder", **MARKERS)
    # Monday 4 pm, first called on Tuesday at 9 am (two business hours), three calls unanswered.
    received(
        local(2026, 3, 9, 16, 0),
        status=Status.ATTEMPTED,
        first_responded_at=local(2026, 3, 10, 9, 0),
        attempt_count=3,
        unanswered_attempts=3,
    )
    # Yesterday at 4 pm, within the response target still: new, not overdue.
    received(local(2026, 3, 10, 16, 0))
    # Yesterday, reached after 30 minutes.
    received(
        local(2026, 3, 10, 10, 0),
        status=Status.CONTACTED,
        first_responded_at=local(2026, 3, 10, 10, 30),
        first_reached_at=local(2026, 3, 10, 10, 30),
    )
    # Spam, and a closed request from long ago: never counted.
    received(local(2026, 3, 10, 11, 0), status=Status.SPAM, first_responded_at=local(2026, 3, 10, 11, 5))
    received(local(2025, 3, 10, 11, 0), status=Status.CLOSED, first_responded_at=local(2025, 3, 10, 11, 5))
    return marked


def test_the_digest_counts_the_queue_and_yesterdays_first_calls(day_of_requests):
    counts = digest_counts(now=NOW)

    assert counts == {
        "received_yesterday": 2,
        "new": 2,
        "urgent": 1,
        "overdue": 1,
        "unreached": 1,
        "first_called_yesterday": 2,
        "median_to_first_attempt": 75,
    }


def test_the_digest_goes_to_the_leads_with_counts_and_links_and_no_patient_data(
    day_of_requests, leads, recording_smtp_server
):
    assert daily_digest_send(now=NOW) is True

    [message] = recording_smtp_server.messages
    text = recording_smtp_server.inbox.text_of(message)
    assert recording_smtp_server.inbox.recipients == [["lead.one@clinic.example", "lead.two@clinic.example"]]
    assert message["Subject"] == "Front desk digest for Wed, Mar 11: 1 urgent, 1 overdue, 2 new"
    for line in [
        "New, not yet called:                      2",
        "Urgent, not yet reached:                  1",
        "Not reached after 3 or more unanswered calls: 1",
        "Requests received (spam left out):        2",
        "Median time to first attempt:             1 h 15 min",
        "https://www.example-clinic.test/admin/consultations/consultationrequest/",
        "https://www.example-clinic.test/admin/consultations/consultationrequest/figures/",
    ]:
        assert line in text
    assert "Overdue (no response within two business hours): 1" in text
    for detail in [
        *MARKERS.values(),
        "Xanthippe",
        "Marker",
        "5550177",
        "555-0177",
        "bladder",
        day_of_requests.reference,
    ]:
        assert detail.lower() not in text.lower()


def test_nothing_is_sent_before_the_digest_time(leads, recording_smtp_server):
    assert daily_digest_send(now=local(2026, 3, 11, 7, 29)) is False

    assert recording_smtp_server.messages == []
    assert not DailyDigest.objects.exists()


def test_the_digest_is_sent_once_however_often_it_is_looked_at(leads, recording_smtp_server):
    sent = [daily_digest_send(now=local(2026, 3, 11, hour, 0)) for hour in (8, 9, 23)]

    assert sent == [True, False, False]
    assert len(recording_smtp_server.messages) == 1
    assert DailyDigest.objects.get(day="2026-03-11").sent_at is not None


def test_the_next_day_has_a_digest_of_its_own(leads, recording_smtp_server):
    daily_digest_send(now=local(2026, 3, 11, 8, 0))
    daily_digest_send(now=local(2026, 3, 12, 8, 0))

    assert [m["Message-ID"] for m in recording_smtp_server.messages] == [
        "<daily-digest-2026-03-11@www.example-clinic.test>",
        "<daily-digest-2026-03-12@www.example-clinic.test>",
    ]


def test_a_failed_send_is_kept_and_sent_at_the_next_look(leads, smtp_server, caplog):
    # The mail server is down: the digest is not marked sent.
    assert daily_digest_send(now=local(2026, 3, 11, 8, 0)) is False
    assert DailyDigest.objects.get().sent_at is None
    assert "could not be sent" in caplog.text

    smtp_server.start()

    assert daily_digest_send(now=local(2026, 3, 11, 8, 1)) is True
    assert len(smtp_server.messages) == 1


def test_with_nobody_to_send_to_the_digest_waits_and_says_so_once(db, recording_smtp_server, caplog):
    FrontDeskFactory(email="not.a.lead@clinic.example")
    FrontDeskLeadFactory(email="")

    assert daily_digest_send(now=local(2026, 3, 11, 8, 0)) is False
    assert daily_digest_send(now=local(2026, 3, 11, 8, 1)) is False
    assert caplog.text.count("nobody to go to") == 1

    FrontDeskLeadFactory(email="late.lead@clinic.example")

    assert daily_digest_send(now=local(2026, 3, 11, 8, 2)) is True


def test_the_recipients_setting_replaces_the_group(leads, settings):
    settings.CONSULTATION_DIGEST_RECIPIENTS = ["desk-leads@clinic.example"]

    assert digest_recipients() == ["desk-leads@clinic.example"]


def test_inactive_leads_get_no_digest(leads):
    leads[0].is_active = False
    leads[0].save()

    assert digest_recipients() == ["lead.two@clinic.example"]


def test_the_command_for_cron_sends_the_digest_once(leads, recording_smtp_server, settings):
    settings.CONSULTATION_DIGEST_TIME = "00:00"

    call_command("send_daily_digest")
    call_command("send_daily_digest")

    assert len(recording_smtp_server.messages) == 1


@pytest.fixture
def digest_address(settings):
    """A recipient by setting: a transactional test cannot count on the groups its migration made,
    since another such test may have emptied every table before it."""
    settings.CONSULTATION_DIGEST_RECIPIENTS = ["lead.one@clinic.example"]


@pytest.mark.django_db(transaction=True)  # the real worker needs real transactions
def test_the_worker_sends_the_digest_when_it_looks(
    digest_address, recording_smtp_server, settings, run_worker
):
    settings.CONSULTATION_DIGEST_TIME = "00:00"

    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    assert len(recording_smtp_server.messages) == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks, which SQLite does not have")
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("senders", [2, 4])
def test_senders_at_the_same_moment_send_one_digest(senders, smtp_server, digest_address):
    smtp_server.inbox = SlowInbox()
    smtp_server.start()
    results = at_the_same_moment(senders, lambda: daily_digest_send(now=local(2026, 3, 11, 8, 0)))

    assert sorted(results) == [False] * (senders - 1) + [True]
    assert len(smtp_server.messages) == 1
    assert DailyDigest.objects.get().sent_at is not None
