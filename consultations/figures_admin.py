"""The speed-to-lead figures page and its CSV, admin views for front desk leads and administrators.

Only counts, durations, weeks, location names and staff names are shown: no patient's details, so
the access log has nothing to record here.
"""

import csv

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone

from clinic.admin import ReadOnlyAdminMixin

from .charts import Series, bar_chart
from .csv_export import spreadsheet_safe
from .figures import DEFAULT_PERIOD_WEEKS, PERIOD_WEEKS, Group, format_minutes, speed_to_lead
from .models import ConsultationRequest, FrontDeskFigures

FIGURES_PERMISSION = "consultations.view_front_desk_figures"
TABLE_HEADERS = [
    "Requests",
    "Attempted",
    "Median time to first attempt",
    "90th percentile to first attempt",
    "Median time to first reach",
    "90th percentile to first reach",
    "Reached",
    "Scheduled",
    "Attempts per scheduled",
]
CSV_HEADERS = [
    "table",
    "row",
    "requests",
    "attempted",
    "median_to_first_attempt_business_minutes",
    "p90_to_first_attempt_business_minutes",
    "median_to_first_reach_business_minutes",
    "p90_to_first_reach_business_minutes",
    "reached",
    "reached_percent",
    "scheduled",
    "scheduled_percent",
    "attempts_per_scheduled_request",
]
TO_FIRST_ATTEMPT = [
    Series("Median", "figures-bar-median", lambda group: group.median_to_attempt, format_minutes),
    Series("90th percentile", "figures-bar-p90", lambda group: group.p90_to_attempt, format_minutes),
]


def _check_permission(request) -> None:
    # Superusers hold every permission; the "Front desk lead" group holds this one.
    if not request.user.has_perm(FIGURES_PERMISSION):
        raise PermissionDenied


def _period(request) -> int:
    weeks = request.GET.get("weeks", "")
    return int(weeks) if weeks.isdigit() and int(weeks) in PERIOD_WEEKS else DEFAULT_PERIOD_WEEKS


def _share(count: int, percent: float | None) -> str:
    return f"{count}" if percent is None else f"{count} ({percent:.0f} %)"


def table_row(group: Group) -> list[str]:
    """A group's figures as the page's table shows them, after its label."""
    return [
        str(group.requests),
        str(group.attempted),
        format_minutes(group.median_to_attempt),
        format_minutes(group.p90_to_attempt),
        format_minutes(group.median_to_reach),
        format_minutes(group.p90_to_reach),
        _share(group.reached, group.reached_share),
        _share(group.scheduled, group.scheduled_share),
        "—" if group.attempts_per_scheduled is None else f"{group.attempts_per_scheduled:.1f}",
    ]


def _description(groups: list[Group], grouping: str) -> str:
    called = [group for group in groups if group.attempted]
    if not called:
        return f"No request of the period has been called yet, so the chart by {grouping} has no bars."
    slowest = max(called, key=lambda group: group.p90_to_attempt)
    return (
        f"Median and 90th percentile business time from receipt to the first call attempt, by {grouping}, "
        f"for {len(groups)} rows. The slowest 90th percentile is {format_minutes(slowest.p90_to_attempt)} "
        f"({slowest.label}). The table below the chart gives every figure."
    )


def figures_view(request, *, admin_site):
    _check_permission(request)
    weeks = _period(request)
    figures = speed_to_lead(weeks=weeks)
    sections = []
    for chart_id, heading, grouping, groups in [
        ("week", "By week received", "week", figures.by_week),
        ("location", "By location", "location", figures.by_location),
        ("staff", "By staff member who made the first attempt", "staff member", figures.by_staff),
    ]:
        chart = bar_chart(
            chart_id=f"figures-chart-{chart_id}",
            title=f"Time to first attempt by {grouping}, in business hours",
            description=_description(groups, grouping),
            groups=groups,
            series=TO_FIRST_ATTEMPT,
        )
        rows = [(group.label, table_row(group)) for group in groups]
        sections.append({"id": chart_id, "heading": heading, "chart": chart, "rows": rows})
    context = {
        **admin_site.each_context(request),
        "title": "Speed-to-lead figures",
        "opts": ConsultationRequest._meta,
        "figures": figures,
        "overall": table_row(figures.overall),
        "sections": sections,
        "headers": TABLE_HEADERS,
        "periods": PERIOD_WEEKS,
        "weeks": weeks,
        "period_end": timezone.localtime(figures.end),
    }
    return TemplateResponse(request, "admin/consultations/figures.html", context)


def figures_csv(request, *, admin_site):
    _check_permission(request)
    weeks = _period(request)
    figures = speed_to_lead(weeks=weeks)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"speed-to-lead-{weeks}-weeks-to-{timezone.localdate(figures.end):%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(CSV_HEADERS)
    for table, groups in figures.tables():
        for group in groups:
            writer.writerow([table, spreadsheet_safe(group.label), *_csv_numbers(group)])
    return response


def _csv_numbers(group: Group) -> list:
    def number(value, digits=1):
        return "" if value is None else round(value, digits)

    return [
        group.requests,
        group.attempted,
        number(group.median_to_attempt),
        number(group.p90_to_attempt),
        number(group.median_to_reach),
        number(group.p90_to_reach),
        group.reached,
        number(group.reached_share),
        group.scheduled,
        number(group.scheduled_share),
        number(group.attempts_per_scheduled, 2),
    ]


@admin.register(FrontDeskFigures)
class FrontDeskFiguresAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The figures' entry in the admin's home page and sidebar, shown only to those who may see them."""

    def has_module_permission(self, request):
        return request.user.has_perm(FIGURES_PERMISSION)

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm(FIGURES_PERMISSION)

    def get_urls(self):
        # The model has no table: its one address leads to the figures page.
        entry = self.admin_site.admin_view(self.changelist_view)
        return [path("", entry, name="consultations_frontdeskfigures_changelist")]

    def changelist_view(self, request, extra_context=None):
        _check_permission(request)
        return redirect("admin:consultations_figures")
