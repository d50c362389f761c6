"""STAND-IN until feat/workflow merges: the signatures of WORKFLOW_DESIGN.md, just enough for scheduling.

feat/workflow owns this module; on merging it, take its version whole (git checkout --theirs).
"""

from django.core.exceptions import ValidationError
from django.db import transaction

from .models import Page


class PublishRefused(ValidationError):
    pass


@transaction.atomic
def page_publish(page: Page, *, by, override_reason: str = "") -> Page:
    if page.review_state != Page.ReviewState.APPROVED and not override_reason:
        raise PublishRefused("Only a medically approved page can be published.", code="not_approved")
    live = page.draft_of or page
    if page.draft_of_id:
        for field in ("title", "summary", "introduction"):
            setattr(live, field, getattr(page, field))
        live.sections.all().delete()
        page.sections.update(page=live)
        page.delete()
    live.status = Page.Status.PUBLISHED
    live.review_state = Page.ReviewState.APPROVED
    live.save()
    return live


@transaction.atomic
def page_unpublish(page: Page, *, by) -> None:
    page.status = Page.Status.DRAFT
    page.save()
