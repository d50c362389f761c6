"""Oversized bodies, header injection, path tricks and SQL metacharacters: a clear 4xx, nothing stored."""

import io
from urllib.parse import urlencode

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from consultations import views
from consultations.models import ConsultationRequest
from tests.factories import ConsultationRequestFactory, EditorFactory, ProcedureFactory
from tests.markup import parse
from tests.submissions import FORM_URL, from_a_page_of_its_own, hidden_value, stored_rows

pytestmark = [
    pytest.mark.django_db,
    # The page cache looks odd addresses up under odd keys; Django warns that they would not suit
    # memcached, which the site does not use (the database or Redis holds the cache).
    pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning"),
]

URLENCODED = "application/x-www-form-urlencoded"
INBOX = reverse("admin:consultations_consultationrequest_changelist")


def upload(name: str, size: int) -> io.BytesIO:
    file = io.BytesIO(b"%PDF-1.4\n" + b"x" * size)
    file.name = name
    return file


# Oversized bodies and uploads. The csrf_client fixture enforces CSRF, so the middleware reads the body
# before the view can refuse it, exactly as in production.


OVERSIZED = {
    "a body just over the form's limit": lambda data: (
        urlencode({**data, "description": "x" * views.MAX_BODY_BYTES}),
        URLENCODED,
    ),
    "a 3 MB field": lambda data: (urlencode({**data, "description": "x" * 3_000_000}), URLENCODED),
    "5,000 fields": lambda data: (urlencode({**data, **{f"f{i}": "x" for i in range(5000)}}), URLENCODED),
    "a 3 MB file": lambda data: {**data, "scan": upload("scan.pdf", 3_000_000)},
    "200 small files": lambda data: {**data, "scan": [upload(f"{i}.pdf", 10) for i in range(200)]},
}


@pytest.mark.parametrize("body", OVERSIZED.values(), ids=OVERSIZED.keys())
def test_an_oversized_body_gets_a_clear_4xx_and_nothing_is_stored(csrf_client, clinic, valid_data, body):
    data = {**valid_data, "csrfmiddlewaretoken": csrf_client.csrf_token}
    rows = stored_rows()
    sent = body(data)

    if isinstance(sent, tuple):
        response = csrf_client.post(FORM_URL, sent[0], content_type=sent[1])
    else:
        response = csrf_client.post(FORM_URL, sent)

    assert response.status_code in (400, 413)
    assert stored_rows() == rows
    assert response.wsgi_request.FILES == {}


def test_a_file_sent_with_a_valid_form_is_dropped_unread_and_the_request_kept(
    csrf_client, clinic, valid_data
):
    data = {**valid_data, "csrfmiddlewaretoken": csrf_client.csrf_token, "scan": upload("scan.pdf", 10_000)}

    response = csrf_client.post(FORM_URL, data)

    assert response.status_code == 302
    assert ConsultationRequest.objects.count() == 1
    # Neither held in memory nor written to a temporary file: no upload handler received it.
    assert response.wsgi_request.FILES == {}


def test_the_too_large_page_tells_the_patient_what_to_do(client, clinic, valid_data):
    response = client.post(FORM_URL, {**valid_data, "description": "x" * views.MAX_BODY_BYTES})

    assert response.status_code == 413
    assert b"too long" in response.content


# Huge headers


def test_a_huge_referer_is_not_copied_into_the_form(client, clinic):
    response = client.get(FORM_URL, HTTP_REFERER="http://testserver/" + "procedures/" * 10_000)

    assert response.status_code == 200
    assert hidden_value(response.content, "came_from") == ""
    assert len(response.content) < 50_000


def test_a_patient_who_came_from_a_long_address_here_can_still_send_the_form(client, clinic, valid_data):
    """A same-site path too long to record is dropped, never a hidden error the patient cannot fix."""
    page = client.get(FORM_URL, HTTP_REFERER="http://testserver/no-such-page/" + "a" * 300)
    came_from = [field.get("value") for field in parse(page.content).find_all("input", name="came_from")]

    response = client.post(FORM_URL, {**valid_data, "came_from": came_from[0] or ""})
    long_path = client.post(
        FORM_URL,
        {**from_a_page_of_its_own(valid_data), "came_from": "/" + "a" * 300},
        REMOTE_ADDR="198.51.100.9",
    )

    assert came_from == [None] or came_from == [""]
    assert response.status_code == long_path.status_code == 302
    assert list(ConsultationRequest.objects.values_list("source_path", flat=True)) == ["", ""]


HUGE = "x" * 60_000


@pytest.mark.parametrize(
    "header",
    [
        "HTTP_ACCEPT_ENCODING",
        "HTTP_ACCEPT_LANGUAGE",
        "HTTP_USER_AGENT",
        "HTTP_X_FORWARDED_FOR",
        "HTTP_ACCEPT",
    ],
)
@pytest.mark.parametrize("path", ["/", FORM_URL, "/admin/login/"])
def test_a_huge_header_is_answered_normally(client, clinic, header, path):
    response = client.get(path, **{header: HUGE})

    assert response.status_code == 200


