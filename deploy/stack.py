"""The production stack on one machine: nginx in front of two gunicorn app servers and two task workers.

    python -m deploy.stack start     # make stack: https://127.0.0.1:8443/ (http://127.0.0.1:8080/ redirects)
    python -m deploy.stack stop      # make stack-stop: every process ends gracefully
    python -m deploy.stack status
    python -m deploy.stack deploy    # make stack-deploy: migrate, then restart each process in turn
    python -m deploy.stack render-site --server-name www.example.com ...   # the site file for a server

On a server systemd runs the same commands (deploy/systemd/); here each runs as a background process of
its own, with its pid and log under .stack/ (STACK_DIR). The drills (tests/drills/) and the bench
(bench/nginx) run the same nginx configuration on ports of their own through this module.
"""

import argparse
import functools
import getpass
import os
import re
import secrets
import signal
import ssl
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import dj_database_url
import psycopg2

BASE_DIR = Path(__file__).resolve().parent.parent
NGINX_DIR = Path(__file__).resolve().parent / "nginx"
PLACEHOLDER = re.compile(r"\{\{ (\w+) \}\}")


def render(template: str, **values: str) -> str:
    """Fill in a configuration template's {{ names }}; every name must be given."""

    def value(match):
        return str(values[match[1]])

    return PLACEHOLDER.sub(value, template)


def site_config(
    *,
    server_name: str,
    https_listen: str,
    http_listen: str,
    https_port_suffix: str,
    app_servers: list[str],
    certificate: Path,
    certificate_key: Path,
    public_root: Path,
    cache_dir: Path,
    proxy_settings: Path,
) -> str:
    """The site file (deploy/nginx/clinic.conf) for these addresses and paths."""
    return render(
        (NGINX_DIR / "clinic.conf").read_text(),
        server_name=server_name,
        https_listen=https_listen,
        http_listen=http_listen,
        https_port_suffix=https_port_suffix,
        app_servers="\n".join(f"    server {server} max_fails=1 fail_timeout=5s;" for server in app_servers),
        certificate=certificate,
        certificate_key=certificate_key,
        public_root=public_root,
        cache_dir=cache_dir,
        proxy_settings=proxy_settings,
    )


def make_certificate(directory: Path, host: str = "127.0.0.1") -> tuple[Path, Path]:
    """A self-signed certificate for `host` (an IP address), made once and kept."""
    certificate, key = directory / "cert.pem", directory / "key.pem"
    if not certificate.exists():
        directory.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30"]
            + ["-keyout", str(key), "-out", str(certificate), "-subj", f"/CN={host}"]
            + ["-addext", f"subjectAltName=IP:{host}"],
            check=True,
            capture_output=True,
        )
    return certificate, key


