from django.conf import settings

from clinic import contact

from .models import Clinic, Location


def clinic(request):
    """The clinic's name, phone, locations and emergency notice for the header and footer."""
    clinic = Clinic.load()
    # For the 500 and 503 pages, which cannot read the database (clinic/contact.py).
    contact.remember(clinic)
    return {
        "clinic": clinic,
        "locations": list(Location.objects.active().with_hours()),
        "site_url": settings.SITE_URL,
    }
