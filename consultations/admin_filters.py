"""The inbox's list filters: open requests by default, assigned to me or nobody, overdue, attempted today."""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import SEARCH_VAR, ChangeList
from django.utils import timezone

from procedures.models import INSURANCE_NOT_SURE, InsuranceGroup

from .business_hours import response_cutoff
from .front_desk import start_of_today
from .models import INSURANCE_NOT_SURE_LABEL, CallAttempt, ConsultationRequest, language_name_for_staff

Status = ConsultationRequest.Status


class StatusFilter(admin.SimpleListFilter):
    """Open requests unless another status is chosen: the inbox shows the work still to do.

    A search looks through every request, closed ones too, unless a status is chosen.
    """

    title = "status"
    parameter_name = "status"

    def __init__(self, request, params, model, model_admin):
        super().__init__(request, params, model, model_admin)
        self.default = "all" if request.GET.get(SEARCH_VAR, "").strip() else "open"

    def lookups(self, request, model_admin):
        return [("open", "Open (new, attempted, contacted)"), *Status.choices, ("all", "All")]

    def choices(self, changelist):
        value = self.value() or self.default
        for lookup, title in self.lookup_choices:
            yield {
                "selected": value == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        value = self.value() or self.default
        if value == "open":
            return queryset.open()
        if value in Status.values:
            return queryset.filter(status=value)
        return queryset


class AssignedFilter(admin.SimpleListFilter):
    title = "assigned to"
    parameter_name = "assigned"

    def lookups(self, request, model_admin):
        return [("me", "Me"), ("nobody", "Unassigned")]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(assigned_to=request.user)
        if self.value() == "nobody":
            return queryset.filter(assigned_to__isnull=True)
        return queryset


class OverdueFilter(admin.SimpleListFilter):
    title = "response"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("yes", "Overdue")]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.overdue(response_cutoff(timezone.now()))
        return queryset


class AttemptedFilter(admin.SimpleListFilter):
    """The front desk home's "Attempted today" count links here."""

    title = "called"
    parameter_name = "attempted"

    def lookups(self, request, model_admin):
        return [("today", "Today")]

    def queryset(self, request, queryset):
        if self.value() == "today":
            called = CallAttempt.objects.filter(at__gte=start_of_today(timezone.now()))
            return queryset.filter(pk__in=called.values("consultation_request"))
        return queryset


class InsuranceFilter(admin.SimpleListFilter):
    """Requests by the insurance group chosen, hidden groups too: the key a request kept is matched,
    so a renamed group still finds its earlier requests."""

    title = "insurance"
    parameter_name = "insurance"

    def lookups(self, request, model_admin):
        groups = InsuranceGroup.objects.values_list("key", "name")
        return [*groups, (INSURANCE_NOT_SURE, INSURANCE_NOT_SURE_LABEL)]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(insurance=self.value())
        return queryset


class LanguageFilter(admin.SimpleListFilter):
    """Requests by the language of the form the patient sent, named in English for staff."""

    title = "language"
    parameter_name = "language"

    def lookups(self, request, model_admin):
        return [(code, language_name_for_staff(code)) for code, _ in settings.LANGUAGES]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(language=self.value())
        return queryset


class DateHierarchyChangeList(ChangeList):
    """Django's change list, answering a date the calendar cannot hold as a bad filter, not a 500.

    Django redirects ?created_at__year=0 to its "invalid filter" page, but lets an overflow escape:
    ?created_at__year=99999999999, or 9999, whose following year does not exist.
    """

    def get_filters(self, request):
        try:
            return super().get_filters(request)
        except (OverflowError, ValueError) as error:
            raise IncorrectLookupParameters(error) from error


class DateHierarchyMixin:
    """For a ModelAdmin with a date_hierarchy."""

    def get_changelist(self, request, **kwargs):
        return DateHierarchyChangeList
