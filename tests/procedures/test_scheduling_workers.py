"""Each due schedule is carried out exactly once, however many workers look at the same moment.

Real workers run in threads here, each with its own PostgreSQL connection, as two `run_worker`
processes would; and the real task worker runs a schedule's task when its time has come.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from procedures import services
from procedures.models import Page, PublishSchedule
from procedures.scheduling import schedule_create, schedules_run_due
from tests.approved_pages import approved_changes
from tests.factories import EditorFactory, MedicalReviewerFactory, ProcedureFactory
from tests.threads import in_own_connection

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="SKIP LOCKED is PostgreSQL's"),
]
State = PublishSchedule.State


def due_publishes(count: int) -> tuple[list[Page], timezone.datetime]:
    """`count` approved new pages, each with a publish scheduled a minute from now; and that minute."""
    editor, now = EditorFactory(), timezone.now()
    pages = [approved_changes(ProcedureFactory(status=Page.Status.DRAFT)) for _ in range(count)]
    for page in pages:
        schedule_create(
            page, action=PublishSchedule.Action.PUBLISH, run_at=now + timedelta(minutes=1), by=editor
        )
    return pages, now + timedelta(minutes=1)


def test_while_one_worker_holds_the_due_schedules_a_second_finds_none_to_run():
    pages, due_at = due_publishes(3)
    first_has_run, second_is_done = threading.Event(), threading.Event()

    @in_own_connection
    def first_worker():
        # Its transaction, and so its row locks, stay open until the second worker has looked.
        with transaction.atomic():
            ran = schedules_run_due(due_at)
            first_has_run.set()
            assert second_is_done.wait(timeout=10)
        return ran

    @in_own_connection
    def second_worker():
        assert first_has_run.wait(timeout=10)
        ran = schedules_run_due(due_at)
        second_is_done.set()
        return ran

    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = pool.submit(first_worker), pool.submit(second_worker)
        assert len(first.result(timeout=20)) == 3
        assert second.result(timeout=20) == []
    assert schedules_run_due(due_at) == [], "once committed, the schedules are done: nothing runs again"
    assert set(PublishSchedule.objects.values_list("state", flat=True)) == {State.DONE}


@pytest.mark.parametrize("workers", [2, 4])
def test_workers_looking_at_the_same_moment_run_each_schedule_once(workers):
    pages, due_at = due_publishes(12)
    start = threading.Barrier(workers)

    @in_own_connection
    def worker(_):
        start.wait(timeout=10)
        return [schedule.pk for schedule in schedules_run_due(due_at)]

    with ThreadPoolExecutor(max_workers=workers) as pool:
        runs = [pk for ran in pool.map(worker, range(workers)) for pk in ran]

    assert sorted(runs) == sorted(PublishSchedule.objects.values_list("pk", flat=True))
    assert set(PublishSchedule.objects.values_list("state", flat=True)) == {State.DONE}
    assert Page.objects.filter(pk__in=[p.pk for p in pages], status=Page.Status.PUBLISHED).count() == 12


def test_the_task_worker_publishes_a_schedule_once_its_time_has_come_and_patients_see_it(run_worker):
    page = approved_changes(ProcedureFactory(title="Genicular Nerve Block", status=Page.Status.DRAFT))
    visitor = Client()
    earlier = timezone.now() - timedelta(minutes=5)
    # Scheduled five minutes ago for a moment that has just passed: its task is ready now.
    schedule = schedule_create(
        page,
        action=PublishSchedule.Action.PUBLISH,
        run_at=timezone.now() - timedelta(seconds=1),
        by=EditorFactory(),
        now=earlier,
    )
    assert visitor.get(page.get_absolute_url()).status_code == 404

    run_worker()

    schedule.refresh_from_db()
    assert schedule.state == State.DONE
    response = visitor.get(page.get_absolute_url())
    assert response.status_code == 200
    assert "Genicular Nerve Block" in response.content.decode()


def test_the_worker_leaves_a_schedule_whose_time_has_not_come(run_worker):
    page = approved_changes(ProcedureFactory(status=Page.Status.DRAFT))
    schedule = schedule_create(
        page,
        action=PublishSchedule.Action.PUBLISH,
        run_at=timezone.now() + timedelta(hours=1),
        by=EditorFactory(),
    )

    run_worker()
    # The production command, whose sweep runs what is due, leaves it too.
    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    schedule.refresh_from_db()
    assert schedule.state == State.SCHEDULED
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT


def test_the_worker_sweep_runs_a_schedule_whose_task_was_lost(run_worker):
    """A schedule due while no worker ran (or whose queued task was deleted) runs at the next sweep."""
    page = approved_changes(ProcedureFactory(status=Page.Status.DRAFT))
    schedule = schedule_create(
        page,
        action=PublishSchedule.Action.PUBLISH,
        run_at=timezone.now() - timedelta(seconds=1),
        by=EditorFactory(),
        now=timezone.now() - timedelta(minutes=5),
    )
    DBTaskResult.objects.all().delete()

    call_command("run_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    schedule.refresh_from_db()
    assert schedule.state == State.DONE


def test_whoever_scheduled_a_publish_that_failed_gets_one_email_saying_why(run_worker, recording_smtp_server):
    editor = EditorFactory(email="editor@clinic.example")
    page = approved_changes(ProcedureFactory(title="Genicular Nerve Block", status=Page.Status.DRAFT))
    schedule_create(
        page,
        action=PublishSchedule.Action.PUBLISH,
        run_at=timezone.now() - timedelta(seconds=1),
        by=editor,
        now=timezone.now() - timedelta(minutes=5),
    )
    services.page_send_back(page, by=MedicalReviewerFactory(), reason="Add the risks.")

    run_worker()
    run_worker()

    inbox = recording_smtp_server.inbox
    to_editor = [m for m, to in zip(inbox.messages, inbox.recipients, strict=True) if to == [editor.email]]
    assert len(to_editor) == 1
    text = inbox.text_of(to_editor[0])
    assert text.startswith("Not done: publish “Genicular Nerve Block” as scheduled")
    assert "Nothing was published. Its changes are “Being written”, not medically approved" in text
    assert f"/admin/procedures/procedure/{page.pk}/change/" in text
    assert PublishSchedule.objects.get().failure_emailed_at is not None
