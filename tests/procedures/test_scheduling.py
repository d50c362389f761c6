"""Scheduled publishing and unpublishing: clinic times, what can be scheduled, and running it when due."""

import logging
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError
from django_tasks_db.models import DBTaskResult

from procedures import services
from procedures.models import Page, PublishSchedule
from procedures.scheduling import clinic_datetime, schedule_cancel, schedule_create, schedules_run_due
from tests.approved_pages import approved_changes
from tests.factories import EditorFactory, MedicalReviewerFactory, ProcedureFactory, UserFactory

pytestmark = pytest.mark.django_db

LOS_ANGELES = ZoneInfo("America/Los_Angeles")
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=LOS_ANGELES)
State = PublishSchedule.State
Action = PublishSchedule.Action


@pytest.fixture(autouse=True)
def clinic_in_los_angeles(settings):
    settings.TIME_ZONE = "America/Los_Angeles"


def approved_new_page(**fields):
    """A page never published, medically approved: ready to be scheduled."""
    return approved_changes(ProcedureFactory(status=Page.Status.DRAFT, **fields))


def scheduled(page, action, *, after: timedelta, by=None) -> PublishSchedule:
    """Schedule `action` of `page` for `after` past NOW, as an editor at NOW."""
    return schedule_create(page, action=action, run_at=NOW + after, by=by or EditorFactory(), now=NOW)


def test_a_date_and_time_is_read_on_the_clinics_clocks():
    moment = clinic_datetime(date(2026, 12, 1), time(9, 0))

    assert moment == datetime(2026, 12, 1, 17, 0, tzinfo=ZoneInfo("UTC"))


def test_half_past_one_on_the_night_the_clocks_go_back_is_refused_as_it_happens_twice():
    """Los Angeles, November 1, 2026: 1:00–2:00 am runs twice (PDT, then PST); a guess may be an hour off."""
    with pytest.raises(ValidationError) as refused:
        clinic_datetime(date(2026, 11, 1), time(1, 30))

    assert refused.value.code == "ambiguous_time"
    assert "1:30 AM on Sunday, November 1, 2026 happens twice" in refused.value.messages[0]
    assert "the clocks go back an hour" in refused.value.messages[0]


def test_the_times_either_side_of_the_repeated_hour_are_accepted():
    before = clinic_datetime(date(2026, 11, 1), time(0, 59))
    after = clinic_datetime(date(2026, 11, 1), time(2, 0))

    assert after - before == timedelta(hours=2, minutes=1)


def test_half_past_two_on_the_night_the_clocks_go_forward_is_refused_as_it_does_not_exist():
    with pytest.raises(ValidationError) as refused:
        clinic_datetime(date(2027, 3, 14), time(2, 30))

    assert refused.value.code == "nonexistent_time"
    assert "does not exist" in refused.value.messages[0]


def test_a_time_already_past_is_refused_saying_what_time_it_is():
    page = approved_new_page()

    with pytest.raises(ValidationError) as refused:
        schedule_create(
            page, action=Action.PUBLISH, run_at=NOW - timedelta(minutes=1), by=EditorFactory(), now=NOW
        )

    assert refused.value.code == "past"
    assert "8:59 AM on Monday, November 30, 2026 (PST) has already passed" in refused.value.messages[0]
    assert not PublishSchedule.objects.exists()


def test_a_mistyped_year_far_ahead_is_refused():
    with pytest.raises(ValidationError) as refused:
        schedule_create(
            approved_new_page(),
            action=Action.PUBLISH,
            run_at=NOW.replace(year=2036),
            by=EditorFactory(),
            now=NOW,
        )

    assert refused.value.code == "too_far"


def test_publishing_changes_not_yet_approved_cannot_be_scheduled():
    live = ProcedureFactory()
    services.page_submit_for_review(live, by=EditorFactory(), reviewer=MedicalReviewerFactory())

    with pytest.raises(ValidationError) as refused:
        scheduled(live, Action.PUBLISH, after=timedelta(days=1))

    assert refused.value.code == "not_approved"
    assert "“Waiting for medical review”, not medically approved" in refused.value.messages[0]


def test_a_live_page_without_changes_has_nothing_to_schedule_for_publishing():
    with pytest.raises(ValidationError) as refused:
        scheduled(ProcedureFactory(), Action.PUBLISH, after=timedelta(days=1))

    assert "no changes waiting" in refused.value.messages[0]


