"""The patient's request in Spanish (issue #13): /es/consulta/, its errors, its emergency advice, its
thanks page and its email in Spanish; the request keeps its language and the front desk sees it."""

import csv
import io
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format, time_format

from consultations import notifications
from consultations.models import ConsultationRequest, Notification
from tests.factories import ConsultationRequestFactory
from tests.markup import parse
from tests.submissions import from_a_page_of_its_own

pytestmark = pytest.mark.django_db

SPANISH_FORM = "/es/consulta/"
ENGLISH_FORM = "/consultation/"
INBOX = reverse("admin:consultations_consultationrequest_changelist")
HOME = reverse("admin:consultations_consultationrequest_home")
CATALOG = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"
# Where the strings of the patient's request come from (this part of the catalog).
REQUEST_SOURCES = ("consultations/", "templates/consultations/", "clinic/formats/")
RED_FLAG_ES = "Desde ayer no puedo controlar la orina y se me duermen las piernas."
ROUTINE_ES = "Me duele la espalda baja desde hace dos años, peor cuando trabajo de pie."
SPANISH_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
SPANISH_DATE_TIME = re.compile(rf"\d{{1,2}} de ({SPANISH_MONTHS}) de \d{{4}}, \d{{1,2}}:\d\d [ap]\. m\.")


def english_phrases() -> set[str]:
    """The English of every catalog entry of the request translated into something else, cut at its
    placeholders and markup into the phrases a page shows."""
    phrases = set()
    for entry in polib.pofile(str(CATALOG)):
        if entry.msgctxt == "URL" or not any(
            source.startswith(REQUEST_SOURCES) for source, _ in entry.occurrences
        ):
            continue
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
            if msgid in translations:
                continue  # the same in both languages ("Error:")
            for phrase in re.split(r"%\(\w+\)s|<[^>]+>", msgid):
                phrase = phrase.strip(" ,.:")
                if len(phrase) > 2:
                    phrases.add(phrase)
    return phrases


def visible_text(html: str) -> str:
    """The page's title and main content as a reader sees them, in one line."""
    document = parse(html)
    return " ".join(f"{document.title} {document.find('main').text}".split())


def english_left(html: str) -> list[str]:
    text = visible_text(html)
    return sorted(p for p in english_phrases() if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text))


def row_of(html: str, reference: str) -> str:
    """The table row of the request with `reference`."""
    [row] = [row for row in html.split("<tr")[1:] if reference in row]
    return row.split("</tr>")[0]


def spanish(valid_data, **changes) -> dict:
    return {**valid_data, "description": ROUTINE_ES, **changes}


def test_the_catalog_check_knows_the_english_of_the_request():
    phrases = english_phrases()

    assert {
        "Send request",
        "Request a consultation",
        "Enter your phone number so we can reach you",
    } <= phrases
    assert "consulta/" not in phrases


def test_the_spanish_form_is_spanish_with_no_english_interface_string_left(client, clinic, insurance_groups):
    response = client.get(SPANISH_FORM)

    html = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Language"] == "es"
    assert '<html lang="es">' in html
    assert english_left(html) == []
    text = visible_text(html)
    for spanish_text in ("Pida una consulta", "Enviar solicitud", "Aviso de privacidad", "No estoy seguro"):
        assert spanish_text in text
    assert "Si es una emergencia médica, llame al 911" in text
    assert f'action="{SPANISH_FORM}"' in html


def test_the_english_check_would_find_english_on_the_english_form(client, clinic, insurance_groups):
    html = client.get(ENGLISH_FORM).content.decode()

    assert '<html lang="en">' in html
    assert {"Send request", "Privacy notice", "Your insurance"} <= set(english_left(html))


def test_errors_on_the_spanish_form_are_spanish(client, clinic, insurance_groups):
    response = client.post(SPANISH_FORM, {"phone": "555-01", "email": "no es correo", "started": "x"})

    html = response.content.decode()
    assert response.status_code == 200
    assert english_left(html) == []
    text = visible_text(html)
    for message in (
        "Hay un problema con su solicitud",
        "Escriba su nombre.",
        "Escriba su apellido.",
        "Escriba un número de teléfono al que podamos llamar, como (310) 555-0142.",
        "Escriba un correo electrónico como nombre@ejemplo.com.",
        "Elija su seguro médico, o “No estoy seguro”.",
        "Marque la casilla para aceptar, así podremos comunicarnos con usted.",
        "Revise sus datos y oprima “Enviar solicitud” otra vez.",
    ):
        assert message in text, message
    assert parse(html).title.startswith("Error: Pida una consulta")
    assert ConsultationRequest.objects.count() == 0


