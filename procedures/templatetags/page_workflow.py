"""Template tags of the admin's page workflow."""

from django import template

from procedures.models import Page

register = template.Library()


@register.simple_tag
def waiting_for_review_count(user) -> int:
    """How many pages wait for this reviewer's medical review."""
    return Page.objects.waiting_for(user).count()
