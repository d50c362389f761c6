"""The site's interface in Spanish (issue #13 items 1 and 6, and the Spanish fields of what is not a page):
every Spanish page of the seeded site renders with no English interface string left, the Spanish fields
of physicians, locations, insurance groups, holiday closures, the clinic and the menus show under /es/
when filled and the English text marked lang="en" when not, and the outage page exists per language."""

import re
import time
from datetime import time as clock
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import OperationalError, connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from clinic import views as error_views
from consultations import spam
from consultations.models import BarrierReport
from procedures import clinic_content, clinic_content_es
from procedures.models import (
    FAQ,
    Clinic,
    InsuranceGroup,
    InsurancePlan,
    Location,
    MenuItem,
    OpeningHours,
    Page,
    Physician,
    Section,
)
from procedures.opening_hours import group_week
from tests.factories import (
    ClinicFactory,
    HolidayClosureFactory,
    InsuranceGroupFactory,
    LocationFactory,
    MenuItemFactory,
    PhysicianFactory,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db

CATALOG = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"
UNCACHED = "?uncached"

# Words a Spanish page never says, whatever the context: a leftover English sentence has some of them.
COMMON_ENGLISH_WORDS = {
    "the", "and", "your", "you", "our", "with", "for", "this", "that", "from", "please", "here", "more",
    "about", "what", "when", "where", "which", "will", "have", "has", "are", "is", "not", "can", "we",
    "us", "of", "to", "in", "on", "or", "at", "by", "it", "an", "be", "call", "page", "pages", "hours",
    "closed", "open", "request", "home", "search", "menu", "skip", "main", "content", "report", "send",
    "phone", "address", "location", "locations", "physician", "physicians", "insurance", "procedures",
    "conditions", "contact", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "am", "pm", "today", "back", "pain", "sorry", "found",
}  # fmt: skip


class VisibleText(HTMLParser):
    """What a reader sees or hears of a page in its own language: the title, the body's text and its
    aria-label and alt attributes, without scripts, the copy editors wrote (.prose) and any element
    marked as another language (lang="en", the language-assistance taglines...)."""

    SKIPPED_TAGS = {"script", "style", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        lang = attributes.get("lang")
        skipped = (
            self.skipping
            or tag in self.SKIPPED_TAGS
            or (tag != "html" and lang is not None and not lang.startswith("es"))
            or "prose" in (attributes.get("class") or "").split()
        )
        if not skipped:
            self.parts += [attributes[name] for name in ("aria-label", "alt") if attributes.get(name)]
        if tag not in self.VOID:
            self.stack.append((tag, skipped))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def editor_strings() -> list[str]:
    """What editors wrote (page titles and summaries, names, addresses, plans): never interface text.
    Longest first, so that a title is taken out before a shorter one it contains."""
    strings = set()
    for page in Page.objects.all():
        strings |= {page.title, page.summary, page.seo_title, page.faq_heading, page.html_title}
    strings |= set(Section.objects.values_list("heading", flat=True))
    strings |= set(FAQ.objects.values_list("question", flat=True))
    for location in Location.objects.all():
        strings |= {location.name, location.street_address, location.city, location.region}
    for physician in Physician.objects.all():
        strings |= {physician.name, physician.name_with_credentials, physician.credentials}
    for plan in InsurancePlan.objects.all():
        strings |= {plan.name, plan.note}
    strings |= set(Clinic.objects.values_list("name", flat=True))
    return sorted(
        (" ".join(text.split()) for text in strings if text and text.strip()), key=len, reverse=True
    )


def visible_text(html: str, *, typed: str = "") -> str:
    """The page's own interface text in one line: editors' strings and what the visitor typed taken out."""
    parser = VisibleText()
    parser.feed(html)
    text = " ".join(" ".join(parser.parts).split())
    for written in [*editor_strings(), typed]:
        if written:
            text = re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", " ", text)
    return text


def english_phrases() -> set[str]:
    """The English of every translated catalog entry that Spanish says otherwise, cut at its
    placeholders and markup into the phrases a page shows."""
    phrases = set()
    for entry in polib.pofile(str(CATALOG)):
        if entry.msgctxt == "URL" or not entry.translated():
            continue
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for msgid in filter(None, [entry.msgid, entry.msgid_plural]):
            if msgid in translations:
                continue  # the same in both languages ("Error:", "Fax:")
            for phrase in re.split(r"%\(\w+\)s|\{\w+\}|<[^>]+>", msgid):
                phrase = phrase.strip(" ,.:;()")
                if len(phrase) > 3:
                    phrases.add(phrase)
    return phrases


ENGLISH_PHRASES = english_phrases()


def english_left(html: str, *, typed: str = "") -> list[str]:
    """The catalog's English phrases and common English words still on the page."""
    text = visible_text(html, typed=typed)
    found = [phrase for phrase in ENGLISH_PHRASES if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    words = {word.lower() for word in re.findall(r"\w+", text)}
    return sorted(found) + sorted(words & COMMON_ENGLISH_WORDS)


@pytest.fixture(autouse=True)
def english_outside_requests():
    """A request leaves its language active in the thread (as Django's LocaleMiddleware does): each test
    starts in English, the default, as a new request to an English address would."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture
def seeded_site(db):
    """The whole seeded site, as `make run` serves it (procedures, conditions, notices, physicians…)."""
    call_command("load_clinic_content", verbosity=0)
    # A closure, so the location page shows its list too.
    HolidayClosureFactory(name="Thanksgiving Day", name_es="Día de Acción de Gracias")


def spanish_pages() -> list[str]:
    procedure = Page.objects.filter(kind=Page.Kind.PROCEDURE).first()
    condition = Page.objects.filter(kind=Page.Kind.CONDITION).first()
    physician = Physician.objects.listed().first()
    location = Location.objects.active().first()
    with translation.override("es"):
        return [
            "/es/",
            "/es/procedimientos/",
            "/es/afecciones/",
            "/es/medicos/",
            physician.get_absolute_url(),
            "/es/ubicaciones/",
            location.get_absolute_url(),
            "/es/seguros/",
            "/es/buscar/",
            "/es/consulta/",
            "/es/reportar-barrera/",
            # The detail pages show their English copy until es_pages gives them Spanish rows; their
            # interface around it must be Spanish already.
            procedure.get_absolute_url(),
            condition.get_absolute_url(),
        ]


def test_the_english_check_finds_english_on_the_english_pages(client, seeded_site):
    # The check could fail: on the English home page and location page it finds the interface's English.
    home = english_left(client.get("/").content.decode())
    assert {"Skip to main content", "Conditions we treat", "Request a consultation", "the"} <= set(home)
    location = Location.objects.first()
    assert {"Opening hours", "Closed"} <= set(
        english_left(client.get(location.get_absolute_url()).content.decode())
    )


def test_the_catalog_check_knows_the_sites_english():
    assert {
        "Skip to main content",
        "Insurance we accept",
        "Call for our opening hours",
        "Closed",
    } <= ENGLISH_PHRASES
    assert "procedimientos/" not in ENGLISH_PHRASES


def test_every_spanish_page_has_no_english_interface_string_left(client, seeded_site):
    for path in spanish_pages():
        response = client.get(path)
        html = response.content.decode()
        assert response.status_code == 200, path
        assert '<html lang="es">' in html, path
        assert response["Content-Language"] == "es", path
        assert english_left(html) == [], path


@pytest.mark.parametrize("terms", ["back", "médico", "zzzz"])
def test_the_spanish_search_with_a_query_has_no_english_interface_string_left(client, seeded_site, terms):
    response = client.get("/es/buscar/", {"q": terms})

    html = response.content.decode()
    assert response.status_code == 200
    assert english_left(html, typed=terms) == []
    title = parse(html).title
    assert title.startswith(f"Resultados de la búsqueda de “{terms}”")


def test_a_spanish_search_result_names_its_kind_in_spanish(client, seeded_site):
    text = visible_text(client.get("/es/buscar/", {"q": "facet"}).content.decode(), typed="facet")

    assert "Procedimiento" in text
    assert re.search(r"\d+ páginas? coincide", text)


def test_the_spanish_404_page_is_spanish(client, seeded_site):
    response = client.get("/es/no-existe-esta-pagina/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="es">' in html
    assert parse(html).find("h1").text == "No encontramos esa página"
    assert english_left(html) == []


def test_the_english_404_page_is_unchanged(client, seeded_site):
    html = client.get("/no-such-page/").content.decode()

    assert '<html lang="en">' in html
    assert parse(html).find("h1").text == "We can’t find that page"


@pytest.mark.parametrize("path", ["/es/", "/es/consulta/"])
def test_the_400_500_and_503_pages_are_in_the_language_of_the_address(seeded_site, path):
    request = RequestFactory().get(path)
    pages = {"400": error_views.bad_request(request, Exception()).content.decode()}
    try:
        raise OperationalError("the database stopped")
    except OperationalError:
        pages["503"] = error_views.server_error(request).content.decode()
    try:
        raise ValueError("a bug")
    except ValueError:
        pages["500"] = error_views.server_error(request).content.decode()

    headings = {
        "400": "Lo sentimos, no pudimos entender esa solicitud",
        "500": "Lo sentimos, algo salió mal de nuestro lado",
        "503": "Lo sentimos, ahora no podemos responder",
    }
    for status, html in pages.items():
        assert '<html lang="es">' in html, status
        assert parse(html).find("h1").text == headings[status]
        assert english_left(html) == [], status
        assert 'href="/es/"' in html  # home in Spanish, with no URL lookup


def test_the_error_pages_of_an_english_address_stay_english(seeded_site):
    with translation.override("es"):  # whatever was active when the error struck
        html = error_views.bad_request(RequestFactory().get("/procedures/"), Exception()).content.decode()

    assert '<html lang="en">' in html
    assert "Sorry, we couldn’t understand that request" in html


def test_the_outage_page_is_written_per_language(settings, tmp_path, clinic):
    settings.STATIC_ROOT = tmp_path

    call_command("render_unavailable_page", verbosity=0)

    english = (tmp_path / "errors" / "unavailable.html").read_text()
    spanish = (tmp_path / "errors" / "unavailable.es.html").read_text()
    assert '<html lang="en">' in english and "Sorry, we can’t answer right now" in english
    assert '<html lang="es">' in spanish and "Lo sentimos, ahora no podemos responder" in spanish
    assert "no la recibimos" in spanish
    assert clinic.main_phone.as_national in spanish
    assert english_left(spanish) == []


def test_nginx_serves_the_spanish_outage_page_for_spanish_addresses():
    site = (Path(settings.BASE_DIR) / "deploy" / "nginx" / "clinic.conf").read_text()

    assert "error_page 502 504 $clinic_unavailable_page;" in site
    assert '"~^/es(/|$)" /static/errors/unavailable.es.html;' in site


# The Spanish fields of what is not a page


def test_a_location_shows_its_spanish_fields_and_marks_the_english_it_falls_back_to(client, clinic):
    location = LocationFactory(
        parking="Validated parking under the building.",
        parking_es="Estacionamiento validado debajo del edificio.",
        transit="Metro E Line, Expo/Bundy station.",
        hours_note="Closed for lunch on Fridays.",
        hours_note_es="Cerrado a la hora de la comida los viernes.",
        accessibility="Step-free entrance.",
    )
    HolidayClosureFactory(location=location, name="Thanksgiving Day", name_es="Día de Acción de Gracias")
    HolidayClosureFactory(location=location, name="Founders' Day")
    with translation.override("es"):
        path = location.get_absolute_url()

    html = client.get(path).content.decode()
    document = parse(html)

    assert "Estacionamiento validado debajo del edificio." in html
    assert "Validated parking" not in html
    assert "Cerrado a la hora de la comida los viernes." in html
    assert '<div lang="en"><p>Metro E Line, Expo/Bundy station.</p></div>' in html
    assert '<div lang="en"><p>Step-free entrance.</p></div>' in html
    assert len(document.find_all("div", lang="en")) == 2
    assert "Día de Acción de Gracias" in html
    assert '<span lang="en">Founders&#x27; Day</span>' in html
    assert "Lunes a viernes" in html
    assert "8:00 a. m. – 5:00 p. m." in html
    assert "Sábado y domingo" in html and "Cerrado" in html


def test_the_english_location_page_is_unchanged(client, clinic):
    location = LocationFactory(parking="Validated parking.", parking_es="Estacionamiento validado.")

    html = client.get(location.get_absolute_url()).content.decode()

    assert "Validated parking." in html and "Estacionamiento" not in html
    # No element marked English on an English page (hreflang="en" on the alternate links is another thing).
    assert not re.search(r'\slang="en"', html.split("<html", 1)[1].split(">", 1)[1])
    assert "Monday–Friday" in html and "8:00 am – 5:00 pm" in html


def test_opening_days_and_times_follow_the_active_language():
    rows = [OpeningHours(weekday=day, opens=clock(8), closes=clock(17)) for day in range(3)]
    groups = group_week([*rows, OpeningHours(weekday=3, opens=clock(9), closes=clock(12))])
    with translation.override("es"):
        spanish = [(group.days, group.time_ranges) for group in groups]
    english = [(group.days, group.time_ranges) for group in groups]

    assert spanish == [
        ("lunes a miércoles", ["8:00 a. m. – 5:00 p. m."]),
        ("jueves", ["9:00 a. m. – 12:00 p. m."]),
        ("viernes a domingo", []),
    ]
    assert english == [
        ("Monday–Wednesday", ["8:00 am – 5:00 pm"]),
        ("Thursday", ["9:00 am – 12:00 pm"]),
        ("Friday–Sunday", []),
    ]


def test_a_physician_shows_the_spanish_biography_and_specialties_or_marks_the_english(client, clinic):
    PhysicianFactory(
        is_listed=True,
        slug="ana-lopez",
        biography="Dr. López treats back pain.",
        biography_es="La Dra. López trata el dolor de espalda.",
        specialty_label="Interventional pain medicine",
        specialty_label_es="Medicina intervencionista del dolor",
        board_certifications="American Board of Anesthesiology",
        languages="English, Spanish",
    )
    PhysicianFactory(
        is_listed=True, slug="sam-lee", biography="Dr. Lee treats neck pain.", specialty_label="Pain medicine"
    )

    translated_html = client.get("/es/medicos/ana-lopez/").content.decode()
    english_only_html = client.get("/es/medicos/sam-lee/").content.decode()
    listing = client.get("/es/medicos/").content.decode()

    assert '<div class="prose"><p>La Dra. López trata el dolor de espalda.</p></div>' in translated_html
    assert "Dr. López treats back pain.</p>" not in translated_html
    assert '<p class="lead">Medicina intervencionista del dolor</p>' in translated_html
    assert '<ul lang="en"><li>American Board of Anesthesiology</li></ul>' in translated_html
    assert '<p lang="en">English, Spanish</p>' in translated_html
    assert '<div class="prose" lang="en"><p>Dr. Lee treats neck pain.</p></div>' in english_only_html
    assert '<p class="lead" lang="en">Pain medicine</p>' in english_only_html
    assert "<p>Medicina intervencionista del dolor</p>" in listing
    assert '<p lang="en">Pain medicine</p>' in listing
    # The structured data keeps the English (schema values unchanged).
    blocks = parse(translated_html).json_ld()
    nodes = [node for block in blocks for node in block.get("@graph", [block])]
    [node] = [node for node in nodes if "Physician" in node.get("@type")]
    assert node["description"] == "Dr. López treats back pain."


def test_insurance_groups_show_their_spanish_name_and_explanation_or_mark_the_english(client, clinic):
    InsuranceGroupFactory(
        name="Self-pay",
        name_es="Pago directo",
        explanation="Ask for the price.",
        explanation_es="Pregunte el precio.",
    )
    InsuranceGroupFactory(name="Medicare", explanation="Bring your Medicare card.")

    html = client.get("/es/seguros/").content.decode()

    assert ">Pago directo</h2>" in html and "Self-pay" not in html
    assert "<p>Pregunte el precio.</p>" in html
    assert 'lang="en">Medicare</h2>' in html
    assert '<div lang="en"><p>Bring your Medicare card.</p></div>' in html


def test_the_clinics_spanish_emergency_notice_is_in_the_footer(client):
    ClinicFactory(emergency_notice_es="Si tiene una emergencia, llame al 911.")

    spanish = client.get("/es/").content.decode()
    english = client.get("/").content.decode()

    assert "Si tiene una emergencia, llame al 911." in spanish
    assert "If this is a medical emergency" not in spanish
    assert "If this is a medical emergency, call 911" in english


def test_menu_entries_in_spanish_lead_to_the_spanish_addresses(client, clinic):
    MenuItemFactory(label="Physicians", label_es="Médicos", url="/physicians/", position=1)
    MenuItemFactory(label="Insurance", url="/insurance/", position=2)  # no Spanish label yet
    MenuItemFactory(label="Clinic blog", label_es="Blog", url="https://blog.example.com/", position=3)

    document = parse(client.get("/es/").content)
    links = {
        link.text: link
        for link in document.find_all("a")
        if link.is_inside(document.find("nav", **{"aria-label": "Principal"}))
    }

    assert links["Médicos"].get("href") == "/es/medicos/"
    assert links["Insurance"].get("href") == "/es/seguros/"
    assert links["Insurance"].get("lang") == "en"
    assert links["Blog"].get("href") == "https://blog.example.com/"
    english = parse(client.get("/").content)
    assert {link.get("href") for link in english.find_all("a") if link.text == "Physicians"} == {
        "/physicians/"
    }


def test_spanish_breadcrumbs_are_spanish_in_the_page_and_its_structured_data(client, seeded_site):
    document = parse(client.get("/es/medicos/").content)

    [trail] = [
        node for block in document.json_ld() for node in block["@graph"] if node["@type"] == "BreadcrumbList"
    ]
    assert [item["name"] for item in trail["itemListElement"]] == ["Inicio", "Médicos"]
    assert document.find("nav", **{"aria-label": "Ruta de navegación"})


# The seed


def test_the_seed_fills_the_spanish_fields_and_is_idempotent(db):
    call_command("load_clinic_content", verbosity=0)

    clinic = Clinic.load()
    assert clinic.emergency_notice_es == clinic_content_es.EMERGENCY_NOTICE[1]
    self_pay = InsuranceGroup.objects.get(key="self-pay")
    assert (self_pay.name_es, self_pay.explanation_es) == (
        "Pago directo",
        clinic_content_es.INSURANCE_GROUPS["self-pay"]["explanation_es"],
    )
    assert InsuranceGroup.objects.get(key="medicare").name_es == ""  # a program's own name
    assert not InsuranceGroup.objects.filter(explanation_es="").exists()
    for physician in Physician.objects.filter(is_placeholder=True, is_listed=True):
        assert physician.biography_es == clinic_content_es.PLACEHOLDER_BIOGRAPHY
        assert physician.specialty_label_es.endswith("(provisional)")
        assert physician.biography_es_html.startswith("<p>Este perfil es provisional.")
    labels = dict(MenuItem.objects.filter(menu="header").values_list("label", "label_es"))
    assert labels["Physicians"] == "Médicos" and labels["About"] == "Quiénes somos"
    assert not MenuItem.objects.filter(label_es="").exists()

    # An editor's Spanish stays, and English they rewrote gets no translation of the old text.
    InsuranceGroup.objects.filter(key="ppo").update(explanation_es="Texto de la clínica.")
    InsuranceGroup.objects.filter(key="hmo").update(explanation="The clinic's own words.", explanation_es="")
    before = {group.key: group.explanation_es for group in InsuranceGroup.objects.all()}
    call_command("load_clinic_content", verbosity=0)
    after = {group.key: group.explanation_es for group in InsuranceGroup.objects.all()}
    assert after == before
    assert after["ppo"] == "Texto de la clínica." and after["hmo"] == ""


def test_every_seeded_menu_label_and_group_has_its_spanish():
    labels = {label for entries in clinic_content.MENUS.values() for label, _target in entries}
    assert labels <= set(clinic_content_es.MENU_LABELS)
    assert {group["key"] for group in clinic_content.INSURANCE_GROUPS} == set(
        clinic_content_es.INSURANCE_GROUPS
    )
    assert {profile["slug"] for profile in clinic_content.PLACEHOLDER_PROFILES} == set(
        clinic_content_es.PHYSICIANS
    )


# The admin


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (Physician, ["specialty_label_es", "biography_es"]),
        (Location, ["hours_note_es", "parking_es", "transit_es", "accessibility_es"]),
        (InsuranceGroup, ["name_es", "explanation_es"]),
        (Clinic, ["emergency_notice_es"]),
        (MenuItem, ["label_es"]),
    ],
)
def test_the_admin_form_edits_the_spanish_fields_beside_the_english(
    administrator_client, seeded_site, model, fields
):
    obj = model.objects.first()
    html = administrator_client.get(
        f"/admin/procedures/{model._meta.model_name}/{obj.pk}/change/"
    ).content.decode()

    for field in fields:
        assert f'name="{field}"' in html, field
    if model is not MenuItem:
        assert "<h2" in html and ">Spanish</h2>" in html


def test_spanish_pages_are_cached_per_language(client, seeded_site):
    spanish = client.get("/es/seguros/").content.decode()
    english = client.get("/insurance/").content.decode()

    assert '<html lang="es">' in spanish and '<html lang="en">' in english
    assert client.get("/es/seguros/").content.decode() == spanish


# Budgets


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("/", "/es/"),
        ("/physicians/", "/es/medicos/"),
        ("/locations/", "/es/ubicaciones/"),
        ("/insurance/", "/es/seguros/"),
        ("/search/?q=facet&", "/es/buscar/?q=facet&"),
    ],
)
def test_a_spanish_page_takes_the_queries_of_its_english_twin(client, seeded_site, english, spanish):
    # The Spanish fields are columns of the rows already read, and the words come from the catalog. The
    # one more query finds, all at once, the Spanish versions of the pages the menus link to.
    counts = {}
    for path in (english, spanish):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path + ("" if path.endswith("&") else "?") + "uncached").status_code == 200
        counts[path] = len(queries)

    assert counts[spanish] == counts[english] + 1


@pytest.mark.parametrize("path", ["/es/", "/es/medicos/", "/es/ubicaciones/", "/es/seguros/", "/es/buscar/"])
def test_a_spanish_page_is_under_20_kb_compressed(client, seeded_site, path):
    response = client.get(path, headers={"accept-encoding": "gzip"})

    assert response["Content-Encoding"] == "gzip"
    assert len(response.content) < 20 * 1024


def test_specialties_ticked_without_wording_are_shown_as_english_names(client, clinic):
    PhysicianFactory(is_listed=True, slug="kim-park", specialties=["Anesthesia"])
    label = dict(Physician.Specialty.choices)["Anesthesia"]

    spanish = client.get("/es/medicos/kim-park/").content.decode()
    english = client.get("/physicians/kim-park/").content.decode()

    assert f'<p class="lead" lang="en">{label}</p>' in spanish
    assert f'<p class="lead">{label}</p>' in english


def test_a_spanish_barrier_report_is_thanked_in_spanish(client, seeded_site):
    data = {
        "page": "/es/seguros/",
        "description": "No puedo abrir el menú con el teclado.",
        "website": "",
        "started": spam.form_started_token(time.time() - 60),
    }
    response = client.post("/es/reportar-barrera/", data)

    assert response.status_code == 302
    assert response["Location"].startswith("/es/reportar-barrera/gracias/")
    html = client.get(response["Location"]).content.decode()
    assert parse(html).find("h1").text == "Gracias, recibimos su reporte"
    assert english_left(html) == []
    assert BarrierReport.objects.get().page_path == "/es/seguros/"


def test_spanish_barrier_report_errors_and_an_expired_confirmation_are_spanish(client, seeded_site):
    errors = client.post("/es/reportar-barrera/", {"description": " ", "page": "https://elsewhere.example/"})
    expired = client.get("/es/reportar-barrera/gracias/not-a-token/")

    errors_html = errors.content.decode()
    assert "Cuéntenos qué pasó, para que podamos arreglarlo." in errors_html
    assert "Escriba la dirección de una página de este sitio" in errors_html
    assert english_left(errors_html) == []
    assert expired.status_code == 404
    assert parse(expired.content).find("h1").text == "Esta confirmación ya no está disponible"
    assert english_left(expired.content.decode()) == []
