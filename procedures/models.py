import calendar
import datetime
import re
import secrets
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.contrib.redirects.models import Redirect
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, Prefetch, Q, Value, When
from django.db.models.functions import ExtractDay, ExtractMonth, ExtractYear
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext_lazy
from phonenumber_field.modelfields import PhoneNumberField

from .documents import document_file_check, size_text
from .markdown import render_markdown
from .npi import validate_npi
from .opening_hours import group_week, time_range_text

# The admin's "Spanish" fieldset, beside the English fields of the same form.
SPANISH_FIELDSET_HELP = (
    "What patients read on the Spanish pages (/es/…). Write it for patients: plain words, “usted”. "
    "A field left empty shows the English text there, marked as English."
)
SPANISH_HELP = (
    "Shown on the Spanish pages (/es/…); while empty they show the English text, marked as English."
)


class LocalizedText(str):
    """A text in the active language, or the English one on a page in another language: `lang` is
    "en" then (for a lang="en" attribute), else empty."""

    lang = ""


def localized(obj, field: str) -> LocalizedText:
    """`obj.<field>` in the active language: its `<field>_es` twin under /es/ when filled, else the
    English text marked with lang="en". (A field whose name ends in _html has its twin `<name>_es_html`.)"""
    english = getattr(obj, field) or ""
    if (translation.get_language() or "en") == "en":
        return LocalizedText(english)
    base, html = (field.removesuffix("_html"), "_html") if field.endswith("_html") else (field, "")
    spanish = getattr(obj, f"{base}_es{html}", "")
    return LocalizedText(spanish) if spanish else in_english(english)


def in_english(english: str) -> LocalizedText:
    """English text where the active language has none: marked lang="en" on a page in another language."""
    text = LocalizedText(english)
    if english and (translation.get_language() or "en") != "en":
        text.lang = "en"
    return text


MARKDOWN_HELP = (
    "Plain text with Markdown: a blank line starts a new paragraph, lines starting with “- ” make "
    "a bulleted list, **bold**, and [link text](/procedures/medial-branch-block/) for links. "
    "Scripts, embedded frames and styling are removed."
)


def validate_specialties(value) -> None:
    known = set(Physician.Specialty.values)
    if not isinstance(value, list) or not all(isinstance(item, str) and item in known for item in value):
        raise ValidationError(
            "Choose specialties from the list: %(known)s.",
            code="unknown_specialty",
            params={"known": ", ".join(sorted(known))},
        )


class PhysicianQuerySet(models.QuerySet):
    def for_user(self, user):
        """The physician who signs off pages with this staff account, or None."""
        return self.filter(user=user).first() if user.is_authenticated else None

    def reviewers(self):
        """Physicians whose staff account may approve pages: whom a page can be submitted to."""
        may_approve = (
            Q(user__groups__permissions__codename="approve_page")
            | Q(user__user_permissions__codename="approve_page")
            | Q(user__is_superuser=True)
        )
        return self.filter(may_approve, user__is_active=True).select_related("user").distinct()

    def listed(self):
        """The physicians shown on the public index, each with a public profile."""
        return self.filter(is_listed=True)

    def with_profile(self):
        """What an index card or a profile shows, in a fixed number of queries: photo and locations."""
        return self.select_related("photo").prefetch_related(
            Prefetch("locations", queryset=Location.objects.active())
        )


