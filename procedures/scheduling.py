"""Scheduled publishing and unpublishing, its whole life: clinic times, scheduling, cancelling, running.

Exactly once, however many workers run: a due schedule is claimed with SELECT … FOR UPDATE SKIP LOCKED,
carried out and marked done (or failed, with the reason) in one transaction. Another worker looking at
the same moment skips the locked row, and a later look finds it done. A crash before the commit rolls
back the publish with the mark, so the next look runs it again.

When: each schedule queues a task with run_after at its time, which django-tasks-db's worker picks up
within its polling interval (1 s by default); the worker's sweep (every 60 s) runs whatever that missed,
such as a schedule that came due while no worker was running.
"""

import logging
from datetime import UTC, date, datetime, time, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.tasks import task
from django.utils import dateformat, timezone

from . import page_emails
from .models import Page, PageEvent, PublishSchedule
from .services import PageWorkflowError, is_ready_to_publish, page_publish, page_unpublish

logger = logging.getLogger(__name__)

Action = PublishSchedule.Action
State = PublishSchedule.State
PUBLISH_PERMISSION = "procedures.publish_page"
# Far enough for any planned change; further is more likely a mistyped year.
FURTHEST_AHEAD = timedelta(days=2 * 366)


def clinic_time_text(moment: datetime) -> str:
    """A moment as the clinic's clocks show it, e.g. “9:00 a.m. on Monday, November 30, 2026 (PST)”."""
    local = timezone.localtime(moment)
    return dateformat.format(local, r"g:i A \o\n l, F j, Y (T)")


def clinic_datetime(day: date, at: time) -> datetime:
    """The moment that `day` at `at` names on the clinic's clocks (settings.TIME_ZONE).

    A time the clocks skip (spring forward) or show twice (fall back) is refused rather than guessed:
    an editor who typed 1:30 am on the night the clocks go back could mean either.
    """
    zone = timezone.get_default_timezone()
    first = datetime.combine(day, at, tzinfo=zone)
    second = first.replace(fold=1)
    if first.utcoffset() == second.utcoffset():
        # In UTC: arithmetic on a zoned datetime is wall-clock arithmetic, an hour off across a change.
        return first.astimezone(UTC)
    typed = dateformat.format(first, r"g:i A \o\n l, F j, Y")
    comes_back_as = first.astimezone(UTC).astimezone(zone)
    if comes_back_as.replace(tzinfo=None) != first.replace(tzinfo=None):
        raise ValidationError(
            f"{typed} does not exist in the clinic's time zone ({zone.key}): the clocks go forward an "
            "hour that night. Choose a time outside the skipped hour.",
            code="nonexistent_time",
        )
    raise ValidationError(
        f"{typed} happens twice in the clinic's time zone ({zone.key}): the clocks go back an hour "
        "that night, so it is not clear which one you mean. Choose a time outside the repeated hour.",
        code="ambiguous_time",
    )


def publish_candidate(page: Page) -> Page | None:
    """What publishing `page` (as patients know it) would make public: its working draft, the page
    itself if it is not on the site, or None when it is live with no changes waiting."""
    draft = Page.objects.filter(draft_of=page).first()
    if draft is not None:
        return draft
    return None if page.is_published else page


def _approval_problem(candidate: Page | None) -> str:
    if candidate is None:
        return "The page is on the site with no changes waiting to be published."
    if is_ready_to_publish(candidate):
        return ""
    if candidate.review_state == Page.ReviewState.APPROVED:
        return "Its text was changed after the medical approval: only approved text can be published."
    return (
        f"Its changes are “{candidate.get_review_state_display()}”, not medically approved: only "
        "approved changes can be published."
    )


def _check_may_publish(user) -> None:
    if user is None or not user.is_active or not user.has_perm(PUBLISH_PERMISSION):
        raise PermissionDenied("Only editors who may publish pages can schedule them.")


def schedule_create(page: Page, *, action: str, run_at: datetime, by, now: datetime | None = None):
    """Schedule publishing or unpublishing `page` (its live page, if given a working draft) at `run_at`.

    Raises ValidationError, written for the editor, when that cannot be done.
    """
    _check_may_publish(by)
    page = page.live_page
    now = now or timezone.now()
    if run_at <= now:
        raise ValidationError(
            f"{clinic_time_text(run_at)} has already passed (it is now {clinic_time_text(now)}). "
            "Choose a later time.",
            code="past",
        )
    if run_at > now + FURTHEST_AHEAD:
        raise ValidationError(
            f"{clinic_time_text(run_at)} is more than two years away. Check the year.", code="too_far"
        )
    if action == Action.PUBLISH:
        if problem := _approval_problem(publish_candidate(page)):
            raise ValidationError(f"Publishing cannot be scheduled yet. {problem}", code="not_approved")
    elif action == Action.UNPUBLISH:
        publish_before = page.publish_schedules.pending().filter(action=Action.PUBLISH, run_at__lt=run_at)
        if not page.is_published and not publish_before.exists():
            raise ValidationError(
                "The page is not on the site, and no publishing is scheduled before that time.",
                code="not_published",
            )
    else:
        raise ValidationError(f"Unknown action “{action}”.", code="unknown_action")
    try:
        with transaction.atomic():
            schedule = PublishSchedule.objects.create(page=page, action=action, run_at=run_at, created_by=by)
            _record(schedule, PageEvent.Kind.SCHEDULED, by=by)
            # Committed or rolled back with the schedule: the worker wakes at that moment.
            run_due_schedules.using(run_after=run_at).enqueue()
    except IntegrityError:
        pending = page.publish_schedules.pending().get(action=action)
        raise ValidationError(
            f"{pending.get_action_display()} is already scheduled for {clinic_time_text(pending.run_at)}. "
            "Cancel that schedule first to choose another time.",
            code="already_scheduled",
        ) from None
    logger.info("%s scheduled %s", by, schedule)
    return schedule


