import csv
import io
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from consultations.models import AccessLogEntry, ConsultationRequest, Event, Note, Notification
from tests.factories import (
    AdministratorFactory,
    ConsultationRequestFactory,
    EditorFactory,
    FrontDeskFactory,
    LocationFactory,
    ProcedureFactory,
)

pytestmark = pytest.mark.django_db

INBOX = reverse("admin:consultations_consultationrequest_changelist")


def change_url(obj):
    return reverse("admin:consultations_consultationrequest_change", args=[obj.pk])


def received(obj, ago: timedelta):
    ConsultationRequest.objects.filter(pk=obj.pk).update(created_at=timezone.now() - ago)


def inbox_references(client, **params) -> list[str]:
    response = client.get(INBOX, params)
    assert response.status_code == 200
    return [obj.reference for obj in response.context["cl"].result_list]


def act(client, action, *objs):
    # From the list of all requests: the default list holds only open ones.
    return client.post(f"{INBOX}?status=all", {"action": action, "_selected_action": [o.pk for o in objs]})


# Roles


def test_front_desk_can_open_and_change_a_request(front_desk_client):
    consultation_request = ConsultationRequestFactory()

    assert front_desk_client.get(INBOX).status_code == 200
    response = front_desk_client.post(
        change_url(consultation_request), {**triage_form(consultation_request), "status": "contacted"}
    )

    assert response.status_code == 302
    assert ConsultationRequest.objects.get().status == "contacted"


def test_front_desk_cannot_delete_a_request(front_desk_client):
    consultation_request = ConsultationRequestFactory()
    delete_url = reverse("admin:consultations_consultationrequest_delete", args=[consultation_request.pk])

    assert front_desk_client.get(delete_url).status_code == 403
    assert front_desk_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert ConsultationRequest.objects.exists()


def test_front_desk_cannot_change_content(front_desk_client):
    procedure = ProcedureFactory()

    assert front_desk_client.get(reverse("admin:procedures_procedure_changelist")).status_code == 403
    assert (
        front_desk_client.get(reverse("admin:procedures_procedure_change", args=[procedure.pk])).status_code
        == 403
    )


def test_an_editor_cannot_open_requests(editor_client):
    consultation_request = ConsultationRequestFactory()

    assert editor_client.get(INBOX).status_code == 403
    assert editor_client.get(change_url(consultation_request)).status_code == 403


def test_nobody_adds_requests_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:consultations_consultationrequest_add")).status_code == 403


# The inbox


def test_the_inbox_shows_open_requests_urgent_first_then_oldest(front_desk_client):
    old = ConsultationRequestFactory()
    new = ConsultationRequestFactory()
    urgent = ConsultationRequestFactory(is_urgent=True)
    closed = ConsultationRequestFactory(status="closed")
    received(old, timedelta(hours=5))
    received(new, timedelta(hours=1))
    received(urgent, timedelta(minutes=5))
    received(closed, timedelta(hours=9))

    assert inbox_references(front_desk_client) == [urgent.reference, old.reference, new.reference]
    assert closed.reference in inbox_references(front_desk_client, status="all")
    assert inbox_references(front_desk_client, status="closed") == [closed.reference]


def test_the_inbox_row_has_a_click_to_call_phone_and_the_notice_state(front_desk_client):
    consultation_request = ConsultationRequestFactory(phone="+13105550187")
    Notification.objects.create(
        consultation_request=consultation_request, kind="staff-notice", status="failing"
    )

    html = front_desk_client.get(INBOX).content.decode()

    assert '<a href="tel:+13105550187">(310) 555-0187</a>' in html
    assert "<strong>Failing, retrying</strong>" in html


def test_an_urgent_request_says_urgent_in_words_beside_its_status(front_desk_client):
    ConsultationRequestFactory(is_urgent=True)
    ConsultationRequestFactory()

    html = front_desk_client.get(INBOX).content.decode()

    assert re.search(r"New <strong[^>]*>Urgent</strong>", html)
    assert html.count(">Urgent</strong>") == 1
    assert "icon-yes.svg" not in html and "icon-no.svg" not in html


