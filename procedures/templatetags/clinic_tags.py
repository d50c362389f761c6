import json

from django import template
from django.utils.safestring import mark_safe

from .. import structured_data

register = template.Library()

# Search results cut a longer title off mid-word.
TITLE_MAX_LENGTH = 70

# As in Django's json_script: no "</script>" or "<!--" can appear inside the block.
SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _script(data) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(SCRIPT_SAFE)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


@register.simple_tag(takes_context=True)
def page_json_ld(context, page, about_type):
    """JSON-LD for a procedure or condition page, built from the clinic details already in context."""
    return _script(
        structured_data.page_data(
            page,
            about_type=about_type,
            clinic=context["clinic"],
            locations=context["locations"],
            breadcrumbs=context["breadcrumbs"],
        )
    )


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context):
    return _script(
        {
            "@context": "https://schema.org",
            "@graph": [structured_data.breadcrumb_data(context["breadcrumbs"])],
        }
    )


@register.simple_tag(takes_context=True)
def clinic_json_ld(context):
    return _script(structured_data.home_data(clinic=context["clinic"], locations=context["locations"]))


@register.filter
def tel_href(phone):
    """A click-to-call address (tel:+13105550142) for a phone number."""
    return f"tel:{phone.as_e164}" if phone else ""


def search_result_title(title: str, clinic_name: str) -> str:
    """`title | the clinic's name`, or `title` alone when both would not fit in a search result."""
    full = f"{title} | {clinic_name}"
    return full if len(full) <= TITLE_MAX_LENGTH else title


@register.simple_tag(takes_context=True)
def page_title(context, title):
    return search_result_title(title, context["clinic"].name)
