"""Insurance in the admin: each group with its plans inline, both in the order patients see them."""

from django.contrib import admin
from django.db.models import Count
from reversion.admin import VersionAdmin

from .models import SPANISH_FIELDSET_HELP, InsuranceGroup, InsurancePlan


class InsurancePlanInline(admin.TabularInline):
    model = InsurancePlan
    fields = ["name", "note", "position", "is_shown"]
    extra = 1


@admin.register(InsuranceGroup)
class InsuranceGroupAdmin(VersionAdmin):
    list_display = ["name", "key", "plan_count", "is_shown", "confirmed_by_clinic", "position"]
    list_editable = ["position"]
    list_filter = ["is_shown", "confirmed_by_clinic"]
    search_fields = ["name", "key", "plans__name"]
    prepopulated_fields = {"key": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "key", "explanation", "position", "is_shown", "confirmed_by_clinic"]}),
        ("Spanish", {"description": SPANISH_FIELDSET_HELP, "fields": ["name_es", "explanation_es"]}),
    ]
    inlines = [InsurancePlanInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(plan_count=Count("plans"))

    @admin.display(description="plans", ordering="plan_count")
    def plan_count(self, group):
        return group.plan_count
