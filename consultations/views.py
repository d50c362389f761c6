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
from .barrier_reports import barrier_report_create
from .forms import BarrierReportForm, ConsultationRequestForm, site_path
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


class SpamCheckedFormView(FormView):
    """What every public form does once its fields are valid, whatever it saves: refuse a body too big
    to be a person's, apply the per-address rate limit, send a page once (a double click or the back
    button gets the first send's thanks page), then show the thanks page through a signed link.

    Subclasses give `create(form)`, which saves and returns the reference (raising
    services.AlreadySent for a page saved before), the thanks route and its salt.
    """

    http_method_names = ["get", "post", "head"]
    rate_limit_form = "consultation"
    thanks_route = "consultations:thanks"
    thanks_salt = THANKS_SALT
    too_large_template = "consultations/too_large.html"

    def post(self, request, *args, **kwargs):
        length = request.META.get("CONTENT_LENGTH") or "0"
        if not length.isdigit() or int(length) > MAX_BODY_BYTES:
            return render(request, self.too_large_template, status=413)
        return super().post(request, *args, **kwargs)

    def create(self, form) -> str:
        raise NotImplementedError

    def thanks(self, reference: str):
        return redirect(self.thanks_route, token=thanks_token(reference, salt=self.thanks_salt))

    def form_valid(self, form):
        if not spam.allow_submission(client_address(self.request), form=self.rate_limit_form):
            return self.render_to_response(self.get_context_data(form=form, rate_limited=True), status=429)
        token = form.submitted_token
        earlier = spam.claim_form_token(token)
        if earlier is not None:
            return self._sent_before(form, earlier)
        try:
            reference = self.create(form)
        except services.AlreadySent as already:
            # Its server died before it could note the token in the shared cache, or the cache is down.
            earlier = already.earlier
            record = {"reference": earlier.reference, "accepted_at": earlier.created_at.timestamp()}
            return self._sent_before(form, {**record, "sent_digest": form.sent_digest})
        except BaseException:
            spam.release_form_token(token)
            raise
        spam.record_form_token_use(token, reference, form.sent_digest)
        return self.thanks(reference)

    def _sent_before(self, form, earlier):
        """A second send of one page: the first one's confirmation if nothing changed (a double click)
        and it is recent; else the form back with a note, and one more press sends it."""
        unchanged = earlier.get("sent_digest") == form.sent_digest
        if unchanged and time.time() - earlier["accepted_at"] < THANKS_MAX_AGE:
            return self.thanks(earlier["reference"])
        form.add_error(None, ValidationError(self.sent_before_message, code="sent_before"))
        return self.form_invalid(form)


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class ConsultationRequestView(SpamCheckedFormView):
    """The patient's form. Never cached: it carries a CSRF token and, after an error, what was typed."""

    form_class = ConsultationRequestForm
    template_name = "consultations/request_form.html"
    sent_before_message = SENT_BEFORE

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

    def create(self, form) -> str:
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


def thanks_token(reference: str, *, salt: str = THANKS_SALT) -> str:
    return signing.TimestampSigner(salt=salt).sign(reference)


def thanks_reference(token: str, *, salt: str = THANKS_SALT) -> str | None:
    """The reference a thanks link was signed for, or None when forged or older than THANKS_MAX_AGE."""
    try:
        return signing.TimestampSigner(salt=salt).unsign(token, max_age=THANKS_MAX_AGE)
    except signing.BadSignature:
        return None


@method_decorator(never_cache, name="dispatch")
class ThanksView(TemplateView):
    """The confirmation: a reference and what happens next, reachable only through the signed link."""

    template_name = "consultations/thanks.html"
    http_method_names = ["get", "head"]

    def get(self, request, *args, token, **kwargs):
        reference = thanks_reference(token)
        if reference is None:
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


BARRIER_THANKS_SALT = "consultations.barrier-thanks"
BARRIER_SENT_BEFORE = _(
    "We already have the report sent from this page. "
    "To send another, check what you wrote and press “Send report” again."
)


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class BarrierReportView(SpamCheckedFormView):
    """The accessibility statement's form: a visitor tells the clinic what on the site they could not use.

    Never cached (CSRF token); `?page=/a/path/` fills in the page, when it is a path on this site.
    """

    form_class = BarrierReportForm
    template_name = "consultations/barrier_report_form.html"
    rate_limit_form = "barrier-report"
    thanks_route = "accessibility:thanks"
    thanks_salt = BARRIER_THANKS_SALT
    sent_before_message = BARRIER_SENT_BEFORE

    def get_initial(self):
        return {**super().get_initial(), "page": site_path(self.request.GET.get("page", ""))}

    def create(self, form) -> str:
        data = form.cleaned_data
        report = barrier_report_create(
            page_path=data["page"],
            description=data["description"],
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            contact_phone=data["contact_phone"],
            is_spam=form.is_honeypot_filled,
            form_token_digest=spam.form_token_digest(form.submitted_token),
        )
        return report.reference


@method_decorator(never_cache, name="dispatch")
class BarrierThanksView(TemplateView):
    """The report's confirmation with its reference, reachable only through the signed link."""

    template_name = "consultations/barrier_thanks.html"
    http_method_names = ["get", "head"]

    def get(self, request, *args, token, **kwargs):
        reference = thanks_reference(token, salt=BARRIER_THANKS_SALT)
        status = 200 if reference else 404
        return self.render_to_response(self.get_context_data(reference=reference), status=status)
