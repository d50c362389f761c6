from django import template

from .. import formatting_help as help

register = template.Library()


@register.inclusion_tag("admin/procedures/includes/formatting_help.html")
def formatting_help():
    """The "Formatting help" of the page edit form, with the slug of every page to link to."""
    return {"pages": help.pages_to_link(), "draft": help.Page.Status.DRAFT}
