"""The admin of clinic pages (About, Contact…), their PDF documents and the header and footer menus.

A clinic page is edited with the procedure pages' machinery (PageAdmin): working drafts, the status
box, preview, comparison, history, scheduling, live preview and formatting help. Documents are
received only by these forms (procedures/documents.py).
"""

from django import forms
from django.contrib import admin
from django.db import models
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.views.decorators.csrf import csrf_exempt

from . import notices_admin, services
from .admin import FAQInline, PageAdmin, PageForm, SectionInline
from .documents import size_text, uploads_accept
from .models import ClinicPage, Document, LanguageTagline, MenuItem


class DocumentUploadsMixin:
    """An admin whose add and change forms take PDF documents (procedures/documents.py)."""

    # The forms that take a file: exempt from the CSRF middleware, whose check would read the body
    # before the upload handler is installed; changeform_view checks it instead, first thing.
    @method_decorator(csrf_exempt)
    def add_view(self, request, form_url="", extra_context=None):
        return super().add_view(request, form_url, extra_context)

    @method_decorator(csrf_exempt)
    def change_view(self, request, object_id, form_url="", extra_context=None):
        return super().change_view(request, object_id, form_url, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        return uploads_accept(request) or super().changeform_view(request, object_id, form_url, extra_context)


class ClinicPageForm(PageForm):
    class Meta:
        model = ClinicPage
        fields = "__all__"

    def clean_notice(self):
        notice = self.cleaned_data["notice"]
        self.instance.notice = notice
        if taken := self.instance.notice_taken_by():
            raise forms.ValidationError(
                f"Another page is already this notice: “{taken.title}”. Each notice has one page: edit "
                "that one, or choose no notice here.",
                code="notice_taken",
            )
        return notice

    def clean_medical_content(self):
        medical = self.cleaned_data["medical_content"]
        live = self.instance.live_page if self.instance.pk else None
        was_medical = (
            live is not None and ClinicPage.objects.filter(pk=live.pk, medical_content=True).exists()
        )
        # Unticking it would let the page be published without the physician's sign-off it had needed.
        if was_medical and not medical and not self.may_untick_medical:
            raise forms.ValidationError(
                "This page gives medical information, so a physician signs off its text. Only a medical "
                "reviewer or an administrator can untick this.",
                code="medical_content_locked",
            )
        return medical


# A plain file field: the stock widget's "Currently / Clear / Change" sits in a fieldset whose file input
# has no label (axe: "label"), and links the file at MEDIA_URL, which serves only pictures. A document's
# current file is shown by the "Stored file" line instead, at its own address.
DOCUMENT_FORMFIELD_OVERRIDES = {models.FileField: {"widget": forms.FileInput}}


class DocumentFieldsMixin:
    formfield_overrides = DOCUMENT_FORMFIELD_OVERRIDES

    @admin.display(description="Stored file")
    def stored_file(self, obj):
        if obj is None or obj.pk is None:
            return "None yet: choose a PDF file above."
        url = obj.get_absolute_url()
        return format_html(
            '<a href="{}">{}</a>, {} (patients can open it while its page is published). Choose a new '
            "file above only to replace it.",
            url,
            url,
            size_text(obj.size_bytes),
        )


class DocumentInline(DocumentFieldsMixin, admin.StackedInline):
    model = Document
    fields = ["title", "file", "stored_file", "position"]
    readonly_fields = ["stored_file"]
    extra = 0


@admin.register(ClinicPage)
class ClinicPageAdmin(DocumentUploadsMixin, PageAdmin):
    form = ClinicPageForm
    list_display = ["title", "workflow_state", "medical_content", "notice", "updated_at"]
    list_filter = ["language", "status", "medical_content", "notice", "updated_at"]
    inlines = [SectionInline, FAQInline, DocumentInline]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        may_untick = request.user.is_superuser or request.user.has_perm("procedures.approve_page")
        return type(form.__name__, (form,), {"may_untick_medical": may_untick})

    # The notices' wording sign-off (#12 item 5): a box above the form and its button's view.
    def get_urls(self):
        return [*notices_admin.urls(self), *super().get_urls()]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["notice_review"] = notices_admin.review_box(request, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_fieldsets(self, request, obj=None):
        return [
            ("Content check", {"fields": ["content_check"]}),
            (None, {"fields": ["title", "slug", "summary", "hero_image", "introduction", "faq_heading"]}),
            ("Kind of page", {"fields": ["medical_content", "notice"]}),
            ("Medical review", {"fields": ["medical_reviewer", "last_reviewed", "review_interval_months"]}),
            ("Advanced", {"classes": ["collapse"], "fields": ["seo_title", "created_at", "updated_at"]}),
        ]


@admin.register(Document)
class DocumentAdmin(DocumentUploadsMixin, DocumentFieldsMixin, admin.ModelAdmin):
    """Not under revision control: a revision keeps rows, not files."""

    list_display = ["title", "page", "size", "uploaded_at"]
    search_fields = ["title", "page__title"]
    fields = ["title", "file", "stored_file", "page", "position", "uploaded_at"]
    readonly_fields = ["stored_file", "uploaded_at"]
    list_select_related = ["page"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "page":
            kwargs["queryset"] = ClinicPage.objects.without_working_drafts()
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
        else:
            services.document_add(obj)

    @admin.display(description="Size", ordering="size_bytes")
    def size(self, obj):
        return size_text(obj.size_bytes)


@admin.register(MenuItem)
class MenuItemAdmin(admin.ModelAdmin):
    list_display = ["__str__", "menu", "position", "target"]
    list_display_links = ["__str__"]
    list_editable = ["position"]
    list_select_related = ["page"]
    ordering = ["menu", "position", "id"]
    fields = ["menu", "label", "label_es", "page", "url", "position"]

    @admin.display(description="Opens")
    def target(self, obj):
        if obj.page_id:
            state = "" if obj.page.is_published else " (not published: hidden from the menu)"
            return f"{obj.page.get_absolute_url()}{state}"
        return obj.url


@admin.register(LanguageTagline)
class LanguageTaglineAdmin(admin.ModelAdmin):
    """The language-assistance lines (#12 item 5). The seed's are drafts: each says so until a qualified
    translator has checked it."""

    list_display = ["language", "lang", "direction", "translation", "position"]
    list_filter = ["translator_checked", "direction"]
    list_editable = ["position"]
    search_fields = ["language", "lang"]
    fields = ["language", "lang", "direction", "text", "translator_checked", "position"]

    @admin.display(description="translation")
    def translation(self, obj):
        if obj.translator_checked:
            return "Checked by a qualified translator"
        return format_html("<strong>{}</strong>", "Draft: needs a qualified translator’s check")
