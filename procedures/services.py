"""A page's workflow, its whole life: working drafts, medical review, publishing and unpublishing.

Patients only ever read live rows. Editing a published page goes to its working draft, a second row
of the same kind pointing at it (Page.draft_of) with its own sections, FAQs and relations; publishing
copies the draft onto the live row, which keeps its id and address history, and deletes the draft.
A page that was never published is its own draft.

A page moves "Being written" → "Waiting for medical review" (assigned to a reviewer) → "Medically
approved" → published. The approval keeps a fingerprint of the medical text it saw: an edit that
changes that text sends the page back to "Being written". Every step is recorded as a PageEvent on
the live page, shown on its admin page.

Refusals raise PageWorkflowError (a ValidationError: its message is for the person who tried) or,
when the person may not take the step at all, PermissionDenied.

Also the image library's workflows, which write files outside the database (image_create, image_delete).
"""

import hashlib
import json
import secrets

import reversion
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.utils import timezone
from PIL import Image as PILImage
from reversion.models import Version

from . import image_files, page_cache, page_emails
from .models import FAQ, ClinicPage, Document, Image, Page, PageApproval, PageEvent, Physician, Section

ReviewState = Page.ReviewState
# Copied from a working draft onto its live page when it is published; the rest is the live row's own.
NOT_COPIED = {"id", "kind", "draft_of", "status", "created_at", "updated_at"}
# What an editor writes, restored from an earlier version (the review and publishing fields are not).
CONTENT_FIELDS = [
    "title",
    "slug",
    "summary",
    "introduction",
    "faq_heading",
    "seo_title",
    "review_interval_months",
]
# The same, for what a kind of page adds to them.
CHILD_CONTENT_FIELDS = {ClinicPage: ["medical_content", "notice"]}


def row_models(page: Page) -> tuple:
    """The models of a page's own rows, copied into its working draft and back: its sections and FAQs,
    and a clinic page's documents."""
    return (Section, FAQ, Document) if page.kind == Page.Kind.CLINIC_PAGE else (Section, FAQ)


class PageWorkflowError(ValidationError):
    """A workflow step refused; the message says why, for the person who tried."""


class PublishRefused(PageWorkflowError):
    """Publishing refused: not approved, already published, or its address is taken."""


def _concrete(page: Page) -> Page:
    """The page as a Procedure, Condition or ClinicPage, whichever it is."""
    if type(page) is not Page:
        return page
    return page.concrete_model.objects.get(pk=page.pk)


def _locked(page: Page) -> Page:
    """The page read afresh with its row locked until the transaction ends (a concurrent step waits)."""
    if not Page.objects.select_for_update().filter(pk=page.pk).exists():
        raise PageWorkflowError(
            "This page changed meanwhile: it was published or its draft discarded. Open the page again.",
            code="gone",
        )
    model = page.concrete_model
    return model.objects.select_related("approval__physician", "draft_of").get(pk=page.pk)


def _record(page: Page, kind: str, *, by, detail: str = "", reviewer=None) -> PageEvent:
    return PageEvent.objects.create(page=page.live_page, kind=kind, by=by, detail=detail, reviewer=reviewer)


def _can_edit(user: AbstractBaseUser, page: Page) -> bool:
    return user.has_perm(f"procedures.change_{page.model_name}")


def _require(allowed: bool, message: str) -> None:
    if not allowed:
        raise PermissionDenied(message)


def _who(user: AbstractBaseUser) -> str:
    physician = Physician.objects.for_user(user)
    return physician.name_with_credentials if physician else (user.get_full_name() or user.get_username())


def medical_text_fingerprint(page: Page) -> str:
    """A hash of what a physician signs off, as saved: title, summary, introduction, sections and FAQs."""
    text = {
        "title": page.title,
        "summary": page.summary,
        "introduction": page.introduction,
        "sections": list(Section.objects.filter(page=page).values_list("heading", "body")),
        "faqs": list(FAQ.objects.filter(page=page).values_list("question", "answer")),
    }
    return hashlib.sha256(json.dumps(text, ensure_ascii=False).encode()).hexdigest()


def is_approved(page: Page) -> bool:
    """Approved, and its medical text unchanged since."""
    return (
        page.review_state == ReviewState.APPROVED
        and page.approval_id is not None
        and page.approval.fingerprint == medical_text_fingerprint(page)
    )


