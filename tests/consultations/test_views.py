import logging
import re
import time
from urllib.parse import urlencode

import pytest
from django.core import signing
from django.test import Client, override_settings
from django.urls import reverse
from django.views.debug import SafeExceptionReporterFilter

from consultations import spam, views
from consultations.models import ConsultationRequest, Notification
from tests.factories import ConditionFactory, ProcedureFactory
from tests.servers import free_port
from tests.submissions import hidden_value

pytestmark = pytest.mark.django_db

FORM_URL = "/consultation/"


def submit(client, data, **extra):
    return client.post(FORM_URL, data, **extra)


def test_the_form_url_is_named(clinic):
    assert reverse("consultations:request") == FORM_URL


def test_the_form_shows_the_emergency_notice_above_the_form(client, clinic):
    html = client.get(FORM_URL).content.decode()

    assert html.index(clinic.emergency_notice) < html.index("<form")


def test_the_form_page_sets_only_the_csrf_cookie_and_is_never_cached(clinic):
    first, second = Client().get(FORM_URL), Client().get(FORM_URL)

    assert list(first.cookies) == ["csrftoken"]
    assert "no-store" in first["Cache-Control"]
    # Each visitor gets a page of their own, not a copy from the shared page cache.
    assert hidden_value(first.content, "started") != hidden_value(second.content, "started")


def test_a_procedure_in_the_address_is_preselected(client, clinic):
    ProcedureFactory(slug="medial-branch-block", title="Medial Branch Block")

    html = client.get(FORM_URL, {"procedure": "medial-branch-block"}).content.decode()

    assert re.search(r'<option value="procedure:medial-branch-block" selected>', html)


def test_a_condition_in_the_address_is_preselected(client, clinic):
    ConditionFactory(slug="spinal-stenosis")

    html = client.get(FORM_URL, {"condition": "spinal-stenosis"}).content.decode()

    assert re.search(r'<option value="condition:spinal-stenosis" selected>', html)


def test_an_unknown_procedure_in_the_address_shows_the_form_without_preselection(client, clinic):
    ProcedureFactory(slug="medial-branch-block")

    response = client.get(FORM_URL, {"procedure": "<script>no-such-page"})

    assert response.status_code == 200
    assert not re.search(r'<option value="procedure:[^"]*" selected>', response.content.decode())


def test_the_page_the_patient_came_from_is_taken_from_the_referer(client, clinic):
    response = client.get(FORM_URL, HTTP_REFERER="http://testserver/procedures/medial-branch-block/")

    assert hidden_value(response.content, "came_from") == "/procedures/medial-branch-block/"


def test_a_referer_from_another_site_is_ignored(client, clinic):
    response = client.get(FORM_URL, HTTP_REFERER="https://search.example/procedures/x/")

    assert hidden_value(response.content, "came_from") == ""


def test_a_valid_request_is_saved_and_the_patient_sees_the_reference(client, clinic, valid_data):
    response = submit(client, valid_data)

    saved = ConsultationRequest.objects.get()
    assert response.status_code == 302
    assert re.fullmatch(r"APM-[2-9A-HJKMNP-TW-Z]{5}", saved.reference)
    assert saved.phone.as_e164 == "+13105550187"
    assert saved.source_path == "/procedures/lumbar-facet-injections/"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert saved.reference in thanks.content.decode()


def test_the_confirmation_shows_no_health_information_and_sets_no_cookie(clinic, valid_data):
    procedure = ProcedureFactory(title="Radiofrequency Ablation")
    client = Client()
    response = submit(client, {**valid_data, "topic": f"procedure:{procedure.slug}"})
    client.cookies.clear()

    thanks = client.get(response["Location"])

    html = thanks.content.decode()
    for private in ("Radiofrequency Ablation", valid_data["description"], "Rosalind", "Quimby", "555-0187"):
        assert private not in html
    assert not thanks.cookies
    assert "no-store" in thanks["Cache-Control"]


def test_the_confirmation_url_is_signed_and_a_bare_reference_shows_nothing(client, clinic, valid_data):
    submit(client, valid_data)
    reference = ConsultationRequest.objects.get().reference

    response = client.get(reverse("consultations:thanks", args=[reference]))

    assert response.status_code == 404
    assert reference not in response.content.decode()


def test_a_tampered_confirmation_url_shows_nothing(client, clinic, valid_data):
    location = submit(client, valid_data)["Location"]
    reference = ConsultationRequest.objects.get().reference
    # Another valid-looking reference: the last character always changes.
    other = reference[:-1] + ("Z" if reference[-1] != "Z" else "Y")

    response = client.get(location.replace(ConsultationRequest.objects.get().reference, other))

    assert response.status_code == 404