def test_a_huge_cookie_header_is_answered_normally(clinic):
    client = Client(HTTP_COOKIE="; ".join(f"c{i}={'x' * 100}" for i in range(600)))

    assert client.get("/").status_code == client.get(FORM_URL).status_code == 200


def test_a_huge_or_forged_host_is_refused_with_400(client, clinic):
    assert client.get("/", HTTP_HOST="a" * 60_000).status_code == 400
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400


def test_a_failed_login_with_a_huge_user_agent_is_counted_without_error(client, clinic):
    response = client.post("/admin/login/", {"username": "x", "password": "y"}, HTTP_USER_AGENT=HUGE)

    assert response.status_code == 200
    assert AccessAttempt.objects.get().failures_since_start == 1


def test_a_username_longer_than_any_account_s_is_refused_by_the_login_form(client, clinic):
    """Found by Hypothesis on PostgreSQL: it overflowed the lockout record's column, a 500."""
    response = client.post("/admin/login/", {"username": "a" * 256, "password": "y"})

    assert response.status_code == 200
    assert response.context["form"].has_error("username")


# Header injection through the fields that reach an email


EMAIL_INJECTIONS = [
    "rosa@example.org\r\nBcc: victim@evil.example",
    "rosa@example.org\nBcc: victim@evil.example",
    "rosa@example.org\rBcc: victim@evil.example",
    "rosa@example.org%0d%0aBcc: victim@evil.example",
    "rosa@example.org, victim@evil.example",
    "Rosa <rosa@example.org>, victim@evil.example",
    '"rosa\r\nBcc: victim@evil.example"@example.org',
]


@pytest.mark.parametrize("email", EMAIL_INJECTIONS)
def test_an_email_address_carrying_a_header_is_refused_and_nothing_is_stored(
    client, clinic, valid_data, email
):
    rows = stored_rows()

    response = client.post(FORM_URL, {**valid_data, "email": email, "contact_method": "email"})

    assert response.status_code == 200
    assert response.context["form"].has_error("email")
    assert stored_rows() == rows


NAME_INJECTIONS = [
    "Rosa\r\nBcc: victim@evil.example",
    "Rosa\nSubject: Hi",
    "Rosa\r\n\r\nHello",
    "Rosa\x85Maria",
]


@pytest.mark.django_db(transaction=True)  # the real worker needs real transactions
def test_newlines_in_names_never_reach_an_email_header(
    client, clinic, valid_data, recipients, recording_smtp_server, run_worker
):
    for index, name in enumerate(NAME_INJECTIONS):
        data = {
            **from_a_page_of_its_own(valid_data),
            **{"first_name": name, "last_name": name, "phone": f"(310) 555-01{index:02d}"},
        }
        client.post(FORM_URL, data, REMOTE_ADDR=f"198.51.100.{index}")

    run_worker()

    saved = ConsultationRequest.objects.values_list("first_name", flat=True)
    assert [name for name in saved if "\n" in name or "\r" in name] == []
    assert len(recording_smtp_server.messages) == 2 * len(saved)
    for recipients_of_message in recording_smtp_server.inbox.recipients:
        assert recipients_of_message in (["frontdesk@clinic.example"], [valid_data["email"]])
    for message in recording_smtp_server.messages:
        assert "victim@evil.example" not in message.as_string()
        assert message["Bcc"] is None and message["Subject"].startswith(
            ("New consultation", "We have received")
        )


# Path tricks


PATH_TRICKS = [
    "/procedures/../admin/",
    "/procedures/%2e%2e/admin/",
    "/procedures/%2E%2E%2Fadmin%2F",
    "/procedures/..%2fadmin/",
    "/procedures/%00/",
    "/procedures/lumbar%00/",
    "/%00",
    "/consultation/%00",
    "/consultation/thanks/%00/",
    "/admin/%00/",
    "/procedures/%c0%ae%c0%ae/admin/",
    "/procedures/%e0%80%ae/",
    "/procedures/%ff%fe/",
    "/procedures/%ed%a0%80/",
    "/procedures/" + "a" * 5000 + "/",
    "/conditions/" + "%e2%80%ae" * 500 + "/",
    "/procedures/caf%C3%A9/",
    "/procedures/%E6%9D%8E/",
    "/procedures/%EF%BC%A1/",
    "/procedures//admin/",
    "/%2fadmin/",
    "/procedures/\\admin/",
    "/procedures/%5c..%5cadmin/",
    "/consultation/thanks/" + "A" * 5000 + "/",
    "/static/../clinic/settings.py",
    "/static/%2e%2e/clinic/settings.py",
]


