"""The form page as first opened is kept per process and filled in per request (consultations/form_page.py).

Which rendering answered is told by the templates a response rendered: a full rendering goes through
crispy-forms' field templates, a kept page through none.
"""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from consultations import form_page, spam
from consultations.models import ConsultationRequest
from procedures import page_cache
from procedures.models import Page, Procedure
from tests.factories import ConditionFactory, LocationFactory, ProcedureFactory
from tests.submissions import FORM_URL, hidden_value

pytestmark = pytest.mark.django_db

SITE_PAGE = "http://testserver/procedures/medial-branch-block/"
CRISPY_FIELD = "bootstrap5/field.html"
TOKENS = re.compile(r'(name="(?:csrfmiddlewaretoken|started)" value=")[^"]*(")')


def templates(response) -> list[str]:
    return [template.name for template in response.templates]


def fresh_rendering(client, *args, **extra):
    """The page rendered in full, through crispy-forms, as every GET was before pages were kept."""
    form_page.forget()
    response = client.get(*args, **extra)
    assert CRISPY_FIELD in templates(response)
    return response


def kept_rendering(client, *args, **extra):
    response = client.get(*args, **extra)
    assert templates(response) == [], "expected the kept page, filled in"
    return response


def topic_select(html: str) -> str:
    return html.split('name="topic"')[1].split("</select>")[0]


def headers(response) -> dict:
    """Every header but the length, which the tokens' lengths change, and the time of Expires."""
    return {name: value for name, value in response.items() if name not in ("Content-Length", "Expires")}


def without_tokens(response) -> str:
    return TOKENS.sub(r"\1TOKEN\2", response.content.decode())


@pytest.fixture
def topics(clinic):
    """Two locations (so the form asks for one), a procedure and a condition to choose beforehand."""
    LocationFactory.create_batch(2)
    ProcedureFactory(slug="medial-branch-block", title="Medial Branch Block")
    ConditionFactory(slug="spinal-stenosis", title="Spinal Stenosis")


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"procedure": "medial-branch-block"},
        {"condition": "spinal-stenosis"},
        {"procedure": "no-such-page"},
    ],
)
@pytest.mark.parametrize("referer", ["", SITE_PAGE])
def test_the_kept_page_is_the_crispy_rendering_for_the_same_request_but_for_its_tokens(
    client, topics, query, referer
):
    # Kept from a visitor who came from elsewhere, so the referring page is filled in, not kept.
    client.get(FORM_URL, query, HTTP_REFERER=SITE_PAGE if not referer else "")

    kept = kept_rendering(client, FORM_URL, query, HTTP_REFERER=referer)
    fresh = fresh_rendering(client, FORM_URL, query, HTTP_REFERER=referer)

    assert without_tokens(kept) == without_tokens(fresh)
    assert hidden_value(kept.content, "came_from") == (referer and "/procedures/medial-branch-block/")
    assert headers(kept) == headers(fresh)
    assert "csrftoken" in kept.cookies


def test_with_one_location_the_kept_page_is_the_crispy_rendering_too(client, clinic):
    client.get(FORM_URL)

    kept = kept_rendering(client, FORM_URL)

    assert 'name="location"' not in kept.content.decode()
    assert without_tokens(kept) == without_tokens(fresh_rendering(client, FORM_URL))


def test_each_visitor_gets_tokens_of_their_own_that_the_form_accepts(clinic, valid_data, settings):
    settings.CONSULTATION_FORM_MIN_SECONDS = 0
    Client().get(FORM_URL)
    visitors = [Client(enforce_csrf_checks=True) for _ in range(2)]

    pages = [kept_rendering(visitor, FORM_URL) for visitor in visitors]

    csrf_tokens = [hidden_value(page.content, "csrfmiddlewaretoken") for page in pages]
    started_tokens = [hidden_value(page.content, "started") for page in pages]
    assert len(set(csrf_tokens)) == len(set(started_tokens)) == 2
    assert all(visitor.cookies["csrftoken"].value for visitor in visitors)
    assert not any(spam.filled_too_fast(token) or spam.form_token_expired(token) for token in started_tokens)
    for visitor, csrf_token, started in zip(visitors, csrf_tokens, started_tokens, strict=True):
        data = {**valid_data, "started": started, "csrfmiddlewaretoken": csrf_token}
        assert visitor.post(FORM_URL, data).status_code == 302
    assert ConsultationRequest.objects.count() == 2


