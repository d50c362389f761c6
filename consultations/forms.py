import json
import re
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from procedures.models import INSURANCE_NOT_SURE, Condition, InsuranceGroup, Location, Procedure

from . import spam, text
from .models import INSURANCE_NOT_SURE_LABEL, ConsultationRequest

# Letters from any script, with the spaces, hyphens, apostrophes and periods that names contain.
NAME = re.compile(r"^[^\W\d_]+(?:[ '’.,-]+[^\W\d_]*)*$")
# A path on this site, as the page the patient came from; never another site's address.
SITE_PATH = re.compile(r"/(?!/)[A-Za-z0-9/_.~-]*")
SITE_PATH_MAX_LENGTH = ConsultationRequest._meta.get_field("source_path").max_length
NO_TOPIC = ""


def site_path(value) -> str:
    """`value` if it is a path on this site short enough to record, else an empty string."""
    if isinstance(value, str) and len(value) <= SITE_PATH_MAX_LENGTH and SITE_PATH.fullmatch(value):
        return value
    return ""


class PatientTextField(forms.CharField):
    """A text field that normalizes what is typed and refuses invisible or control characters."""

    def __init__(self, *, multiline=False, **kwargs):
        self.multiline = multiline
        super().__init__(**kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return text.normalize(value, multiline=self.multiline) if value else value


class SitePathField(forms.CharField):
    """The page the patient came from, recorded by the server in a hidden field.

    The patient can neither see nor correct it, so a value that is not a path here (too long, from
    another site, with odd characters) is dropped: an error on it would block the form for good.
    """

    widget = forms.HiddenInput

    def clean(self, value):
        return site_path(value)


class TypedPhoneNumberInput(forms.TextInput):
    """A telephone input that shows back exactly what the patient typed.

    django-phonenumber-field's own widget reformats the value it is given, even a number it cannot
    use: "555-01" came back as "55501", so the patient could not see what they had got wrong. The
    field still stores a valid number normalized.
    """

    input_type = "tel"


def topic_choices():
    """The procedures and conditions a patient can ask about, grouped, as "procedure:<slug>" values."""
    procedures = [(f"procedure:{p.slug}", p.title) for p in Procedure.objects.published().for_listing()]
    conditions = [(f"condition:{c.slug}", c.title) for c in Condition.objects.published().for_listing()]
    choices = [(NO_TOPIC, gettext("Not sure, or something else"))]
    if procedures:
        choices.append((gettext("Procedures"), procedures))
    if conditions:
        choices.append((gettext("Conditions"), conditions))
    return choices


def insurance_choices() -> list[tuple[str, str]]:
    """The insurance groups shown on the insurance page, by key, then "Not sure"."""
    groups = InsuranceGroup.objects.shown().values_list("key", "name")
    return [("", gettext("Choose one")), *groups, (INSURANCE_NOT_SURE, gettext(INSURANCE_NOT_SURE_LABEL))]


class SpamCheckedForm(forms.Form):
    """A public form's defences, shared by every form a visitor sends: a honeypot field, a signed
    fill-time token (refused when forged, too fast or too old) and the digest of what was sent that
    tells a double click from a corrected form (spam.py). `submit_label` is the button the messages name.
    """

    submit_label = _("Send")

    # Hidden from people by the stylesheet; form-filling robots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update(autocomplete="off", tabindex="-1")
        # The page always carries a fresh token, so a person told to send again can.
        self.initial["started"] = spam.form_started_token()
        self._submitted_started = self.data.get("started", "") if self.is_bound else ""
        if self.is_bound:
            self.data = self.data.copy()
            self.data["started"] = self.initial["started"]

    def clean(self):
        cleaned = super().clean()
        if spam.form_token_expired(self._submitted_started):
            self.add_error(
                None,
                ValidationError(
                    _(
                        "This page was open for a long time. "
                        "Please check your details and press “%(button)s” again."
                    ),
                    params={"button": self.submit_label},
                    code="expired",
                ),
            )
        elif spam.filled_too_fast(self._submitted_started):
            self.add_error(
                None,
                ValidationError(
                    _("Please check your details and press “%(button)s” again."),
                    params={"button": self.submit_label},
                    code="too_fast",
                ),
            )
        return cleaned

    def error_links(self) -> list[tuple[str, str]]:
        """(element id, message) for the error summary; a group of radio buttons links to its first one."""
        links = []
        for field in self.visible_fields():
            target = (
                f"{field.auto_id}_0"
                if isinstance(field.field.widget, forms.RadioSelect)
                else field.id_for_label
            )
            links += [(target, error) for error in field.errors]
        return links

    @property
    def submitted_token(self) -> str:
        """The token of the page this form was sent from (the form itself now carries a fresh one)."""
        return self._submitted_started

    @property
    def sent_digest(self) -> str:
        """A keyed digest of what was sent: tells a second send of the same form from a changed one."""
        sent = [(name, self[name].value()) for name in self.fields if name != "started"]
        return salted_hmac(
            "consultations.form-sent", json.dumps(sent, default=str), algorithm="sha256"
        ).hexdigest()

    @property
    def is_honeypot_filled(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class ConsultationRequestForm(SpamCheckedForm):
    submit_label = _("Send request")

    first_name = PatientTextField(
        label=_("First name"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
        error_messages={"required": _("Enter your first name.")},
    )
    last_name = PatientTextField(
        label=_("Last name"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
        error_messages={"required": _("Enter your last name.")},
    )
    phone = PhoneNumberField(
        label=_("Phone number"),
        region="US",
        widget=TypedPhoneNumberInput,
        help_text=_("We will call or text this number, e.g. (310) 555-0142."),
        error_messages={
            "required": _("Enter your phone number so we can reach you."),
            "invalid": _("Enter a phone number we can call, like (310) 555-0142."),
        },
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        max_length=254,
        help_text=_("Needed only if you would like us to email you. We will send your reference to it."),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    contact_method = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=ConsultationRequest.ContactMethod.choices,
        initial=ConsultationRequest.ContactMethod.PHONE,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how we should contact you.")},
    )
    best_time = forms.ChoiceField(
        label=_("Best time to reach you"),
        choices=ConsultationRequest.BestTime.choices,
        initial=ConsultationRequest.BestTime.ANY,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the best time to reach you.")},
    )
    location = forms.ModelChoiceField(
        label=_("Which location suits you? (optional)"),
        queryset=Location.objects.none(),
        required=False,
        empty_label=_("No preference"),
    )
    topic = forms.ChoiceField(label=_("What would you like to talk about? (optional)"), required=False)
    insurance = forms.ChoiceField(
        label=_("Your insurance"),
        error_messages={
            "required": _("Choose your insurance, or “Not sure”."),
            # A group hidden or renamed while the page was open, or a value no page offered.
            "invalid_choice": _(
                "Choose your insurance again from the list, or “Not sure”: the one sent is not on it."
            ),
        },
    )
    description = PatientTextField(
        label=_("About your pain (optional)"),
        multiline=True,
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("A few words on where it hurts and for how long. Up to 1,000 characters."),
    )
    heard_about = forms.ChoiceField(
        label=_("How did you hear about us? (optional)"),
        choices=[("", _("Choose one")), *ConsultationRequest.HeardAbout.choices],
        required=False,
    )
    consent = forms.BooleanField(
        label=_("I agree to the privacy notice above, and to being called or texted at the number I gave."),
        error_messages={"required": _("Tick the box to agree, so that we may contact you.")},
    )
    came_from = SitePathField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locations = Location.objects.active()
        if len(locations) > 1:
            self.fields["location"].queryset = locations
            self.fields["location"].label_from_instance = lambda location: location.choice_label
        else:
            del self.fields["location"]
        self.fields["topic"].choices = topic_choices()
        self.fields["insurance"].choices = insurance_choices()
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel", maxlength="30")
        self.fields["email"].widget.attrs.update(autocomplete="email")

    def clean_first_name(self):
        return self._clean_name("first_name")

    def clean_last_name(self):
        return self._clean_name("last_name")

    def _clean_name(self, name):
        value = self.cleaned_data[name]
        if not NAME.match(value):
            raise ValidationError(_("Use letters only in your name."), code="invalid_name")
        return value

    def clean_topic(self):
        kind, _, slug = self.cleaned_data["topic"].partition(":")
        model = {"procedure": Procedure, "condition": Condition}.get(kind)
        return model.objects.published().filter(slug=slug).first() if model else None

    def clean_insurance(self):
        key = self.cleaned_data["insurance"]
        # The name as offered now is what the request keeps, whatever editors call the group later;
        # in English, as staff read it, whatever the form's language.
        if key == INSURANCE_NOT_SURE:
            self.insurance_label = INSURANCE_NOT_SURE_LABEL
        else:
            self.insurance_label = dict(self.fields["insurance"].choices)[key]
        return key

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_method") == ConsultationRequest.ContactMethod.EMAIL and not cleaned.get(
            "email"
        ):
            if "email" not in self.errors:
                message = _("Enter your email address, or choose another way to contact you.")
                self.add_error("email", ValidationError(message, code="email_required"))
        return cleaned


class SitePageField(forms.CharField):
    """A page of this site, typed or pasted by the visitor: a path, or a full address on this site's host.

    Only ever stored as a path on this site: another site's address is refused with a message, so the
    report never carries a link elsewhere into the staff's admin.
    """

    default_error_messages = {
        "not_this_site": _(
            "Give the address of a page on this website, like /procedures/ or "
            "https://{host}/procedures/, or leave this empty."
        ),
    }

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return ""
        parts = urlsplit(value)
        host = urlsplit(settings.SITE_URL).hostname
        if parts.scheme or parts.netloc:
            if parts.scheme not in ("http", "https") or parts.hostname != host:
                raise self._not_this_site(host)
            value = parts.path or "/"
        elif not value.startswith("/"):
            value = f"/{value}"
        path = site_path(urlsplit(value).path)
        if not path:
            raise self._not_this_site(host)
        return path

    def _not_this_site(self, host):
        message = self.error_messages["not_this_site"].format(host=host)
        return ValidationError(message, code="not_this_site")


class BarrierReportForm(SpamCheckedForm):
    """A visitor's report of an accessibility barrier: which page, what went wrong, how to reach them."""

    submit_label = _("Send report")

    page = SitePageField(
        label=_("Which page? (optional)"),
        required=False,
        max_length=SITE_PATH_MAX_LENGTH + 100,
        help_text=_("The page’s address, e.g. /procedures/. Leave it empty if the problem is on many pages."),
    )
    description = PatientTextField(
        label=_("What went wrong?"),
        multiline=True,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "What you were trying to do, and what stopped you. Up to 2,000 characters. "
            "Please do not include medical details."
        ),
        error_messages={"required": _("Tell us what went wrong, so that we can fix it.")},
    )
    contact_name = PatientTextField(
        label=_("Your name (optional)"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    contact_email = forms.EmailField(
        label=_("Email address (optional)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Enter an email address like name@example.com.")},
    )
    contact_phone = PhoneNumberField(
        label=_("Phone number (optional)"),
        region="US",
        required=False,
        widget=TypedPhoneNumberInput(attrs={"autocomplete": "tel", "inputmode": "tel", "maxlength": "30"}),
        help_text=_("Give an email address or a phone number if you would like to hear when it is fixed."),
        error_messages={"invalid": _("Enter a phone number we can call, like (310) 555-0142.")},
    )