class Physician(models.Model):
    """A physician of the clinic: who medically reviews pages, and their public profile.

    One model for both, so that "Medically reviewed by" always names a real profile.
    """

    class Specialty(models.TextChoices):
        # Values are schema.org MedicalSpecialty members (https://schema.org/MedicalSpecialty), so the
        # structured data names them exactly; labels are the words patients use. schema.org has no
        # "pain medicine": it is a subspecialty of anesthesiology (or of physical medicine).
        ANESTHESIA = "Anesthesia", "Anesthesiology"
        PHYSIOTHERAPY = "Physiotherapy", "Physical medicine and rehabilitation"
        NEUROLOGIC = "Neurologic", "Neurology"
        MUSCULOSKELETAL = "Musculoskeletal", "Musculoskeletal medicine"
        RHEUMATOLOGIC = "Rheumatologic", "Rheumatology"
        PSYCHIATRIC = "Psychiatric", "Psychiatry"
        PRIMARY_CARE = "PrimaryCare", "Primary care"
        SURGICAL = "Surgical", "Surgery"

    name = models.CharField(max_length=120, help_text="Full name as patients see it, e.g. “Jane Doe”.")
    credentials = models.CharField(
        max_length=60, blank=True, help_text="Degrees and titles after the name, e.g. “MD” or “DO, MPH”."
    )
    slug = models.SlugField(
        max_length=120,
        unique=True,
        blank=True,
        help_text="The last part of the profile's address, e.g. “jane-doe” for /physicians/jane-doe/. "
        "Filled in from the name when left empty.",
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="physician",
        help_text="The staff account this physician uses to approve pages, if any.",
    )
    is_placeholder = models.BooleanField(
        default=False,
        help_text="A stand-in loaded with the seed content until the clinic enters its own physician; "
        "“manage.py check --deploy” warns while a published page names one.",
    )
    is_listed = models.BooleanField(
        "shown on the website",
        default=False,
        help_text="Tick to show this physician on the Physicians page with a profile of their own, and "
        "to link “Medically reviewed by” lines to it. Leave unticked until the profile is complete.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Physicians are listed in increasing order of this number, then by name."
    )
    npi = models.CharField(
        "NPI",
        max_length=10,
        blank=True,
        validators=[validate_npi],
        help_text="The physician's 10-digit National Provider Identifier, from the NPI Registry. Shown "
        "to search engines, not on the page. Leave empty until you have it.",
    )
    photo = models.ForeignKey(
        "Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="physician_photos",
        help_text="A portrait, shown on the profile and the Physicians page. Upload it first under "
        "“Images”, with a text alternative such as “Dr. Jane Doe”.",
    )
    biography = models.TextField(
        blank=True, help_text="A few paragraphs about the physician, for patients. " + MARKDOWN_HELP
    )
    biography_html = models.TextField(blank=True, editable=False)
    biography_es = models.TextField(
        "biography in Spanish",
        blank=True,
        help_text="The biography for patients reading in Spanish. " + SPANISH_HELP,
    )
    biography_es_html = models.TextField(blank=True, editable=False)
    specialties = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_specialties],
        help_text="The specialties search engines are told, from schema.org's list.",
    )
    specialty_label = models.CharField(
        "specialties as shown",
        max_length=200,
        blank=True,
        help_text="How patients read the specialties, e.g. “Interventional pain medicine and "
        "anesthesiology”. Leave empty to show the specialties ticked above.",
    )
    specialty_label_es = models.CharField(
        "specialties as shown, in Spanish",
        max_length=200,
        blank=True,
        help_text="e.g. “Medicina intervencionista del dolor y anestesiología”. " + SPANISH_HELP,
    )
    board_certifications = models.TextField(
        blank=True,
        help_text="One per line, e.g. “American Board of Anesthesiology: Pain Medicine”.",
    )
    languages = models.CharField(
        "languages spoken",
        max_length=200,
        blank=True,
        help_text="Separated by commas, e.g. “English, Spanish”.",
    )
    locations = models.ManyToManyField(
        "Location",
        blank=True,
        related_name="physicians",
        help_text="Where patients can see this physician.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = PhysicianQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(npi="") | Q(npi__regex=r"^[0-9]{10}$"),
                name="physician_npi_ten_digits",
                violation_error_message="An NPI is exactly 10 digits.",
            ),
            models.UniqueConstraint(
                fields=["npi"],
                condition=~Q(npi=""),
                name="physician_npi_unique_when_entered",
                violation_error_message="Another physician already has this NPI: check the number in the "
                "NPI Registry.",
            ),
        ]

    def __str__(self):
        return self.name_with_credentials

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unused_slug()
        self.biography_html = render_markdown(self.biography)
        self.biography_es_html = render_markdown(self.biography_es)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("procedures:physician_detail", kwargs={"slug": self.slug})

    @property
    def name_with_credentials(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @property
    def specialties_shown(self) -> str:
        """The specialties as patients read them: the editor's wording, else the labels ticked. Under
        /es/ the Spanish wording when written, else the English (a LocalizedText with lang "en")."""
        if self.specialty_label_es or self.specialty_label:
            return localized(self, "specialty_label")
        # schema.org's names, which have no Spanish.
        labels = dict(self.Specialty.choices)
        return in_english(", ".join(labels[value] for value in self.specialties if value in labels))

    # A search result is a page or a physician: both give their kind and a line of summary.
    def get_kind_display(self) -> str:
        return gettext("Physician")

    @property
    def summary(self) -> str:
        return self.specialties_shown

    @property
    def board_certification_lines(self) -> list[str]:
        return [line.strip() for line in self.board_certifications.splitlines() if line.strip()]

    @property
    def language_list(self) -> list[str]:
        return [language.strip() for language in self.languages.split(",") if language.strip()]

    def _unused_slug(self) -> str:
        base = slugify(self.name)[:110] or "physician"
        taken = set(
            Physician.objects.exclude(pk=self.pk).filter(slug__startswith=base).values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug


def address_moved(old_path: str, new_path: str) -> None:
    """Redirect a public page's old address to its new one."""
    # Earlier redirects to the old address jump straight to the new one: no redirect chains.
    Redirect.objects.filter(new_path=old_path).update(new_path=new_path)
    Redirect.objects.filter(old_path=new_path).delete()
    Redirect.objects.update_or_create(
        site_id=settings.SITE_ID, old_path=old_path, defaults={"new_path": new_path}
    )


def months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later, or that month's last day if shorter (31 January + 1: 28 or 29 Feb)."""
    year, month_index = divmod(day.year * 12 + day.month - 1 + months, 12)
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return datetime.date(year, month_index + 1, min(day.day, last_day))


def _month_number(day: datetime.date) -> int:
    return day.year * 12 + day.month - 1


class PageQuerySet(models.QuerySet):
    def published(self):
        # A working draft is never public, even if its status was copied from its live page.
        return self.filter(status=Page.Status.PUBLISHED, draft_of__isnull=True)

    def in_language(self, code: str):
        """The pages written in this language ("en", "es"): each language's site shows only its own."""
        return self.filter(language=code)

    def published_here(self):
        """The published pages of the site being served: the active language's (/es/… is Spanish)."""
        return self.published().in_language(translation.get_language() or settings.LANGUAGE_CODE)

    def without_working_drafts(self):
        """Live and never-published pages: one row per page, as the public and the page list know it."""
        return self.filter(draft_of__isnull=True)

    def editable(self):
        """One row per page, the one editors change: its working draft if it has one, else itself."""
        return self.filter(working_draft__isnull=True)

    def waiting_for(self, user):
        """The pages in medical review assigned to this reviewer."""
        return self.filter(review_state=Page.ReviewState.IN_REVIEW, assigned_reviewer=user)

    def for_listing(self):
        """Only the columns an index or a card needs."""
        return self.only("title", "slug", "summary", "kind", "status", "language")

    def with_copy(self):
        """The page's own text and pictures: its hero image, sections with their images, and FAQs."""
        return self.select_related("hero_image").prefetch_related(
            Prefetch("sections", queryset=Section.objects.select_related("image")), "faqs"
        )

    def with_page_content(self):
        """Fetch everything a page shows in a fixed number of queries, however long it is."""
        return self.with_copy().select_related("medical_reviewer")

    # When a page is due for medical review: Page.review_due_on says it for one page, these methods
    # select and order pages by the same rule in SQL, on PostgreSQL and SQLite alike.

    def _with_review_due_month(self):
        # The month the review falls due in, counted from year 0, NULL when due now (never reviewed, or
        # only by the seed's placeholder). Its day is the day of the last review, or the month's last
        # day when that month is shorter: comparing the day of the last review is enough for
        # review_due_by() below, and orders pages due in the same month correctly.
        return self.alias(
            review_due_month=Case(
                When(medical_reviewer__is_placeholder=True, then=Value(None)),
                default=ExtractYear("last_reviewed") * 12
                + ExtractMonth("last_reviewed")
                - 1
                + F("review_interval_months"),
                output_field=models.IntegerField(),
            )
        )

    def review_due_by(self, day: datetime.date):
        """Pages due for review on or before `day`, and those due now (never reviewed by a physician)."""
        month = _month_number(day)
        # A clinic page without medical information is never reviewed by a physician.
        without_review = Q(kind=Page.Kind.CLINIC_PAGE, clinicpage__medical_content=False)
        due_in_that_month = Q(review_due_month=month)
        if day.day < calendar.monthrange(day.year, day.month)[1]:
            # On the month's last day every review due that month has fallen due, clamped or not.
            due_in_that_month &= Q(last_reviewed__day__lte=day.day)
        return (
            self._with_review_due_month()
            .filter(Q(review_due_month__isnull=True) | Q(review_due_month__lt=month) | due_in_that_month)
            .exclude(without_review)
        )

    def review_overdue(self, today: datetime.date):
        """Pages whose review date has passed, and those never reviewed by a physician."""
        return self.review_due_by(today - datetime.timedelta(days=1))

    def review_due_within(self, days: int, today: datetime.date):
        """Pages not yet overdue whose review falls due between today and `days` from now."""
        return self.review_due_by(today + datetime.timedelta(days=days)).exclude(
            pk__in=self.review_overdue(today).values("pk")
        )

    def by_review_due_date(self):
        """Due now (never reviewed by a physician) first, then the earliest due; the same day by title."""
        return self._with_review_due_month().order_by(
            F("review_due_month").asc(nulls_first=True),
            ExtractDay("last_reviewed").asc(nulls_first=True),
            "title",
        )


class Page(models.Model):
    """What procedure and condition pages share: copy, review details, status and SEO."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft (hidden from the public)"
        PUBLISHED = "published", "Published"

    class ReviewState(models.TextChoices):
        DRAFT = "draft", "Being written"
        IN_REVIEW = "in_review", "Waiting for medical review"
        APPROVED = "approved", "Medically approved"

    class Kind(models.TextChoices):
        # Patients read the kind under each search result, in the page's language.
        PROCEDURE = "procedure", pgettext_lazy("page kind", "Procedure")
        CONDITION = "condition", pgettext_lazy("page kind", "Condition")
        CLINIC_PAGE = "page", pgettext_lazy("page kind", "Clinic page")

    kind = models.CharField(max_length=20, choices=Kind.choices, editable=False)
    title = models.CharField(
        max_length=120, help_text="The page's main heading, e.g. “Lumbar Facet Injections”."
    )
    slug = models.SlugField(
        max_length=120,
        help_text="The last part of the page's address. Filled in from the title; changing it on a "
        "published page makes the old address redirect to the new one.",
    )
    summary = models.TextField(
        max_length=300,
        help_text="One or two plain sentences shown under the title, on index pages and as the "
        "description in search results (up to 300 characters; about 155 show in Google).",
    )
    introduction = models.TextField(
        blank=True, help_text="Opening paragraphs before the first section. " + MARKDOWN_HELP
    )
    introduction_html = models.TextField(blank=True, editable=False)
    faq_heading = models.CharField(
        "FAQ heading",
        max_length=200,
        blank=True,
        help_text="Heading above the questions, e.g. “Frequently asked questions about lumbar facet "
        "injections”. Leave empty for “Frequently asked questions”.",
    )
    seo_title = models.CharField(
        "SEO title",
        max_length=70,
        blank=True,
        help_text="Optional title for search results and browser tabs (up to 70 characters). "
        "Leave empty to use the page title.",
    )
    medical_reviewer = models.ForeignKey(
        Physician,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviewed_pages",
        help_text="The physician who last approved the page's medical content.",
    )
    last_reviewed = models.DateField(
        null=True, blank=True, help_text="The date of the last medical review of this page."
    )
    hero_image = models.ForeignKey(
        "Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hero_of_pages",
        help_text="Optional picture shown at the top of the page, under the summary. Upload it first "
        "under “Images”.",
    )
    review_interval_months = models.PositiveSmallIntegerField(
        default=12,
        help_text="How often a physician must review the page again, in months.",
    )
    review_state = models.CharField(
        max_length=20, choices=ReviewState.choices, default=ReviewState.DRAFT, editable=False
    )
    approval = models.ForeignKey(
        "PageApproval",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The physician's approval of this copy, while the medical text is unchanged since.",
    )
    # A fingerprint of the medical text as it was submitted for review (and then approved): an edit
    # that changes it sends the page back to "Being written" (procedures/services.py).
    review_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    assigned_reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pages_to_review",
        editable=False,
        help_text="The medical reviewer the page waits for while in review.",
    )
    # A working draft of a published page is a second Page row pointing at it: editors change the
    # draft with the ordinary form while patients keep seeing the live row, until it is published.
    draft_of = models.OneToOneField(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="working_draft",
        editable=False,
    )
    status = models.CharField(
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text="Drafts are visible only to staff, through “View on site”.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The page's words for site search, weighted (procedures/site_search.py), kept current after each
    # change to the page, its sections or its FAQs. No index: a clinic's few hundred pages are read
    # in well under a millisecond.
    search_document = SearchVectorField(null=True, editable=False)
    # A Spanish page is a page of its own (issue #13): its own drafts, sign-off, revisions and publish
    # state, pointing at the English live page it translates.
    language = models.CharField(
        max_length=7, choices=settings.LANGUAGES, default="en", db_index=True, editable=False
    )
    translation_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="translations",
        editable=False,
        help_text="The English page this page translates.",
    )

    objects = PageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        permissions = [
            ("approve_page", "Can approve a page's medical content"),
            ("publish_page", "Can publish and unpublish pages"),
        ]
        constraints = [
            # A working draft shares its live page's address until it is published.
            models.UniqueConstraint(
                fields=["language", "slug"],
                condition=Q(draft_of__isnull=True),
                name="page_slug_unique_among_live_pages",
            ),
            # One live translation per page and language; its working drafts point at the same page.
            models.UniqueConstraint(
                fields=["translation_of", "language"],
                condition=Q(draft_of__isnull=True, translation_of__isnull=False),
                name="page_one_live_translation_per_language",
            ),
            models.CheckConstraint(
                condition=Q(language="en", translation_of__isnull=True) | ~Q(language="en"),
                name="page_translation_of_not_english",
            ),
            models.CheckConstraint(condition=Q(status__in=["draft", "published"]), name="page_status_valid"),
            models.CheckConstraint(
                condition=Q(review_state__in=["draft", "in_review", "approved"]),
                name="page_review_state_valid",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["procedure", "condition", "page"]), name="page_kind_valid"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.introduction_html = render_markdown(self.introduction)
        previous = (
            Page.objects.filter(pk=self.pk).values("slug", "status", "kind").first() if self.pk else None
        )
        super().save(*args, **kwargs)
        if previous and previous["status"] == self.Status.PUBLISHED and previous["slug"] != self.slug:
            self._redirect_old_address(previous)

    def get_absolute_url(self):
        with translation.override(self.language):
            return reverse(PAGE_ROUTES[self.kind], kwargs={"slug": self.slug})

    @property
    def is_translation(self) -> bool:
        return self.language != settings.LANGUAGE_CODE

    @property
    def admin_title(self) -> str:
        """The title as staff lists show it: "Inyecciones facetarias lumbares (Spanish)"."""
        if not self.is_translation:
            return self.title
        return f"{self.title} ({self.get_language_display_english()})"

    def get_language_display_english(self) -> str:
        # Staff read the admin in English: "Spanish", not the language's own name "Español".
        return {"es": "Spanish"}.get(self.language, self.language)

    @property
    def concrete_model(self) -> type["Page"]:
        """Procedure, Condition or ClinicPage: the model of this kind of page."""
        return PAGE_MODELS[self.kind]

    @property
    def model_name(self) -> str:
        """As admin URLs and permissions spell this kind of page: "procedure", "condition", "clinicpage"."""
        return self.concrete_model._meta.model_name

    @property
    def needs_medical_approval(self) -> bool:
        """Whether publishing needs a physician's sign-off of the text (procedure and condition pages
        always; a clinic page when it says so)."""
        if self.kind != Page.Kind.CLINIC_PAGE:
            return True
        return self.clinicpage.medical_content  # this base row's clinic page (ClinicPage answers itself)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    @property
    def html_title(self):
        return self.seo_title or self.title

    @property
    def review_due_on(self) -> datetime.date | None:
        """When the next medical review is due; None when it is due now: the page was never reviewed, or
        only by the seed's placeholder, whose date is the day the content was loaded."""
        if self.last_reviewed is None or self.has_placeholder_reviewer:
            return None
        return months_later(self.last_reviewed, self.review_interval_months)

    def review_is_overdue(self, today: datetime.date) -> bool:
        return self.review_due_on is None or self.review_due_on < today

    @property
    def has_placeholder_reviewer(self) -> bool:
        """True while the seed's stand-in physician is named: no physician has reviewed the page yet."""
        return self.medical_reviewer_id is not None and self.medical_reviewer.is_placeholder

    @property
    def is_working_draft(self):
        return self.draft_of_id is not None

    @property
    def live_page(self):
        """The row patients see (or will once published): itself, or the page it is a working draft of."""
        return self.draft_of if self.draft_of_id else self

    def _redirect_old_address(self, previous):
        old_page = Page(kind=previous["kind"], slug=previous["slug"], language=self.language)
        address_moved(old_page.get_absolute_url(), self.get_absolute_url())


class ProcedureQuerySet(PageQuerySet):
    def with_page_content(self):
        return (
            super()
            .with_page_content()
            .prefetch_related(
                Prefetch(
                    "conditions_treated",
                    queryset=Condition.objects.published_here().for_listing(),
                ),
                Prefetch(
                    "related_procedures",
                    queryset=Procedure.objects.published_here().for_listing(),
                ),
            )
        )


class ConditionQuerySet(PageQuerySet):
    def with_page_content(self):
        return (
            super()
            .with_page_content()
            .prefetch_related(
                Prefetch(
                    "treated_by",
                    queryset=Procedure.objects.published_here().for_listing(),
                ),
                Prefetch(
                    "related_conditions",
                    queryset=Condition.objects.published_here().for_listing(),
                ),
            )
        )


class Procedure(Page):
    conditions_treated = models.ManyToManyField(
        "Condition",
        blank=True,
        related_name="treated_by",
        help_text="Conditions this procedure treats; each page links to the other.",
    )
    related_procedures = models.ManyToManyField(
        "self", blank=True, help_text="Other procedures a patient reading this page should know about."
    )

    objects = ProcedureQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = Page.Kind.PROCEDURE


class Condition(Page):
    related_conditions = models.ManyToManyField(
        "self", blank=True, help_text="Other conditions a patient reading this page should know about."
    )

    objects = ConditionQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = Page.Kind.CONDITION


class ClinicPageQuerySet(PageQuerySet):
    def with_page_content(self):
        return super().with_page_content().prefetch_related("documents")


class ClinicPage(Page):
    """A page editors make at the site's top level, e.g. /about/: About, Contact, patient forms, notices.

    The same working drafts, revisions, scheduling and comparison as procedure pages; a physician's
    sign-off only when it says medical things (medical_content).
    """

    class Notice(models.TextChoices):
        PRIVACY_PRACTICES = "privacy-practices", "Notice of privacy practices"
        WEBSITE_PRIVACY = "website-privacy", "Website privacy"
        ACCESSIBILITY = "accessibility", "Accessibility"
        NONDISCRIMINATION = "nondiscrimination", "Nondiscrimination notice"
        LANGUAGE_ASSISTANCE = "language-assistance", "Language assistance"

    medical_content = models.BooleanField(
        default=False,
        help_text="Tick when the page gives medical information (what to expect from a procedure…): "
        "it is then published only after a medical reviewer approves its text, like procedure pages. "
        "Leave unticked for pages such as About or Contact, which an editor publishes.",
    )
    notice = models.CharField(
        max_length=30,
        blank=True,
        choices=Notice.choices,
        help_text="If this page is one of the notices the clinic must publish, which one. "
        "Each notice has one page.",
    )
    # The clinic's sign-off on a notice's legal wording (procedures.services: the notices' workflow).
    wording_reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    wording_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    # What the clinic reviewed (services.medical_text_fingerprint): an edit that changes it clears the mark.
    wording_reviewed_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # Page.draft_of copied into this table, kept by save(): a constraint on this table cannot read the
    # parent's column, and a working draft carries its live page's notice until it is published.
    is_draft_row = models.BooleanField(default=False, editable=False)
    # Page.language copied the same way: each language has its own page of each notice.
    row_language = models.CharField(max_length=7, default="en", editable=False)

    objects = ClinicPageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = "clinic page"
        constraints = [
            models.UniqueConstraint(
                fields=["notice", "row_language"],
                condition=~Q(notice="") & Q(is_draft_row=False),
                name="clinic_page_notice_unique_among_live_pages",
                violation_error_message="Another page is already this notice: each notice has one page.",
            ),
            models.CheckConstraint(
                condition=Q(
                    notice__in=[
                        "",
                        "privacy-practices",
                        "website-privacy",
                        "accessibility",
                        "nondiscrimination",
                        "language-assistance",
                    ]
                ),
                name="clinic_page_notice_valid",
            ),
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = Page.Kind.CLINIC_PAGE

    def save(self, *args, **kwargs):
        self.is_draft_row = self.draft_of_id is not None
        self.row_language = self.language
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "draft_of" in update_fields:
            kwargs["update_fields"] = {*update_fields, "is_draft_row"}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        from .clinic_pages import slug_refusal  # the URLconf imports this module

        if self.slug and (refusal := slug_refusal(self.slug)):
            raise ValidationError({"slug": refusal})

    @property
    def needs_medical_approval(self) -> bool:
        return self.medical_content

    def notice_taken_by(self) -> "ClinicPage | None":
        """The other live page that is already this page's notice, if any (each notice has one page)."""
        if not self.notice:
            return None
        others = ClinicPage.objects.filter(notice=self.notice, is_draft_row=False, language=self.language)
        return others.exclude(pk=self.draft_of_id or self.pk).first()


class Section(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="sections")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Sections are shown in increasing order of this number."
    )
    heading = models.CharField(max_length=200, help_text="The section's heading, e.g. “What to expect”.")
    body = models.TextField(help_text=MARKDOWN_HELP)
    body_html = models.TextField(blank=True, editable=False)
    image = models.ForeignKey(
        "Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sections",
        help_text="Optional picture shown after this section's text, e.g. a diagram of the spine. "
        "Upload it first under “Images”.",
    )

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.heading

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)


