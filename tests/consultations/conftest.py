import signal
import socket
import time
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client

from consultations import spam
from tests.factories import ClinicFactory, EditorFactory, FrontDeskFactory, NoticeRecipientFactory


@pytest.fixture(autouse=True)
def fresh_rate_limits(request):
    """Rate-limit counters live in the cache table, which outlives each test's database cleanup."""
    if request.node.get_closest_marker("django_db"):
        request.getfixturevalue("_django_db_helper")
        cache.clear()


@pytest.fixture
def clinic(db):
    return ClinicFactory()


@pytest.fixture
def valid_data():
    """What a patient sends, with a form token issued long enough ago to pass the fill-time check."""
    return {
        "first_name": "Rosalind",
        "last_name": "Quimby-Okafor",
        "phone": "(310) 555-0187",
        "email": "rosalind.quimby@example.org",
        "contact_method": "phone",
        "best_time": "morning",
        "topic": "",
        "insurance": "ppo",
        "description": "Aching lower back for two years, worse when standing at work.",
        "heard_about": "doctor",
        "consent": "on",
        "website": "",
        "started": spam.form_started_token(time.time() - 60),
        "came_from": "/procedures/lumbar-facet-injections/",
    }


@pytest.fixture
def front_desk(db):
    return FrontDeskFactory()


@pytest.fixture
def front_desk_client(front_desk):
    client = Client()
    client.force_login(front_desk)
    return client


@pytest.fixture
def editor_client(db):
    client = Client()
    client.force_login(EditorFactory())
    return client


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """An aiosmtpd handler that keeps every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def text_of(self, message) -> str:
        return f"{message['Subject']}\n{message.get_body(('plain',)).get_content()}"


class SMTPServer:
    """A real SMTP server on loopback that a test can stop and start again on the same port."""

    def __init__(self):
        self.port = free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None

    @property
    def messages(self):
        return self.inbox.messages


@pytest.fixture
def smtp_server(settings):
    """Point the default mailer at a real SMTP server on loopback (not yet started)."""
    server = SMTPServer()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": server.port, "timeout": 5},
        }
    }
    yield server
    server.stop()


@pytest.fixture
def recipients(db):
    return [NoticeRecipientFactory(email="frontdesk@clinic.example")]


@pytest.fixture
def run_worker():
    """Run the real task worker until the queue holds nothing ready, as `db_worker --batch` does."""
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}

    def run():
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    yield run
    # The worker installs its own handlers for a graceful shutdown; give pytest its own back.
    for sig, handler in saved.items():
        signal.signal(sig, handler)