def test_a_spanish_red_flag_gets_the_spanish_emergency_advice_on_the_spanish_thanks_page(
    client, clinic, valid_data
):
    response = client.post(SPANISH_FORM, spanish(valid_data, description=RED_FLAG_ES))

    assert response.status_code == 302
    assert response["Location"].startswith("/es/consulta/gracias/")
    thanks = client.get(response["Location"])
    html = thanks.content.decode()
    assert '<html lang="es">' in html
    assert english_left(html) == []
    text = visible_text(html)
    assert "Busque atención de emergencia ahora" in text
    assert (
        "llame al 911 o vaya ahora mismo a la sala de emergencias más cercana. No espere nuestra llamada."
        in text
    )
    consultation_request = ConsultationRequest.objects.get()
    assert consultation_request.is_urgent
    assert consultation_request.reference in text
    received = consultation_request.created_at.astimezone(ZoneInfo(settings.TIME_ZONE))
    with translation.override("es"):
        when = f"La recibimos el {date_format(received)} a las {time_format(received)}."
    assert when in text
    assert re.search(rf"\d{{1,2}} de ({SPANISH_MONTHS}) de \d{{4}} a las \d{{1,2}}:\d\d [ap]\. m\.", text)


def test_the_spanish_thanks_page_without_a_red_flag_has_the_spanish_notice(client, clinic, valid_data):
    thanks = client.get(client.post(SPANISH_FORM, spanish(valid_data))["Location"])

    text = visible_text(thanks.content.decode())
    assert "Gracias, recibimos su solicitud" in text
    assert "Busque atención de emergencia ahora" not in text
    assert "Si es una emergencia médica, llame al 911" in text


def test_an_expired_spanish_confirmation_says_so_in_spanish(client, clinic):
    response = client.get("/es/consulta/gracias/not-a-token/")

    assert response.status_code == 404
    assert english_left(response.content.decode()) == []
    assert "Esta confirmación ya no está disponible" in response.content.decode()


def test_a_too_long_spanish_request_is_told_so_in_spanish(client, clinic):
    response = client.post(SPANISH_FORM, {"description": "x" * 40_000})

    assert response.status_code == 413
    assert english_left(response.content.decode()) == []
    assert '<html lang="es">' in response.content.decode()


def test_a_spanish_form_refused_for_its_security_token_says_so_in_spanish(clinic):
    response = Client(enforce_csrf_checks=True).post(SPANISH_FORM, {})

    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="es">' in html
    assert "No se pudo enviar su formulario" in html
    assert english_left(html) == []


def test_the_request_keeps_the_language_of_the_form_it_was_sent_from(client, clinic, valid_data):
    client.post(SPANISH_FORM, spanish(valid_data))
    client.post(ENGLISH_FORM, from_a_page_of_its_own({**valid_data, "first_name": "Ana"}))

    languages = dict(ConsultationRequest.objects.values_list("first_name", "language"))
    assert languages == {"Rosalind": "es", "Ana": "en"}


@pytest.mark.parametrize(
    ("form", "posted", "stored"), [(ENGLISH_FORM, "es", "en"), (SPANISH_FORM, "en", "es")]
)
def test_a_posted_language_field_is_ignored(client, clinic, valid_data, form, posted, stored):
    client.post(form, {**spanish(valid_data), "language": posted})

    assert ConsultationRequest.objects.get().language == stored


def test_the_english_form_is_unchanged_by_the_spanish_one(client, clinic, insurance_groups):
    client.get(SPANISH_FORM)
    html = client.get(ENGLISH_FORM).content.decode()

    assert "Request a consultation" in html
    assert "Enviar" not in html
    assert "Pida una consulta" not in html


def test_the_kept_form_page_is_per_language(client, clinic, insurance_groups):
    for _ in range(2):  # rendered in full, then from the kept pages
        english = client.get(ENGLISH_FORM)
        spanish_page = client.get(SPANISH_FORM)

    assert english.templates == [] and spanish_page.templates == [], "both from the kept pages"
    english_html, spanish_html = english.content.decode(), spanish_page.content.decode()
    assert '<html lang="en">' in english_html and "Send request" in english_html
    assert "Enviar solicitud" not in english_html
    assert '<html lang="es">' in spanish_html and "Enviar solicitud" in spanish_html
    assert english_left(spanish_html) == []


def test_spanish_dates_and_times_are_written_as_us_spanish_readers_expect():
    moment = datetime(2026, 11, 30, 17, 0)

    with translation.override("es"):
        assert date_format(moment) == "30 de noviembre de 2026"
        assert time_format(moment) == "5:00 p. m."
        assert date_format(moment, "DATETIME_FORMAT") == "30 de noviembre de 2026, 5:00 p. m."
        assert time_format(moment.replace(hour=9, minute=30)) == "9:30 a. m."
    with translation.override("en"):
        assert date_format(moment) == "Nov. 30, 2026"


def test_the_phone_number_is_written_the_same_in_spanish(client, clinic, insurance_groups):
    html = client.get(SPANISH_FORM).content.decode()

    assert clinic.main_phone.as_national in html
    assert re.search(r">\(\d{3}\) \d{3}-\d{4}</a>", html)


# The emails, through a real SMTP server on loopback and the real worker


