"""Every page's JSON-LD parses and describes the page, what it is about, its FAQs and the clinic."""

import datetime

import pytest
from django.conf import settings

from tests.factories import (
    ClinicFactory,
    ConditionFactory,
    FAQFactory,
    LocationFactory,
    PhysicianFactory,
    ProcedureFactory,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def clinic_location():
    ClinicFactory(main_phone="+13105550142")
    return LocationFactory(street_address="11500 W Olympic Blvd, Suite 400", postal_code="90064")


def graph(client, url) -> dict[str, dict]:
    """The page's JSON-LD nodes by @type; there is exactly one block, and it must parse."""
    [data] = parse(client.get(url).content).json_ld()
    assert data["@context"] == "https://schema.org"
    nodes = {node["@type"]: node for node in data["@graph"]}
    assert len(nodes) == len(data["@graph"]), "one node per type"
    return nodes


def reviewed_page(factory):
    page = factory(
        title="Lumbar Facet Injections",
        medical_reviewer=PhysicianFactory(name="Jane Doe", credentials="MD"),
        last_reviewed=datetime.date(2026, 3, 2),
    )
    FAQFactory(page=page, question="Does it hurt?", answer="Most people feel **pressure**.")
    FAQFactory(page=page, question="How long does it last?", answer="Often several months.")
    return page


@pytest.mark.parametrize(
    ("factory", "about_type"),
    [(ProcedureFactory, "MedicalProcedure"), (ConditionFactory, "MedicalCondition")],
)
def test_medical_web_page_is_about_the_procedure_or_condition(client, clinic_location, factory, about_type):
    page = reviewed_page(factory)

    web_page = graph(client, page.get_absolute_url())["MedicalWebPage"]

    assert web_page["url"] == settings.SITE_URL + page.get_absolute_url()
    assert web_page["about"]["@type"] == about_type
    assert web_page["about"]["name"] == "Lumbar Facet Injections"


@pytest.mark.parametrize("factory", [ProcedureFactory, ConditionFactory])
def test_medical_web_page_has_last_reviewed_and_reviewed_by(client, clinic_location, factory):
    page = reviewed_page(factory)

    web_page = graph(client, page.get_absolute_url())["MedicalWebPage"]

    assert web_page["lastReviewed"] == "2026-03-02"
    assert web_page["reviewedBy"] == {"@type": "Person", "name": "Jane Doe, MD"}


def test_medical_web_page_without_review_details_leaves_them_out(client, clinic_location):
    page = ProcedureFactory()

    web_page = graph(client, page.get_absolute_url())["MedicalWebPage"]

    assert "lastReviewed" not in web_page
    assert "reviewedBy" not in web_page


@pytest.mark.parametrize("factory", [ProcedureFactory, ConditionFactory])
def test_faq_page_holds_the_pages_questions_in_order(client, clinic_location, factory):
    page = reviewed_page(factory)

    faq_page = graph(client, page.get_absolute_url())["FAQPage"]

    assert [question["name"] for question in faq_page["mainEntity"]] == [
        "Does it hurt?",
        "How long does it last?",
    ]
    first = faq_page["mainEntity"][0]
    assert first["@type"] == "Question"
    assert first["acceptedAnswer"] == {
        "@type": "Answer",
        "text": "<p>Most people feel <strong>pressure</strong>.</p>",
    }


def test_page_without_faqs_has_no_faq_page(client, clinic_location):
    page = ProcedureFactory()

    assert "FAQPage" not in graph(client, page.get_absolute_url())


@pytest.mark.parametrize("url", ["/", "procedure", "condition"])
def test_medical_clinic_has_telephone_and_postal_address(client, clinic_location, url):
    pages = {"procedure": ProcedureFactory, "condition": ConditionFactory}
    url = pages[url]().get_absolute_url() if url in pages else url

    medical_clinic = graph(client, url)["MedicalClinic"]

    assert medical_clinic["telephone"] == "+13105550142"
    assert medical_clinic["address"] == [
        {
            "@type": "PostalAddress",
            "streetAddress": "11500 W Olympic Blvd, Suite 400",
            "addressLocality": "Los Angeles",
            "addressRegion": "CA",
            "postalCode": "90064",
            "addressCountry": "US",
        }
    ]


# The members of schema.org's MedicalSpecialty enumeration (https://schema.org/MedicalSpecialty).
SCHEMA_ORG_MEDICAL_SPECIALTIES = {
    "Anesthesia", "Cardiovascular", "CommunityHealth", "Dentistry", "Dermatology", "DietNutrition",
    "Emergency", "Endocrine", "Gastroenterologic", "Genetic", "Geriatric", "Gynecologic", "Hematologic",
    "Infectious", "LaboratoryScience", "Midwifery", "Musculoskeletal", "Neurologic", "Nursing", "Obstetric",
    "Oncologic", "Optometric", "Otolaryngologic", "Pathology", "Pediatric", "PharmacySpecialty",
    "Physiotherapy", "PlasticSurgery", "Podiatric", "PrimaryCare", "Psychiatric", "PublicHealth",
    "Pulmonary", "Radiography", "Renal", "RespiratoryTherapy", "Rheumatologic", "SpeechPathology",
    "Surgical", "Toxicologic", "Urologic",
}  # fmt: skip


def test_the_clinics_medical_specialties_are_schema_org_medical_specialty_values(client, clinic_location):
    specialties = graph(client, "/")["MedicalClinic"]["medicalSpecialty"]

    assert specialties
    assert all(
        value.removeprefix("https://schema.org/") in SCHEMA_ORG_MEDICAL_SPECIALTIES for value in specialties
    )


def visible_breadcrumb(client, url) -> list[tuple[str, str]]:
    document = parse(client.get(url).content)
    nav = document.find("nav", **{"aria-label": "Breadcrumb"})
    links = [link for link in document.find_all("a") if link.is_inside(nav)]
    return [(" ".join(link.text.split()), settings.SITE_URL + link.get("href")) for link in links]


@pytest.mark.parametrize("url", ["/procedures/", "/conditions/", "procedure", "condition"])
def test_the_breadcrumb_list_matches_the_visible_breadcrumb(client, clinic_location, url):
    pages = {"procedure": ProcedureFactory, "condition": ConditionFactory}
    url = pages[url](title="Lumbar Facet Injections").get_absolute_url() if url in pages else url

    breadcrumb_list = graph(client, url)["BreadcrumbList"]

    items = breadcrumb_list["itemListElement"]
    assert [item["position"] for item in items] == list(range(1, len(items) + 1))
    assert [(item["name"], item["item"]) for item in items] == visible_breadcrumb(client, url)
    assert len(items) >= 2


def test_a_placeholder_reviewer_is_neither_reviewer_nor_review_date_in_structured_data(
    client, clinic_location
):
    page = ProcedureFactory(
        medical_reviewer=PhysicianFactory(name="Reviewing physician", credentials="", is_placeholder=True),
        last_reviewed=datetime.date(2026, 11, 30),
    )

    web_page = graph(client, page.get_absolute_url())["MedicalWebPage"]

    assert "reviewedBy" not in web_page
    assert "lastReviewed" not in web_page