def signed_minutes_ago(reference, minutes):
    class EarlierSigner(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time() - minutes * 60))

    return EarlierSigner(salt=views.THANKS_SALT).sign(reference)


def test_the_confirmation_shows_for_15_minutes_only(client, clinic, valid_data):
    submit(client, valid_data)
    reference = ConsultationRequest.objects.get().reference

    fresh = client.get(reverse("consultations:thanks", args=[signed_minutes_ago(reference, 14)]))
    stale = client.get(reverse("consultations:thanks", args=[signed_minutes_ago(reference, 16)]))

    assert (fresh.status_code, stale.status_code) == (200, 404)


def test_an_expired_confirmation_tells_the_patient_to_call_and_what_to_do_in_an_emergency(
    client, clinic, valid_data
):
    submit(client, {**valid_data, "description": "Since last night I can't control my bladder"})
    reference = ConsultationRequest.objects.get().reference

    response = client.get(reverse("consultations:thanks", args=[signed_minutes_ago(reference, 60)]))

    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert "no longer available" in main
    assert "tel:+13105550142" in main
    assert clinic.emergency_notice in main
    for private in (reference, "bladder", "emergency care now"):
        assert private not in html


def test_errors_are_summarized_at_the_top_and_shown_beside_each_field(client, clinic, valid_data):
    response = submit(client, {**valid_data, "phone": "12", "first_name": ""})

    html = response.content.decode()
    summary = html[html.index('class="error-summary"') : html.index("<form")]
    assert 'role="alert"' in html[html.index('<div class="error-summary"') - 5 : html.index("<form")]
    assert '<a href="#id_phone">' in summary
    assert '<a href="#id_first_name">' in summary
    phone_input = re.search(r"<input[^>]*name=\"phone\"[^>]*>", html).group()
    assert 'aria-invalid="true"' in phone_input
    assert 'aria-describedby="id_phone_error' in phone_input or "id_phone_error" in phone_input
    assert 'id="id_phone_error"' in html
    assert html.startswith("<!doctype html>") and "<title>Error: " in html


def test_an_error_on_a_group_of_radio_buttons_links_to_its_first_button(client, clinic, valid_data):
    data = {key: value for key, value in valid_data.items() if key != "best_time"}

    html = submit(client, data).content.decode()

    assert '<a href="#id_best_time_0">Choose the best time to reach you.</a>' in html
    assert 'id="id_best_time_0"' in html


def test_what_the_patient_typed_is_kept_after_an_error(client, clinic, valid_data):
    response = submit(client, {**valid_data, "phone": "12"})

    html = response.content.decode()
    assert 'value="Rosalind"' in html
    assert valid_data["description"] in html


def test_other_http_methods_are_not_allowed(client, clinic):
    for method in ("put", "patch", "delete", "options"):
        assert getattr(client, method)(FORM_URL).status_code == 405, method
    assert client.generic("PROPFIND", FORM_URL).status_code == 405
    assert client.post(reverse("consultations:thanks", args=["x"])).status_code == 405


def test_a_forged_form_without_csrf_token_gets_a_clear_page(clinic, valid_data):
    client = Client(enforce_csrf_checks=True)

    response = client.post(FORM_URL, valid_data)

    assert response.status_code == 403
    assert b"Your form could not be sent" in response.content
    assert b'href="/static/css/site.css"' in response.content
    assert b'<a class="button" href="/consultation/">Open the page again</a>' in response.content
    assert not ConsultationRequest.objects.exists()


def test_a_replayed_form_with_a_stale_csrf_token_gets_the_same_page(clinic, valid_data):
    client = Client(enforce_csrf_checks=True)
    page = client.get(FORM_URL)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode()).group(1)
    client.cookies.clear()  # sent later from elsewhere, without the cookie it was issued with

    response = client.post(FORM_URL, {**valid_data, "csrfmiddlewaretoken": token})

    assert response.status_code == 403
    assert b"Your form could not be sent" in response.content


def test_an_oversized_body_is_refused_before_it_is_read(client, clinic, valid_data):
    response = submit(client, {**valid_data, "description": "x" * (views.MAX_BODY_BYTES + 1)})

    assert response.status_code == 413
    assert b"too long" in response.content
    assert not ConsultationRequest.objects.exists()


