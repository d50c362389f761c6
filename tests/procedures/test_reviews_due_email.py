"""The editors' weekly email of pages due for medical review: on its day and time, exactly once a week."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from procedures.models import Page, ReviewsDueEmail
from procedures.page_emails import reviews_due_email_send, reviews_due_recipients
from tests.concurrency import at_the_same_moment
from tests.factories import (
    ConditionFactory,
    EditorFactory,
    FrontDeskFactory,
    PhysicianFactory,
    ProcedureFactory,
)
from tests.mail import SlowInbox

LA = ZoneInfo("America/Los_Angeles")


def local(*args):
    return datetime.datetime(*args, tzinfo=LA)


# Monday 30 November 2026 (ISO week 49) at 8:00, when the email is due.
MONDAY_8AM = local(2026, 11, 30, 8, 0)


@pytest.fixture(autouse=True)
def email_settings(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    settings.PAGE_REVIEWS_EMAIL_DAY = "mon"
    settings.PAGE_REVIEWS_EMAIL_TIME = "08:00"


def due(on: datetime.date, factory=ProcedureFactory, **fields):
    """A published page whose review falls due on `on` (an interval of 0 months: due on its review date)."""
    return factory(last_reviewed=on, review_interval_months=0, **fields)


@pytest.fixture
def editors(db):
    return [
        EditorFactory(email="editor.one@clinic.example"),
        EditorFactory(email="editor.two@clinic.example"),
    ]


@pytest.fixture
def pages_due(db):
    return {
        "overdue": due(
            datetime.date(2026, 11, 9),
            title="Medial Branch Block",
            medical_reviewer=PhysicianFactory(name="Jane Doe", credentials="MD"),
        ),
        "never": ConditionFactory(title="Spinal Stenosis", last_reviewed=None),
        "soon": due(datetime.date(2026, 12, 10), title="Radiofrequency Ablation"),
        "later": due(datetime.date(2027, 1, 15), title="Not Yet Due"),
        "unpublished": due(datetime.date(2026, 11, 1), title="Unpublished Draft", status=Page.Status.DRAFT),
    }


@pytest.mark.django_db
def test_the_email_lists_overdue_then_due_pages_with_links_to_the_admin(
    editors, pages_due, recording_smtp_server
):
    assert reviews_due_email_send(now=MONDAY_8AM) is True

    [message] = recording_smtp_server.messages
    assert recording_smtp_server.inbox.recipients == [
        ["editor.one@clinic.example", "editor.two@clinic.example"]
    ]
    assert message["Subject"] == "Medical reviews due: 2 overdue, 1 within 30 days"
    assert message["Message-ID"] == "<reviews-due-2026-W49@www.example-clinic.test>"
    text = " ".join(message.get_body(("plain",)).get_content().split())
    site = "https://www.example-clinic.test"
    assert (
        "Overdue (2) "
        "- Spinal Stenosis (condition): Never reviewed. Reviewer: Nobody named. "
        f"{site}/admin/procedures/condition/{pages_due['never'].pk}/change/ "
        "- Medial Branch Block (procedure): Overdue by 3 weeks (due Nov 9, 2026). Reviewer: Jane Doe, MD. "
        f"{site}/admin/procedures/procedure/{pages_due['overdue'].pk}/change/ "
        "Due within 30 days (1) "
        "- Radiofrequency Ablation (procedure): Due in 1 week (due Dec 10, 2026)."
    ) in text
    assert f"{site}/admin/procedures/procedure/reviews-due/" in text
    assert "Not Yet Due" not in text
    assert "Unpublished Draft" not in text
    assert ReviewsDueEmail.objects.get(week=datetime.date(2026, 11, 30)).pages_listed == 3


@pytest.mark.django_db
def test_nothing_is_sent_before_the_day_and_time(editors, pages_due, recording_smtp_server):
    assert reviews_due_email_send(now=local(2026, 11, 30, 7, 59)) is False

    assert recording_smtp_server.messages == []
    assert not ReviewsDueEmail.objects.exists()


@pytest.mark.django_db
def test_the_email_goes_once_a_week_however_often_it_is_looked_at(editors, pages_due, recording_smtp_server):
    looks = [
        local(2026, 11, 30, 8, 0),
        local(2026, 11, 30, 8, 1),
        local(2026, 12, 2, 12, 0),
        local(2026, 12, 6, 23),
    ]

    assert [reviews_due_email_send(now=now) for now in looks] == [True, False, False, False]
    assert reviews_due_email_send(now=local(2026, 12, 7, 8, 0)) is True
    assert [m["Message-ID"] for m in recording_smtp_server.messages] == [
        "<reviews-due-2026-W49@www.example-clinic.test>",
        "<reviews-due-2026-W50@www.example-clinic.test>",
    ]


@pytest.mark.django_db
def test_a_worker_that_was_down_on_the_day_sends_it_later_that_week(
    editors, pages_due, recording_smtp_server
):
    assert reviews_due_email_send(now=local(2026, 12, 3, 15, 0)) is True

    assert len(recording_smtp_server.messages) == 1


@pytest.mark.django_db
def test_the_day_and_time_come_from_the_settings(editors, pages_due, recording_smtp_server, settings):
    settings.PAGE_REVIEWS_EMAIL_DAY = "wed"
    settings.PAGE_REVIEWS_EMAIL_TIME = "13:30"

    assert reviews_due_email_send(now=MONDAY_8AM) is False
    assert reviews_due_email_send(now=local(2026, 12, 2, 13, 29)) is False
    assert reviews_due_email_send(now=local(2026, 12, 2, 13, 30)) is True


@pytest.mark.django_db
def test_with_nothing_due_no_email_is_sent_and_the_log_says_so_once(editors, recording_smtp_server, caplog):
    caplog.set_level("INFO", logger="procedures.page_emails")
    due(datetime.date(2027, 3, 1))

    assert reviews_due_email_send(now=MONDAY_8AM) is False
    assert reviews_due_email_send(now=local(2026, 11, 30, 8, 1)) is False

    assert recording_smtp_server.messages == []
    assert caplog.text.count("no reviews-due email for the week of 2026-11-30") == 1
    assert ReviewsDueEmail.objects.get().done_at is not None


@pytest.mark.django_db
def test_only_active_editors_with_an_address_get_it():
    EditorFactory(email="editor@clinic.example")
    EditorFactory(email="")
    EditorFactory(email="gone@clinic.example", is_active=False)
    FrontDeskFactory(email="frontdesk@clinic.example")

    assert reviews_due_recipients() == ["editor@clinic.example"]


@pytest.mark.django_db
def test_with_no_editor_to_send_to_it_waits_and_says_so_once(pages_due, recording_smtp_server, caplog):
    EditorFactory(email="")

    assert reviews_due_email_send(now=MONDAY_8AM) is False
    assert reviews_due_email_send(now=local(2026, 11, 30, 8, 1)) is False
    assert caplog.text.count("nobody to go to") == 1

    EditorFactory(email="new.editor@clinic.example")

    assert reviews_due_email_send(now=local(2026, 11, 30, 8, 2)) is True


@pytest.mark.django_db
def test_a_failed_send_is_sent_at_the_next_look(editors, pages_due, smtp_server, caplog):
    # The mail server is down: the week's email is not marked done.
    assert reviews_due_email_send(now=MONDAY_8AM) is False
    assert ReviewsDueEmail.objects.get().done_at is None
    assert "could not be sent" in caplog.text

    smtp_server.start()

    assert reviews_due_email_send(now=local(2026, 11, 30, 8, 1)) is True
    assert len(smtp_server.messages) == 1


@pytest.mark.django_db
def test_the_command_sends_the_list_now_and_the_weekly_email_still_goes(editors, recording_smtp_server):
    today = timezone.localdate()
    due(today - datetime.timedelta(days=2), title="Medial Branch Block")
    out = StringIO()

    call_command("send_reviews_due_email", stdout=out)

    assert out.getvalue() == "Sent the editors the list of 1 page due.\n"
    [message] = recording_smtp_server.messages
    text = " ".join(message.get_body(("plain",)).get_content().split())
    assert "Medial Branch Block (procedure): Overdue by 2 days" in text
    assert not ReviewsDueEmail.objects.exists()


@pytest.mark.django_db
def test_the_command_with_nothing_due_sends_nothing_and_says_why(editors, recording_smtp_server):
    out = StringIO()

    call_command("send_reviews_due_email", stdout=out)

    assert "Nothing sent: no page is due for review" in out.getvalue()
    assert recording_smtp_server.messages == []


@pytest.mark.django_db
def test_the_command_for_cron_sends_only_the_weekly_email_once(editors, recording_smtp_server, settings):
    settings.PAGE_REVIEWS_EMAIL_TIME = "00:00"
    due(timezone.localdate() - datetime.timedelta(days=1))
    outputs = []
    for _ in range(2):
        out = StringIO()
        call_command("send_reviews_due_email", if_due=True, stdout=out)
        outputs.append(out.getvalue())

    assert outputs[0] == "Sent this week's reviews-due email.\n"
    assert outputs[1].startswith("Nothing sent: not yet due, already sent")
    assert len(recording_smtp_server.messages) == 1


@pytest.mark.django_db(transaction=True)  # the real worker needs real transactions
def test_the_worker_sends_the_weekly_email_when_it_looks(recording_smtp_server, settings, run_worker):
    # Due from Monday at midnight: whenever in the week this test runs, the email is due.
    settings.PAGE_REVIEWS_EMAIL_DAY = "mon"
    settings.PAGE_REVIEWS_EMAIL_TIME = "00:00"
    EditorFactory(email="editor@clinic.example")
    due(timezone.localdate() - datetime.timedelta(days=1), title="Medial Branch Block")

    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    [message] = recording_smtp_server.messages
    assert "Medial Branch Block" in message.get_body(("plain",)).get_content()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks, which SQLite does not have")
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("senders", [2, 4])
def test_workers_at_the_same_moment_send_one_email(senders, smtp_server):
    smtp_server.inbox = SlowInbox()
    smtp_server.start()
    EditorFactory(email="editor@clinic.example")
    due(datetime.date(2026, 11, 9))
    results = at_the_same_moment(senders, lambda: reviews_due_email_send(now=MONDAY_8AM))

    assert sorted(results) == [False] * (senders - 1) + [True]
    assert len(smtp_server.messages) == 1
    assert ReviewsDueEmail.objects.get().done_at is not None
