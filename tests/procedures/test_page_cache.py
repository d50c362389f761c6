"""Anonymous page views come from the shared cache, and any save an editor makes empties it at once."""

import gzip
import logging

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from clinic import urls as clinic_urls
from procedures import page_cache
from procedures.middleware import cache_for_anonymous
from procedures.models import FAQ, Clinic, Location, Page, Section
from tests.factories import ClinicFactory, FAQFactory, LocationFactory, ProcedureFactory, SectionFactory

pytestmark = pytest.mark.django_db

STALE = "Changed behind the back of the ORM"
cookie_view_calls = []


@cache_for_anonymous
def view_setting_a_cookie(request):
    cookie_view_calls.append(request.path)
    response = HttpResponse(f"call {len(cookie_view_calls)}")
    response.set_cookie("visited", "yes")
    return response


# For the test that needs a cacheable view that sets a cookie (no page of the site does).
urlpatterns = [path("sets-a-cookie/", view_setting_a_cookie), *clinic_urls.urlpatterns]


@pytest.fixture
def lumbar_page():
    ClinicFactory(name="Advanced Pain Medical Group")
    LocationFactory(name="West Los Angeles")
    page = ProcedureFactory(title="Lumbar Facet Injections")
    SectionFactory(page=page, heading="What to expect")
    FAQFactory(page=page, question="Does it hurt?")
    return page


def test_second_anonymous_request_is_served_from_the_cache(client, lumbar_page):
    client.get(lumbar_page.get_absolute_url())
    # A queryset update sends no signal, so the cache does not learn of it.
    Section.objects.filter(page=lumbar_page).update(heading=STALE)

    content = client.get(lumbar_page.get_absolute_url()).content

    assert b"What to expect" in content
    assert STALE.encode() not in content


def test_any_port_or_spelling_of_the_host_is_served_from_the_one_cache_entry_of_the_page(client, lumbar_page):
    """A client cannot fill the cache by naming a new port (or case) in the Host header for each request."""
    client.get(lumbar_page.get_absolute_url(), headers={"host": "testserver:1"})
    Section.objects.filter(page=lumbar_page).update(heading=STALE)

    for host in ("testserver:2", "testserver:65535", "TESTSERVER", "testserver"):
        content = client.get(lumbar_page.get_absolute_url(), headers={"host": host}).content

        assert b"What to expect" in content, host


def test_a_page_cached_by_one_release_is_never_served_by_the_next(client, lumbar_page, settings):
    settings.RELEASE_ID = "2026-11-29.1"
    client.get(lumbar_page.get_absolute_url())
    Section.objects.filter(page=lumbar_page).update(heading="Rendered by the new release")

    settings.RELEASE_ID = "2026-11-30.1"
    content = client.get(lumbar_page.get_absolute_url()).content

    assert b"Rendered by the new release" in content


@pytest.mark.parametrize(
    "query",
    [
        "utm_source=newsletter",
        "utm_source=newsletter&utm_medium=email&utm_campaign=spring-2026",
        "gclid=EAIaIQobChMI",
        "fbclid=IwAR2x",
        "msclkid=5a1b",
        "UTM_Source=Upper&utm_content",
    ],
)
def test_a_link_with_only_tracking_parameters_is_served_from_the_cache_entry_of_its_page(
    client, lumbar_page, query
):
    client.get(lumbar_page.get_absolute_url())
    Section.objects.filter(page=lumbar_page).update(heading=STALE)

    content = client.get(f"{lumbar_page.get_absolute_url()}?{query}").content

    assert b"What to expect" in content


def test_a_page_first_visited_through_a_tracking_link_is_cached_for_its_plain_address(client, lumbar_page):
    client.get(f"{lumbar_page.get_absolute_url()}?utm_source=newsletter")
    Section.objects.filter(page=lumbar_page).update(heading=STALE)

    assert b"What to expect" in client.get(lumbar_page.get_absolute_url()).content


@pytest.mark.parametrize("query", ["page=2", "utm_source=newsletter&page=2", "utm=1", "=x", "p"])
def test_any_other_query_string_is_rendered_afresh(client, lumbar_page, query):
    client.get(lumbar_page.get_absolute_url())
    Section.objects.filter(page=lumbar_page).update(heading=STALE)

    content = client.get(f"{lumbar_page.get_absolute_url()}?{query}").content

    assert STALE.encode() in content


def edit_section(page):
    section = page.sections.get()
    section.heading = "What happens afterwards"
    section.save()
    return "What happens afterwards"


def edit_procedure(page):
    page.title = "Facet Joint Injections"
    page.save()
    return "Facet Joint Injections"


