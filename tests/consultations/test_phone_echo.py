"""After an error the phone field shows exactly what the patient typed; a valid number is saved normalized."""

import pytest

from consultations.models import ConsultationRequest
from tests.markup import parse

pytestmark = pytest.mark.django_db

FORM_URL = "/consultation/"


def phone_input_value(response) -> str:
    return parse(response.content).find("input", name="phone").get("value")


@pytest.mark.parametrize("typed", ["555-01", "(310) 555-01", "+1 000 000 0000", "555-CALL-NOW", "３１０-555"])
def test_an_invalid_phone_is_shown_back_exactly_as_typed(client, clinic, valid_data, typed):
    response = client.post(FORM_URL, {**valid_data, "phone": typed})

    assert response.status_code == 200
    assert "Enter a phone number we can call" in response.content.decode()
    assert phone_input_value(response) == typed
    assert not ConsultationRequest.objects.exists()


def test_a_valid_phone_is_shown_back_as_typed_when_another_field_has_an_error(client, clinic, valid_data):
    response = client.post(FORM_URL, {**valid_data, "phone": "310.555.0187", "insurance": ""})

    assert phone_input_value(response) == "310.555.0187"


def test_the_phone_input_is_a_telephone_field_with_its_hints(client, clinic):
    phone = parse(client.get(FORM_URL).content).find("input", name="phone")

    assert (phone.get("type"), phone.get("autocomplete"), phone.get("inputmode")) == ("tel", "tel", "tel")
    assert phone.get("maxlength") == "30"
    assert not phone.has("value")


def test_a_valid_phone_typed_in_a_usual_way_is_saved_normalized(client, clinic, valid_data):
    response = client.post(FORM_URL, {**valid_data, "phone": "310.555.0187"})

    assert response.status_code == 302
    assert ConsultationRequest.objects.get().phone.as_e164 == "+13105550187"
