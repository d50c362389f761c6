from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.db.models.constants import LOOKUP_SEP
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.timesince import timesince

from clinic.admin import ReadOnlyAdminMixin

from . import barrier_reports, csv_export, figures_admin, front_desk, services, work_mode
from .access_log import access_log_record
from .admin_filters import (
    AssignedFilter,
    AttemptedFilter,
    DateHierarchyMixin,
    InsuranceFilter,
    LanguageFilter,
    OverdueFilter,
    StatusFilter,
)
from .admin_paginator import CappedCountPaginator
from .business_hours import response_cutoff
from .models import (
    BARRIER_REFERENCE_PREFIX,
    AccessedRequest,
    AccessLogEntry,
    BarrierReport,
    ConsultationRequest,
    Event,
    Note,
    NoticeRecipient,
    Notification,
)

Status = ConsultationRequest.Status
FRONT_DESK_GROUP = "Front desk"  # made by migration consultations/0002
Access = AccessLogEntry.Kind
REFERENCES_LISTED = 10  # per entry in the access log's list; an entry's own page names them all
# A request's language, where staff see the request (the inbox, the queue, work mode).
LANGUAGE_BADGE = "admin/consultations/_language_badge.html"

PATIENT_FIELDS = [
    "reference",
    "created_at",
    "first_name",
    "last_name",
    "phone_link",
    "email",
    "contact_method",
    "best_time",
    # Shown as text or as the public page: their admin pages are closed to the front desk.
    "location_name",
    "procedure_page",
    "condition_page",
    "insurance_label",
    "description",
    "heard_about",
    "source_path",
    "language_name",
    "consented_at",
]


def staff_name(user) -> str:
    """A staff member as text: their account page is for administrators, not a link for the front desk."""
    return front_desk.staff_name(user) or "—"


def page_link(page) -> str:
    """A procedure or condition as a link to its public page, which everyone may read; text while a draft."""
    if page is None:
        return "—"
    if page.is_published:
        return format_html('<a href="{}">{}</a>', page.get_absolute_url(), page)
    return str(page)


class NoteInline(admin.TabularInline):
    """Notes are added here and never edited afterwards; the author and time are filled in."""

    model = Note
    fields = ["text", "author_name", "created_at"]
    readonly_fields = ["author_name", "created_at"]
    extra = 1

    def get_queryset(self, request):
        # Each row is labelled with its request's reference (Note.__str__).
        return super().get_queryset(request).select_related("consultation_request", "author")

    @admin.display(description="author")
    def author_name(self, note):
        return staff_name(note.author)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class NotificationInline(ReadOnlyInline):
    model = Notification
    fields = readonly_fields = ["kind", "status", "attempts", "last_error", "sent_at", "updated_at"]
    verbose_name_plural = "emails"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("consultation_request")


class EventInline(ReadOnlyInline):
    model = Event
    fields = readonly_fields = ["created_at", "actor_name", "action", "old_value", "new_value", "reason"]
    verbose_name_plural = "history"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("consultation_request", "actor")

    @admin.display(description="who")
    def actor_name(self, event):
        return staff_name(event.actor) if event.actor_id else "Patient or system"


class ConsultationRequestForm(forms.ModelForm):
    urgency_reason = forms.CharField(
        label="Why urgency changed",
        required=False,
        max_length=300,
        help_text="Required when you set or clear “urgent”: kept in the history.",
    )

    def clean(self):
        cleaned = super().clean()
        if "is_urgent" in self.changed_data and not cleaned.get("urgency_reason", "").strip():
            self.add_error("urgency_reason", "Say why you are setting or clearing urgency.")
        return cleaned


