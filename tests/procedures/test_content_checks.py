"""The content checker finds what an editor should improve on a page, and says how."""

import datetime

import pytest
import textstat
from django.contrib.redirects.models import Redirect

from procedures.content_checks import check_content, check_page
from procedures.models import Page, Section
from tests.factories import (
    ConditionFactory,
    FAQFactory,
    ImageFactory,
    PhysicianFactory,
    ProcedureFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 30)
CLINIC = "Advanced Pain Medical Group"
PLAIN = (
    "This shot can ease your back pain. The doctor puts a thin needle in your back. "
    "You lie on your front on a soft table. The doctor uses an x-ray to guide the needle. "
    "It takes about ten minutes. Most people go home the same day. You may feel sore for a day or two. "
    "Ice on the spot can help. Call us if you have a fever."
)
DENSE = (
    "Radiofrequency neurotomy of the medial branch nerves, performed under fluoroscopic guidance following "
    "confirmatory diagnostic anesthetic blockade, interrupts nociceptive transmission from degenerative "
    "zygapophyseal articulations, consequently providing considerable analgesia for individuals experiencing "
    "persistent axial lumbar discomfort unresponsive to conservative pharmacological and physiotherapeutic "
    "interventions, although neural regeneration eventually necessitates subsequent repetition."
)


def reviewed_page(factory=ProcedureFactory, **fields):
    """A page with nothing to improve unless a test adds it."""
    defaults = {
        "title": "Lumbar Facet Injections",
        "summary": "Lumbar facet injections ease low back pain that comes from the small joints of the back.",
        "medical_reviewer": PhysicianFactory(),
        "last_reviewed": TODAY - datetime.timedelta(days=30),
    }
    return factory(**{**defaults, **fields})


def codes(page, **kwargs) -> list[tuple[str, str]]:
    return [
        (warning.code, warning.where)
        for warning in check_page(page, today=TODAY, clinic_name=CLINIC, **kwargs)
    ]


def test_a_reviewed_page_in_plain_words_has_no_warnings():
    page = reviewed_page(introduction=PLAIN)
    SectionFactory(page=page, heading="What to expect", body=PLAIN + "\n\n### After the shot\n\nRest today.")
    FAQFactory(page=page, question="Does it hurt?", answer="A little. [Read about recovery](/procedures/)")

    assert check_page(page, today=TODAY, clinic_name=CLINIC) == []


def test_textstat_grades_text_offline():
    assert textstat.flesch_kincaid_grade(DENSE) > textstat.flesch_kincaid_grade(PLAIN)


def test_a_section_above_grade_8_warns_with_its_grade_and_how_to_fix_it():
    page = reviewed_page()
    SectionFactory(page=page, heading="How it works", body=DENSE)

    [whole_page, warning] = [
        w for w in check_page(page, today=TODAY, clinic_name=CLINIC) if "grade" in w.code
    ]

    assert warning.where == "Section 1 “How it works”"
    assert f"grade {round(textstat.flesch_kincaid_grade(DENSE), 1)}" in warning.message
    assert "shorter sentences" in warning.fix
    assert whole_page.code == "reading_grade_page"


def test_a_text_too_short_for_the_formula_gets_no_grade():
    page = reviewed_page()
    SectionFactory(page=page, heading="Risks", body="Infection, bleeding or nerve irritation, infrequently.")

    assert codes(page) == []


def test_the_grade_reads_the_visible_text_not_the_markup():
    long_link = "[" + PLAIN + "](https://example.org/a-very-long-address-with-many-syllables-in-it/)"
    page = reviewed_page(introduction=long_link)

    assert codes(page) == []


def test_a_title_that_search_results_would_cut_off_warns_on_the_title():
    page = reviewed_page(title="Lumbar Facet Injections for Low Back Pain in Los Angeles and the Westside")

    assert codes(page) == [("title_too_long", "Title")]


def test_a_title_too_long_for_the_clinic_name_is_shown_alone_as_the_page_title_tag_does():
    page = reviewed_page(title="Lumbar Facet Injections for Low Back Pain in Los Angeles, CA")

    assert len(page.title) + len(" | " + CLINIC) > 70
    assert codes(page) == []


