import re
from html import unescape
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.redirects.models import Redirect
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Version

from procedures import clinic_content
from procedures.models import FAQ, Clinic, Condition, Location, Page, Physician, Procedure, Section
from tests.factories import ClinicFactory, LocationFactory, PhysicianFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

# A copy of /work/shared/seed/lumbar-facet-injections.txt, the clinic's old page, as it was handed over.
SEED = Path(__file__).parent / "seed" / "lumbar-facet-injections.txt"
TYPO, TYPO_FIXED = "Used to determines", "Used to determine"
FAQ_HEADING = "Frequently Asked Questions About Lumbar Facet Injections"
CLOSING_HEADING = "Find Relief With Lumbar Facet Injections In Los Angeles"
LUMBAR_URL = "/procedures/lumbar-facet-injections/"

PROCEDURE_SLUGS = [
    "lumbar-facet-injections",
    "medial-branch-block",
    "radiofrequency-ablation",
    "cervical-facet-injections",
    "thoracic-facet-injections",
    "epidural-steroid-injections",
]
CONDITION_SLUGS = [
    "lumbar-facet-syndrome",
    "facet-joint-arthritis",
    "spondylosis",
    "degenerative-disc-disease",
    "spinal-stenosis",
    "chronic-low-back-pain",
    "mechanical-low-back-pain",
]


def load():
    out = StringIO()
    call_command("load_clinic_content", stdout=out)
    return out.getvalue()


@pytest.fixture
def loaded():
    return load()


def seed_parts():
    """The seed page's lines, sorted into headings, paragraphs, list items and FAQ answers.

    In the seed, list items start with "- ", paragraphs end with a full stop and headings do not; the
    answers are the lines between the FAQ heading and the closing heading (their questions were lost).
    """
    text = SEED.read_text(encoding="utf-8").replace(TYPO, TYPO_FIXED)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    faq_start, faq_end = lines.index(FAQ_HEADING), lines.index(CLOSING_HEADING)
    body = lines[:faq_start] + lines[faq_end:]
    return {
        "headings": [line for line in body if not line.startswith("- ") and not line.endswith(".")],
        "paragraphs": [line for line in body if not line.startswith("- ") and line.endswith(".")],
        "list_items": [line.removeprefix("- ") for line in body if line.startswith("- ")],
        "faq_answers": lines[faq_start + 1 : faq_end],
    }


