"""The clinic's details as this process last read them, for error pages that cannot read the database.

The 503 page shown during a database outage cannot read them, yet a patient whose request just
failed most needs the phone number (clinic.views.server_error). Whatever renders a page with the
clinic's details (procedures' context processor) remembers them here, so clinic/ needs no app. Kept
per process and refreshed by every rendered page, they may lag an editor's change until this
process renders a page again; a process that has rendered none since it started has None, and the
page says "call the clinic" without a number.
"""

last_known_clinic = None


def remember(clinic) -> None:
    global last_known_clinic
    last_known_clinic = clinic
