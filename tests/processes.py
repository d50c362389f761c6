"""Run the site in a separate Python process with an environment of the test's choosing."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
PRODUCTION_SECRET_KEY = "x7!pQ2#vL9@mR4$tW8^zK3&nB6*cF1(hJ5)dG0-sY2_eU7+aO4=iT9"


def hermetic_environment(**variables: str) -> dict[str, str]:
    """This process's environment without any DJANGO_ variable, plus the given variables."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")}
    return {**env, "DJANGO_SETTINGS_MODULE": "clinic.settings", **variables}


def production_environment(**variables: str) -> dict[str, str]:
    return hermetic_environment(
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY=PRODUCTION_SECRET_KEY,
        DJANGO_ALLOWED_HOSTS="www.example.com",
        **variables,
    )


def run_python(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], env=env, cwd=BASE_DIR, capture_output=True, text=True, timeout=120
    )


def run_with_django(script: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run `script` after Django is set up, with the test `Client` imported."""
    return run_python(
        "-c", "import django; django.setup()\nfrom django.test import Client\n" + script, env=env
    )
