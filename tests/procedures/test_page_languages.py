"""Pages in Spanish (issue #13): a Spanish page is a Page row of its own, translating an English one."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import translation

from procedures import services
from procedures.checks import _translation_warnings
from procedures.models import ClinicPage, Page, Procedure
from tests.factories import (
    ClinicFactory,
    ConditionFactory,
    FAQFactory,
    LocationFactory,
    ProcedureFactory,
    SectionFactory,
)
from tests.procedures.test_query_count import PAGE_QUERIES, UNCACHED

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A request under /es/ leaves Spanish active in this thread (the middleware activates it and
    nothing deactivates it): the next test, in any file, starts in English."""
    yield
    translation.activate("en")


def spanish_of(page, **fields):
    model = type(page)
    factory = {Procedure: ProcedureFactory}.get(model, ConditionFactory)
    return factory(language="es", translation_of=page, **fields)


@pytest.fixture
def english_page():
    ClinicFactory()
    page = ProcedureFactory(title="Lumbar Facet Injections", slug="lumbar-facet-injections")
    SectionFactory(page=page, heading="How it works", body="The English text.")
    FAQFactory(page=page, question="Does it hurt?", answer="A little.")
    return page


# The model and its constraints


def test_a_slug_is_unique_among_live_pages_per_language(english_page):
    spanish_of(english_page, slug="lumbar-facet-injections")  # the same slug in another language
    with pytest.raises(IntegrityError), transaction.atomic():
        ProcedureFactory(slug="lumbar-facet-injections")


def test_one_live_translation_per_page_and_language(english_page):
    spanish_of(english_page, slug="inyecciones")
    with pytest.raises(IntegrityError), transaction.atomic():
        spanish_of(english_page, slug="otra")


def test_an_english_page_translates_nothing(english_page):
    with pytest.raises(IntegrityError), transaction.atomic():
        ProcedureFactory(language="en", translation_of=english_page)


def test_the_address_is_in_the_page_language(english_page):
    spanish = spanish_of(english_page, slug="inyecciones-facetarias-lumbares")
    assert spanish.get_absolute_url() == "/es/procedimientos/inyecciones-facetarias-lumbares/"
    assert english_page.get_absolute_url() == "/procedures/lumbar-facet-injections/"


def test_a_spanish_working_draft_is_spanish(editor, english_page):
    spanish = spanish_of(english_page, slug="inyecciones")
    draft = services.page_working_draft(spanish, by=editor)
    assert draft.pk != spanish.pk
    assert (draft.language, draft.translation_of_id) == ("es", english_page.pk)


# Public reads take the active language


def test_each_list_shows_only_its_language(client, english_page):
    spanish_of(english_page, title="Inyecciones facetarias lumbares", slug="inyecciones")
    ProcedureFactory(title="Medial Branch Block")  # no Spanish version
    english = client.get("/procedures/").content.decode()
    spanish = client.get("/es/procedimientos/").content.decode()
    assert "Lumbar Facet Injections" in english and "Inyecciones facetarias lumbares" not in english
    assert "Inyecciones facetarias lumbares" in spanish
    assert "Medial Branch Block" not in spanish and "Lumbar Facet Injections" not in spanish
    home = client.get("/es/").content.decode()
    assert "Inyecciones facetarias lumbares" in home and "Medial Branch Block" not in home


def test_a_page_without_spanish_version_is_a_404_offering_the_english_page(client, english_page):
    response = client.get("/es/procedimientos/lumbar-facet-injections/")
    assert response.status_code == 404
    content = response.content.decode()
    assert 'href="/procedures/lumbar-facet-injections/" hreflang="en" lang="en"' in content


def test_an_unpublished_spanish_version_is_a_404(client, english_page):
    spanish_of(english_page, slug="inyecciones", status=Page.Status.DRAFT)
    assert client.get("/es/procedimientos/inyecciones/").status_code == 404
    assert client.get("/es/procedimientos/").content.decode().count("inyecciones") == 0