def test_a_procedure_saved_by_an_editor_shows_on_the_next_page(client, clinic):
    procedure = ProcedureFactory(title="Medial Branch Block")
    client.get(FORM_URL)
    kept_rendering(client, FORM_URL)

    ProcedureFactory(title="Genicular Nerve Block")
    added = client.get(FORM_URL).content.decode()
    procedure.status = Page.Status.DRAFT
    procedure.save()
    withdrawn = client.get(FORM_URL).content.decode()

    assert ">Genicular Nerve Block</option>" in added
    assert ">Medial Branch Block</option>" in added
    assert ">Medial Branch Block</option>" not in withdrawn


def test_a_location_added_by_an_editor_shows_on_the_next_page(client, clinic):
    client.get(FORM_URL)
    assert 'name="location"' not in kept_rendering(client, FORM_URL).content.decode()

    LocationFactory.create_batch(2, name="Santa Monica")

    assert 'name="location"' in client.get(FORM_URL).content.decode()


def test_a_change_saved_on_another_server_shows_on_the_next_page(client, clinic):
    procedure = ProcedureFactory(title="Medial Branch Block")
    client.get(FORM_URL)
    kept_rendering(client, FORM_URL)

    # Another server's save: the rows change and the shared cache gets a new generation.
    Procedure.objects.filter(pk=procedure.pk).update(title="Medial Branch Blocks")
    cache.set(page_cache.GENERATION_KEY, "saved-on-another-server", None)

    assert ">Medial Branch Blocks</option>" in client.get(FORM_URL).content.decode()


def test_a_form_sent_with_errors_is_rendered_in_full_with_what_was_typed(client, clinic, valid_data):
    client.get(FORM_URL)
    kept_rendering(client, FORM_URL)

    response = client.post(FORM_URL, {**valid_data, "phone": "555-01"})

    html = response.content.decode()
    assert CRISPY_FIELD in templates(response)
    assert 'value="555-01"' in html
    assert 'value="Rosalind"' in html
    assert '<a href="#id_phone">' in html


def test_without_a_generation_in_the_shared_cache_every_page_is_rendered_in_full(client, clinic):
    cache.delete(page_cache.GENERATION_KEY)

    responses = [client.get(FORM_URL) for _ in range(2)]

    assert all(CRISPY_FIELD in templates(response) for response in responses)


def test_topics_that_are_not_offered_cannot_make_a_process_keep_more_pages(client, clinic):
    ProcedureFactory(slug="medial-branch-block")

    pages = [client.get(FORM_URL, {"procedure": f"no-such-page-{n}"}).content.decode() for n in range(20)]
    client.get(FORM_URL, {"procedure": "medial-branch-block"})

    assert len(form_page.kept["en"].pages) == 2
    assert not any(re.search(r"<option [^>]*selected>", topic_select(page)) for page in pages)


def test_the_page_never_shows_a_location_that_was_deactivated(client, clinic):
    LocationFactory.create_batch(2)
    closing = LocationFactory(name="Closing Soon")
    client.get(FORM_URL)
    assert ">Closing Soon (Los Angeles 90025)</option>" in kept_rendering(client, FORM_URL).content.decode()

    closing.is_active = False
    closing.save()

    assert ">Closing Soon (Los Angeles 90025)</option>" not in client.get(FORM_URL).content.decode()
