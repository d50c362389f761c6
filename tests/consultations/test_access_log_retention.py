"""The access log is kept as long as HIPAA asks documentation to be kept (six years), then the task
worker's sweep deletes it: it must not grow for ever, and nothing younger is ever lost."""

import datetime

import pytest
from django.utils import timezone

from consultations.access_log import access_log_prune
from consultations.management.commands.run_worker import sweep
from consultations.models import AccessedRequest, AccessLogEntry
from tests.factories import ConsultationRequestFactory

pytestmark = pytest.mark.django_db


def entry_dated(when: datetime.datetime, *shown) -> AccessLogEntry:
    entry = AccessLogEntry.objects.create(username="frontdesk", kind=AccessLogEntry.Kind.OPENED)
    for consultation_request in shown:
        AccessedRequest.objects.create(
            entry=entry, consultation_request=consultation_request, reference=consultation_request.reference
        )
    # auto_now_add ignores a value given to create().
    AccessLogEntry.objects.filter(pk=entry.pk).update(accessed_at=when)
    return entry


def test_entries_older_than_the_retention_are_deleted_with_their_rows(settings):
    settings.ACCESS_LOG_RETENTION_DAYS = 2192
    now = timezone.now()
    request = ConsultationRequestFactory()
    old = entry_dated(now - datetime.timedelta(days=2193), request)
    kept = entry_dated(now - datetime.timedelta(days=2191), request)

    deleted = access_log_prune(now=now)

    assert deleted == 1
    assert list(AccessLogEntry.objects.values_list("pk", flat=True)) == [kept.pk]
    assert list(AccessedRequest.objects.values_list("entry_id", flat=True)) == [kept.pk]
    assert not AccessLogEntry.objects.filter(pk=old.pk).exists()


def test_the_default_retention_is_at_least_six_years():
    from django.conf import settings

    assert settings.ACCESS_LOG_RETENTION_DAYS >= 6 * 365 + 2


def test_the_workers_sweep_prunes_the_access_log(settings):
    settings.ACCESS_LOG_RETENTION_DAYS = 30
    entry_dated(timezone.now() - datetime.timedelta(days=31))
    recent = entry_dated(timezone.now() - datetime.timedelta(days=1))

    sweep()

    assert list(AccessLogEntry.objects.values_list("pk", flat=True)) == [recent.pk]