def test_the_english_address_never_shows_the_spanish_page(client, english_page):
    spanish_of(english_page, slug="inyecciones")
    assert client.get("/procedures/inyecciones/").status_code == 404


def test_search_in_spanish_finds_spanish_pages_stemmed_and_misspelt(client, english_page):
    spanish_of(english_page, title="Inyecciones facetarias lumbares", slug="inyecciones")
    stemmed = client.get("/es/buscar/?q=inyección").content.decode()
    misspelt = client.get("/es/buscar/?q=inyeciones facetarias").content.decode()
    english = client.get("/search/?q=inyecciones").content.decode()
    assert "/es/procedimientos/inyecciones/" in stemmed
    assert "/es/procedimientos/inyecciones/" in misspelt
    assert "/es/procedimientos/inyecciones/" not in english


def test_required_notices_and_menus_in_the_active_language(client, english_page):
    english_notice = ClinicPage.objects.create(
        title="Accessibility Statement",
        slug="accessibility",
        summary="s",
        notice="accessibility",
        status="published",
    )
    ClinicPage.objects.create(
        title="Declaración de accesibilidad",
        slug="accesibilidad",
        summary="s",
        notice="accessibility",
        language="es",
        translation_of=english_notice,
        status="published",
    )
    spanish = client.get("/es/procedimientos/").content.decode()
    english = client.get("/procedures/").content.decode()
    assert "/es/accesibilidad/" in spanish and 'href="/accessibility/"' not in spanish
    assert 'href="/accessibility/"' in english and "/es/accesibilidad/" not in english


# Links from a Spanish page


def test_links_to_english_only_pages_say_so(client, english_page):
    other = ProcedureFactory(title="Medial Branch Block", slug="medial-branch-block")
    translated = ProcedureFactory(title="Radiofrequency Ablation", slug="radiofrequency-ablation")
    spanish_of(translated, slug="ablacion-por-radiofrecuencia")
    spanish = spanish_of(
        english_page,
        slug="inyecciones",
        introduction="Vea [el bloqueo](page:medial-branch-block), "
        "[la ablación](page:radiofrequency-ablation) y [otra vez](/procedures/medial-branch-block/).",
    )
    content = client.get(spanish.get_absolute_url()).content.decode()
    english_link = (
        f'<a href="{other.get_absolute_url()}" hreflang="en"><span lang="en">el bloqueo</span></a>'
        " (en inglés)"
    )
    assert english_link in content
    assert '<a href="/es/procedimientos/ablacion-por-radiofrecuencia/">la ablación</a>' in content
    assert '<span lang="en">otra vez</span></a> (en inglés)' in content


# Finding the other language


def test_switcher_and_hreflang_lead_to_the_other_version(client, english_page):
    spanish = spanish_of(english_page, slug="inyecciones")
    english = client.get(english_page.get_absolute_url()).context
    assert english["alternate_urls"] == {
        "en": english_page.get_absolute_url(),
        "es": spanish.get_absolute_url(),
    }
    response = client.get(spanish.get_absolute_url())
    content = response.content.decode()
    site = settings.SITE_URL
    english_url, spanish_url = english_page.get_absolute_url(), spanish.get_absolute_url()
    for code, path in (("en", english_url), ("es", spanish_url), ("x-default", english_url)):
        assert f'<link rel="alternate" hreflang="{code}" href="{site}{path}">' in content
    rendered = translation_switcher(response.context)
    assert f'href="{english_page.get_absolute_url()}" hreflang="en" lang="en">English</a>' in rendered


def test_switcher_without_version_leads_to_the_other_home_with_a_note(client, english_page):
    response = client.get(english_page.get_absolute_url())
    rendered = translation_switcher(response.context)
    assert 'href="/es/" hreflang="es" lang="es">Español</a>' in rendered
    assert "todavía no está en español" in rendered
    assert 'hreflang="es"' not in response.content.decode().split("</head>")[0]


