"""Error handlers that need no database: a bad request, and unexpected errors (an outage is a 503)."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from clinic import contact

# A database restart or failover takes seconds to a minute.
RETRY_AFTER_SECONDS = 30


def in_language_of(request):
    """The language of the address (/es/… is Spanish), whatever was active when the error struck."""
    return translation.override(
        translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    )


def bad_request(request, exception):
    """The 400 page in the site's design (handler400), for a disallowed host or a SuspiciousOperation.

    Django's own handler renders 400.html with the request, so context processors would run and read
    the clinic's details from the database; a request this broken gets a page that needs nothing.
    """
    with in_language_of(request):
        return HttpResponseBadRequest(loader.render_to_string("400.html"))


def server_error(request):
    """The 500 page, or the 503 page when the database cannot be reached (handler500).

    Django calls this for an exception raised anywhere in the middleware or the view, while that
    exception is still being handled, so sys.exception() names it. Both pages are rendered without
    context processors, which would read the clinic's details from a database that may be the
    cause; they get the details this process last read instead, if any, for the phone number
    (clinic/contact.py).
    """
    # Neither page runs context processors: an unexpected error may itself come from the database.
    context = {"clinic": contact.last_known_clinic}
    outage = isinstance(sys.exception(), (OperationalError, InterfaceError))
    with in_language_of(request):
        page = loader.render_to_string("503.html" if outage else "500.html", context)
    if outage:
        response = HttpResponse(page, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        # Nothing may keep the outage page once the database is back.
        add_never_cache_headers(response)
        return response
    return HttpResponseServerError(page)
