"""Editors schedule publishing on a page's change form, see it there and in a list, and cancel it."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from procedures import services
from procedures.models import Page, PublishSchedule
from procedures.scheduling import schedule_create, schedules_run_due
from tests.approved_pages import approved_changes
from tests.factories import EditorFactory, MedicalReviewerFactory, ProcedureFactory, UserFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

LIST = reverse("admin:procedures_publishschedule_changelist")
State = PublishSchedule.State


@pytest.fixture(autouse=True)
def clinic_in_los_angeles(settings):
    settings.TIME_ZONE = "America/Los_Angeles"


@pytest.fixture
def approved_page():
    return approved_changes(ProcedureFactory(title="Genicular Nerve Block", status=Page.Status.DRAFT))


def change_url(page) -> str:
    return reverse("admin:procedures_procedure_change", args=[page.pk])


def schedule_url(page) -> str:
    return reverse("admin:procedures_publishschedule_schedule", args=[page.pk])


def in_ten_days() -> str:
    return (timezone.localdate() + timedelta(days=10)).isoformat()


def words(element) -> str:
    return " ".join(element.text.split())


def text_of(response) -> str:
    return words(parse(response.content).find("body"))


def within(document, ancestor, tag: str, **attrs: str) -> list:
    return [element for element in document.find_all(tag, **attrs) if element.is_inside(ancestor)]


def schedule_box(response):
    """The page's parsed markup and its "Schedule" box."""
    document = parse(response.content)
    return document, document.find("section", id="schedule")


def test_the_change_form_has_a_schedule_box_with_date_and_time_inputs_outside_the_pages_form(
    editor_client, approved_page
):
    document, box = schedule_box(editor_client.get(change_url(approved_page)))

    assert [words(heading) for heading in within(document, box, "h2")] == ["Schedule"]
    assert "Nothing is scheduled for this page." in words(box)
    assert within(document, box, "input", type="date", name="day")
    assert within(document, box, "input", type="time", name="at")
    assert {radio.get("value") for radio in within(document, box, "input", type="radio")} == {
        "publish",
        "unpublish",
    }
    [form] = within(document, box, "form")
    assert form.get("action") == schedule_url(approved_page)
    assert box.form_id is None, "a form inside the page's form would not work"
    assert "The clinic's time (America/Los_Angeles)." in words(box)


def test_an_editor_schedules_publishing_and_sees_it_on_the_page_with_the_clinics_time(
    editor_client, editor, approved_page
):
    day = in_ten_days()

    response = editor_client.post(
        schedule_url(approved_page), {"action": "publish", "day": day, "at": "09:30"}, follow=True
    )

    schedule = PublishSchedule.objects.get()
    assert (schedule.page_id, schedule.action, schedule.created_by) == (approved_page.pk, "publish", editor)
    assert timezone.localtime(schedule.run_at).strftime("%Y-%m-%d %H:%M") == f"{day} 09:30"
    assert response.redirect_chain[-1][0] == change_url(approved_page)
    text = text_of(response)
    assert "Publish of “Genicular Nerve Block” is scheduled for 9:30 AM on" in text
    box_text = words(schedule_box(response)[1])
    assert "Publish at 9:30 AM on" in box_text
    assert f"scheduled by {editor}" in box_text


def test_a_time_in_the_past_is_refused_on_a_page_that_keeps_what_was_typed(editor_client, approved_page):
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()

    response = editor_client.post(
        schedule_url(approved_page), {"action": "publish", "day": yesterday, "at": "09:30"}
    )

    assert response.status_code == 200
    assert text_of(response).count("has already passed") == 1
    assert "Nothing was scheduled." in text_of(response)
    document = parse(response.content)
    assert document.find("input", name="day").get("value") == yesterday
    assert document.find("input", name="at").get("value") == "09:30"
    assert not PublishSchedule.objects.exists()


