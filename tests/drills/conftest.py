"""The fault drills' real parts: gunicorn in the production configuration, the real task worker
(`run_worker`, db_worker with its sweep), a real SMTP server on loopback, and a PostgreSQL cluster and
a Redis of the drills' own that they stop and start (tests/servers.py). See docs/drills.md.

The cluster is made once per session with a migrated database holding the clinic's content, which
each drill copies (CREATE DATABASE … TEMPLATE) so that no drill sees another's requests or tasks.
"""

import asyncio
import functools
import itertools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from deploy.stack import Nginx, gunicorn_command
from tests.mail import Inbox, SMTPServer
from tests.processes import BASE_DIR, production_environment, run_python, run_with_django
from tests.servers import PostgresServer, RedisServer, free_port, wait_until

from .browser import HOST, REFERENCE, Browser, patient, reference_on

STAFF_INBOX = "frontdesk@clinic.example"
TEMPLATE_DATABASE = "clinic_drills_template"
# The production configuration, with the waits that production spreads over minutes (retries of a
# failing send, the age of a stuck task) shortened to seconds so that a drill takes seconds.
DRILL_SETTINGS = {
    "LOG_LEVEL": "WARNING",
    "SITE_URL": "https://www.example.com",
    "SMTP_HOST": "127.0.0.1",
    "SMTP_TIMEOUT": "5",
    "CONSULTATION_NOTICE_RETRY_SECONDS": "1,2",
    "CONSULTATION_NOTICE_STUCK_SECONDS": "2",
    "CONSULTATION_FORM_MIN_SECONDS": "1",
    # Every drill patient shares the proxy's address range; the limit is not what is drilled here.
    "CONSULTATION_RATE_LIMIT": "1000",
    "CACHE_KEY_PREFIX": "clinic_drills",
    # The drills' browsers play the proxy on loopback, sending X-Forwarded-For as nginx would.
    "TRUSTED_PROXIES": "127.0.0.1",
    "REDIS_URL": "",
}
FILL_SECONDS = 1.1


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.drill)


