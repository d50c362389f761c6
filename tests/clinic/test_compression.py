"""Pages are compressed only for browsers whose Accept-Encoding allows gzip, as RFC 9110 reads it."""

import pytest

from clinic.middleware import accepts_gzip

pytestmark = pytest.mark.django_db

FORM_URL = "/consultation/"


@pytest.mark.parametrize(
    "accept_encoding, expected",
    [
        ("gzip", True),
        ("gzip, deflate, br, zstd", True),
        ("gzip;q=0.001", True),
        ("x-gzip", True),
        ("*", True),
        ("br;q=1, *;q=0.5", True),
        ("identity;q=0, *", True),
        ("GZIP ; Q=1.0", True),
        # identity preferred outright: the page is sent as it is.
        ("gzip;q=0.5, identity", False),
        ("gzip;q=0.2, identity;q=0.8", False),
        ("gzip;q=0", False),
        ("gzip;q=0.0, deflate", False),
        ("*;q=0, identity", False),
        ("gzip;q=0, *", False),
        ("br, deflate", False),
        ("identity", False),
        ("", False),
        ("gzipped", False),
        ("gzip;q=nonsense", False),
        ("gzip;q=2", False),
    ],
)
def test_accept_encoding_is_read_with_its_quality_values_and_wildcard(accept_encoding, expected):
    assert accepts_gzip(accept_encoding) is expected


def test_a_page_never_cached_is_sent_uncompressed_when_gzip_is_refused(client, clinic):
    response = client.get(FORM_URL, headers={"accept-encoding": "gzip;q=0, deflate"})

    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
    assert "Accept-Encoding" in response["Vary"]


def test_a_page_never_cached_is_sent_gzipped_when_gzip_is_accepted(client, clinic):
    response = client.get(FORM_URL, headers={"accept-encoding": "br;q=1, *;q=0.5"})

    assert response["Content-Encoding"] == "gzip"
