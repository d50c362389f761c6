import time
from urllib.parse import urlsplit

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.generic import FormView, TemplateView

from clinic.client_address import client_address
from procedures import page_cache
from procedures.models import Condition, Procedure

from . import form_page, services, spam
from .forms import ConsultationRequestForm, site_path
from .models import ConsultationRequest

THANKS_SALT = "consultations.thanks"
# The confirmation can carry urgent advice about what the patient wrote: anyone else holding its
# address (a shared computer's history) should find it gone soon after.
THANKS_MAX_AGE = 15 * 60
SENT_BEFORE = _(
    "We already have the request sent from this page. "
    "To send another, check your details and press “Send request” again."
)
# Enough for every field at its longest in any script, URL-encoded; anything bigger is not a patient.
MAX_BODY_BYTES = 32 * 1024


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class ConsultationRequestView(FormView):
    """The patient's form. Never cached: it carries a CSRF token and, after an error, what was typed."""

    form_class = ConsultationRequestForm
    template_name = "consultations/request_form.html"
    http_method_names = ["get", "post", "head"]

    def get(self, request, *args, **kwargs):
        # The page as first opened is the same for everyone but for three values (form_page.py).
        initial = self.get_initial()
        generation = page_cache.current_generation()
        language = request.LANGUAGE_CODE
        page = form_page.kept_page(generation, initial.get("topic"), language=language)
        if page is not None:
            started = spam.form_started_token()
            return HttpResponse(
                form_page.filled(page, request=request, started=started, came_from=initial["came_from"])
            )
        response = super().get(request, *args, **kwargs).render()
        form_page.keep(
            generation,
            topic=initial.get("topic"),
            language=language,
            form=response.context_data["form"],
            html=response.text,
        )
        return response

    def post(self, request, *args, **kwargs):
        length = request.META.get("CONTENT_LENGTH") or "0"
        if not length.isdigit() or int(length) > MAX_BODY_BYTES:
            return render(request, "consultations/too_large.html", status=413)
        return super().post(request, *args, **kwargs)

    def get_initial(self):
        initial = super().get_initial()
        for kind in ("procedure", "condition"):
            slug = self.request.GET.get(kind)
            if slug:
                # An unknown slug matches no choice, so the form simply shows nothing pre-selected.
                initial["topic"] = f"{kind}:{slug}"
        initial["came_from"] = self._referring_path()
        return initial

    def get_context_data(self, **kwargs):
        return super().get_context_data(retention_days=settings.CONSULTATION_RETENTION_DAYS, **kwargs)

    def _referring_path(self) -> str:
        referer = urlsplit(self.request.META.get("HTTP_REFERER", ""))
        if referer.netloc != self.request.get_host() or referer.path == self.request.path:
            return ""
        return site_path(referer.path)

    def form_valid(self, form):
        if not spam.allow_submission(client_address(self.request)):
            return self.render_to_response(self.get_context_data(form=form, rate_limited=True), status=429)
        token = form.submitted_token
        earlier = spam.claim_form_token(token)
        if earlier is not None:
            return self._sent_before(form, earlier)
        try:
            reference = self._create(form)
        except services.AlreadySent as already:
            # Its server died before it could note the token in the shared cache, or the cache is down.
            earlier = already.consultation_request
            record = {"reference": earlier.reference, "accepted_at": earlier.created_at.timestamp()}
            return self._sent_before(form, {**record, "sent_digest": form.sent_digest})
        except BaseException:
            spam.release_form_token(token)
            raise
        spam.record_form_token_use(token, reference, form.sent_digest)
        return redirect("consultations:thanks", token=thanks_token(reference))

    def _sent_before(self, form, earlier):
        """A second send of one page: the first one's confirmation if nothing changed (a double click)
        and it is recent; else the form back with a note, and one more press sends it."""
        unchanged = earlier.get("sent_digest") == form.sent_digest
        if unchanged and time.time() - earlier["accepted_at"] < THANKS_MAX_AGE:
            return redirect("consultations:thanks", token=thanks_token(earlier["reference"]))
        form.add_error(None, ValidationError(SENT_BEFORE, code="sent_before"))
        return self.form_invalid(form)

    def _create(self, form) -> str:
        data = form.cleaned_data
        topic = data["topic"]
        consultation_request = services.consultation_request_create(
            first_name=data["first_name"],
            last_name=data["last_name"],
            phone=data["phone"],
            email=data["email"],
            contact_method=data["contact_method"],
            best_time=data["best_time"],
            location=data.get("location"),
            procedure=topic if isinstance(topic, Procedure) else None,
            condition=topic if isinstance(topic, Condition) else None,
            insurance=data["insurance"],
            insurance_label=form.insurance_label,
            description=data["description"],
            heard_about=data["heard_about"],
            source_path=data["came_from"],
            # A robot that filled the hidden field sees the usual thanks; staff get no notice.
            is_spam=form.is_honeypot_filled,
            form_token_digest=spam.form_token_digest(form.submitted_token),
            # The language of the address the form was served at, never a value the patient posted.
            language=self.request.LANGUAGE_CODE,
        )
        return consultation_request.reference


def thanks_token(reference: str) -> str:
    return signing.TimestampSigner(salt=THANKS_SALT).sign(reference)


@method_decorator(never_cache, name="dispatch")
class ThanksView(TemplateView):
    """The confirmation: a reference and what happens next, reachable only through the signed link."""

    template_name = "consultations/thanks.html"
    http_method_names = ["get", "head"]

    def get(self, request, *args, token, **kwargs):
        try:
            reference = signing.TimestampSigner(salt=THANKS_SALT).unsign(token, max_age=THANKS_MAX_AGE)
        except signing.BadSignature:
            return render(request, "consultations/thanks_expired.html", status=404)
        consultation_request = (
            ConsultationRequest.objects.filter(reference=reference)
            .only("reference", "is_urgent", "created_at")
            .first()
        )
        if consultation_request is None:
            return render(request, "consultations/thanks_expired.html", status=404)
        return self.render_to_response(self.get_context_data(consultation_request=consultation_request))


def csrf_failure(request, reason=""):
    """A forged, replayed or expired form: say what to do, in the site's design (CSRF_FAILURE_VIEW)."""
    return render(request, "consultations/csrf_failure.html", status=403)
