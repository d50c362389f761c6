"""Physician profiles: the index and a page each, linked from the pages they reviewed, cached, in the
sitemap and site search, described to search engines, seeded as placeholders, checked before going live."""

import datetime
import gzip
import xml.etree.ElementTree as ET
from html import unescape
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core import checks
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.urls import reverse

from procedures import clinic_content
from procedures.models import Location, Page, Physician
from procedures.npi import npi_is_valid
from procedures.site_search import search_site, search_terms
from tests.factories import (
    ClinicFactory,
    ConditionFactory,
    ImageFactory,
    LocationFactory,
    PhysicianFactory,
    ProcedureFactory,
)
from tests.markup import parse
from tests.page_queries import SITE_FRAME_QUERIES

pytestmark = pytest.mark.django_db

INDEX = "/physicians/"
# A query string keeps the request out of the page cache, so the view's own queries run.
UNCACHED = "?uncached"
VALID_NPI = "1234567893"  # the example NPI of CMS's check-digit description
STALE = "Changed behind the back of the ORM"


def listed_physician(**fields):
    defaults = {"is_listed": True, "name": "Jane Doe", "credentials": "MD"}
    return PhysicianFactory(**{**defaults, **fields})


@pytest.fixture
def clinic_location():
    ClinicFactory()
    return LocationFactory(name="West Los Angeles", street_address="11500 W Olympic Blvd, Suite 400")


def visible(element) -> str:
    return " ".join(element.text.split())


# The profile's fields


@pytest.mark.parametrize("npi", ["1234567893", "1245319599", ""])
def test_a_valid_npi_or_none_is_accepted(npi):
    physician = PhysicianFactory.build(name="Jane Doe", npi=npi)

    physician.full_clean(exclude=["slug"])


@pytest.mark.parametrize(
    ("npi", "code"),
    [
        ("1234567890", "npi_check_digit"),
        ("123456789", "npi_format"),
        ("12345 6789", "npi_format"),
        ("abcdefghij", "npi_format"),
    ],
)
def test_a_mistyped_npi_gets_a_clear_error(npi, code):
    physician = PhysicianFactory.build(name="Jane Doe", npi=npi)

    with pytest.raises(ValidationError) as raised:
        physician.full_clean(exclude=["slug"])

    [error] = raised.value.error_dict["npi"]
    assert error.code == code
    assert "NPI" in error.message


def test_the_npi_check_digit_is_the_luhn_digit_of_the_number_prefixed_with_80840():
    assert npi_is_valid("1234567893")
    assert not any(npi_is_valid(f"123456789{digit}") for digit in "012456789")


def test_the_database_refuses_an_npi_that_is_not_ten_digits_and_a_second_physician_with_the_same():
    PhysicianFactory(npi=VALID_NPI)

    with pytest.raises(IntegrityError), transaction.atomic():
        PhysicianFactory(npi="12345")
    with pytest.raises(IntegrityError), transaction.atomic():
        PhysicianFactory(npi=VALID_NPI)
    PhysicianFactory(npi="")
    PhysicianFactory(npi="")  # any number of physicians without one yet


def test_the_address_comes_from_the_name_and_stays_unique():
    first = PhysicianFactory(name="Jane Doe")
    second = PhysicianFactory(name="Jane Doe")
    chosen = PhysicianFactory(name="Sam Roe", slug="dr-roe")

    assert (first.slug, second.slug, chosen.slug) == ("jane-doe", "jane-doe-2", "dr-roe")
    assert first.get_absolute_url() == "/physicians/jane-doe/"


def test_the_biography_is_markdown_rendered_without_anything_unsafe():
    physician = PhysicianFactory(biography="Trained at **UCLA**.\n\n<script>alert(1)</script>")

    assert "<strong>UCLA</strong>" in physician.biography_html
    assert "<script" not in physician.biography_html


def test_a_biography_links_to_a_page_by_reference_as_page_copy_does(client, clinic_location):
    ProcedureFactory(title="Medial Branch Block", slug="medial-branch-block")
    physician = listed_physician(
        biography="See [medial branch blocks](page:medial-branch-block) and [a draft](page:nothing-here)."
    )

    html = client.get(physician.get_absolute_url()).content.decode()

    assert '<a href="/procedures/medial-branch-block/">medial branch blocks</a>' in html
    assert "page:" not in html
    assert "a draft" in html


