"""The handler for unexpected errors: a database outage gets a 503 that tells the patient what to do."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views import defaults

# A database restart or failover takes seconds to a minute.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """Django's 500 page, or the 503 page when the database cannot be reached (handler500).

    Django calls this for an exception raised anywhere in the middleware or the view, while that
    exception is still being handled, so sys.exception() names it. The 503 page is rendered without
    context processors, which would read the clinic's details from the unreachable database.
    """
    if isinstance(sys.exception(), (OperationalError, InterfaceError)):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        # Nothing may keep the outage page once the database is back.
        add_never_cache_headers(response)
        return response
    return defaults.server_error(request)
