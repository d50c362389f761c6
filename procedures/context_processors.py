from django.conf import settings

from .models import Clinic, Location


def clinic(request):
    """The clinic's name, phone, locations and emergency notice for the header and footer."""
    return {
        "clinic": Clinic.load(),
        "locations": list(Location.objects.active()),
        "site_url": settings.SITE_URL,
    }
