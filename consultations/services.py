"""Everything that changes a consultation request, with its side effects, in one place."""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables
from phonenumbers import PhoneNumber

from procedures.models import Condition, Location, Procedure

from . import notifications
from .business_hours import business_time_after, response_cutoff
from .models import (
    REFERENCE_PREFIX,
    CallAttempt,
    ConsultationRequest,
    Event,
    Note,
    Notification,
    new_reference,
)
from .red_flags import find_red_flags

REFERENCE_ATTEMPTS = 10


class AlreadySent(Exception):
    """The page's form was already saved: as this request, or this barrier report."""

    def __init__(self, earlier):
        super().__init__(earlier.reference)
        self.earlier = earlier


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
    insurance_label: str,
    description: str,
    heard_about: str,
    source_path: str,
    is_spam: bool = False,
    form_token_digest: str | None = None,
    language: str = "en",
) -> ConsultationRequest:
    """Save a patient's request and queue its emails, all in one transaction.

    The queued tasks are rows in the same database, so a saved request always has its notice
    queued, even if this process dies right after the commit, and a rolled-back one never does.
    Raises AlreadySent when a request was already saved from the same form page (`form_token_digest`).
    `language` is the language the form was served in (its address), so the patient's emails use it.
    """
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    red_flags = find_red_flags(description)
    with transaction.atomic():
        consultation_request = create_with_unique_reference(
            form_token_digest=form_token_digest,
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
            insurance_label=insurance_label,
            description=description,
            heard_about=heard_about,
            source_path=source_path,
            language=language,
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


def create_with_unique_reference(model=ConsultationRequest, prefix=REFERENCE_PREFIX, **fields):
    # References are short enough to read over the phone, so they can collide: draw again. The other
    # unique value, the form token's digest, means the page was saved already.
    for _ in range(REFERENCE_ATTEMPTS - 1):
        try:
            with transaction.atomic():
                return model.objects.create(reference=new_reference(prefix), **fields)
        except IntegrityError:
            _raise_if_already_sent(model, fields["form_token_digest"])
    return model.objects.create(reference=new_reference(prefix), **fields)


def _raise_if_already_sent(model, form_token_digest: str | None) -> None:
    earlier = form_token_digest and model.objects.filter(form_token_digest=form_token_digest).first()
    if earlier:
        raise AlreadySent(earlier)


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
    *, consultation_request: ConsultationRequest, is_urgent: bool, by: AbstractBaseUser, reason: str
) -> bool:
    """Set or clear urgency, saying why (kept in the history); False if unchanged.

    The urgent flag decides who is called first and whether a patient is told to seek emergency
    care, so nobody changes it without a reason that the next person can read.
    """
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            {"urgency_reason": "Say why you are setting or clearing urgency."}, code="reason_required"
        )
    current = _locked(consultation_request)
    if current.is_urgent == is_urgent:
        return False
    current.is_urgent = is_urgent
    current.save(update_fields=["is_urgent", "updated_at"])
    labels = {True: "Urgent", False: "Not urgent"}
    Event.objects.create(
        consultation_request=current,
        actor=by,
        action=Event.Action.URGENCY,
        old_value=labels[not is_urgent],
        new_value=labels[is_urgent],
        reason=reason[: Event._meta.get_field("reason").max_length],
    )
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


# Work mode: claims, call outcomes, closing an unreachable request.

Outcome = CallAttempt.Outcome
Status = ConsultationRequest.Status
# What each outcome does to the request's status. Unanswered calls are handled apart: a patient
# reached before stays "contacted".
OUTCOME_STATUS = {
    Outcome.NO_ANSWER: Status.ATTEMPTED,
    Outcome.VOICEMAIL: Status.ATTEMPTED,
    Outcome.WRONG_NUMBER: Status.ATTEMPTED,
    Outcome.SCHEDULED: Status.SCHEDULED,
    Outcome.CALL_BACK: Status.CONTACTED,
    Outcome.NOT_INTERESTED: Status.CLOSED,
    Outcome.SPAM: Status.SPAM,
}


class ClaimedByOther(Exception):
    """Someone else is working on the request in work mode right now."""

    def __init__(self, consultation_request: ConsultationRequest):
        self.consultation_request = consultation_request
        until = timezone.localtime(consultation_request.claimed_until)
        super().__init__(
            f"{_person(consultation_request.claimed_by)} is working on this request until "
            f"{until:%-I:%M %p}. Open the next request instead."
        )


def _claim_until(now: datetime) -> datetime:
    return now + timedelta(minutes=settings.CONSULTATION_CLAIM_MINUTES)


def _release_others(*, by: AbstractBaseUser, keep_pk: int | None, now: datetime) -> None:
    # One person works one request at a time: taking a new one lets the others go at once.
    ConsultationRequest.objects.filter(claimed_by=by, claimed_until__gt=now).exclude(pk=keep_pk).update(
        claimed_by=None, claimed_until=None
    )


