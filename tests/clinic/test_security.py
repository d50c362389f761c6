"""Security headers on every response; content pages set no cookie and load nothing from elsewhere."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from tests.factories import ClinicFactory, ConditionFactory, LocationFactory, ProcedureFactory, SectionFactory
from tests.markup import URL_ATTRIBUTES, parse
from tests.processes import BASE_DIR, production_environment, run_with_django

pytestmark = pytest.mark.django_db

RESPONSES = {
    "home": "/",
    "procedure page": "procedure",
    "procedure index": "/procedures/",
    "not found": "/no-such-page/",
    "admin login": "/admin/login/",
    "robots.txt": "/robots.txt",
    "sitemap": "/sitemap.xml",
    "health check": "/healthz",
}


@pytest.fixture
def linked_pages():
    """A clinic with a location and linked pages, one with an outbound link in its copy."""
    ClinicFactory()
    LocationFactory()
    procedure = ProcedureFactory()
    condition = ConditionFactory()
    procedure.conditions_treated.add(condition)
    procedure.related_procedures.add(ProcedureFactory())
    SectionFactory(
        page=procedure, body="See [the NIH's guide](https://www.nih.gov/) or [ours](/conditions/)."
    )
    return ["/", "/procedures/", "/conditions/", procedure.get_absolute_url(), condition.get_absolute_url()]


def resolve(path):
    return ProcedureFactory().get_absolute_url() if path == "procedure" else path


@pytest.mark.parametrize("path", RESPONSES.values(), ids=RESPONSES.keys())
def test_content_security_policy_allows_only_the_sites_own_resources(client, path):
    policy = client.get(resolve(path))["Content-Security-Policy"]

    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert "unsafe" not in policy


@pytest.mark.parametrize("path", RESPONSES.values(), ids=RESPONSES.keys())
def test_every_response_carries_the_security_headers(client, path):
    response = client.get(resolve(path))

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_a_page_served_from_the_cache_carries_the_security_headers_too(client):
    url = ProcedureFactory().get_absolute_url()
    first = client.get(url)

    cached = client.get(url)

    for header in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
                   "Cross-Origin-Opener-Policy", "Permissions-Policy", "X-Frame-Options"):  # fmt: skip
        assert cached[header] == first[header], header


def test_production_configuration_sends_hsts_over_https():
    """Runs the site in a separate process with the production environment (debug off)."""
    env = production_environment(DATABASE_URL="sqlite:///:memory:")

    result = run_with_django(
        "from django.core.management import call_command\n"
        "call_command('createcachetable')\n"
        "headers = {'host': 'www.example.com', 'x-forwarded-proto': 'https'}\n"
        "response = Client().get('/healthz', headers=headers)\n"
        "print(response.status_code, response['Strict-Transport-Security'])\n",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "200 max-age=31536000; includeSubDomains; preload"


def test_the_https_redirect_goes_to_the_sites_own_address_whatever_the_host_header_says():
    """Runs the site in a separate process with the production environment (debug off)."""
    env = production_environment(DATABASE_URL="sqlite:///:memory:", SITE_URL="https://www.example.com")

    result = run_with_django(
        "for host in ('www.example.com:1', 'WWW.EXAMPLE.COM:8443', 'www.example.com'):\n"
        "    response = Client().get('/procedures/?page=2', headers={'host': host})\n"
        "    print(response.status_code, response['Location'])\n",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["301 https://www.example.com/procedures/?page=2"] * 3


def test_anonymous_visitors_get_no_cookie_on_content_pages(client, linked_pages):
    for url in linked_pages:
        response = client.get(url)

        assert response.status_code == 200, url
        assert not response.cookies, url
        assert not response.has_header("Set-Cookie"), url


def is_same_origin(url: str) -> bool:
    parts = urlsplit(url)
    return (not parts.scheme and not parts.netloc) or url.startswith(settings.SITE_URL + "/")


def test_content_pages_load_no_resource_from_another_origin(client, linked_pages):
    for url in linked_pages:
        document = parse(client.get(url).content)

        for element in document.elements:
            for name, value in element.attrs:
                if name not in URL_ATTRIBUTES or element.tag == "a":
                    continue
                for candidate in (value or "").split(","):
                    resource = candidate.split()[0] if candidate.strip() else ""
                    assert is_same_origin(resource), f"{url}: <{element.tag} {name}={value!r}>"


def test_links_to_other_sites_appear_only_inside_editor_copy(client, linked_pages):
    outbound = []
    for url in linked_pages:
        for link in parse(client.get(url).content).find_all("a"):
            href = link.get("href") or ""
            if not (is_same_origin(href) or href.startswith(("tel:", "mailto:", "#"))):
                outbound.append((url, href, link.in_copy))

    assert outbound == [(linked_pages[3], "https://www.nih.gov/", True)]


def test_stylesheet_loads_nothing_from_another_origin():
    css = (BASE_DIR / "static" / "css" / "site.css").read_text()

    urls = re.findall(r"""url\(\s*['"]?([^'")\s]+)""", css) + re.findall(r"""@import\s+['"]([^'"]+)""", css)
    assert all(is_same_origin(url) or url.startswith("data:") for url in urls), urls
