"""A page shows its hero image and its sections' images as responsive pictures that keep their room."""

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

from procedures.models import Image
from tests.factories import ClinicFactory, ImageFactory, LocationFactory, ProcedureFactory, SectionFactory
from tests.markup import parse
from tests.procedures.test_query_count import PAGE_QUERIES

pytestmark = pytest.mark.django_db

UNCACHED = "?uncached"


@pytest.fixture
def illustrated_page(media_root):
    ClinicFactory()
    LocationFactory()
    page = ProcedureFactory(
        title="Lumbar Facet Injections", hero_image=ImageFactory(alt_text="A physician at an X-ray screen.")
    )
    SectionFactory(
        page=page, heading="What to expect", image=ImageFactory(alt_text="A diagram of the spine.")
    )
    SectionFactory(page=page, heading="Recovery")
    return page


def pictures_of(response):
    document = parse(response.content)
    return document.find_all("picture"), document.find_all("img"), document.find_all("source")


def test_the_hero_image_is_fetched_first_and_keeps_its_room(client, illustrated_page):
    document = parse(client.get(illustrated_page.get_absolute_url()).content)

    hero = document.find("img", alt="A physician at an X-ray screen.")
    assert hero.get("fetchpriority") == "high"
    assert hero.get("loading") is None  # never lazy: it is at the top of the page
    assert (hero.get("width"), hero.get("height")) == ("1000", "750")
    assert hero.parent.tag == "picture" and "page-hero" in hero.parent.get("class")


def test_a_section_image_follows_the_section_text_and_loads_lazily(client, illustrated_page):
    document = parse(client.get(illustrated_page.get_absolute_url()).content)

    picture = document.find("img", alt="A diagram of the spine.")
    assert picture.get("loading") == "lazy"
    assert picture.get("decoding") == "async"
    assert picture.get("width") and picture.get("height")
    section = picture.parent.parent
    assert section.tag == "section"
    headings = [h2.text for h2 in document.find_all("h2") if h2.is_inside(section)]
    assert headings == ["What to expect"]


def test_each_picture_offers_avif_or_webp_by_width_with_a_jpeg_fallback(client, illustrated_page):
    image = illustrated_page.hero_image
    document = parse(client.get(illustrated_page.get_absolute_url()).content)

    hero = document.find("img", alt="A physician at an X-ray screen.")
    sources = [element for element in document.find_all("source") if element.parent is hero.parent]
    assert [source.get("type") for source in sources] == [
        f"image/{kind}" for kind in ("avif", "webp") if kind in image.renditions
    ]
    webp = next(source for source in sources if source.get("type") == "image/webp")
    assert webp.get("srcset") == ", ".join(
        f"{default_storage.url(name)} {width}w" for width, _, name in image.renditions["webp"]
    )
    assert webp.get("sizes") == hero.get("sizes") == "(min-width: 46rem) 44rem, calc(100vw - 2rem)"
    assert hero.get("src").endswith("/720.jpg")
    assert hero.get("srcset").count(".jpg ") == len(image.renditions["jpeg"])


def test_every_picture_url_on_the_page_is_served(client, illustrated_page):
    document = parse(client.get(illustrated_page.get_absolute_url()).content)

    urls = {img.get("src") for img in document.find_all("img")} | {
        candidate.split()[0]
        for element in document.find_all("source") + document.find_all("img")
        for candidate in (element.get("srcset") or "").split(", ")
    }
    assert len(urls) > 6
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_a_decorative_picture_has_an_empty_alt_so_screen_readers_skip_it(client, media_root):
    ClinicFactory()
    page = ProcedureFactory(hero_image=ImageFactory(alt_text="", is_decorative=True))

    document = parse(client.get(page.get_absolute_url()).content)

    hero = [img for img in document.find_all("img") if img.get("fetchpriority") == "high"]
    assert len(hero) == 1 and hero[0].get("alt") == ""


def test_a_page_without_pictures_has_no_picture_markup(client, media_root):
    ClinicFactory()
    page = ProcedureFactory()
    SectionFactory(page=page)

    assert b"<picture" not in client.get(page.get_absolute_url()).content


def test_changing_a_pictures_text_alternative_empties_the_page_cache(client, editor_client, illustrated_page):
    client.get(illustrated_page.get_absolute_url())
    image = illustrated_page.hero_image

    editor_client.post(
        reverse("admin:procedures_image_change", args=[image.pk]),
        {"alt_text": "A nurse checks the patient's blood pressure."},
    )

    content = client.get(illustrated_page.get_absolute_url()).content
    assert b"A nurse checks the patient&#x27;s blood pressure." in content


def test_pictures_add_no_query_to_the_page(client, illustrated_page, django_assert_num_queries):
    # The page's usual queries (tests/procedures/test_query_count.py): pictures come with the page and
    # its sections.
    with django_assert_num_queries(PAGE_QUERIES):
        client.get(illustrated_page.get_absolute_url() + UNCACHED)


def test_an_editor_chooses_the_hero_and_a_section_image_on_the_page_form(editor_client, media_root):
    image = ImageFactory()
    page = ProcedureFactory()

    document = parse(editor_client.get(reverse("admin:procedures_procedure_change", args=[page.pk])).content)

    hero_field = document.find("select", name="hero_image")
    hero_choices = [
        option.get("value") for option in document.find_all("option") if option.is_inside(hero_field)
    ]
    assert str(image.pk) in hero_choices
    assert document.find("select", name="sections-__prefix__-image")
    assert Image.objects.count() == 1


def test_link_previews_and_search_engines_get_the_hero_as_a_jpeg(client, illustrated_page, settings):
    document = parse(client.get(illustrated_page.get_absolute_url()).content)
    largest_jpeg = illustrated_page.hero_image.renditions["jpeg"][-1]

    assert document.meta(property="og:image") == settings.SITE_URL + default_storage.url(largest_jpeg[2])
    assert document.meta(property="og:image:width") == str(largest_jpeg[0])
    assert document.meta(property="og:image:alt") == "A physician at an X-ray screen."
    web_page = next(node for node in document.json_ld()[0]["@graph"] if node["@type"] == "MedicalWebPage")
    assert web_page["primaryImageOfPage"]["url"] == document.meta(property="og:image")
