"""The nginx configuration of deploy/nginx/, run by a real nginx in front of two stand-in app servers.

The stand-ins are small HTTP servers that record each request they receive and answer as told by
the path, so that what nginx sends on, caches, retries and refuses is seen exactly. The drills
(tests/drills/) run the same configuration in front of the real site.
"""

import http.client
import re
import shlex
import socket
import ssl
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from deploy.stack import BASE_DIR, NGINX_DIR, Nginx, gunicorn_command, make_certificate, site_config
from procedures.middleware import TRACKING_PARAMETERS
from tests.servers import free_port, wait_until


class StandIn(BaseHTTPRequestHandler):
    """An app server: it records what it received and answers by the path.

    /die… (or /es/die…) closes the connection without answering (a server dying mid-request); /slow… answers
    after half a second; anything else answers 200 with how many requests this server has had.
    """

    def do_GET(self):
        self.answer()

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.answer()

    def answer(self):
        server = self.server
        with server.lock:
            server.received.append((self.command, self.path, dict(self.headers)))
            count = len(server.received)
        if self.path.startswith(("/die", "/es/die")):
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if self.path.startswith("/slow"):
            time.sleep(0.5)
        body = f"{server.name} {count}".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Strict-Transport-Security", "max-age=60")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def start_stand_in(name: str) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", free_port(8700)), StandIn)
    server.name, server.received, server.lock = name, [], threading.Lock()
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture
def stand_ins():
    servers = [start_stand_in("first"), start_stand_in("second")]
    yield servers
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture
def proxy(stand_ins, tmp_path):
    """nginx with the site's configuration, in front of the two stand-ins."""
    static = tmp_path / "static"
    static.mkdir()
    (static / "site.0123456789ab.css").write_text("body { color: black; }\n" * 50)
    (static / "site.0123456789ab.css.gz").write_bytes(b"\x1f\x8b" + b"stands for the gzip copy")
    (static / "robots-notes.txt").write_text("not a hashed name\n")
    (static / "errors").mkdir()
    (static / "errors" / "unavailable.html").write_text("<h1>Sorry, we can’t answer right now</h1>")
    (static / "errors" / "unavailable.es.html").write_text("<h1>Lo sentimos, ahora no podemos responder</h1>")
    nginx = Nginx(
        tmp_path / "nginx",
        https_port=free_port(8600),
        http_port=free_port(8650),
        app_ports=[server.server_address[1] for server in stand_ins],
        static_root=static,
    )
    nginx.start()
    try:
        wait_until(lambda: _listening(nginx), timeout=15, message="nginx to answer")
        yield nginx
    finally:
        nginx.stop()


def _listening(nginx: Nginx) -> bool:
    try:
        return request(nginx, "GET", "/static/robots-notes.txt").status == 200
    except OSError:
        return False


def request(nginx: Nginx, method: str, path: str, headers: dict | None = None, body: str | None = None):
    context = ssl.create_default_context(cafile=str(nginx.certificate))
    connection = http.client.HTTPSConnection("127.0.0.1", nginx.https_port, context=context, timeout=10)
    try:
        connection.request(method, path, body, headers or {})
        response = connection.getresponse()
        response.text = response.read().decode(errors="replace")
        return response
    finally:
        connection.close()


def received(stand_ins, path_prefix: str) -> list[tuple[str, str, dict]]:
    return [entry for server in stand_ins for entry in server.received if entry[1].startswith(path_prefix)]


def test_plain_http_is_redirected_to_the_same_address_over_https(proxy):
    connection = http.client.HTTPConnection("127.0.0.1", proxy.http_port, timeout=10)
    connection.request("GET", "/procedures/?utm_source=mail")
    response = connection.getresponse()
    assert response.status == 301
    assert response.headers["Location"] == f"https://127.0.0.1:{proxy.https_port}/procedures/?utm_source=mail"


def test_https_offers_http2_and_tls_1_2_at_least(proxy):
    context = ssl.create_default_context(cafile=str(proxy.certificate))
    context.set_alpn_protocols(["h2", "http/1.1"])
    connection = socket.create_connection(("127.0.0.1", proxy.https_port))
    with context.wrap_socket(connection, server_hostname="127.0.0.1") as tls:
        assert tls.selected_alpn_protocol() == "h2"
        assert tls.version() in {"TLSv1.2", "TLSv1.3"}