def test_a_specialty_outside_the_list_is_refused():
    physician = PhysicianFactory.build(name="Jane Doe", specialties=["PainMedicine"])

    with pytest.raises(ValidationError) as raised:
        physician.full_clean(exclude=["slug"])

    assert raised.value.error_dict["specialties"][0].code == "unknown_specialty"


def test_the_specialties_shown_are_the_editors_wording_else_the_labels_ticked():
    physician = PhysicianFactory.build(specialties=["Anesthesia", "Physiotherapy"])

    assert physician.specialties_shown == "Anesthesiology, Physical medicine and rehabilitation"
    physician.specialty_label = "Interventional pain medicine"
    assert physician.specialties_shown == "Interventional pain medicine"


# The index and the profile


def test_the_index_lists_the_listed_physicians_in_order_with_credentials_specialties_and_locations(
    client, clinic_location
):
    second = listed_physician(name="Sam Roe", position=2, specialty_label="Physical medicine")
    first = listed_physician(name="Ana Reyes", credentials="DO", position=1, specialties=["Anesthesia"])
    first.locations.add(clinic_location)
    PhysicianFactory(name="Not Listed")

    document = parse(client.get(INDEX).content)

    cards = document.find_all("li", **{"class": "physician-card"})
    assert [visible(card) for card in cards] == [
        "Ana Reyes, DO Anesthesiology Sees patients at West Los Angeles",
        "Sam Roe, MD Physical medicine",
    ]
    links = [link.get("href") for link in document.find_all("a") if link.parent.tag == "h2"]
    assert links == [first.get_absolute_url(), second.get_absolute_url()]


def test_the_index_and_the_profile_show_the_photo_with_its_text_alternative(
    client, clinic_location, media_root
):
    physician = listed_physician(photo=ImageFactory(alt_text="Dr. Jane Doe smiling in her office."))

    for url in (INDEX, physician.get_absolute_url()):
        [image] = parse(client.get(url).content).find_all("img")
        assert image.get("alt") == "Dr. Jane Doe smiling in her office."
        assert image.get("width") and image.get("height")


def test_the_profile_shows_biography_certifications_languages_and_locations(client, clinic_location):
    physician = listed_physician(
        biography="Dr. Doe treats **back pain**.",
        board_certifications="American Board of Anesthesiology\n\nPain Medicine (subspecialty)\n",
        languages="English, Spanish",
        specialty_label="Interventional pain medicine",
    )
    physician.locations.add(clinic_location)

    document = parse(client.get(physician.get_absolute_url()).content)

    assert visible(document.find("h1")) == "Jane Doe, MD"
    assert visible(document.find("p", **{"class": "lead"})) == "Interventional pain medicine"
    assert "<strong>back pain</strong>" in client.get(physician.get_absolute_url()).content.decode()
    section_texts = [visible(section) for section in document.find_all("section")]
    certifications = document.find("section", **{"aria-labelledby": "certifications-heading"})
    assert [visible(item) for item in document.find_all("li") if item.is_inside(certifications)] == [
        "American Board of Anesthesiology",
        "Pain Medicine (subspecialty)",
    ]
    assert "Languages spoken English, Spanish" in section_texts
    assert any(
        "11500 W Olympic Blvd, Suite 400" in text and "(310) 555-0143" in text for text in section_texts
    )


def test_the_profile_lists_the_published_pages_the_physician_reviewed(client, clinic_location):
    physician = listed_physician()
    live = ProcedureFactory(title="Medial Branch Block", medical_reviewer=physician)
    ConditionFactory(title="Spinal Stenosis", medical_reviewer=physician)
    ProcedureFactory(title="A Draft", medical_reviewer=physician, status=Page.Status.DRAFT)
    ProcedureFactory(title="Its working draft", medical_reviewer=physician, draft_of=live, slug=live.slug)
    ProcedureFactory(title="Someone else's", medical_reviewer=PhysicianFactory())

    document = parse(client.get(physician.get_absolute_url()).content)

    reviewed = document.find("ul", **{"class": "reviewed-pages"})
    assert [visible(link) for link in document.find_all("a") if link.is_inside(reviewed)] == [
        "Medial Branch Block",
        "Spinal Stenosis",
    ]


def test_a_placeholder_profile_claims_no_reviewed_page_and_asks_search_engines_not_to_index_it(
    client, clinic_location
):
    placeholder = listed_physician(
        name="Physician to be named by the clinic", credentials="", is_placeholder=True
    )
    ProcedureFactory(title="Medial Branch Block", medical_reviewer=placeholder)

    response = client.get(placeholder.get_absolute_url())

    assert b"Medial Branch Block" not in response.content
    assert parse(response.content).meta(name="robots") == "noindex"