def is_ready_to_publish(page: Page) -> bool:
    """Approved, or a page that needs no physician's sign-off (a clinic page with no medical content)."""
    return not _concrete(page).needs_medical_approval or is_approved(page)


def is_reviewer(user: AbstractBaseUser) -> bool:
    """A person who may approve pages: a member of "Medical reviewers" (or an administrator) with a
    physician record, whose name the public page will show."""
    return (
        user.is_active
        and user.has_perm("procedures.approve_page")
        and Physician.objects.for_user(user) is not None
    )


# Working drafts


def page_working_draft(page: Page, *, by: AbstractBaseUser) -> Page:
    """The row to edit: the working draft of a published page (made on first use), else the page itself."""
    page = _concrete(page)
    _require(_can_edit(by, page), "You may not edit pages.")
    if page.is_working_draft:
        return page
    with transaction.atomic():
        live = _locked(page)
        # An unpublished page may keep the working draft it had when it was taken off the site.
        existing = type(live).objects.filter(draft_of=live).first()
        if existing is not None:
            return existing
        return _draft_create(live) if live.is_published else live


def _draft_create(live: Page) -> Page:
    draft = type(live).objects.get(pk=live.pk)
    draft.pk = draft.id = None  # a new row in both tables (Django's way to copy a multi-table child)
    draft._state.adding = True
    draft.draft_of = live
    draft.status = Page.Status.DRAFT
    draft.save()
    for model in row_models(live):
        rows = list(model.objects.filter(page=live).order_by("position", "id"))
        for row in rows:
            row.pk = None
            row.page = draft
        # In order, so the copies' ids ascend as the originals' do (draft_row_ids relies on it).
        model.objects.bulk_create(rows)
    for field in type(live)._meta.many_to_many:
        getattr(draft, field.name).set(getattr(live, field.name).filter(draft_of__isnull=True))
    return draft


def draft_row_ids(live: Page, draft: Page) -> dict[str, dict[str, str]]:
    """For each of "section" and "faq": the id of each of the live page's rows → its copy's in the draft.

    Only meaningful right after the draft was made, before either changed.
    """
    ids = {}
    for model in row_models(live):
        ordered = ("position", "id")
        live_ids = model.objects.filter(page=live).order_by(*ordered).values_list("id", flat=True)
        draft_ids = model.objects.filter(page=draft).order_by(*ordered).values_list("id", flat=True)
        ids[model._meta.model_name] = {
            str(old): str(new) for old, new in zip(live_ids, draft_ids, strict=True)
        }
    return ids


def page_draft_discard(page: Page, *, by: AbstractBaseUser) -> Page:
    """Delete a working draft; the live page stays as it is. Return the live page."""
    page = _concrete(page)
    _require(_can_edit(by, page), "You may not edit pages.")
    with transaction.atomic():
        draft = _locked(page)
        if not draft.is_working_draft:
            raise PageWorkflowError("This page has no working draft to discard.", code="not_a_draft")
        _record(draft, PageEvent.Kind.DRAFT_DISCARDED, by=by)
        Document.objects.filter(page_id=draft.pk).delete()  # copies: the live page keeps its own
        draft.delete()
    return _concrete(draft.draft_of)


def page_version_restore(page: Page, *, by: AbstractBaseUser, version: Version) -> Page:
    """Put an earlier saved version of a live page into its working draft, and return the draft.

    Patients keep seeing the live page until the draft is published. The version's rows are read by
    reverting them inside a savepoint that is then rolled back, so the live rows never change.
    """
    page = _concrete(page)
    _require(_can_edit(by, page), "You may not edit pages.")
    with transaction.atomic():
        live = _locked(page.live_page)
        with transaction.atomic():
            version.revision.revert(delete=True)
            earlier = _content_of(type(live).objects.get(pk=live.pk))
            transaction.set_rollback(True)  # undo the revert of the live rows at once
        draft = page_working_draft(live, by=by)
        _content_apply(draft, earlier)
    page_edited(draft, by=by)
    return draft


