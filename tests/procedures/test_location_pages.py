"""Each location has a page: address, phone and fax, hours grouped as patients read them, closures,
visiting notes, a directions link and structured data; an index lists them, search finds them."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from django.utils import timezone

from consultations.forms import ConsultationRequestForm
from procedures.checks import clinic_details_check
from procedures.models import HolidayClosure, Location, OpeningHours
from procedures.opening_hours import group_week, parse_hours_text, time_text
from procedures.site_search import search_locations, search_terms
from tests.factories import (
    ClinicFactory,
    HolidayClosureFactory,
    ImageFactory,
    LocationFactory,
    OpeningHoursFactory,
)
from tests.markup import main_menu, parse
from tests.page_queries import SITE_FRAME_QUERIES

pytestmark = pytest.mark.django_db

UNCACHED = "?uncached"


def hours(*rows):
    return [OpeningHours(weekday=day, opens=opens, closes=closes) for day, opens, closes in rows]


def t(text: str) -> datetime.time:
    return datetime.time.fromisoformat(text)


def today():
    return timezone.localdate()


@pytest.fixture
def west():
    ClinicFactory(main_phone="+13105550142")
    return LocationFactory(
        name="West Los Angeles",
        slug="west-los-angeles",
        street_address="11500 W Olympic Blvd, Suite 400",
        city="Los Angeles",
        postal_code="90064",
        phone="+13105550143",
        fax="+13105550144",
        parking="Validated parking under the building.\n\nEnter from Corinth Avenue.",
        transit="Metro E Line, Expo/Bundy station.",
        accessibility="Step-free entrance and elevator.",
        latitude=Decimal("34.035400"),
        longitude=Decimal("-118.443000"),
    )


# Models and validation


def test_a_closing_time_before_the_opening_time_is_refused_with_a_clear_message(west):
    row = OpeningHours(location=west, weekday=0, opens=t("17:00"), closes=t("08:00"))

    with pytest.raises(ValidationError) as error:
        row.full_clean()

    assert "closing time must be after the opening time" in str(error.value.message_dict["closes"])


def test_the_database_refuses_hours_that_close_before_they_open(west):
    with pytest.raises(IntegrityError), transaction.atomic():
        OpeningHours.objects.create(location=west, weekday=0, opens="17:00", closes="17:00")


@pytest.mark.parametrize(
    ("latitude", "longitude"), [(Decimal("91"), Decimal("0")), (Decimal("0"), Decimal("-181"))]
)
def test_coordinates_outside_their_range_are_refused(west, latitude, longitude):
    west.latitude, west.longitude = latitude, longitude

    with pytest.raises(ValidationError):
        west.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        west.save()


def test_a_latitude_without_a_longitude_is_refused(west):
    west.longitude = None

    with pytest.raises(ValidationError, match="both the latitude and the longitude"):
        west.full_clean()


def test_a_closure_with_only_an_opening_time_is_refused(west):
    closure = HolidayClosure(date=today(), name="Christmas Eve", location=west, opens=t("08:00"))

    with pytest.raises(ValidationError, match="both the opening and the closing time"):
        closure.full_clean()


def test_the_admin_refuses_two_overlapping_openings_on_one_day(editor_client):
    add_url = reverse("admin:procedures_location_add")
    data = {
        name: values[0]
        for name, values in parse(editor_client.get(add_url).content).form_data("location_form").items()
    }
    data.update(
        name="Santa Monica",
        slug="santa-monica",
        street_address="1 Ocean Ave",
        city="Santa Monica",
        region="CA",
        postal_code="90401",
        phone="(310) 555-0150",
        position="0",
        is_active="on",
        **{
            "opening_hours-TOTAL_FORMS": "2",
            "opening_hours-0-weekday": "0",
            "opening_hours-0-opens": "08:00",
            "opening_hours-0-closes": "13:00",
            "opening_hours-1-weekday": "0",
            "opening_hours-1-opens": "12:00",
            "opening_hours-1-closes": "17:00",
        },
    )

    response = editor_client.post(add_url, data)

    assert response.status_code == 200
    assert "Two rows for Monday overlap (8:00 am – 1:00 pm and 12:00 pm – 5:00 pm)" in response.text
    assert not Location.objects.filter(slug="santa-monica").exists()

    data["opening_hours-1-opens"] = "13:30"
    assert editor_client.post(add_url, data).status_code == 302
    assert Location.objects.get(slug="santa-monica").opening_hours.count() == 2


# Hours as patients read them


def test_times_are_written_the_clinics_way():
    assert [time_text(t(value)) for value in ("08:00", "12:00", "12:30", "17:05", "00:00")] == [
        "8:00 am",
        "12:00 pm",
        "12:30 pm",
        "5:05 pm",
        "12:00 am",
    ]


def test_consecutive_days_with_the_same_hours_are_one_group_and_days_without_rows_are_closed():
    week = hours(*[(day, t("08:00"), t("17:00")) for day in range(5)])

    assert [str(group) for group in group_week(week)] == [
        "Monday–Friday 8:00 am – 5:00 pm",
        "Saturday–Sunday Closed",
    ]


def test_a_lunch_break_and_a_different_day_split_the_groups():
    week = hours(
        (0, t("13:00"), t("17:00")),
        (0, t("08:00"), t("12:00")),
        (1, t("08:00"), t("12:00")),
        (1, t("13:00"), t("17:00")),
        (2, t("09:00"), t("13:00")),
        (3, t("08:00"), t("12:00")),
        (3, t("13:00"), t("17:00")),
        (6, t("10:00"), t("12:00")),
    )

    assert [str(group) for group in group_week(week)] == [
        "Monday–Tuesday 8:00 am – 12:00 pm, 1:00 pm – 5:00 pm",
        "Wednesday 9:00 am – 1:00 pm",
        "Thursday 8:00 am – 12:00 pm, 1:00 pm – 5:00 pm",
        "Friday–Saturday Closed",
        "Sunday 10:00 am – 12:00 pm",
    ]


def test_a_location_without_any_row_has_no_groups_rather_than_a_week_of_closed():
    assert group_week([]) == []


# The free text of the old hours field, read into rows by migration 0013


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Monday–Friday: 8:00 am – 5:00 pm", [(day, "08:00", "17:00") for day in range(5)]),
        ("Saturday–Sunday: Closed", []),
        ("Mon-Fri 8am-5pm", [(day, "08:00", "17:00") for day in range(5)]),
        ("Sat 9–1", [(5, "09:00", "13:00")]),
        ("Tue, Thu: 1–5 pm", [(1, "13:00", "17:00"), (3, "13:00", "17:00")]),
        ("Wednesday: 8:00 am – 12:00 pm, 1:00 pm – 5:00 pm", [(2, "08:00", "12:00"), (2, "13:00", "17:00")]),
        ("Weekdays 8:30 to 17:00", [(day, "08:30", "17:00") for day in range(5)]),
        ("Sunday 10am–noon", [(6, "10:00", "12:00")]),
    ],
)
def test_the_old_hours_text_is_read_into_rows(text, rows):
    parsed = parse_hours_text(text)

    assert parsed.unread_lines == []
    assert parsed.rows == [(day, t(opens), t(closes)) for day, opens, closes in rows]


def test_lines_the_reader_does_not_understand_are_kept_word_for_word():
    parsed = parse_hours_text("Monday: 8 am – 5 pm\nBy appointment on Saturdays\nFriday: 25:00 – 26:00")

    assert parsed.rows == [(0, t("08:00"), t("17:00"))]
    assert parsed.unread_lines == ["By appointment on Saturdays", "Friday: 25:00 – 26:00"]


@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_each_locations_text_into_rows_and_a_note():
    executor = MigrationExecutor(connection)
    before = [("procedures", "0012_location_pages")]
    executor.migrate(before)
    old_location = executor.loader.project_state(before).apps.get_model("procedures", "Location")
    for name in ("West LA", "West LA"):
        old_location.objects.create(
            name=name,
            street_address="1 Main St",
            postal_code="90025",
            phone="+13105550143",
            hours="Monday–Friday: 8:00 am – 5:00 pm\nSaturday–Sunday: Closed\nBy appointment on holidays",
        )

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    first, second = Location.objects.order_by("pk")
    assert (first.slug, second.slug) == ("west-la", "west-la-2")
    assert [str(group) for group in Location.objects.with_hours().get(pk=first.pk).hours_groups()] == [
        "Monday–Friday 8:00 am – 5:00 pm",
        "Saturday–Sunday Closed",
    ]
    assert first.hours_note == "By appointment on holidays"


# The pages


def test_the_location_page_shows_address_phone_fax_hours_and_visiting_notes(client, west):
    HolidayClosureFactory(date=today() + datetime.timedelta(days=3), name="Thanksgiving Day", location=None)
    HolidayClosureFactory(
        date=today() + datetime.timedelta(days=20),
        name="Christmas Eve",
        location=west,
        opens="08:00",
        closes="12:00",
    )
    HolidayClosureFactory(
        date=today() - datetime.timedelta(days=1), name="Yesterday's closure", location=west
    )
    HolidayClosureFactory(
        date=today() + datetime.timedelta(days=5), name="Other location", location=LocationFactory()
    )

    response = client.get("/locations/west-los-angeles/")

    document = parse(response.content)
    assert response.status_code == 200
    assert document.find("h1").text == "West Los Angeles"
    assert "11500 W Olympic Blvd, Suite 400" in document.find_all("address")[0].text
    tel_links = [link.get("href") for link in document.find_all("a", **{"class": "phone"})]
    assert {"tel:+13105550143", "tel:+13105550144"} <= set(tel_links)
    assert [span.text for span in document.find_all("span", **{"class": "time-range"})][:2] == [
        "8:00 am – 5:00 pm",
        "8:00 am – 12:00 pm",
    ]
    closures = " ".join(document.find("ul", **{"class": "closures"}).text.split())
    assert "Thanksgiving Day, closed" in closures and "Christmas Eve, open 8:00 am – 12:00 pm" in closures
    assert "Yesterday" not in closures and "Other location" not in closures
    assert "Enter from Corinth Avenue." in response.text and "Metro E Line" in response.text
    assert document.find("h2", id="access-heading").text == "Accessibility"


def test_the_directions_link_is_a_plain_link_to_the_patients_maps_and_nothing_is_loaded_from_elsewhere(
    client, west
):
    response = client.get(west.get_absolute_url())

    document = parse(response.content)
    link = document.find("a", **{"class": "directions"})
    assert link.get("href") == (
        "https://www.google.com/maps/dir/?api=1&destination=11500+W+Olympic+Blvd%2C+Suite+400%2C+Los+Angeles%2C+CA+90064"
    )
    assert document.find_all("iframe") == []
    loaded = [
        element.get(name) or ""
        for element in document.elements
        for name in ("src", "srcset")
        if element.has(name) and element.tag != "a"
    ]
    assert [url for url in loaded if "//" in url] == []
    assert response.cookies == {}


def test_a_placeholder_address_gets_no_directions_link(client):
    location = LocationFactory(street_address="Street address to be confirmed")

    document = parse(client.get(location.get_absolute_url()).content)

    assert document.find_all("a", **{"class": "directions"}) == []


def test_the_map_image_is_a_picture_with_its_text_alternative(client, west, media_root):
    west.map_image = ImageFactory(alt_text="Map: the entrance is on Corinth Avenue, parking below.")
    west.save()

    document = parse(client.get(west.get_absolute_url()).content)

    image = document.find("img")
    assert image.get("alt") == "Map: the entrance is on Corinth Avenue, parking below."
    assert image.parent.tag == "picture"


def test_a_renamed_address_redirects_from_the_old_one(client, west):
    west.slug = "olympic-boulevard"
    west.save()

    response = client.get("/locations/west-los-angeles/")

    assert (response.status_code, response["Location"]) == (301, "/locations/olympic-boulevard/")


def test_an_inactive_location_has_no_page(client):
    location = LocationFactory(is_active=False)

    assert client.get(location.get_absolute_url()).status_code == 404


def test_the_index_lists_each_active_location_with_a_link_and_its_hours(client, west):
    LocationFactory(name="Closed Office", is_active=False)

    document = parse(client.get("/locations/").content)

    assert [
        link.text for link in document.find_all("a") if link.get("href") == "/locations/west-los-angeles/"
    ] == [
        "West Los Angeles",  # the card
        "West Los Angeles",  # the footer
    ]
    assert "Closed Office" not in document.find("main").text


def test_breadcrumbs_lead_from_home_through_locations_to_the_location(client, west):
    document = parse(client.get(west.get_absolute_url()).content)

    trail = [
        link.get("href")
        for link in document.find_all("a")
        if link.is_inside(document.find("nav", **{"class": "breadcrumbs"}))
    ]
    assert trail == ["/", "/locations/", "/locations/west-los-angeles/"]


def test_the_header_links_to_the_locations_and_the_footer_to_each_location(client, west):
    document = parse(client.get("/").content)

    nav = main_menu(document)
    assert ("Locations", "/locations/") in [
        (link.text, link.get("href")) for link in document.find_all("a") if link.is_inside(nav)
    ]
    footer = document.find("footer")
    assert [
        link.get("href")
        for link in document.find_all("a")
        if link.is_inside(footer) and "/locations/" in link.get("href")
    ] == ["/locations/west-los-angeles/"]
    assert [
        span.text for span in document.find_all("span", **{"class": "time-range"}) if span.is_inside(footer)
    ] == ["8:00 am – 5:00 pm"]


def test_the_sitemap_lists_the_index_and_each_active_location(client, west):
    LocationFactory(slug="closed-office", is_active=False)

    sitemap = client.get("/sitemap.xml").text

    assert "/locations/</loc>" in sitemap and "/locations/west-los-angeles/</loc>" in sitemap
    assert "closed-office" not in sitemap


# Queries, cache, weight


def locations_with_everything(count):
    ClinicFactory()
    locations = LocationFactory.create_batch(count)
    for location in locations:
        OpeningHoursFactory(location=location, weekday=5, opens="09:00", closes="13:00")
        HolidayClosureFactory(location=location)
    HolidayClosureFactory(location=None)
    return locations


# The location with its hours (2) and its map image, its closures (1), and the site's frame.
DETAIL_QUERIES = 3 + SITE_FRAME_QUERIES
# The locations and their hours (2), and the site's frame.
INDEX_QUERIES = 2 + SITE_FRAME_QUERIES


@pytest.mark.parametrize("count", [1, 4])
def test_a_location_page_takes_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    location = locations_with_everything(count)[0]

    with django_assert_num_queries(DETAIL_QUERIES):
        response = client.get(location.get_absolute_url() + UNCACHED)

    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 4])
def test_the_location_index_takes_a_fixed_number_of_queries(client, django_assert_num_queries, count):
    locations_with_everything(count)

    with django_assert_num_queries(INDEX_QUERIES):
        response = client.get("/locations/" + UNCACHED)

    assert response.content.count(b'class="card"') == count


def test_anonymous_readers_get_the_location_page_from_the_cache_until_its_hours_change(
    client, west, django_assert_max_num_queries
):
    client.get(west.get_absolute_url())

    with django_assert_max_num_queries(1):
        cached = client.get(west.get_absolute_url())
    OpeningHoursFactory(location=west, weekday=5, opens="09:00", closes="13:00")
    changed = client.get(west.get_absolute_url())

    assert "9:00 am – 1:00 pm" not in cached.text
    assert "9:00 am – 1:00 pm" in changed.text


def test_a_location_page_with_four_locations_weighs_under_20_kb(client):
    location = locations_with_everything(4)[0]

    assert len(client.get(location.get_absolute_url()).content) < 20_000


# Structured data


def location_page_nodes(client, location):
    [data] = parse(client.get(location.get_absolute_url()).content).json_ld()
    return {node.get("@id", node["@type"]): node for node in data["@graph"]}


def test_the_location_page_describes_the_location_as_a_medical_clinic_of_the_clinic(client, west, settings):
    HolidayClosureFactory(
        date=datetime.date(2099, 12, 24), name="Christmas Eve", location=west, opens="08:00", closes="12:00"
    )
    HolidayClosureFactory(date=datetime.date(2099, 12, 25), name="Christmas Day", location=None)

    nodes = location_page_nodes(client, west)

    node = nodes[f"{settings.SITE_URL}/locations/west-los-angeles/#location"]
    assert node["@type"] == "MedicalClinic"
    assert node["address"]["streetAddress"] == "11500 W Olympic Blvd, Suite 400"
    assert node["address"]["postalCode"] == "90064"
    assert (node["telephone"], node["faxNumber"]) == ("+13105550143", "+13105550144")
    assert node["geo"] == {"@type": "GeoCoordinates", "latitude": 34.0354, "longitude": -118.443}
    assert node["parentOrganization"] == {"@id": f"{settings.SITE_URL}/#clinic"}
    assert node["openingHoursSpecification"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}"
                for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
            ],
            "opens": "08:00",
            "closes": "17:00",
        }
    ]
    special = {entry["validFrom"]: entry for entry in node["specialOpeningHoursSpecification"]}
    assert (special["2099-12-24"]["opens"], special["2099-12-24"]["closes"]) == ("08:00", "12:00")
    assert (special["2099-12-25"]["opens"], special["2099-12-25"]["closes"]) == ("00:00", "00:00")
    assert all(entry["validThrough"] == entry["validFrom"] for entry in special.values())
    breadcrumbs = nodes["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in breadcrumbs] == ["Home", "Locations", "West Los Angeles"]


def test_the_site_wide_clinic_data_carries_the_telephone_and_each_locations_hours_and_place(
    client, west, settings
):
    LocationFactory(name="Santa Monica", slug="santa-monica", opening_hours=False)

    [data] = parse(client.get("/").content).json_ld()

    [clinic] = [node for node in data["@graph"] if node.get("@id") == f"{settings.SITE_URL}/#clinic"]
    assert clinic["telephone"] == "+13105550142"
    departments = {department["name"]: department for department in clinic["department"]}
    assert departments["West Los Angeles"]["geo"]["latitude"] == 34.0354
    assert departments["West Los Angeles"]["openingHoursSpecification"][0]["opens"] == "08:00"
    assert "openingHoursSpecification" not in departments["Santa Monica"]


def test_a_clinic_with_one_location_carries_its_hours_and_place_itself(client, west):
    [data] = parse(client.get("/").content).json_ld()

    [clinic] = [node for node in data["@graph"] if node.get("@id", "").endswith("/#clinic")]
    assert clinic["openingHoursSpecification"][0]["closes"] == "17:00"
    assert clinic["geo"]["longitude"] == -118.443


# The seed


def test_the_seed_writes_the_hours_as_rows_and_running_it_again_changes_nothing():
    call_command("load_clinic_content", stdout=open("/dev/null", "w"))
    call_command("load_clinic_content", stdout=open("/dev/null", "w"))

    location = Location.objects.with_hours().get()
    assert location.slug == "los-angeles"
    assert OpeningHours.objects.count() == 5
    assert [str(group) for group in location.hours_groups()] == [
        "Monday–Friday 8:00 am – 5:00 pm",
        "Saturday–Sunday Closed",
    ]


# Search


@pytest.mark.parametrize("typed", ["west", "los angeles", "90064", "Olympic"])
def test_site_search_finds_a_location_by_name_city_zip_or_street(west, typed):
    assert search_locations(search_terms(typed)) == [west]


def test_site_search_leaves_out_inactive_locations_and_other_words(west):
    LocationFactory(name="West Closed", is_active=False)

    assert search_locations(search_terms("west")) == [west]
    assert search_locations(search_terms("stenosis")) == []


@pytest.mark.parametrize("count", [1, 4])
def test_searching_locations_takes_one_query(django_assert_num_queries, count):
    LocationFactory.create_batch(count, city="Pasadena")

    with django_assert_num_queries(1):
        assert len(search_locations("pasadena")) == count


def test_the_search_page_lists_a_matching_location_with_its_link(client, west):
    document = parse(client.get("/search/", {"q": "90064"}).content)

    assert (
        " ".join(document.find("h2", **{"class": "search-summary"}).text.split()) == "1 page matches “90064”"
    )
    assert [
        link.text for link in document.find_all("a") if link.get("href") == "/locations/west-los-angeles/"
    ][0] == ("West Los Angeles")


# The consultation form and the deploy check


def test_the_forms_location_choice_names_each_location_and_its_area(west):
    LocationFactory(name="Pasadena", city="Pasadena", postal_code="91101")

    labels = [label for _, label in ConsultationRequestForm().fields["location"].choices]

    assert labels == ["No preference", "Pasadena (Pasadena 91101)", "West Los Angeles (Los Angeles 90064)"]


def w007(location_name):
    return [
        warning.msg
        for warning in clinic_details_check(None)
        if warning.id == "procedures.W007" and location_name in warning.msg
    ]


def test_the_deploy_check_warns_of_a_location_page_with_placeholders_or_without_hours():
    LocationFactory(name="Seeded", street_address="Street address to be confirmed", phone="+13105550143")
    LocationFactory(name="No hours", phone="+13235550100", opening_hours=False)

    [seeded] = w007("Seeded")
    assert seeded.endswith(
        "is not ready for patients: its street address is a placeholder, its phone number is a placeholder."
    )
    assert "it has no opening hours" in w007("No hours")[0]


def test_the_deploy_check_is_quiet_for_a_location_with_real_details_and_hours():
    LocationFactory(name="Ready", phone="+13234567890")

    assert w007("Ready") == []
