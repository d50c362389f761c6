import calendar
import datetime
import secrets

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.contrib.redirects.models import Redirect
from django.core.files.storage import default_storage
from django.db import models
from django.db.models import Case, F, Prefetch, Q, Value, When
from django.db.models.functions import ExtractDay, ExtractMonth, ExtractYear
from django.urls import reverse
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField

from .markdown import render_markdown

MARKDOWN_HELP = (
    "Plain text with Markdown: a blank line starts a new paragraph, lines starting with “- ” make "
    "a bulleted list, **bold**, and [link text](/procedures/medial-branch-block/) for links. "
    "Scripts, embedded frames and styling are removed."
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


class Physician(models.Model):
    """A physician of the clinic: who medically reviews pages, and (later) a public profile.

    One model for both, so that "Medically reviewed by" always names a real profile.
    """

    name = models.CharField(max_length=120, help_text="Full name as patients see it, e.g. “Jane Doe”.")
    credentials = models.CharField(
        max_length=60, blank=True, help_text="Degrees and titles after the name, e.g. “MD” or “DO, MPH”."
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

    objects = PhysicianQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name_with_credentials

    @property
    def name_with_credentials(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


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
        return self.only("title", "slug", "summary", "kind", "status")

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
        due_in_that_month = Q(review_due_month=month)
        if day.day < calendar.monthrange(day.year, day.month)[1]:
            # On the month's last day every review due that month has fallen due, clamped or not.
            due_in_that_month &= Q(last_reviewed__day__lte=day.day)
        return self._with_review_due_month().filter(
            Q(review_due_month__isnull=True) | Q(review_due_month__lt=month) | due_in_that_month
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
        PROCEDURE = "procedure", "Procedure"
        CONDITION = "condition", "Condition"

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
                fields=["slug"], condition=Q(draft_of__isnull=True), name="page_slug_unique_among_live_pages"
            ),
            models.CheckConstraint(condition=Q(status__in=["draft", "published"]), name="page_status_valid"),
            models.CheckConstraint(
                condition=Q(review_state__in=["draft", "in_review", "approved"]),
                name="page_review_state_valid",
            ),
            models.CheckConstraint(condition=Q(kind__in=["procedure", "condition"]), name="page_kind_valid"),
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
        route = "procedures:detail" if self.kind == self.Kind.PROCEDURE else "procedures:condition_detail"
        return reverse(route, kwargs={"slug": self.slug})

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
        old_path = Page(kind=previous["kind"], slug=previous["slug"]).get_absolute_url()
        new_path = self.get_absolute_url()
        # Earlier redirects to the old address jump straight to the new one: no redirect chains.
        Redirect.objects.filter(new_path=old_path).update(new_path=new_path)
        Redirect.objects.filter(old_path=new_path).delete()
        Redirect.objects.update_or_create(
            site_id=settings.SITE_ID, old_path=old_path, defaults={"new_path": new_path}
        )


class ProcedureQuerySet(PageQuerySet):
    def with_page_content(self):
        return (
            super()
            .with_page_content()
            .prefetch_related(
                Prefetch("conditions_treated", queryset=Condition.objects.published().for_listing()),
                Prefetch("related_procedures", queryset=Procedure.objects.published().for_listing()),
            )
        )


class ConditionQuerySet(PageQuerySet):
    def with_page_content(self):
        return (
            super()
            .with_page_content()
            .prefetch_related(
                Prefetch("treated_by", queryset=Procedure.objects.published().for_listing()),
                Prefetch("related_conditions", queryset=Condition.objects.published().for_listing()),
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


class Location(models.Model):
    name = models.CharField(max_length=120, help_text="How patients know it, e.g. “West Los Angeles”.")
    street_address = models.CharField(max_length=200, help_text="Street, number and suite.")
    city = models.CharField(max_length=100, default="Los Angeles")
    region = models.CharField("state", max_length=2, default="CA")
    postal_code = models.CharField("ZIP code", max_length=10)
    phone = PhoneNumberField()
    hours = models.TextField(
        help_text="Opening hours, one line each, e.g. “Monday–Friday: 8:00 am – 5:00 pm”."
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Locations are listed in this order.")
    is_active = models.BooleanField(default=True, help_text="Untick to hide a location that has closed.")
    updated_at = models.DateTimeField(auto_now=True)

    objects = LocationQuerySet.as_manager()

    class Meta:
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    @property
    def hours_lines(self):
        return [line.strip() for line in self.hours.splitlines() if line.strip()]


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