def _content_of(page: Page) -> dict:
    return {
        "fields": {
            name: getattr(page, name) for name in CONTENT_FIELDS + CHILD_CONTENT_FIELDS.get(type(page), [])
        },
        "sections": list(Section.objects.filter(page=page).values("position", "heading", "body")),
        "faqs": list(FAQ.objects.filter(page=page).values("position", "question", "answer")),
        "relations": {
            field.name: list(getattr(page, field.name).without_working_drafts().values_list("pk", flat=True))
            for field in type(page)._meta.many_to_many
        },
    }


def _content_apply(page: Page, content: dict) -> None:
    for name, value in content["fields"].items():
        setattr(page, name, value)
    page.save()
    for model, key in ((Section, "sections"), (FAQ, "faqs")):
        model.objects.filter(page=page).delete()
        for row in content[key]:
            model.objects.create(page=page, **row)  # save() renders the Markdown
    for name, pks in content["relations"].items():
        getattr(page, name).set(pks)


def page_edited(page: Page, *, by: AbstractBaseUser) -> bool:
    """After an edit: if the medical text of a page in review or approved changed, send it back to
    "Being written" and return True. A notice whose wording the clinic had reviewed loses the mark if
    its text changed."""
    with transaction.atomic():
        page = _locked(page)
        _wording_review_clear_if_changed(page, by=by)
        if (
            page.review_state == ReviewState.DRAFT
            or medical_text_fingerprint(page) == page.review_fingerprint
        ):
            return False
        was = page.get_review_state_display().lower()
        _back_to_writing(page)
        _record(page, PageEvent.Kind.SENT_BACK, by=by, detail=f"The medical text changed while {was}.")
    return True


# The notices a clinic must post (#12 item 5): the clinic's own sign-off of their legal wording.


def notice_wording_mark_reviewed(page: Page, *, by: AbstractBaseUser) -> ClinicPage:
    """Record that the clinic reviewed this notice's wording as it now stands: the public page drops its
    draft banner (once this row is live) and `check --deploy` stops warning. Return the page."""
    _require(by.has_perm("procedures.publish_page"), "You may not mark a notice's wording as reviewed.")
    with transaction.atomic():
        page = _locked(_concrete(page))
        if not isinstance(page, ClinicPage) or not page.notice:
            raise PageWorkflowError(
                "Only one of the required notices has wording for the clinic to review.", code="not_a_notice"
            )
        page.wording_reviewed_at = timezone.now()
        page.wording_reviewed_by = by
        page.wording_reviewed_fingerprint = medical_text_fingerprint(page)
        page.save(
            update_fields=[
                "wording_reviewed_at",
                "wording_reviewed_by",
                "wording_reviewed_fingerprint",
                "updated_at",
            ]
        )
        detail = (
            "Of the working draft: patients see it once it is published." if page.is_working_draft else ""
        )
        _record(page, PageEvent.Kind.WORDING_REVIEWED, by=by, detail=detail)
    return page


def _wording_review_clear_if_changed(page: Page, *, by: AbstractBaseUser) -> None:
    if not isinstance(page, ClinicPage) or page.wording_reviewed_at is None:
        return
    if medical_text_fingerprint(page) == page.wording_reviewed_fingerprint:
        return
    page.wording_reviewed_at = page.wording_reviewed_by = None
    page.wording_reviewed_fingerprint = ""
    page.save(
        update_fields=[
            "wording_reviewed_at",
            "wording_reviewed_by",
            "wording_reviewed_fingerprint",
            "updated_at",
        ]
    )
    _record(page, PageEvent.Kind.WORDING_REVIEW_CLEARED, by=by, detail="The text changed after the review.")


def _back_to_writing(page: Page) -> None:
    page.review_state = ReviewState.DRAFT
    page.assigned_reviewer = None
    page.approval = None
    page.review_fingerprint = ""
    page.save(
        update_fields=["review_state", "assigned_reviewer", "approval", "review_fingerprint", "updated_at"]
    )


# Medical review