class FAQ(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="faqs")
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Questions are shown in increasing order of this number."
    )
    question = models.CharField(max_length=300, help_text="Asked the way a patient would ask it.")
    answer = models.TextField(help_text=MARKDOWN_HELP)
    answer_html = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "FAQ"
        verbose_name_plural = "FAQs"

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        self.answer_html = render_markdown(self.answer)
        super().save(*args, **kwargs)


def approval_number_new() -> str:
    """A short number to quote for an approval, e.g. "MR-7K2Q9": no 0/O or 1/I to misread."""
    return "MR-" + "".join(secrets.choice(APPROVAL_NUMBER_ALPHABET) for _ in range(5))


APPROVAL_NUMBER_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"


class PageApproval(models.Model):
    """A physician's sign-off of a page's medical text, as it was at that moment."""

    # The live page (a working draft's approvals belong to the page it will replace), so that the
    # record outlives the draft.
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="approvals")
    number = models.CharField(max_length=12, unique=True, default=approval_number_new, editable=False)
    physician = models.ForeignKey(Physician, on_delete=models.PROTECT, related_name="approvals")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="page_approvals"
    )
    approved_at = models.DateTimeField(default=timezone.now)
    fingerprint = models.CharField(max_length=64, help_text="Of the medical text approved.")

    class Meta:
        ordering = ["-approved_at"]

    def __str__(self):
        return f"{self.number} by {self.physician}"