def test_an_unlisted_profile_is_not_found_by_the_public_but_staff_preview_it(
    client, editor_client, clinic_location
):
    physician = PhysicianFactory(name="Jane Doe", is_listed=False)

    assert client.get(physician.get_absolute_url()).status_code == 404
    assert client.get("/physicians/nobody/").status_code == 404
    preview = editor_client.get(physician.get_absolute_url())
    assert preview.status_code == 200
    assert b"Profile preview." in preview.content


def test_the_breadcrumbs_lead_home_then_to_the_index(client, clinic_location):
    physician = listed_physician()

    document = parse(client.get(physician.get_absolute_url()).content)

    trail = document.find("nav", **{"aria-label": "Breadcrumb"})
    assert [
        (visible(link), link.get("href")) for link in document.find_all("a") if link.is_inside(trail)
    ] == [
        ("Home", "/"),
        ("Physicians", INDEX),
        ("Jane Doe, MD", physician.get_absolute_url()),
    ]


@pytest.mark.parametrize("path", ["/", "/procedures/", INDEX, "/search/"])
def test_every_page_links_to_the_physicians_from_the_main_menu(client, clinic_location, path):
    document = parse(client.get(path).content)

    menu = document.find("nav", **{"aria-label": "Main"})
    assert INDEX in [link.get("href") for link in document.find_all("a") if link.is_inside(menu)]


# "Medically reviewed by"


@pytest.mark.parametrize("factory", [ProcedureFactory, ConditionFactory])
def test_the_review_line_links_to_a_listed_reviewers_profile(client, clinic_location, factory):
    physician = listed_physician()
    page = factory(medical_reviewer=physician, last_reviewed=datetime.date(2026, 3, 2))

    [line] = [
        p
        for p in parse(client.get(page.get_absolute_url()).content).find_all("p")
        if p.get("class") == "review"
    ]

    assert visible(line) == "Medically reviewed by Jane Doe, MD on March 2, 2026"
    [link] = [
        a
        for a in parse(client.get(page.get_absolute_url()).content).find_all("a")
        if a.get("href") == physician.get_absolute_url()
    ]
    assert visible(link) == "Jane Doe, MD"


def test_the_review_line_of_an_unlisted_reviewer_names_them_without_a_link(client, clinic_location):
    physician = PhysicianFactory(name="Jane Doe", credentials="MD", is_listed=False)
    page = ProcedureFactory(medical_reviewer=physician, last_reviewed=datetime.date(2026, 3, 2))

    html = client.get(page.get_absolute_url()).content.decode()

    assert "Medically reviewed by Jane Doe, MD" in html
    assert physician.get_absolute_url() not in html


def test_a_listed_placeholder_reviewer_still_shows_no_review_line(client, clinic_location):
    placeholder = listed_physician(
        name="Reviewing physician (to be named)", credentials="", is_placeholder=True
    )
    page = ProcedureFactory(medical_reviewer=placeholder, last_reviewed=datetime.date(2026, 11, 30))

    html = client.get(page.get_absolute_url()).content.decode()

    assert "reviewed" not in html.lower()
    assert placeholder.get_absolute_url() not in html


# Queries and the page cache


def physicians_with_everything(count, location):
    for number in range(count):
        physician = listed_physician(name=f"Physician {number}", specialties=["Anesthesia"])
        physician.locations.add(location, LocationFactory())
        ProcedureFactory(medical_reviewer=physician)
    return physician


@pytest.mark.parametrize("count", [1, 5])
def test_the_index_takes_the_same_queries_however_many_physicians(
    client, clinic_location, django_assert_num_queries, count
):
    physicians_with_everything(count, clinic_location)

    # The physicians with their photos, their locations; the site's frame.
    with django_assert_num_queries(2 + SITE_FRAME_QUERIES):
        response = client.get(INDEX + UNCACHED)

    assert response.content.count(b'class="physician-card"') == count


