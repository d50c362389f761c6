import re
import secrets

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db import models
from django.db.models import Case, Exists, ExpressionWrapper, F, OuterRef, Q, Subquery, When
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from phonenumber_field.modelfields import PhoneNumberField

from procedures.models import INSURANCE_NOT_SURE

from . import search as search_keys
from .red_flags import triage

# No 0/O, 1/I/L or U/V look-alikes: a reference is read aloud over the phone.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
REFERENCE_PREFIX = "APM-"
# PostgreSQL's B-tree operator class for LIKE 'prefix%' whatever the collation; other databases ignore it.
PATTERN = "varchar_pattern_ops"
# A reference as staff type it: with or without its prefix (or its hyphen), in any case.
REFERENCE_TYPED = re.compile(rf"(?:{REFERENCE_PREFIX[:-1]}-?)?([{REFERENCE_ALPHABET}]{{5}})")


# Stored in English (staff read it); the form shows it in its own language.
INSURANCE_NOT_SURE_LABEL = gettext_noop("Not sure")
# A barrier report's reference: told apart from a patient's request at a glance, in the access log too.
BARRIER_REFERENCE_PREFIX = "ACC-"


def language_name_for_staff(code: str) -> str:
    """A language named in English ("Spanish"): settings.LANGUAGES names each in itself ("Español")."""
    return LANG_INFO.get(code, {}).get("name", code)


def new_reference(prefix: str = REFERENCE_PREFIX) -> str:
    return prefix + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(5))


def overdue_condition(cutoff) -> Q:
    """Open, nobody has responded yet, and received at or before `cutoff` (business_hours.response_cutoff)."""
    return (
        Q(status__in=ConsultationRequest.OPEN_STATUSES)
        & Q(first_responded_at__isnull=True)
        & Q(created_at__lte=cutoff)
    )


class QueueBucket(models.IntegerChoices):
    """The front desk's queue, in the order its requests are worked."""

    URGENT = 0, "Urgent, not yet reached"
    CALLBACK_DUE = 1, "Callback due"
    OVERDUE = 2, "Overdue"
    NEW = 3, "New"
    WAITING = 4, "Attempted, waiting for its callback time"


class ConsultationRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=ConsultationRequest.OPEN_STATUSES)

    def overdue(self, cutoff):
        """Open requests nobody has responded to, received at or before `cutoff`."""
        return self.filter(overdue_condition(cutoff))

    def in_queue(self):
        """Requests the front desk still has to call: new, attempted, or reached and due a callback.

        Reached-and-scheduled, closed and spam requests leave the queue; so does a reached request
        with no callback asked for.
        """
        return self.filter(
            Q(status__in=ConsultationRequest.QUEUE_STATUSES)
            | Q(status=ConsultationRequest.Status.CONTACTED, next_callback_at__isnull=False)
        )

    def queue(self, *, now, cutoff):
        """The queue in working order: urgent and not yet reached, callbacks now due, overdue, new
        (oldest first), then the attempted ones by their next callback time.

        Each row carries `queue_bucket` (a QueueBucket) and `queue_time`, the time it is sorted by.
        """
        not_reached = Q(first_reached_at__isnull=True) & Q(status__in=ConsultationRequest.QUEUE_STATUSES)
        bucket = Case(
            When(not_reached & Q(is_urgent=True), then=models.Value(QueueBucket.URGENT)),
            When(next_callback_at__lte=now, then=models.Value(QueueBucket.CALLBACK_DUE)),
            When(overdue_condition(cutoff), then=models.Value(QueueBucket.OVERDUE)),
            When(status=ConsultationRequest.Status.NEW, then=models.Value(QueueBucket.NEW)),
            default=models.Value(QueueBucket.WAITING),
            output_field=models.IntegerField(),
        )
        sort_time = Case(
            When(
                Q(next_callback_at__isnull=False) & ~(not_reached & Q(is_urgent=True)),
                then=F("next_callback_at"),
            ),
            default=F("created_at"),
        )
        return (
            self.in_queue()
            .annotate(queue_bucket=bucket, queue_time=sort_time)
            .order_by("queue_bucket", "queue_time", "pk")
        )

    def claimable_by(self, user, *, now):
        """Requests nobody else is working on right now (a claim lapses at its claimed_until)."""
        return self.exclude(Q(claimed_until__gt=now) & ~Q(claimed_by=user))

    def search(self, term: str):
        """Requests matching a term as staff type it, whatever their status.

        A reference ("APM-7K3Q9", "7k3q9"), the end of a phone number typed any way ("0123",
        "555-0123", "(310) 555-0123"), an email in any case, or words of a name without accents
        ("ramirez jose" finds "José Ramírez"). Each is an index lookup (consultations/search.py).
        """
        term = term.strip()
        read = search_keys.read_term(term)
        found = Q(pk__in=[])
        reference = REFERENCE_TYPED.fullmatch(term.upper())
        if reference:
            found |= Q(reference=REFERENCE_PREFIX + reference.group(1))
            if term.upper().startswith(REFERENCE_PREFIX[:-1]):
                return self.filter(found)  # "APM-…" is no one's name
        if read.phone_digits_reversed:
            found |= Q(phone_digits_reversed__startswith=read.phone_digits_reversed)
        if read.email:
            found |= Q(email_lower=read.email)
        if read.name_words:
            name = Q()
            for word in read.name_words:
                if len(word) >= search_keys.TRIGRAM:
                    name &= Q(name_key__contains=word)
                else:
                    # Too short for the trigram index: the start of a word of the name.
                    name &= Q(name_key__startswith=word) | Q(name_key__contains=" " + word)
            found |= name
        return self.alias(email_lower=Lower("email")).filter(found)

    def same_person_as(self, consultation_request):
        """Other requests with the same phone, the same email in any case, or the same full name without
        accents. An anonymized request, its details blank, matches nobody and nobody matches it."""
        details = consultation_request
        same = Q(pk__in=[])
        if details.phone:
            same |= Q(phone=details.phone)
        if details.email:
            same |= Q(email_lower=details.email.lower())
        if details.first_name.strip() and details.last_name.strip():
            same |= Q(name_key=search_keys.name_key(details.first_name, details.last_name))
        return self.alias(email_lower=Lower("email")).filter(same).exclude(pk=details.pk)

    def with_returning(self):
        """Annotate `is_returning`: the same person (as same_person_as) sent a request before this one."""
        earlier = ConsultationRequest.objects.filter(created_at__lt=OuterRef("created_at"))
        same_email = earlier.alias(email_lower=Lower("email")).filter(email_lower=Lower(OuterRef("email")))

        # One EXISTS per detail, each read by its own index. A blank detail is never looked up: the
        # CASE keeps an anonymized request from reading the hundred thousand others with a blank email.
        def unless_blank(blank: Q, exists: Exists):
            return Case(When(blank, then=False), default=exists, output_field=models.BooleanField())

        return self.alias(
            _same_phone=unless_blank(Q(phone=""), Exists(earlier.filter(phone=OuterRef("phone")))),
            _same_email=unless_blank(Q(email=""), Exists(same_email)),
            _same_name=unless_blank(
                Q(first_name="") | Q(last_name=""), Exists(earlier.filter(name_key=OuterRef("name_key")))
            ),
        ).annotate(
            is_returning=ExpressionWrapper(
                Q(_same_phone=True) | Q(_same_email=True) | Q(_same_name=True),
                output_field=models.BooleanField(),
            )
        )

    def for_inbox(self, cutoff):
        """Everything a row of the staff inbox shows, in a fixed number of queries."""
        staff_notice = Notification.objects.filter(
            consultation_request=OuterRef("pk"), kind=Notification.Kind.STAFF_NOTICE
        )
        return self.select_related("location", "procedure", "condition", "assigned_to").annotate(
            notice_status=Subquery(staff_notice.values("status")[:1]),
            is_overdue=Case(
                When(overdue_condition(cutoff), then=True),
                default=False,
                output_field=models.BooleanField(),
            ),
        )


