"""Steady traffic through the stack's nginx for the drills that restart or kill its servers.

Readers load the site's pages one after another; patients open the form, take a second to fill it
in and send it, each with details of their own (patient number n writes patient<n>@example.org), so
that the database shows which sends were stored and how often.
"""

import itertools
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .browser import FORM_PATH, REFERENCE, Browser, hidden_fields, patient
from .conftest import FILL_SECONDS, Stack

PAGES = [
    "/",
    "/procedures/",
    "/procedures/lumbar-facet-injections/",
    "/conditions/",
    "/consultation/",
]
# Between a reader's pages: enough to leave the two cores to the servers, the client's own cost.
READER_PAUSE_SECONDS = 0.05


# How often a patient sends the same page again after an error before giving up.
RESENDS = 2


@dataclass
class Send:
    number: int
    status: int  # the last answer: 302 accepted, 0 given up
    reference: str | None
    failures: list[str]  # what each earlier try got


@dataclass
class Load:
    """`readers` + `patients` clients (32 in all by default) running until stop()."""

    stack: Stack
    readers: int = 24
    patients: int = 8
    page_loads: list[tuple[str, int, float]] = field(default_factory=list)
    sends: list[Send] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __post_init__(self):
        self._stopping = threading.Event()
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._read, args=[n]) for n in range(self.readers)]
        self._threads += [threading.Thread(target=self._send) for _ in range(self.patients)]

    def __enter__(self):
        self.started = time.monotonic()
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def stop(self):
        self._stopping.set()
        for thread in self._threads:
            thread.join(timeout=60)
        self.seconds = time.monotonic() - self.started

    def _load(self, browser: Browser, path: str):
        try:
            response = browser.get(path)
        except OSError as error:
            self._record_page(path, 0, 0.0, f"GET {path}: {error!r}")
            return None
        problem = None if response.status == 200 else f"GET {path}: {response.status} {response.heading}"
        self._record_page(path, response.status, response.seconds, problem)
        return response

    def _record_page(self, path, status, seconds, problem):
        with self._lock:
            self.page_loads.append((path, status, seconds))
            if problem:
                self.errors.append(problem)

    def _read(self, reader: int):
        browser = self.stack.browser(reader)
        for path in itertools.cycle(PAGES):
            if self._stopping.is_set():
                return
            self._load(browser, path)
            time.sleep(READER_PAUSE_SECONDS)

    def _send(self):
        while not self._stopping.is_set():
            number = next(self._numbers)
            browser = self.stack.browser(number)
            form = self._load(browser, FORM_PATH)
            if form is None or form.status != 200:
                continue
            hidden = hidden_fields(form)
            time.sleep(FILL_SECONDS)
            self._record_send(self._send_until_answered(browser, number, hidden))

    def _send_until_answered(self, browser: Browser, number: int, hidden: dict) -> Send:
        """Send the form; when the site did not answer (a 502 from nginx, no answer at all), send the
        same page again, as a patient shown an error presses the button again."""
        failures = []
        for _ in range(RESENDS + 1):
            try:
                sent = browser.send_form(hidden, patient(number))
            except OSError as error:
                failures.append(repr(error))
                continue
            if sent.status == 302:
                thanks = self._load(browser, urlsplit(sent.headers["Location"]).path)
                found = REFERENCE.search(thanks.text) if thanks else None
                return Send(number, 302, found and found.group(), failures)
            failures.append(f"{sent.status} {sent.heading}")
            if sent.status != 502:
                break
            time.sleep(0.2)
        return Send(number, 0, None, failures)

    def _record_send(self, send: Send):
        with self._lock:
            self.sends.append(send)
            if send.status != 302:
                self.errors.append(f"POST #{send.number}: {send.failures}")

    # --- Figures -------------------------------------------------------------------------------

    def accepted(self) -> dict[int, str]:
        """Patient number → the reference shown on the thanks page, for every send answered 302."""
        return {send.number: send.reference for send in self.sends if send.status == 302}

    def failed_page_loads(self) -> list[tuple[str, int, float]]:
        return [load for load in self.page_loads if load[1] != 200]

    def summary(self) -> str:
        times = sorted(seconds for _, status, seconds in self.page_loads if status == 200)
        p99 = times[int(len(times) * 0.99)] * 1000 if times else float("nan")
        p50 = times[len(times) // 2] * 1000 if times else float("nan")
        statuses = Counter(status for _, status, _ in self.page_loads)
        sends = Counter(send.status for send in self.sends)
        resent = sum(bool(send.failures) for send in self.sends)
        return (
            f"{self.readers + self.patients} clients for {self.seconds:.1f} s: "
            f"{len(self.page_loads)} page loads {dict(statuses)} (p50 {p50:.0f} ms, p99 {p99:.0f} ms), "
            f"{len(self.sends)} patients sent the form {dict(sends)}, {resent} after an error"
        )
