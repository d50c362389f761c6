"""Deployment checks (`manage.py check --deploy`) for what only the clinic can fill in.

load_clinic_content seeds fictional phone numbers (555-0100 to 555-0199, kept for fiction in North
America), a street address "to be confirmed", a placeholder physician as every page's reviewer,
placeholder physician profiles and an example list of insurance plans; they must not reach patients.
Each warning says where in the admin to put it right. The checks read the database: one that cannot
be read (not reachable, not migrated) gives one warning instead of a traceback.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError


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
            + _location_page_warnings()
            + _site_warnings()
            + _reviewer_warnings()
            + _insurance_warnings()
            + _profile_warnings()
            + _notice_warnings()
            + _translation_warnings()
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
        if location.has_placeholder_address:
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


def _location_page_warnings():
    """A location page patients cannot rely on yet: a placeholder address or phone, or no opening hours."""
    from .models import Location

    warnings = []
    for location in Location.objects.active().with_hours():
        missing = []
        if location.has_placeholder_address:
            missing.append("its street address is a placeholder")
        if is_fictional(location.phone):
            missing.append("its phone number is a placeholder")
        if not location.opening_hours.all():
            missing.append("it has no opening hours")
        if missing:
            warnings.append(
                Warning(
                    f"The page of the location “{location.name}” ({location.get_absolute_url()}) is not "
                    f"ready for patients: {', '.join(missing)}.",
                    hint="Enter the real details and the opening hours (a row per opening) in the admin: "
                    f"Pages and clinic details › Locations › {location.name}.",
                    id="procedures.W007",
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
        # English pages; a translation's own review is procedures.W011's.
        pages = (
            Page.objects.published()
            .in_language(settings.LANGUAGE_CODE)
            .filter(medical_reviewer=physician)
            .count()
        )
        if not pages and physician.is_listed:
            continue  # a listed placeholder profile gets procedures.W006, which says what to do with it
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


def _profile_warnings():
    from .models import Physician

    warnings = []
    for physician in Physician.objects.listed():
        where = f"Pages and clinic details › Physicians › {physician.name}"
        if physician.is_placeholder:
            message = (
                f"The Physicians page lists “{physician.name}”, a placeholder profile from the starting "
                "content."
            )
            hint = (
                "Add the clinic's physicians in the admin (Pages and clinic details › Physicians) with their "
                "profile, tick “Shown on the website”, then untick it on the placeholder or delete it."
            )
        elif not physician.npi:
            message = f"The listed profile of “{physician.name}” has no NPI (National Provider Identifier)."
            hint = f"Enter the physician's NPI from the NPI Registry in the admin: {where}."
        else:
            continue
        warnings.append(Warning(message, hint=hint, id="procedures.W006"))
    return warnings


def _notice_warnings():
    """The notices a clinic must post (45 CFR 164.520, 92.10-92.11; California's privacy laws): each one
    published, in wording the clinic has reviewed rather than the seed's draft."""
    from .models import ClinicPage

    english = ClinicPage.objects.without_working_drafts().in_language(settings.LANGUAGE_CODE)
    live = {page.notice: page for page in english.exclude(notice="")}
    warnings = []
    for notice in ClinicPage.Notice:
        page = live.get(notice.value)
        if page is None:
            message = f"The required notice “{notice.label}” has no page."
            hint = (
                "Run `python manage.py load_clinic_content` (it adds the missing notices as drafts), or add "
                f"a clinic page with “Notice” set to “{notice.label}” in the admin: Clinic pages."
            )
        elif not page.is_published:
            message = f"The required notice “{notice.label}” (/{page.slug}/) is not published."
            hint = f"Publish it in the admin: Clinic pages › {page.title}."
        elif page.wording_reviewed_at is None:
            message = (
                f"The wording of the notice “{notice.label}” (/{page.slug}/) is not yet reviewed by the "
                "clinic: patients see it marked as a draft."
            )
            hint = (
                f"Have the clinic's privacy officer or counsel replace or approve the text in the admin: "
                f"Clinic pages › {page.title}; then use “Mark wording reviewed by the clinic”."
            )
        else:
            continue
        warnings.append(Warning(message, hint=hint, obj=notice.value, id="procedures.W010"))
    return warnings


def _translation_warnings():
    """A published translation (issue #13) is a page of its own: a medical page needs a physician's
    approval of ITS text (the seed's Spanish pages only name the placeholder), a notice the clinic's
    review of its wording."""
    from .models import Page

    pages = (
        Page.objects.published()
        .exclude(language=settings.LANGUAGE_CODE)
        .select_related("clinicpage", "approval__physician")
        .order_by("kind", "title")
    )
    warnings = []
    for page in pages:
        notice = page.kind == Page.Kind.CLINIC_PAGE and page.clinicpage.notice
        if notice:
            if page.clinicpage.wording_reviewed_at is not None:
                continue
            message = f"The wording of the Spanish notice “{page.title}” is not yet reviewed by the clinic."
            hint = "Have it checked, then use “Mark wording reviewed by the clinic” on its page in the admin."
        elif page.needs_medical_approval:
            if page.approval_id is not None and not page.approval.physician.is_placeholder:
                continue
            message = (
                f"The Spanish page “{page.title}” ({page.get_absolute_url()}) is published without a "
                "physician's approval of its own text."
            )
            hint = (
                "A medical reviewer approves a translation like the original: send it for review from its "
                "page in the admin (Procedures, Conditions or Clinic pages, filtered by language)."
            )
        else:
            continue
        warnings.append(Warning(message, hint=hint, obj=page.get_absolute_url(), id="procedures.W011"))
    return warnings