def page_submit_for_review(page: Page, *, by: AbstractBaseUser, reviewer: AbstractBaseUser) -> Page:
    """Ask `reviewer` to sign off the page's medical text; they get an email. Return the page in review.

    A published page's working draft is what is reviewed (made now if there is none); a page already
    waiting can be given to another reviewer.
    """
    page = page_working_draft(page, by=by)
    if not is_reviewer(reviewer):
        raise PageWorkflowError(
            "Choose a member of “Medical reviewers” whose account has a physician record.",
            code="not_a_reviewer",
        )
    with transaction.atomic():
        page = _locked(page)
        if page.review_state == ReviewState.APPROVED:
            raise PageWorkflowError(
                "This page is already approved: publish it, or change its text to have it reviewed again.",
                code="already_approved",
            )
        page.review_state = ReviewState.IN_REVIEW
        page.assigned_reviewer = reviewer
        page.approval = None
        page.review_fingerprint = medical_text_fingerprint(page)
        page.save(
            update_fields=[
                "review_state",
                "assigned_reviewer",
                "approval",
                "review_fingerprint",
                "updated_at",
            ]
        )
        event = _record(
            page, PageEvent.Kind.SUBMITTED, by=by, detail=f"To {_who(reviewer)}.", reviewer=reviewer
        )
        page_emails.review_request_enqueue(event)
    return page


def page_approve(page: Page, *, by: AbstractBaseUser) -> PageApproval:
    """Sign off the page's medical text as it is now: records who, when and a short approval number."""
    _require(by.has_perm("procedures.approve_page"), "Only medical reviewers approve pages.")
    physician = Physician.objects.for_user(by)
    if physician is None:
        raise PageWorkflowError(
            "Your account has no physician record, so the page could not name you as its reviewer. "
            "Ask an administrator to link your account to your physician record.",
            code="no_physician",
        )
    with transaction.atomic():
        page = _locked(_concrete(page))
        if page.review_state != ReviewState.IN_REVIEW:
            raise PageWorkflowError("This page is not waiting for a review.", code="not_in_review")
        fingerprint = medical_text_fingerprint(page)
        if fingerprint != page.review_fingerprint:
            raise PageWorkflowError(
                "The page's text changed since it was submitted: it goes back to the editors.", code="changed"
            )
        approval = _approval_create(
            page=page.live_page, physician=physician, approved_by=by, fingerprint=fingerprint
        )
        page.review_state = ReviewState.APPROVED
        page.approval = approval
        page.assigned_reviewer = None
        page.medical_reviewer = physician
        page.last_reviewed = timezone.localdate()
        page.save()
        _record(page, PageEvent.Kind.APPROVED, by=by, detail=f"{approval.number} by {physician}.")
    return approval


def _approval_create(**fields) -> PageApproval:
    for _ in range(5):
        try:
            with transaction.atomic():  # a savepoint: a clash of numbers leaves the outer transaction usable
                return PageApproval.objects.create(**fields)
        except IntegrityError:
            continue
    raise PageWorkflowError("Could not number the approval; please try again.", code="number")


def page_send_back(page: Page, *, by: AbstractBaseUser, reason: str) -> Page:
    """A reviewer returns a page in review (or withdraws an approval not yet published) with a reason."""
    _require(by.has_perm("procedures.approve_page"), "Only medical reviewers send pages back.")
    reason = (reason or "").strip()
    if not reason:
        raise PageWorkflowError("Say what needs to change, for the editors.", code="reason_required")
    with transaction.atomic():
        page = _locked(_concrete(page))
        if page.review_state == ReviewState.DRAFT:
            raise PageWorkflowError("This page is not waiting for a review.", code="not_in_review")
        _back_to_writing(page)
        _record(page, PageEvent.Kind.SENT_BACK, by=by, detail=reason)
    return page


# Publishing