def test_a_summary_longer_than_search_results_show_warns():
    page = reviewed_page(summary=("Lumbar facet injections ease low back pain. " * 4).strip())

    [warning] = check_page(page, today=TODAY, clinic_name=CLINIC)

    assert (warning.code, warning.where) == ("summary_too_long", "Summary")
    assert "175 characters" in warning.message


def test_a_summary_too_short_to_describe_the_page_warns():
    assert codes(reviewed_page(summary="Back injections.")) == [("summary_too_short", "Summary")]


def test_a_heading_that_skips_a_level_in_a_section_warns():
    page = reviewed_page()
    SectionFactory(page=page, heading="Recovery", body="#### The first day\n\nRest.\n\n### Later\n\nWalk.")

    assert codes(page) == [("heading_skips_level", "Section 1 “Recovery”")]


def test_a_heading_in_the_introduction_skips_the_section_level():
    assert codes(reviewed_page(introduction="# Overview\n\nA short text.")) == [
        ("heading_skips_level", "Introduction")
    ]


def test_a_heading_in_an_answer_as_important_as_the_question_warns():
    page = reviewed_page()
    FAQFactory(page=page, question="Does it hurt?", answer="### Pain\n\nA little.")

    assert codes(page) == [("heading_level", "Question 1 “Does it hurt?”")]


@pytest.mark.parametrize("text", ["click here", "Here", "read more.", "aquí"])
def test_vague_link_text_warns(text):
    page = reviewed_page(introduction=f"To prepare, [{text}](https://example.org/prepare).")

    [warning] = check_page(page, today=TODAY, clinic_name=CLINIC)

    assert warning.code == "vague_link_text"
    assert "describe the destination" in warning.fix


def test_a_link_to_a_missing_page_warns():
    page = reviewed_page(introduction="See [medial branch blocks](/procedures/no-such-block/).")

    assert codes(page) == [("link_missing", "Introduction")]


def test_a_page_reference_to_no_published_page_warns_as_it_shows_as_plain_text():
    ConditionFactory(slug="spinal-stenosis")
    ConditionFactory(slug="draft-condition", status=Page.Status.DRAFT)
    page = reviewed_page(
        introduction="See [stenosis](page:spinal-stenosis), [a typo](page:spinal-stenosys) "
        "and [a draft](page:draft-condition)."
    )

    assert codes(page) == [("link_reference_unresolved", "Introduction")] * 2


def test_a_link_to_an_address_the_site_does_not_have_warns():
    page = reviewed_page(introduction="See [our team](/our-team/).")

    assert codes(page) == [("link_missing", "Introduction")]


def test_a_link_to_a_draft_page_warns_until_it_is_published():
    target = ConditionFactory(slug="spinal-stenosis", status=Page.Status.DRAFT)
    page = reviewed_page(introduction="See [spinal stenosis](/conditions/spinal-stenosis/).")
    assert codes(page) == [("link_unpublished", "Introduction")]

    target.status = Page.Status.PUBLISHED
    target.save()
    assert codes(page) == []


def test_a_link_to_a_renamed_page_s_old_address_warns_with_the_new_one():
    Redirect.objects.create(
        site_id=1, old_path="/procedures/rfa/", new_path="/procedures/radiofrequency-ablation/"
    )
    page = reviewed_page(introduction="See [radiofrequency ablation](/procedures/rfa/).")

    [warning] = check_page(page, today=TODAY, clinic_name=CLINIC)

    assert warning.code == "link_redirected"
    assert "/procedures/radiofrequency-ablation/" in warning.fix


def test_links_to_other_websites_and_phone_numbers_are_not_looked_up():
    page = reviewed_page(
        introduction="Read [the NIH guide](https://www.nih.gov/no-such-page/) or [call us](tel:+13105550142)."
    )

    assert codes(page) == []


def test_an_image_without_alt_text_warns_and_a_decorative_one_does_not():
    page = reviewed_page()
    sections = [
        Section(heading="Before", body_html='<p><img src="/media/spine.jpg"></p>'),
        Section(heading="After", body_html='<p><img src="/media/line.png" alt=""></p>'),
    ]

    warnings = check_content(page, sections=sections, faqs=[], today=TODAY, clinic_name=CLINIC)

    assert [(w.code, w.where) for w in warnings] == [("image_without_alt", "Section 1 “Before”")]