@transaction.atomic
def consultation_request_claim(
    *, consultation_request: ConsultationRequest, by: AbstractBaseUser, now: datetime | None = None
) -> bool:
    """Claim a request for `by` for CONSULTATION_CLAIM_MINUTES, or renew their claim.

    False when someone else holds a live claim: theirs stays, and the caller shows who is on it.
    `consultation_request` gets the claim as it now stands.
    """
    now = now or timezone.now()
    current = ConsultationRequest.objects.select_for_update(of=("self",)).select_related("claimed_by")
    current = current.get(pk=consultation_request.pk)
    claimed = not (current.claimed_until and current.claimed_until > now and current.claimed_by_id != by.pk)
    if claimed:
        current.claimed_by, current.claimed_until = by, _claim_until(now)
        current.save(update_fields=["claimed_by", "claimed_until"])
        _release_others(by=by, keep_pk=current.pk, now=now)
    consultation_request.claimed_by = current.claimed_by
    consultation_request.claimed_until = current.claimed_until
    return claimed


@transaction.atomic
def consultation_request_claim_next(
    *, by: AbstractBaseUser, skip: list[int] | tuple[int, ...] = (), now: datetime | None = None
) -> ConsultationRequest | None:
    """Claim the first request of the queue that nobody else is on (leaving out `skip`); None if none is left.

    Two people asking at the same moment get different requests: the row is picked and locked in one
    statement that passes over rows another transaction has locked (SKIP LOCKED), and claimed before
    the lock is let go. A row claimed meanwhile fails the query's claim test when PostgreSQL reads it again.
    """
    now = now or timezone.now()
    candidates = (
        ConsultationRequest.objects.queue(now=now, cutoff=response_cutoff(now))
        .claimable_by(by, now=now)
        .exclude(pk__in=list(skip))
        .select_for_update(skip_locked=True, of=("self",))
    )
    pk = candidates.values_list("pk", flat=True).first()
    if pk is None:
        _release_others(by=by, keep_pk=None, now=now)
        return None
    ConsultationRequest.objects.filter(pk=pk).update(claimed_by=by, claimed_until=_claim_until(now))
    _release_others(by=by, keep_pk=pk, now=now)
    return ConsultationRequest.objects.select_related("claimed_by").get(pk=pk)


def _call_attempt_problems(
    *, outcome: str, appointment_at, appointment_location, callback_at, close_reason: str, now: datetime
) -> dict[str, str]:
    """What the outcome needs and was not given, by field, in words for the front desk."""
    problems = {}
    if outcome not in Outcome.values:
        problems["outcome"] = "Choose how the call went."
    elif outcome == Outcome.SCHEDULED:
        if appointment_at is None:
            problems["appointment_at"] = "Give the appointment's date and time."
        elif appointment_at < now - timedelta(days=1):
            problems["appointment_at"] = "The appointment's date is in the past: check the date."
        if appointment_location is None:
            problems["appointment_location"] = "Choose where the appointment is."
    elif outcome == Outcome.CALL_BACK:
        if callback_at is None:
            problems["callback_at"] = "Give the time the patient asked to be called back."
        elif callback_at <= now:
            problems["callback_at"] = "The callback time has passed: give a time later than now."
    elif outcome == Outcome.NOT_INTERESTED and not close_reason.strip():
        problems["close_reason"] = "Say why the patient is not interested: it closes the request."
    return problems


