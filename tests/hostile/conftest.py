import logging
import os
import re

import pytest
from django.test import Client
from django_tasks_db.models import DBTaskResult
from hypothesis import HealthCheck, settings

from consultations.models import ConsultationRequest, Notification
from tests.consultations.conftest import (  # noqa: F401 - Inbox, then fixtures pytest finds by name
    Inbox,
    clinic,
    fresh_rate_limits,
    front_desk,
    front_desk_client,
    recipients,
    run_worker,
    smtp_server,
    valid_data,
)

# Modest example counts keep `make test` fast; HYPOTHESIS_PROFILE=thorough looks much harder.
# The pytest-django database and settings fixtures last for the whole test, not one example: each
# example adds its rows to the same transaction, which these tests allow for.
settings.register_profile(
    "hostile",
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile("thorough", parent=settings.get_profile("hostile"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "hostile"))

FORM_URL = "/consultation/"


def stored_rows() -> dict[str, int]:
    """What a submission can leave behind: requests, their emails, and queued tasks."""
    return {
        "requests": ConsultationRequest.objects.count(),
        "notifications": Notification.objects.count(),
        "tasks": DBTaskResult.objects.count(),
    }


@pytest.fixture
def browser(db):
    """A client that enforces CSRF as production does, holding the cookie and token of a form it opened.

    With CSRF checks on, the middleware reads the posted body before the view does, as in production.
    """
    client = Client(enforce_csrf_checks=True)
    page = client.get(FORM_URL).content.decode()
    client.csrf_token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    return client


class EnvelopeInbox(Inbox):
    """An inbox that also keeps each message's envelope: who the SMTP server was asked to deliver to."""

    def __init__(self):
        super().__init__()
        self.recipients = []

    async def handle_DATA(self, server, session, envelope):
        self.recipients.append(sorted(envelope.rcpt_tos))
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def mail_server(smtp_server):  # noqa: F811 - the fixture imported above
    """A real SMTP server on loopback, running, recording envelopes too."""
    smtp_server.inbox = EnvelopeInbox()
    smtp_server.start()
    return smtp_server


@pytest.fixture
def all_logs(caplog):
    """Capture every record of every logger at every level, also those that do not reach the root.

    LOGGING sends django.request straight to the console (propagate off), so caplog alone would
    miss exactly the error records these tests are about.
    """
    caplog.set_level(logging.DEBUG)
    loggers = [logging.getLogger(name) for name in list(logging.root.manager.loggerDict)]
    saved = [(logger, logger.level) for logger in loggers]
    isolated = [logger for logger in loggers if not logger.propagate]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    for logger in isolated:
        logger.addHandler(caplog.handler)
    yield caplog
    for logger in isolated:
        logger.removeHandler(caplog.handler)
    for logger, level in saved:
        logger.setLevel(level)
