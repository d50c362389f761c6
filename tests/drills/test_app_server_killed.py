"""Drill: one of the two app servers dies (SIGKILL to gunicorn and its workers, as when its machine
fails) while 32 clients read pages and send the form through nginx (deploy/nginx/).

nginx sends a request that failed on the dead server to the other one when it cannot change
anything (a page load) or never reached the dead one (a send whose connection was refused). A send
the dead server had already received is never sent again by nginx (that server may have stored
it): the patient is shown the site's "can't answer" page and sends the form again, which the
form's token makes safe.
"""

import signal
import time
from collections import Counter

from tests.servers import wait_until

from .conftest import STAFF_INBOX
from .load import Load


def test_an_app_server_killed_under_load_fails_no_page_load_and_stores_no_request_twice(
    start_stack, mail_server, database, drill_figures
):
    mail_server.start()
    stack = start_stack()

    with Load(stack) as load:
        time.sleep(3)
        assert stack.app_servers[0].kill_group() == -signal.SIGKILL
        killed_after = time.monotonic() - load.started
        time.sleep(5)

    stored = Counter(
        email for (email,) in database.query("SELECT email FROM consultations_consultationrequest")
    )
    references = dict(database.query("SELECT email, reference FROM consultations_consultationrequest"))
    resent = [send for send in load.sends if send.failures]
    drill_figures(
        f"{load.summary()}; server killed after {killed_after:.1f} s; {len(stored)} requests stored, "
        f"errors shown before a resend: {[failure for send in resent for failure in send.failures]}"
    )

    # Readers (pages, the form, the thanks pages) never saw an error.
    assert load.failed_page_loads() == []
    # The load ran (a busy machine slows it, hence the low bounds).
    assert len(load.page_loads) > 50 and len(load.sends) >= 8
    # A send fails only if the dead server had received it (being served, or waiting in its
    # listening queue); nginx then answers 502 rather than pass it to the other server, and the
    # patient sends the page again. Every patient ends with their request accepted and stored once,
    # under the reference they were shown.
    assert load.errors == []
    # What they were shown: the site's own page saying so (manage.py render_unavailable_page).
    assert {failure for send in resent for failure in send.failures} <= {
        "502 Sorry, we can’t answer right now"
    }
    assert {f"patient{send.number}@example.org": send.reference for send in load.sends} == references
    assert set(stored.values()) == {1}

    # The two task workers send each stored request's notice and acknowledgement once.
    expected = {
        (reference, kind): 1 for reference in references.values() for kind in ("notice", "acknowledgement")
    }
    wait_until(
        lambda: mail_server.inbox.count_per_reference() == expected,
        timeout=60,
        message="every stored request's emails",
    )
    assert {message["To"] for message in mail_server.messages} >= {STAFF_INBOX}