def call_attempt_record(
    *,
    consultation_request: ConsultationRequest,
    by: AbstractBaseUser,
    outcome: str,
    note: str = "",
    appointment_at: datetime | None = None,
    appointment_location: Location | None = None,
    callback_at: datetime | None = None,
    close_reason: str = "",
) -> CallAttempt:
    """Record one call and its outcome, and move the request on accordingly, in one transaction.

    Counts the attempt (and the unanswered ones in a row, reset once the patient is reached), keeps
    the first response and first reach times, sets the status and the next callback, writes the
    history with who did it, and releases the caller's claim. Raises ValidationError, by field,
    when the outcome lacks what it needs, and ClaimedByOther when someone else is on the request.
    """
    now = timezone.now()
    close_reason = " ".join(close_reason.split())
    problems = _call_attempt_problems(
        outcome=outcome,
        appointment_at=appointment_at,
        appointment_location=appointment_location,
        callback_at=callback_at,
        close_reason=close_reason,
        now=now,
    )
    if problems:
        raise ValidationError(problems, code="incomplete_outcome")
    outcome = Outcome(outcome)
    with transaction.atomic():
        current = ConsultationRequest.objects.select_for_update(of=("self",)).select_related("claimed_by")
        current = current.get(pk=consultation_request.pk)
        if current.claimed_until and current.claimed_until > now and current.claimed_by_id != by.pk:
            raise ClaimedByOther(current)
        attempt = CallAttempt.objects.create(
            consultation_request=current,
            by=by,
            outcome=outcome,
            note=note.strip(),
            appointment_at=appointment_at if outcome == Outcome.SCHEDULED else None,
            appointment_location=appointment_location if outcome == Outcome.SCHEDULED else None,
            callback_at=callback_at if outcome == Outcome.CALL_BACK else None,
            close_reason=close_reason if outcome == Outcome.NOT_INTERESTED else "",
        )
        old_status = current.get_status_display()
        current.attempt_count += 1
        if current.first_responded_at is None:
            current.first_responded_at = now
        if outcome in CallAttempt.REACHED:
            current.unanswered_attempts = 0
            if current.first_reached_at is None:
                current.first_reached_at = now
        elif outcome in CallAttempt.UNANSWERED:
            current.unanswered_attempts += 1

        if outcome in CallAttempt.UNANSWERED:
            current.next_callback_at = business_time_after(now, settings.CONSULTATION_RETRY_MINUTES)
        elif outcome == Outcome.CALL_BACK:
            current.next_callback_at = callback_at
        else:
            # Scheduled, closed and spam leave the queue; a wrong number has nothing to call back.
            current.next_callback_at = None
        status = OUTCOME_STATUS[outcome]
        if outcome in CallAttempt.UNANSWERED and current.status == Status.CONTACTED:
            status = Status.CONTACTED  # reached before: unanswered now does not undo that
        current.status = status
        current.claimed_by = current.claimed_until = None
        current.save(
            update_fields=[
                "attempt_count",
                "unanswered_attempts",
                "first_responded_at",
                "first_reached_at",
                "next_callback_at",
                "status",
                "claimed_by",
                "claimed_until",
                "updated_at",
            ]
        )
        _record(current, by=by, action=Event.Action.CALL, new=_attempt_summary(attempt))
        if current.get_status_display() != old_status:
            new_status = current.get_status_display()
            _record(current, by=by, action=Event.Action.STATUS, old=old_status, new=new_status)
    for field in ["status", "attempt_count", "unanswered_attempts", "first_responded_at", "first_reached_at"]:
        setattr(consultation_request, field, getattr(current, field))
    consultation_request.next_callback_at = current.next_callback_at
    consultation_request.claimed_by = consultation_request.claimed_until = None
    return attempt


def _attempt_summary(attempt: CallAttempt) -> str:
    """The attempt in a history row: its outcome and what goes with it (the note stays on the attempt)."""
    summary = attempt.get_outcome_display()
    if attempt.outcome == Outcome.SCHEDULED:
        when = timezone.localtime(attempt.appointment_at)
        summary += f", {when:%a %b %-d, %Y %-I:%M %p} at {attempt.appointment_location}"
    elif attempt.outcome == Outcome.CALL_BACK:
        summary += f", at {timezone.localtime(attempt.callback_at):%a %b %-d, %Y %-I:%M %p}"
    elif attempt.outcome == Outcome.NOT_INTERESTED:
        summary += f": {attempt.close_reason}"
    elif attempt.outcome == Outcome.WRONG_NUMBER:
        summary += ": check the number the patient gave"
    return summary[: Event._meta.get_field("new_value").max_length]


def may_close_unreached(consultation_request: ConsultationRequest) -> bool:
    """Whether staff may close with a "we tried to reach you" email: open, often unanswered, an email."""
    return (
        consultation_request.status in ConsultationRequest.OPEN_STATUSES
        and consultation_request.unanswered_attempts >= settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT
        and bool(consultation_request.email)
    )


@transaction.atomic
def consultation_request_close_unreached(
    *, consultation_request: ConsultationRequest, by: AbstractBaseUser
) -> Notification:
    """Close a request the front desk could not reach and queue the "we tried to reach you" email.

    Only after CONSULTATION_UNANSWERED_ATTEMPT_LIMIT unanswered calls in a row and with an email
    address: anything else raises ValidationError. The email goes once, like every other.
    """
    current = _locked(consultation_request)
    if not may_close_unreached(current):
        raise ValidationError(
            f"Close with an email only after {settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT} unanswered "
            "calls in a row, and only if the patient gave an email address.",
            code="not_unreached",
        )
    old_status = current.get_status_display()
    current.status = Status.CLOSED
    current.next_callback_at = None
    current.claimed_by = current.claimed_until = None
    current.save(update_fields=["status", "next_callback_at", "claimed_by", "claimed_until", "updated_at"])
    _record(current, by=by, action=Event.Action.TRIED_TO_REACH)
    _record(current, by=by, action=Event.Action.STATUS, old=old_status, new=current.get_status_display())
    consultation_request.status = current.status
    consultation_request.next_callback_at = None
    consultation_request.claimed_by = consultation_request.claimed_until = None
    return notifications.notification_tried_to_reach_create(consultation_request=current)