def page_publish(page: Page, *, by: AbstractBaseUser, override_reason: str = "") -> Page:
    """Publish an approved page or working draft and return the live page.

    A working draft's copy, sections, FAQs and relations replace the live page's, which keeps its id
    (a changed address redirects from the old one, as Page.save does). Without an approval only an
    administator (superuser) publishes, giving a reason that is recorded.
    """
    _require(by.has_perm("procedures.publish_page"), "You may not publish pages.")
    override_reason = (override_reason or "").strip()
    with transaction.atomic():
        page = _locked(_concrete(page))
        if not page.is_working_draft and page.is_published:
            draft = type(page).objects.filter(draft_of=page).first()
            if draft is None:
                raise PublishRefused(
                    "This page is already published, with no changes waiting.", code="published"
                )
            page = _locked(draft)
        override = not is_ready_to_publish(page)
        if override:
            if not by.is_superuser:
                raise PublishRefused(
                    "This page needs a medical reviewer's approval of its current text before it is "
                    "published.",
                    code="not_approved",
                )
            if not override_reason:
                raise PublishRefused(
                    "To publish without a medical approval, give the reason; it is recorded.",
                    code="reason_required",
                )
        taken = Page.objects.filter(slug=page.slug, language=page.language, draft_of__isnull=True).exclude(
            pk=page.live_page.pk
        )
        if taken.exists():
            raise PublishRefused(
                f"Another page already has the address “{page.slug}”: change this page's address first.",
                code="slug_taken",
            )
        if isinstance(page, ClinicPage) and (notice_page := page.notice_taken_by()):
            raise PublishRefused(
                f"“{notice_page.title}” is already the page of this notice: choose no notice here first.",
                code="notice_taken",
            )
        live = _draft_onto_live(page) if page.is_working_draft else page
        if override:
            # The published text has no approval: nobody's review is pending on it any more, and the
            # page no longer says a physician reviewed it (the review line, reviewedBy): it is due for
            # a review now. The earlier review stays in the page's log and history.
            live.review_state = ReviewState.DRAFT
            live.assigned_reviewer = live.approval = None
            live.review_fingerprint = ""
            live.medical_reviewer = live.last_reviewed = None
        live.status = Page.Status.PUBLISHED
        live.save()
        kind = PageEvent.Kind.PUBLISHED_OVERRIDE if override else PageEvent.Kind.PUBLISHED
        if override:
            detail = override_reason
        elif live.approval_id and is_approved(live):
            detail = f"Approval {live.approval.number}."
        else:
            detail = "No medical review needed: the page gives no medical information."
        _record(live, kind, by=by, detail=detail)
        with reversion.create_revision():
            reversion.set_user(by)
            reversion.set_comment(
                f"Published without approval: {override_reason}" if override else "Published."
            )
            reversion.add_to_revision(live)
        transaction.on_commit(page_cache.invalidate_all)
    return live


def _draft_onto_live(draft: Page) -> Page:
    live = _locked(draft.draft_of)
    for field in type(draft)._meta.concrete_fields:
        if not field.primary_key and field.name not in NOT_COPIED:
            setattr(live, field.attname, getattr(draft, field.attname))
    for model in row_models(draft):
        if model is Document:
            _documents_onto_live(draft, live)
            continue
        model.objects.filter(page=live).delete()
        model.objects.filter(page=draft).update(page=live)
    for field in type(draft)._meta.many_to_many:
        getattr(live, field.name).set(getattr(draft, field.name).filter(draft_of__isnull=True))
    draft.delete()
    return live


def _documents_onto_live(draft: Page, live: Page) -> None:
    """The draft's documents replace the live page's. A document whose file is unchanged keeps its live
    row, and so its address (/documents/<id>/), which patients may have saved or printed."""
    live_by_file = {document.file.name: document for document in Document.objects.filter(page=live)}
    for document in Document.objects.filter(page=draft):
        kept = live_by_file.pop(document.file.name, None)
        if kept is None:
            document.page_id = live.pk
            document.save(update_fields=["page"])
            continue
        kept.title, kept.position = document.title, document.position
        kept.save(update_fields=["title", "position"])
        document.delete()
    # Removed in the draft: off the page. The file stays, as a revision may still name it.
    Document.objects.filter(pk__in=[document.pk for document in live_by_file.values()]).delete()


def document_add(document: Document) -> Document:
    """Save a new document added to a page from the Documents list: on the page at once, and on its
    working draft too if it has one, so that publishing the draft keeps it (the draft's documents
    replace the page's)."""
    with transaction.atomic():
        document.save()
        draft = ClinicPage.objects.filter(draft_of_id=document.page_id).first() if document.page_id else None
        if draft is not None:
            Document.objects.create(
                title=document.title, file=document.file.name, page=draft, position=document.position
            )
    return document