def test_the_app_is_told_the_address_nginx_saw_never_one_the_client_wrote(proxy, stand_ins):
    forged = {
        "X-Forwarded-For": "203.0.113.9",
        "X-Forwarded-Proto": "http",
        "X-Forwarded-Host": "evil.example",
        "Forwarded": "for=203.0.113.9",
    }
    assert request(proxy, "GET", "/consultation/", forged).status == 200
    [(_, _, headers)] = received(stand_ins, "/consultation/")
    assert headers["X-Forwarded-For"] == "127.0.0.1"
    assert headers["X-Forwarded-Proto"] == "https"
    assert "X-Forwarded-Host" not in headers and "Forwarded" not in headers


def test_every_response_carries_one_hsts_header_from_nginx(proxy):
    for path in ("/", "/admin/", "/static/site.0123456789ab.css", "/static/missing.css"):
        response = request(proxy, "GET", path)
        assert response.headers.get_all("Strict-Transport-Security") == [
            "max-age=31536000; includeSubDomains; preload"
        ], path


def test_hashed_static_files_are_served_by_nginx_compressed_and_cached_for_a_year(proxy, stand_ins):
    hashed = request(proxy, "GET", "/static/site.0123456789ab.css", {"Accept-Encoding": "gzip"})
    assert hashed.status == 200
    assert hashed.headers["Content-Encoding"] == "gzip"
    assert hashed.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert hashed.headers["X-Content-Type-Options"] == "nosniff"
    plain = request(proxy, "GET", "/static/robots-notes.txt")
    assert plain.headers["Cache-Control"] == "public, max-age=60"
    assert request(proxy, "GET", "/static/missing.css").status == 404
    assert received(stand_ins, "/static/") == []


PAGE = "/procedures/lumbar-facet-injections/"
# nginx keeps time in whole seconds and a copy is stale only once the clock is past its expiry: a
# one-second copy lives one to two seconds.
NGINX_EXPIRY_SECONDS = 2.1


def test_an_anonymous_page_is_served_from_the_micro_cache_for_about_a_second(proxy, stand_ins):
    first = request(proxy, "GET", PAGE)
    again = request(proxy, "GET", PAGE)
    assert (first.headers["X-Cache-Status"], again.headers["X-Cache-Status"]) == ("MISS", "HIT")
    assert again.text == first.text
    # Links from campaigns carry tracking parameters that change nothing: the same copy.
    tracked = request(proxy, "GET", PAGE + "?utm_source=newsletter&utm_medium=email&fbclid=abc")
    assert tracked.headers["X-Cache-Status"] == "HIT"
    assert len(received(stand_ins, PAGE)) == 1

    time.sleep(NGINX_EXPIRY_SECONDS)
    refreshed = request(proxy, "GET", PAGE)
    assert refreshed.headers["X-Cache-Status"] == "EXPIRED"
    assert refreshed.text != first.text
    assert len(received(stand_ins, PAGE)) == 2


@pytest.mark.parametrize(
    "headers, query",
    [
        ({"Cookie": "sessionid=abc"}, ""),
        ({"Cookie": "theme=dark; csrftoken=abc"}, ""),
        ({"Authorization": "Basic ZWRpdG9yOnNlY3JldA=="}, ""),
        ({}, "?p=2"),
        ({}, "?utm_source=mail&q=back"),
    ],
)
def test_the_micro_cache_is_bypassed_for_sessions_forms_credentials_and_real_queries(
    proxy, stand_ins, headers, query
):
    request(proxy, "GET", PAGE)  # an anonymous copy is cached: it must not be served here
    for _ in range(2):
        response = request(proxy, "GET", PAGE + query, headers)
        assert response.headers["X-Cache-Status"] == "BYPASS"
    assert len(received(stand_ins, PAGE)) == 3


def test_the_admin_the_form_and_the_confirmation_page_are_never_cached(proxy, stand_ins):
    for path in ("/admin/", "/consultation/", "/consultation/thanks/some-token/", "/healthz"):
        for _ in range(2):
            assert "X-Cache-Status" not in request(proxy, "GET", path).headers
        assert len(received(stand_ins, path)) == 2, path


def test_while_one_request_refreshes_a_page_the_others_get_the_copy_it_replaces(proxy, stand_ins):
    old = request(proxy, "GET", "/slow/").text
    time.sleep(NGINX_EXPIRY_SECONDS)
    statuses = []
    refresh = threading.Thread(
        target=lambda: statuses.append(request(proxy, "GET", "/slow/").headers["X-Cache-Status"])
    )
    refresh.start()
    # The refresh has reached the stand-in, which takes half a second to answer.
    wait_until(lambda: len(received(stand_ins, "/slow/")) == 2, timeout=5, interval=0.01, message="refresh")
    started = time.monotonic()
    meanwhile = request(proxy, "GET", "/slow/")
    assert meanwhile.headers["X-Cache-Status"] == "UPDATING"
    assert meanwhile.text == old and time.monotonic() - started < 0.4
    refresh.join()
    # The visitor whose request refreshed the page waited for the new one (no background update).
    assert statuses == ["EXPIRED"]
    assert len(received(stand_ins, "/slow/")) == 2


