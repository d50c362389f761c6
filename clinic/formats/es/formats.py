"""Dates and times as Spanish readers in the United States expect them: "30 de noviembre de 2026",
"5:00 p. m." (a twelve-hour clock, as in the clinic's English pages). Everything else as Django's Spanish."""

from django.conf.locale.es.formats import *  # noqa: F403 - Django's Spanish formats, overridden below
from django.utils.translation import gettext_noop

DATE_FORMAT = r"j \d\e F \d\e Y"
TIME_FORMAT = "g:i a"
DATETIME_FORMAT = r"j \d\e F \d\e Y, g:i a"
MONTH_DAY_FORMAT = r"j \d\e F"
SHORT_DATETIME_FORMAT = "d/m/Y g:i a"

# The "a" above is Django's "a.m."/"p.m." in the active language; Django's Spanish catalog leaves them
# as in English. Listed here so that makemessages keeps them in the clinic's catalog, which says them
# as Spanish style guides do: "a. m.", "p. m.".
gettext_noop("a.m.")
gettext_noop("p.m.")
