"""Pages with medically approved changes, made by the workflow's own services as editors and reviewers do."""

from procedures import services
from procedures.models import Page
from tests.factories import EditorFactory, MedicalReviewerFactory


def approved_changes(page: Page, **changes) -> Page:
    """The working draft of live `page` (or `page` itself, never published) with `changes`, approved."""
    editor, reviewer = EditorFactory(), MedicalReviewerFactory()
    draft = services.page_working_draft(page, by=editor)
    for name, value in changes.items():
        setattr(draft, name, value)
    draft.save()
    draft = services.page_submit_for_review(draft, by=editor, reviewer=reviewer)
    services.page_approve(draft, by=reviewer)
    draft.refresh_from_db()
    return draft