def test_a_picture_written_into_the_text_warns_that_it_does_not_show_and_lacks_alt_text():
    page = reviewed_page(introduction="Where the needle goes:\n\n![](/media/spine.jpg)")
    SectionFactory(page=page, heading="After", body="![Ice pack on the lower back](ice.jpg)")

    warnings = check_page(page, today=TODAY, clinic_name=CLINIC)

    assert [(w.code, w.where) for w in warnings] == [
        ("image_in_text", "Introduction"),
        ("image_in_text", "Section 1 “After”"),
    ]
    assert warnings[0].message.endswith("and this one has no text alternative either.")
    assert "Ice pack" in warnings[1].message and "no text alternative" not in warnings[1].message
    assert "choose it as this section's “Image”" in warnings[0].fix


def test_a_decorative_picture_in_a_section_warns_and_a_decorative_hero_does_not(media_root):
    decorative = ImageFactory(alt_text="", is_decorative=True)
    page = reviewed_page(hero_image=decorative)
    SectionFactory(page=page, heading="What to expect", image=decorative)

    warnings = check_page(page, today=TODAY, clinic_name=CLINIC)

    assert [(w.code, w.where) for w in warnings] == [
        ("image_decorative_in_section", "Section 1 “What to expect”")
    ]
    assert "untick “Decorative” and describe what it shows" in warnings[0].fix


@pytest.mark.parametrize(
    ("alt_text", "code"),
    [
        ("IMG_2041.jpg", "image_alt_unhelpful"),
        ("photo", "image_alt_unhelpful"),
        ("PXL_20261130_101500", "image_alt_unhelpful"),
        ("Image of a needle", "image_alt_redundant"),
        ("A physician points to the lower back on a model of the spine.", None),
    ],
)
def test_a_text_alternative_that_does_not_describe_the_picture_warns(media_root, alt_text, code):
    page = reviewed_page(hero_image=ImageFactory(alt_text=alt_text))

    assert codes(page) == ([(code, "Hero image")] if code else [])


def test_a_page_without_a_reviewer_or_review_date_warns_about_both():
    page = reviewed_page(medical_reviewer=None, last_reviewed=None)

    assert codes(page) == [("no_reviewer", "Medical reviewer"), ("no_review_date", "Last reviewed")]


def test_a_review_more_than_12_months_old_is_overdue():
    assert codes(reviewed_page(last_reviewed=datetime.date(2025, 11, 29))) == [
        ("review_overdue", "Last reviewed")
    ]
    assert codes(reviewed_page(last_reviewed=datetime.date(2025, 11, 30), slug="b")) == []


def test_a_review_on_29_february_falls_due_a_year_later():
    page = reviewed_page(last_reviewed=datetime.date(2024, 2, 29))

    assert check_page(page, today=datetime.date(2025, 2, 28), clinic_name=CLINIC) == []
    assert [w.code for w in check_page(page, today=datetime.date(2025, 3, 1), clinic_name=CLINIC)] == [
        "review_overdue"
    ]


def test_the_overdue_warning_uses_the_pages_own_review_interval():
    page = reviewed_page(last_reviewed=datetime.date(2026, 5, 29), review_interval_months=6)

    [warning] = check_page(page, today=TODAY, clinic_name=CLINIC)

    assert warning.code == "review_overdue"
    assert "reviewed every 6 months, so it was due on November 29, 2026" in warning.message
    assert codes(reviewed_page(last_reviewed=datetime.date(2026, 5, 29), slug="b")) == []  # every 12 months


def test_a_placeholder_reviewer_is_no_review_and_the_warning_says_who_to_add():
    page = reviewed_page(medical_reviewer=PhysicianFactory(name="Reviewing physician", is_placeholder=True))

    [warning] = check_page(page, today=TODAY, clinic_name=CLINIC)

    assert (warning.code, warning.where) == ("placeholder_reviewer", "Medical reviewer")
    assert "no physician has reviewed this page yet" in warning.message
    assert "Add the clinic's physician under “Physicians”" in warning.fix
