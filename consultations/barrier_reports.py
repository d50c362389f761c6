"""Everything that changes an accessibility barrier report, with its side effects, in one place.

A visitor reports a barrier through the accessibility statement's form; staff are told by the same
once-only email machinery as a consultation request (notifications.py), with no word of what the
visitor wrote or how to reach them; front desk and editors resolve it in the admin.
"""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables
from phonenumbers import PhoneNumber

from . import notifications
from .models import BARRIER_REFERENCE_PREFIX, BarrierReport, Notification
from .services import create_with_unique_reference

Status = BarrierReport.Status
# What anonymizing removes: all the visitor wrote or gave.
PERSONAL_FIELDS = {"description": "", "contact_name": "", "contact_email": "", "contact_phone": ""}


@sensitive_variables("description", "contact_name", "contact_email", "contact_phone")
def barrier_report_create(
    *,
    page_path: str,
    description: str,
    contact_name: str,
    contact_email: str,
    contact_phone: PhoneNumber | str,
    is_spam: bool = False,
    form_token_digest: str | None = None,
) -> BarrierReport:
    """Save a visitor's barrier report and queue the staff notice, in one transaction (none for spam).

    Raises services.AlreadySent when a report was already saved from the same form page.
    """
    with transaction.atomic():
        report = create_with_unique_reference(
            BarrierReport,
            BARRIER_REFERENCE_PREFIX,
            form_token_digest=form_token_digest,
            page_path=page_path,
            description=description,
            contact_name=contact_name,
            contact_email=contact_email,
            contact_phone=contact_phone or "",
            status=Status.SPAM if is_spam else Status.OPEN,
        )
        if not is_spam:
            notifications.barrier_notice_create(barrier_report=report)
    return report


@transaction.atomic
def barrier_report_set_status(*, barrier_report: BarrierReport, status: str, by: AbstractBaseUser) -> bool:
    """Open, resolve or mark as spam; a resolution keeps who and when. False if unchanged."""
    current = BarrierReport.objects.select_for_update().get(pk=barrier_report.pk)
    if current.status == status:
        return False
    current.status = status
    resolved = status == Status.RESOLVED
    current.resolved_at = timezone.now() if resolved else None
    current.resolved_by = by if resolved else None
    current.save(update_fields=["status", "resolved_at", "resolved_by", "updated_at"])
    barrier_report.status = current.status
    barrier_report.resolved_at, barrier_report.resolved_by = current.resolved_at, current.resolved_by
    return True


@transaction.atomic
def barrier_reports_anonymize(*, received_before) -> int:
    """Remove what visitors wrote and their contact details from resolved and spam reports received
    before `received_before`, as consultation requests are; the reference, page and dates stay."""
    expired = BarrierReport.objects.filter(
        status__in=[Status.RESOLVED, Status.SPAM], created_at__lt=received_before, anonymized_at__isnull=True
    )
    ids = list(expired.select_for_update().values_list("pk", flat=True))
    if not ids:
        return 0
    # A failed delivery's error may quote a staff address; nothing of the visitor, but cleared alike.
    Notification.objects.filter(barrier_report_id__in=ids).update(last_error="")
    now = timezone.now()
    BarrierReport.objects.filter(pk__in=ids).update(**PERSONAL_FIELDS, anonymized_at=now, updated_at=now)
    return len(ids)