BAD_INPUTS = [
    {"phone": "not a phone"},
    {"phone": "\x00\x00"},
    {"email": "not-an-email"},
    {"email": "a@b@c"},
    {"first_name": "A" * 10_000},
    {"first_name": "\x00"},
    {"last_name": "Robert'); DROP TABLE consultations_consultationrequest;--"},
    {"description": "\u202e\u202d\u200b" * 50},
    {"description": "😀" * 1500},
    {"contact_method": "carrier-pigeon"},
    {"best_time": ["any", "morning"]},
    {"insurance": "<script>alert(1)</script>"},
    {"location": "999999"},
    {"location": "not-a-number"},
    {"topic": "procedure:../../etc/passwd"},
    {"topic": "page:whatever"},
    {"heard_about": "x" * 300},
    {"consent": ""},
    {"started": "x" * 5000},
    {"came_from": "/" + "a" * 5000},
    {"website": "x" * 300},
]


@pytest.mark.parametrize("changes", BAD_INPUTS, ids=[str(list(c.items()))[:40] for c in BAD_INPUTS])
def test_bad_input_gets_a_clear_answer_never_a_500(client, clinic, valid_data, changes):
    response = submit(client, {**valid_data, **changes})

    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert b'class="error-summary"' in response.content


def test_unparseable_bodies_never_give_a_500(client, clinic):
    for body, content_type in [
        (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
        (b"--x\r\nbroken multipart", "multipart/form-data; boundary=x"),
        (b'{"first_name": "A"}', "application/json"),
        (b"a=" + b"%" * 100, "application/x-www-form-urlencoded"),
    ]:
        response = client.post(FORM_URL, body, content_type=content_type)
        assert response.status_code < 500, (body, response.status_code)


def test_invalid_utf8_is_answered_with_an_error_not_a_500(client, clinic, valid_data):
    body = urlencode({**valid_data, "first_name": "NAME"}).replace("NAME", "%ED%A0%80")

    response = client.post(FORM_URL, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 200
    assert response.context["form"].has_error("first_name")


def test_too_many_fields_is_refused_without_a_500(client, clinic, valid_data):
    body = urlencode({**valid_data, **{f"f{i}": "x" for i in range(1100)}})

    response = client.post(FORM_URL, body, content_type="application/x-www-form-urlencoded")

    assert response.status_code == 400


def test_a_robot_that_fills_the_honeypot_sees_thanks_but_staff_get_no_notice(client, clinic, valid_data):
    response = submit(client, {**valid_data, "website": "http://pills.example"})

    assert response.status_code == 302
    saved = ConsultationRequest.objects.get()
    assert saved.status == ConsultationRequest.Status.SPAM
    assert not Notification.objects.exists()


def test_a_form_sent_faster_than_a_person_can_is_not_saved(client, clinic, valid_data):
    data = {**valid_data}
    data["started"] = hidden_value(client.get(FORM_URL).content, "started")

    response = submit(client, data)

    assert response.status_code == 200
    assert b"press \xe2\x80\x9cSend request\xe2\x80\x9d again" in response.content
    assert not ConsultationRequest.objects.exists()


def test_a_form_left_open_too_long_comes_back_with_what_was_typed_and_sends_on_the_next_press(
    client, clinic, valid_data, settings
):
    settings.CONSULTATION_FORM_MIN_SECONDS = 0
    opened = time.time() - settings.CONSULTATION_FORM_MAX_AGE_SECONDS - 1

    response = submit(client, {**valid_data, "started": spam.form_started_token(opened)})

    assert response.status_code == 200
    assert "This page was open for a long time" in response.content.decode()
    assert 'value="Rosalind"' in response.content.decode()
    assert not ConsultationRequest.objects.exists()
    fresh = response.context["form"]["started"].value()
    assert submit(client, {**valid_data, "started": fresh}).status_code == 302
    assert ConsultationRequest.objects.count() == 1


def test_a_form_sent_twice_is_saved_once_and_both_sends_show_the_same_confirmation(
    client, clinic, valid_data
):
    first = submit(client, valid_data)
    second = submit(client, valid_data)

    saved = ConsultationRequest.objects.get()
    assert (first.status_code, second.status_code) == (302, 302)
    assert saved.reference in client.get(second["Location"]).content.decode()


def test_a_changed_request_sent_again_from_the_same_page_comes_back_to_send_again_never_lost(
    client, clinic, valid_data
):
    submit(client, valid_data)

    corrected = submit(client, {**valid_data, "phone": "(310) 555-0199"})

    html = corrected.content.decode()
    assert corrected.status_code == 200
    assert "We already have the request sent from this page" in html
    assert 'value="(310) 555-0199"' in html
    fresh = {**valid_data, "phone": "(310) 555-0199", "started": corrected.context["form"]["started"].value()}
    with override_settings(CONSULTATION_FORM_MIN_SECONDS=0):
        assert submit(client, fresh).status_code == 302
    assert ConsultationRequest.objects.count() == 2


def test_a_form_sent_again_after_its_confirmation_expired_is_refused_and_shows_no_confirmation(
    client, clinic, valid_data, monkeypatch
):
    submit(client, valid_data)
    monkeypatch.setattr(views, "THANKS_MAX_AGE", 0)

    again = submit(client, valid_data)

    html = again.content.decode()
    assert again.status_code == 200
    assert "We already have the request sent from this page" in html
    assert ConsultationRequest.objects.get().reference not in html
    assert ConsultationRequest.objects.count() == 1


def test_with_the_shared_cache_unreachable_every_page_is_accepted_and_each_saved_once(
    client, clinic, valid_data, settings
):
    """The database still knows each page's token: a page sent twice is saved once, and nothing is lost."""
    settings.CACHES = {
        "default": {
            "BACKEND": "clinic.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port(56300)}/0",
        }
    }
    other_page = {**valid_data, "started": spam.form_started_token(time.time() - 60)}

    statuses = [submit(client, data).status_code for data in (valid_data, valid_data, other_page)]

    assert statuses == [302, 302, 302]
    assert ConsultationRequest.objects.count() == 2


def test_a_page_saved_by_a_server_that_died_before_it_answered_is_not_saved_again_when_resent(
    client, clinic, valid_data, monkeypatch
):
    """The server stored the request, then died before noting the token in the shared cache: the
    patient saw an error and sends the same page again."""
    monkeypatch.setattr(spam, "CLAIM_WAIT_SECONDS", 0.1)
    monkeypatch.setattr(spam, "record_form_token_use", lambda *args: None)
    first = submit(client, valid_data)

    again = submit(client, valid_data)

    saved = ConsultationRequest.objects.get()
    assert (first.status_code, again.status_code) == (302, 302)
    assert saved.reference in client.get(again["Location"]).content.decode()


def test_the_rate_limit_stops_a_flood_from_one_address_only(client, clinic, valid_data, settings):
    settings.CONSULTATION_RATE_LIMIT = 2

    def send(address):
        # Each time from a page of its own: one page's token is accepted once.
        data = {**valid_data, "started": spam.form_started_token(time.time() - 60)}
        return submit(client, data, REMOTE_ADDR=address)

    statuses = [send("198.51.100.7").status_code for _ in range(3)]
    other = send("198.51.100.8")

    assert statuses == [302, 302, 429]
    assert other.status_code == 302
    assert ConsultationRequest.objects.count() == 3


def test_a_rate_limited_patient_is_told_to_call_and_keeps_what_they_typed(
    client, clinic, valid_data, settings
):
    settings.CONSULTATION_RATE_LIMIT = 0

    response = submit(client, valid_data)

    html = response.content.decode()
    assert response.status_code == 429
    assert "Please call us" in html and "tel:+13105550142" in html
    assert 'value="Rosalind"' in html


def test_a_red_flag_is_saved_urgent_and_the_patient_is_told_to_seek_emergency_care(
    client, clinic, valid_data
):
    data = {**valid_data, "description": "Since last night I can't control my bladder and my legs feel weak"}

    response = submit(client, data)

    saved = ConsultationRequest.objects.get()
    assert saved.is_urgent
    assert "Loss of bladder or bowel control" in saved.urgent_reasons
    html = client.get(response["Location"]).content.decode()
    assert "call 911 or go to the nearest emergency room now" in html
    assert html.index("emergency room now") < html.index(saved.reference)


def test_an_ordinary_request_gets_no_emergency_instruction(client, clinic, valid_data):
    html = client.get(submit(client, valid_data)["Location"]).content.decode()

    assert "emergency room now" not in html


def test_patient_fields_are_hidden_from_error_reports(client, clinic, valid_data):
    response = submit(client, valid_data)

    parameters = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)
    assert parameters["first_name"] != "Rosalind"
    assert parameters["description"] != valid_data["description"]


def test_nothing_the_patient_sent_reaches_the_logs(client, clinic, valid_data, caplog):
    caplog.set_level(logging.DEBUG)

    submit(client, valid_data)
    submit(client, {**valid_data, "phone": "12"})

    for private in ("Rosalind", "Quimby", "555-0187", "5550187", "rosalind.quimby", "Aching lower back"):
        assert private not in caplog.text