def visible_text(html):
    """What a reader sees: tags removed, entities decoded, whitespace collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


def page_article(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return re.search(r"<article.*?</article>", response.content.decode(), re.DOTALL).group()


def headings(article):
    return [visible_text(heading) for heading in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", article, re.DOTALL)]


def copy_html(page):
    """All editor-written copy of a page, rendered."""
    return "".join(
        [page.introduction_html]
        + [section.body_html for section in page.sections.all()]
        + [faq.answer_html for faq in page.faqs.all()]
    )


def row_counts():
    models = (
        Page,
        Section,
        FAQ,
        Clinic,
        Location,
        Procedure.conditions_treated.through,
        Procedure.related_procedures.through,
        Condition.related_conditions.through,
    )
    return {model.__name__: model.objects.count() for model in models}


def test_lumbar_page_shows_every_seed_heading_as_a_heading(client, loaded):
    seed = seed_parts()
    assert len(seed["headings"]) == 16

    shown = headings(page_article(client, LUMBAR_URL))

    assert [heading for heading in seed["headings"] if heading not in shown] == []


def test_lumbar_page_shows_the_faq_under_the_seeds_own_faq_heading(client, loaded):
    assert FAQ_HEADING in headings(page_article(client, LUMBAR_URL))


def test_lumbar_page_shows_every_seed_paragraph_and_list_item_word_for_word(client, loaded):
    seed = seed_parts()
    assert (len(seed["paragraphs"]), len(seed["list_items"])) == (22, 34)

    text = visible_text(page_article(client, LUMBAR_URL))

    assert [line for line in seed["paragraphs"] + seed["list_items"] if line not in text] == []


def test_lumbar_page_fixes_the_seed_typo(client, loaded):
    text = visible_text(page_article(client, LUMBAR_URL))

    assert "Used to determines" not in text
    assert "Used to determine candidacy for RFA." in text


def test_lumbar_page_has_the_five_seed_answers_in_order_each_under_a_question(client, loaded):
    faqs = list(Procedure.objects.get(slug="lumbar-facet-injections").faqs.all())
    shown = headings(page_article(client, LUMBAR_URL))

    assert [visible_text(faq.answer_html) for faq in faqs] == seed_parts()["faq_answers"]
    assert all(faq.question.endswith("?") and faq.question in shown for faq in faqs)


def test_every_listed_page_exists_and_is_published(loaded):
    assert sorted(Procedure.objects.published().in_language("en").values_list("slug", flat=True)) == sorted(
        PROCEDURE_SLUGS
    )
    assert sorted(Condition.objects.published().in_language("en").values_list("slug", flat=True)) == sorted(
        CONDITION_SLUGS
    )


def test_every_internal_link_in_page_copy_opens_a_published_page(client, loaded):
    links = set()
    for page in Page.objects.all():
        links.update(re.findall(r'href="(/[^"]*)"', copy_html(page)))
    assert len(links) >= 10

    broken = [link for link in sorted(links) if client.get(link).status_code != 200]

    assert broken == []


def test_lumbar_page_links_the_procedures_and_conditions_its_copy_names(loaded):
    links = set(re.findall(r'href="([^"]*)"', copy_html(Page.objects.get(slug="lumbar-facet-injections"))))

    assert {
        "/procedures/radiofrequency-ablation/",
        "/procedures/medial-branch-block/",
        "/procedures/epidural-steroid-injections/",
        "/procedures/cervical-facet-injections/",
        "/procedures/thoracic-facet-injections/",
        "/conditions/spondylosis/",
        "/conditions/degenerative-disc-disease/",
        "/conditions/spinal-stenosis/",
    } <= links


def test_loaded_content_passes_the_validation_the_admin_applies(loaded):
    """Summaries fit in 300 characters, SEO titles in 70, phone numbers are valid, and so on."""
    for model in (Procedure, Condition, Section, FAQ, Clinic, Location):
        for obj in model.objects.all():
            obj.full_clean()


def test_each_new_page_has_three_to_five_sections_and_two_to_four_questions(loaded):
    pages = (
        Page.objects.in_language("en")
        .exclude(slug="lumbar-facet-injections")
        .exclude(kind=Page.Kind.CLINIC_PAGE)
    )

    assert pages.count() == 12
    for page in pages:
        assert 3 <= page.sections.count() <= 5, page.slug
        assert 2 <= page.faqs.count() <= 4, page.slug


def test_every_page_names_one_placeholder_reviewer_and_the_load_date_and_no_real_physician(loaded):
    """Only the clinic can say which physician reviewed a page: the loaded content names a stand-in
    marked as a placeholder, with no credentials, until their physician approves the pages."""
    placeholder = Physician.objects.get(name="Reviewing physician (to be named by the clinic)")

    # The seed's physicians (the reviewer, and a second placeholder profile) are all stand-ins.
    assert [(p.is_placeholder, p.credentials, p.user) for p in Physician.objects.all()] == [
        (True, "", None)
    ] * 2
    # Clinic pages without medical information (About, Contact…) have no physician's review to name.
    medical = Page.objects.exclude(kind=Page.Kind.CLINIC_PAGE, clinicpage__medical_content=False)
    assert set(medical.values_list("medical_reviewer", "last_reviewed")) == {
        (placeholder.pk, timezone.localdate())
    }
    assert "add the clinic's physician under Physicians" in loaded


def test_loading_again_makes_no_second_placeholder_and_leaves_reviews_alone():
    load()
    physician = PhysicianFactory(name="Jane Doe", credentials="MD")
    Page.objects.filter(slug="spondylosis").update(medical_reviewer=physician, last_reviewed="2026-01-05")
    Page.objects.filter(slug="spinal-stenosis").delete()

    load()

    # The seed's two: the reviewer, and the second placeholder profile.
    assert Physician.objects.filter(is_placeholder=True).count() == 2
    spondylosis = Page.objects.get(slug="spondylosis")
    assert (spondylosis.medical_reviewer, str(spondylosis.last_reviewed)) == (physician, "2026-01-05")
    assert Page.objects.get(slug="spinal-stenosis").medical_reviewer.is_placeholder


def test_pages_that_already_exist_get_no_placeholder_review():
    ProcedureFactory(slug="lumbar-facet-injections", medical_reviewer=None, last_reviewed=None)

    load()

    lumbar = Page.objects.get(slug="lumbar-facet-injections")
    assert (lumbar.medical_reviewer, lumbar.last_reviewed) == (None, None)


def test_procedures_link_to_the_conditions_they_treat_and_related_pages(loaded):
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")

    assert set(lumbar.conditions_treated.values_list("slug", flat=True)) == set(CONDITION_SLUGS)
    assert "radiofrequency-ablation" in lumbar.related_procedures.values_list("slug", flat=True)
    assert "spondylosis" in Condition.objects.get(slug="spinal-stenosis").related_conditions.values_list(
        "slug", flat=True
    )


def test_clinic_details_and_location_are_created_with_placeholder_contact_details(loaded):
    clinic = Clinic.load()
    location = Location.objects.get()

    assert (clinic.name, clinic.main_phone.as_e164) == ("Advanced Pain Medical Group", "+13105550142")
    assert clinic.emergency_notice == Clinic._meta.get_field("emergency_notice").default
    assert (location.name, location.postal_code) == ("Los Angeles", "90025")
    assert location.phone.as_e164 == "+13105550143"
    assert [str(group) for group in location.hours_groups()] == [
        "Monday–Friday 8:00 am – 5:00 pm",
        "Saturday–Sunday Closed",
    ]


def test_existing_clinic_details_and_locations_are_left_alone():
    ClinicFactory(name="APMG Santa Monica", main_phone="+13105550199")
    LocationFactory(name="Santa Monica")

    output = load()

    assert Clinic.load().name == "APMG Santa Monica"
    assert list(Location.objects.values_list("name", flat=True)) == ["Santa Monica"]
    assert "Left the clinic details unchanged." in output


def test_running_twice_creates_nothing_new(loaded):
    counts = row_counts()

    output = load()

    assert row_counts() == counts
    assert "Created 0 pages, left 17 unchanged." in output


def test_re_run_keeps_an_editors_changes_to_a_pages_copy(loaded):
    page = Procedure.objects.get(slug="medial-branch-block")
    page.summary = "Edited summary."
    page.save()
    section = page.sections.first()
    section.body = "Edited section."
    section.save()
    page.faqs.last().delete()

    load()

    page.refresh_from_db()
    section.refresh_from_db()
    assert (page.summary, section.body) == ("Edited summary.", "Edited section.")
    assert page.faqs.count() == len(clinic_content.PROCEDURES[1]["faqs"]) - 1


def test_re_run_keeps_a_page_an_editor_unpublished_as_a_draft(loaded):
    Condition.objects.filter(slug="spondylosis").update(status=Page.Status.DRAFT)

    load()

    assert Condition.objects.get(slug="spondylosis").status == Page.Status.DRAFT


def test_re_run_does_not_restore_a_relation_an_editor_removed(loaded):
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    lumbar.conditions_treated.remove(Condition.objects.get(slug="spinal-stenosis"))
    lumbar.related_procedures.remove(Procedure.objects.get(slug="epidural-steroid-injections"))

    load()

    assert not lumbar.conditions_treated.filter(slug="spinal-stenosis").exists()
    assert not lumbar.related_procedures.filter(slug="epidural-steroid-injections").exists()


def test_re_run_recreates_a_deleted_page_with_its_copy_and_relations(loaded):
    Condition.objects.get(slug="spinal-stenosis").delete()

    output = load()

    stenosis = Condition.objects.get(slug="spinal-stenosis")
    assert stenosis.sections.count() == 5 and stenosis.faqs.count() == 2
    assert stenosis.treated_by.filter(slug="lumbar-facet-injections").exists()
    assert stenosis.related_conditions.filter(slug="spondylosis").exists()
    assert "Created 1 page, left 16 unchanged." in output


def test_re_run_does_not_duplicate_a_page_an_editor_renamed(loaded):
    page = Procedure.objects.get(slug="medial-branch-block")
    page.slug = "lumbar-medial-branch-block"
    page.save()

    load()

    assert not Procedure.objects.filter(slug="medial-branch-block").exists()
    assert Page.objects.in_language("en").exclude(kind=Page.Kind.CLINIC_PAGE).count() == 13


def test_a_recreated_page_links_to_where_an_editor_moved_a_related_page(loaded):
    renamed = Procedure.objects.get(slug="medial-branch-block")
    renamed.slug = "lumbar-medial-branch-block"
    renamed.save()
    Procedure.objects.get(slug="lumbar-facet-injections").delete()

    load()

    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    assert lumbar.related_procedures.filter(pk=renamed.pk).exists()


def test_re_run_leaves_a_slug_an_editor_gave_the_other_kind_of_page_alone(loaded):
    Condition.objects.get(slug="spondylosis").delete()
    ProcedureFactory(slug="spondylosis")

    output = load()

    assert not Condition.objects.filter(slug="spondylosis").exists()
    assert "Created 0 pages" in output


def test_re_run_leaves_an_address_an_editor_redirected_elsewhere_alone(loaded):
    """An address an editor redirected away, with no page behind it, stays redirected."""
    Procedure.objects.get(slug="thoracic-facet-injections").delete()
    Redirect.objects.create(
        site_id=1, old_path="/procedures/thoracic-facet-injections/", new_path="/procedures/"
    )

    load()

    assert not Procedure.objects.filter(slug="thoracic-facet-injections").exists()


def test_each_loaded_page_has_a_first_revision_that_restores_its_original_copy(loaded):
    for page in list(Procedure.objects.all()) + list(Condition.objects.all()):
        versions = Version.objects.get_for_object(page)
        assert [version.revision.comment for version in versions] == ["Loaded by load_clinic_content"]
    page = Procedure.objects.get(slug="radiofrequency-ablation")
    section = page.sections.first()
    original = section.body
    section.body = "Edited section."
    section.save()

    Version.objects.get_for_object(page).get().revision.revert()

    section.refresh_from_db()
    assert section.body == original


def test_a_failed_run_leaves_the_database_unchanged(monkeypatch):
    """A relation to a page that is not in the content fails after pages were created: all are undone."""
    monkeypatch.setitem(clinic_content.CONDITIONS[0], "related_conditions", ["no-such-condition"])

    with pytest.raises(KeyError):
        load()

    assert not Page.objects.exists()
