from django import template

from ..business_hours import response_target_text

register = template.Library()


@register.simple_tag
def response_target():
    """When patients can expect to hear from us, e.g. "within two business hours", from the settings."""
    return response_target_text()
