"""The new release's settings: the site's own, with this app installed."""

from clinic.settings import *  # noqa: F403
from clinic.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.drills.new_release"]
