"""Scheduling in the admin: the "Schedule" box on a page's change form, and the list of schedules.

Plain POST forms with the browser's own date and time inputs: they work without JavaScript and from
the keyboard. The box sits above the page's form (a form cannot hold another), and posts to views of
its own; a refused schedule comes back on a page of its own with what was typed and why.
"""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, F, Value, When
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme

from clinic.admin import ReadOnlyAdminMixin

from .models import Page, PublishSchedule
from .scheduling import (
    PUBLISH_PERMISSION,
    clinic_datetime,
    clinic_time_text,
    schedule_cancel,
    schedule_create,
)

# The list shows, by default, every pending schedule and those that ran, failed or were cancelled lately.
RECENT = timedelta(days=30)
# The box on a page's form shows its pending schedules and its last few others.
RECENT_ON_PAGE = 5


class ScheduleForm(forms.Form):
    action = forms.ChoiceField(
        choices=PublishSchedule.Action.choices,
        widget=forms.RadioSelect,
        initial=PublishSchedule.Action.PUBLISH,
    )
    day = forms.DateField(label="Date", widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    at = forms.TimeField(label="Time", widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = timezone.get_default_timezone().key
        self.fields["at"].help_text = f"The clinic's time ({zone})."
        self.fields["action"].label = "What happens"

    def clean(self):
        cleaned = super().clean()
        if "day" in cleaned and "at" in cleaned:
            try:
                cleaned["run_at"] = clinic_datetime(cleaned["day"], cleaned["at"])
            except ValidationError as error:
                self.add_error("at", error)
        return cleaned


def _may_schedule(user) -> bool:
    return user.has_perm(PUBLISH_PERMISSION)


def _page_change_url(page: Page) -> str:
    return reverse(f"admin:procedures_{page.model_name}_change", args=[page.pk])


def schedule_box(request, obj) -> dict | None:
    """The context of the "Schedule" box on a page's change form; None on an add form."""
    if obj is None or obj.pk is None:
        return None
    page = obj.live_page
    schedules = page.publish_schedules.select_related("created_by", "cancelled_by")
    pending = list(schedules.pending().order_by("run_at"))
    others = list(
        schedules.exclude(state=PublishSchedule.State.SCHEDULED).order_by("-updated_at")[:RECENT_ON_PAGE]
    )
    for schedule in pending + others:
        schedule.when = clinic_time_text(schedule.run_at)
    return {
        "page": page,
        "pending": pending,
        "others": list(
            schedules.exclude(state=PublishSchedule.State.SCHEDULED).order_by("-updated_at")[:RECENT_ON_PAGE]
        ),
        "form": ScheduleForm(auto_id="schedule_%s") if _may_schedule(request.user) else None,
        "schedule_url": reverse("admin:procedures_publishschedule_schedule", args=[page.pk]),
        "list_url": reverse("admin:procedures_publishschedule_changelist"),
        "next": request.get_full_path(),
        "may_schedule": _may_schedule(request.user),
    }


def _redirect_next(request, fallback: str) -> HttpResponseRedirect:
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        target = fallback
    return HttpResponseRedirect(target)


class PendingAndRecentFilter(admin.SimpleListFilter):
    """Pending schedules and the last 30 days' others by default, as a list of one's plans should."""

    title = "period"
    parameter_name = "period"

    def lookups(self, request, model_admin):
        return [("all", "All time")]

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "Pending and last 30 days",
        }
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == "all":
            return queryset
        return queryset.pending_or_since(timezone.now() - RECENT)


@admin.register(PublishSchedule)
class PublishScheduleAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Every schedule, read-only but for its Cancel button; schedules are made on each page's form."""

    list_display = ["when", "action", "page_link", "state", "failure_reason", "created_by", "cancel"]
    list_filter = [PendingAndRecentFilter, "state", "action"]
    search_fields = ["page__title", "page__slug"]
    list_select_related = ["page", "created_by"]
    actions = None
    # Pending first, the soonest first; then the others, the latest first.
    ordering = [
        Case(When(state=PublishSchedule.State.SCHEDULED, then=Value(0)), default=Value(1)).asc(),
        Case(When(state=PublishSchedule.State.SCHEDULED, then=F("run_at"))).asc(nulls_last=True),
        F("run_at").desc(),
    ]
    fields = [
        "page",
        "action",
        "run_at",
        "state",
        "failure_reason",
        "created_by",
        "created_at",
        "done_at",
        "cancelled_by",
    ]
    readonly_fields = fields

    def has_module_permission(self, request):
        return _may_schedule(request.user)

    def has_view_permission(self, request, obj=None):
        return _may_schedule(request.user)

    @admin.display(description="When (clinic time)", ordering="run_at")
    def when(self, schedule):
        return clinic_time_text(schedule.run_at)

    @admin.display(description="Page", ordering="page__title")
    def page_link(self, schedule):
        return format_html('<a href="{}">{}</a>', _page_change_url(schedule.page), schedule.page)

    @admin.display(description="Cancel")
    def cancel(self, schedule):
        if not schedule.is_pending:
            return "—"
        # Submits the list's own form (it holds the CSRF token) to the cancel view: no JavaScript needed.
        return format_html(
            '<button type="submit" class="button" formaction="{}" name="next" value="{}" '
            'aria-label="Cancel: {} “{}”, {}">Cancel</button>',
            reverse("admin:procedures_publishschedule_cancel", args=[schedule.pk]),
            reverse("admin:procedures_publishschedule_changelist"),
            schedule.get_action_display(),
            schedule.page,
            clinic_time_text(schedule.run_at),
        )

    def changelist_view(self, request, extra_context=None):
        return super().changelist_view(request, {"title": "Publishing schedules", **(extra_context or {})})

    def get_urls(self):
        site = self.admin_site
        return [
            path(
                "page/<int:page_id>/schedule/",
                site.admin_view(self.schedule_view),
                name="procedures_publishschedule_schedule",
            ),
            path(
                "<int:schedule_id>/cancel/",
                site.admin_view(self.cancel_view),
                name="procedures_publishschedule_cancel",
            ),
            *super().get_urls(),
        ]

    def schedule_view(self, request, page_id):
        """Schedule publishing or unpublishing a page; a refusal shows the form again with the reason."""
        if not _may_schedule(request.user):
            raise PermissionDenied
        page = get_object_or_404(Page, pk=page_id).live_page
        form = ScheduleForm(request.POST if request.method == "POST" else None, auto_id="schedule_%s")
        if request.method == "POST" and form.is_valid():
            try:
                schedule = schedule_create(
                    page,
                    action=form.cleaned_data["action"],
                    run_at=form.cleaned_data["run_at"],
                    by=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(
                    request,
                    f"{schedule.get_action_display()} of “{page}” is scheduled for "
                    f"{clinic_time_text(schedule.run_at)}.",
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(_page_change_url(page))
        context = {
            **self.admin_site.each_context(request),
            "title": f"Schedule “{page}”",
            "opts": self.model._meta,
            "page": page,
            "form": form,
            "page_url": _page_change_url(page),
        }
        return TemplateResponse(request, "admin/procedures/schedule_form.html", context)

    def cancel_view(self, request, schedule_id):
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:procedures_publishschedule_changelist"))
        if not _may_schedule(request.user):
            raise PermissionDenied
        schedule = get_object_or_404(PublishSchedule.objects.select_related("page"), pk=schedule_id)
        try:
            schedule_cancel(schedule, by=request.user)
        except ValidationError as error:
            self.message_user(request, " ".join(error.messages), messages.ERROR)
        else:
            self.message_user(
                request,
                f"Cancelled: {schedule.get_action_display().lower()} “{schedule.page}” at "
                f"{clinic_time_text(schedule.run_at)}. Nothing will happen then.",
                messages.SUCCESS,
            )
        return _redirect_next(request, fallback=_page_change_url(schedule.page))
