"""Markup typed by a patient or an editor stays text wherever it is shown: pages, admin, CSV, emails.

A page holding the payload must have the same elements and attributes as the same page holding
harmless text (tests/inert.py). Pages showing one record are compared with the page of a
harmless record; lists show every payload at once. The public content pages are covered by
tests/procedures/test_sanitizing.py, whose corpus these tests reuse.
"""

import csv
import io

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.test import Client
from django.urls import reverse

from consultations import notifications, services, views
from consultations.forms import ConsultationRequestForm
from consultations.models import ConsultationRequest, Event, Note, Notification
from procedures import page_cache
from procedures.models import Clinic, Condition, Location, Procedure
from tests.factories import (
    ConditionFactory,
    ConsultationRequestFactory,
    EditorFactory,
    LocationFactory,
    NoticeRecipientFactory,
    ProcedureFactory,
)
from tests.inert import live_markup, shown_as_text
from tests.procedures.test_sanitizing import XSS_PAYLOADS
from tests.submissions import FORM_URL, from_a_page_of_its_own

pytestmark = pytest.mark.django_db

HARMLESS = "Harmless words"
# Invalid for every field that validates, as every payload is, so both renderings show the same errors.
HARMLESS_INVALID = "Harmless 42"
# Addresses that Django's EmailValidator accepts (a quoted local part may hold markup): they reach
# the admin, the CSV export and the acknowledgement's envelope.
EMAIL_PAYLOADS = [
    '"<script>alert(1)</script>"@example.org',
    '"<svg/onload=alert(1)>"@example.org',
    '"\\"><img/src/onerror=alert(1)>"@example.org',
    "\"x'onmouseover=alert(1)'\"@example.org",
    '"javascript:alert(1)"@example.org',
    "=1+2@example.org",
]
INBOX = reverse("admin:consultations_consultationrequest_changelist")
PATIENT_TEXT_FIELDS = ["first_name", "last_name", "phone", "email", "description", "website", "came_from"]
CHOICE_FIELDS = ["contact_method", "best_time", "insurance", "heard_about", "topic", "location"]
# What a spreadsheet runs as a formula when a cell starts with it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def get_page(client, url, **params) -> bytes:
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content


def assert_inert(html: bytes, *, baseline: bytes, payload: str, shown: bool = True):
    """Nothing in `html` runs or loads; if `shown`, the payload is there as readable text."""
    assert live_markup(html, baseline=baseline) == [], payload
    if shown:
        assert shown_as_text(html, payload), payload


def request_url(consultation_request) -> str:
    return reverse("admin:consultations_consultationrequest_change", args=[consultation_request.pk])


# What a patient sends


def test_what_a_patient_typed_is_shown_back_as_text_after_an_error(client, clinic, valid_data):
    LocationFactory.create_batch(2)  # with two, the form asks for one: one more field to send

    def post(text):
        response = client.post(
            FORM_URL, {**valid_data, **dict.fromkeys(PATIENT_TEXT_FIELDS + CHOICE_FIELDS, text)}
        )
        assert response.status_code == 200
        return response.content

    baseline = post(HARMLESS_INVALID)
    for payload in XSS_PAYLOADS:
        assert_inert(post(payload), baseline=baseline, payload=payload)


def test_a_hostile_address_or_referer_is_inert_on_the_form(client, clinic):
    def get(text):
        params = {"procedure": text, "condition": text}
        return client.get(FORM_URL, params, HTTP_REFERER=f"http://testserver/procedures/{text}").content

    baseline = get(HARMLESS)
    for payload in XSS_PAYLOADS:
        assert_inert(get(payload), baseline=baseline, payload=payload, shown=False)


def test_the_inbox_search_box_shows_a_hostile_search_as_text(front_desk_client):
    baseline = get_page(front_desk_client, INBOX, q=HARMLESS)
    for payload in XSS_PAYLOADS:
        assert_inert(get_page(front_desk_client, INBOX, q=payload), baseline=baseline, payload=payload)


