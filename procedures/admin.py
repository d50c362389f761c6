import re
import unicodedata
from contextlib import contextmanager

import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.redirects.admin import RedirectAdmin as StockRedirectAdmin
from django.contrib.redirects.models import Redirect
from django.db import models
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.timezone import template_localtime
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version

from . import (
    content_check_admin,
    formatting_help,
    image_admin,  # noqa: F401  (registers the image library)
    insurance_admin,  # noqa: F401  (registers insurance groups and plans)
    live_preview,
    page_compare,
    page_compare_admin,
    page_order,
    page_preview,
    review_dates_admin,
    scheduling_admin,
    services,
    translation_admin,
    workflow_admin,
)
from .forms import TextareaField
from .models import (
    FAQ,
    PAGE_KINDS,
    SPANISH_FIELDSET_HELP,
    Clinic,
    Condition,
    HolidayClosure,
    Location,
    OpeningHours,
    Page,
    Physician,
    Procedure,
    Section,
    Weekday,
)
from .opening_hours import time_range_text


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
    fields = ["order", "heading", "body", "image"]


class FAQInline(OrderedInline):
    model = FAQ
    fields = ["order", "question", "answer"]


# A row of an inline formset as the form posts it: its own id, or the id of the page it belongs to.
INLINE_ROW_FIELD = re.compile(r"^(sections|faqs|documents)-(\d+)-(id|page)$")
INLINE_PREFIX_MODEL = {"sections": "section", "faqs": "faq", "documents": "document"}


