import time

import pytest

from consultations import spam
from consultations.forms import ConsultationRequestForm
from tests.factories import ConditionFactory, LocationFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


def form_with(valid_data, **changes):
    return ConsultationRequestForm(data={**valid_data, **changes})


def test_a_complete_form_is_valid_and_the_phone_is_stored_in_e164(valid_data):
    form = form_with(valid_data)

    assert form.is_valid(), form.errors
    assert form.cleaned_data["phone"].as_e164 == "+13105550187"


@pytest.mark.parametrize(
    "phone", ["310-555-0187", "(310) 555 0187", "+1 310 555 0187", "３１０５５５０１８７"]
)
def test_phone_numbers_written_in_usual_ways_are_normalized(valid_data, phone):
    form = form_with(valid_data, phone=phone)

    assert form.is_valid(), form.errors
    assert form.cleaned_data["phone"].as_e164 == "+13105550187"


@pytest.mark.parametrize("phone", ["12345", "555-CALL-NOW-PLEASE", "+1 000 000 0000", "1" * 300])
def test_an_invalid_phone_number_is_refused_with_an_example(valid_data, phone):
    form = form_with(valid_data, phone=phone)

    assert not form.is_valid()
    assert form.errors["phone"] == ["Enter a phone number we can call, like (310) 555-0142."]


def test_email_is_optional_when_the_patient_wants_a_call(valid_data):
    assert form_with(valid_data, email="", contact_method="phone").is_valid()


def test_email_is_required_when_the_patient_wants_an_email(valid_data):
    form = form_with(valid_data, email="", contact_method="email")

    assert not form.is_valid()
    assert form.errors["email"] == ["Enter your email address, or choose another way to contact you."]


def test_consent_is_required(valid_data):
    data = dict(valid_data)
    del data["consent"]
    form = ConsultationRequestForm(data=data)

    assert not form.is_valid()
    assert form.errors["consent"] == ["Tick the box to agree, so that we may contact you."]


def test_the_description_is_limited_to_1000_characters(valid_data):
    assert form_with(valid_data, description="a" * 1000).is_valid()
    assert "description" in form_with(valid_data, description="a" * 1001).errors


@pytest.mark.parametrize("name", ["José", "Mary-Jane", "O'Neil", "李", "Nguyễn Văn", "St. John"])
def test_names_from_any_script_are_accepted(valid_data, name):
    assert form_with(valid_data, first_name=name).is_valid()


@pytest.mark.parametrize("name", ["http://spam.example", "<script>", "1234", "Bob!!!", "-"])
def test_names_that_are_not_names_are_refused(valid_data, name):
    form = form_with(valid_data, first_name=name)

    assert not form.is_valid()
    assert form.has_error("first_name")


def test_invisible_characters_are_removed_and_compatible_letters_normalized(valid_data):
    form = form_with(valid_data, first_name="Ro\u200bsa\u202elind", last_name="Ｑｕｉｍｂｙ")

    assert form.is_valid(), form.errors
    assert form.cleaned_data["first_name"] == "Rosalind"
    assert form.cleaned_data["last_name"] == "Quimby"


@pytest.mark.parametrize(
    "description",
    ["bell\x07", "escape\x1b[31m", "private\ue000use", "zalgo e\u0301\u0302\u0303\u0304", "tag\U000e0041"],
)
def test_control_and_unusual_characters_are_refused(valid_data, description):
    form = form_with(valid_data, description=description)

    assert not form.is_valid()
    assert form.errors["description"] == ["Please remove unusual or invisible characters from this answer."]


def test_line_breaks_are_kept_in_the_description(valid_data):
    form = form_with(valid_data, description="First line\r\nSecond line")

    assert form.is_valid()
    assert form.cleaned_data["description"] == "First line\nSecond line"


def test_a_form_sent_too_fast_asks_the_patient_to_send_again(valid_data):
    form = form_with(valid_data, started=spam.form_started_token(time.time()))

    assert not form.is_valid()
    assert form.non_field_errors() == ["Please check your details and press “Send request” again."]


@pytest.mark.parametrize("token", ["", "1700000000", "forged:token:value"])
def test_a_missing_or_forged_start_token_is_refused(valid_data, token):
    assert "__all__" in form_with(valid_data, started=token).errors


def test_a_refused_form_carries_a_fresh_token_so_sending_again_works(valid_data):
    form = form_with(valid_data, started="forged")

    assert not form.is_valid()
    assert form["started"].value() != "forged"
    assert spam.filled_too_fast(form["started"].value())  # fresh: too fast right now, fine a moment later


def test_a_form_left_open_longer_than_its_maximum_age_asks_to_send_again_keeping_what_was_typed(
    valid_data, settings
):
    settings.CONSULTATION_FORM_MAX_AGE_SECONDS = 4 * 60 * 60
    opened = time.time() - settings.CONSULTATION_FORM_MAX_AGE_SECONDS - 1

    form = form_with(valid_data, started=spam.form_started_token(opened))

    assert not form.is_valid()
    assert [error.code for error in form.non_field_errors().as_data()] == ["expired"]
    assert "press “Send request” again" in form.non_field_errors()[0]
    assert form["first_name"].value() == "Rosalind"
    assert not spam.form_token_expired(form["started"].value())


def test_a_form_sent_within_its_maximum_age_is_accepted(valid_data, settings):
    settings.CONSULTATION_FORM_MAX_AGE_SECONDS = 4 * 60 * 60
    opened = time.time() - settings.CONSULTATION_FORM_MAX_AGE_SECONDS + 60

    assert form_with(valid_data, started=spam.form_started_token(opened)).is_valid()


def test_the_topic_resolves_to_the_published_page(valid_data):
    procedure = ProcedureFactory(slug="medial-branch-block")
    condition = ConditionFactory(slug="spinal-stenosis")

    form = form_with(valid_data, topic="condition:spinal-stenosis")
    assert form.is_valid()
    assert form.cleaned_data["topic"] == condition
    form = form_with(valid_data, topic="procedure:medial-branch-block")
    assert form.is_valid()
    assert form.cleaned_data["topic"] == procedure


def test_an_unknown_topic_is_refused(valid_data):
    assert form_with(valid_data, topic="procedure:no-such-page").has_error("topic")


def test_the_location_is_asked_only_when_the_clinic_has_several(valid_data):
    LocationFactory()
    assert "location" not in ConsultationRequestForm().fields

    LocationFactory()
    assert "location" in ConsultationRequestForm().fields


@pytest.mark.parametrize(
    "came_from", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)", "/a b"]
)
def test_a_came_from_that_is_not_a_path_on_this_site_is_dropped(valid_data, came_from):
    form = form_with(valid_data, came_from=came_from)

    assert form.is_valid()
    assert form.cleaned_data["came_from"] == ""


def test_the_honeypot_marks_a_robot(valid_data):
    form = form_with(valid_data, website="http://cheap-pills.example")

    assert form.is_valid()
    assert form.is_honeypot_filled
