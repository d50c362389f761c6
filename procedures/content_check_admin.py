"""The content checker in the admin: a panel on each page's change form and a report across pages."""

from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import path, reverse

from .content_checks import check_page
from .models import Clinic, Condition, Procedure


def panel(obj) -> str:
    """The warnings of the page as last saved, with how to fix each, for its change form."""
    if obj is None or obj.pk is None:
        return render_to_string("admin/procedures/content_check_panel.html", {"unsaved": True})
    # The saved page, not the form's instance: after a failed save that holds half-applied input.
    page = type(obj).objects.prefetch_related("sections", "faqs").get(pk=obj.pk)
    return render_to_string("admin/procedures/content_check_panel.html", {"warnings": check_page(page)})


def _models_to_check(user) -> list:
    return [
        model
        for model in (Procedure, Condition)
        if user.has_perm(f"procedures.change_{model._meta.model_name}")
    ]


def report_view(request, *, admin_site):
    """Every page the user can edit with its warnings, the page with the most first."""
    models = _models_to_check(request.user)
    if not models:
        raise PermissionDenied
    clinic_name = Clinic.load().name
    rows = []
    for model in models:
        for page in model.objects.editable().prefetch_related("sections", "faqs"):
            rows.append(
                {
                    "page": page,
                    "kind": model._meta.verbose_name,
                    "change_url": reverse(
                        f"admin:procedures_{model._meta.model_name}_change", args=[page.pk]
                    ),
                    "warnings": check_page(page, clinic_name=clinic_name),
                }
            )
    rows.sort(key=lambda row: (-len(row["warnings"]), row["page"].title))
    context = {
        **admin_site.each_context(request),
        "title": "Content check",
        "opts": Procedure._meta,
        "rows": rows,
        "pages_with_warnings": sum(1 for row in rows if row["warnings"]),
    }
    return TemplateResponse(request, "admin/procedures/content_check.html", context)


def urls(model_admin) -> list:
    site = model_admin.admin_site
    return [
        path(
            "content-check/",
            site.admin_view(report_view),
            {"admin_site": site},
            name="procedures_content_check",
        )
    ]
