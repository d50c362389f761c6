"""Drill: the mail server is down while a burst of patients send the form, and comes back later."""

import time

from tests.servers import wait_until

from .conftest import submit_burst

PATIENTS = 10


def test_every_notice_of_a_burst_sent_while_mail_is_down_arrives_once_when_it_returns(
    start_site, start_worker, mail_server, database
):
    _, port = start_site()
    start_worker()

    references = submit_burst(port, PATIENTS)

    # Each request gets a staff notice and an acknowledgement: all saved, all failing for now.
    assert database.references() == set(references)
    wait_until(
        lambda: (
            database.query("SELECT count(*) FROM consultations_notification WHERE attempts >= 2")
            == [(2 * PATIENTS,)]
        ),
        timeout=30,
        message="every email to have failed twice while the mail server is down",
    )
    assert database.notification_states() == {"failing": 2 * PATIENTS}
    assert mail_server.messages == []

    mail_server.start()

    wait_until(
        lambda: database.notification_states() == {"sent": 2 * PATIENTS},
        timeout=30,
        message="every email to be sent",
    )
    # Longer than the longest retry delay: a duplicate still queued would have gone out by now.
    time.sleep(3)
    expected = {(reference, kind): 1 for reference in references for kind in ("notice", "acknowledgement")}
    assert mail_server.inbox.count_per_reference() == expected
    assert set(database.task_states()) <= {"SUCCESSFUL"}