class PageForm(forms.ModelForm):
    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        # A working draft keeps its live page's address; any other page's is taken.
        live_pk = self.instance.draft_of_id or self.instance.pk
        if (
            Page.objects.without_working_drafts()
            .filter(slug=slug, language=self.instance.language)
            .exclude(pk=live_pk)
            .exists()
        ):
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
    list_display = ["title", "workflow_state", "last_reviewed", "review_due", "updated_at"]
    list_select_related = ["medical_reviewer"]  # for "Review due": a placeholder's review counts for nothing
    list_filter = ["language", "status", "review_state", "last_reviewed", "updated_at"]
    search_fields = ["title", "slug", "summary", "sections__heading", "faqs__question"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["created_at", "updated_at", "content_check", "medical_reviewer", "last_reviewed"]
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

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.many_to_many:
            # The admin's "+" (add a page in a pop-up) cannot tick the new page's checkbox.
            formfield.widget.can_add_related = False
        return formfield

    def history_view(self, request, object_id, extra_context=None):
        page = self.get_object(request, unquote(object_id))
        if page is not None:
            extra_context = {
                **(extra_context or {}),
                "action_list": page_compare_admin.history_rows(self, page),
                "compare_url": reverse(f"admin:procedures_{page.model_name}_compare"),
                "current_reference": page_compare_admin.page_reference(page),
            }
        return super().history_view(request, object_id, extra_context)

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
        extra_context = {
            **(extra_context or {}),
            "compare_current_url": page_compare_admin.compare_url(
                PAGE_KINDS[self.model], old=f"version:{version_id}", new=f"page:{unquote(object_id)}"
            ),
        }
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
        # A page relates to pages in its own language (a Spanish page to Spanish pages).
        language = obj.language if obj is not None else settings.LANGUAGE_CODE
        for name in self.relation_fields:
            if name in form.base_fields:
                field = form.base_fields[name]
                field.queryset = field.queryset.filter(language=language)
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
        # Issue #13: the Spanish version's box, or the English text for the translator.
        context["translation_box"] = translation_admin.translation_box(request, obj)
        context["translator_panel"] = translation_admin.translator_panel(obj)
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
            return HttpResponseRedirect(workflow_admin.change_url(obj))
        if "_continue" in request.POST:
            # The page's own form: the live page's would only lead to its working draft.
            self.message_user(request, f"“{obj}” was saved. You may edit it again below.", messages.SUCCESS)
            return HttpResponseRedirect(workflow_admin.change_url(obj))
        return super().response_change(request, obj)

    def get_urls(self):
        return [
            *workflow_admin.urls(self),
            *live_preview.urls(self),
            *page_compare_admin.urls(self),
            *translation_admin.urls(self),
            *super().get_urls(),
        ]

    def get_fieldsets(self, request, obj=None):
        return [
            ("Content check", {"fields": ["content_check"]}),
            (None, {"fields": ["title", "slug", "summary", "hero_image", "introduction", "faq_heading"]}),
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
        return [
            *content_check_admin.urls(self),
            *review_dates_admin.urls(self),
            *workflow_admin.waiting_for_review_urls(self),
            *super().get_urls(),
        ]


@admin.register(Condition)
class ConditionAdmin(PageAdmin):
    relation_fields = ["related_conditions"]


PHYSICIAN_LISTING_FIELDS = ["name", "credentials", "is_listed", "slug", "position"]
PHYSICIAN_SPANISH_FIELDS = ["specialty_label_es", "biography_es"]
PHYSICIAN_PROFILE_FIELDS = [
    "photo",
    "specialties",
    "specialty_label",
    "biography",
    "board_certifications",
    "languages",
    "locations",
    "npi",
]


class PhysicianForm(forms.ModelForm):
    specialties = forms.MultipleChoiceField(
        choices=Physician.Specialty.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=Physician._meta.get_field("specialties").help_text,
    )
    # Optional in the form: a physician added without one goes first, as the field's default says.
    position = forms.IntegerField(
        required=False,
        min_value=0,
        max_value=32767,
        help_text=Physician._meta.get_field("position").help_text,
    )

    class Meta:
        model = Physician
        fields = [*PHYSICIAN_LISTING_FIELDS, *PHYSICIAN_PROFILE_FIELDS, *PHYSICIAN_SPANISH_FIELDS, "user"]
        widgets = {"locations": forms.CheckboxSelectMultiple}

    def clean_position(self):
        position = self.cleaned_data["position"]
        return 0 if position is None else position


@admin.register(Physician)
class PhysicianAdmin(VersionAdmin):
    """The clinic's physicians: who reviews pages, and the profile patients read on the website."""

    form = PhysicianForm
    formfield_overrides = PAGE_FORMFIELD_OVERRIDES
    list_display = [
        "name",
        "credentials",
        "is_listed",
        "position",
        "user",
        "is_placeholder",
        "pages_reviewed_count",
    ]
    # No list filter: a clinic has a handful of physicians, and the stock filter's links are smaller
    # than WCAG 2.2's 24 px targets.
    search_fields = ["name", "credentials", "user__username", "user__email"]
    fieldsets = [
        (None, {"fields": PHYSICIAN_LISTING_FIELDS}),
        (
            "Profile",
            {
                "description": "What patients read on the physician's page under Physicians. "
                "Use “View on site” to see it before ticking “Shown on the website”.",
                "fields": PHYSICIAN_PROFILE_FIELDS,
            },
        ),
        ("Spanish", {"description": SPANISH_FIELDSET_HELP, "fields": PHYSICIAN_SPANISH_FIELDS}),
        ("Medical review", {"fields": ["user", "is_placeholder", "pages_reviewed"]}),
    ]
    # Nobody makes a real physician a placeholder or the reverse: the clinic adds its physician as a
    # new record, so the seed's dates are never shown under a real name.
    readonly_fields = ["is_placeholder", "pages_reviewed"]

    def view_on_site(self, obj):
        # The profile on the site the editor is logged into, where an unlisted one can be previewed.
        return obj.get_absolute_url()

    def get_prepopulated_fields(self, request, obj=None):
        # Only while adding: a published profile's address does not change when a name is corrected.
        return {"slug": ["name"]} if obj is None else {}

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
                        reverse(f"admin:procedures_{page.model_name}_change", args=[page.pk]),
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
    fieldsets = [
        (None, {"fields": ["name", "main_phone", "emergency_notice"]}),
        ("Spanish", {"description": SPANISH_FIELDSET_HELP, "fields": ["emergency_notice_es"]}),
    ]

    def has_add_permission(self, request):
        return not Clinic.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False


class OpeningHoursFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        rows = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and not form.errors
        ]
        rows.sort(key=lambda row: (row["weekday"], row["opens"]))
        for earlier, later in zip(rows, rows[1:], strict=False):
            if earlier["weekday"] == later["weekday"] and later["opens"] < earlier["closes"]:
                raise forms.ValidationError(
                    f"Two rows for {Weekday(later['weekday']).label} overlap "
                    f"({time_range_text(earlier['opens'], earlier['closes'])} and "
                    f"{time_range_text(later['opens'], later['closes'])}). Change one, or delete it.",
                    code="hours_overlap",
                )


class OpeningHoursInline(admin.TabularInline):
    """One row per opening: several on a day with a lunch break, none on a day the location is closed."""

    model = OpeningHours
    formset = OpeningHoursFormSet
    extra = 0
    verbose_name_plural = "Opening hours (a day without a row shows as “Closed”)"


class HolidayClosureInline(admin.TabularInline):
    model = HolidayClosure
    extra = 0
    fields = ["date", "name", "name_es", "opens", "closes"]
    verbose_name_plural = (
        "Closures of this location only (closures of every location: under “Holiday closures”)"
    )


@admin.register(Location)
class LocationAdmin(VersionAdmin):
    list_display = ["name", "street_address", "phone", "is_active", "position"]
    list_editable = ["position"]
    list_filter = ["is_active"]
    search_fields = ["name", "street_address", "city", "postal_code"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["map_image"]
    inlines = [OpeningHoursInline, HolidayClosureInline]
    fieldsets = [
        (None, {"fields": ["name", "street_address", "city", "region", "postal_code", "phone", "fax"]}),
        ("Visiting", {"fields": ["hours_note", "parking", "transit", "accessibility", "map_image"]}),
        (
            "Spanish",
            {
                "description": SPANISH_FIELDSET_HELP,
                "fields": ["hours_note_es", "parking_es", "transit_es", "accessibility_es"],
            },
        ),
        (
            "Advanced",
            {"classes": ["collapse"], "fields": ["slug", "latitude", "longitude", "position", "is_active"]},
        ),
    ]


@admin.register(HolidayClosure)
class HolidayClosureAdmin(VersionAdmin):
    list_display = ["date", "name", "where", "hours"]
    search_fields = ["name"]
    date_hierarchy = "date"
    fields = ["date", "name", "name_es", "location", "opens", "closes"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("location")

    @admin.display(description="Location", ordering="location__name")
    def where(self, obj):
        return obj.location or "Every location"

    @admin.display(description="Hours that day")
    def hours(self, obj):
        return "Closed" if obj.is_closed_all_day else time_range_text(obj.opens, obj.closes)


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


# Clinic pages reuse PageAdmin, so they register after it.
from . import clinic_page_admin  # noqa: E402, F401
