"""A patient on a phone asks for a consultation in Spanish, writes an emergency sign in Spanish, and
sees the Spanish emergency advice and confirmation; the Spanish form and thanks page pass axe-core."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationRequest

from .checks import axe_violations, horizontal_overflow, small_tap_targets

pytestmark = pytest.mark.django_db(transaction=True)

RED_FLAG_ES = "Desde ayer no puedo controlar la orina y se me duermen las piernas."


def in_spanish(page) -> None:
    assert page.locator("html").get_attribute("lang") == "es"


def test_a_patient_on_a_phone_sends_a_spanish_request_with_an_emergency_sign(
    phone_page, clinic_content, quick_patients
):
    page = phone_page
    page.goto("/es/consulta/")
    in_spanish(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Pida una consulta")
    assert axe_violations(page) == ""
    assert horizontal_overflow(page) <= 0
    assert small_tap_targets(page) == []

    form = page.locator("form.consultation-form")
    form.get_by_role("button", name="Enviar solicitud").click()
    expect(page.get_by_role("alert")).to_contain_text("Hay un problema con su solicitud")
    expect(page.get_by_role("alert")).to_contain_text("Escriba su nombre.")
    in_spanish(page)
    assert axe_violations(page) == ""

    form.get_by_label("Nombre").fill("Guadalupe")
    form.get_by_label("Apellido").fill("Hernández Ruiz")
    form.get_by_label("Número de teléfono").fill("(323) 555-0164")
    form.get_by_label("Su seguro médico").select_option(label="Medi-Cal")
    form.get_by_label("Sobre su dolor").fill(RED_FLAG_ES)
    form.get_by_role("checkbox", name="Acepto el aviso de privacidad").check()
    form.get_by_role("button", name="Enviar solicitud").click()

    expect(page).to_have_url(re.compile(r"/es/consulta/gracias/[^/]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Gracias, recibimos su solicitud")
    advice = page.get_by_role("alert")
    expect(advice).to_contain_text("Busque atención de emergencia ahora")
    expect(advice).to_contain_text("llame al 911")
    in_spanish(page)
    assert axe_violations(page) == ""
    assert horizontal_overflow(page) <= 0
    consultation_request = ConsultationRequest.objects.get()
    assert (consultation_request.language, consultation_request.is_urgent) == ("es", True)
    expect(page.locator(".reference")).to_have_text(consultation_request.reference)
