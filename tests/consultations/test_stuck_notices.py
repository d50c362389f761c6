"""An email whose sending task died with its worker is queued again, and still sent only once.

A worker killed mid-send leaves its task "running" for ever: django-tasks-db does not notice. Here
the task is claimed as db_worker claims it just before running it, and the worker then "dies";
tests/drills/test_worker_killed.py kills a real worker with SIGKILL in the middle of a send.
"""

import threading
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from consultations.models import Notification

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def request_sent(clinic, recipients, valid_data, client):
    """A patient's request with a staff notice to send (no acknowledgement: no email given)."""
    client.post("/consultation/", {**valid_data, "email": ""})
    return Notification.objects.get()


def worker_died_while_running(minutes_ago: int) -> DBTaskResult:
    task = DBTaskResult.objects.get()
    task.claim("killed-worker")
    DBTaskResult.objects.filter(pk=task.pk).update(started_at=timezone.now() - timedelta(minutes=minutes_ago))
    return task


def test_an_email_whose_worker_died_is_queued_again_and_sent_once(
    request_sent, smtp_server, run_worker, capsys
):
    smtp_server.start()
    stuck = worker_died_while_running(minutes_ago=10)
    run_worker()
    assert smtp_server.messages == []  # nothing else will ever run it

    call_command("requeue_stuck_notices")
    run_worker()

    assert "Queued 1 unsent email(s) again." in capsys.readouterr().out
    assert len(smtp_server.messages) == 1
    assert Notification.objects.get().status == Notification.Status.SENT
    stuck.refresh_from_db()
    assert stuck.status == "FAILED"
    assert stuck.exception_class_path == "consultations.notifications.WorkerLost"


def test_a_task_running_for_less_than_the_stuck_age_is_left_alone(request_sent, settings):
    settings.CONSULTATION_NOTICE_STUCK_SECONDS = 300
    running = worker_died_while_running(minutes_ago=4)

    call_command("requeue_stuck_notices")

    assert list(DBTaskResult.objects.values_list("pk", "status")) == [(running.pk, "RUNNING")]


def test_an_unsent_email_whose_task_is_gone_gets_a_new_one(request_sent, smtp_server, run_worker):
    smtp_server.start()
    DBTaskResult.objects.all().delete()  # pruned, say, or lost with a restored backup

    call_command("requeue_stuck_notices")
    run_worker()

    assert len(smtp_server.messages) == 1


def test_an_email_waiting_for_its_retry_is_not_queued_twice(request_sent, smtp_server, run_worker):
    run_worker()  # the mail server is down: a retry is queued for later
    assert Notification.objects.get().status == Notification.Status.FAILING

    call_command("requeue_stuck_notices")

    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_a_sent_email_is_never_queued_again(request_sent, smtp_server, run_worker):
    smtp_server.start()
    run_worker()
    DBTaskResult.objects.all().delete()

    call_command("requeue_stuck_notices")

    assert not DBTaskResult.objects.exists()


def test_the_worker_queues_stuck_emails_again_when_it_starts(request_sent, smtp_server, run_worker):
    smtp_server.start()
    worker_died_while_running(minutes_ago=10)

    # `run_worker` is the command production runs; the fixture gives pytest its signal handlers back.
    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    assert len(smtp_server.messages) == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs row locks, which SQLite does not have")
def test_an_email_being_sent_right_now_is_left_alone_however_old_its_task(request_sent):
    worker_died_while_running(minutes_ago=10)
    locked, release = threading.Event(), threading.Event()

    def sending():
        # As notification_send holds the row for the length of a send.
        with transaction.atomic():
            Notification.objects.select_for_update().get()
            locked.set()
            release.wait(timeout=10)
        connection.close()

    sender = threading.Thread(target=sending)
    sender.start()
    locked.wait(timeout=10)
    try:
        call_command("requeue_stuck_notices")
    finally:
        release.set()
        sender.join()

    assert not DBTaskResult.objects.filter(status="READY").exists()


def test_a_task_queued_under_the_old_task_path_still_sends_and_is_not_queued_twice(
    request_sent, smtp_server, run_worker
):
    # Tasks queued before the task moved to consultations/notifications.py name consultations/tasks.py.
    DBTaskResult.objects.update(task_path="consultations.tasks.send_notification")
    smtp_server.start()

    call_command("requeue_stuck_notices")
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    run_worker()

    assert len(smtp_server.messages) == 1
    assert Notification.objects.get().status == Notification.Status.SENT
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