@pytest.mark.parametrize("count", [1, 5])
def test_the_profile_takes_the_same_queries_however_many_locations_and_pages(
    client, clinic_location, django_assert_num_queries, count
):
    physician = listed_physician()
    for _ in range(count):
        physician.locations.add(LocationFactory())
        ProcedureFactory(medical_reviewer=physician)

    # The physician with its photo, its locations, the pages it reviewed; the site's frame.
    with django_assert_num_queries(3 + SITE_FRAME_QUERIES):
        response = client.get(physician.get_absolute_url() + UNCACHED)

    assert parse(response.content).find("ul", **{"class": "reviewed-pages"}).text.count("Procedure") == count


@pytest.mark.parametrize("url", [INDEX, "profile"])
def test_anonymous_readers_get_the_cached_copy_until_a_physician_is_saved(client, clinic_location, url):
    physician = listed_physician(specialty_label="Pain medicine")
    url = physician.get_absolute_url() if url == "profile" else url
    client.get(url)
    # A queryset update sends no signal, so the cache does not learn of it.
    Physician.objects.update(specialty_label=STALE)

    assert b"Pain medicine" in client.get(url).content
    assert "cookie" not in {name.lower() for name in client.get(url).headers}

    physician.refresh_from_db()
    physician.save()

    assert STALE.encode() in client.get(url).content


def test_adding_a_location_to_a_physician_empties_the_page_cache(client, clinic_location):
    physician = listed_physician()
    client.get(physician.get_absolute_url())

    physician.locations.add(LocationFactory(name="Pasadena"))

    assert b"Pasadena" in client.get(physician.get_absolute_url()).content


def test_the_index_and_a_full_profile_weigh_under_20_kb_with_the_stylesheet(client, clinic_location):
    """The budget of every new page type: at most 20 KB transferred (gzipped), pictures aside."""
    stylesheet = gzip.compress((Path(settings.BASE_DIR) / "static/css/site.css").read_bytes())
    physician = physicians_with_everything(5, clinic_location)
    physician.biography = "A paragraph about the physician's training and care. " * 40
    physician.save()

    for url in (INDEX, physician.get_absolute_url()):
        page = gzip.compress(client.get(url).content)
        assert len(page) + len(stylesheet) < 20_000, url


# Structured data


def physician_node(client, physician) -> tuple[dict, dict]:
    [data] = parse(client.get(physician.get_absolute_url()).content).json_ld()
    assert data["@context"] == "https://schema.org"
    [node] = [node for node in data["@graph"] if "Physician" in node["@type"]]
    [breadcrumbs] = [node for node in data["@graph"] if node["@type"] == "BreadcrumbList"]
    return node, breadcrumbs


def test_the_profile_describes_a_physician_with_specialty_clinic_location_photo_and_npi(
    client, clinic_location, media_root
):
    physician = listed_physician(
        npi=VALID_NPI,
        specialties=["Anesthesia", "Physiotherapy"],
        languages="English, Spanish",
        photo=ImageFactory(alt_text="Dr. Jane Doe."),
    )
    physician.locations.add(clinic_location)
    url = settings.SITE_URL + physician.get_absolute_url()

    node, _ = physician_node(client, physician)

    assert node["@type"] == ["Physician", "Person"]
    assert (node["name"], node["honorificSuffix"], node["url"]) == ("Jane Doe", "MD", url)
    assert node["medicalSpecialty"] == ["https://schema.org/Anesthesia", "https://schema.org/Physiotherapy"]
    for relation in ("memberOf", "worksFor"):
        assert node[relation]["@type"] == "MedicalClinic"
        assert node[relation]["name"] == "Advanced Pain Medical Group"
        assert node[relation]["url"] == settings.SITE_URL + "/"
    assert node["address"] == [
        {
            "@type": "PostalAddress",
            "streetAddress": "11500 W Olympic Blvd, Suite 400",
            "addressLocality": "Los Angeles",
            "addressRegion": "CA",
            "postalCode": "90025",
            "addressCountry": "US",
        }
    ]
    assert node["location"][0]["name"] == "West Los Angeles"
    assert node["location"][0]["address"] == node["address"][0]
    assert node["telephone"] == node["location"][0]["telephone"] == "+13105550143"
    assert node["image"].startswith(settings.SITE_URL + "/media/images/") and node["image"].endswith(".jpg")
    assert node["identifier"] == {"@type": "PropertyValue", "propertyID": "NPI", "value": VALID_NPI}
    assert node["knowsLanguage"] == ["English", "Spanish"]