@admin.register(ConsultationRequest)
class ConsultationRequestAdmin(DateHierarchyMixin, admin.ModelAdmin):
    form = ConsultationRequestForm
    # Seven columns fit 1280 px beside the admin's sidebar and the filters: the name under the
    # reference, urgency in words beside the status, and the location as a filter.
    list_display = [
        "request",
        "phone_link",
        "topic",
        "state",
        "assignee",
        "age",
        "notice",
    ]
    list_filter = [
        StatusFilter,
        "is_urgent",
        "location",
        "procedure",
        "condition",
        InsuranceFilter,
        LanguageFilter,
        AssignedFilter,
        OverdueFilter,
        AttemptedFilter,
    ]
    # What the search box covers; get_search_results searches them by their indexed keys.
    search_fields = ["reference", "first_name", "last_name", "email", "phone"]
    # No date_hierarchy: its first and last date (MIN/MAX) and its list of years read every matching
    # row on each page, seconds over a million requests.
    ordering = ["-is_urgent", "created_at"]
    list_per_page = 50
    list_display_links = ["request"]
    # "50 results (1,000,000 total)" cost a count of the whole table on every page.
    show_full_result_count = False
    paginator = CappedCountPaginator
    actions = [
        "assign_to_me",
        "mark_attempted",
        "mark_contacted",
        "mark_scheduled",
        "mark_closed",
        "mark_spam",
        "resend_staff_notice",
        "export_csv",
    ]
    readonly_fields = [
        *PATIENT_FIELDS,
        "urgent_reasons",
        "injury_context",
        "first_responded_at",
        "anonymized_at",
        "other_requests",
    ]
    fieldsets = [
        (
            "Triage",
            {
                "fields": [
                    "status",
                    "assigned_to",
                    "is_urgent",
                    "urgency_reason",
                    "urgent_reasons",
                    "injury_context",
                    "first_responded_at",
                ]
            },
        ),
        ("What the patient sent", {"fields": PATIENT_FIELDS}),
        ("Other requests with the same phone, email or name", {"fields": ["other_requests"]}),
        ("Advanced", {"classes": ["collapse"], "fields": ["anonymized_at"]}),
    ]
    inlines = [NoteInline, NotificationInline, EventInline]
    object_history_template = "admin/consultations/consultationrequest/object_history.html"

    def get_queryset(self, request):
        # A staff notice that failed only because nobody is set up to receive it says so in its row.
        no_recipients = Notification.objects.filter(
            consultation_request=OuterRef("pk"),
            kind=Notification.Kind.STAFF_NOTICE,
            status=Notification.Status.FAILING,
            last_error__startswith="NoRecipients",
        )
        return (
            super()
            .get_queryset(request)
            .for_inbox(response_cutoff(timezone.now()))
            .annotate(notice_lacks_recipients=Exists(no_recipients))
        )

    def get_urls(self):
        site, view = self.admin_site, self.admin_site.admin_view
        figures = [
            path(
                "figures/",
                view(figures_admin.figures_view),
                {"admin_site": site},
                name="consultations_figures",
            ),
            path(
                "figures/csv/",
                view(figures_admin.figures_csv),
                {"admin_site": site},
                name="consultations_figures_csv",
            ),
        ]
        return [*front_desk.urls(self), *work_mode.urls(self), *figures, *super().get_urls()]

    def get_search_results(self, request, queryset, search_term):
        # Django's search is UPPER(…) LIKE '%…%' over every column, which no index serves; the QuerySet
        # reads a reference, a phone's last digits, an email or a name by indexed keys. Whatever the
        # status: StatusFilter drops its open-only default while searching.
        if not search_term.strip():
            return queryset, False
        return queryset.search(search_term), False

    def lookup_allowed(self, lookup, value, request):
        # Only the inbox's own filters: ?last_name=… or ?email__icontains=… would search a patient's
        # details outside the search box, which the access log records as a search.
        own_filters = {f if isinstance(f, str) else f.parameter_name for f in self.list_filter}
        allowed = lookup.split(LOOKUP_SEP)[0] in {*own_filters, self.date_hierarchy}
        return allowed and super().lookup_allowed(lookup, value, request)

    def has_add_permission(self, request):
        # Requests come from patients, through the form.
        return False

    def has_view_permission(self, request, obj=None):
        # No admin form picks a request from a list. Refused, the site's autocomplete view cannot
        # pair a name, phone or email typed into it with references, outside the access log.
        match = request.resolver_match
        if match is not None and match.view_name == f"{self.admin_site.name}:autocomplete":
            return False
        return super().has_view_permission(request, obj)

    def has_export_permission(self, request):
        return request.user.has_perm("consultations.export_consultationrequest")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        if "assigned_to" in form.base_fields:
            # The people who work requests, and whoever has this one now, even if they have moved on.
            front_desk_staff = Q(is_staff=True, is_active=True, groups__name=FRONT_DESK_GROUP)
            current = Q(pk=obj.assigned_to_id) if obj is not None and obj.assigned_to_id else Q(pk__in=[])
            form.base_fields["assigned_to"].queryset = (
                get_user_model().objects.filter(front_desk_staff | current).distinct().order_by("username")
            )
        return form

    # The access log: every view below that shows requests names them all in one entry, whatever
    # the method and whatever the status code (a rejected form shows the record again).

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "notice_banner": front_desk.show_notice_banner(request),
            "front_desk_home_url": reverse("admin:consultations_consultationrequest_home"),
        }
        response = super().changelist_view(request, extra_context)
        changelist = shown_in(response, "cl")
        if changelist is not None:
            search_term = changelist.query.strip()
            access_log_record(
                request=request,
                kind=Access.SEARCHED if search_term else Access.LISTED,
                # The page's own queryset: iterating it here fills the cache the template reads.
                consultation_requests=changelist.result_list,
                search_term=search_term,
            )
        return response

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            others = self.others_of(obj)
            access_log_record(request=request, kind=Access.OPENED, consultation_requests=[obj, *others])
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        access_log_record(request=request, kind=Access.SAVED, consultation_requests=[obj])
        return super().response_change(request, obj)

    def history_view(self, request, object_id, extra_context=None):
        # The request's own history (services write Events), not Django's LogEntry, which stays empty.
        events = Event.objects.filter(consultation_request__pk=object_id).select_related("actor")
        extra_context = {**(extra_context or {}), "events": events}
        response = super().history_view(request, object_id, extra_context)
        obj = shown_in(response, "object")
        if obj is not None:
            access_log_record(request=request, kind=Access.HISTORY, consultation_requests=[obj])
        return response

    def get_deleted_objects(self, objs, request):
        # Both the delete page and the "Delete selected" action list the requests before deleting.
        access_log_record(request=request, kind=Access.DELETE_PAGE, consultation_requests=objs)
        return super().get_deleted_objects(objs, request)

    def save_model(self, request, obj, form, change):
        """Only triage fields are editable; each change goes through a service that keeps the history."""
        changed = form.changed_data
        if "status" in changed:
            services.consultation_request_set_status(
                consultation_request=obj, status=obj.status, by=request.user
            )
        if "assigned_to" in changed:
            services.consultation_request_assign(
                consultation_request=obj, assignee=obj.assigned_to, by=request.user
            )
        if "is_urgent" in changed:
            services.consultation_request_set_urgent(
                consultation_request=obj,
                is_urgent=obj.is_urgent,
                by=request.user,
                reason=form.cleaned_data["urgency_reason"],
            )

    def save_formset(self, request, form, formset, change):
        if formset.model is not Note:
            return super().save_formset(request, form, formset, change)
        for note in formset.save(commit=False):
            services.consultation_note_create(
                consultation_request=form.instance, author=request.user, text=note.text
            )

    @admin.display(description="name")
    def name(self, obj):
        return obj.full_name or "(anonymized)"

    @admin.display(description="request", ordering="reference")
    def request(self, obj):
        return format_html(
            '<span class="inbox-reference">{}</span> <span class="inbox-name">{}</span>{}',
            obj.reference,
            self.name(obj),
            render_to_string(LANGUAGE_BADGE, {"cr": obj}),
        )

    @admin.display(description="language", ordering="language")
    def language_name(self, obj):
        return obj.language_for_staff

    @admin.display(description="phone")
    def phone_link(self, obj):
        if not obj.phone:
            return "—"
        return format_html('<a href="tel:{}">{}</a>', obj.phone.as_e164, obj.phone.as_national)

    @admin.display(description="about")
    def topic(self, obj):
        return obj.topic or "—"

    @admin.display(description="assigned to", ordering="assigned_to")
    def assignee(self, obj):
        # The name wraps where a long username would not.
        return front_desk.staff_name(obj.assigned_to) or "—"

    @admin.display(description="status", ordering="status")
    def state(self, obj):
        if obj.is_urgent:
            return format_html('{} <strong class="front-desk-flag">Urgent</strong>', obj.get_status_display())
        return obj.get_status_display()

    @admin.display(description="age", ordering="created_at")
    def age(self, obj):
        age = timesince(obj.created_at, depth=1)
        if obj.is_overdue:
            return format_html('{} <strong class="front-desk-flag overdue">Overdue</strong>', age)
        return age

    @admin.display(description="location")
    def location_name(self, obj):
        return str(obj.location) if obj.location else "—"

    @admin.display(description="procedure")
    def procedure_page(self, obj):
        return page_link(obj.procedure)

    @admin.display(description="condition")
    def condition_page(self, obj):
        return page_link(obj.condition)

    @admin.display(description="notice")
    def notice(self, obj):
        if getattr(obj, "notice_lacks_recipients", False):
            # Not a fault of this request: the banner above the list says what to set up.
            return "Not sent: no recipients"
        labels = dict(Notification.Status.choices)
        if obj.notice_status == Notification.Status.FAILING:
            return format_html("<strong>{}</strong>", labels[obj.notice_status])
        return labels.get(obj.notice_status, "—")

    @staticmethod
    def others_of(obj) -> list:
        """The same patient's other requests, read once for the page that lists them and for its log entry."""
        if not hasattr(obj, "_others"):
            others = ConsultationRequest.objects.same_person_as(obj)
            obj._others = list(others.order_by("-created_at").only("reference", "created_at", "status")[:20])
        return obj._others

    @admin.display(description="injury context")
    def injury_context(self, obj):
        # Told apart from emergency signs by the triage: shown to staff, never sent the patient to the ER.
        return "; ".join(obj.injury_context) or "—"

    @admin.display(description="other requests")
    def other_requests(self, obj):
        rows = [
            (
                reverse("admin:consultations_consultationrequest_change", args=[other.pk]),
                other.reference,
                date_format(timezone.localtime(other.created_at), "DATE_FORMAT"),
                other.get_status_display(),
            )
            for other in self.others_of(obj)
        ]
        if not rows:
            return "None"
        return format_html("<ul>{}</ul>", format_html_join("", '<li><a href="{}">{}</a>, {}, {}</li>', rows))

    def _set_status(self, request, queryset, status):
        changed = sum(
            services.consultation_request_set_status(consultation_request=obj, status=status, by=request.user)
            for obj in queryset
        )
        self.message_user(request, f"{changed} request(s) marked “{Status(status).label}”.", messages.SUCCESS)

    @admin.action(description="Assign to me", permissions=["change"])
    def assign_to_me(self, request, queryset):
        changed = sum(
            services.consultation_request_assign(
                consultation_request=obj, assignee=request.user, by=request.user
            )
            for obj in queryset
        )
        self.message_user(request, f"{changed} request(s) assigned to you.", messages.SUCCESS)

    @admin.action(description="Mark attempted contact", permissions=["change"])
    def mark_attempted(self, request, queryset):
        self._set_status(request, queryset, Status.ATTEMPTED)

    @admin.action(description="Mark contacted", permissions=["change"])
    def mark_contacted(self, request, queryset):
        self._set_status(request, queryset, Status.CONTACTED)

    @admin.action(description="Mark scheduled", permissions=["change"])
    def mark_scheduled(self, request, queryset):
        self._set_status(request, queryset, Status.SCHEDULED)

    @admin.action(description="Mark closed", permissions=["change"])
    def mark_closed(self, request, queryset):
        self._set_status(request, queryset, Status.CLOSED)

    @admin.action(description="Mark spam", permissions=["change"])
    def mark_spam(self, request, queryset):
        self._set_status(request, queryset, Status.SPAM)

    @admin.action(description="Resend staff notice", permissions=["change"])
    def resend_staff_notice(self, request, queryset):
        for obj in queryset:
            services.staff_notice_resend(consultation_request=obj, by=request.user)
        self.message_user(request, f"{len(queryset)} staff notice(s) queued to send again.", messages.SUCCESS)

    @admin.action(description="Export selected as CSV", permissions=["export"])
    def export_csv(self, request, queryset):
        exported = list(queryset)
        access_log_record(request=request, kind=Access.EXPORTED, consultation_requests=exported)
        return csv_export.csv_response(exported)


