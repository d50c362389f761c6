"""CSV export of consultation requests, for staff with the export permission."""

import csv

from django.http import HttpResponse
from django.utils import timezone

CSV_COLUMNS = [
    "reference",
    "received",
    "status",
    "urgent",
    "first name",
    "last name",
    "phone",
    "email",
    "preferred contact",
    "best time",
    "location",
    "about",
    "insurance",
    "heard about us",
    "language",
    "assigned to",
    "first responded",
]


def _csv_row(obj):
    # The description stays in the admin: an export is for calling lists and counts.
    return [
        obj.reference,
        timezone.localtime(obj.created_at).strftime("%Y-%m-%d %H:%M"),
        obj.get_status_display(),
        "yes" if obj.is_urgent else "no",
        obj.first_name,
        obj.last_name,
        obj.phone.as_national if obj.phone else "",
        obj.email,
        obj.get_contact_method_display(),
        obj.get_best_time_display(),
        obj.location or "",
        obj.topic or "",
        obj.get_insurance_display(),
        obj.get_heard_about_display(),
        obj.language_for_staff,
        obj.assigned_to.get_username() if obj.assigned_to else "",
        timezone.localtime(obj.first_responded_at).strftime("%Y-%m-%d %H:%M")
        if obj.first_responded_at
        else "",
    ]


def spreadsheet_safe(value) -> str:
    """Text a spreadsheet will not run as a formula, whatever a patient typed into the form."""
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def csv_response(queryset) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="consultation-requests.csv"'
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for obj in queryset:
        writer.writerow([spreadsheet_safe(value) for value in _csv_row(obj)])
    return response
