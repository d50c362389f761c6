"""The report of pages due for medical review, in the admin: overdue first, then due within 30 days."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from .models import Procedure
from .review_dates import REVIEW_NOTICE_DAYS, reviews_due


def can_see_report(user) -> bool:
    return user.has_perm("procedures.view_procedure") or user.has_perm("procedures.view_condition")


def report_view(request, *, admin_site):
    if not can_see_report(request.user):
        raise PermissionDenied
    today = timezone.localdate()
    reviews = reviews_due(today=today)
    context = {
        **admin_site.each_context(request),
        "title": "Medical reviews due",
        "opts": Procedure._meta,
        "today": today,
        "groups": [
            {
                "id": "reviews-overdue",
                "heading": "Overdue",
                "reviews": [review for review in reviews if review.is_overdue],
                "empty": "No published page is overdue for review.",
            },
            {
                "id": "reviews-due-soon",
                "heading": f"Due within {REVIEW_NOTICE_DAYS} days",
                "reviews": [review for review in reviews if not review.is_overdue],
                "empty": f"No published page falls due in the next {REVIEW_NOTICE_DAYS} days.",
            },
        ],
    }
    return TemplateResponse(request, "admin/procedures/reviews_due.html", context)


def urls(model_admin) -> list:
    site = model_admin.admin_site
    return [
        path(
            "reviews-due/",
            site.admin_view(report_view),
            {"admin_site": site},
            name="procedures_reviews_due",
        )
    ]