def patient_request(text: str, *, number: int, by) -> ConsultationRequest:
    """A request holding `text` wherever the patient typed, in a note and in its history.

    Stored as it is, as if the form had let it through: the admin must not rely on the form.
    """
    consultation_request = ConsultationRequestFactory(
        first_name=text, last_name=text, description=text, source_path=text, phone=f"+1310555{number:04d}"
    )
    services.consultation_note_create(consultation_request=consultation_request, author=by, text=text)
    Event.objects.create(
        consultation_request=consultation_request, action=Event.Action.ASSIGNED, new_value=text
    )
    return consultation_request


def test_patient_text_is_inert_in_the_inbox_and_on_each_request_with_its_notes_and_history(
    front_desk, front_desk_client
):
    harmless = patient_request(HARMLESS, number=0, by=front_desk)
    hostile = [
        patient_request(HARMLESS, number=number, by=front_desk) for number in range(1, len(XSS_PAYLOADS) + 1)
    ]
    inbox_baseline = get_page(front_desk_client, INBOX)
    for consultation_request, payload in zip(hostile, XSS_PAYLOADS, strict=True):
        fields = dict.fromkeys(["first_name", "last_name", "description", "source_path"], payload)
        ConsultationRequest.objects.filter(pk=consultation_request.pk).update(**fields)
        Note.objects.filter(consultation_request=consultation_request).update(text=payload)
        consultation_request.events.filter(action=Event.Action.ASSIGNED).update(new_value=payload)

    inbox = get_page(front_desk_client, INBOX)

    assert live_markup(inbox, baseline=inbox_baseline) == []
    assert [payload for payload in XSS_PAYLOADS if not shown_as_text(inbox, payload)] == []
    baseline = get_page(front_desk_client, request_url(harmless))
    for consultation_request, payload in zip(hostile, XSS_PAYLOADS, strict=True):
        # The request's page holds what the patient sent, the notes and the history of changes.
        change = get_page(front_desk_client, request_url(consultation_request))
        assert_inert(change, baseline=baseline, payload=payload)


def test_email_addresses_with_markup_pass_the_form_and_are_inert_for_staff(
    front_desk_client, clinic, valid_data
):
    for email in EMAIL_PAYLOADS:
        assert ConsultationRequestForm(data={**valid_data, "email": email}).is_valid(), email
    harmless = ConsultationRequestFactory(email="harmless@example.org")
    baseline = get_page(front_desk_client, request_url(harmless))

    for email in EMAIL_PAYLOADS:
        consultation_request = ConsultationRequestFactory(email=email)
        page = get_page(front_desk_client, request_url(consultation_request))
        assert_inert(page, baseline=baseline, payload=email)


@pytest.fixture
def exporter(front_desk):
    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    return front_desk


def export_csv(client, *objs) -> list[list[str]]:
    response = client.post(
        f"{INBOX}?status=all", {"action": "export_csv", "_selected_action": [obj.pk for obj in objs]}
    )
    assert response["Content-Type"].startswith("text/csv")
    # Downloaded, never displayed by the browser as a page of its own.
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    return list(csv.reader(io.StringIO(response.content.decode())))


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_no_exported_cell_starts_a_spreadsheet_formula(exporter, front_desk_client, start):
    formula = f'{start}HYPERLINK("http://evil.example","x")'
    consultation_request = ConsultationRequestFactory(
        first_name=formula,
        last_name=formula,
        email=f"{start}1+2@example.org",
        location=LocationFactory(name=formula),
        procedure=ProcedureFactory(title=formula),
    )

    [header, row] = export_csv(front_desk_client, consultation_request)

    assert [cell for cell in row if cell.startswith(FORMULA_STARTS)] == []
    exported = dict(zip(header, row, strict=True))
    assert exported["first name"] == exported["last name"] == "'" + formula
    assert exported["email"] == f"'{start}1+2@example.org"
    assert exported["location"] == exported["about"] == "'" + formula