@dataclass
class Nginx:
    """nginx as an ordinary process: its configuration, pid, logs, cache and temporary files in `prefix`."""

    prefix: Path
    https_port: int
    http_port: int
    app_ports: list[int]
    static_root: Path
    server_name: str = "127.0.0.1"
    certificate_host: str = "127.0.0.1"
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def certificate(self) -> Path:
        return self.prefix / "tls" / "cert.pem"

    def write_config(self) -> None:
        for name in ("logs", "tmp", "cache", "public"):
            (self.prefix / name).mkdir(parents=True, exist_ok=True)
        # nginx serves /static/ from <root>/static: the collected files, wherever collectstatic put them.
        static_link = self.prefix / "public" / "static"
        if static_link.is_symlink() or static_link.exists():
            static_link.unlink()
        static_link.symlink_to(Path(self.static_root).resolve(), target_is_directory=True)
        certificate, key = make_certificate(self.prefix / "tls", self.certificate_host)
        site = site_config(
            server_name=self.server_name,
            https_listen=f"127.0.0.1:{self.https_port}",
            http_listen=f"127.0.0.1:{self.http_port}",
            https_port_suffix=f":{self.https_port}",
            app_servers=[f"127.0.0.1:{port}" for port in self.app_ports],
            certificate=certificate,
            certificate_key=key,
            public_root=self.prefix / "public",
            cache_dir=self.prefix / "cache",
            proxy_settings=NGINX_DIR / "proxy.conf",
        )
        (self.prefix / "site.conf").write_text(site)
        # As root, nginx hands its workers to an unprivileged user unless told which: this one, who
        # owns the prefix. As anyone else the directive does not apply.
        user = f"user {getpass.getuser()};" if os.geteuid() == 0 else ""
        (self.prefix / "nginx.conf").write_text(render((NGINX_DIR / "loopback.conf").read_text(), user=user))

    def command(self, *args: str) -> list[str]:
        # -e: the error log before the configuration is read (the default is /var/log/nginx).
        return ["nginx", "-p", f"{self.prefix}/", "-c", "nginx.conf", "-e", "logs/error.log", *args]

    def check(self) -> None:
        subprocess.run(self.command("-t", "-q"), check=True)

    def start(self) -> subprocess.Popen:
        """Start nginx in the foreground of a process of its own (the caller keeps it)."""
        self.write_config()
        self.check()
        self.process = subprocess.Popen(self.command("-g", "daemon off;"), start_new_session=True)
        return self.process

    def reload(self) -> None:
        """Read the configuration again: new workers take over, the old ones finish their requests."""
        subprocess.run(self.command("-s", "reload"), check=True)

    def stop(self) -> None:
        """Graceful: stop accepting, finish what is in progress, exit."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def gunicorn_command(port: int, *, workers: int = 2, graceful_timeout: int = 30) -> list[str]:
    """An app server as production runs it, on 127.0.0.1:port."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "clinic.wsgi",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        # A request still running when asked to stop (TERM) or reload (HUP) gets this long to finish.
        "--graceful-timeout",
        str(graceful_timeout),
        # Gunicorn's default control socket is one path per user, shared with any other gunicorn.
        "--no-control-socket",
    ]


def worker_command() -> list[str]:
    """A task worker (db_worker and the sweep): it sends the staff notices."""
    return [sys.executable, "manage.py", "run_worker", "--no-reload"]


# --- The loopback stack (make stack) -----------------------------------------------------------

STACK_DIR = Path(os.environ.get("STACK_DIR") or BASE_DIR / ".stack")
HTTPS_PORT = int(os.environ.get("STACK_HTTPS_PORT", "8443"))
HTTP_PORT = int(os.environ.get("STACK_HTTP_PORT", "8080"))
APP_PORTS = [int(port) for port in os.environ.get("STACK_APP_PORTS", "8101,8102").split(",")]
WORKERS = 2


def stack_environment() -> dict[str, str]:
    """Production settings on loopback: PostgreSQL, Redis, emails printed to the workers' logs."""
    secret = STACK_DIR / "secret_key"
    if not secret.exists():
        secret.write_text(secrets.token_urlsafe(50))
        secret.chmod(0o600)
    env = {name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")}
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "clinic.settings",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": secret.read_text().strip(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_STATIC_ROOT": str(STACK_DIR / "staticfiles"),
        "SITE_URL": f"https://127.0.0.1:{HTTPS_PORT}",
        "DATABASE_URL": os.environ.get(
            "STACK_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/clinic_stack"
        ),
        "REDIS_URL": os.environ.get("STACK_REDIS_URL", "redis://127.0.0.1:6379/0"),
        "CACHE_KEY_PREFIX": "clinic_stack",
        # nginx on this machine: the only proxy whose X-Forwarded-For is believed.
        "TRUSTED_PROXIES": "127.0.0.1",
        # No mail relay on a developer's machine: notices are printed to the workers' logs.
        "SMTP_HOST": os.environ.get("STACK_SMTP_HOST", ""),
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "INFO"),
    }


def stack_nginx() -> Nginx:
    return Nginx(STACK_DIR / "nginx", HTTPS_PORT, HTTP_PORT, APP_PORTS, STACK_DIR / "staticfiles")


def pid_file(name: str) -> Path:
    return STACK_DIR / "pids" / f"{name}.pid"


