"""The client's address that rate limits and lockouts count: X-Forwarded-For only from our own proxies."""

import pytest
from django.test import RequestFactory

from clinic.client_address import client_address
from tests.processes import production_environment, run_with_django

FORGED = "203.0.113.66"


def request_from(remote_addr, forwarded_for=None):
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    return RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)


@pytest.fixture
def behind_nginx(settings):
    """nginx on the same machine, which overwrites X-Forwarded-For with $remote_addr."""
    settings.TRUSTED_PROXIES = ["127.0.0.1"]


def test_with_no_trusted_proxy_a_forged_header_is_ignored_for_the_socket_address(settings):
    settings.TRUSTED_PROXIES = []

    assert client_address(request_from("198.51.100.7", FORGED)) == "198.51.100.7"


def test_a_header_from_an_address_that_is_not_a_trusted_proxy_is_ignored(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    assert client_address(request_from("198.51.100.7", f"{FORGED}, 10.0.0.3")) == "198.51.100.7"


def test_clients_reached_directly_without_the_header_are_told_apart(settings):
    settings.TRUSTED_PROXIES = []

    assert client_address(request_from("198.51.100.7")) != client_address(request_from("198.51.100.8"))


def test_behind_the_trusted_proxy_the_address_it_writes_is_the_clients(behind_nginx):
    assert client_address(request_from("127.0.0.1", "198.51.100.7")) == "198.51.100.7"


def test_behind_a_proxy_that_appends_what_the_client_sent_before_it_is_ignored(behind_nginx):
    assert client_address(request_from("127.0.0.1", f"{FORGED}, 198.51.100.7")) == "198.51.100.7"


def test_trusted_networks_are_skipped_from_the_right_up_to_the_first_untrusted_address(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.0/8"]

    request = request_from("10.0.0.2", f"{FORGED}, 198.51.100.7, 10.0.0.9")

    assert client_address(request) == "198.51.100.7"


def test_several_header_lines_count_as_one_list(behind_nginx):
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1")
    # WSGI servers join repeated header lines with a comma, as Django's test client cannot send them.
    request.META["HTTP_X_FORWARDED_FOR"] = f"{FORGED},198.51.100.7"

    assert client_address(request) == "198.51.100.7"


@pytest.mark.parametrize(
    "forwarded_for", ["", "unknown", "not an address", "198.51.100.7:4711, garbage", " , "]
)
def test_a_missing_or_malformed_header_from_the_proxy_never_gives_a_shared_unknown_bucket(
    behind_nginx, forwarded_for
):
    address = client_address(request_from("127.0.0.1", forwarded_for))

    assert address == "127.0.0.1"


def test_a_malformed_entry_stops_the_walk_at_the_last_address_a_trusted_proxy_vouched_for(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    assert client_address(request_from("10.0.0.2", f"{FORGED}, garbage, 10.0.0.9")) == "10.0.0.9"


def test_a_header_of_nothing_but_trusted_proxies_gives_the_farthest_one(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]

    assert client_address(request_from("10.0.0.2", "10.0.0.8, 10.0.0.9")) == "10.0.0.8"


def test_a_whole_ipv6_64_counts_as_one_address(behind_nginx):
    direct = client_address(request_from("2001:db8:1:2::7"))
    forwarded = client_address(request_from("127.0.0.1", "2001:db8:1:2:aaaa::1"))

    assert direct == forwarded == "2001:db8:1:2::/64"


def test_an_ipv4_address_seen_through_an_ipv6_socket_is_the_ipv4_address(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]

    assert client_address(request_from("::ffff:198.51.100.7")) == "198.51.100.7"
    assert client_address(request_from("::ffff:127.0.0.1", "198.51.100.8")) == "198.51.100.8"


ADDRESSES = (
    "from django.conf import settings\n"
    "from django.test import RequestFactory\n"
    "from django.utils.module_loading import import_string\n"
    "from clinic.client_address import client_address\n"
    f"request = RequestFactory().get('/', REMOTE_ADDR='198.51.100.7', HTTP_X_FORWARDED_FOR={FORGED!r})\n"
    "print(client_address(request), import_string(settings.AXES_CLIENT_IP_CALLABLE)(request))\n"
)


def test_production_trusts_no_forwarded_header_unless_told_which_proxies_to_trust():
    """Run with the real production settings: gunicorn reached directly must not believe a forged header."""
    result = run_with_django(ADDRESSES, env=production_environment())

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["198.51.100.7", "198.51.100.7"]


def test_production_believes_the_header_from_a_configured_proxy():
    script = ADDRESSES.replace("REMOTE_ADDR='198.51.100.7'", "REMOTE_ADDR='127.0.0.1'")

    result = run_with_django(script, env=production_environment(TRUSTED_PROXIES="127.0.0.1, 10.1.0.0/16"))

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [FORGED, FORGED]


def test_production_refuses_to_start_with_a_trusted_proxy_that_is_not_an_address():
    result = run_with_django("", env=production_environment(TRUSTED_PROXIES="nginx.internal"))

    assert result.returncode != 0
    assert "TRUSTED_PROXIES" in result.stderr
