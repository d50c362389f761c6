"""PostgreSQL and Redis servers of a test's own, on loopback, that it can stop and start again.

Never the machine's shared servers: a drill stops these, and other tests and people use those.
"""

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

import psycopg2
import redis

_handed_out = set()


def free_port(first: int) -> int:
    """The first port from `first` that nothing holds on 127.0.0.1 and no caller was given before.

    Ports from a fixed range keep the drills' servers easy to spot; probing skips one that an
    outgoing connection happens to be using (the range overlaps the ephemeral ports). A port is
    handed out once per test run, since a server may bind it only later, or stop and start again.
    """
    for port in range(first, first + 100):
        if port in _handed_out:
            continue
        with socket.socket() as probe:
            # As servers do, so that connections of a stopped server lingering in TIME_WAIT don't count.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise RuntimeError(f"No free port in {first}–{first + 99}")


def wait_until(condition, *, timeout: float, interval: float = 0.1, message: str = "condition"):
    """Poll `condition` until it returns something true, and return that; fail after `timeout` s."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout} s waiting for {message}")
        time.sleep(interval)


def postgres_binaries() -> str:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found and shutil.which("initdb"):
        found = [shutil.which("initdb")]
    if not found:
        raise RuntimeError(
            "PostgreSQL's server programs (initdb, pg_ctl) are missing: apt-get install postgresql"
        )
    return os.path.dirname(found[-1])


class PostgresServer:
    """A throwaway PostgreSQL cluster in a temporary directory, trusting local connections.

    PostgreSQL refuses to run as root, so when the tests run as root the cluster belongs to the
    `postgres` system user. Durability is off (fsync): the data only has to outlive a clean stop.
    """

    def __init__(self, first_port: int = 55432):
        self.bin = postgres_binaries()
        self.directory = tempfile.mkdtemp(prefix="clinic-drills-pg-")
        self.data = os.path.join(self.directory, "data")
        self.port = free_port(first_port)
        self._as_owner = []
        if os.geteuid() == 0:
            shutil.chown(self.directory, "postgres")
            self._as_owner = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")

    def _run(self, program: str, *args: str):
        subprocess.run(
            [*self._as_owner, os.path.join(self.bin, program), *args],
            check=True,
            capture_output=True,
            timeout=60,
        )

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = os.path.join(self.directory, "log")
        self._run("pg_ctl", "-D", self.data, "-o", options, "-l", log, "-w", "start")

    def stop(self):
        """Stop at once, as a restart or a crash would: open connections are cut."""
        self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def url(self, name: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def query(self, sql: str, params=(), *, database: str = "postgres") -> list[tuple]:
        """Run one statement on its own connection (autocommit); return the rows it returns."""
        connection = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database)
        connection.autocommit = True
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall() if cursor.description else []
        finally:
            connection.close()

    def create_database(self, name: str, *, template: str | None = None):
        self.query(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))

    def remove(self):
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.directory, ignore_errors=True)


class RedisServer:
    """A Redis without persistence, so that a restart empties it as a crash would."""

    def __init__(self, first_port: int = 56379):
        self.port = free_port(first_port)
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port)
        wait_until(lambda: self._answers(client), timeout=10, message=f"Redis on port {self.port}")

    @staticmethod
    def _answers(client) -> bool:
        try:
            return client.ping()
        except redis.ConnectionError:
            return False

    def stop(self):
        """Kill it: it comes back empty."""
        if self.process:
            self.process.kill()
            self.process.wait()
            self.process = None

    def freeze(self):
        """Hang it without closing its port, like an overloaded or partitioned server: calls time out."""
        self.process.send_signal(signal.SIGSTOP)

    def thaw(self):
        self.process.send_signal(signal.SIGCONT)

    def key_count(self) -> int:
        return redis.Redis(port=self.port).dbsize()