def running(name: str) -> int | None:
    try:
        pid = int(pid_file(name).read_text())
    except (FileNotFoundError, ValueError):
        return None
    return pid if alive(pid) else None


def launch(name: str, args: list[str], env: dict[str, str]) -> None:
    log = (STACK_DIR / "logs" / f"{name}.log").open("a")
    process = subprocess.Popen(
        args, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )
    pid_file(name).write_text(str(process.pid))
    print(f"  {name:<9} pid {process.pid}  log {log.name}")


def create_database(url: str) -> None:
    """Create the stack's PostgreSQL database unless it exists."""
    settings = dj_database_url.parse(url)
    connection = psycopg2.connect(
        dbname="postgres",
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [settings["NAME"]])
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{settings["NAME"]}"')
    finally:
        connection.close()


def prepare_database(env: dict[str, str]) -> None:
    if env["DATABASE_URL"].startswith("postgres"):
        create_database(env["DATABASE_URL"])
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--noinput", "-v0"], ["createcachetable"], ["load_clinic_content"]):
        subprocess.run(manage + command, cwd=BASE_DIR, env=env, check=True)
    # The admin's files too: staff use the admin through nginx.
    subprocess.run(manage + ["collectstatic", "--noinput", "-v0"], cwd=BASE_DIR, env=env, check=True)
    subprocess.run(manage + ["render_unavailable_page"], cwd=BASE_DIR, env=env, check=True)


def wait_for_https(url: str, certificate: Path, timeout: float = 60) -> None:
    wait_for(lambda: answers(url, certificate), timeout, url)


def start() -> None:
    if any(running(name) for name in process_names()):
        sys.exit(f"The stack is already running (pids in {STACK_DIR / 'pids'}); `make stack-stop` first.")
    for name in ("logs", "pids"):
        (STACK_DIR / name).mkdir(parents=True, exist_ok=True)
    env = stack_environment()
    print("Preparing the database (migrate, content) and the static files (collectstatic)")
    prepare_database(env)
    nginx = stack_nginx()
    nginx.write_config()
    nginx.check()
    print(f"Starting the stack (logs and pids in {STACK_DIR})")
    for number, port in enumerate(APP_PORTS, 1):
        launch(f"app{number}", gunicorn_command(port), env)
    for number in range(1, WORKERS + 1):
        launch(f"worker{number}", worker_command(), env)
    # nginx starts once both app servers answer: it would count one still starting as failed.
    for number, port in enumerate(APP_PORTS, 1):
        wait_for(functools.partial(app_answers, port), 60, f"app{number} on port {port}")
    launch("nginx", nginx.command("-g", "daemon off;"), env)
    wait_for_https(f"https://127.0.0.1:{HTTPS_PORT}/healthz", nginx.certificate)
    print(f"Serving https://127.0.0.1:{HTTPS_PORT}/ (self-signed certificate: {nginx.certificate})")
    print(f"http://127.0.0.1:{HTTP_PORT}/ redirects there. Stop with `make stack-stop`.")


def process_names() -> list[str]:
    return (
        ["nginx"]
        + [f"app{n}" for n in range(1, len(APP_PORTS) + 1)]
        + [f"worker{n}" for n in range(1, WORKERS + 1)]
    )


# What makes each process stop gracefully: nginx finishes open requests on QUIT, gunicorn on TERM
# (within its graceful timeout), the task worker finishes its task on TERM.
STOP_SIGNALS = {"nginx": signal.SIGQUIT}


def stop(timeout: float = 40) -> None:
    """Stop nginx first (no new requests), then the app servers, then the workers."""
    stopped_any = False
    for name in process_names():
        pid = running(name)
        if pid is None:
            pid_file(name).unlink(missing_ok=True)
            continue
        os.kill(pid, STOP_SIGNALS.get(name, signal.SIGTERM))
        deadline = time.monotonic() + timeout
        while running(name) and time.monotonic() < deadline:
            time.sleep(0.1)
        if running(name):
            print(f"  {name} did not stop within {timeout:.0f} s: killed")
            os.killpg(pid, signal.SIGKILL)
        print(f"  {name:<9} stopped (pid {pid})")
        pid_file(name).unlink(missing_ok=True)
        stopped_any = True
    if not stopped_any:
        print("The stack was not running.")