def test_markup_in_an_export_stays_plain_text_in_its_cells(exporter, front_desk_client):
    requests = [ConsultationRequestFactory(first_name=payload) for payload in XSS_PAYLOADS]

    rows = export_csv(front_desk_client, *requests)

    assert sorted(row[4] for row in rows[1:]) == sorted(XSS_PAYLOADS)


@pytest.mark.django_db(transaction=True)  # the real worker needs real transactions
def test_no_email_echoes_what_patients_typed(
    client, clinic, valid_data, recipients, recording_smtp_server, run_worker
):
    """The staff notice carries nothing a patient typed, the acknowledgement no markup: both plain text."""
    phones = [f"(310) 555-{1000 + index}" for index in range(len(XSS_PAYLOADS))]
    for index, (payload, phone) in enumerate(zip(XSS_PAYLOADS, phones, strict=True)):
        email = EMAIL_PAYLOADS[index % len(EMAIL_PAYLOADS)]
        data = {**from_a_page_of_its_own(valid_data), "description": payload, "email": email, "phone": phone}
        assert client.post(FORM_URL, data, REMOTE_ADDR=f"198.51.100.{index}").status_code == 302

    run_worker()

    patient_text = {*XSS_PAYLOADS, *EMAIL_PAYLOADS, valid_data["first_name"], valid_data["last_name"]}
    patient_text |= {f"555{1000 + index}" for index in range(len(phones))} | {p[6:] for p in phones}
    staff = [m for m in recording_smtp_server.messages if m["To"] == "frontdesk@clinic.example"]
    acknowledgements = [m for m in recording_smtp_server.messages if m["To"] != "frontdesk@clinic.example"]
    assert len(staff) == len(acknowledgements) == len(XSS_PAYLOADS)
    for message in recording_smtp_server.messages:
        assert message.get_content_type() == "text/plain" and not message.is_multipart()
    for message in staff:
        assert [text for text in patient_text if text in message.as_string()] == []
    for message in acknowledgements:
        body = recording_smtp_server.inbox.text_of(message)
        assert "<" not in body and ">" not in body
        assert [text for text in patient_text if text in body] == []


# What an editor writes


def set_editor_text(text: str) -> None:
    """Put `text` in every field an editor fills that the form, its pages and the emails show."""
    Clinic.objects.filter(pk=1).update(name=text, emergency_notice=text)
    Location.objects.update(
        name=text, street_address=text, city=text, hours_note=f"{text}\n{text}", parking=text, transit=text
    )
    Procedure.objects.update(title=text)
    Condition.objects.update(title=text)
    # Updates skip the signals by which an editor's save replaces the page cache's generation,
    # which the kept form page belongs to (consultations/form_page.py).
    page_cache.invalidate_all()


@pytest.fixture
def editor_world(clinic):
    """Two locations, a procedure and a condition, and a request about them."""
    locations = LocationFactory.create_batch(2)
    procedure = ProcedureFactory(slug="hostile-procedure")
    ConditionFactory(slug="hostile-condition")
    return ConsultationRequestFactory(location=locations[0], procedure=procedure)


def public_pages(consultation_request) -> dict[str, bytes]:
    client = Client()
    token = signing.TimestampSigner(salt=views.THANKS_SALT).sign(consultation_request.reference)
    pages = {
        "form": client.get(FORM_URL, {"procedure": "hostile-procedure"}),
        "thanks": client.get(reverse("consultations:thanks", args=[token])),
        "not found": client.get("/no-such-page/"),
        "too large": client.post(FORM_URL, {"description": "x" * (views.MAX_BODY_BYTES + 1)}),
        "forged form": Client(enforce_csrf_checks=True).post(FORM_URL, {"first_name": "A"}),
    }
    assert [response.status_code for response in pages.values()] == [200, 200, 404, 413, 403]
    return {name: response.content for name, response in pages.items()}


