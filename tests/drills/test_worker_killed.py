"""Drill: the task worker is killed (SIGKILL) in the middle of sending a notice, then started again."""

import signal
import time

from tests.servers import wait_until

from .conftest import submit_burst

PATIENTS = 3


def test_a_worker_killed_mid_send_loses_no_notice_and_its_stuck_task_is_run_again(
    start_site, start_worker, mail_server, database
):
    _, port = start_site()
    references = submit_burst(port, PATIENTS)
    # The mail server takes the first message but holds its answer: the worker waits on it.
    mail_server.inbox.stalled.set()
    mail_server.start()
    worker = start_worker()
    wait_until(mail_server.inbox.holding.is_set, timeout=30, message="the worker to be sending")

    assert worker.kill() == -signal.SIGKILL

    # The sender hung up before the server's answer: nothing was delivered. The task stays
    # "running" for ever (django-tasks-db does not notice a dead worker), and the email's row is
    # as before the send, whose transaction died with the worker.
    assert mail_server.messages == []
    [(stuck_task, email_id)] = database.query(
        "SELECT id, (args_kwargs->'args'->>0)::int FROM django_tasks_database_dbtaskresult"
        " WHERE status = 'RUNNING'"
    )
    assert database.query(
        "SELECT status, attempts FROM consultations_notification WHERE id = %s", [email_id]
    ) == [("pending", 0)]

    mail_server.inbox.stalled.clear()
    start_worker()

    wait_until(
        lambda: database.notification_states() == {"sent": 2 * PATIENTS},
        timeout=30,
        message="every email to be sent",
    )
    time.sleep(2)  # a duplicate task, had one been queued, would have run by now
    expected = {(reference, kind): 1 for reference in references for kind in ("notice", "acknowledgement")}
    assert mail_server.inbox.count_per_reference() == expected
    # The stuck task is recorded as failed, its worker lost; a new task sent its email.
    assert database.query(
        "SELECT status, exception_class_path FROM django_tasks_database_dbtaskresult WHERE id = %s",
        [stuck_task],
    ) == [("FAILED", "consultations.notifications.WorkerLost")]
    assert database.query(
        "SELECT count(*) FROM django_tasks_database_dbtaskresult"
        " WHERE status = 'SUCCESSFUL' AND (args_kwargs->'args'->>0)::int = %s",
        [email_id],
    ) == [(1,)]
    assert database.task_states() == {"SUCCESSFUL": 2 * PATIENTS, "FAILED": 1}
