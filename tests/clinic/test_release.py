"""Each release has its own identifier, so that a deploy never serves pages the release before rendered."""

import shutil

import pytest

from clinic.release import release_digest
from tests.processes import BASE_DIR, hermetic_environment, run_with_django


@pytest.fixture
def checkout(tmp_path):
    """A copy of what pages are made from, with a static files' manifest as collectstatic writes it."""
    shutil.copytree(BASE_DIR / "templates", tmp_path / "templates")
    shutil.copytree(BASE_DIR / "procedures", tmp_path / "procedures")
    (tmp_path / "requirements.txt").write_text("Django==6.1\n")
    static_root = tmp_path / "staticfiles"
    static_root.mkdir()
    (static_root / "staticfiles.json").write_text('{"paths": {"css/site.css": "css/site.1a2b3c.css"}}')
    return tmp_path


def test_two_copies_of_one_release_have_the_same_identifier(checkout, tmp_path_factory):
    other = tmp_path_factory.mktemp("other-server")
    shutil.copytree(checkout, other, dirs_exist_ok=True)

    assert release_digest(checkout, checkout / "staticfiles") == release_digest(other, other / "staticfiles")


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "templates" / "base.html").write_text("<!doctype html>changed"),
        lambda root: (root / "procedures" / "views.py").write_text("# changed\n", "utf-8"),
        lambda root: (root / "templates" / "includes" / "new.html").write_text("added"),
        lambda root: (root / "requirements.txt").write_text("Django==6.2\n"),
        lambda root: (root / "staticfiles" / "staticfiles.json").write_text(
            '{"paths": {"css/site.css": "css/site.4d5e6f.css"}}'
        ),
    ],
    ids=["template", "code", "new template", "packages", "stylesheet's hashed name"],
)
def test_a_change_to_code_templates_packages_or_static_files_makes_a_new_identifier(checkout, change):
    before = release_digest(checkout, checkout / "staticfiles")

    change(checkout)

    assert release_digest(checkout, checkout / "staticfiles") != before


def test_compiled_bytecode_is_not_part_of_the_release(checkout):
    before = release_digest(checkout, checkout / "staticfiles")

    (checkout / "procedures" / "__pycache__").mkdir(exist_ok=True)
    (checkout / "procedures" / "__pycache__" / "views.cpython-312.pyc").write_bytes(b"\x00compiled")

    assert release_digest(checkout, checkout / "staticfiles") == before


def release_id_of_a_new_process(**variables: str) -> str:
    result = run_with_django(
        "from django.conf import settings\nprint(settings.RELEASE_ID)\n",
        hermetic_environment(**{"DJANGO_DEBUG": "true", "RELEASE_ID": "", **variables}),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_servers_started_from_one_checkout_agree_on_the_release_and_release_id_overrides_it():
    first, second = release_id_of_a_new_process(), release_id_of_a_new_process()

    assert first == second and len(first) >= 12
    assert release_id_of_a_new_process(RELEASE_ID="2026-11-30.2") == "2026-11-30.2"