class PageEvent(models.Model):
    """One step of a page's workflow, for the log on its admin page."""

    class Kind(models.TextChoices):
        SUBMITTED = "submitted", "Submitted for medical review"
        APPROVED = "approved", "Medically approved"
        SENT_BACK = "sent_back", "Sent back"
        PUBLISHED = "published", "Published"
        PUBLISHED_OVERRIDE = "published_override", "Published without approval"
        UNPUBLISHED = "unpublished", "Unpublished"
        DRAFT_DISCARDED = "draft_discarded", "Working draft discarded"
        SCHEDULED = "scheduled", "Scheduled"
        SCHEDULE_CANCELLED = "schedule_cancelled", "Schedule cancelled"
        WORDING_REVIEWED = "wording_reviewed", "Notice wording reviewed by the clinic"
        WORDING_REVIEW_CLEARED = "wording_review_cleared", "Notice wording changed: review mark cleared"

    # Always the live page, like PageApproval.page.
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=30, choices=Kind.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)
    detail = models.TextField(blank=True, help_text="The reason, the approval number…")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Whom a page submitted for review was assigned to.",
    )
    # The review request's email: set once sent, so a task run twice sends it once.
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    kind__in=[
                        "submitted",
                        "approved",
                        "sent_back",
                        "published",
                        "published_override",
                        "unpublished",
                        "draft_discarded",
                        "scheduled",
                        "schedule_cancelled",
                        "wording_reviewed",
                        "wording_review_cleared",
                    ]
                ),
                name="page_event_kind_valid",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.detail}" if self.detail else self.get_kind_display()