def test_the_inbox_takes_the_same_number_of_queries_however_many_rows(
    front_desk_client, django_assert_max_num_queries
):
    location, procedure = LocationFactory(), ProcedureFactory()
    assignee = FrontDeskFactory()
    ConsultationRequestFactory(location=location, procedure=procedure, assigned_to=assignee)
    front_desk_client.get(INBOX)  # warm up sessions and content types
    with django_assert_max_num_queries(50) as few:
        front_desk_client.get(INBOX)

    for _ in range(20):
        obj = ConsultationRequestFactory(
            location=location, procedure=procedure, assigned_to=FrontDeskFactory()
        )
        Notification.objects.create(consultation_request=obj, kind="staff-notice")
    with django_assert_max_num_queries(len(few.captured_queries)):
        front_desk_client.get(INBOX)


def test_requests_past_the_response_target_stand_out_and_can_be_filtered(front_desk_client, settings):
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"
    settings.CONSULTATION_RESPONSE_TARGET_MINUTES = 120
    late, fresh = ConsultationRequestFactory(), ConsultationRequestFactory()
    answered = ConsultationRequestFactory(status="attempted", first_responded_at=timezone.now())
    received(late, timedelta(hours=3))
    received(answered, timedelta(hours=3))

    assert inbox_references(front_desk_client, overdue="yes") == [late.reference]
    assert "overdue" in front_desk_client.get(INBOX).content.decode()
    assert fresh.reference not in inbox_references(front_desk_client, overdue="yes")


def test_filters_for_assigned_to_me_and_unassigned(front_desk, front_desk_client):
    mine = ConsultationRequestFactory(assigned_to=front_desk)
    theirs = ConsultationRequestFactory(assigned_to=FrontDeskFactory())
    nobodys = ConsultationRequestFactory()

    assert inbox_references(front_desk_client, assigned="me") == [mine.reference]
    assert inbox_references(front_desk_client, assigned="nobody") == [nobodys.reference]
    assert theirs.reference in inbox_references(front_desk_client)


def test_filters_for_urgent_location_and_procedure(front_desk_client):
    location, procedure = LocationFactory(), ProcedureFactory()
    urgent = ConsultationRequestFactory(is_urgent=True)
    here = ConsultationRequestFactory(location=location)
    about = ConsultationRequestFactory(procedure=procedure)

    assert inbox_references(front_desk_client, is_urgent__exact="1") == [urgent.reference]
    assert inbox_references(front_desk_client, location__id__exact=location.pk) == [here.reference]
    assert inbox_references(front_desk_client, procedure__id__exact=procedure.pk) == [about.reference]


@pytest.mark.parametrize(
    "query", ["Quimby", "rosalind@example.org", "(310) 555-0187", "310-555-0187", "APM-Q7K3Z"]
)
def test_search_by_name_email_phone_as_typed_or_reference(front_desk_client, query):
    wanted = ConsultationRequestFactory(
        reference="APM-Q7K3Z", last_name="Quimby", email="rosalind@example.org", phone="+13105550187"
    )
    ConsultationRequestFactory(last_name="Other", email="other@example.org", phone="+13105550100")

    assert inbox_references(front_desk_client, q=query) == [wanted.reference]


# Actions