@admin.register(BarrierReport)
class BarrierReportAdmin(admin.ModelAdmin):
    """Visitors' reports of accessibility barriers, for the front desk and editors to resolve.

    The list names pages only; a report's own page shows what the visitor wrote and their contact
    details, so opening or saving it is recorded in the access log, as for a consultation request.
    """

    list_display = ["reference", "page_link", "status", "created_at", "resolved_at"]
    list_filter = ["status"]
    search_fields = ["reference", "page_path"]
    ordering = ["-created_at"]
    actions = ["mark_resolved", "mark_open"]
    fields = [
        "status",
        "reference",
        "created_at",
        "page_link",
        "description",
        "contact_name",
        "contact_email",
        "contact_phone",
        "resolved_at",
        "resolved_by_name",
        "anonymized_at",
    ]
    readonly_fields = [name for name in fields if name != "status"]
    inlines = [NotificationInline]

    def has_add_permission(self, request):
        # Reports come from visitors, through the form.
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("resolved_by")

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            access_log_record(request=request, kind=Access.BARRIER_OPENED, barrier_reports=[obj])
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_change(self, request, obj):
        access_log_record(request=request, kind=Access.BARRIER_SAVED, barrier_reports=[obj])
        return super().response_change(request, obj)

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            barrier_reports.barrier_report_set_status(barrier_report=obj, status=obj.status, by=request.user)

    @admin.display(description="page", ordering="page_path")
    def page_link(self, obj):
        # Only ever a path on this site (forms.SitePageField): a link that cannot lead elsewhere.
        if not obj.page_path:
            return "Not given"
        return format_html('<a href="{}">{}</a>', obj.page_path, obj.page_path)

    @admin.display(description="resolved by")
    def resolved_by_name(self, obj):
        return staff_name(obj.resolved_by) if obj.resolved_by_id else "—"

    def _set_status(self, request, queryset, status):
        changed = sum(
            barrier_reports.barrier_report_set_status(barrier_report=obj, status=status, by=request.user)
            for obj in queryset
        )
        label = BarrierReport.Status(status).label
        self.message_user(request, f"{changed} report(s) marked “{label}”.", messages.SUCCESS)

    @admin.action(description="Mark resolved", permissions=["change"])
    def mark_resolved(self, request, queryset):
        self._set_status(request, queryset, BarrierReport.Status.RESOLVED)

    @admin.action(description="Mark open again", permissions=["change"])
    def mark_open(self, request, queryset):
        self._set_status(request, queryset, BarrierReport.Status.OPEN)