def _record(schedule: PublishSchedule, kind: str, *, by) -> None:
    """Note it in the page's event log (the workflow's), which its admin page shows."""
    detail = f"{schedule.get_action_display()} at {clinic_time_text(schedule.run_at)}."
    PageEvent.objects.create(page_id=schedule.page_id, kind=kind, by=by, detail=detail)


def schedule_cancel(schedule: PublishSchedule, *, by) -> PublishSchedule:
    """Cancel a pending schedule; ValidationError if it already ran, failed or was cancelled."""
    _check_may_publish(by)
    with transaction.atomic():
        # Waits for a worker running it at this very moment, then finds it done.
        schedule = PublishSchedule.objects.select_for_update().get(pk=schedule.pk)
        if not schedule.is_pending:
            raise ValidationError(
                f"This schedule cannot be cancelled: it is “{schedule.get_state_display()}”.",
                code="not_pending",
            )
        schedule.state = State.CANCELLED
        schedule.cancelled_by = by
        schedule.save(update_fields=["state", "cancelled_by", "updated_at"])
        _record(schedule, PageEvent.Kind.SCHEDULE_CANCELLED, by=by)
    logger.info("%s cancelled %s", by, schedule)
    return schedule


class ScheduleFailed(Exception):
    pass


def _carry_out(schedule: PublishSchedule) -> None:
    by = schedule.created_by
    try:
        _check_may_publish(by)
    except PermissionDenied:
        raise ScheduleFailed(
            f"{by or 'The editor who scheduled it'} may no longer publish pages. "
            "Someone who may should schedule it again."
        ) from None
    page = schedule.page
    if schedule.action == Action.PUBLISH:
        candidate = publish_candidate(page)
        if problem := _approval_problem(candidate):
            raise ScheduleFailed(
                f"Nothing was published. {problem} If the changes were edited after their approval, "
                "have them approved again, then schedule publishing anew."
            )
        try:
            page_publish(candidate, by=by)
        except PageWorkflowError as refusal:
            raise ScheduleFailed(f"Nothing was published: {' '.join(refusal.messages)}") from None
    else:
        if not page.is_published:
            raise ScheduleFailed("The page was already off the site.")
        try:
            page_unpublish(page, by=by)
        except PageWorkflowError as refusal:
            raise ScheduleFailed(f"Nothing was unpublished: {' '.join(refusal.messages)}") from None


def _claim_next(now: datetime, passed_over: set[int]) -> PublishSchedule | None:
    # of=("self",): lock the schedule's row only; created_by may be NULL (an outer join).
    return (
        PublishSchedule.objects.due(now)
        .exclude(pk__in=passed_over)
        .select_for_update(skip_locked=True, of=("self",))
        .select_related("page", "created_by")
        .first()
    )


def _waits_for_earlier(schedule: PublishSchedule) -> bool:
    """True while an earlier schedule of the same page is pending: another worker holds it right now,
    and the page must end up as the later one says (published on Monday, unpublished on Friday)."""
    earlier = PublishSchedule.objects.pending().filter(page=schedule.page_id, run_at__lt=schedule.run_at)
    return earlier.exists()


def schedules_run_due(now: datetime | None = None) -> list[PublishSchedule]:
    """Carry out every schedule due at `now`, each exactly once however many workers look; return them."""
    now = now or timezone.now()
    ran, passed_over = [], set()
    while True:
        with transaction.atomic():
            schedule = _claim_next(now, passed_over)
            if schedule is None:
                return ran
            if _waits_for_earlier(schedule):
                passed_over.add(schedule.pk)
                continue
            try:
                # A savepoint: a refused or broken publish leaves no half-change behind.
                with transaction.atomic():
                    _carry_out(schedule)
                schedule.state = State.DONE
            except ScheduleFailed as failure:
                schedule.state, schedule.failure_reason = State.FAILED, str(failure)
            except Exception as error:  # noqa: BLE001 - recorded and shown; the sweep must go on
                logger.exception("Scheduled %s stopped with an error", schedule)
                schedule.state = State.FAILED
                schedule.failure_reason = (
                    f"An unexpected error stopped it ({type(error).__name__}); nothing was changed. "
                    "Publish by hand or schedule it again, and tell the site's developers."
                )
            schedule.done_at = timezone.now()
            schedule.save(update_fields=["state", "failure_reason", "done_at", "updated_at"])
            if schedule.state == State.FAILED:
                page_emails.schedule_failure_enqueue(schedule)
        if schedule.state == State.FAILED:
            logger.warning("Scheduled %s failed: %s", schedule, schedule.failure_reason)
        else:
            logger.info("Scheduled %s done", schedule)
        ran.append(schedule)


@task()
def run_due_schedules() -> int:
    """Wake at a schedule's time and run what is due (it, and anything the sweep has not run yet)."""
    return len(schedules_run_due())
