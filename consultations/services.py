"""Everything that changes a consultation request, with its side effects, in one place."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables
from phonenumbers import PhoneNumber

from procedures.models import Condition, Location, Procedure

from . import notifications
from .models import ConsultationRequest, Event, Note, Notification, new_reference
from .red_flags import find_red_flags

REFERENCE_ATTEMPTS = 10


@sensitive_variables("first_name", "last_name", "phone", "email", "description")
def consultation_request_create(
    *,
    first_name: str,
    last_name: str,
    phone: PhoneNumber,
    email: str,
    contact_method: str,
    best_time: str,
    location: Location | None,
    procedure: Procedure | None,
    condition: Condition | None,
    insurance: str,
    description: str,
    heard_about: str,
    source_path: str,
    is_spam: bool = False,
) -> ConsultationRequest:
    """Save a patient's request and queue its emails, all in one transaction.

    The queued tasks are rows in the same database, so a saved request always has its notice
    queued, even if this process dies right after the commit, and a rolled-back one never does.
    """
    red_flags = find_red_flags(description)
    with transaction.atomic():
        consultation_request = _create_with_unique_reference(
            first_name=first_name,
            last_name=last_name,
            phone=phone,
            email=email,
            contact_method=contact_method,
            best_time=best_time,
            location=location,
            procedure=procedure,
            condition=condition,
            insurance=insurance,
            description=description,
            heard_about=heard_about,
            source_path=source_path,
            consented_at=timezone.now(),
            status=ConsultationRequest.Status.SPAM if is_spam else ConsultationRequest.Status.NEW,
            is_urgent=bool(red_flags),
            urgent_reasons="; ".join(red_flags),
        )
        Event.objects.create(
            consultation_request=consultation_request,
            action=Event.Action.RECEIVED,
            new_value=consultation_request.get_status_display(),
        )
        notifications.notifications_create(consultation_request=consultation_request)
    return consultation_request


def _create_with_unique_reference(**fields) -> ConsultationRequest:
    # References are short enough to read over the phone, so they can collide: draw again.
    for _ in range(REFERENCE_ATTEMPTS - 1):
        try:
            with transaction.atomic():
                return ConsultationRequest.objects.create(reference=new_reference(), **fields)
        except IntegrityError:
            continue
    return ConsultationRequest.objects.create(reference=new_reference(), **fields)


def _locked(consultation_request: ConsultationRequest) -> ConsultationRequest:
    return ConsultationRequest.objects.select_for_update().get(pk=consultation_request.pk)


def _record(consultation_request, *, by, action, old="", new="") -> None:
    Event.objects.create(
        consultation_request=consultation_request, actor=by, action=action, old_value=old, new_value=new
    )


def _person(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else "nobody"


@transaction.atomic
def consultation_request_set_status(
    *, consultation_request: ConsultationRequest, status: str, by: AbstractBaseUser
) -> bool:
    """Move a request to `status`, keeping the history and the first response time; False if unchanged."""
    current = _locked(consultation_request)
    if current.status == status:
        return False
    old_label = current.get_status_display()
    current.status = status
    if status in ConsultationRequest.RESPONDED_STATUSES and current.first_responded_at is None:
        current.first_responded_at = timezone.now()
    current.save(update_fields=["status", "first_responded_at", "updated_at"])
    _record(current, by=by, action=Event.Action.STATUS, old=old_label, new=current.get_status_display())
    consultation_request.status = current.status
    consultation_request.first_responded_at = current.first_responded_at
    return True


@transaction.atomic
def consultation_request_assign(
    *, consultation_request: ConsultationRequest, assignee: AbstractBaseUser | None, by: AbstractBaseUser
) -> bool:
    """Give a request to `assignee` (or to nobody), keeping the history; False if unchanged."""
    current = _locked(consultation_request)
    if current.assigned_to_id == (assignee.pk if assignee else None):
        return False
    old = _person(current.assigned_to)
    current.assigned_to = assignee
    current.save(update_fields=["assigned_to", "updated_at"])
    _record(current, by=by, action=Event.Action.ASSIGNED, old=old, new=_person(assignee))
    consultation_request.assigned_to = assignee
    return True


@transaction.atomic
def consultation_request_set_urgent(
    *, consultation_request: ConsultationRequest, is_urgent: bool, by: AbstractBaseUser
) -> bool:
    current = _locked(consultation_request)
    if current.is_urgent == is_urgent:
        return False
    current.is_urgent = is_urgent
    current.save(update_fields=["is_urgent", "updated_at"])
    labels = {True: "Urgent", False: "Not urgent"}
    _record(current, by=by, action=Event.Action.URGENCY, old=labels[not is_urgent], new=labels[is_urgent])
    consultation_request.is_urgent = is_urgent
    return True


def consultation_note_create(
    *, consultation_request: ConsultationRequest, author: AbstractBaseUser, text: str
) -> Note:
    return Note.objects.create(consultation_request=consultation_request, author=author, text=text)


@transaction.atomic
def staff_notice_resend(*, consultation_request: ConsultationRequest, by: AbstractBaseUser) -> Notification:
    """Send the staff notice again, even if it went out before, and note who asked."""
    notification = notifications.notification_resend(
        consultation_request=consultation_request, kind=Notification.Kind.STAFF_NOTICE
    )
    _record(consultation_request, by=by, action=Event.Action.NOTICE_RESENT)
    return notification


PERSONAL_FIELDS = {
    "first_name": "",
    "last_name": "",
    "phone": "",
    "email": "",
    "description": "",
    "source_path": "",
    "urgent_reasons": "",
    # The search keys derived from the name and phone (an update() does not run save()).
    "name_key": "",
    "phone_digits_reversed": "",
}


@transaction.atomic
def consultation_requests_anonymize(*, received_before) -> int:
    """Remove the personal details of closed and spam requests received before `received_before`.

    What stays (reference, status, dates, location, topic, insurance) serves statistics only.
    Staff notes go too: they are about the patient. Returns how many requests were anonymized.
    """
    expired = ConsultationRequest.objects.filter(
        status__in=[ConsultationRequest.Status.CLOSED, ConsultationRequest.Status.SPAM],
        created_at__lt=received_before,
        anonymized_at__isnull=True,
    )
    ids = list(expired.select_for_update().values_list("pk", flat=True))
    if not ids:
        return 0
    Note.objects.filter(consultation_request_id__in=ids).delete()
    # A failed delivery's error may quote the patient's address.
    Notification.objects.filter(consultation_request_id__in=ids).update(last_error="")
    ConsultationRequest.objects.filter(pk__in=ids).update(
        **PERSONAL_FIELDS, anonymized_at=timezone.now(), updated_at=timezone.now()
    )
    Event.objects.bulk_create(Event(consultation_request_id=pk, action=Event.Action.ANONYMIZED) for pk in ids)
    return len(ids)