@admin.register(NoticeRecipient)
class NoticeRecipientAdmin(admin.ModelAdmin):
    list_display = ["email", "location", "is_active"]
    list_filter = ["location", "is_active"]
    search_fields = ["email"]


@admin.register(AccessLogEntry)
class AccessLogEntryAdmin(ReadOnlyAdminMixin, DateHierarchyMixin, admin.ModelAdmin):
    """Who was shown which requests, how and when. Administrators read it; nobody can change it."""

    list_display = ["accessed_at", "username", "kind", "request_count", "references"]
    list_filter = ["kind", "accessed_at"]
    search_fields = ["rows__reference", "search_reference", "username"]
    date_hierarchy = "accessed_at"
    fields = readonly_fields = [
        "accessed_at",
        "username",
        "kind",
        "request_count",
        "requests_shown",
        "search_reference",
        "method",
        "path",
    ]

    def get_queryset(self, request):
        # A page of entries reads the first references of each in one more query, however many rows.
        first_rows = Prefetch("rows", AccessedRequest.objects.all()[:REFERENCES_LISTED], to_attr="first_rows")
        return super().get_queryset(request).prefetch_related(first_rows)

    @admin.display(description="requests")
    def references(self, entry):
        references = ", ".join(row.reference for row in entry.first_rows)
        more = entry.request_count - len(entry.first_rows)
        return f"{references} and {more} more" if more > 0 else references or "—"

    @admin.display(description="requests shown")
    def requests_shown(self, entry):
        items = [
            format_html(
                '<a href="{}">{}</a>',
                reverse("admin:consultations_consultationrequest_change", args=[row.consultation_request_id]),
                row.reference,
            )
            if row.consultation_request_id
            else row.reference
            if row.reference.startswith(BARRIER_REFERENCE_PREFIX)
            else f"{row.reference} (deleted)"
            for row in entry.rows.all()
        ]
        if not items:
            return "None"
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((item,) for item in items)))

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser


def shown_in(response, name):
    """What an admin page's template was given under `name`; nothing for a redirect or a download."""
    return (getattr(response, "context_data", None) or {}).get(name)