@pytest.mark.django_db(transaction=True)
def test_the_acknowledgement_goes_out_in_spanish_and_the_staff_notice_says_spanish_without_patient_data(
    client, clinic, valid_data, recording_smtp_server, recipients, run_worker
):
    client.post(SPANISH_FORM, spanish(valid_data, description=RED_FLAG_ES))
    run_worker()

    consultation_request = ConsultationRequest.objects.get()
    messages = {message["To"]: message for message in recording_smtp_server.messages}
    acknowledgement = messages[valid_data["email"]]
    text = recording_smtp_server.inbox.text_of(acknowledgement)
    assert acknowledgement["Subject"] == f"Recibimos su solicitud ({consultation_request.reference})"
    for spanish_text in (
        "Hola:",
        f"Gracias por comunicarse con {clinic.name}. Recibimos su solicitud de consulta.",
        f"Su número de referencia: {consultation_request.reference}",
        "Qué pasa ahora",
        "normalmente dentro de dos horas hábiles",
        f"llámenos al {clinic.main_phone.as_national}",
        "Si es una emergencia médica, llame al 911",
    ):
        assert spanish_text in text, spanish_text
    assert SPANISH_DATE_TIME.search(text)
    assert "What happens next" not in text and "Hello" not in text

    notice = messages["frontdesk@clinic.example"]
    notice_text = recording_smtp_server.inbox.text_of(notice)
    assert "Language:  Spanish" in notice_text
    assert "A new consultation request has arrived" in notice_text  # staff read English
    for private in ("Rosalind", "Quimby", "555-0187", "5550187", "rosalind.quimby", "orina", "piernas"):
        assert private not in notice_text, private
        assert private not in notice.as_string(), private


@pytest.mark.django_db(transaction=True)
def test_an_english_request_gets_its_email_in_english(
    client, clinic, valid_data, recording_smtp_server, recipients, run_worker
):
    client.post(ENGLISH_FORM, valid_data)
    run_worker()

    messages = {message["To"]: message for message in recording_smtp_server.messages}
    text = recording_smtp_server.inbox.text_of(messages[valid_data["email"]])
    assert text.startswith("We have received your request")
    assert "What happens next" in text
    assert re.search(r"Received: \w{3}\.? \d{1,2}, \d{4}, \d{1,2}:\d\d [ap]\.m\.", text)
    assert "Language:  English" in recording_smtp_server.inbox.text_of(messages["frontdesk@clinic.example"])


def test_the_we_tried_to_reach_you_email_is_in_the_language_of_the_request(clinic):
    consultation_request = ConsultationRequestFactory(language="es")
    notification = Notification.objects.create(
        consultation_request=consultation_request, kind=Notification.Kind.TRIED_TO_REACH
    )

    message = notifications.compose(notification)

    assert message.subject == f"Intentamos comunicarnos con usted ({consultation_request.reference})"
    assert f"Con gusto le seguimos ayudando. Llámenos al {clinic.main_phone.as_national}" in message.body
    assert "Si es una emergencia médica, llame al 911" in message.body


# The front desk


def test_the_inbox_marks_spanish_requests_and_filters_by_language(front_desk_client):
    spanish_request = ConsultationRequestFactory(language="es")
    english_request = ConsultationRequestFactory(language="en")

    html = front_desk_client.get(INBOX).content.decode()
    row = row_of(html, spanish_request.reference)
    assert 'title="Spanish"' in row
    assert '<span aria-hidden="true">ES</span><span class="visually-hidden">Spanish</span>' in row
    assert "front-desk-language" not in row_of(html, english_request.reference)
    filtered = front_desk_client.get(INBOX, {"language": "es"}).content.decode()
    assert spanish_request.reference in filtered
    assert english_request.reference not in filtered
    assert 'href="?language=es"' in html


def test_the_change_form_names_the_language_in_english(front_desk_client):
    consultation_request = ConsultationRequestFactory(language="es")

    html = front_desk_client.get(
        reverse("admin:consultations_consultationrequest_change", args=[consultation_request.pk])
    ).content.decode()

    assert re.search(r"Language:?</label>\s*<div class=\"readonly\">Spanish</div>", html)


def test_the_front_desk_queue_and_work_mode_show_the_language(front_desk_client):
    consultation_request = ConsultationRequestFactory(language="es")

    home = front_desk_client.get(HOME).content.decode()
    work = front_desk_client.get(
        reverse("admin:consultations_consultationrequest_work", args=[consultation_request.pk])
    ).content.decode()

    row = row_of(home, consultation_request.reference)
    assert 'title="Spanish"' in row
    assert "Speaks Spanish" in work
    assert "<dt>Language</dt><dd>Spanish</dd>" in work


def test_the_csv_export_has_a_language_column(front_desk, front_desk_client):
    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    spanish_request = ConsultationRequestFactory(language="es")
    english_request = ConsultationRequestFactory(language="en")

    exported = front_desk_client.post(
        f"{INBOX}?status=all",
        {"action": "export_csv", "_selected_action": [spanish_request.pk, english_request.pk]},
    )

    rows = list(csv.DictReader(io.StringIO(exported.content.decode())))
    assert {row["reference"]: row["language"] for row in rows} == {
        spanish_request.reference: "Spanish",
        english_request.reference: "English",
    }
    # Staff read English: the choices a patient saw in Spanish are exported in English.
    assert {row["preferred contact"] for row in rows} == {"Phone call"}
