"""Issue #13's journey in Spanish: from the Spanish home page to the Spanish lumbar facet page, to the
English page and back, then a request in Spanish with an emergency sign; the Spanish advice and
confirmation, the acknowledgement in Spanish through a real SMTP server on loopback, and the front desk
seeing the request marked Spanish."""

import re

import pytest
from playwright.sync_api import expect

from consultations.models import ConsultationRequest

from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

RED_FLAG_ES = "Me caí de la escalera ayer y ahora no puedo controlar la orina."


def test_a_patient_reads_and_asks_in_spanish_and_the_front_desk_sees_it_is_spanish(
    phone_page, page, clinic_content, quick_patients, smtp_server, recipients, run_worker, live_front_desk
):
    smtp_server.start()
    patient = phone_page
    patient.goto("/es/")
    expect(patient.locator("html")).to_have_attribute("lang", "es")
    patient.get_by_role("main").get_by_role("link", name="Inyecciones facetarias lumbares").first.click()
    expect(patient).to_have_url(re.compile(r"/es/procedimientos/inyecciones-facetarias-lumbares/$"))

    patient.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(patient).to_have_url(re.compile(r"/procedures/lumbar-facet-injections/$"))
    expect(patient.locator("html")).to_have_attribute("lang", "en")
    patient.locator(".language-switcher").get_by_role("link", name="Español").click()
    expect(patient).to_have_url(re.compile(r"/es/procedimientos/inyecciones-facetarias-lumbares/$"))

    bar = patient.get_by_role("complementary", name="Llame o pida una consulta")
    bar.get_by_role("link", name="Pida una consulta").click()
    expect(patient).to_have_url(re.compile(r"/es/consulta/"))
    form = patient.locator("form.consultation-form")
    form.get_by_label("Nombre").fill("Guadalupe")
    form.get_by_label("Apellido").fill("Hernández Ruiz")
    form.get_by_label("Número de teléfono").fill("(323) 555-0164")
    form.get_by_role("textbox", name="Correo electrónico").fill("guadalupe@example.org")
    form.get_by_label("Su seguro médico").select_option(label="Medi-Cal")
    form.get_by_label("Sobre su dolor").fill(RED_FLAG_ES)
    form.get_by_role("checkbox", name=re.compile("^Acepto")).check()
    form.get_by_role("button", name="Enviar solicitud").click()

    expect(patient.get_by_role("heading", level=1)).to_have_text("Gracias, recibimos su solicitud")
    expect(patient.get_by_role("alert")).to_contain_text("llame al 911")
    reference = patient.locator(".reference").inner_text()
    saved = ConsultationRequest.objects.get(reference=reference)
    assert (saved.language, saved.is_urgent) == ("es", True)

    run_worker()
    [acknowledgement] = [m for m in smtp_server.messages if "guadalupe@example.org" in m["To"]]
    text = smtp_server.inbox.text_of(acknowledgement)
    assert reference in text
    assert str(acknowledgement["Subject"]) == f"Recibimos su solicitud ({reference})"
    assert "Thank you" not in text
    [notice] = [m for m in smtp_server.messages if recipients[0].email in m["To"]]
    assert "Spanish" in smtp_server.inbox.text_of(notice)
    assert "Hernández" not in smtp_server.inbox.text_of(notice)

    log_in(page, live_front_desk)
    page.goto("/admin/consultations/consultationrequest/?all=1")
    row = page.locator("#result_list tbody tr", has_text="Hernández Ruiz")
    expect(row).to_contain_text("ES")
    expect(row.get_by_title("Spanish")).to_be_visible()
