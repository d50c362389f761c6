"""Live preview: a Markdown field rendered as patients will see it, for static/js/live_preview.js.

The script posts one field's text after the editor pauses and shows the result below the field. It is
an enhancement: the Preview button (page_preview.py) shows the whole page's copy without JavaScript.
The copy is rendered, sanitized and its page: links resolved exactly as on the public page.
"""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST

from . import page_links
from .markdown import render_markdown

# Far above the longest section of the seeded pages (about 3,000 characters), well below a burden.
MAX_LENGTH = 50_000


def markdown_preview(text: str) -> str:
    """The text as sanitized HTML with its page: references made links, as the public page shows it."""
    html = render_markdown(text)
    return page_links.links_resolve(html, page_links.addresses([html]))


@require_POST
def preview_view(request, *, model_admin):
    """The posted `markdown` rendered: {"html": ...}, or {"error": ...} with status 400."""
    if not (model_admin.has_change_permission(request) or model_admin.has_add_permission(request)):
        raise PermissionDenied
    text = request.POST.get("markdown", "")
    if len(text) > MAX_LENGTH:
        return JsonResponse(
            {"error": f"This field is too long to preview as you type (over {MAX_LENGTH:,} characters)."},
            status=400,
        )
    return JsonResponse({"html": markdown_preview(text)})


def urls(model_admin) -> list:
    """The preview's address for a page admin, e.g. /admin/procedures/procedure/live-preview/."""
    opts = model_admin.opts
    return [
        path(
            "live-preview/",
            # admin_view: staff only, CSRF-checked, never cached.
            model_admin.admin_site.admin_view(preview_view),
            {"model_admin": model_admin},
            name=f"{opts.app_label}_{opts.model_name}_live_preview",
        )
    ]