def children(pid: int) -> set[int]:
    return {int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(
                f"Gave up after {timeout:.0f} s waiting for {what}: see the logs in {STACK_DIR / 'logs'}"
            )
        time.sleep(0.2)


def deploy() -> None:
    """A rolling deploy of the code now in the checkout, as the drill tests/drills/test_rolling_deploy.py
    makes it: migrations, static files, then each app server and each task worker in turn."""
    names = process_names()
    if not all(running(name) for name in names):
        sys.exit("The stack is not (wholly) running: `make stack` first.")
    env = stack_environment()
    print("Migrating, collecting static files (the release before still serves)")
    prepare_database(env)
    for number, port in enumerate(APP_PORTS, 1):
        pid = running(f"app{number}")
        old = children(pid)
        # HUP: gunicorn starts new workers on the new code; the old ones finish their requests. The
        # listening socket stays open throughout, so no request is refused.
        os.kill(pid, signal.SIGHUP)
        wait_for(functools.partial(workers_replaced, pid, old), 60, f"app{number}'s new workers")
        wait_for(functools.partial(app_answers, port), 60, f"app{number}")
        print(f"  app{number}      restarted onto the new code (pid {pid}, workers {sorted(children(pid))})")
    for number in range(1, WORKERS + 1):
        name = f"worker{number}"
        old = running(name)
        launch(name, worker_command(), env)
        # TERM: the old worker finishes the email in hand, then exits.
        os.kill(old, signal.SIGTERM)
        wait_for(functools.partial(ended, old), 60, f"the old {name} to finish")
    print("Deployed.")


def workers_replaced(pid: int, old: set[int]) -> bool:
    workers = children(pid)
    return len(workers) == len(old) and not workers & old


def ended(pid: int) -> bool:
    return not alive(pid)


def app_answers(port: int) -> bool:
    """Whether an app server answers /healthz itself, as nginx would ask it."""
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/healthz", headers={"X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5):
            return True
    except OSError:
        return False


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def answers(url: str, certificate: Path) -> bool:
    try:
        with urllib.request.urlopen(
            url, context=ssl.create_default_context(cafile=str(certificate)), timeout=5
        ):
            return True
    except OSError:
        return False


def status() -> None:
    for name in process_names():
        pid = running(name)
        print(f"  {name:<9} {'pid ' + str(pid) if pid else 'not running'}")


def render_site(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="python -m deploy.stack render-site")
    parser.add_argument("--server-name", required=True, help="e.g. www.example.com")
    parser.add_argument("--app-server", action="append", required=True, help="host:port, once per app server")
    parser.add_argument("--certificate", required=True)
    parser.add_argument("--certificate-key", required=True)
    parser.add_argument("--public-root", default="/srv/clinic/public", help="the directory holding static/")
    parser.add_argument("--cache-dir", default="/var/cache/nginx/clinic")
    parser.add_argument("--proxy-settings", default="/etc/nginx/snippets/clinic-proxy.conf")
    options = parser.parse_args(arguments)
    print(
        site_config(
            server_name=options.server_name,
            https_listen="443",
            http_listen="80",
            https_port_suffix="",
            app_servers=options.app_server,
            certificate=options.certificate,
            certificate_key=options.certificate_key,
            public_root=options.public_root,
            cache_dir=options.cache_dir,
            proxy_settings=options.proxy_settings,
        ),
        end="",
    )


def main() -> None:
    command, *arguments = sys.argv[1:] or ["status"]
    if command == "render-site":
        return render_site(arguments)
    actions = {"start": start, "stop": stop, "status": status, "deploy": deploy}
    if command not in actions:
        sys.exit(f"Usage: python -m deploy.stack {{{'|'.join([*actions, 'render-site'])}}}")
    STACK_DIR.mkdir(parents=True, exist_ok=True)
    actions[command]()


if __name__ == "__main__":
    main()