def translation_switcher(context) -> str:
    from django.template.loader import render_to_string

    with translation.override(context["LANGUAGE_CODE"]):
        return render_to_string(
            "includes/language_switcher.html", {"alternate_urls": context["alternate_urls"]}
        )


def test_lists_have_the_other_language_address(client):
    assert client.get("/procedures/").context["alternate_urls"] == {
        "en": "/procedures/",
        "es": "/es/procedimientos/",
    }


def test_sitemap_lists_a_page_in_a_language_only_when_it_exists_in_it(client, english_page):
    ProcedureFactory(slug="medial-branch-block")
    spanish_of(english_page, slug="inyecciones")
    content = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{settings.SITE_URL}/es/procedimientos/inyecciones/</loc>" in content
    assert 'hreflang="es" href="' in content and "/es/procedimientos/medial-branch-block/" not in content
    assert 'hreflang="x-default"' in content


# Query counts


@pytest.mark.parametrize("sections", [1, 20])
def test_spanish_page_takes_as_many_queries_as_an_english_one(client, django_assert_num_queries, sections):
    ClinicFactory()
    LocationFactory.create_batch(2)
    english = ProcedureFactory()
    spanish = spanish_of(english, slug="pagina")
    for page in (english, spanish):
        SectionFactory.create_batch(sections, page=page)
        FAQFactory.create_batch(sections, page=page)
    with django_assert_num_queries(PAGE_QUERIES):
        assert client.get(english.get_absolute_url() + UNCACHED).status_code == 200
    with django_assert_num_queries(PAGE_QUERIES):
        assert client.get(spanish.get_absolute_url() + UNCACHED).status_code == 200


# The workflow per row


def test_a_medical_reviewer_approves_a_translation_like_the_original(editor, medical_reviewer, english_page):
    spanish = services.page_translation_create(english_page, by=editor, language="es")
    assert services.is_ready_to_publish(spanish) is False
    draft = services.page_submit_for_review(spanish, by=editor, reviewer=medical_reviewer)
    services.page_approve(draft, by=medical_reviewer)
    live = services.page_publish(draft, by=editor)
    assert (live.language, live.is_published) == ("es", True)
    english_page.refresh_from_db()
    assert english_page.approval_id is None  # the English page's own review is untouched


# Admin


def test_add_the_spanish_version_from_the_english_page(editor_client, english_page):
    change = f"/admin/procedures/procedure/{english_page.pk}/change/"
    assert "Add the Spanish version" in editor_client.get(change).content.decode()
    response = editor_client.post(f"/admin/procedures/procedure/{english_page.pk}/add-translation/")
    spanish = Procedure.objects.get(language="es")
    assert response.status_code == 302 and response["Location"].endswith(f"/{spanish.pk}/change/")
    assert (spanish.translation_of_id, spanish.status, spanish.review_state) == (
        english_page.pk,
        "draft",
        "draft",
    )
    assert list(spanish.sections.values_list("heading", flat=True)) == ["How it works"]
    assert list(spanish.faqs.values_list("question", flat=True)) == ["Does it hurt?"]
    box = editor_client.get(change).content.decode()
    assert "Spanish version" in box and "Being written" in box and "Add the Spanish version" not in box
    panel = editor_client.get(response["Location"]).content.decode()
    assert "Translating from English" in panel and "The English text." in panel


def test_the_review_lists_label_spanish_pages(
    medical_reviewer_client, editor, medical_reviewer, english_page
):
    spanish = services.page_translation_create(english_page, by=editor, language="es")
    services.page_submit_for_review(spanish, by=editor, reviewer=medical_reviewer)
    content = medical_reviewer_client.get("/admin/procedures/procedure/waiting-for-review/").content.decode()
    assert "Lumbar Facet Injections (Spanish)" in content


def test_page_list_filters_by_language(editor_client, english_page):
    spanish_of(english_page, title="Inyecciones", slug="inyecciones")
    content = editor_client.get("/admin/procedures/procedure/?language__exact=es").content.decode()
    assert "Inyecciones" in content and "Lumbar Facet Injections" not in content