def page_unpublish(page: Page, *, by: AbstractBaseUser) -> Page:
    """Take a page off the site: its address answers "not found" and redirects nowhere. A working
    draft stays, to publish later."""
    _require(by.has_perm("procedures.publish_page"), "You may not unpublish pages.")
    with transaction.atomic():
        live = _locked(_concrete(page).live_page)
        if not live.is_published:
            raise PageWorkflowError("This page is not published.", code="not_published")
        live.status = Page.Status.DRAFT
        live.save()
        _record(live, PageEvent.Kind.UNPUBLISHED, by=by)
        with reversion.create_revision():
            reversion.set_user(by)
            reversion.set_comment("Unpublished.")
            reversion.add_to_revision(live)
        transaction.on_commit(page_cache.invalidate_all)
    return live


def image_create(*, image: Image, picture: PILImage.Image, original_name: str) -> Image:
    """Store a checked picture without its metadata, with its renditions, and save `image` (alt text set).

    The files go first, under a folder name no one can guess; if saving the row then fails, they are
    deleted again, so a failed upload leaves nothing behind.
    """
    folder = f"images/{secrets.token_hex(16)}"
    written = []
    try:
        renditions: dict[str, list] = {}
        for encoded in image_files.files_encode(image_files.picture_clean(picture)):
            name = "original" if encoded.kind == "original" else str(encoded.width)
            stored = default_storage.save(
                f"{folder}/{name}.{encoded.extension}", ContentFile(encoded.content)
            )
            written.append(stored)
            if encoded.kind == "original":
                image.file.name, image.width, image.height = stored, encoded.width, encoded.height
            else:
                renditions.setdefault(encoded.kind, []).append([encoded.width, encoded.height, stored])
        image.renditions = renditions
        image.original_name = original_name[: Image._meta.get_field("original_name").max_length]
        with transaction.atomic():
            image.save()
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise
    return image


def image_delete(image: Image) -> None:
    """Delete an image no page uses, and its files once the deletion is committed."""
    names = [image.file.name] + [name for sizes in image.renditions.values() for *_, name in sizes]
    with transaction.atomic():
        image.delete()
        transaction.on_commit(lambda: [default_storage.delete(name) for name in names])


# Translations (issue #13): a page in another language is a Page row of its own.


def page_translation_create(page: Page, *, by: AbstractBaseUser, language: str) -> Page:
    """Start the `language` version of an English page: a new unpublished row, "Being written", with a
    copy of the English text, sections and FAQs for the translator to replace, linked to the versions
    in `language` of the English page's related pages. Return it."""
    page = _concrete(page).live_page
    _require(_can_edit(by, page), "You may not edit pages.")
    if page.language != "en" or language == "en":
        raise PageWorkflowError(
            "Only an English page gets a version in another language.", code="not_english"
        )
    model = type(page)
    with transaction.atomic(), reversion.create_revision():
        _locked(page)
        if model.objects.filter(translation_of=page, language=language, draft_of__isnull=True).exists():
            raise PageWorkflowError("This page already has that version: open it instead.", code="exists")
        if Page.objects.filter(slug=page.slug, language=language, draft_of__isnull=True).exists():
            raise PageWorkflowError(
                f"Another page in that language already has the address “{page.slug}”.", code="slug_taken"
            )
        extra = (
            {"medical_content": page.medical_content, "notice": page.notice} if model is ClinicPage else {}
        )
        translation = model.objects.create(
            **extra,
            language=language,
            translation_of=page,
            title=page.title,
            slug=page.slug,
            summary=page.summary,
            introduction=page.introduction,
            faq_heading=page.faq_heading,
            seo_title=page.seo_title,
            hero_image=page.hero_image,
            review_interval_months=page.review_interval_months,
            status=Page.Status.DRAFT,
        )
        for row_model, fields in (
            (Section, ("position", "heading", "body", "image_id")),
            (FAQ, ("position", "question", "answer")),
        ):
            for row in row_model.objects.filter(page=page).order_by("position", "id"):
                row_model.objects.create(page=translation, **{field: getattr(row, field) for field in fields})
        for field in model._meta.many_to_many:
            versions = field.related_model.objects.without_working_drafts().filter(
                language=language, translation_of__in=getattr(page, field.name).all()
            )
            getattr(translation, field.name).set(versions)
        reversion.set_user(by)
        reversion.set_comment(
            "Spanish version started from the English page." if language == "es" else "Translation started."
        )
        reversion.add_to_revision(translation)
    return translation