def edit_page_row(page):
    shared_row = Page.objects.get(pk=page.pk)
    shared_row.summary = "A new summary, saved through the shared page model."
    shared_row.save()
    return shared_row.summary


def edit_faq(page):
    faq = FAQ.objects.get(page=page)
    faq.question = "Will I be awake?"
    faq.save()
    return faq.question


def edit_clinic(page):
    clinic = Clinic.load()
    clinic.emergency_notice = "In an emergency, call 911."
    clinic.save()
    return clinic.emergency_notice


def edit_location(page):
    location = Location.objects.get()
    location.name = "Santa Monica"
    location.save()
    return location.name


def add_related_procedure(page):
    page.related_procedures.add(ProcedureFactory(title="Medial Branch Block"))
    return "Medial Branch Block"


@pytest.mark.parametrize(
    "edit",
    [
        edit_section,
        edit_procedure,
        edit_page_row,
        edit_faq,
        edit_clinic,
        edit_location,
        add_related_procedure,
    ],
)
def test_saving_through_the_orm_invalidates_the_cached_page_at_once(client, lumbar_page, edit):
    client.get(lumbar_page.get_absolute_url())

    new_text = edit(lumbar_page)

    assert new_text.encode() in client.get(lumbar_page.get_absolute_url()).content


def test_saving_invalidates_the_home_page_too(client, lumbar_page):
    client.get("/")

    edit_procedure(lumbar_page)

    assert b"Facet Joint Injections" in client.get("/").content


def test_logged_in_staff_never_receive_the_cached_copy(client, lumbar_page, editor_client):
    client.get(lumbar_page.get_absolute_url())
    Section.objects.filter(page=lumbar_page).update(heading=STALE)

    assert STALE.encode() in editor_client.get(lumbar_page.get_absolute_url()).content


def test_a_staff_members_view_is_not_stored_for_anonymous_visitors(client, lumbar_page, editor_client):
    editor_client.get(lumbar_page.get_absolute_url())
    Section.objects.filter(page=lumbar_page).update(heading=STALE)

    assert STALE.encode() in client.get(lumbar_page.get_absolute_url()).content


@pytest.mark.urls(__name__)
def test_responses_that_set_a_cookie_are_never_cached(client):
    cookie_view_calls.clear()

    first, second = client.get("/sets-a-cookie/"), client.get("/sets-a-cookie/")

    assert len(cookie_view_calls) == 2
    assert (first.content, second.content) == (b"call 1", b"call 2")


def test_cached_page_is_served_gzipped_to_browsers_that_accept_it(lumbar_page):
    client = Client()
    plain = client.get(lumbar_page.get_absolute_url())

    compressed = client.get(lumbar_page.get_absolute_url(), headers={"accept-encoding": "gzip, deflate, br"})

    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert int(compressed["Content-Length"]) == len(compressed.content)
    assert gzip.decompress(compressed.content) == plain.content


def test_cached_page_is_served_uncompressed_to_browsers_that_do_not_accept_gzip(client, lumbar_page):
    first = client.get(lumbar_page.get_absolute_url())

    second = client.get(lumbar_page.get_absolute_url())

    assert not second.has_header("Content-Encoding")
    assert second.content == first.content


REFUSING_GZIP = ["gzip;q=0", "gzip; q=0.000, deflate, br", "br, *;q=0", "GZIP;Q=0, *", "identity", "br", ""]
ACCEPTING_GZIP = [
    "gzip",
    "deflate, gzip;q=0.5",
    "*",
    "br;q=1.0, *;q=0.1",
    "x-gzip",
    "GZip ; q=1",
    "identity;q=0, gzip",
]


@pytest.mark.parametrize("accept_encoding", REFUSING_GZIP)
def test_a_cached_page_is_sent_uncompressed_when_accept_encoding_refuses_gzip(lumbar_page, accept_encoding):
    client = Client()
    plain = client.get(lumbar_page.get_absolute_url())

    for _ in range(2):  # rendered, then from the cache
        response = client.get(lumbar_page.get_absolute_url(), headers={"accept-encoding": accept_encoding})

        assert not response.has_header("Content-Encoding")
        assert response.content == plain.content


@pytest.mark.parametrize("accept_encoding", ACCEPTING_GZIP)
def test_a_cached_page_is_sent_gzipped_when_accept_encoding_allows_gzip(lumbar_page, accept_encoding):
    client = Client()
    plain = client.get(lumbar_page.get_absolute_url())

    for _ in range(2):
        response = client.get(lumbar_page.get_absolute_url(), headers={"accept-encoding": accept_encoding})

        assert response["Content-Encoding"] == "gzip"
        assert gzip.decompress(response.content) == plain.content


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr(page_cache, "monotonic", clock)
    return clock


def rendered_here(client, url, clock):
    client.get(url)


