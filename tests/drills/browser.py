"""A patient's browser, reduced to what the drills need, talking HTTP to gunicorn or HTTPS to nginx.

Straight to gunicorn it reaches the site as a browser does through the clinic's TLS-terminating
proxy: the proxy's X-Forwarded-Proto and X-Forwarded-For headers, the site's host name, its cookies
(the CSRF cookie is marked Secure, which a plain HTTP client would refuse to send back) and an Origin
on posts. Through nginx (given its certificate) it speaks HTTPS and still sends those two headers,
now forged: nginx must replace them.
"""

import functools
import http.client
import re
import ssl
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

HOST = "www.example.com"
FORM_PATH = "/consultation/"
REFERENCE = re.compile(r"APM-[0-9A-Z]{5}")


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    text: str
    seconds: float

    @property
    def heading(self) -> str:
        found = re.search(r"<h1[^>]*>(.*?)</h1>", self.text, re.S)
        return found.group(1).strip() if found else ""


class HiddenInputs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden" and attrs.get("name"):
            self.values[attrs["name"]] = attrs.get("value") or ""


def patient(number: int, last_name: str = "Drill") -> dict:
    """What the number-th patient types in the form: valid, with an email for an acknowledgement."""
    return {
        "first_name": "Patient",
        "last_name": last_name,
        "phone": f"(310) 555-{100 + number % 900:04d}",
        "email": f"patient{number}@example.org",
        "contact_method": "phone",
        "best_time": "morning",
        "topic": "",
        "insurance": "ppo",
        "description": "Aching lower back for a year.",
        "heard_about": "doctor",
        "consent": "on",
        "website": "",
    }


@functools.cache
def trusting(certificate: Path) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(certificate))


class Browser:
    def __init__(
        self,
        port: int,
        *,
        address: str = "198.18.0.1",
        certificate: Path | None = None,
        source: str = "127.0.0.1",
    ):
        """`address` goes in X-Forwarded-For; `certificate`: speak HTTPS, trusting it; `source`: the
        loopback address the connection comes from (127.0.0.2 is not the trusted proxy)."""
        self.port = port
        self.address = address
        self.certificate = certificate
        self.source = source
        self.cookies = {}

    def request(self, method: str, path: str, fields: dict | None = None) -> Response:
        headers = {"Host": HOST, "X-Forwarded-Proto": "https", "X-Forwarded-For": self.address}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers.update(
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "Origin": f"https://{HOST}",
                    "Referer": f"https://{HOST}{path}",
                }
            )
        started = time.monotonic()
        if self.certificate:
            connection = http.client.HTTPSConnection(
                "127.0.0.1",
                self.port,
                timeout=30,
                context=trusting(self.certificate),
                source_address=(self.source, 0),
            )
        else:
            connection = http.client.HTTPConnection(
                "127.0.0.1", self.port, timeout=30, source_address=(self.source, 0)
            )
        try:
            connection.request(method, path, body, headers)
            response = connection.getresponse()
            text = response.read().decode()
        finally:
            connection.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, value = cookie.split(";")[0].partition("=")
            self.cookies[name.strip()] = value
        return Response(response.status, response.headers, text, time.monotonic() - started)

    def get(self, path: str) -> Response:
        return self.request("GET", path)

    def open_form(self) -> tuple[Response, dict]:
        """Load the form page; return it and the hidden fields the browser will send back."""
        response = self.get(FORM_PATH)
        return response, hidden_fields(response)

    def send_form(self, hidden: dict, answers: dict) -> Response:
        return self.request("POST", FORM_PATH, {**hidden, **answers})

    def follow(self, response: Response) -> Response:
        return self.get(urlsplit(response.headers["Location"]).path)


def hidden_fields(page: Response) -> dict:
    """The hidden fields of a page's form, which the browser sends back."""
    reader = HiddenInputs()
    reader.feed(page.text)
    return reader.values


def reference_on(thanks: Response) -> str:
    found = REFERENCE.search(thanks.text)
    assert thanks.status == 200 and found, f"No reference on the thanks page ({thanks.status})"
    return found.group()
