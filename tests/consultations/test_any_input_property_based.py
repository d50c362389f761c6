"""Whatever a visitor sends to a public address, the site answers it, never with a server error.

Hypothesis draws the input; the example counts are in the "hostile" profile (tests/conftest.py).
"""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consultations.models import ConsultationRequest
from tests.factories import ConditionFactory, LocationFactory, ProcedureFactory
from tests.markup import parse
from tests.submissions import FORM_URL, from_a_page_of_its_own, stored_rows

pytestmark = [
    pytest.mark.django_db,
    # The page cache looks odd addresses up under odd keys; Django warns that they would not suit
    # memcached, which the site does not use (the database or Redis holds the cache).
    pytest.mark.filterwarnings("ignore::django.core.cache.backends.base.CacheKeyWarning"),
]

# Any text that UTF-8 can carry: Hypothesis leaves out lone surrogates by default.
any_text = st.text(max_size=300)
control_text = st.text(st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Co"]), max_size=40)
long_text = st.builds(
    lambda piece, times: piece * times, st.text(min_size=1, max_size=8), st.integers(100, 5000)
)
odd_text = st.one_of(any_text, control_text, long_text)
phones = st.one_of(
    st.from_regex(r"\+?[0-9 ()./-]{0,25}", fullmatch=True),
    st.from_regex(r"\(?[2-9][0-9]{2}\)? ?[2-9][0-9]{2}-[0-9]{4}", fullmatch=True),
    odd_text,
)
emails = st.one_of(
    st.emails(),
    st.builds(
        lambda email, junk: email + junk, st.emails(), st.sampled_from(["\r\nBcc: x@y.com", "\n", " ", ","])
    ),
    odd_text,
)


def choices_or_junk(*values):
    return st.one_of(
        st.sampled_from(values), odd_text, st.lists(st.sampled_from(values), min_size=2, max_size=3)
    )


FIELD_VALUES = {
    "first_name": st.one_of(st.sampled_from(["José", "李", "O'Neil", "Mary-Jane"]), odd_text),
    "last_name": odd_text,
    "phone": phones,
    "email": emails,
    "contact_method": choices_or_junk("phone", "text", "email"),
    "best_time": choices_or_junk("any", "morning", "afternoon"),
    "location": st.one_of(st.just("1"), st.just("2"), st.integers(-(2**70), 2**70).map(str), odd_text),
    "topic": choices_or_junk("", "procedure:hostile-procedure", "condition:hostile-condition", "page:x"),
    "insurance": choices_or_junk("ppo", "medicare", "not-sure", ""),
    "description": odd_text,
    "heard_about": choices_or_junk("", "doctor", "other"),
    "consent": st.one_of(st.sampled_from(["on", "", "false", "0"]), odd_text),
    "website": st.one_of(st.just(""), odd_text),
    "started": odd_text,
    "came_from": st.one_of(st.sampled_from(["/", "/procedures/x/", "//evil.example/", "/a b"]), odd_text),
}


@st.composite
def submissions(draw, valid_data: dict) -> dict:
    """A valid submission with a few fields replaced by odd values or left out."""
    data = from_a_page_of_its_own(valid_data)
    for name in draw(st.lists(st.sampled_from(sorted(FIELD_VALUES)), unique=True, max_size=5)):
        value = draw(st.one_of(st.none(), FIELD_VALUES[name]))
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


@pytest.fixture
def form_choices(clinic, settings):
    """Two locations (so the form asks for one), a procedure and a condition to choose, no rate limit."""
    settings.CONSULTATION_RATE_LIMIT = 1_000_000
    LocationFactory(pk=1)
    LocationFactory(pk=2)
    return {
        "procedure": ProcedureFactory(slug="hostile-procedure"),
        "condition": ConditionFactory(slug="hostile-condition"),
    }


def error_messages(html: bytes) -> list[str]:
    """The messages in the error summary at the top of the form."""
    document = parse(html)
    summaries = [element for element in document.elements if element.get("class") == "error-summary"]
    return [item.text for item in document.find_all("li") for summary in summaries if item.is_inside(summary)]


@given(data=st.data())
def test_the_form_answers_any_submission_with_thanks_or_a_clear_error(client, form_choices, valid_data, data):
    submission = data.draw(submissions(valid_data))
    urlencoded = data.draw(st.booleans())
    before = ConsultationRequest.objects.count()

    if urlencoded:
        body = urlencode(submission, doseq=True)
        response = client.post(FORM_URL, body, content_type="application/x-www-form-urlencoded")
    else:
        response = client.post(FORM_URL, submission)

    stored = ConsultationRequest.objects.count() - before
    assert response.status_code in (200, 302, 400, 413)
    if response.status_code == 302:
        assert response["Location"].startswith("/consultation/thanks/")
        assert stored == 1
    else:
        assert stored == 0
    if response.status_code == 200:
        # Something the patient can read and fix: never a refusal without a reason.
        assert error_messages(response.content) != []


PUBLIC_PATHS = [
    "/",
    "/procedures/",
    "/procedures/hostile-procedure/",
    "/conditions/",
    "/conditions/hostile-condition/",
    FORM_URL,
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/admin/login/",
]
# Names the site's own views read, so that their values get tried too.
known_keys = st.sampled_from(
    ["procedure", "condition", "p", "next", "q", "page", "o", "e", "_changelist_filters"]
)
query_pairs = st.lists(st.tuples(st.one_of(known_keys, any_text), odd_text), max_size=6)
raw_query = st.text(st.characters(codec="ascii", exclude_characters="#"), max_size=200)


@given(path=st.sampled_from(PUBLIC_PATHS), pairs=query_pairs, raw=raw_query, use_raw=st.booleans())
def test_public_addresses_answer_any_query_string_without_a_server_error(
    client, form_choices, path, pairs, raw, use_raw
):
    query = raw if use_raw else urlencode(pairs)

    response = client.get(path, QUERY_STRING=query)

    assert response.status_code < 500, (path, query)


@given(
    prefix=st.sampled_from(
        ["/", "/procedures/", "/conditions/", "/consultation/thanks/", "/admin/", "/static/"]
    ),
    rest=st.text(max_size=300),
)
def test_any_address_is_answered_without_a_server_error(client, form_choices, prefix, rest):
    path = prefix + quote(rest, safe="/%")

    response = client.get(path)

    assert response.status_code < 500, path


@given(
    username=st.one_of(st.sampled_from(["", "admin"]), odd_text),
    password=odd_text,
    otp_token=st.one_of(st.just(""), st.from_regex(r"[0-9]{6}", fullmatch=True), odd_text),
)
def test_the_staff_login_answers_any_credentials_without_a_server_error(
    client, form_choices, username, password, otp_token
):
    rows = stored_rows()

    response = client.post(
        "/admin/login/", {"username": username, "password": password, "otp_token": otp_token}
    )

    assert response.status_code in (200, 429)
    assert stored_rows() == rows
