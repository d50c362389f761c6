"""The clinic's sign-off of a notice's wording, in the admin: a box above a notice page's form, and its
button's view. Marking calls procedures/services.py (notice_wording_mark_reviewed)."""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.views.decorators.http import require_POST

from . import services
from .models import ClinicPage


def _mark_url(page: ClinicPage) -> str:
    return reverse("admin:procedures_clinicpage_wording_reviewed", args=[page.pk])


def review_box(request, page: ClinicPage | None) -> dict | None:
    """What the box says of a notice page: reviewed by whom and when, or a draft; and the button."""
    if page is None or not page.pk or not page.notice:
        return None
    return {
        "page": page,
        "label": ClinicPage.Notice(page.notice).label,
        "can_mark": request.user.has_perm("procedures.publish_page"),
        "mark_url": _mark_url(page),
    }


def urls(model_admin) -> list:
    @require_POST
    def mark_reviewed(request, object_id):
        page = model_admin.get_object(request, unquote(object_id))
        if page is None:
            raise Http404("No such page.")
        try:
            services.notice_wording_mark_reviewed(page, by=request.user)
        except services.PageWorkflowError as refusal:
            messages.error(request, refusal.messages[0])
        else:
            where = "once the working draft is published" if page.is_working_draft else "now"
            messages.success(
                request,
                f"The wording of “{page}” is marked reviewed by the clinic: patients no longer see the draft "
                f"banner {where}. A later change to its text clears the mark.",
            )
        return HttpResponseRedirect(reverse("admin:procedures_clinicpage_change", args=[page.pk]))

    view = model_admin.admin_site.admin_view(mark_reviewed)
    return [path("<path:object_id>/wording-reviewed/", view, name="procedures_clinicpage_wording_reviewed")]