def served_here_half_a_second_ago(client, url, clock):
    client.get(url)
    client.get(url)
    clock.now += page_cache.LOCAL_COPY_SECONDS / 2


def served_here_a_second_ago(client, url, clock):
    client.get(url)
    clock.now += page_cache.LOCAL_COPY_SECONDS


def cached_by_another_process(client, url, clock):
    client.get(url)
    page_cache.local_copies.forget()


@pytest.mark.parametrize(
    "before, queries",
    [
        # Served from this process's memory, without the shared cache.
        (rendered_here, 0),
        (served_here_half_a_second_ago, 0),
        # Only the generation is read again: unchanged, the copy in memory is served.
        (served_here_a_second_ago, 1),
        # The generation, then the page (they live in separate caches).
        (cached_by_another_process, 2),
    ],
)
def test_a_cached_hit_costs_at_most_two_small_reads_and_none_from_memory(
    client, lumbar_page, clock, django_assert_num_queries, before, queries
):
    before(client, lumbar_page.get_absolute_url(), clock)

    with django_assert_num_queries(queries):
        response = client.get(lumbar_page.get_absolute_url())

    assert b"What to expect" in response.content


def test_another_servers_save_shows_once_the_local_copy_is_a_second_old(client, lumbar_page, clock):
    client.get(lumbar_page.get_absolute_url())
    client.get(lumbar_page.get_absolute_url())
    # What an editor's save on another server does: the rows change and the generation moves on,
    # but nothing in this process hears of it.
    Section.objects.filter(page=lumbar_page).update(heading="Changed on another server")
    cache.set(page_cache.GENERATION_KEY, "another server's generation", None)

    clock.now += page_cache.LOCAL_COPY_SECONDS / 2
    assert b"What to expect" in client.get(lumbar_page.get_absolute_url()).content
    clock.now += page_cache.LOCAL_COPY_SECONDS
    assert b"Changed on another server" in client.get(lumbar_page.get_absolute_url()).content


def test_a_save_in_this_process_drops_its_local_copies_at_once(client, lumbar_page, clock):
    client.get(lumbar_page.get_absolute_url())
    client.get(lumbar_page.get_absolute_url())

    heading = edit_section(lumbar_page)

    assert heading.encode() in client.get(lumbar_page.get_absolute_url()).content


@pytest.fixture
def shared_cache_down(monkeypatch):
    """From now on, reading the shared cache fails as it does while its server is down."""

    def shared_cache_is_down():
        def unreachable(*args, **kwargs):
            raise ConnectionError("the cache's server is down")

        monkeypatch.setattr(page_cache.cache, "get", unreachable)

    return shared_cache_is_down


def test_an_old_local_copy_is_not_served_while_the_shared_cache_cannot_be_read(
    client, lumbar_page, clock, shared_cache_down
):
    client.get(lumbar_page.get_absolute_url())
    client.get(lumbar_page.get_absolute_url())
    Section.objects.filter(page=lumbar_page).update(heading="Saved while the cache was down")
    clock.now += page_cache.LOCAL_COPY_SECONDS

    shared_cache_down()
    response = client.get(lumbar_page.get_absolute_url())

    assert b"Saved while the cache was down" in response.content


def test_while_the_shared_cache_is_down_each_request_logs_one_warning_line_without_a_traceback(
    client, lumbar_page, caplog, shared_cache_down
):
    shared_cache_down()

    with caplog.at_level(logging.WARNING, logger="procedures.middleware"):
        response = client.get(lumbar_page.get_absolute_url())

    assert response.status_code == 200
    [record] = [record for record in caplog.records if record.name == "procedures.middleware"]
    assert record.levelno == logging.WARNING
    assert record.exc_info is None and record.exc_text is None and record.stack_info is None
    assert "ConnectionError: the cache's server is down" in record.getMessage()
    assert "Traceback" not in caplog.text


def test_without_the_page_cache_table_pages_are_still_sent_and_one_warning_is_logged(
    client, lumbar_page, caplog
):
    """As after a deploy that skipped `createcachetable`: the table of the pages cache is missing."""
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE {settings.CACHES['pages']['LOCATION']}")
    # With no generation the lookup reads no page: in the test's transaction a failed read would
    # abort it, and the view's queries with it (in production each query commits on its own).
    cache.delete(page_cache.GENERATION_KEY)

    with caplog.at_level(logging.WARNING, logger="procedures.middleware"):
        response = client.get(lumbar_page.get_absolute_url())

    assert response.status_code == 200
    assert b"What to expect" in response.content
    [record] = [record for record in caplog.records if record.name == "procedures.middleware"]
    assert record.exc_info is None
    assert record.getMessage().startswith("Page not stored in the cache: ProgrammingError: ")
