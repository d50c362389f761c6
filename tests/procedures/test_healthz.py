"""/healthz tells load balancers and monitoring whether the database answers."""

import socket

import pytest

from tests.processes import hermetic_environment, run_with_django


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_is_up(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_healthz_answers_503_when_the_database_cannot_be_reached():
    """Runs the site in a separate process whose database is a PostgreSQL address nothing listens on."""
    env = hermetic_environment(
        DJANGO_DEBUG="true", DATABASE_URL=f"postgres://postgres@127.0.0.1:{closed_port()}/clinic"
    )

    result = run_with_django(
        "response = Client().get('/healthz', headers={'host': 'localhost'})\n"
        "print(response.status_code, response.content.decode().strip())\n",
        env=env,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "503 database unavailable"