def test_a_staff_member_who_may_not_publish_cannot_schedule():
    with pytest.raises(PermissionDenied):
        schedule_create(
            approved_new_page(),
            action=Action.PUBLISH,
            run_at=NOW + timedelta(days=1),
            by=UserFactory(is_staff=True),
            now=NOW,
        )


def test_scheduling_an_approved_draft_queues_the_worker_for_that_moment():
    live = ProcedureFactory()
    draft = approved_changes(live, title="New title")
    run_at = NOW + timedelta(days=1)

    schedule = schedule_create(draft, action=Action.PUBLISH, run_at=run_at, by=EditorFactory(), now=NOW)

    assert schedule.page_id == live.pk, "the schedule belongs to the page as patients know it"
    assert schedule.state == State.SCHEDULED
    task = DBTaskResult.objects.get(task_path="procedures.scheduling.run_due_schedules")
    assert task.run_after == run_at


def test_a_second_pending_schedule_of_the_same_action_is_refused_with_the_first_ones_time():
    page, editor = approved_new_page(), EditorFactory()
    scheduled(page, Action.PUBLISH, after=timedelta(days=1), by=editor)

    with pytest.raises(ValidationError) as refused:
        scheduled(page, Action.PUBLISH, after=timedelta(days=2), by=editor)

    assert refused.value.code == "already_scheduled"
    assert (
        "Publish is already scheduled for 9:00 AM on Tuesday, December 1, 2026 (PST)"
        in refused.value.messages[0]
    )


def test_the_database_itself_refuses_two_pending_schedules_of_one_page_and_action():
    page = approved_new_page()
    PublishSchedule.objects.create(page=page, action=Action.PUBLISH, run_at=NOW)

    with pytest.raises(IntegrityError):
        PublishSchedule.objects.create(page=page, action=Action.PUBLISH, run_at=NOW + timedelta(hours=1))


def test_a_publish_and_a_later_unpublish_of_a_new_page_can_both_wait():
    page, editor = approved_new_page(), EditorFactory()
    scheduled(page, Action.PUBLISH, after=timedelta(days=1), by=editor)

    scheduled(page, Action.UNPUBLISH, after=timedelta(days=8), by=editor)

    assert page.publish_schedules.pending().count() == 2


def test_unpublishing_a_page_that_is_not_on_the_site_is_refused():
    with pytest.raises(ValidationError) as refused:
        scheduled(approved_new_page(), Action.UNPUBLISH, after=timedelta(days=1))

    assert refused.value.code == "not_published"


def test_nothing_runs_before_its_time():
    page = approved_new_page()
    scheduled(page, Action.PUBLISH, after=timedelta(hours=1))

    assert schedules_run_due(NOW + timedelta(minutes=59)) == []

    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT


def test_at_its_time_a_new_page_is_published_and_patients_see_it_at_once(client):
    page = approved_new_page(title="Genicular Nerve Block")
    schedule = scheduled(page, Action.PUBLISH, after=timedelta(hours=1))
    assert client.get(page.get_absolute_url()).status_code == 404

    [ran] = schedules_run_due(NOW + timedelta(hours=1))

    assert ran.pk == schedule.pk
    schedule.refresh_from_db()
    assert schedule.state == State.DONE
    assert schedule.done_at is not None
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    assert "Genicular Nerve Block" in response.content.decode()


def test_at_its_time_a_live_pages_approved_changes_replace_what_patients_saw(client):
    live = ProcedureFactory(introduction="The old introduction.")
    approved_changes(live, introduction="The approved new introduction.")
    scheduled(live, Action.PUBLISH, after=timedelta(hours=1))
    # Cached for anonymous visitors: the run must empty the cache, or they keep the old copy.
    assert "The old introduction." in client.get(live.get_absolute_url()).content.decode()

    schedules_run_due(NOW + timedelta(hours=1))

    content = client.get(live.get_absolute_url()).content.decode()
    assert "The approved new introduction." in content
    assert "The old introduction." not in content
    assert not Page.objects.filter(draft_of=live).exists()


def test_at_its_time_a_live_page_is_unpublished(client):
    live = ProcedureFactory()
    scheduled(live, Action.UNPUBLISH, after=timedelta(hours=1))
    assert client.get(live.get_absolute_url()).status_code == 200

    schedules_run_due(NOW + timedelta(hours=1))

    assert client.get(live.get_absolute_url()).status_code == 404
    assert live.publish_schedules.get().state == State.DONE


