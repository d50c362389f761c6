import unicodedata

from django import forms
from django.contrib import admin
from django.contrib.redirects.admin import RedirectAdmin as StockRedirectAdmin
from django.contrib.redirects.models import Redirect
from django.http import HttpResponseRedirect
from django.utils.html import format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from reversion.admin import VersionAdmin

from . import content_check_admin, page_order, page_preview, scheduling_admin
from .models import FAQ, Clinic, Condition, Location, Procedure, Section
from .page_links import PAGE_LINK_HELP


class MarkdownHelpMixin:
    """Adds to the help of Markdown fields how to link to a page and write a sub-heading.

    Here rather than in the model's help_text so that it needs no migration; fold it into
    models.MARKDOWN_HELP with the next migration of these fields.
    """

    markdown_fields = {"introduction", "body", "answer"}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.markdown_fields:
            kwargs.setdefault("help_text", db_field.help_text + PAGE_LINK_HELP)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class OrderedInline(MarkdownHelpMixin, admin.StackedInline):
    """Rows in page order, moved by buttons: plain submit buttons, for the keyboard and without JavaScript."""

    readonly_fields = ["order"]
    extra = 0

    @admin.display(description="Order")
    def order(self, obj):
        if obj.pk is None:
            return "Goes last on the page when saved."
        # The accessible name starts with the visible text (WCAG 2.5.3) and says which row moves.
        return format_html_join(
            " ",
            '<button type="submit" class="button" name="{}" value="{}" aria-label="{}: “{}”">{}</button>',
            (
                (page_order.MOVE, page_order.move_value(obj, direction), label, obj, label)
                for direction, label in [(page_order.UP, "Move up"), (page_order.DOWN, "Move down")]
            ),
        )


class SectionInline(OrderedInline):
    model = Section
    fields = ["order", "heading", "body"]


class FAQInline(OrderedInline):
    model = FAQ
    fields = ["order", "question", "answer"]


class PageAdmin(MarkdownHelpMixin, VersionAdmin):
    """Shared by procedure and condition pages. Every save keeps a revision that can be restored
    from "History", including the page's sections and FAQs."""

    list_display = ["title", "status", "last_reviewed", "updated_at"]
    list_filter = ["status", "last_reviewed", "updated_at"]
    search_fields = ["title", "slug", "summary", "sections__heading", "faqs__question"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at", "content_check"]
    inlines = [SectionInline, FAQInline]
    change_list_template = "admin/procedures/page_change_list.html"
    save_on_top = True
    change_form_template = "admin/procedures/page_change_form.html"
    relation_fields: list[str] = []

    def view_on_site(self, obj):
        # The page's own path on the site the editor is logged into (where drafts can be previewed),
        # not SITE_URL's host: on a staging server or a second host name the editor stays where they are.
        return obj.get_absolute_url()

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if request.method == "POST" and page_preview.PREVIEW in request.POST:
            return type(form.__name__, (page_preview.PreviewOnlyFormMixin, form), {})
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        can_edit = self.has_add_permission(request) if add else self.has_change_permission(request, obj)
        context["show_preview"] = can_edit
        # Scheduling hook (feat/schedule): the "Schedule" box above the form.
        context["schedule_box"] = scheduling_admin.schedule_box(request, obj)
        if can_edit and request.method == "POST" and page_preview.PREVIEW in request.POST:
            formsets = [inline.formset for inline in context["inline_admin_formsets"]]
            context["page_preview"] = page_preview.page_preview(context["adminform"].form, formsets)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model in (Section, FAQ):
            rows = formset.model.objects.filter(page=form.instance)
            move = request.POST.get(page_order.MOVE, "")
            page_order.rows_renumber(rows, new_rows=formset.new_objects, move=move)

    def response_change(self, request, obj):
        if page_order.MOVE in request.POST:
            # A move saves the form too (nothing typed is lost); the editor stays on the page.
            self.message_user(request, "The page was saved and the order changed.")
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def get_fieldsets(self, request, obj=None):
        return [
            ("Content check", {"fields": ["content_check"]}),
            (None, {"fields": ["title", "slug", "status", "summary", "introduction", "faq_heading"]}),
            ("Medical review", {"fields": ["medical_reviewer", "last_reviewed", "review_interval_months"]}),
            ("Related pages", {"fields": self.relation_fields}),
            ("Advanced", {"classes": ["collapse"], "fields": ["seo_title", "created_at", "updated_at"]}),
        ]

    @admin.display(description="Warnings")
    def content_check(self, obj):
        return content_check_admin.panel(obj)


@admin.register(Procedure)
class ProcedureAdmin(PageAdmin):
    relation_fields = ["conditions_treated", "related_procedures"]
    autocomplete_fields = relation_fields

    def get_urls(self):
        # The report covers conditions too; it lives here once, at /admin/procedures/procedure/content-check/.
        return [*content_check_admin.urls(self), *super().get_urls()]


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


def is_path_on_this_site(value: str) -> bool:
    """True for a path that starts with a single "/" and that no browser reads as another website's address.

    Browsers drop tabs and newlines from a URL and read a backslash as a slash, so "/\\evil.example" and
    "/<tab>/evil.example" both go to evil.example; an empty value is the redirects app's "gone" (410).
    """
    if value == "":
        return True
    if any(character.isspace() or unicodedata.category(character).startswith("C") for character in value):
        return False
    return (
        value.startswith("/")
        and not value.startswith("//")
        and "\\" not in value
        and url_has_allowed_host_and_scheme(value, allowed_hosts=None)
    )


class RedirectForm(forms.ModelForm):
    allows_other_websites = False

    class Meta:
        model = Redirect
        fields = ["site", "old_path", "new_path"]
        help_texts = {
            "new_path": "A page of this website, starting with “/”, such as /consultation/. Leave it "
            "empty to tell visitors the page is gone. Only a site administrator can enter another "
            "website's address.",
        }

    def clean_new_path(self):
        new_path = self.cleaned_data["new_path"]
        if not self.allows_other_websites and not is_path_on_this_site(new_path):
            raise forms.ValidationError(
                "Enter an address on this website that starts with a single “/”, such as /consultation/ or "
                "/procedures/lumbar-facet-injections/, with no spaces or backslashes. "
                "Only a site administrator can send visitors to another website.",
                code="other_website",
            )
        return new_path


# Replaces django.contrib.redirects' registration: its form sends visitors anywhere an editor types.
admin.site.unregister(Redirect)


@admin.register(Redirect)
class RedirectAdmin(StockRedirectAdmin):
    """Editors redirect old addresses to pages of this site; administrators (superusers) anywhere."""

    form = RedirectForm

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"allows_other_websites": request.user.is_superuser})