class Clinic(models.Model):
    """The clinic's own details, shown in every page's header and footer; there is only one."""

    name = models.CharField(max_length=120, default="Advanced Pain Medical Group")
    main_phone = PhoneNumberField(help_text="The number patients call, e.g. (310) 555-0142.")
    emergency_notice = models.CharField(
        max_length=300,
        default="If this is a medical emergency, call 911 or go to the nearest emergency room.",
        help_text="Shown at the top of the consultation form and in every page's footer.",
    )
    emergency_notice_es = models.CharField(
        "emergency notice in Spanish",
        max_length=300,
        blank=True,
        help_text="e.g. “Si es una emergencia médica, llame al 911 o vaya a la sala de emergencias más "
        "cercana.” While empty the Spanish pages give that standard advice (never the English notice).",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "clinic details"
        verbose_name_plural = "clinic details"
        constraints = [models.CheckConstraint(condition=Q(pk=1), name="clinic_is_singleton")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @classmethod
    def load(cls):
        """The clinic's details, or unsaved defaults before any are entered."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)


class LocationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def with_hours(self):
        """With their opening hours, in one more query however many locations there are."""
        return self.prefetch_related("opening_hours")


# What the seed writes until the clinic enters the real address; `check --deploy` warns meanwhile.
PLACEHOLDER_ADDRESS = re.compile(r"\b(to be confirmed|tbc|tbd|placeholder)\b", re.IGNORECASE)
PLAIN_TEXT_HELP = "Plain text; a blank line starts a new paragraph."


class Location(models.Model):
    name = models.CharField(max_length=120, help_text="How patients know it, e.g. “West Los Angeles”.")
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of the location's page address, e.g. “west-los-angeles” for "
        "/locations/west-los-angeles/. Filled in from the name.",
    )
    street_address = models.CharField(max_length=200, help_text="Street, number and suite.")
    city = models.CharField(max_length=100, default="Los Angeles")
    region = models.CharField("state", max_length=2, default="CA")
    postal_code = models.CharField("ZIP code", max_length=10)
    phone = PhoneNumberField(help_text="The number patients call for this location, e.g. (310) 555-0143.")
    fax = PhoneNumberField(blank=True, help_text="Optional: the fax number doctors send referrals to.")
    parking = models.TextField(
        blank=True,
        help_text="Where to park and what it costs, e.g. “Validated parking under the building.” "
        + PLAIN_TEXT_HELP,
    )
    transit = models.TextField(
        "public transit",
        blank=True,
        help_text="Buses and trains that stop nearby, e.g. “Metro E Line, Expo/Bundy station, 5 minutes’ "
        "walk.” " + PLAIN_TEXT_HELP,
    )
    accessibility = models.TextField(
        blank=True,
        help_text="Step-free entrance, elevator, accessible restrooms, wheelchairs on loan… "
        + PLAIN_TEXT_HELP,
    )
    hours_note = models.TextField(
        blank=True,
        help_text="Optional, shown under the opening hours: what the rows cannot say, e.g. “Closed for "
        "lunch 12:30 – 1:30 pm on Fridays.” " + PLAIN_TEXT_HELP,
    )
    parking_es = models.TextField("parking in Spanish", blank=True, help_text=SPANISH_HELP)
    transit_es = models.TextField("public transit in Spanish", blank=True, help_text=SPANISH_HELP)
    accessibility_es = models.TextField("accessibility in Spanish", blank=True, help_text=SPANISH_HELP)
    hours_note_es = models.TextField("hours note in Spanish", blank=True, help_text=SPANISH_HELP)
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text="Optional, for search engines: e.g. 34.040700 (right-click the entrance in a map app "
        "to copy it). Between -90 and 90.",
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text="Optional, with the latitude: e.g. -118.445300 for Los Angeles. Between -180 and 180.",
    )
    map_image = models.ForeignKey(
        "Image",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="map_of_locations",
        help_text="Optional map or photo of the entrance, shown on the location's page. Upload it first "
        "under “Images”. The page never embeds a map service.",
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Locations are listed in this order.")
    is_active = models.BooleanField(default=True, help_text="Untick to hide a location that has closed.")
    updated_at = models.DateTimeField(auto_now=True)

    objects = LocationQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True) | Q(latitude__gte=-90, latitude__lte=90),
                name="location_latitude_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True) | Q(longitude__gte=-180, longitude__lte=180),
                name="location_longitude_range",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        previous_slug = (
            Location.objects.filter(pk=self.pk).values_list("slug", flat=True).first() if self.pk else None
        )
        super().save(*args, **kwargs)
        # Links and bookmarks to the old address keep working, as for pages.
        if previous_slug and previous_slug != self.slug:
            address_moved(Location(slug=previous_slug).get_absolute_url(), self.get_absolute_url())

    def get_absolute_url(self):
        return reverse("procedures:location_detail", kwargs={"slug": self.slug})

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                "Enter both the latitude and the longitude, or neither.", code="coordinates_incomplete"
            )

    @property
    def has_placeholder_address(self) -> bool:
        return bool(PLACEHOLDER_ADDRESS.search(self.street_address))

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def choice_label(self) -> str:
        """How the consultation form offers it: the name patients know, and where it is."""
        area = f"{self.city} {self.postal_code}".strip()
        return f"{self.name} ({area})" if area else self.name

    @property
    def directions_url(self) -> str:
        """A plain link that opens the patient's own maps app or site with this location as destination.

        Google Maps' documented "Maps URLs" form: it opens the Google Maps app on Android and iOS when
        installed, and maps.google.com elsewhere (any desktop browser). A `geo:` link would be the neutral
        choice but iOS Safari and desktop browsers do nothing with it. Our page makes no request to Google:
        only the patient's tap does. Empty while the address is a placeholder and no coordinates are known.
        """
        if not self.has_placeholder_address:
            destination = f"{self.street_address}, {self.city}, {self.region} {self.postal_code}"
        elif self.has_coordinates:
            destination = f"{self.latitude},{self.longitude}"
        else:
            return ""
        return "https://www.google.com/maps/dir/?" + urlencode({"api": "1", "destination": destination})

    def hours_groups(self):
        """Its week as consecutive days with the same hours, from the prefetched rows (with_hours)."""
        return group_week(self.opening_hours.all())


class Weekday(models.IntegerChoices):
    # Numbered as Python's date.weekday(), so a date's opening hours are one lookup away.
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


class OpeningHours(models.Model):
    """One opening of a location on a weekday; a day may have several (a lunch break), none means closed."""

    location = models.ForeignKey(Location, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField(help_text="e.g. 8:00 or 08:00.")
    closes = models.TimeField(help_text="e.g. 17:00 for 5 pm. After the opening time, on the same day.")

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = "opening hours"
        verbose_name_plural = "opening hours"
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")), name="opening_hours_closes_after_opens"
            ),
            models.CheckConstraint(
                condition=Q(weekday__gte=0, weekday__lte=6), name="opening_hours_weekday_valid"
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {time_range_text(self.opens, self.closes)}"

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError(
                {
                    "closes": "The closing time must be after the opening time, on the same day "
                    "(use 17:00 for 5 pm)."
                },
                code="closes_before_opens",
            )


class HolidayClosureQuerySet(models.QuerySet):
    def upcoming(self, today: datetime.date):
        return self.filter(date__gte=today)

    def for_location(self, location):
        """Its own closures and those of every location."""
        return self.filter(Q(location=location) | Q(location__isnull=True))


class HolidayClosure(models.Model):
    """A day a location (or every location) is closed, or open shorter hours than usual."""

    date = models.DateField()
    name = models.CharField(max_length=120, help_text="What patients read, e.g. “Thanksgiving Day”.")
    name_es = models.CharField(
        "name in Spanish",
        max_length=120,
        blank=True,
        help_text="e.g. “Día de Acción de Gracias”. " + SPANISH_HELP,
    )
    location = models.ForeignKey(
        Location,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="closures",
        help_text="Leave empty when every location is closed that day.",
    )
    opens = models.TimeField(
        null=True, blank=True, help_text="Only when open shorter hours that day: the opening time."
    )
    closes = models.TimeField(
        null=True, blank=True, help_text="Only when open shorter hours that day: the closing time."
    )

    objects = HolidayClosureQuerySet.as_manager()

    class Meta:
        ordering = ["date", "location__position", "pk"]
        verbose_name = "holiday closure"
        constraints = [
            models.CheckConstraint(
                condition=Q(opens__isnull=True, closes__isnull=True)
                | Q(opens__isnull=False, closes__isnull=False, closes__gt=F("opens")),
                name="holiday_closure_hours_complete",
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.date:%B %-d, %Y}"

    def clean(self):
        if (self.opens is None) != (self.closes is None):
            raise ValidationError(
                "Enter both the opening and the closing time for shorter hours, or neither when closed "
                "all day.",
                code="hours_incomplete",
            )
        if self.opens is not None and self.closes <= self.opens:
            raise ValidationError(
                {"closes": "The closing time must be after the opening time (use 13:00 for 1 pm)."},
                code="closes_before_opens",
            )

    @property
    def is_closed_all_day(self) -> bool:
        return self.opens is None

    @property
    def hours_text(self) -> str:
        return "" if self.is_closed_all_day else time_range_text(self.opens, self.closes)


class Image(models.Model):
    """A picture for pages, stored without its camera data and in the sizes and formats browsers need.

    Made only by procedures.services.image_create, which strips the upload's metadata and writes the
    renditions; the admin edits the text alternative afterwards.
    """

    file = models.FileField(
        upload_to="images/", editable=False, help_text="The picture as uploaded, without its metadata."
    )
    original_name = models.CharField(
        max_length=200, editable=False, help_text="The name of the file the editor uploaded."
    )
    alt_text = models.CharField(
        "text alternative",
        max_length=250,
        blank=True,
        help_text="What the picture shows, for patients who cannot see it (screen readers read it out), "
        "e.g. “A physician guides a thin needle into the lower back using an X-ray screen.” "
        "Do not start with “Image of”.",
    )
    is_decorative = models.BooleanField(
        "decorative",
        default=False,
        help_text="Tick only when the picture adds nothing to the text (a pattern or a mood photo): "
        "screen readers then skip it, and the text alternative stays empty.",
    )
    width = models.PositiveIntegerField(editable=False)
    height = models.PositiveIntegerField(editable=False)
    # {"avif"|"webp"|"jpeg": [[width, height, storage name], ...]} in increasing width.
    renditions = models.JSONField(default=dict, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        constraints = [
            # Every picture either says what it shows or is marked as saying nothing.
            models.CheckConstraint(
                condition=(Q(is_decorative=True) & Q(alt_text=""))
                | (Q(is_decorative=False) & ~Q(alt_text="")),
                name="image_alt_text_or_decorative",
            ),
        ]

    def __str__(self):
        if self.is_decorative:
            return f"{self.original_name} (decorative)"
        return self.alt_text

    @property
    def sharing_jpeg(self) -> dict:
        """The largest JPEG rendition, for link previews: not every app that shows one reads AVIF or WebP."""
        width, height, name = (self.renditions.get("jpeg") or [[self.width, self.height, self.file.name]])[-1]
        return {"url": default_storage.url(name), "width": width, "height": height}


class ReviewsDueEmail(models.Model):
    """The editors' weekly "reviews due" email of one week: its row is claimed before sending, so it goes
    out once however many workers look."""

    week = models.DateField(
        unique=True, help_text="The Monday of the ISO week (clinic time) the email is for."
    )
    done_at = models.DateTimeField(
        null=True, blank=True, help_text="When the email went out, or was found unneeded as nothing was due."
    )
    pages_listed = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-week"]
        verbose_name = "weekly reviews-due email"

    def __str__(self):
        return f"Reviews due, week of {self.week}"


class PublishScheduleQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=PublishSchedule.State.SCHEDULED)

    def due(self, now):
        """Pending schedules whose time has come, the earliest first."""
        return self.pending().filter(run_at__lte=now).order_by("run_at", "pk")

    def pending_or_since(self, since):
        """What the list shows by default: every pending schedule, and the others that ran or were
        cancelled since `since`."""
        return self.filter(Q(state=PublishSchedule.State.SCHEDULED) | Q(updated_at__gte=since))


class PublishSchedule(models.Model):
    """Publishing or unpublishing a page at a date and time, carried out by the task worker.

    `page` is the page as patients know it: the live page, or a page never published. What a
    scheduled publish makes public is decided when it runs: the page's approved working draft (or the
    approved page itself if it was never published); if that is no longer approved, nothing is published
    and the schedule fails with the reason.
    """

    class Action(models.TextChoices):
        PUBLISH = "publish", "Publish"
        UNPUBLISH = "unpublish", "Unpublish"

    class State(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        DONE = "done", "Done"
        CANCELLED = "cancelled", "Cancelled"
        FAILED = "failed", "Failed"

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="publish_schedules")
    action = models.CharField(max_length=20, choices=Action.choices)
    run_at = models.DateTimeField(
        "when", db_index=True, help_text="The date and time it happens, in the clinic's time zone."
    )
    state = models.CharField(max_length=20, choices=State.choices, default=State.SCHEDULED)
    failure_reason = models.TextField(blank=True, help_text="Why it was not carried out.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True, help_text="When it was carried out or failed.")
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The failure's email to whoever scheduled it: set once sent, so a task run twice sends it once.
    failure_emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = PublishScheduleQuerySet.as_manager()

    class Meta:
        ordering = ["-run_at", "-pk"]
        verbose_name = "publishing schedule"
        constraints = [
            # Two pending publishes of one page would be a mistake; a publish and then an unpublish
            # (a notice shown for a week) is not.
            models.UniqueConstraint(
                fields=["page", "action"],
                condition=Q(state="scheduled"),
                name="publish_schedule_one_pending_per_page_and_action",
            ),
            models.CheckConstraint(
                condition=Q(action__in=["publish", "unpublish"]), name="publish_schedule_action_valid"
            ),
            models.CheckConstraint(
                condition=Q(state__in=["scheduled", "done", "cancelled", "failed"]),
                name="publish_schedule_state_valid",
            ),
            models.CheckConstraint(
                condition=~Q(state="failed") | ~Q(failure_reason=""),
                name="publish_schedule_failure_has_reason",
            ),
        ]

    def __str__(self):
        return f"{self.get_action_display()} “{self.page}” at {self.run_at_local:%Y-%m-%d %H:%M %Z}"

    @property
    def run_at_local(self):
        return timezone.localtime(self.run_at)

    @property
    def is_pending(self):
        return self.state == self.State.SCHEDULED


# The consultation form's "Not sure" answer to the insurance question: no group may take its key.
INSURANCE_NOT_SURE = "not-sure"


class InsuranceGroupQuerySet(models.QuerySet):
    def shown(self):
        return self.filter(is_shown=True)

    def with_shown_plans(self):
        """Each group's shown plans in their order, fetched with one more query however many groups."""
        return self.prefetch_related(
            Prefetch("plans", queryset=InsurancePlan.objects.filter(is_shown=True), to_attr="shown_plans")
        )

    def unconfirmed(self):
        return self.filter(confirmed_by_clinic=False)


class InsuranceGroup(models.Model):
    """A kind of coverage patients recognise (PPO, Medicare, workers' compensation...), with its plans.

    The consultation form offers the shown groups; a request keeps the key and name it was sent with,
    so renaming, hiding or deleting a group never changes what a patient chose.
    """

    name = models.CharField(max_length=80, unique=True, help_text="As patients know it, e.g. “Medicare”.")
    key = models.SlugField(
        max_length=40,
        unique=True,
        help_text="A short fixed name for the front desk's filters and exports, e.g. “medicare”. "
        "Requests already received keep the key they were sent with.",
    )
    explanation = models.TextField(
        max_length=600,
        blank=True,
        help_text="What a patient with this coverage should know or bring, e.g. “Bring your card, and "
        "your referral if your HMO needs one.”",
    )
    name_es = models.CharField(
        "name in Spanish",
        max_length=80,
        blank=True,
        help_text="Only when the name is a word to translate, e.g. “Pago directo” for “Self-pay”; "
        "leave empty for a name such as “Medicare” or “PPO”, shown as it is.",
    )
    explanation_es = models.TextField(
        "explanation in Spanish", max_length=600, blank=True, help_text=SPANISH_HELP
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Groups are listed in this order.")
    is_shown = models.BooleanField(
        "shown", default=True, help_text="Untick to take the group off the page and the consultation form."
    )
    confirmed_by_clinic = models.BooleanField(
        default=False,
        help_text="Tick once the clinic has checked the plans listed in this group. Until then the page "
        "calls the list an example and `check --deploy` warns.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = InsuranceGroupQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(key=INSURANCE_NOT_SURE), name="insurance_group_key_not_not_sure"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("procedures:insurance") + f"#insurance-{self.key}"


class InsurancePlan(models.Model):
    """One plan of a group the clinic accepts, e.g. “Blue Shield of California PPO”."""

    group = models.ForeignKey(InsuranceGroup, on_delete=models.CASCADE, related_name="plans")
    name = models.CharField(max_length=120)
    note = models.CharField(
        max_length=200, blank=True, help_text="Optional, e.g. “Referral from your primary doctor needed”."
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Plans are listed in this order.")
    is_shown = models.BooleanField("shown", default=True, help_text="Untick to take the plan off the page.")

    class Meta:
        ordering = ["position", "name"]
        constraints = [
            models.UniqueConstraint(fields=["group", "name"], name="insurance_plan_unique_name_in_group"),
        ]

    def __str__(self):
        return self.name


PAGE_MODELS = {
    Page.Kind.PROCEDURE: Procedure,
    Page.Kind.CONDITION: Condition,
    Page.Kind.CLINIC_PAGE: ClinicPage,
}
PAGE_KINDS = {model: kind for kind, model in PAGE_MODELS.items()}
PAGE_ROUTES = {
    Page.Kind.PROCEDURE: "procedures:detail",
    Page.Kind.CONDITION: "procedures:condition_detail",
    Page.Kind.CLINIC_PAGE: "procedures:clinic_page",
}


class Document(models.Model):
    """A PDF for patients (a form to fill in, a notice to print), listed on a clinic page.

    Checked by procedures.documents before it is stored: a real PDF, at most 10 MB.
    """

    title = models.CharField(
        max_length=200, help_text="What it is, as patients see it, e.g. “New patient registration form”."
    )
    file = models.FileField(
        upload_to="documents/", validators=[document_file_check], help_text="A PDF file, at most 10 MB."
    )
    page = models.ForeignKey(
        ClinicPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="documents",
        help_text="The page that lists it. A document on no page is not shown anywhere.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Documents are listed in increasing order of this number."
    )
    size_bytes = models.PositiveIntegerField(default=0, editable=False)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            self.size_bytes = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("procedures:document", kwargs={"pk": self.pk})

    @property
    def size_text(self) -> str:
        return size_text(self.size_bytes)


class MenuItemQuerySet(models.QuerySet):
    def shown(self):
        """The entries patients see: addresses, and pages that are published."""
        published = Q(page__status=Page.Status.PUBLISHED, page__draft_of__isnull=True)
        return self.filter(Q(page__isnull=True) | published).select_related("page")


class MenuItem(models.Model):
    """An entry of the header's or the footer's menu: a page of the site, or an address."""

    class Menu(models.TextChoices):
        HEADER = "header", "Header"
        FOOTER = "footer", "Footer"

    menu = models.CharField(max_length=10, choices=Menu.choices)
    label = models.CharField(
        max_length=40,
        blank=True,
        help_text="The words of the link, short, e.g. “About us”. Leave empty for the page's title.",
    )
    label_es = models.CharField(
        "label in Spanish",
        max_length=40,
        blank=True,
        help_text="The words of the link on the Spanish pages, e.g. “Quiénes somos”. " + SPANISH_HELP,
    )
    page = models.ForeignKey(
        Page,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="menu_items",
        limit_choices_to={"draft_of__isnull": True},
        help_text="The page it opens. Not shown while the page is unpublished.",
    )
    url = models.CharField(
        "address",
        max_length=300,
        blank=True,
        help_text="Instead of a page: an address on this site starting with “/”, e.g. /physicians/, or "
        "a full https:// address.",
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Entries are shown in this order.")

    objects = MenuItemQuerySet.as_manager()

    class Meta:
        ordering = ["menu", "position", "id"]
        verbose_name = "menu entry"
        verbose_name_plural = "menu entries"
        constraints = [
            models.CheckConstraint(condition=Q(menu__in=["header", "footer"]), name="menu_item_menu_valid"),
            models.CheckConstraint(
                condition=(Q(page__isnull=False) & Q(url="")) | (Q(page__isnull=True) & ~Q(url="")),
                name="menu_item_page_or_url",
            ),
        ]

    def __str__(self):
        return self.label or (self.page.title if self.page_id else self.url)

    @property
    def text(self) -> LocalizedText:
        """The link's words in the active language (lang "en" when a Spanish page shows English ones)."""
        if self.label_es or self.label:
            return localized(self, "label")
        return localized(self.page, "title")

    @property
    def href(self) -> str:
        if self.page_id:
            return self.page.get_absolute_url()
        language = translation.get_language() or "en"
        if language == "en" or not self.url.startswith("/"):
            return self.url
        # An address of the site's own routes, e.g. /physicians/ -> /es/medicos/; translate_url resolves it
        # as the English route it is and gives it back unchanged when no route matches.
        with translation.override("en"):
            return translate_url(self.url, language)

    def clean(self):
        super().clean()
        from .clinic_pages import menu_url_refusal  # the URLconf imports this module

        self.url = self.url.strip()
        if self.page_id and self.url:
            raise ValidationError("Choose a page or give an address, not both.", code="page_and_url")
        if not self.page_id and not self.url:
            raise ValidationError("Choose the page this entry opens, or give an address.", code="no_target")
        if self.url and (refusal := menu_url_refusal(self.url)):
            raise ValidationError({"url": refusal})
        if self.url and not self.label.strip():
            raise ValidationError({"label": "Give the words of the link: an address has no title to show."})


class LanguageTagline(models.Model):
    """One line of the language-assistance notice, written in its own language (45 CFR 92.11).

    The seed's lines are drafts to be checked by a qualified translator (translator_checked): the clinic
    edits them here, and `{phone}` in the text is replaced by the clinic's main number as a link.
    """

    class Direction(models.TextChoices):
        LEFT_TO_RIGHT = "ltr", "Left to right"
        RIGHT_TO_LEFT = "rtl", "Right to left (Arabic, Persian…)"

    PHONE = "{phone}"

    language = models.CharField(
        "language (in English)", max_length=60, help_text="For staff, e.g. “Spanish”; shown beside the line."
    )
    lang = models.CharField(
        "language code",
        max_length=20,
        unique=True,
        help_text="The BCP 47 code browsers and screen readers use to pronounce the line, e.g. “es”, "
        "“zh-Hant” (Chinese, traditional characters), “fa” (Persian).",
    )
    direction = models.CharField(
        max_length=3,
        choices=Direction.choices,
        default=Direction.LEFT_TO_RIGHT,
        help_text="Right to left for Arabic and Persian.",
    )
    text = models.TextField(
        max_length=500,
        help_text="The line in its own language: free language help and auxiliary aids are available, "
        "and to call. Write {phone} where the clinic's phone number goes.",
    )
    translator_checked = models.BooleanField(
        "checked by a qualified translator",
        default=False,
        help_text="Tick only once a qualified translator has checked this line. The starting lines are "
        "drafts: patients who read this language depend on it.",
    )
    position = models.PositiveSmallIntegerField(
        default=0, help_text="Lines are shown in increasing order of this number."
    )

    class Meta:
        ordering = ["position", "id"]
        verbose_name = "language-assistance tagline"
        constraints = [
            models.CheckConstraint(condition=Q(direction__in=["ltr", "rtl"]), name="tagline_direction_valid"),
        ]

    def __str__(self):
        return self.language

    def clean(self):
        super().clean()
        if self.text.count(self.PHONE) != 1:
            raise ValidationError(
                {"text": "Write {phone} once in the line, where the clinic's phone number goes."},
                code="phone_placeholder",
            )

    @property
    def text_parts(self) -> tuple[str, str]:
        """The text before and after the phone number."""
        before, _, after = self.text.partition(self.PHONE)
        return before, after