def test_a_profile_without_npi_photo_or_location_leaves_them_out_and_gives_the_clinics_phone(
    client, clinic_location
):
    physician = listed_physician(credentials="")

    node, breadcrumbs = physician_node(client, physician)

    assert (
        not {"identifier", "image", "address", "location", "honorificSuffix", "medicalSpecialty"}
        & node.keys()
    )
    assert node["telephone"] == "+13105550142"
    assert [item["name"] for item in breadcrumbs["itemListElement"]] == ["Home", "Physicians", "Jane Doe"]


def test_a_reviewed_page_links_its_reviewer_to_the_listed_profile(client, clinic_location):
    physician = listed_physician()
    page = ProcedureFactory(medical_reviewer=physician, last_reviewed=datetime.date(2026, 3, 2))

    [data] = parse(client.get(page.get_absolute_url()).content).json_ld()

    [web_page] = [node for node in data["@graph"] if node["@type"] == "MedicalWebPage"]
    assert web_page["reviewedBy"]["url"] == settings.SITE_URL + physician.get_absolute_url()


# Sitemap and search


def test_the_sitemap_lists_the_index_and_the_listed_real_profiles_only(client, clinic_location):
    listed = listed_physician()
    PhysicianFactory(name="Unlisted")
    listed_physician(name="Physician to be named", is_placeholder=True)

    root = ET.fromstring(client.get("/sitemap.xml").content)

    addresses = {url.text for url in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    physician_addresses = {address for address in addresses if "/physicians/" in address}
    assert physician_addresses == {settings.SITE_URL + INDEX, settings.SITE_URL + listed.get_absolute_url()}


@pytest.fixture(params=["postgresql", "sqlite"])
def search_backend(request, monkeypatch):
    """Search as on PostgreSQL, then with the SQLite fallback (its plain lookups run on any database)."""
    if request.param == "sqlite":
        monkeypatch.setattr(connection, "vendor", "sqlite")
    return request.param


@pytest.fixture
def searchable_physicians(clinic_location):
    listed_physician(
        name="Ana Reyes", specialties=["Anesthesia"], specialty_label="Interventional pain medicine"
    )
    listed_physician(name="Sam Roe", credentials="DO", specialties=["Physiotherapy"])
    PhysicianFactory(name="Ana Hidden", specialties=["Anesthesia"], is_listed=False)


def names_found(typed):
    return [str(result) for result in search_site(search_terms(typed)) if isinstance(result, Physician)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Reyes", ["Ana Reyes, MD"]),
        ("ana reyes", ["Ana Reyes, MD"]),
        ("pain medicine", ["Ana Reyes, MD"]),  # the specialties as shown
        ("anesthesiology", ["Ana Reyes, MD"]),  # a specialty's label
        ("anesthesia", ["Ana Reyes, MD"]),  # its schema.org name
        ("rehabilitation", ["Sam Roe, DO"]),
        ("knee", []),
    ],
)
def test_site_search_finds_listed_physicians_by_name_and_specialty(
    searchable_physicians, search_backend, typed, expected
):
    assert names_found(typed) == expected


@pytest.mark.skipif(connection.vendor != "postgresql", reason="trigram similarity is PostgreSQL's")
def test_site_search_finds_a_misspelt_name_on_postgresql(searchable_physicians):
    assert names_found("Reyse") == ["Ana Reyes, MD"]


def test_the_search_page_shows_physicians_as_results_linking_to_their_profiles(client, searchable_physicians):
    document = parse(client.get("/search/", {"q": "Reyes"}).content)

    [card] = document.find_all("li", **{"class": "card"})
    assert visible(card) == "Ana Reyes, MD Physician Interventional pain medicine"
    [link] = [link for link in document.find_all("a") if link.is_inside(card)]
    assert link.get("href") == "/physicians/ana-reyes/"


@pytest.mark.parametrize("count", [1, 5])
def test_the_search_page_takes_the_same_queries_however_many_physicians_match(
    client, clinic_location, django_assert_num_queries, count
):
    for number in range(count):
        listed_physician(name=f"Jane Doe {number}")

    # The physicians, the pages, the locations; the site's frame.
    with django_assert_num_queries(3 + SITE_FRAME_QUERIES):
        response = client.get("/search/", {"q": "Jane"})

    assert response.content.count(b'class="card"') == count


# The seed and the deploy check


def load() -> str:
    out = StringIO()
    call_command("load_clinic_content", stdout=out)
    return out.getvalue()


