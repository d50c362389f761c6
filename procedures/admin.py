import re
import unicodedata

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.redirects.admin import RedirectAdmin as StockRedirectAdmin
from django.contrib.redirects.models import Redirect
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.formats import localize
from django.utils.html import format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.timezone import template_localtime
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version

from . import content_check_admin, page_order, page_preview, scheduling_admin, services, workflow_admin
from .models import FAQ, Clinic, Condition, Location, Page, Physician, Procedure, Section
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

    def get_fields(self, request, obj=None):
        fields = super().get_fields(request, obj)
        # A reader (a medical reviewer) gets the copy without buttons that would save the form.
        return fields if self.has_change_permission(request, obj) else [f for f in fields if f != "order"]

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


# A row of an inline formset as the form posts it: its own id, or the id of the page it belongs to.
INLINE_ROW_FIELD = re.compile(r"^(sections|faqs)-(\d+)-(id|page)$")
INLINE_PREFIX_MODEL = {"sections": "section", "faqs": "faq"}


class PageForm(forms.ModelForm):
    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        # A working draft keeps its live page's address; any other page's is taken.
        live_pk = self.instance.draft_of_id or self.instance.pk
        if Page.objects.without_working_drafts().filter(slug=slug).exclude(pk=live_pk).exists():
            raise forms.ValidationError(
                "Another page already has this address. Choose another, e.g. by adding a word.",
                code="slug_taken",
            )
        return slug


