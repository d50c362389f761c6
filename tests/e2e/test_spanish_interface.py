"""The Spanish interface in a browser (issue #13): axe-core finds no violation on the Spanish home,
physicians, location and insurance pages on a 1280 px desktop and a 375 px phone, nor on the Spanish
404 page; each page says it is Spanish and nothing overflows or is too small to tap."""

import pytest
from django.utils import translation
from playwright.sync_api import expect

from procedures.models import Location

from .checks import axe_violations, horizontal_overflow, small_tap_targets

pytestmark = pytest.mark.django_db(transaction=True)


def spanish_location_path() -> str:
    with translation.override("es"):
        return Location.objects.active().first().get_absolute_url()


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/es/", "Alivio para el dolor de espalda, de cuello y de las articulaciones, sin cirugía"),
        ("/es/medicos/", "Nuestros médicos"),
        (None, "Los Angeles"),  # the seeded location, at its Spanish address
        ("/es/seguros/", "Seguros que aceptamos"),
    ],
)
def test_the_spanish_pages_have_no_violations_on_a_desktop_or_a_phone(tab, clinic_content, path, heading):
    assert tab.goto(path or spanish_location_path()).status == 200

    assert tab.locator("html").get_attribute("lang") == "es"
    expect(tab.get_by_role("heading", level=1)).to_have_text(heading)
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0
    assert small_tap_targets(tab) == []


def test_the_spanish_menu_opens_on_a_phone_and_leads_to_the_spanish_pages(phone_page, clinic_content):
    phone_page.goto("/es/")
    menu = phone_page.get_by_role("navigation", name="Principal")
    menu.get_by_text("Menú").click()
    menu.get_by_role("link", name="Ubicaciones").first.click()

    expect(phone_page).to_have_url(f"{phone_page.url.split('/es/')[0]}/es/ubicaciones/")
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Nuestras ubicaciones")
    expect(phone_page.locator("main .hours").first).to_contain_text("Lunes a viernes")
    time_range = phone_page.locator("main .time-range").first
    expect(time_range).to_have_text("8:00 a. m. – 5:00 p. m.")
    # One line: the time range never wraps mid-time on a phone.
    box = time_range.bounding_box()
    line_height = float(time_range.evaluate("element => parseFloat(getComputedStyle(element).lineHeight)"))
    assert box["height"] < 2 * line_height


def test_the_spanish_404_page_has_no_violations(tab, clinic_content):
    assert tab.goto("/es/esta-pagina-no-existe/").status == 404

    assert tab.locator("html").get_attribute("lang") == "es"
    expect(tab.get_by_role("heading", level=1)).to_have_text("No encontramos esa página")
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0