# Seed and deploy check


def test_seed_loads_spanish_pages_published_unapproved_and_idempotent():
    call_command("load_clinic_content", stdout=open("/dev/null", "w"))
    spanish = Page.objects.in_language("es")
    count = spanish.count()
    assert count >= 22
    assert not spanish.exclude(status="published").exists()
    assert not spanish.exclude(approval=None).exists()
    facet = Procedure.objects.get(slug="inyecciones-facetarias-lumbares")
    assert facet.translation_of.slug == "lumbar-facet-injections"
    assert facet.has_placeholder_reviewer
    assert set(facet.conditions_treated.values_list("language", flat=True)) == {"es"}
    assert ClinicPage.objects.filter(language="es", notice="language-assistance").exists()
    call_command("load_clinic_content", stdout=open("/dev/null", "w"))
    assert Page.objects.in_language("es").count() == count


def test_w011_warns_of_unapproved_translations_and_unreviewed_notices(english_page):
    spanish_of(english_page, slug="inyecciones", title="Inyecciones")
    notice = ClinicPage.objects.create(title="A", slug="accessibility", summary="s", notice="accessibility")
    ClinicPage.objects.create(
        title="Declaración",
        slug="accesibilidad",
        summary="s",
        notice="accessibility",
        language="es",
        translation_of=notice,
        status="published",
    )
    messages = [warning.msg for warning in _translation_warnings()]
    assert {warning.id for warning in _translation_warnings()} == {"procedures.W011"}
    assert any("Inyecciones" in message for message in messages)
    assert any("Declaración" in message for message in messages)


@override_settings(LANGUAGE_CODE="en")
def test_english_has_no_w011(english_page):
    assert _translation_warnings() == []


def test_a_spanish_page_is_previewed_in_spanish(editor_client, english_page):
    spanish = spanish_of(english_page, slug="inyecciones", status=Page.Status.DRAFT)
    response = editor_client.get(f"/admin/procedures/procedure/{spanish.pk}/preview/")
    assert response.status_code == 200
    assert '<html lang="es"' in response.content.decode()


def test_a_spanish_page_relates_to_spanish_pages_only(editor_client, english_page):
    condition = ConditionFactory(title="Facet Joint Arthritis")
    ConditionFactory(title="Artritis facetaria", language="es", translation_of=condition, slug="artritis")
    spanish = spanish_of(english_page, slug="inyecciones")
    form = editor_client.get(f"/admin/procedures/procedure/{spanish.pk}/change/").context["adminform"].form
    assert [choice.title for choice in form.fields["conditions_treated"].queryset] == ["Artritis facetaria"]


def test_seed_finds_the_english_page_beside_a_spanish_one_with_its_slug(editor):
    call_command("load_clinic_content", stdout=open("/dev/null", "w"))
    english = Procedure.objects.get(slug="medial-branch-block", language="en")
    Page.objects.filter(translation_of=english).delete()
    services.page_translation_create(english, by=editor, language="es")  # keeps the English slug
    call_command("load_clinic_content", stdout=open("/dev/null", "w"))
    assert Procedure.objects.filter(slug="medial-branch-block").count() == 2


def test_a_spanish_page_comes_from_the_page_cache_without_a_cookie(client, django_assert_max_num_queries):
    ClinicFactory()
    spanish = spanish_of(ProcedureFactory(), slug="pagina")
    client.get(spanish.get_absolute_url())
    with django_assert_max_num_queries(1):
        response = client.get(spanish.get_absolute_url())
    assert response.status_code == 200 and not response.cookies
    assert response["Content-Language"] == "es"


def test_menu_addresses_lead_to_the_same_routes_in_spanish(client):
    from tests.factories import MenuItemFactory

    ClinicFactory()
    MenuItemFactory(menu="header", url="/procedures/", label="Procedures")
    spanish = client.get("/es/").content.decode()
    assert 'href="/es/procedimientos/"' in spanish and 'href="/procedures/"' not in spanish