class ConsultationRequest(models.Model):
    """What a patient sent through the consultation form, and where the front desk is with it."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        ATTEMPTED = "attempted", "Attempted contact"
        CONTACTED = "contacted", "Contacted"
        SCHEDULED = "scheduled", "Scheduled"
        CLOSED = "closed", "Closed"
        SPAM = "spam", "Spam"

    # Shown to patients on the form, in its language; staff screens and exports are English (the
    # admin is never under /es/).
    class ContactMethod(models.TextChoices):
        PHONE = "phone", _("Phone call")
        TEXT = "text", _("Text message")
        EMAIL = "email", _("Email")

    class BestTime(models.TextChoices):
        ANY = "any", _("Any time")
        MORNING = "morning", _("Morning (8 am – noon)")
        AFTERNOON = "afternoon", _("Afternoon (noon – 5 pm)")

    class HeardAbout(models.TextChoices):
        DOCTOR = "doctor", _("My doctor referred me")
        SEARCH = "search", _("Internet search")
        FRIEND = "friend", _("Friend or family")
        INSURANCE = "insurance", _("My insurance")
        SOCIAL = "social", _("Social media")
        OTHER = "other", _("Other")

    OPEN_STATUSES = [Status.NEW, Status.ATTEMPTED, Status.CONTACTED]
    # Not yet reached: always in the front desk's queue.
    QUEUE_STATUSES = [Status.NEW, Status.ATTEMPTED]
    RESPONDED_STATUSES = [Status.ATTEMPTED, Status.CONTACTED, Status.SCHEDULED]

    reference = models.CharField(max_length=12, unique=True, editable=False)
    # A digest of the form page's one-use token: a page resent after its server died between saving
    # the request and noting the token in the shared cache (or with that cache down) is saved once.
    form_token_digest = models.CharField(max_length=64, unique=True, null=True, editable=False)  # noqa: DJ001 - NULL for requests from before it, and unique
    # What the patient sent. Blank only after the request is anonymized.
    first_name = models.CharField(max_length=80, blank=True)
    last_name = models.CharField(max_length=80, blank=True)
    phone = PhoneNumberField(blank=True, db_index=True)
    email = models.EmailField(blank=True, db_index=True)
    contact_method = models.CharField(
        "preferred contact", max_length=10, choices=ContactMethod.choices, default=ContactMethod.PHONE
    )
    best_time = models.CharField(
        "best time to reach", max_length=10, choices=BestTime.choices, default=BestTime.ANY
    )
    location = models.ForeignKey(
        "procedures.Location", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    procedure = models.ForeignKey(
        "procedures.Procedure", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    condition = models.ForeignKey(
        "procedures.Condition", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The insurance group's key and name as the form offered them when the patient sent it: editors
    # rename, hide and delete groups (procedures.InsuranceGroup), and a request keeps what was chosen.
    insurance = models.CharField(
        "insurance key",
        max_length=40,
        default=INSURANCE_NOT_SURE,
        help_text="The insurance group's key when the patient sent the request, for filters and exports.",
    )
    insurance_label = models.CharField(
        "insurance",
        max_length=80,
        default=INSURANCE_NOT_SURE_LABEL,
        help_text="The insurance the patient chose, as the form named it then.",
    )
    description = models.TextField("about the pain", max_length=1000, blank=True)
    heard_about = models.CharField("heard about us", max_length=10, choices=HeardAbout.choices, blank=True)
    language = models.CharField(
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        db_index=True,
        editable=False,
        help_text="The language of the form the patient sent: the language to speak and write to them in.",
    )
    source_path = models.CharField(
        "came from", max_length=200, blank=True, help_text="The page of this site the patient came from."
    )
    consented_at = models.DateTimeField(
        null=True, help_text="When the patient agreed to the privacy notice and to be called or texted."
    )

    # The front desk's work.
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_consultation_requests",
        help_text="The staff member handling this request.",
    )
    is_urgent = models.BooleanField(
        "urgent",
        default=False,
        help_text="Set automatically when the description mentions a sign of a spine emergency. "
        "Urgent requests come first in the inbox.",
    )
    urgent_reasons = models.CharField(
        max_length=300, blank=True, help_text="The emergency signs found in the description."
    )
    first_responded_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the front desk first responded: the first call attempt, or the status first "
        "becoming attempted, contacted or scheduled.",
    )
    first_reached_at = models.DateTimeField(
        null=True, blank=True, help_text="When the front desk first spoke with the patient."
    )
    attempt_count = models.PositiveIntegerField(
        "attempts", default=0, help_text="Calls made to the patient, whatever their outcome."
    )
    unanswered_attempts = models.PositiveIntegerField(
        default=0, help_text="Calls in a row that did not reach the patient (no answer, voicemail)."
    )
    next_callback_at = models.DateTimeField(
        "next callback",
        null=True,
        blank=True,
        help_text="When to call the patient next: a time they asked for, or the next try after no answer.",
    )
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The staff member working on this request in work mode right now.",
    )
    claimed_until = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When that claim lapses by itself."
    )
    anonymized_at = models.DateTimeField(
        null=True, blank=True, help_text="When the patient's personal details were removed."
    )
    # Search keys, derived from the details above on save (consultations/search.py) and indexed.
    name_key = models.CharField(
        max_length=170,
        blank=True,
        editable=False,
        help_text="The name in lower case without accents or punctuation, as a search compares it.",
    )
    phone_digits_reversed = models.CharField(
        max_length=20,
        blank=True,
        editable=False,
        help_text="The phone number's digits, last first: a search by its last digits reads the start.",
    )
    created_at = models.DateTimeField("received", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ConsultationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-is_urgent", "created_at"]
        permissions = [("export_consultationrequest", "Can export consultation requests as CSV")]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["new", "attempted", "contacted", "scheduled", "closed", "spam"]),
                name="consultation_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(contact_method__in=["phone", "text", "email"]),
                name="consultation_contact_method_valid",
            ),
        ]
        indexes = [
            # Search: the end of a phone number is the start of its reversed digits; a name's start here
            # (anywhere in it: PostgreSQL's trigram index, migration 0005); an email in any case.
            models.Index(
                fields=["phone_digits_reversed"], name="consultation_phone_rev", opclasses=[PATTERN]
            ),
            models.Index(fields=["name_key"], name="consultation_name_key", opclasses=[PATTERN]),
            models.Index(Lower("email"), name="consultation_email_lower"),
            # The inbox's order (Meta.ordering, then the changelist's -pk), over the open requests and over
            # all of them: the first page reads 50 index entries instead of sorting every row.
            models.Index(
                fields=["-is_urgent", "created_at", "-id"],
                name="consultation_inbox_open",
                condition=Q(status__in=["new", "attempted", "contacted"]),
            ),
            models.Index(fields=["-is_urgent", "created_at", "-id"], name="consultation_inbox_all"),
            # The queue (in_queue(), queue(), work mode's next) reads its own rows, not the closed million.
            models.Index(
                fields=["created_at"],
                name="consultation_queue",
                condition=Q(status__in=["new", "attempted"])
                | Q(status="contacted", next_callback_at__isnull=False),
            ),
        ]

    def __str__(self):
        return self.reference

    def save(self, *args, **kwargs):
        self.name_key = search_keys.name_key(self.first_name, self.last_name)
        self.phone_digits_reversed = search_keys.digits_reversed(self.phone)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"first_name", "last_name", "phone"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "name_key", "phone_digits_reversed"}
        super().save(*args, **kwargs)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_insurance_display(self) -> str:
        """The insurance as the patient chose it (the name of its group then)."""
        return self.insurance_label or self.insurance

    @property
    def language_for_staff(self) -> str:
        """The request's language named in English ("Spanish"), as staff read the admin and notices."""
        return language_name_for_staff(self.language)

    @property
    def topic(self):
        """The procedure or condition the patient asked about, if any."""
        return self.procedure or self.condition

    @property
    def injury_context(self) -> list[str]:
        """What the description says of an injury that is not an emergency: a personal-injury or work case,
        an accident long ago. For staff only; read as of the day the request came in ("in March" then)."""
        if not self.description:
            return []
        received = timezone.localdate(self.created_at) if self.created_at else None
        return triage(self.description, today=received).injury_context


