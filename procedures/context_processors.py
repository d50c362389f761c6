from django.conf import settings

from .models import Clinic, Location

# The clinic's details as this process last read them for a page. The 503 page shown during a
# database outage cannot read them, yet a patient whose request just failed most needs the phone
# number (clinic.views.server_error). Kept per process and refreshed by every rendered page, so it
# may lag an editor's change until this process renders a page again; a process that has rendered
# none since it started has None, and the 503 page says "call the clinic" without a number.
last_loaded_clinic = None


def clinic(request):
    """The clinic's name, phone, locations and emergency notice for the header and footer."""
    global last_loaded_clinic
    last_loaded_clinic = Clinic.load()
    return {
        "clinic": last_loaded_clinic,
        "locations": list(Location.objects.active()),
        "site_url": settings.SITE_URL,
    }