def test_changes_edited_after_their_approval_are_not_published_and_the_schedule_says_why(client, all_logs):
    live = ProcedureFactory(introduction="The old introduction.")
    draft = approved_changes(live, introduction="Approved text.")
    schedule = scheduled(live, Action.PUBLISH, after=timedelta(hours=1))
    # An edit to the medical text sends the draft back to "Being written", as the admin's save does.
    draft.introduction = "Edited after approval."
    draft.save()
    services.page_edited(draft, by=EditorFactory())

    schedules_run_due(NOW + timedelta(hours=1))

    schedule.refresh_from_db()
    assert schedule.state == State.FAILED
    assert (
        "Nothing was published. Its changes are “Being written”, not medically approved"
        in schedule.failure_reason
    )
    assert "have them approved again" in schedule.failure_reason
    assert "The old introduction." in client.get(live.get_absolute_url()).content.decode()
    assert any(
        record.levelno == logging.WARNING
        and "failed" in record.getMessage()
        and live.title in record.getMessage()
        for record in all_logs.records
    )


def test_text_changed_after_approval_without_being_sent_back_is_not_published_either():
    """The approval covers the text it saw (its fingerprint), whatever the review state says."""
    live = ProcedureFactory(introduction="The old introduction.")
    draft = approved_changes(live, introduction="Approved text.")
    schedule = scheduled(live, Action.PUBLISH, after=timedelta(hours=1))
    Page.objects.filter(pk=draft.pk).update(introduction="Changed behind the workflow's back.")

    schedules_run_due(NOW + timedelta(hours=1))

    schedule.refresh_from_db()
    assert schedule.state == State.FAILED
    assert "Its text was changed after the medical approval" in schedule.failure_reason
    live.refresh_from_db()
    assert live.introduction == "The old introduction."


def test_scheduling_and_cancelling_are_noted_in_the_pages_event_log():
    editor, page = EditorFactory(), approved_new_page()
    schedule = scheduled(page, Action.PUBLISH, after=timedelta(hours=1), by=editor)
    schedule_cancel(schedule, by=editor)

    logged = page.events.filter(kind__in=["scheduled", "schedule_cancelled"]).order_by("id")

    assert [(event.kind, event.by, event.detail) for event in logged] == [
        ("scheduled", editor, "Publish at 10:00 AM on Monday, November 30, 2026 (PST)."),
        ("schedule_cancelled", editor, "Publish at 10:00 AM on Monday, November 30, 2026 (PST)."),
    ]


def test_an_editor_who_lost_the_right_to_publish_has_their_schedule_fail():
    editor = EditorFactory()
    page = approved_new_page()
    schedule = scheduled(page, Action.PUBLISH, after=timedelta(hours=1), by=editor)
    editor.groups.clear()

    schedules_run_due(NOW + timedelta(hours=1))

    schedule.refresh_from_db()
    assert schedule.state == State.FAILED
    assert "may no longer publish pages" in schedule.failure_reason
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT


def test_a_cancelled_schedule_never_runs_and_cannot_be_cancelled_twice():
    editor, page = EditorFactory(), approved_new_page()
    schedule = scheduled(page, Action.PUBLISH, after=timedelta(hours=1), by=editor)

    schedule_cancel(schedule, by=editor)

    assert schedules_run_due(NOW + timedelta(hours=2)) == []
    schedule.refresh_from_db()
    assert (schedule.state, schedule.cancelled_by) == (State.CANCELLED, editor)
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT
    with pytest.raises(ValidationError, match="it is “Cancelled”"):
        schedule_cancel(schedule, by=editor)


def test_after_a_cancel_the_same_action_can_be_scheduled_again():
    editor, page = EditorFactory(), approved_new_page()
    schedule_cancel(
        scheduled(page, Action.PUBLISH, after=timedelta(hours=1), by=editor),
        by=editor,
    )

    scheduled(page, Action.PUBLISH, after=timedelta(hours=3), by=editor)

    assert page.publish_schedules.pending().get().run_at == NOW + timedelta(hours=3)


def test_a_publish_and_an_unpublish_both_due_run_in_their_order():
    editor, page = EditorFactory(), approved_new_page()
    scheduled(page, Action.PUBLISH, after=timedelta(hours=1), by=editor)
    scheduled(page, Action.UNPUBLISH, after=timedelta(hours=2), by=editor)

    ran = schedules_run_due(NOW + timedelta(hours=3))

    assert [(s.action, s.state) for s in ran] == [
        (Action.PUBLISH, State.DONE),
        (Action.UNPUBLISH, State.DONE),
    ]
    page.refresh_from_db()
    assert page.status == Page.Status.DRAFT
