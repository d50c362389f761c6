"""Work mode: the front desk works the queue one request per screen, records each call, goes on to the next.

Custom admin views (ConsultationRequestAdmin.get_urls): same login, permissions and access log as
the rest of the admin. What changes a request is in services.py; this module reads, shows and routes.
"""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone

from procedures.models import Location

from . import services
from .access_log import access_log_record
from .models import AccessLogEntry, CallAttempt, ConsultationRequest

Outcome = CallAttempt.Outcome
WORK_URL = "admin:consultations_consultationrequest_work"
NEXT_URL = "admin:consultations_consultationrequest_work_next"
SKIPPED = "work_mode_skipped"
SKIPPED_KEPT = 200
EARLIER_SHOWN = 5
ATTEMPTS_SHOWN = 10
# Outcomes recorded with one press, and those that need details first; the keys are the shortcuts.
QUICK_OUTCOMES = [("1", Outcome.NO_ANSWER), ("2", Outcome.VOICEMAIL), ("3", Outcome.WRONG_NUMBER)]
DETAIL_OUTCOMES = [("4", Outcome.SCHEDULED), ("5", Outcome.CALL_BACK), ("6", Outcome.NOT_INTERESTED)]
SPAM_OUTCOME = ("7", Outcome.SPAM)
DETAILS = {
    Outcome.SCHEDULED: ["appointment_at"],
    Outcome.CALL_BACK: ["callback_at"],
    Outcome.NOT_INTERESTED: ["close_reason"],
}


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


class CallOutcomeForm(forms.Form):
    """How a call went. The pressed button gives the outcome; the service checks what each one needs."""

    outcome = forms.ChoiceField(
        choices=Outcome.choices, error_messages={"required": "Choose how the call went."}
    )
    note = forms.CharField(
        label="Note (optional, staff only)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 40}),
    )
    then_next = forms.BooleanField(
        label="Save and next: then open the next request", required=False, initial=True
    )
    appointment_at = forms.DateTimeField(label="Date and time", required=False, widget=LocalDateTimeInput())
    appointment_location = forms.ModelChoiceField(
        label="Location", queryset=Location.objects.all(), required=False
    )
    callback_at = forms.DateTimeField(label="Call back at", required=False, widget=LocalDateTimeInput())
    close_reason = forms.CharField(label="Why not interested", required=False, max_length=200)

    def clean(self):
        cleaned = super().clean()
        outcome = cleaned.get("outcome")
        # Pressing Enter in a detail field submits with the form's first button ("No answer"): a
        # call never gets recorded as something other than what its details say.
        for other, fields in DETAILS.items():
            if other != outcome and any(cleaned.get(field) for field in fields) and outcome:
                raise ValidationError(
                    f"You filled in details for “{other.label}” but pressed “{Outcome(outcome).label}”. "
                    f"Press “{other.label}” to record it, or clear those details.",
                    code="details_for_another_outcome",
                )
        return cleaned


def urls(model_admin) -> list:
    """Work mode's addresses, before the admin's own: `<path:object_id>/` would catch them."""
    wrap = model_admin.admin_site.admin_view
    return [
        path(
            "work/next/",
            wrap(lambda request: next_view(model_admin, request)),
            name="consultations_consultationrequest_work_next",
        ),
        path(
            "<int:object_id>/work/",
            wrap(lambda request, object_id: work_view(model_admin, request, object_id)),
            name="consultations_consultationrequest_work",
        ),
    ]


def _check_permission(model_admin, request) -> None:
    # Working a request changes it: front desk and administrators, not editors.
    if not model_admin.has_change_permission(request):
        raise PermissionDenied


def next_view(model_admin, request):
    """Claim the next request in queue order and open it; `?skip=<id>` passes over the one just shown.

    Without `skip`, a fresh start from the top of the queue. The requests passed over stay in the
    session until then, so "Next" walks down the queue instead of returning to its top.
    """
    _check_permission(model_admin, request)
    skipped = request.session.get(SKIPPED, []) if "skip" in request.GET else []
    try:
        skipped = [*skipped, int(request.GET["skip"])][-SKIPPED_KEPT:]
    except (KeyError, ValueError):
        pass
    request.session[SKIPPED] = skipped
    chosen = services.consultation_request_claim_next(by=request.user, skip=skipped)
    if chosen is not None:
        return redirect(WORK_URL, chosen.pk)
    now = timezone.now()
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Work mode: the end of the queue",
        # Passed over or just recorded: those still waiting in the queue can be worked on another round.
        "skipped_count": ConsultationRequest.objects.in_queue().filter(pk__in=skipped).count(),
        "claimed_by_others": ConsultationRequest.objects.in_queue()
        .filter(claimed_until__gt=now)
        .exclude(claimed_by=request.user)
        .count(),
    }
    access_log_record(request=request, kind=AccessLogEntry.Kind.WORKED, consultation_requests=[])
    return TemplateResponse(request, "admin/consultations/consultationrequest/work_done.html", context)


