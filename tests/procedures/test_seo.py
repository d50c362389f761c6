"""Each public page has its own title and description, a canonical link and Open Graph tags."""

import re

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from tests.factories import ConditionFactory, ProcedureFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_paths():
    procedures = [
        ProcedureFactory(
            title="Medial Branch Block", summary="A test injection that finds the painful joint."
        ),
        ProcedureFactory(
            title="Radiofrequency Ablation",
            seo_title="Radiofrequency Ablation for Back Pain",
            summary="Heat quiets the nerve that carries facet joint pain.",
        ),
    ]
    conditions = [
        ConditionFactory(title="Spinal Stenosis", summary="Narrowing of the spinal canal."),
        ConditionFactory(title="Spondylosis", summary="Wear of the spine with age."),
    ]
    return ["/", "/procedures/", "/conditions/"] + [
        page.get_absolute_url() for page in procedures + conditions
    ]


def test_every_page_has_its_own_title(client, public_paths):
    titles = [parse(client.get(path).content).title for path in public_paths]

    assert all(titles)
    assert len(set(titles)) == len(public_paths), titles


def test_every_page_has_its_own_meta_description(client, public_paths):
    descriptions = [parse(client.get(path).content).meta(name="description") for path in public_paths]

    assert all(descriptions)
    assert len(set(descriptions)) == len(public_paths), descriptions


def test_page_title_is_the_seo_title_when_set_and_description_is_the_summary(client):
    page = ProcedureFactory(
        title="RFA", seo_title="Radiofrequency Ablation in Los Angeles", summary="Heat, briefly."
    )

    document = parse(client.get(page.get_absolute_url()).content)

    assert document.title.startswith("Radiofrequency Ablation in Los Angeles | ")
    assert document.meta(name="description") == "Heat, briefly."


def test_canonical_link_is_the_site_url_and_the_path(client, public_paths):
    for path in public_paths:
        canonical = parse(client.get(path).content).find("link", rel="canonical")

        assert canonical.get("href") == settings.SITE_URL + path


def test_canonical_link_ignores_the_host_the_request_came_in_on(client):
    page = ProcedureFactory()

    response = client.get(page.get_absolute_url(), headers={"host": "127.0.0.1"})

    assert (
        parse(response.content).find("link", rel="canonical").get("href")
        == settings.SITE_URL + page.get_absolute_url()
    )


def test_open_graph_tags_carry_the_pages_title_description_and_address(client):
    page = ProcedureFactory(
        title="Medial Branch Block", summary="A test injection that finds the painful joint."
    )

    document = parse(client.get(page.get_absolute_url()).content)

    assert document.meta(property="og:title") == "Medial Branch Block"
    assert document.meta(property="og:description") == "A test injection that finds the painful joint."
    assert document.meta(property="og:url") == settings.SITE_URL + page.get_absolute_url()


def test_index_pages_have_open_graph_tags(client, public_paths):
    for path in public_paths[:3]:
        document = parse(client.get(path).content)

        assert document.meta(property="og:title")
        assert document.meta(property="og:description")
        assert document.meta(property="og:url") == settings.SITE_URL + path


@pytest.fixture
def seeded_site_paths(client):
    """Every public page of the site as `make run` seeds it: what the sitemap lists, and the form."""
    call_command("load_clinic_content", verbosity=0)
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = [url.removeprefix(settings.SITE_URL) for url in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    return paths + [reverse("consultations:request")]


def test_no_page_title_of_the_seeded_site_is_longer_than_70_characters(client, seeded_site_paths):
    assert len(seeded_site_paths) > 10
    titles = [parse(client.get(path).content).title for path in seeded_site_paths]

    # Search results cut a longer title off mid-word.
    assert [(len(title), title) for title in titles if len(title) > 70] == []


def test_a_seo_title_too_long_for_the_clinic_name_after_it_is_the_whole_title(client):
    seo_title = "Radiofrequency Ablation (RFA) for Spine Pain in Los Angeles"
    page = ProcedureFactory(title="RFA", seo_title=seo_title)

    assert parse(client.get(page.get_absolute_url()).content).title == seo_title
