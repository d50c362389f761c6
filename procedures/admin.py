from django.contrib import admin
from reversion.admin import VersionAdmin

from .models import FAQ, Clinic, Condition, Location, Procedure, Section


class SectionInline(admin.StackedInline):
    model = Section
    fields = ["position", "heading", "body"]
    extra = 0


class FAQInline(admin.StackedInline):
    model = FAQ
    fields = ["position", "question", "answer"]
    extra = 0


class PageAdmin(VersionAdmin):
    """Shared by procedure and condition pages. Every save keeps a revision that can be restored
    from "History", including the page's sections and FAQs."""

    list_display = ["title", "status", "last_reviewed", "updated_at"]
    list_filter = ["status", "last_reviewed", "updated_at"]
    search_fields = ["title", "slug", "summary", "sections__heading", "faqs__question"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at"]
    inlines = [SectionInline, FAQInline]
    save_on_top = True
    relation_fields: list[str] = []

    def view_on_site(self, obj):
        # The page's own path on the site the editor is logged into (where drafts can be previewed),
        # not SITE_URL's host: on a staging server or a second host name the editor stays where they are.
        return obj.get_absolute_url()

    def get_fieldsets(self, request, obj=None):
        return [
            (None, {"fields": ["title", "slug", "status", "summary", "introduction", "faq_heading"]}),
            ("Medical review", {"fields": ["medically_reviewed_by", "last_reviewed"]}),
            ("Related pages", {"fields": self.relation_fields}),
            ("Advanced", {"classes": ["collapse"], "fields": ["seo_title", "created_at", "updated_at"]}),
        ]


@admin.register(Procedure)
class ProcedureAdmin(PageAdmin):
    relation_fields = ["conditions_treated", "related_procedures"]
    autocomplete_fields = relation_fields


@admin.register(Condition)
class ConditionAdmin(PageAdmin):
    relation_fields = ["related_conditions"]
    autocomplete_fields = relation_fields


@admin.register(Clinic)
class ClinicAdmin(VersionAdmin):
    fields = ["name", "main_phone", "emergency_notice"]

    def has_add_permission(self, request):
        return not Clinic.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Location)
class LocationAdmin(VersionAdmin):
    list_display = ["name", "street_address", "phone", "is_active", "position"]
    list_editable = ["position"]
    list_filter = ["is_active"]
    search_fields = ["name", "street_address", "city", "postal_code"]
