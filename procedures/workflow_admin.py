"""The page workflow in the admin: where a page stands, the buttons for its next step and their views.

On each page's form a status box says where the page stands and offers the next one or two steps as
plain forms (POST with CSRF, no JavaScript). Unpublishing and discarding a working draft ask first.
Reviewers have a "Waiting for my review" list. Every step is a call to procedures/services.py.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from . import page_compare_admin, services, views
from .models import ClinicPage, Condition, Page, PageEvent, Physician, Procedure

ReviewState = Page.ReviewState
# How a page's review state reads after "Live — changes …" or "Not published — …".
STATE_PHRASES = {
    ReviewState.DRAFT: "being written",
    ReviewState.IN_REVIEW: "waiting for medical review",
    ReviewState.APPROVED: "approved, ready to publish",
}
PREVIEW_VIEWS = {
    Procedure: views.ProcedurePreviewView,
    Condition: views.ConditionPreviewView,
    ClinicPage: views.ClinicPagePreviewView,
}


def change_url(page: Page) -> str:
    return reverse(f"admin:procedures_{page.model_name}_change", args=[page.pk])


def step_url(page: Page, step: str) -> str:
    return reverse(f"admin:procedures_{page.model_name}_{step}", args=[page.pk])


def working_draft_of(page: Page) -> Page | None:
    if page.is_working_draft:
        return None
    return page.concrete_model.objects.filter(draft_of=page).first()


def state_label(page: Page) -> str:
    """Where a page stands in a word or three, for the page list: "Live", "Live — changes being written"…"""
    try:
        draft = page.working_draft
    except Page.working_draft.RelatedObjectDoesNotExist:
        draft = None
    if page.is_published:
        if draft is None:
            return (
                "Live" if page.review_state != ReviewState.IN_REVIEW else "Live — waiting for medical review"
            )
        return f"Live — changes {STATE_PHRASES[draft.review_state]}"
    return f"Not published — {STATE_PHRASES[(draft or page).review_state]}"


def _latest(page: Page, kind: str) -> PageEvent | None:
    return PageEvent.objects.filter(page=page.live_page, kind=kind).select_related("by").first()


def status(request, page: Page) -> dict:
    """The status box of a page's form: where it stands, what to do next and who may do it."""
    user = request.user
    live = page.live_page
    can_edit = user.has_perm(f"procedures.change_{page.model_name}")
    can_publish = user.has_perm("procedures.publish_page")
    can_approve = user.has_perm("procedures.approve_page")
    approved = services.is_approved(page)
    # A clinic page with no medical information is published by an editor, with no physician's sign-off.
    needs_review = page.needs_medical_approval
    ready = approved or not needs_review
    in_review = page.review_state == ReviewState.IN_REVIEW
    reviewers = list(Physician.objects.reviewers()) if can_edit and needs_review and not approved else []
    return {
        "page": page,
        "live": live,
        "can_edit": can_edit,
        "is_working_draft": page.is_working_draft,
        "live_is_published": live.is_published,
        "approved": approved,
        "needs_review": needs_review,
        "in_review": in_review,
        "being_written": page.review_state == ReviewState.DRAFT,
        "submitted": _latest(page, PageEvent.Kind.SUBMITTED) if in_review else None,
        "sent_back": _latest(page, PageEvent.Kind.SENT_BACK)
        if page.review_state == ReviewState.DRAFT
        else None,
        "assigned_to_me": in_review and page.assigned_reviewer_id == user.pk,
        "assigned_physician": Physician.objects.filter(user_id=page.assigned_reviewer_id).first(),
        "reviewers": reviewers,
        "can_submit": can_edit and not approved and bool(reviewers),
        "no_reviewers": can_edit and needs_review and not approved and not reviewers,
        "can_review": can_approve and in_review,
        "can_publish": can_publish and ready and (page.is_working_draft or not page.is_published),
        "can_override": user.is_superuser and not ready and (page.is_working_draft or not page.is_published),
        "can_unpublish": can_publish and live.is_published,
        "can_discard": can_edit and page.is_working_draft,
        "preview_url": step_url(page, "preview"),
        # What a working draft changes, word by word, against what patients read now.
        "compare_url": page_compare_admin.compare_url(
            page.kind,
            old=page_compare_admin.page_reference(live),
            new=page_compare_admin.page_reference(page),
        )
        if page.is_working_draft
        else "",
        "live_url": live.get_absolute_url() if live.is_published else "",
        "events": PageEvent.objects.filter(page=live).select_related("by")[:20],
        "step_urls": {
            step: step_url(page, step)
            for step in ("submit", "approve", "send_back", "publish", "unpublish", "discard")
        },
    }


def _page(model_admin, request, object_id) -> Page:
    page = model_admin.get_object(request, unquote(object_id))
    if page is None or not model_admin.has_view_permission(request, page):
        raise Http404("No such page.")
    return page


def _step(model_admin, request, object_id, act):
    """Run one step, with its message; back to the page's form (or where `act` says), never a 500."""
    page = _page(model_admin, request, object_id)
    try:
        message, destination = act(page)
    except services.PageWorkflowError as refusal:
        messages.error(request, " ".join(refusal.messages))
        destination = page
    else:
        messages.success(request, message)
    return HttpResponseRedirect(change_url(destination))


