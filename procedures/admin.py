import unicodedata
from contextlib import contextmanager

import reversion
from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.redirects.admin import RedirectAdmin as StockRedirectAdmin
from django.contrib.redirects.models import Redirect
from django.db import models
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from reversion.admin import VersionAdmin

from . import (
    content_check_admin,
    formatting_help,
    image_admin,  # noqa: F401  (registers the image library)
    live_preview,
    page_compare,
    page_compare_admin,
    page_order,
    page_preview,
    review_dates_admin,
)
from .forms import TextareaField
from .models import FAQ, Clinic, Condition, Location, Page, Physician, Procedure, Section


class MarkdownHelpMixin:
    """Gives Markdown fields a line of formatting help and marks them for the live preview."""

    markdown_fields = {"introduction", "body", "answer"}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name not in self.markdown_fields:
            return super().formfield_for_dbfield(db_field, request, **kwargs)
        kwargs.setdefault("help_text", formatting_help.field_help(db_field.help_text))
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        formfield.widget.attrs["data-live-preview"] = True
        return formfield


# Text typed in a browser and the stored copy compare equal when only their line breaks differ.
PAGE_FORMFIELD_OVERRIDES = {models.TextField: {"form_class": TextareaField}}


class OrderedInline(MarkdownHelpMixin, admin.StackedInline):
    """Rows in page order, moved by buttons: plain submit buttons, for the keyboard and without JavaScript."""

    formfield_overrides = PAGE_FORMFIELD_OVERRIDES
    readonly_fields = ["order"]
    extra = 0
    template = "admin/procedures/edit_inline/stacked_with_formatting_help.html"

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
    fields = ["order", "heading", "body", "image"]


class FAQInline(OrderedInline):
    model = FAQ
    fields = ["order", "question", "answer"]