def test_editor_text_is_inert_on_the_form_and_the_pages_around_it(editor_world):
    set_editor_text(HARMLESS)
    baselines = public_pages(editor_world)

    for payload in XSS_PAYLOADS:
        set_editor_text(payload)
        for name, page in public_pages(editor_world).items():
            assert_inert(page, baseline=baselines[name], payload=payload, shown=name == "form")


def test_editor_text_is_inert_in_the_admin_for_front_desk_and_editors(clinic, front_desk_client):
    editor = EditorFactory()
    editor_client = Client()
    editor_client.force_login(editor)
    requests = [
        ConsultationRequestFactory(
            location=LocationFactory(name=HARMLESS), procedure=ProcedureFactory(title=HARMLESS)
        )
        for _ in range(len(XSS_PAYLOADS) + 1)
    ]
    procedure_type = ContentType.objects.get_for_model(Procedure)
    entry = LogEntry.objects.create(
        user=editor, content_type=procedure_type, object_id="1", object_repr=HARMLESS, action_flag=CHANGE
    )
    lists = {
        "inbox": (front_desk_client, INBOX),
        "procedures": (editor_client, reverse("admin:procedures_procedure_changelist")),
        "locations": (editor_client, reverse("admin:procedures_location_changelist")),
    }
    list_baselines = {name: get_page(client, url) for name, (client, url) in lists.items()}
    harmless = requests.pop()
    harmless_pages = {
        "request": get_page(front_desk_client, request_url(harmless)),
        "page": get_page(
            editor_client, reverse("admin:procedures_procedure_change", args=[harmless.procedure.pk])
        ),
        "index": get_page(editor_client, reverse("admin:index")),
    }
    for consultation_request, payload in zip(requests, XSS_PAYLOADS, strict=True):
        Location.objects.filter(pk=consultation_request.location_id).update(name=payload)
        Procedure.objects.filter(pk=consultation_request.procedure_id).update(title=payload)

    for name, (client, url) in lists.items():
        assert live_markup(get_page(client, url), baseline=list_baselines[name]) == [], name
    for consultation_request, payload in zip(requests, XSS_PAYLOADS, strict=True):
        page_url = reverse("admin:procedures_procedure_change", args=[consultation_request.procedure_id])
        LogEntry.objects.filter(pk=entry.pk).update(object_repr=payload)
        assert_inert(
            get_page(front_desk_client, request_url(consultation_request)),
            baseline=harmless_pages["request"],
            payload=payload,
        )
        assert_inert(get_page(editor_client, page_url), baseline=harmless_pages["page"], payload=payload)
        assert_inert(
            get_page(editor_client, reverse("admin:index")), baseline=harmless_pages["index"], payload=payload
        )


EMAIL_HEADERS = {
    "Content-Type",
    "MIME-Version",
    "Content-Transfer-Encoding",
    "Subject",
    "From",
    "To",
    "Date",
    "Message-ID",
}


@pytest.mark.parametrize("payload", [*XSS_PAYLOADS, "West\r\nBcc: victim@evil.example", "A\nB: c"])
def test_emails_show_editor_text_as_plain_text_with_no_header_added(editor_world, payload):
    NoticeRecipientFactory(email="frontdesk@clinic.example")
    set_editor_text(payload)
    # A request's emails; the barrier notice is about a barrier report and shows no editor text.
    for kind in set(Notification.Kind) - {Notification.Kind.BARRIER_NOTICE}:
        notification = Notification.objects.create(consultation_request=editor_world, kind=kind)

        message = notifications.compose(notification).message()

        assert message.get_content_type() == "text/plain" and not message.is_multipart()
        assert set(message.keys()) <= EMAIL_HEADERS
        assert "\n" not in message["Subject"] and "\r" not in message["Subject"]
