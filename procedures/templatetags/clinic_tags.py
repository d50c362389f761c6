import json

from django import template
from django.core.files.storage import default_storage
from django.utils.safestring import mark_safe

from .. import image_files, models, structured_data

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
def clinic_page_json_ld(context, page):
    """JSON-LD for a clinic page: a MedicalWebPage when it gives medical information, else a WebPage."""
    return _script(
        structured_data.page_data(
            page,
            about_type=None,
            page_type="MedicalWebPage" if page.medical_content else "WebPage",
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


@register.simple_tag(takes_context=True)
def physician_json_ld(context, physician):
    return _script(
        structured_data.physician_data(
            physician, clinic=context["clinic"], breadcrumbs=context["breadcrumbs"]
        )
    )


@register.simple_tag(takes_context=True)
def location_json_ld(context, location, closures):
    return _script(
        structured_data.location_page_data(
            location,
            closures=closures,
            clinic=context["clinic"],
            locations=context["locations"],
            breadcrumbs=context["breadcrumbs"],
        )
    )


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


# The text column of a page (.prose, 44rem) on a wide screen, else the screen less the page's margins.
CONTENT_IMAGE_SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)"


@register.inclusion_tag("includes/picture.html")
def picture(image, *, priority=False, css_class="", sizes=CONTENT_IMAGE_SIZES):
    """A <picture> of an Image: each format's renditions by width, with a JPEG <img> for the rest.

    width and height let the browser keep the picture's room before it arrives (no layout shift).
    A priority picture (a page's hero, at the top) is fetched at once; any other waits until the
    reader scrolls near it. `sizes` is the width it is shown at, when not the text column's.
    """
    renditions = image.renditions
    fallback = renditions.get("jpeg") or [[image.width, image.height, image.file.name]]
    largest = fallback[-1]

    def srcset(widths):
        return ", ".join(f"{default_storage.url(name)} {width}w" for width, _, name in widths)

    sources = [
        (image_files.ENCODINGS[kind][1], srcset(renditions[kind]))
        for kind in ("avif", "webp")
        if renditions.get(kind)
    ]
    # The fallback's src is the width a phone asks for most; browsers that read srcset choose better.
    default = next((size for size in fallback if size[0] >= 720), largest)
    return {
        "image": image,
        "sources": sources,
        "srcset": srcset(fallback),
        "src": default_storage.url(default[2]),
        "sizes": sizes,
        "width": largest[0],
        "height": largest[1],
        "priority": priority,
        "css_class": css_class,
    }


@register.simple_tag(takes_context=True)
def insurance_json_ld(context):
    return _script(
        structured_data.insurance_data(
            clinic=context["clinic"], locations=context["locations"], breadcrumbs=context["breadcrumbs"]
        )
    )


@register.filter
def localized(obj, field):
    """`obj.<field>` in the active language (its `<field>_es` twin on a Spanish page when filled), else the
    English text with `.lang` "en", for a lang attribute: {% with text=location|localized:"parking" %}."""
    return models.localized(obj, field)