class Note(models.Model):
    consultation_request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    text = models.TextField(help_text="Seen by staff only. Notes cannot be changed once saved.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self):
        return f"Note on {self.consultation_request.reference}"


class Event(models.Model):
    """One entry of a request's history: who changed what, and when."""

    class Action(models.TextChoices):
        RECEIVED = "received", "Received"
        STATUS = "status", "Status changed"
        ASSIGNED = "assigned", "Assignment changed"
        URGENCY = "urgency", "Urgency changed"
        NOTICE_RESENT = "notice-resent", "Staff notice resent"
        ANONYMIZED = "anonymized", "Anonymized"
        CALL = "call", "Call recorded"
        TRIED_TO_REACH = "tried-to-reach", "Closed with a “we tried to reach you” email"

    consultation_request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="events"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty when the patient or the system did it.",
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    old_value = models.CharField("from", max_length=150, blank=True)
    new_value = models.CharField("to", max_length=150, blank=True)
    reason = models.CharField(
        max_length=300, blank=True, help_text="Why, when staff had to say (setting or clearing urgency)."
    )
    created_at = models.DateTimeField("when", auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = "history entry"
        verbose_name_plural = "history"

    def __str__(self):
        return f"{self.get_action_display()} on {self.consultation_request.reference}"


class Notification(models.Model):
    """One email about a request or a barrier report, and whether it has gone out. The state stops
    duplicates."""

    class Kind(models.TextChoices):
        STAFF_NOTICE = "staff-notice", "Staff notice"
        ACKNOWLEDGEMENT = "acknowledgement", "Patient acknowledgement"
        TRIED_TO_REACH = "tried-to-reach", "“We tried to reach you” to the patient"
        BARRIER_NOTICE = "barrier-notice", "Staff notice of an accessibility barrier"

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILING = "failing", "Failing, retrying"

    # Exactly one of the two: what the email is about.
    consultation_request = models.ForeignKey(
        ConsultationRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    barrier_report = models.ForeignKey(
        "BarrierReport", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation_request", "kind"], name="one_notification_per_kind"
            ),
            models.UniqueConstraint(
                fields=["barrier_report", "kind"], name="one_barrier_notification_per_kind"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["pending", "sent", "failing"]), name="notification_status_valid"
            ),
            models.CheckConstraint(
                condition=Q(consultation_request__isnull=False, barrier_report__isnull=True)
                | Q(consultation_request__isnull=True, barrier_report__isnull=False),
                name="notification_about_one_thing",
            ),
        ]

    def __str__(self):
        reference = (self.consultation_request or self.barrier_report).reference
        return f"{self.get_kind_display()} for {reference}: {self.get_status_display()}"


class NoticeRecipientQuerySet(models.QuerySet):
    def for_location(self, location):
        """The location's own recipients, or the default list when it has none."""
        active = self.filter(is_active=True)
        if location is not None:
            own = active.filter(location=location).values_list("email", flat=True)
            if own:
                return list(dict.fromkeys(own))
        return list(dict.fromkeys(active.filter(location__isnull=True).values_list("email", flat=True)))


class NoticeRecipient(models.Model):
    email = models.EmailField(help_text="A staff inbox that gets a notice for each new request.")
    location = models.ForeignKey(
        "procedures.Location",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Leave empty for the default list, used for requests with no location or for a "
        "location that has no recipients of its own.",
    )
    is_active = models.BooleanField(default=True)

    objects = NoticeRecipientQuerySet.as_manager()

    class Meta:
        ordering = ["location__name", "email"]
        constraints = [
            models.UniqueConstraint(fields=["email", "location"], name="notice_recipient_unique"),
        ]

    def __str__(self):
        return f"{self.email} ({self.location or 'default list'})"


class AccessLogEntry(models.Model):
    """Someone was shown consultation requests in the admin: which ones, how, and when."""

    class Kind(models.TextChoices):
        OPENED = "opened", "Opened a request"
        SAVED = "saved", "Saved a change to a request"
        LISTED = "listed", "Listed requests"
        SEARCHED = "searched", "Searched requests"
        EXPORTED = "exported", "Exported requests as CSV"
        HISTORY = "history", "Read a request's change history"
        DELETE_PAGE = "delete-page", "Delete page (asked to confirm, or deleted)"
        WORKED = "worked", "Worked a request in work mode"
        BARRIER_OPENED = "barrier-opened", "Opened an accessibility barrier report"
        BARRIER_SAVED = "barrier-saved", "Saved a change to an accessibility barrier report"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    username = models.CharField(
        "who",
        max_length=150,
        blank=True,
        help_text="The staff member's username, kept if the account is deleted.",
    )
    accessed_at = models.DateTimeField("when", auto_now_add=True, db_index=True)
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.OPENED,
        help_text="What the admin page showed or did.",
    )
    method = models.CharField(max_length=10, blank=True, help_text="The HTTP method of the request.")
    path = models.CharField(
        max_length=200,
        blank=True,
        help_text="The admin address, without the query string (searches stay out).",
    )
    search_reference = models.CharField(
        max_length=12,
        blank=True,
        help_text="The reference searched for. Other search terms (names, phones, emails) are never kept.",
    )
    request_count = models.PositiveIntegerField(
        "requests shown", default=0, help_text="How many requests the page named, whole or in part."
    )
    consultation_requests = models.ManyToManyField(
        ConsultationRequest, through="AccessedRequest", related_name="access_log"
    )

    class Meta:
        ordering = ["-accessed_at", "-id"]
        verbose_name = "access log entry"
        verbose_name_plural = "access log"

    def __str__(self):
        return f"{self.username} {self.get_kind_display().lower()} at {self.accessed_at:%Y-%m-%d %H:%M}"