def work_view(model_admin, request, object_id):
    """One request, everything the call needs, and one button per outcome."""
    _check_permission(model_admin, request)
    queryset = ConsultationRequest.objects.select_related(
        "location", "procedure", "condition", "assigned_to", "claimed_by"
    )
    consultation_request = get_object_or_404(queryset, pk=object_id)
    form = CallOutcomeForm(initial={"appointment_location": consultation_request.location})
    close_error = ""
    if request.method == "POST":
        if request.POST.get("action") == "close-unreached":
            try:
                services.consultation_request_close_unreached(
                    consultation_request=consultation_request, by=request.user
                )
            except ValidationError as error:
                close_error = " ".join(error.messages)
            else:
                return _recorded(
                    request,
                    consultation_request,
                    "Closed, and the “we tried to reach you” email is on its way",
                    then_next=True,
                )
        else:
            form = CallOutcomeForm(request.POST)
            if form.is_valid():
                data = form.cleaned_data
                try:
                    services.call_attempt_record(
                        consultation_request=consultation_request,
                        by=request.user,
                        outcome=data["outcome"],
                        note=data["note"],
                        appointment_at=data["appointment_at"],
                        appointment_location=data["appointment_location"],
                        callback_at=data["callback_at"],
                        close_reason=data["close_reason"],
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                except services.ClaimedByOther as error:
                    form.add_error(None, str(error))
                else:
                    return _recorded(
                        request,
                        consultation_request,
                        f"Recorded “{Outcome(data['outcome']).label}”",
                        then_next=data["then_next"],
                    )

    claimed = services.consultation_request_claim(consultation_request=consultation_request, by=request.user)
    earlier = list(
        ConsultationRequest.objects.same_person_as(consultation_request)
        .select_related("procedure", "condition")
        .order_by("-created_at")[:EARLIER_SHOWN]
    )
    attempts = list(
        consultation_request.attempts.select_related("by", "appointment_location").order_by("-at", "-id")[
            :ATTEMPTS_SHOWN
        ]
    )
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": f"Work mode: {consultation_request.full_name or consultation_request.reference}",
        "consultation_request": consultation_request,
        "original": consultation_request,
        "claimed": claimed,
        "form": form,
        "errors": _error_summary(form),
        "close_error": close_error,
        "quick_outcomes": [(key, outcome, outcome.label) for key, outcome in QUICK_OUTCOMES],
        "spam_outcome": (SPAM_OUTCOME[0], SPAM_OUTCOME[1], SPAM_OUTCOME[1].label),
        "detail_outcomes": DETAIL_OUTCOMES,
        "earlier": earlier,
        "attempts": attempts,
        "may_close_unreached": services.may_close_unreached(consultation_request),
        "unanswered_limit_reached": consultation_request.unanswered_attempts
        >= settings.CONSULTATION_UNANSWERED_ATTEMPT_LIMIT,
        "skip_url": f"{reverse(NEXT_URL)}?skip={consultation_request.pk}",
    }
    access_log_record(
        request=request,
        kind=AccessLogEntry.Kind.WORKED,
        consultation_requests=[consultation_request, *earlier],
    )
    return TemplateResponse(request, "admin/consultations/consultationrequest/work.html", context)


def _recorded(request, consultation_request, what: str, *, then_next: bool):
    access_log_record(
        request=request, kind=AccessLogEntry.Kind.SAVED, consultation_requests=[consultation_request]
    )
    who = consultation_request.full_name or "the patient"
    messages.success(request, f"{what} for {who} ({consultation_request.reference}).")
    if then_next:
        return redirect(f"{reverse(NEXT_URL)}?skip={consultation_request.pk}")
    return redirect(WORK_URL, consultation_request.pk)


def _error_summary(form) -> list[tuple[str, str]]:
    """(link target, message) for each error, the form's own first, for the summary above the form."""
    if not form.is_bound or not form.errors:
        return []
    summary = [("outcome-form", message) for message in form.non_field_errors()]
    for name, errors in form.errors.items():
        if name == "__all__":
            continue
        target = "outcome-form" if name == "outcome" else form[name].auto_id
        summary += [(target, message) for message in errors]
    return summary
