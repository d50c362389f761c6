"""A page's versions in other languages, in the admin (issue #13): the "Spanish version" box on an
English page's form (its state and a link, or a button that starts it), and the "Translating from
English" panel on a Spanish page's form. Starting one calls procedures/services.py
(page_translation_create)."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from . import services
from .models import FAQ, Page, Section
from .workflow_admin import change_url

SPANISH = "es"
STATES = {
    Page.ReviewState.DRAFT: "Being written",
    Page.ReviewState.IN_REVIEW: "In medical review",
    Page.ReviewState.APPROVED: "Approved, not yet published",
}


def _add_url(page: Page) -> str:
    return reverse(f"admin:procedures_{page.model_name}_add_translation", args=[page.pk])


def translation_state(translation: Page) -> str:
    """None / being written / in review / approved / published, in words, for the box."""
    editing = translation.concrete_model.objects.filter(draft_of=translation).first() or translation
    if translation.is_published:
        if editing is translation:
            return "Published"
        return f"Published; changes {STATES[editing.review_state].lower()}"
    return STATES[editing.review_state]


def translation_box(request, page: Page | None) -> dict | None:
    """What the English page's "Spanish version" box says, or None for a page in another language."""
    if page is None or not page.pk or page.language != "en":
        return None
    live = page.live_page
    translation = Page.objects.filter(translation_of=live, language=SPANISH, draft_of__isnull=True).first()
    return {
        "translation": translation,
        "state": translation_state(translation) if translation else "None",
        "change_url": change_url(translation) if translation else "",
        "add_url": _add_url(live),
        "can_add": request.user.has_perm(f"procedures.change_{page.model_name}"),
    }


def translator_panel(page: Page | None) -> dict | None:
    """The English text of a Spanish page, read-only, for the translator."""
    if page is None or not page.pk or page.language == "en" or page.live_page.translation_of_id is None:
        return None
    english = page.live_page.translation_of
    return {
        "page": english,
        "change_url": change_url(english),
        "sections": list(Section.objects.filter(page=english).order_by("position", "id")),
        "faqs": list(FAQ.objects.filter(page=english).order_by("position", "id")),
    }


def urls(model_admin) -> list:
    name = model_admin.model._meta.model_name

    @require_POST
    def add_translation(request, object_id):
        page = model_admin.get_object(request, unquote(object_id))
        if page is None:
            raise Http404("No such page.")
        try:
            translation = services.page_translation_create(page, by=request.user, language=SPANISH)
        except services.PageWorkflowError as refusal:
            messages.error(request, refusal.messages[0])
            return HttpResponseRedirect(change_url(page))
        messages.success(
            request,
            f"The Spanish version of “{page.title}” was started from a copy of the English text: translate "
            "each field (the English stays shown above the form), give it a Spanish address, then send it "
            "for medical review like any page.",
        )
        return HttpResponseRedirect(change_url(translation))

    view = model_admin.admin_site.admin_view(add_translation)
    return [path("<path:object_id>/add-translation/", view, name=f"procedures_{name}_add_translation")]