class AccessedRequest(models.Model):
    """One request that an access log entry showed; its reference outlives the request's deletion."""

    entry = models.ForeignKey(AccessLogEntry, on_delete=models.CASCADE, related_name="rows")
    # No database constraint: a request deleted while its page was being made must not turn the log
    # write into an error. Deleting through Django still empties the link; the reference stays.
    consultation_request = models.ForeignKey(
        ConsultationRequest, null=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )
    reference = models.CharField(max_length=12)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        return self.reference


class CallAttempt(models.Model):
    """One call (or text) to the patient and how it went, recorded by the front desk in work mode."""

    class Outcome(models.TextChoices):
        NO_ANSWER = "no-answer", "No answer"
        VOICEMAIL = "voicemail", "Left voicemail"
        WRONG_NUMBER = "wrong-number", "Wrong number"
        SCHEDULED = "scheduled", "Reached: scheduled"
        CALL_BACK = "call-back", "Reached: call back later"
        NOT_INTERESTED = "not-interested", "Reached: not interested"
        SPAM = "spam", "Spam"

    UNANSWERED = [Outcome.NO_ANSWER, Outcome.VOICEMAIL]
    REACHED = [Outcome.SCHEDULED, Outcome.CALL_BACK, Outcome.NOT_INTERESTED]

    consultation_request = models.ForeignKey(
        ConsultationRequest, on_delete=models.CASCADE, related_name="attempts"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    at = models.DateTimeField("when", auto_now_add=True, db_index=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    note = models.TextField(blank=True, max_length=1000, help_text="Seen by staff only.")
    appointment_at = models.DateTimeField(
        null=True, blank=True, help_text="The appointment booked, for “Reached: scheduled”."
    )
    appointment_location = models.ForeignKey(
        "procedures.Location", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    callback_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the patient asked to be called back, for “Reached: call back later”.",
    )
    close_reason = models.CharField(
        max_length=200,
        blank=True,
        help_text="Why the patient is not interested, for “Reached: not interested”.",
    )

    class Meta:
        ordering = ["at", "id"]
        verbose_name = "call attempt"
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    outcome__in=[
                        "no-answer",
                        "voicemail",
                        "wrong-number",
                        "scheduled",
                        "call-back",
                        "not-interested",
                        "spam",
                    ]
                ),
                name="call_attempt_outcome_valid",
            ),
        ]

    def __str__(self):
        return f"{self.get_outcome_display()} on {self.consultation_request.reference}"


