"""Periodic emails sent once however many task workers and cron jobs look (the leads' daily digest,
the editors' weekly reviews-due email).

Each period has a row with a unique key (its day, its week). The row is inserted (INSERT … ON
CONFLICT DO NOTHING), then locked with SKIP LOCKED while the email is sent, and marked done in the
same transaction. Whoever finds the row locked or done does nothing. A failed send leaves the row
unmarked, so the next look sends it. The one gap no database can close is a crash after the mail
server accepted the email and before the commit: then the next look sends it again, rather than
risk losing it; each sender gives the period's email one Message-ID, so mail clients can tell.
"""

import logging
from contextlib import contextmanager

from django.core.mail import EmailMessage
from django.db import transaction


@contextmanager
def claimed_period(model, *, done_field: str, **period):
    """The period's row, locked for this caller until the block ends; None when another caller holds it
    or it is already done. Set `done_field` and save the row inside the block once the work is done."""
    model.objects.bulk_create([model(**period)], ignore_conflicts=True)
    with transaction.atomic():
        yield (
            model.objects.select_for_update(skip_locked=True)
            .filter(**period, **{f"{done_field}__isnull": True})
            .first()
        )


def sent_or_logged(message: EmailMessage, *, what: str, logger: logging.Logger) -> bool:
    """Send the message; on any failure log it as `what` (e.g. "The daily digest for 2026-03-11") and
    return False, so that the next look tries again."""
    try:
        message.send()
    except Exception as error:  # noqa: BLE001 - any failure is retried at the next look, never lost
        logger.warning("%s could not be sent (%s); trying again later", what, type(error).__name__)
        return False
    return True