class PageAdmin(MarkdownHelpMixin, VersionAdmin):
    """Shared by procedure and condition pages. Every save keeps a revision that can be restored
    from "History", including the page's sections and FAQs."""

    list_display = ["title", "status", "last_reviewed", "review_due", "updated_at"]
    list_select_related = ["medical_reviewer"]  # for "Review due": a placeholder's review counts for nothing
    list_filter = ["status", "last_reviewed", "updated_at"]
    search_fields = ["title", "slug", "summary", "sections__heading", "faqs__question"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at", "content_check"]
    inlines = [SectionInline, FAQInline]
    change_list_template = "admin/procedures/page_change_list.html"
    save_on_top = True
    change_form_template = "admin/procedures/page_change_form.html"
    object_history_template = "admin/procedures/page_history.html"
    revision_form_template = "admin/procedures/page_revision_form.html"
    history_latest_first = True
    relation_fields: list[str] = []
    # Related pages as checkboxes, not autocomplete: with a few dozen pages every choice fits on screen,
    # works without JavaScript, and reads well in a screen reader (select2's search box has no label).
    formfield_overrides = {
        **PAGE_FORMFIELD_OVERRIDES,
        models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple},
    }

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # A working draft is never a page to relate to: its live page is.
        kwargs.setdefault("queryset", db_field.related_model.objects.filter(draft_of__isnull=True))
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.many_to_many:
            # The admin's "+" (add a page in a pop-up) cannot tick the new page's checkbox.
            formfield.widget.can_add_related = False
        return formfield

    def get_urls(self):
        return [*live_preview.urls(self), *page_compare_admin.urls(self), *super().get_urls()]

    def history_view(self, request, object_id, extra_context=None):
        page = self.get_object(request, unquote(object_id))
        if page is not None:
            extra_context = {
                **(extra_context or {}),
                "action_list": page_compare_admin.history_rows(self, page),
                "compare_url": reverse(f"admin:procedures_{page.kind}_compare"),
                "current_reference": page_compare_admin.page_reference(page),
            }
        return super().history_view(request, object_id, extra_context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        page_id = unquote(object_id)
        extra_context = {
            **(extra_context or {}),
            "compare_current_url": page_compare_admin.compare_url(
                self.model._meta.model_name, old=f"version:{version_id}", new=f"page:{page_id}"
            ),
        }
        return super().revision_view(request, object_id, version_id, extra_context)

    @contextmanager
    def create_revision(self, request):
        # Saves alone add nothing to the revision: log_addition and log_change add the page, its
        # sections and FAQs once all are saved, and only when it differs from its latest revision.
        with reversion.create_revision(manage_manually=True):
            reversion.set_user(request.user)
            yield

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion.is_active():
            reversion.add_to_revision(obj)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion.is_active() and page_compare.changed_since_latest_revision(obj):
            reversion.add_to_revision(obj)
        return entry

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
        if can_edit and request.method == "POST" and page_preview.PREVIEW in request.POST:
            formsets = [inline.formset for inline in context["inline_admin_formsets"]]
            context["page_preview"] = page_preview.page_preview(context["adminform"].form, formsets)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model in (Section, FAQ):
            rows = formset.model.objects.filter(page=form.instance)
            move = request.POST.get(page_order.MOVE, "")
            positions = dict(rows.values_list("pk", "position"))
            for row in page_order.rows_renumber(rows, new_rows=formset.new_objects, move=move):
                named = move in (
                    page_order.move_value(row, page_order.UP),
                    page_order.move_value(row, page_order.DOWN),
                )
                if named and row.position != positions[row.pk]:
                    # The history says which row moved ("Changed order for section “Recovery”.").
                    formset.changed_objects.append((row, ["order"]))

    def response_change(self, request, obj):
        if page_order.MOVE in request.POST:
            # A move saves the form too (nothing typed is lost); the editor stays on the page.
            self.message_user(request, "The page was saved and the order changed.")
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def get_fieldsets(self, request, obj=None):
        return [
            ("Content check", {"fields": ["content_check"]}),
            (
                None,
                {
                    "fields": [
                        "title",
                        "slug",
                        "status",
                        "summary",
                        "hero_image",
                        "introduction",
                        "faq_heading",
                    ]
                },
            ),
            ("Medical review", {"fields": ["medical_reviewer", "last_reviewed", "review_interval_months"]}),
            ("Related pages", {"fields": self.relation_fields}),
            ("Advanced", {"classes": ["collapse"], "fields": ["seo_title", "created_at", "updated_at"]}),
        ]

    @admin.display(description="Warnings")
    def content_check(self, obj):
        return content_check_admin.panel(obj)

    @admin.display(description="Review due")
    def review_due(self, obj):
        return obj.review_due_on or "Now: never reviewed by a physician"


@admin.register(Procedure)
class ProcedureAdmin(PageAdmin):
    relation_fields = ["conditions_treated", "related_procedures"]

    def get_urls(self):
        # The reports cover conditions too; they live here once, at /admin/procedures/procedure/content-check/
        # and /admin/procedures/procedure/reviews-due/.
        return [*content_check_admin.urls(self), *review_dates_admin.urls(self), *super().get_urls()]


@admin.register(Condition)
class ConditionAdmin(PageAdmin):
    relation_fields = ["related_conditions"]


@admin.register(Physician)
class PhysicianAdmin(admin.ModelAdmin):
    """The physicians who review pages: their name and credentials as patients read them on each page."""

    list_display = ["name", "credentials", "user", "is_placeholder", "pages_reviewed_count"]
    # No list filter: a clinic has a handful of physicians, and the stock filter's links are smaller
    # than WCAG 2.2's 24 px targets.
    search_fields = ["name", "credentials", "user__username", "user__email"]
    fields = ["name", "credentials", "user", "is_placeholder", "pages_reviewed"]
    # Nobody makes a real physician a placeholder or the reverse: the clinic adds its physician as a
    # new record, so the seed's dates are never shown under a real name.
    readonly_fields = ["is_placeholder", "pages_reviewed"]

    def get_queryset(self, request):
        live_pages = Q(reviewed_pages__draft_of__isnull=True)
        return (
            super()
            .get_queryset(request)
            .select_related("user")
            .annotate(reviewed_count=Count("reviewed_pages", filter=live_pages))
        )

    def get_readonly_fields(self, request, obj=None):
        if obj is not None and obj.is_placeholder:
            return ["name", "credentials", *self.readonly_fields]
        return self.readonly_fields

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description="Pages reviewed", ordering="reviewed_count")
    def pages_reviewed_count(self, obj):
        return obj.reviewed_count

    @admin.display(description="Pages reviewed")
    def pages_reviewed(self, obj):
        if obj is None or obj.pk is None:
            return "None yet."
        pages = Page.objects.filter(medical_reviewer=obj, draft_of__isnull=True).order_by("title")
        if not pages:
            return "None yet."
        return format_html(
            "<ul>{}</ul>",
            format_html_join(
                "",
                '<li><a href="{}">{}</a> ({}), last reviewed {}</li>',
                (
                    (
                        reverse(f"admin:procedures_{page.kind}_change", args=[page.pk]),
                        page.title,
                        page.get_status_display().lower(),
                        page.last_reviewed.strftime("%B %-d, %Y") if page.last_reviewed else "never",
                    )
                    for page in pages
                ),
            ),
        )


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