def test_assign_to_me_and_status_actions_keep_the_history(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory()

    act(front_desk_client, "assign_to_me", consultation_request)
    for action, status in [
        ("mark_attempted", "attempted"),
        ("mark_contacted", "contacted"),
        ("mark_scheduled", "scheduled"),
        ("mark_closed", "closed"),
        ("mark_spam", "spam"),
    ]:
        act(front_desk_client, action, consultation_request)
        assert ConsultationRequest.objects.get().status == status

    consultation_request.refresh_from_db()
    assert consultation_request.assigned_to == front_desk
    history = list(Event.objects.values_list("actor", "action", "new_value"))
    assert history[0] == (front_desk.pk, "assigned", front_desk.username)
    assert [h[2] for h in history[1:]] == ["Attempted contact", "Contacted", "Scheduled", "Closed", "Spam"]


def test_the_resend_action_queues_the_staff_notice_again(front_desk_client):
    consultation_request = ConsultationRequestFactory()
    Notification.objects.create(consultation_request=consultation_request, kind="staff-notice", status="sent")

    act(front_desk_client, "resend_staff_notice", consultation_request)

    assert Notification.objects.get().status == "pending"
    assert Event.objects.filter(action="notice-resent").exists()


def test_changes_made_in_the_form_are_recorded_in_the_history(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory()

    front_desk_client.post(
        change_url(consultation_request),
        {
            **triage_form(consultation_request),
            "status": "attempted",
            "assigned_to": front_desk.pk,
            "is_urgent": "on",
            "urgency_reason": "New leg weakness, said on the phone",
        },
    )

    assert sorted(Event.objects.values_list("action", flat=True)) == ["assigned", "status", "urgency"]
    assert Event.objects.get(action="urgency").reason == "New leg weakness, said on the phone"


def test_urgency_cannot_be_set_or_cleared_in_the_form_without_a_reason(front_desk_client):
    consultation_request = ConsultationRequestFactory(is_urgent=True)

    response = front_desk_client.post(
        change_url(consultation_request), {**triage_form(consultation_request), "is_urgent": ""}
    )

    assert response.status_code == 200
    assert "Say why you are setting or clearing urgency." in response.content.decode()
    assert ConsultationRequest.objects.get().is_urgent
    assert not Event.objects.filter(action="urgency").exists()


def test_what_the_patient_sent_cannot_be_changed(front_desk_client):
    consultation_request = ConsultationRequestFactory(first_name="Maria", description="Low back pain.")

    front_desk_client.post(
        change_url(consultation_request),
        {**triage_form(consultation_request), "first_name": "Changed", "description": "Changed"},
    )

    consultation_request.refresh_from_db()
    assert (consultation_request.first_name, consultation_request.description) == ("Maria", "Low back pain.")


def test_a_note_gets_its_author_and_time_and_cannot_be_edited_later(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory()

    front_desk_client.post(
        change_url(consultation_request),
        {**triage_form(consultation_request), "notes-0-text": "Left a voicemail."},
    )

    note = Note.objects.get()
    assert (note.author, note.text) == (front_desk, "Left a voicemail.")
    assert note.created_at is not None
    html = front_desk_client.get(change_url(consultation_request)).content.decode()
    assert "Left a voicemail." in html
    assert 'name="notes-0-text"' not in html  # the saved note is shown read-only…
    assert 'name="notes-1-text"' in html  # …and a new one can be added


def test_other_requests_with_the_same_phone_or_email_are_linked(front_desk_client):
    consultation_request = ConsultationRequestFactory(phone="+13105550187", email="a@example.org")
    same_phone = ConsultationRequestFactory(phone="+13105550187", email="b@example.org")
    same_email = ConsultationRequestFactory(phone="+13105550111", email="A@example.org")
    stranger = ConsultationRequestFactory(phone="+13105550122", email="c@example.org")

    html = front_desk_client.get(change_url(consultation_request)).content.decode()

    assert f'<a href="{change_url(same_phone)}">{same_phone.reference}</a>' in html
    assert f'<a href="{change_url(same_email)}">{same_email.reference}</a>' in html
    assert stranger.reference not in html


# CSV export


def test_csv_export_needs_its_own_permission(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory()

    refused = act(front_desk_client, "export_csv", consultation_request)
    assert refused.get("Content-Type", "").startswith("text/html")

    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    exported = act(front_desk_client, "export_csv", consultation_request)
    assert exported["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(exported.content.decode())))
    assert rows[0][:3] == ["reference", "received", "status"]
    assert rows[1][0] == consultation_request.reference


def test_the_export_action_is_offered_only_with_the_permission(front_desk, front_desk_client):
    ConsultationRequestFactory()
    assert "export_csv" not in front_desk_client.get(INBOX).content.decode()

    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    assert "export_csv" in front_desk_client.get(INBOX).content.decode()


def test_the_export_cannot_run_formulas_in_a_spreadsheet(admin_client):
    consultation_request = ConsultationRequestFactory(first_name='=HYPERLINK("http://evil.example")')

    rows = list(
        csv.reader(io.StringIO(act(admin_client, "export_csv", consultation_request).content.decode()))
    )

    assert rows[1][4] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][6] == "(310) 555-" + str(consultation_request.phone.as_e164)[-4:]


# Access log


def test_opening_a_request_is_logged_with_who_and_when(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory()

    front_desk_client.get(change_url(consultation_request))
    front_desk_client.get(change_url(consultation_request))

    entries = AccessLogEntry.objects.filter(consultation_requests=consultation_request)
    assert entries.count() == 2
    assert {entry.user for entry in entries} == {front_desk}
    assert all(entry.accessed_at for entry in entries)


def test_a_refused_visit_is_not_logged_as_an_access(editor_client):
    editor_client.get(change_url(ConsultationRequestFactory()))

    assert not AccessLogEntry.objects.exists()


def test_administrators_can_read_the_access_log(admin_client, front_desk_client):
    front_desk_client.get(change_url(ConsultationRequestFactory()))
    log_url = reverse("admin:consultations_accesslogentry_changelist")

    response = admin_client.get(log_url)

    assert response.status_code == 200
    assert len(response.context["cl"].result_list) == 1


def test_front_desk_can_neither_read_nor_alter_the_access_log(front_desk, front_desk_client):
    front_desk_client.get(change_url(ConsultationRequestFactory()))
    entry = AccessLogEntry.objects.get()

    assert front_desk_client.get(reverse("admin:consultations_accesslogentry_changelist")).status_code == 403
    delete_url = reverse("admin:consultations_accesslogentry_delete", args=[entry.pk])
    assert front_desk_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert AccessLogEntry.objects.filter(pk=entry.pk).exists()


def test_not_even_an_administrator_can_alter_the_access_log(admin_client, front_desk_client):
    front_desk_client.get(change_url(ConsultationRequestFactory()))
    entry = AccessLogEntry.objects.get()

    delete_url = reverse("admin:consultations_accesslogentry_delete", args=[entry.pk])
    change = reverse("admin:consultations_accesslogentry_change", args=[entry.pk])
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert admin_client.post(change, {"user": ""}).status_code == 403
    assert AccessLogEntry.objects.get().user == entry.user


# Loose ends the front desk met on a request's page (issue 10, item 9)


def test_location_procedure_and_staff_on_a_request_are_not_links_into_a_403(front_desk, front_desk_client):
    location = LocationFactory(name="West Los Angeles")
    procedure = ProcedureFactory(title="Epidural steroid injection", slug="epidural-steroid-injection")
    colleague = FrontDeskFactory(first_name="Ana", last_name="Flores")
    consultation_request = ConsultationRequestFactory(location=location, procedure=procedure)
    Event.objects.create(consultation_request=consultation_request, actor=colleague, action="status")
    Note.objects.create(consultation_request=consultation_request, author=colleague, text="Called.")

    html = front_desk_client.get(change_url(consultation_request)).content.decode()

    for refused in [
        reverse("admin:procedures_location_change", args=[location.pk]),
        reverse("admin:procedures_procedure_change", args=[procedure.pk]),
        reverse("admin:auth_user_change", args=[colleague.pk]),
    ]:
        assert refused not in html
    assert "West Los Angeles" in html
    # The procedure links to its public page, which the front desk can read.
    assert f'href="{procedure.get_absolute_url()}"' in html
    assert "Ana Flores" in html


def test_the_history_button_shows_the_requests_history(front_desk, front_desk_client):
    consultation_request = ConsultationRequestFactory()
    Event.objects.create(
        consultation_request=consultation_request, actor=front_desk, action="status", new_value="Contacted"
    )
    history_url = reverse("admin:consultations_consultationrequest_history", args=[consultation_request.pk])

    html = front_desk_client.get(history_url).content.decode()

    assert "Status changed" in html
    assert "Contacted" in html
    assert "doesn’t have a change history" not in html
    assert AccessLogEntry.objects.get().kind == AccessLogEntry.Kind.HISTORY


def test_history_and_email_rows_name_the_request_by_its_reference_not_its_id(front_desk_client):
    consultation_request = ConsultationRequestFactory(reference="APM-HQ7K3")
    Event.objects.create(consultation_request=consultation_request, action="received")
    Notification.objects.create(consultation_request=consultation_request, kind="staff-notice")

    html = front_desk_client.get(change_url(consultation_request)).content.decode()

    assert f"Received on {consultation_request.pk}<" not in html
    assert f"Staff notice for {consultation_request.pk}:" not in html
    assert "Received on APM-HQ7K3" in html
    assert "Staff notice for APM-HQ7K3" in html


def test_the_assignee_list_offers_active_front_desk_staff_and_the_current_assignee(
    front_desk, front_desk_client, editor
):
    colleague = FrontDeskFactory()
    gone = FrontDeskFactory(is_active=False)
    administrator = AdministratorFactory()
    former_assignee = EditorFactory()
    consultation_request = ConsultationRequestFactory(assigned_to=former_assignee)

    response = front_desk_client.get(change_url(consultation_request))

    offered = set(response.context["adminform"].form.fields["assigned_to"].queryset)
    assert offered == {front_desk, colleague, former_assignee}
    assert not offered & {gone, administrator, editor}


def test_other_requests_show_their_date_in_the_clinics_time_zone(front_desk_client, settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    consultation_request = ConsultationRequestFactory(phone="+13105550187")
    earlier = ConsultationRequestFactory(phone="+13105550187")
    # 8:30 pm in Los Angeles on 2 March is already 3 March in UTC.
    ConsultationRequest.objects.filter(pk=earlier.pk).update(
        created_at=datetime(2026, 3, 3, 4, 30, tzinfo=UTC)
    )

    html = front_desk_client.get(change_url(consultation_request)).content.decode()

    assert date_format(date(2026, 3, 2), "DATE_FORMAT") in html
    assert date_format(date(2026, 3, 3), "DATE_FORMAT") not in html


def test_without_notice_recipients_administrators_see_one_banner_and_rows_do_not_say_failing(
    admin_client, front_desk_client
):
    for _ in range(3):
        Notification.objects.create(
            consultation_request=ConsultationRequestFactory(),
            kind="staff-notice",
            status="failing",
            last_error="NoRecipients: No notice recipients are set up: add them under “Notice recipients”.",
        )

    html = admin_client.get(INBOX).content.decode()

    assert html.count("No notice recipients are set up") == 1
    assert reverse("admin:consultations_noticerecipient_changelist") in html
    assert "Failing, retrying" not in html
    assert html.count("Not sent: no recipients") == 3
    assert "No notice recipients are set up" not in front_desk_client.get(INBOX).content.decode()


def test_the_banner_goes_once_a_notice_recipient_exists(admin_client, recipients):
    ConsultationRequestFactory()

    assert "No notice recipients are set up" not in admin_client.get(INBOX).content.decode()


def triage_form(obj) -> dict:
    """The change form as the browser sends it back unchanged, inline management data included."""
    data = {
        "status": obj.status,
        "assigned_to": obj.assigned_to_id or "",
        "is_urgent": "on" if obj.is_urgent else "",
    }
    for prefix, total in [
        ("notes", 0),
        ("notifications", obj.notifications.count()),
        ("events", obj.events.count()),
    ]:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": str(total if prefix != "notes" else 1),
                f"{prefix}-INITIAL_FORMS": str(total),
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data["notes-0-text"] = ""
    return {k: v for k, v in data.items() if v != "" or k == "notes-0-text"}
