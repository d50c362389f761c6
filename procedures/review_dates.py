"""Which published pages need a medical review soon, in the words the report and the weekly email use.

"Due" itself is defined once, by Page.review_due_on and the PageQuerySet methods; this module only
picks the published pages due within REVIEW_NOTICE_DAYS and says when, for people.
Overdue pages stay published: a late review is the editors' to-do, not a reason to hide a page.
"""

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils.timesince import timesince, timeuntil

from .models import Page

# How far ahead the report and the email look: time to book a physician's review before it falls due.
REVIEW_NOTICE_DAYS = 30


@dataclass(frozen=True)
class DueReview:
    page: Page
    is_overdue: bool
    when: str  # "Overdue by 3 weeks", "Due in 12 days", "Never reviewed"…

    @property
    def admin_path(self) -> str:
        return reverse(f"admin:procedures_{self.page.model_name}_change", args=[self.page.pk])

    @property
    def reviewer(self) -> str:
        reviewer = self.page.medical_reviewer
        if reviewer is None:
            return "Nobody named"
        return f"{reviewer.name} (placeholder)" if reviewer.is_placeholder else reviewer.name_with_credentials


def due_in_words(page: Page, today: datetime.date) -> str:
    return _due_in_words(page, today).replace("\xa0", " ")  # timesince's no-break spaces: plain in an email


def _due_in_words(page: Page, today: datetime.date) -> str:
    due_on = page.review_due_on
    if page.has_placeholder_reviewer:
        return "Never reviewed by a physician"
    if due_on is None:
        return "Never reviewed"
    if due_on < today:
        return f"Overdue by {timesince(due_on, today, depth=1)}"
    if due_on == today:
        return "Due today"
    return f"Due in {timeuntil(due_on, today, depth=1)}"


def reviews_due(*, today: datetime.date) -> list[DueReview]:
    """Published pages overdue for review (never reviewed first), then those due within the notice period."""
    pages = (
        Page.objects.published()
        .review_due_by(today + datetime.timedelta(days=REVIEW_NOTICE_DAYS))
        .by_review_due_date()
        .select_related("medical_reviewer")
    )
    return [DueReview(page, page.review_is_overdue(today), due_in_words(page, today)) for page in pages]