def test_half_past_one_on_the_night_the_clocks_go_back_is_refused_as_ambiguous(editor_client, approved_page):
    # The first Sunday of November 2027: clocks in Los Angeles go back from 2:00 to 1:00 am.
    response = editor_client.post(
        schedule_url(approved_page), {"action": "publish", "day": "2027-11-07", "at": "01:30"}
    )

    assert "1:30 AM on Sunday, November 7, 2027 happens twice" in text_of(response)
    assert not PublishSchedule.objects.exists()


def test_changes_not_approved_cannot_be_scheduled_and_the_editor_is_told_why(editor_client):
    page = ProcedureFactory(status=Page.Status.DRAFT)

    response = editor_client.post(
        schedule_url(page), {"action": "publish", "day": in_ten_days(), "at": "09:00"}
    )

    assert (
        "Publishing cannot be scheduled yet. Its changes are “Being written”, not medically approved"
        in text_of(response)
    )
    assert not PublishSchedule.objects.exists()


def test_an_empty_form_names_each_missing_field(editor_client, approved_page):
    response = editor_client.post(schedule_url(approved_page), {})

    assert response.status_code == 200
    assert text_of(response).count("This field is required.") == 3


def test_an_editor_cancels_a_pending_schedule_from_the_page(editor_client, editor, approved_page):
    schedule = schedule_create(
        approved_page, action="publish", run_at=timezone.now() + timedelta(days=1), by=EditorFactory()
    )
    document, box = schedule_box(editor_client.get(change_url(approved_page)))
    cancel_form = document.find("form", **{"class": "schedule-cancel"})
    assert [words(button) for button in within(document, cancel_form, "button")] == ["Cancel"]

    response = editor_client.post(cancel_form.get("action"), {"next": change_url(approved_page)}, follow=True)

    schedule.refresh_from_db()
    assert (schedule.state, schedule.cancelled_by) == (State.CANCELLED, editor)
    assert response.redirect_chain[-1][0] == change_url(approved_page)
    assert "Cancelled: publish “Genicular Nerve Block”" in text_of(response)
    assert "Nothing is scheduled for this page." in text_of(response)


def test_cancelling_twice_says_it_is_already_cancelled(editor_client, approved_page):
    schedule = schedule_create(
        approved_page, action="publish", run_at=timezone.now() + timedelta(days=1), by=EditorFactory()
    )
    cancel = reverse("admin:procedures_publishschedule_cancel", args=[schedule.pk])
    editor_client.post(cancel)

    response = editor_client.post(cancel, follow=True)

    assert "This schedule cannot be cancelled: it is “Cancelled”." in text_of(response)


def test_cancel_never_sends_the_editor_to_another_website(editor_client, approved_page):
    schedule = schedule_create(
        approved_page, action="publish", run_at=timezone.now() + timedelta(days=1), by=EditorFactory()
    )

    response = editor_client.post(
        reverse("admin:procedures_publishschedule_cancel", args=[schedule.pk]),
        {"next": "https://evil.example/"},
    )

    assert response["Location"] == change_url(approved_page)


def test_a_failed_schedule_shows_its_reason_on_the_page(editor_client, approved_page):
    schedule = schedule_create(
        approved_page, action="publish", run_at=timezone.now() + timedelta(minutes=5), by=EditorFactory()
    )
    services.page_send_back(approved_page, by=MedicalReviewerFactory(), reason="Add the risks.")
    schedules_run_due(schedule.run_at)

    document, box = schedule_box(editor_client.get(change_url(approved_page)))

    [failure] = [words(note) for note in within(document, box, "p", **{"class": "errornote"})]
    assert failure.startswith("Failed: publish at")
    assert "Nothing was published. Its changes are “Being written”" in failure


def listed_pages(document) -> list[str]:
    return [words(cell) for cell in document.find_all("td", **{"class": "field-page_link"})]


