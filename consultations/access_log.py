"""The access log's one writer: who was shown which consultation requests in the admin, and how."""

import datetime
import re

from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from .models import REFERENCE_ALPHABET, REFERENCE_PREFIX, AccessedRequest, AccessLogEntry

REFERENCE = re.compile(rf"{REFERENCE_PREFIX}[{REFERENCE_ALPHABET}]{{5}}")


def searched_reference(term: str) -> str:
    """The search term if it is a reference: anything else may be a patient's name, phone or email."""
    term = term.strip().upper()
    return term if REFERENCE.fullmatch(term) else ""


def access_log_record(
    *,
    request: HttpRequest,
    kind: AccessLogEntry.Kind,
    consultation_requests=(),
    barrier_reports=(),
    search_term: str = "",
) -> AccessLogEntry:
    """Record that `request`'s user was shown these requests or barrier reports: two INSERTs however many.

    A barrier report is named by its reference only (its row links no request).
    """
    shown = list(dict.fromkeys(consultation_requests))
    reports = list(dict.fromkeys(barrier_reports))
    with transaction.atomic():
        entry = AccessLogEntry.objects.create(
            user=request.user,
            username=request.user.get_username(),
            kind=kind,
            method=request.method[:10],
            path=request.path[:200],
            search_reference=searched_reference(search_term),
            request_count=len(shown) + len(reports),
        )
        AccessedRequest.objects.bulk_create(
            [
                *(
                    AccessedRequest(entry=entry, consultation_request=obj, reference=obj.reference)
                    for obj in shown
                ),
                *(AccessedRequest(entry=entry, reference=report.reference) for report in reports),
            ],
            batch_size=1000,
        )
    return entry


def access_log_prune(*, now: datetime.datetime | None = None) -> int:
    """Delete the entries older than ACCESS_LOG_RETENTION_DAYS, with the rows they name; their number."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.ACCESS_LOG_RETENTION_DAYS)
    deleted, by_model = AccessLogEntry.objects.filter(accessed_at__lt=cutoff).delete()
    return by_model.get(AccessLogEntry._meta.label, 0)
