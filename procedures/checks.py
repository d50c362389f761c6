"""Deployment checks (`manage.py check --deploy`) for what only the clinic can fill in.

load_clinic_content seeds fictional phone numbers (555-0100 to 555-0199, kept for fiction in North
America), a street address "to be confirmed", a placeholder physician as every page's reviewer and an
example list of insurance plans; they must not reach patients. Each warning says
where in the admin to put it right. The checks read the database: one that cannot be read (not
reachable, not migrated) gives one warning instead of a traceback.
"""

import re
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError

PLACEHOLDER_ADDRESS = re.compile(r"\b(to be confirmed|tbc|tbd|placeholder)\b", re.IGNORECASE)


def is_fictional(phone) -> bool:
    """True for a missing number or one in the 555-01xx range kept for fiction."""
    if not phone or not getattr(phone, "national_number", None):
        return True
    national = str(phone.national_number)
    return phone.country_code == 1 and national[3:6] == "555" and national[6:8] == "01"


@register(deploy=True)
def clinic_details_check(app_configs, **kwargs):
    """Warn of placeholder phone numbers and addresses, and of a Site that is not SITE_URL's host."""
    try:
        return (
            _clinic_warnings()
            + _location_warnings()
            + _site_warnings()
            + _reviewer_warnings()
            + _insurance_warnings()
        )
    except DatabaseError as error:
        return [
            Warning(
                "The clinic's details, locations, notice recipients and Site were not checked: "
                f"the database cannot be read ({type(error).__name__}).",
                hint="Run `python manage.py migrate`, then this check where the database is reachable.",
                id="procedures.W009",
            )
        ]


def _clinic_warnings():
    from .models import Clinic

    clinic = Clinic.load()
    if not is_fictional(clinic.main_phone):
        return []
    shown = clinic.main_phone.as_national if clinic.main_phone else "not entered"
    return [
        Warning(
            f"The clinic's main phone number is a placeholder: {shown}.",
            hint="Enter the number patients call in the admin: Pages and clinic details › Clinic details.",
            id="procedures.W001",
        )
    ]


def _location_warnings():
    from .models import Location

    warnings = []
    for location in Location.objects.active():
        where = f"Pages and clinic details › Locations › {location.name}"
        if PLACEHOLDER_ADDRESS.search(location.street_address):
            warnings.append(
                Warning(
                    f"The street address of the location “{location.name}” is a placeholder: "
                    f"“{location.street_address}”.",
                    hint=f"Enter the address in the admin: {where}.",
                    id="procedures.W002",
                )
            )
        if is_fictional(location.phone):
            shown = location.phone.as_national if location.phone else "not entered"
            warnings.append(
                Warning(
                    f"The phone number of the location “{location.name}” is a placeholder: {shown}.",
                    hint=f"Enter the location's number in the admin: {where}.",
                    id="procedures.W003",
                )
            )
    return warnings


def _site_warnings():
    from django.contrib.sites.models import Site

    host = urlsplit(settings.SITE_URL).netloc
    site = Site.objects.filter(pk=settings.SITE_ID).first()
    domain = site.domain if site else None
    if domain == host:
        return []
    return [
        Warning(
            f"The Site's domain is “{domain}” but SITE_URL's host is “{host}”: the admin's "
            "“View on site” links and redirects would point elsewhere.",
            hint="Run `python manage.py migrate` (it sets the Site from SITE_URL), or correct the "
            "domain in the admin: Sites › Sites.",
            id="procedures.W004",
        )
    ]


def _reviewer_warnings():
    from .models import Page, Physician

    warnings = []
    for physician in Physician.objects.filter(is_placeholder=True):
        pages = Page.objects.published().filter(medical_reviewer=physician).count()
        if pages:
            message = (
                f"{pages} published page{'s name' if pages != 1 else ' names'} “{physician.name}”, a "
                "placeholder from the starting content, as medical reviewer: no physician has reviewed "
                f"{'them' if pages != 1 else 'it'} and patients see no review line."
            )
        else:
            message = (
                f"The placeholder physician “{physician.name}” from the starting content is still there."
            )
        warnings.append(
            Warning(
                message,
                hint="Add the clinic's physician in the admin: Pages and clinic details › Physicians, with "
                "their staff account in the “Medical reviewers” group; have them review and approve each "
                "page; then an administrator deletes the placeholder there.",
                id="procedures.W005",
            )
        )
    return warnings


def _insurance_warnings():
    from .models import InsuranceGroup

    unconfirmed = list(InsuranceGroup.objects.shown().unconfirmed().values_list("name", flat=True))
    if not unconfirmed:
        return []
    return [
        Warning(
            f"{len(unconfirmed)} insurance {'groups list' if len(unconfirmed) != 1 else 'group lists'} "
            f"plans the clinic has not confirmed ({', '.join(unconfirmed)}): the insurance page calls "
            "them an example list.",
            hint="Check each group's plans in the admin: Pages and clinic details › Insurance groups, "
            "then tick “Confirmed by clinic”.",
            id="procedures.W008",
        )
    ]