def test_the_list_shows_pending_and_recent_schedules_and_hides_old_ones_unless_asked(editor_client):
    editor, now = EditorFactory(), timezone.now()
    soon = schedule_create(
        approved_changes(ProcedureFactory(title="Soon", status="draft")),
        action="publish",
        run_at=now + timedelta(hours=1),
        by=editor,
    )
    later = schedule_create(
        ProcedureFactory(title="Later"), action="unpublish", run_at=now + timedelta(days=3), by=editor
    )
    old = PublishSchedule.objects.create(
        page=ProcedureFactory(title="Old"),
        action="unpublish",
        run_at=now - timedelta(days=90),
        state=State.DONE,
    )
    PublishSchedule.objects.filter(pk=old.pk).update(updated_at=now - timedelta(days=90))

    document = parse(editor_client.get(LIST).content)

    assert listed_pages(document) == ["Soon", "Later"], "pending first, the soonest first; old ones hidden"
    assert [link.get("href") for link in document.find_all("a") if link.text == "Soon"] == [
        change_url(soon.page)
    ]
    assert [button.get("formaction") for button in document.find_all("button", name="next")] == [
        reverse("admin:procedures_publishschedule_cancel", args=[schedule.pk]) for schedule in (soon, later)
    ]
    assert listed_pages(parse(editor_client.get(LIST, {"period": "all"}).content)) == ["Soon", "Later", "Old"]


def test_the_lists_cancel_button_cancels_and_returns_to_the_list(editor_client):
    schedule = schedule_create(
        ProcedureFactory(), action="unpublish", run_at=timezone.now() + timedelta(days=1), by=EditorFactory()
    )
    document = parse(editor_client.get(LIST).content)
    [button] = document.find_all("button", name="next")

    response = editor_client.post(
        button.get("formaction"),
        {**document.form_data("changelist-form"), "next": button.get("value")},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == LIST
    schedule.refresh_from_db()
    assert schedule.state == State.CANCELLED


def test_the_list_is_read_only(editor_client, approved_page):
    schedule = schedule_create(
        approved_page, action="publish", run_at=timezone.now() + timedelta(days=1), by=EditorFactory()
    )

    assert editor_client.get(reverse("admin:procedures_publishschedule_add")).status_code == 403
    response = editor_client.post(
        reverse("admin:procedures_publishschedule_change", args=[schedule.pk]), {"state": "done"}
    )
    assert response.status_code == 403
    schedule.refresh_from_db()
    assert schedule.state == State.SCHEDULED


def test_the_admin_index_links_an_editor_to_the_list(editor_client):
    document = parse(editor_client.get(reverse("admin:index")).content)

    assert [link.get("href") for link in document.find_all("a") if link.text == "Scheduled publishing"] == [
        LIST
    ]


def test_staff_who_may_not_publish_neither_schedule_nor_see_the_list(client, approved_page):
    client.force_login(UserFactory(is_staff=True))

    assert client.get(LIST).status_code == 403
    response = client.post(
        schedule_url(approved_page), {"action": "publish", "day": in_ten_days(), "at": "09:00"}
    )
    assert response.status_code == 403
    assert not PublishSchedule.objects.exists()


def test_a_working_drafts_form_shows_the_live_pages_schedules(editor_client):
    live = ProcedureFactory()
    draft = approved_changes(live, introduction="New text.")
    schedule_create(live, action="publish", run_at=timezone.now() + timedelta(days=1), by=EditorFactory())

    document, box = schedule_box(editor_client.get(change_url(draft)))

    assert "Publish at" in words(box)
    assert document.find("form", **{"class": "schedule-form"}).get("action") == schedule_url(live)


def test_a_medical_reviewer_sees_the_pages_schedule_but_no_form_cancel_or_list_link(approved_page):
    schedule_create(
        approved_page, action="publish", run_at=timezone.now() + timedelta(days=1), by=EditorFactory()
    )
    client = Client()
    client.force_login(MedicalReviewerFactory())

    document, box = schedule_box(client.get(change_url(approved_page)))

    assert "Publish at" in words(box)
    assert not within(document, box, "form")
    assert not [link for link in within(document, box, "a") if link.text == "All schedules"]