class PageAdmin(MarkdownHelpMixin, VersionAdmin):
    """Shared by procedure and condition pages. Every save keeps a revision that can be restored
    from "History", including the page's sections and FAQs.

    A published page is never edited in place: its form saves into its working draft
    (procedures/services.py), and the status box at the top (procedures/workflow_admin.py) publishes it.
    """

    form = PageForm
    list_display = ["title", "workflow_state", "last_reviewed", "updated_at"]
    list_filter = ["status", "review_state", "last_reviewed", "updated_at"]
    search_fields = ["title", "slug", "summary", "sections__heading", "faqs__question"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at", "content_check", "medical_reviewer", "last_reviewed"]
    inlines = [SectionInline, FAQInline]
    change_list_template = "admin/procedures/page_change_list.html"
    save_on_top = True
    change_form_template = "admin/procedures/page_change_form.html"
    relation_fields: list[str] = []

    def view_on_site(self, obj):
        # The page's own path on the site the editor is logged into (where drafts can be previewed),
        # not SITE_URL's host: on a staging server or a second host name the editor stays where they are.
        # A working draft shares its live page's address: it is seen at its preview.
        return workflow_admin.step_url(obj, "preview") if obj.is_working_draft else obj.get_absolute_url()

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("working_draft", "draft_of")

    def has_delete_permission(self, request, obj=None):
        # A working draft goes with "Discard working draft…", which records it and says what it does.
        return not (obj is not None and obj.is_working_draft) and super().has_delete_permission(request, obj)

    def get_search_results(self, request, queryset, search_term):
        # The page list and the related pages' autocomplete show each page once: never its working draft.
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        return queryset.without_working_drafts(), may_have_duplicates

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        kwargs.setdefault("queryset", db_field.related_model.objects.without_working_drafts())
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="Where it stands")
    def workflow_state(self, obj):
        return workflow_admin.state_label(obj)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        page = self.get_object(request, unquote(object_id))
        has_draft = page is not None and workflow_admin.working_draft_of(page) is not None
        if page is None or page.is_working_draft or not (page.is_published or has_draft):
            return super().revision_view(request, object_id, version_id, extra_context)
        if request.method == "POST":
            version = get_object_or_404(Version, pk=version_id, object_id=str(page.pk))
            try:
                draft = services.page_version_restore(page, by=request.user, version=version)
            except RevertError:
                messages.error(
                    request, "This version can no longer be restored: something it used was deleted."
                )
                return HttpResponseRedirect(request.path)
            when = localize(template_localtime(version.revision.date_created))
            messages.success(
                request,
                f"The version saved on {when} is now the working draft. Patients still see the published "
                "page until the draft is published.",
            )
            return HttpResponseRedirect(workflow_admin.change_url(draft))
        messages.info(
            request,
            "Saving this earlier version puts it in the page's working draft; patients keep seeing the "
            "published page until it is published.",
        )
        request.showing_earlier_version = True
        return super().revision_view(request, object_id, version_id, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        page = self.get_object(request, unquote(object_id)) if object_id else None
        if page is None or page.is_working_draft or getattr(request, "showing_earlier_version", False):
            return super().changeform_view(request, object_id, form_url, extra_context)
        draft = workflow_admin.working_draft_of(page)
        if draft is not None:
            if request.method == "POST":
                # Made by someone else since this form was opened: its rows are not this form's.
                messages.error(
                    request,
                    "Nothing was saved: this page got a working draft since you opened it. "
                    "Make your changes in the draft below.",
                )
            else:
                messages.info(
                    request,
                    "This is the page's working draft, where changes are made; patients still see the "
                    "published page.",
                )
            return HttpResponseRedirect(workflow_admin.change_url(draft))
        if (
            request.method == "POST"
            and page.is_published
            and page_preview.PREVIEW not in request.POST
            and self.has_change_permission(request, page)
        ):
            return self._save_into_new_working_draft(request, page, extra_context)
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _save_into_new_working_draft(self, request, live, extra_context):
        """Make the live page's working draft and save the submitted form into it: the live rows stay.

        The form names the live page's sections and FAQs by id; each is renamed to its copy's.
        """
        draft = services.page_working_draft(live, by=request.user)
        ids = services.draft_row_ids(live, draft)
        data = request.POST.copy()
        for key in list(data):
            match = INLINE_ROW_FIELD.match(key)
            if match and match[3] == "page":
                data[key] = str(draft.pk)
            elif match and data[key]:
                data[key] = ids[INLINE_PREFIX_MODEL[match[1]]].get(data[key], "")
        model_name, pk, direction = (data.get(page_order.MOVE, "").split("-", 2) + ["", "", ""])[:3]
        if pk:  # a Move up / Move down button names a live row, whose copy moves
            data[page_order.MOVE] = f"{model_name}-{ids.get(model_name, {}).get(pk, '')}-{direction}"
        request.POST = data
        messages.info(
            request, "Your changes went into a working draft: patients still see the published page."
        )
        # Should the form not validate, it shows again with its errors, and posts to the draft from then on.
        draft_url = workflow_admin.change_url(draft)
        return super().changeform_view(request, str(draft.pk), draft_url, extra_context)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if change and services.page_edited(form.instance, by=request.user):
            messages.warning(
                request,
                "The medical text changed, so the page went back to “Being written”: "
                "submit it for review again when it is ready.",
            )

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if request.method == "POST" and page_preview.PREVIEW in request.POST:
            return type(form.__name__, (page_preview.PreviewOnlyFormMixin, form), {})
        return form

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        can_edit = self.has_add_permission(request) if add else self.has_change_permission(request, obj)
        context["show_preview"] = can_edit
        if obj is not None and obj.pk:
            context["workflow"] = workflow_admin.status(request, obj)
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
            return HttpResponseRedirect(workflow_admin.change_url(obj))
        if "_continue" in request.POST:
            # The page's own form: the live page's would only lead to its working draft.
            self.message_user(request, f"“{obj}” was saved. You may edit it again below.", messages.SUCCESS)
            return HttpResponseRedirect(workflow_admin.change_url(obj))
        return super().response_change(request, obj)

    def get_urls(self):
        return [*workflow_admin.urls(self), *super().get_urls()]

    def get_fieldsets(self, request, obj=None):
        return [
            ("Content check", {"fields": ["content_check"]}),
            (None, {"fields": ["title", "slug", "summary", "introduction", "faq_heading"]}),
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
        return [
            *content_check_admin.urls(self),
            *workflow_admin.waiting_for_review_urls(self),
            *super().get_urls(),
        ]


@admin.register(Condition)
class ConditionAdmin(PageAdmin):
    relation_fields = ["related_conditions"]
    autocomplete_fields = relation_fields


@admin.register(Physician)
class PhysicianAdmin(VersionAdmin):
    """The clinic's physicians: whom “Medically reviewed by” names; each approves pages with an account."""

    list_display = ["name", "credentials", "user", "is_placeholder"]
    list_filter = ["is_placeholder"]
    search_fields = ["name", "credentials"]
    fields = ["name", "credentials", "user", "is_placeholder"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            # Only staff accounts sign in to approve pages.
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


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