@require_POST
def submit_view(request, object_id, *, model_admin):
    def act(page):
        reviewer = get_user_model().objects.filter(pk=request.POST.get("reviewer") or None).first()
        if reviewer is None:
            raise services.PageWorkflowError("Choose the physician who should review the page.")
        page = services.page_submit_for_review(page, by=request.user, reviewer=reviewer)
        who = Physician.objects.for_user(reviewer)
        return f"Sent to {who} for medical review; they get an email. You can keep editing meanwhile.", page

    return _step(model_admin, request, object_id, act)


@require_POST
def approve_view(request, object_id, *, model_admin):
    def act(page):
        approval = services.page_approve(page, by=request.user)
        return f"Approved: approval number {approval.number}. An editor can now publish the page.", page

    return _step(model_admin, request, object_id, act)


@require_POST
def send_back_view(request, object_id, *, model_admin):
    def act(page):
        page = services.page_send_back(page, by=request.user, reason=request.POST.get("reason", ""))
        return "Sent back to the editors with your reason.", page

    return _step(model_admin, request, object_id, act)


@require_POST
def publish_view(request, object_id, *, model_admin):
    def act(page):
        reason = request.POST.get("override_reason", "")
        live = services.page_publish(page, by=request.user, override_reason=reason)
        return format_html(
            'Published: patients now see “{}” at <a href="{}">{}</a>.',
            live.title,
            live.get_absolute_url(),
            live.get_absolute_url(),
        ), live

    return _step(model_admin, request, object_id, act)


def _confirmation(model_admin, request, page, *, template, title, confirm):
    if request.method == "POST":
        return _step(model_admin, request, str(page.pk), confirm)
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "opts": model_admin.model._meta,
        "page": page,
        "live": page.live_page,
        "change_url": change_url(page),
    }
    return TemplateResponse(request, template, context)


def unpublish_view(request, object_id, *, model_admin):
    page = _page(model_admin, request, object_id)
    if not request.user.has_perm("procedures.publish_page"):
        raise PermissionDenied

    def confirm(page):
        live = services.page_unpublish(page, by=request.user)
        return f"Unpublished: “{live.title}” is no longer on the site. Its address leads nowhere.", page

    return _confirmation(
        model_admin,
        request,
        page,
        template="admin/procedures/page_unpublish_confirm.html",
        title=f"Unpublish “{page.live_page.title}”?",
        confirm=confirm,
    )


def discard_view(request, object_id, *, model_admin):
    page = _page(model_admin, request, object_id)
    if not model_admin.has_change_permission(request, page):
        raise PermissionDenied

    def confirm(page):
        live = services.page_draft_discard(page, by=request.user)
        return "The working draft was discarded. Patients see the published page, unchanged.", live

    return _confirmation(
        model_admin,
        request,
        page,
        template="admin/procedures/page_discard_confirm.html",
        title=f"Discard the working draft of “{page.title}”?",
        confirm=confirm,
    )


def preview_view(request, object_id, *, model_admin):
    """The page row (a working draft too) as patients would see it, with a banner saying what it is."""
    _page(model_admin, request, object_id)
    return PREVIEW_VIEWS[model_admin.model].as_view()(request, pk=object_id)


def waiting_for_review_view(request, *, admin_site):
    """The pages waiting for the logged-in reviewer's review, the longest waiting first."""
    if not request.user.has_perm("procedures.approve_page"):
        raise PermissionDenied
    pages = Page.objects.waiting_for(request.user).select_related("draft_of")
    submitted = {
        event.page_id: event
        for event in PageEvent.objects.filter(
            kind=PageEvent.Kind.SUBMITTED, page__in=[page.live_page.pk for page in pages]
        ).select_related("by")
    }
    rows = [
        {
            "page": page,
            "kind": page.get_kind_display(),
            "submitted": submitted.get(page.live_page.pk),
            "change_url": change_url(page),
            "preview_url": step_url(page, "preview"),
            # What a working draft changes, word by word, against what patients read now.
            "compare_url": page_compare_admin.compare_url(
                page.kind,
                old=page_compare_admin.page_reference(page.live_page),
                new=page_compare_admin.page_reference(page),
            )
            if page.is_working_draft
            else "",
            "is_working_draft": page.is_working_draft,
        }
        for page in pages
    ]
    rows.sort(key=lambda row: row["submitted"].at if row["submitted"] else row["page"].updated_at)
    context = {
        **admin_site.each_context(request),
        "title": "Waiting for my review",
        "opts": Procedure._meta,
        "rows": rows,
    }
    return TemplateResponse(request, "admin/procedures/waiting_for_review.html", context)


STEP_VIEWS = {
    "submit": submit_view,
    "approve": approve_view,
    "send_back": send_back_view,
    "publish": publish_view,
    "unpublish": unpublish_view,
    "discard": discard_view,
    "preview": preview_view,
}


def urls(model_admin) -> list:
    """Each step's URL for this kind of page: /admin/procedures/<kind>/<id>/<step>/."""
    site, name = model_admin.admin_site, model_admin.model._meta.model_name
    return [
        path(
            f"<path:object_id>/{step.replace('_', '-')}/",
            site.admin_view(view),
            {"model_admin": model_admin},
            name=f"procedures_{name}_{step}",
        )
        for step, view in STEP_VIEWS.items()
    ]


def waiting_for_review_urls(model_admin) -> list:
    site = model_admin.admin_site
    return [
        path(
            "waiting-for-review/",
            site.admin_view(waiting_for_review_view),
            {"admin_site": site},
            name="procedures_waiting_for_review",
        )
    ]
