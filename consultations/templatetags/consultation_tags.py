from django import template
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from ..business_hours import response_target_text

register = template.Library()

# The emergency advice as the clinic's notice says it by default (procedures.models.Clinic), in the
# catalog so that a Spanish page says it in Spanish until the clinic writes its own Spanish notice.
EMERGENCY_NOTICE = gettext_noop(
    "If this is a medical emergency, call 911 or go to the nearest emergency room."
)


@register.simple_tag
def response_target():
    """When patients can expect to hear from us, e.g. "within two business hours", from the settings."""
    return response_target_text()


@register.simple_tag
def emergency_notice(clinic):
    """The clinic's emergency notice in the active language.

    In English, the notice as the clinic wrote it. In another language, the clinic's own notice in that
    language (`emergency_notice_<code>`) when one is written, else the catalog's translation of the
    standard advice: never the English notice on a Spanish page, where a patient might not read it.
    """
    language = translation.get_language() or "en"
    if clinic is None:
        return gettext(EMERGENCY_NOTICE)
    if language == "en":
        return clinic.emergency_notice
    return getattr(clinic, f"emergency_notice_{language}", "") or gettext(EMERGENCY_NOTICE)