class DailyDigest(models.Model):
    """The front desk leads' digest of one day: its row is claimed before sending, so it goes out once."""

    day = models.DateField(unique=True, help_text="The clinic's local date the digest is for.")
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-day"]
        verbose_name = "daily digest"

    def __str__(self):
        return f"Digest for {self.day}"


class FrontDeskFigures(models.Model):
    """No table: the holder of the permission to see the front desk's speed-to-lead figures.

    A model of its own rather than a permission on ConsultationRequest's Meta, so that granting the
    figures never rewrites that model's options in a migration.
    """

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("view_front_desk_figures", "Can view the front desk's speed-to-lead figures")]
        verbose_name = "front desk figures"
        verbose_name_plural = "front desk figures"

    def __str__(self):
        return "Front desk figures"


class BarrierReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=BarrierReport.Status.OPEN)


class BarrierReport(models.Model):
    """A visitor's report of something on the site they could not use (the accessibility statement's form).

    The description and contact details may say something about the visitor's health or disability:
    they are shown only in the admin, whose views of them are in the access log, never in an email.
    """

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"
        SPAM = "spam", "Spam"

    reference = models.CharField(max_length=12, unique=True, editable=False)
    # As ConsultationRequest's: a form page resent after its server died is saved once.
    form_token_digest = models.CharField(max_length=64, unique=True, null=True, editable=False)  # noqa: DJ001 - NULL or unique
    page_path = models.CharField(
        "page",
        max_length=200,
        blank=True,
        help_text="The address on this site the visitor had trouble with; empty when they did not say.",
    )
    description = models.TextField(
        "what went wrong", max_length=2000, blank=True, help_text="In the visitor's words."
    )
    contact_name = models.CharField("name", max_length=120, blank=True)
    contact_email = models.EmailField("email", blank=True)
    contact_phone = PhoneNumberField("phone", blank=True)
    status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.OPEN,
        db_index=True,
        help_text="“Resolved” once the page is fixed, or the visitor was given what they needed another way.",
    )
    resolved_at = models.DateTimeField(null=True, blank=True, editable=False)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    anonymized_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="When the description and contact details were removed.",
    )
    created_at = models.DateTimeField("received", auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = BarrierReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "accessibility barrier report"
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["open", "resolved", "spam"]), name="barrier_report_status_valid"
            ),
        ]

    def __str__(self):
        return self.reference

    @property
    def page_shown(self) -> str:
        """The page as the staff email names it."""
        return self.page_path or "the website (no page given)"
