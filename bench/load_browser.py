"""What bench/load's simulated browsers read from a page, and what they type into the form.

Plain code with no locust import, shared by the locustfile and bench/load_check.py.
"""

import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from requests.cookies import RequestsCookieJar

# As a browser behind the TLS-terminating proxy: production redirects plain HTTP to HTTPS.
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
FORM_PATH = "/consultation/"
THANKS_PATH = "/consultation/thanks/"
REFERENCE = re.compile(r"APM-[0-9A-Z]{5}")


class BehindProxyCookieJar(RequestsCookieJar):
    """Sends Secure cookies on plain HTTP: the proxy speaks HTTPS to the browser, HTTP to gunicorn.

    A browser sends the site's Secure cookie (csrftoken) with every request over HTTPS; a client that
    talks to gunicorn directly would hold it back, and each form page would then bring a new one.
    """

    def set_cookie(self, cookie, *args, **kwargs):
        cookie.secure = False
        return super().set_cookie(cookie, *args, **kwargs)


def browser_session(session, address: str):
    """Set up a requests session as a new visitor's browser behind the proxy, from `address`."""
    session.cookies = BehindProxyCookieJar()
    session.headers.update({**HEADERS, "X-Forwarded-For": address})
    return session


class PageReader(HTMLParser):
    """Collects a page's form inputs and the files a browser loads with it."""

    def __init__(self):
        super().__init__()
        self.inputs = {}
        self.assets = []
        self._has_icon = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name"):
            self.inputs[attrs["name"]] = attrs.get("value") or ""
        elif tag == "link":
            rel = (attrs.get("rel") or "").split()
            # A browser picks one of the icons offered (the first it supports) and loads it once.
            if "stylesheet" in rel or ("icon" in rel and not self._has_icon):
                self._has_icon = self._has_icon or "icon" in rel
                self._add(attrs.get("href"))
        elif tag in ("script", "img", "source"):
            self._add(attrs.get("src"))

    def _add(self, url):
        if url and url.startswith("/") and not url.startswith("//"):
            self.assets.append(url)


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    return reader


def visitor_address(number: int) -> str:
    """The number-th visitor's own address in 198.18.0.0/15, the range set aside for benchmarks."""
    return f"198.{18 + (number >> 16) % 2}.{(number >> 8) & 255}.{number & 255}"


def patient(number: int) -> dict:
    """What the number-th patient types: valid, with an email address so an acknowledgement goes out."""
    return {
        "first_name": "Loadtest",
        "last_name": "Patient",
        "phone": f"(310) 555-{number % 10000:04d}",
        "email": f"patient-{number}@example.org",
        "contact_method": "phone",
        "best_time": "any",
        "topic": "",
        "insurance": "ppo",
        "description": "Lower back pain for two years, worse when standing.",
        "heard_about": "search",
        "consent": "on",
        "website": "",
    }


def form_post(inputs: dict, number: int) -> dict:
    """The POST a browser sends for a form page's inputs: its hidden fields and the patient's answers."""
    hidden = {
        name: inputs[name] for name in ("csrfmiddlewaretoken", "started", "came_from") if name in inputs
    }
    return {**hidden, **patient(number)}


def reference_from(location: str) -> str | None:
    """The reference in a thanks-page address: its token is the reference, signed."""
    path = urlsplit(location).path
    if not path.startswith(THANKS_PATH):
        return None
    match = REFERENCE.match(unquote(path.removeprefix(THANKS_PATH)))
    return match.group() if match else None
