"""Drill: PostgreSQL stops while patients use the site, and starts again; gunicorn is not restarted."""

import threading
import time

from procedures import page_cache
from tests.servers import wait_until

from .browser import Browser, patient, reference_on
from .conftest import FILL_SECONDS, submit

OUTAGE_HEADING = "Sorry, we can’t answer right now"
PAGES = ["/", "/procedures/", "/procedures/lumbar-facet-injections/", "/conditions/"]


class Traffic(threading.Thread):
    """Patients reading pages and sending the form, one after another, until stopped."""

    def __init__(self, port: int):
        super().__init__(daemon=True)
        self.port = port
        self.responses = []
        self.accepted = []
        self.stopping = threading.Event()

    def run(self):
        number = 100
        while not self.stopping.is_set():
            for path in PAGES:
                self.responses.append(Browser(self.port).get(path))
            number += 1
            browser = Browser(self.port, address=f"198.18.1.{number % 250}")
            form, hidden = browser.open_form()
            self.responses.append(form)
            if form.status != 200:
                continue
            time.sleep(FILL_SECONDS)
            sent = browser.send_form(hidden, patient(number))
            self.responses.append(sent)
            if sent.status == 302:
                thanks = browser.follow(sent)
                self.responses.append(thanks)
                self.accepted.append(thanks)

    def stop(self):
        self.stopping.set()
        self.join(timeout=30)


def test_during_a_database_outage_visitors_get_the_503_page_and_the_same_gunicorn_recovers(
    start_site, start_worker, mail_server, database, drill_cluster
):
    postgres, _ = drill_cluster
    mail_server.start()
    site, port = start_site()
    worker = start_worker()
    before = submit(port, 1)
    traffic = Traffic(port)
    traffic.start()
    # A patient who opened the form before the outage sends it during the outage.
    late_patient = Browser(port, address="198.18.2.1")
    _, hidden = late_patient.open_form()
    time.sleep(FILL_SECONDS)

    postgres.stop()
    try:
        during = late_patient.send_form(hidden, patient(2, last_name="Outage"))
        # A page a worker served in the last second may still come from its memory
        # (procedures/page_cache.py); after that, pages need the database too.
        time.sleep(page_cache.LOCAL_COPY_SECONDS + 0.2)
        page_during = Browser(port).get("/procedures/")
        time.sleep(1)
    finally:
        postgres.start()

    # The patient is told, in the site's design, that the request did not reach the clinic.
    for response in (during, page_during):
        assert response.status == 503
        assert response.heading == OUTAGE_HEADING
        assert response.headers["Retry-After"] == "30"
        assert "no-store" in response.headers["Cache-Control"]
        assert "Traceback" not in response.text
    assert "If you were sending us a consultation request, it was not received." in during.text
    # The same gunicorn answers again, without a restart.
    wait_until(lambda: Browser(port).get("/").status == 200, timeout=15, message="the site to answer again")
    time.sleep(2 * FILL_SECONDS)
    traffic.stop()
    assert site.alive()
    after = submit(port, 3)

    statuses = {response.status for response in traffic.responses}
    assert statuses <= {200, 302, 503}, statuses
    assert 503 in statuses
    outage_pages = [response for response in traffic.responses if response.status == 503]
    assert all(response.heading == OUTAGE_HEADING for response in outage_pages)
    assert not any("Traceback" in response.text for response in traffic.responses)
    # Every request the site accepted is stored; the one it turned away is not.
    accepted = {before, after} | {reference_on(thanks) for thanks in traffic.accepted}
    assert database.references() == accepted
    assert database.query(
        "SELECT count(*) FROM consultations_consultationrequest WHERE last_name = 'Outage'"
    ) == [(0,)]
    # The worker waited for the database instead of exiting, and every notice goes out once.
    assert worker.alive()
    wait_until(
        lambda: database.notification_states() == {"sent": 2 * len(accepted)},
        timeout=30,
        message="every email to be sent",
    )
    counts = mail_server.inbox.count_per_reference()
    assert counts == {
        (reference, kind): 1 for reference in accepted for kind in ("notice", "acknowledgement")
    }