# What each drill measured, shown after the run whether it passed or failed (pytest keeps a passing
# test's output to itself).
FIGURES: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("drill figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


@pytest.fixture
def drill_figures(request):
    """Record a line of figures under the drill's name, for the summary at the end of the run."""

    def record(line: str) -> None:
        FIGURES.append(f"{request.node.name}: {line}")

    return record


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.drill_failed = report.failed
    return report


@pytest.fixture(scope="session")
def drill_cluster():
    """The drills' PostgreSQL, a template database ready to copy, and collected static files."""
    postgres = PostgresServer()
    static_root = tempfile.mkdtemp(prefix="clinic-drills-static-")
    try:
        postgres.start()
        postgres.create_database(TEMPLATE_DATABASE)
        env = production_environment(
            **DRILL_SETTINGS,
            DATABASE_URL=postgres.url(TEMPLATE_DATABASE),
            DJANGO_STATIC_ROOT=static_root,
            # The template must keep no connection open, or it cannot be copied.
            DATABASE_CONN_MAX_AGE="0",
        )
        # Side by side with the database. The admin's files too: the shared-state drill logs in.
        collect = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=BASE_DIR,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        setup = run_with_django(
            "from django.core.management import call_command\n"
            "from consultations.models import NoticeRecipient\n"
            "call_command('migrate', verbosity=0)\n"
            "call_command('createcachetable', verbosity=0)\n"
            "call_command('load_clinic_content', verbosity=0)\n"
            f"NoticeRecipient.objects.create(email={STAFF_INBOX!r})\n",
            env=env,
        )
        assert setup.returncode == 0, setup.stderr
        assert collect.wait(timeout=120) == 0, collect.stderr.read()
        # The page nginx shows when no app server answers (the stack's drills).
        rendered = run_python("manage.py", "render_unavailable_page", env=env)
        assert rendered.returncode == 0, rendered.stderr
        yield postgres, static_root
    finally:
        postgres.remove()
        shutil.rmtree(static_root, ignore_errors=True)


class Database:
    """A drill's own copy of the template database, read directly with SQL."""

    def __init__(self, postgres: PostgresServer, name: str):
        self.postgres = postgres
        self.name = name
        self.url = postgres.url(name)

    def query(self, sql: str, params=()) -> list[tuple]:
        return self.postgres.query(sql, params, database=self.name)

    def notification_states(self) -> Counter:
        return Counter(status for (status,) in self.query("SELECT status FROM consultations_notification"))

    def references(self) -> set[str]:
        return {ref for (ref,) in self.query("SELECT reference FROM consultations_consultationrequest")}

    def task_states(self) -> Counter:
        return Counter(
            status
            for (status,) in self.query(
                "SELECT status FROM django_tasks_database_dbtaskresult WHERE task_path = %s",
                ["consultations.notifications.send_notification"],
            )
        )


_database_numbers = itertools.count(1)


@pytest.fixture
def database(drill_cluster):
    postgres, _ = drill_cluster
    database = Database(postgres, f"clinic_drills_{os.getpid()}_{next(_database_numbers)}")
    postgres.create_database(database.name, template=TEMPLATE_DATABASE)
    return database


class StallingInbox(Inbox):
    """An inbox whose server can hold its answer to DATA, as a slow mail server does.

    A message counts as received only once the server has answered: if the sender hangs up while
    the answer is held (a worker killed mid-send), aiosmtpd cancels this handler and the message
    is not delivered, as a mail server discards a message whose sender left before its reply.
    """

    def __init__(self):
        super().__init__()
        self.stalled = threading.Event()
        self.holding = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        while self.stalled.is_set():
            self.holding.set()
            await asyncio.sleep(0.05)
        return await super().handle_DATA(server, session, envelope)

    def count_per_reference(self) -> Counter:
        """How many staff notices and acknowledgements arrived for each request reference."""
        counts = Counter()
        for message in self.messages:
            reference = REFERENCE.search(message["Subject"]).group()
            kind = "notice" if message["To"] == STAFF_INBOX else "acknowledgement"
            counts[reference, kind] += 1
        return counts


@pytest.fixture
def mail_server():
    """A real SMTP server on loopback, not yet started: a drill starts and stops it."""
    server = SMTPServer()
    server.port = free_port(8081)
    server.inbox = StallingInbox()
    yield server
    server.inbox.stalled.clear()
    server.stop()


class Process:
    """A server process of the drill, its output kept in a log file shown when the drill fails."""

    def __init__(self, args: list[str], env: dict, log: Path):
        self.args, self.env, self.log = args, env, log
        self.popen = None

    def start(self):
        with open(self.log, "a") as log:
            # A session of its own, so that kill_group() can take its children (gunicorn's workers) too.
            self.popen = subprocess.Popen(
                self.args,
                cwd=BASE_DIR,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def kill(self) -> int:
        """SIGKILL: no handler runs, no transaction is finished; returns the exit status."""
        self.popen.send_signal(signal.SIGKILL)
        return self.popen.wait(timeout=10)

    def kill_group(self) -> int:
        """SIGKILL to the process and every child, as when the machine under them dies."""
        os.killpg(self.popen.pid, signal.SIGKILL)
        return self.popen.wait(timeout=10)

    def stop(self):
        if self.alive():
            self.popen.terminate()
            try:
                self.popen.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@pytest.fixture
def processes(request, tmp_path):
    started = []
    yield started
    for process in reversed(started):
        process.stop()
    if getattr(request.node, "drill_failed", False):
        for process in started:
            print(f"\n--- {' '.join(process.args[1:4])} (last lines of {process.log}) ---\n{process.tail()}")


@pytest.fixture
def site_env(drill_cluster, database, mail_server):
    _, static_root = drill_cluster
    return production_environment(
        **DRILL_SETTINGS,
        DATABASE_URL=database.url,
        DJANGO_STATIC_ROOT=static_root,
        SMTP_PORT=str(mail_server.port),
    )


@pytest.fixture
def start_site(site_env, processes, tmp_path):
    """Start gunicorn as production runs it, on a port of its own; return it with its port."""

    def start(*, workers: int = 2, **settings: str) -> tuple[Process, int]:
        port = free_port(8082)
        args = [sys.executable, "-m", "gunicorn", "clinic.wsgi", "--workers", str(workers)]
        # No control socket: gunicorn's default path is one per user, shared with any other gunicorn.
        args += ["--bind", f"127.0.0.1:{port}", "--graceful-timeout", "2", "--no-control-socket"]
        site = Process(args, {**site_env, **settings}, tmp_path / f"gunicorn-{port}.log").start()
        processes.append(site)
        wait_until(lambda: healthy(port), timeout=30, message="gunicorn to answer /healthz")
        return site, port

    return start


def healthy(port: int) -> bool:
    return _answers(Browser(port), "/healthz")


@pytest.fixture
def start_worker(site_env, processes, tmp_path):
    """Start the task worker as production runs it (`run_worker`), polling often for short drills."""
    numbers = itertools.count(1)

    def start(**settings: str) -> Process:
        args = [sys.executable, "manage.py", "run_worker", "--no-reload", "--no-startup-delay"]
        args += ["--interval", "0.2", "--sweep-interval", "1"]
        log = tmp_path / f"worker-{next(numbers)}.log"
        worker = Process(args, {**site_env, **settings}, log).start()
        processes.append(worker)
        return worker

    return start


def submit(port: int, number: int, **answers: str) -> str:
    """A patient opens the form, fills it in and sends it; return the reference they are shown."""
    browser = Browser(port, address=f"198.18.0.{number % 250 + 1}")
    form, hidden = browser.open_form()
    assert form.status == 200, form.status
    time.sleep(FILL_SECONDS)
    sent = browser.send_form(hidden, {**patient(number), **answers})
    assert sent.status == 302, f"{sent.status}: {sent.heading}"
    return reference_on(browser.follow(sent))


def submit_burst(port: int, count: int) -> list[str]:
    """`count` patients sending the form at the same moment."""
    references = [None] * count

    def one(number):
        references[number] = submit(port, number)

    threads = [threading.Thread(target=one, args=[number]) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert None not in references, "a submission failed (see the assertion in its thread)"
    return references


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    if server.process:
        server.thaw()
    server.stop()


@dataclass
class Stack:
    """The production stack (deploy/): nginx over HTTPS in front of two gunicorn app servers, and two
    task workers, all sharing the drill's PostgreSQL and Redis."""

    nginx: Nginx
    app_servers: list[Process]
    app_ports: list[int]
    app_configs: list[Path]
    workers: list[Process]

    def browser(self, number: int = 0, **options) -> Browser:
        """A browser reaching the site through nginx, sending a forged X-Forwarded-For of its own."""
        return Browser(
            self.nginx.https_port,
            address=f"203.0.113.{number % 250 + 1}",
            certificate=self.nginx.certificate,
            **options,
        )


def write_release(config: Path, release: dict[str, str]) -> None:
    """A gunicorn configuration file giving its workers `release`'s environment.

    Gunicorn reads the file again on HUP, so a graceful restart moves the server onto a new release
    as a deploy of new code does.
    """
    config.write_text(f"raw_env = {[f'{name}={value}' for name, value in release.items()]!r}\n")


@pytest.fixture
def start_stack(drill_cluster, site_env, processes, tmp_path, start_worker, redis_server):
    """Start the stack as deploy/stack.py runs it, on ports of its own; return it."""
    _, static_root = drill_cluster

    def start(*, release: dict[str, str] | None = None, task_workers: int = 2, **settings: str) -> Stack:
        env = {**site_env, "REDIS_URL": redis_server.url, **settings}
        release = release or {"RELEASE_ID": "drill-1"}
        ports, configs, servers = [free_port(8082), free_port(8082)], [], []
        for port in ports:
            config = tmp_path / f"gunicorn-{port}.conf.py"
            write_release(config, release)
            args = gunicorn_command(port, graceful_timeout=10) + ["--config", str(config)]
            server = Process(args, env, tmp_path / f"gunicorn-{port}.log").start()
            processes.append(server)
            configs.append(config)
            servers.append(server)
        for port in ports:
            wait_until(functools.partial(healthy, port), timeout=30, message=f"gunicorn on {port} to answer")
        worker_settings = {**settings, **release, "REDIS_URL": redis_server.url}
        workers = [start_worker(**worker_settings) for _ in range(task_workers)]
        nginx = Nginx(
            tmp_path / "nginx",
            https_port=free_port(8443),
            http_port=free_port(8090),
            app_ports=ports,
            static_root=Path(static_root),
            server_name=HOST,
        )
        nginx.write_config()
        nginx.check()
        proxy = Process(nginx.command("-g", "daemon off;"), env, tmp_path / "nginx.log").start()
        processes.append(proxy)
        stack = Stack(nginx, servers, ports, configs, workers)
        wait_until(
            lambda: _answers(stack.browser(), "/healthz"), timeout=15, message="nginx to answer over HTTPS"
        )
        return stack

    return start


def _answers(browser: Browser, path: str) -> bool:
    try:
        return browser.get(path).status == 200
    except OSError:
        return False