@pytest.mark.parametrize("path", PATH_TRICKS)
def test_a_path_trick_gets_a_clear_4xx_never_a_page_it_should_not(client, clinic, path):
    response = client.get(path)

    assert response.status_code in (301, 302, 400, 404), response.status_code
    if response.status_code in (301, 302):
        assert not response["Location"].startswith("/admin/") or "/login/" in response["Location"]
    assert b"SECRET_KEY" not in response.content


def test_a_nul_in_the_address_is_not_taken_for_a_page_cache_outage(client, clinic, all_logs):
    """PostgreSQL refuses a NUL in a cache key; such an address skips the page cache instead of warning."""
    assert client.get("/procedures/%00").status_code == 404
    assert [record for record in all_logs.records if record.name == "procedures.middleware"] == []


@pytest.mark.parametrize(
    "cookie",
    [
        'sessionid="abcdefgh12345678\\000"',
        "sessionid=" + "a" * 5000,
        'sessionid="\\377\\376abcdefgh"',
        "sessionid=../../x",
    ],
)
def test_a_forged_session_cookie_is_no_session_not_a_server_error(clinic, cookie):
    client = Client(HTTP_COOKIE=cookie)

    assert client.get(FORM_URL).status_code == 200
    assert client.get("/admin/").status_code == 302


# SQL metacharacters in slugs and in the admin's search


SQL_METACHARACTERS = [
    "' OR 1=1 --",
    "' OR '1'='1",
    '" OR ""="',
    "%",
    "_",
    "\\",
    "%%",
    "a%",
    "_%_",
    "'; DROP TABLE x; --",
]


@pytest.mark.parametrize("text", [*SQL_METACHARACTERS, "\x00"])
def test_sql_metacharacters_in_a_slug_find_no_page(client, clinic, text):
    ProcedureFactory(slug="a")
    ProcedureFactory(slug="b-c")

    for prefix in ("/procedures/", "/conditions/"):
        response = client.get(prefix + text.replace("\x00", "%00") + "/")
        assert response.status_code == 404, (prefix, text)
    assert client.get("/procedures/_/").status_code == 404


@pytest.mark.parametrize("text", [*SQL_METACHARACTERS, "\x00"])
def test_sql_metacharacters_in_the_form_address_preselect_nothing(client, clinic, text):
    ProcedureFactory(slug="a")

    response = client.get(FORM_URL, {"procedure": text, "condition": text})

    assert response.status_code == 200
    assert response.context["form"]["topic"].value() in ("", f"condition:{text}")
    assert b" selected>" not in response.content.split(b'name="topic"')[1].split(b"</select>")[0]


@pytest.fixture
def inbox_with_requests(db):
    return [ConsultationRequestFactory(first_name="Maria") for _ in range(3)]


@pytest.mark.parametrize("text", SQL_METACHARACTERS)
def test_sql_metacharacters_in_the_inbox_search_find_nothing(front_desk_client, inbox_with_requests, text):
    response = front_desk_client.get(INBOX, {"q": text, "status": "all"})
    everyone = front_desk_client.get(INBOX, {"q": "Maria", "status": "all"})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == []
    assert len(everyone.context["cl"].result_list) == 3


@pytest.mark.parametrize("text", SQL_METACHARACTERS)
def test_sql_metacharacters_in_the_page_search_find_nothing(text):
    ProcedureFactory.create_batch(3, title="Injection")
    client = Client()
    client.force_login(EditorFactory())

    response = client.get(reverse("admin:procedures_procedure_changelist"), {"q": text})

    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == []


@pytest.mark.parametrize(
    "params",
    [
        {"status": "\x00"},
        {"status": "' OR 1=1 --"},
        {"assigned": "%"},
        {"overdue": "\x00"},
        {"location__id__exact": "\x00"},
        {"procedure__id__exact": "' OR 1=1 --"},
        {"o": "\x00"},
        {"o": "-99.x"},
        {"p": "\x00"},
        {"p": "-1"},
        {"all": "\x00"},
        {"q": "+1" + "9" * 300},
        {"q": "(310) 555-01\x00"},
        {"q": "\x00"},
    ],
    ids=repr,
)
def test_odd_inbox_filters_get_a_page_or_a_redirect_never_a_500(front_desk, front_desk_client, params):
    front_desk.user_permissions.add(Permission.objects.get(codename="export_consultationrequest"))
    ConsultationRequestFactory()

    response = front_desk_client.get(INBOX, params)

    assert response.status_code in (200, 302)


@pytest.mark.parametrize(
    "params",
    [
        {"created_at__year": "99999999999999999999"},
        {"created_at__year": "9999", "created_at__month": "12", "created_at__day": "31"},
        {"created_at__month": "\x00"},
    ],
    ids=repr,
)
def test_date_drill_downs_are_refused_now_the_inbox_has_no_date_hierarchy(front_desk_client, params):
    ConsultationRequestFactory()

    assert front_desk_client.get(INBOX, params).status_code == 400