def test_the_seed_lists_two_placeholder_profiles_at_its_location_the_first_the_placeholder_reviewer(client):
    output = load()

    physicians = list(Physician.objects.listed())
    assert [physician.name for physician in physicians] == [
        "Reviewing physician (to be named by the clinic)",
        "Physician to be named by the clinic",
    ]
    assert all(physician.is_placeholder for physician in physicians)
    assert all("placeholder" in physician.biography for physician in physicians)
    assert [list(physician.locations.all()) for physician in physicians] == [list(Location.objects.all())] * 2
    # Every page with medical content names the placeholder reviewer (About, Contact… name none).
    medical_pages = Page.objects.exclude(kind=Page.Kind.CLINIC_PAGE, clinicpage__medical_content=False)
    assert medical_pages.exclude(medical_reviewer=physicians[0]).count() == 0
    assert "Listed 2 placeholder physician profiles" in output
    assert client.get(INDEX).content.count(b'class="physician-card"') == 2


def test_loading_the_seed_again_changes_no_physician():
    load()
    before = list(Physician.objects.values())

    output = load()

    assert list(Physician.objects.values()) == before
    assert "Left the physician profiles unchanged." in output


def test_the_seed_adds_no_placeholder_profile_once_the_clinic_lists_its_own_physician():
    listed_physician()

    load()

    assert list(Physician.objects.listed().values_list("name", flat=True)) == ["Jane Doe"]
    assert Physician.objects.filter(is_placeholder=True, is_listed=False).count() == 1  # the reviewer
    assert clinic_content.PLACEHOLDER_PROFILES[1]["name"] not in Physician.objects.values_list(
        "name", flat=True
    )


def profile_warnings() -> list[str]:
    return [
        message.msg
        for message in checks.run_checks(include_deployment_checks=True)
        if message.id == "procedures.W006"
    ]


def test_the_deploy_check_warns_of_each_listed_placeholder_and_listed_profile_without_npi(db):
    listed_physician(name="Physician to be named", is_placeholder=True)
    listed_physician(name="Jane Doe")
    listed_physician(name="Sam Roe", npi=VALID_NPI)
    PhysicianFactory(name="Unlisted Physician")

    warnings = profile_warnings()

    assert len(warnings) == 2
    assert any("“Physician to be named”, a placeholder profile" in warning for warning in warnings)
    assert any("“Jane Doe” has no NPI" in warning for warning in warnings)


def test_the_seeded_profiles_each_get_the_deploy_warning():
    load()

    assert len(profile_warnings()) == 2


# Admin


def test_an_editor_adds_a_profile_and_views_it_on_the_site(editor_client, clinic_location):
    response = editor_client.post(
        reverse("admin:procedures_physician_add"),
        {
            "name": "Jane Doe",
            "credentials": "MD",
            "is_listed": "on",
            "slug": "",
            "position": "",
            "specialties": ["Anesthesia", "Physiotherapy"],
            "biography": "Dr. Doe trained at UCLA.",
            "board_certifications": "American Board of Anesthesiology",
            "languages": "English, Spanish",
            "locations": [clinic_location.pk],
            "npi": VALID_NPI,
        },
    )

    assert response.status_code == 302
    physician = Physician.objects.get()
    assert (physician.slug, physician.position, physician.specialties) == (
        "jane-doe",
        0,
        ["Anesthesia", "Physiotherapy"],
    )
    assert list(physician.locations.all()) == [clinic_location]
    change = editor_client.get(reverse("admin:procedures_physician_change", args=[physician.pk])).content
    assert f'href="{physician.get_absolute_url()}"'.encode() in change


def test_the_image_library_says_which_profile_uses_a_photo(editor_client, media_root):
    image = ImageFactory(alt_text="Dr. Jane Doe.")
    PhysicianFactory(name="Jane Doe", photo=image)

    document = parse(editor_client.get(reverse("admin:procedures_image_changelist")).content)
    change = editor_client.get(reverse("admin:procedures_image_change", args=[image.pk])).content.decode()

    assert document.find("td", **{"class": "field-pages_using"}).text.strip() == "1"
    assert "Jane Doe's profile" in unescape(change)


def test_the_admin_explains_a_mistyped_npi_and_keeps_what_was_typed(editor_client):
    response = editor_client.post(
        reverse("admin:procedures_physician_add"),
        {"name": "Jane Doe", "credentials": "MD", "biography": "Kept as typed.", "npi": "1234567890"},
    )

    assert response.status_code == 200
    assert "its last digit does not match the others" in response.content.decode()
    assert b"Kept as typed." in response.content
    assert not Physician.objects.exists()