def test_a_page_load_that_fails_on_one_server_is_retried_on_the_other(proxy, stand_ins):
    first, second = stand_ins
    first.server_close()  # refuses connections, as a stopped server does
    for _ in range(4):
        assert request(proxy, "GET", PAGE + "?p=1").status == 200


def test_a_post_a_server_received_is_never_sent_to_the_other(proxy, stand_ins):
    # Both servers die with the request in hand: a page load is tried on each, a post on one only.
    assert request(proxy, "GET", "/die/").status == 502
    assert len(received(stand_ins, "/die/")) == 2
    for server in stand_ins:
        server.received.clear()
    time.sleep(5.1)  # both servers are tried again once their fail_timeout is over
    response = request(proxy, "POST", "/die/consultation/", body="first_name=Ana")
    assert response.status == 502
    assert len(received(stand_ins, "/die/")) == 1
    # The patient is shown the site's own page (render_unavailable_page), never cached.
    assert "Sorry, we can’t answer right now" in response.text
    assert "Cache-Control" not in response.headers


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/es/die/consulta/", "Lo sentimos, ahora no podemos responder"),
        ("/es/die", "Lo sentimos, ahora no podemos responder"),
        ("/die/espanol/", "Sorry, we can’t answer right now"),
        ("/die/es/", "Sorry, we can’t answer right now"),
    ],
)
def test_the_outage_page_is_in_the_language_of_the_address(proxy, stand_ins, path, words):
    # render_unavailable_page writes one page per language; an address under /es/ gets the Spanish one.
    response = request(proxy, "GET", path)
    assert response.status == 502
    assert words in response.text


def test_the_tracking_parameters_nginx_ignores_are_those_the_app_ignores():
    site = (NGINX_DIR / "clinic.conf").read_text()
    pattern = re.search(r"\(utm_\[\^=&\]\*\|([a-z_|]+)\)", site)
    assert set(pattern.group(1).split("|")) == TRACKING_PARAMETERS


@pytest.mark.parametrize("unit", ["clinic-app@.service", "clinic-worker@.service"])
def test_the_systemd_units_run_what_the_loopback_stack_runs(unit):
    text = (BASE_DIR / "deploy" / "systemd" / unit).read_text()
    command = shlex.split(re.search(r"^ExecStart=(.*)$", text, re.M).group(1))
    if unit.startswith("clinic-app"):
        expected = gunicorn_command(0)[1:]
        expected[expected.index("127.0.0.1:0")] = "127.0.0.1:%i"
    else:
        expected = ["manage.py", "run_worker", "--no-reload"]
    assert command[1:] == expected


def test_the_stack_environment_example_names_only_settings_the_site_reads():
    documented = set(re.findall(r"^([A-Z_0-9]+)=", (BASE_DIR / ".env.example").read_text(), re.M))
    example = set(
        re.findall(r"^([A-Z_0-9]+)=", (BASE_DIR / "deploy" / "clinic.env.example").read_text(), re.M)
    )
    assert example <= documented


def test_the_site_file_for_a_server_passes_nginx_t_inside_debians_own_nginx_conf(tmp_path):
    certificate, key = make_certificate(tmp_path / "tls")
    site = site_config(
        server_name="www.example.com",
        https_listen="443",
        http_listen="80",
        https_port_suffix="",
        app_servers=["127.0.0.1:8001", "127.0.0.1:8002"],
        certificate=certificate,
        certificate_key=key,
        public_root=tmp_path / "public",
        cache_dir=tmp_path / "cache",
        proxy_settings=NGINX_DIR / "proxy.conf",
    )
    (tmp_path / "clinic.conf").write_text(site)
    # Debian's configuration as installed, with the site where sites-enabled/ would hold it: its http
    # block already sets gzip and ssl_protocols, which the site must not set again at that level.
    debian = Path("/etc/nginx/nginx.conf").read_text()
    assert "include /etc/nginx/sites-enabled/*;" in debian
    main = debian.replace("include /etc/nginx/sites-enabled/*;", f"include {tmp_path / 'clinic.conf'};")
    (tmp_path / "nginx.conf").write_text(
        main.replace("pid /run/nginx.pid;", f"pid {tmp_path / 'nginx.pid'};")
    )
    checked = subprocess.run(
        [
            "nginx",
            "-t",
            "-p",
            f"{tmp_path}/",
            "-c",
            str(tmp_path / "nginx.conf"),
            "-e",
            str(tmp_path / "error.log"),
        ],
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stderr
