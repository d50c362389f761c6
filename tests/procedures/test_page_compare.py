"""A page's content as plain data, from its rows or a kept revision, and a word-level comparison of two."""

import datetime
import json

import pytest
import reversion
from reversion.models import Version

from procedures.page_compare import (
    Part,
    Segment,
    SnapshotError,
    compare,
    compare_parts,
    page_snapshot,
    shortened,
    version_snapshot,
    word_diff,
)
from tests.factories import (
    ConditionFactory,
    FAQFactory,
    ImageFactory,
    LocationFactory,
    PhysicianFactory,
    ProcedureFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db


def keep_revision(page) -> Version:
    """A revision of the page as it is now, as the admin keeps one on save."""
    with reversion.create_revision():
        reversion.add_to_revision(page)
    return Version.objects.get_for_object(page).first()


@pytest.fixture
def facet_page():
    condition = ConditionFactory(title="Lumbar Facet Syndrome")
    page = ProcedureFactory(
        title="Lumbar Facet Injections",
        introduction="Chronic lower back pain\r\nslows you down.\n",
        medical_reviewer=PhysicianFactory(name="Jane Doe", credentials="MD"),
        last_reviewed=datetime.date(2026, 11, 2),
    )
    page.conditions_treated.add(condition)
    SectionFactory(page=page, position=1, heading="Recovery", body="Rest for a day.")
    SectionFactory(page=page, position=0, heading="What to expect", body="The injection takes minutes.")
    FAQFactory(page=page, position=0, question="Does it hurt?", answer="A little.")
    return page


def test_a_snapshot_holds_the_fields_editors_see_sections_and_faqs_in_page_order(facet_page):
    snapshot = page_snapshot(facet_page.pk)

    assert snapshot.fields["title"].text == "Lumbar Facet Injections"
    assert snapshot.fields["introduction"].text == "Chronic lower back pain\nslows you down."
    assert snapshot.fields["last_reviewed"].text == "2 November 2026"
    assert snapshot.fields["medical_reviewer"].text == "Jane Doe, MD"
    assert snapshot.fields["conditions_treated"].text == "Lumbar Facet Syndrome"
    assert {"kind", "status", "created_at", "updated_at", "introduction_html"}.isdisjoint(snapshot.fields)
    assert [section.title for section in snapshot.sections] == ["What to expect", "Recovery"]
    assert [(faq.title, faq.text) for faq in snapshot.faqs] == [("Does it hurt?", "A little.")]


def test_a_revision_snapshot_holds_what_the_page_said_when_it_was_kept(facet_page):
    version = keep_revision(facet_page)
    as_kept = page_snapshot(facet_page.pk)
    facet_page.sections.filter(heading="Recovery").update(body="Rest for two days.")
    facet_page.conditions_treated.clear()

    assert version_snapshot(version) == as_kept
    assert version_snapshot(version) != page_snapshot(facet_page.pk)


def test_a_revision_kept_before_a_field_existed_leaves_that_field_out(facet_page):
    version = keep_revision(facet_page)
    page_version = version.revision.version_set.get(content_type__model="page")
    data = json.loads(page_version.serialized_data)
    del data[0]["fields"]["seo_title"]
    page_version.serialized_data = json.dumps(data)
    page_version.save()

    assert "seo_title" not in version_snapshot(Version.objects.get(pk=version.pk)).fields


def test_a_version_of_something_other_than_a_page_is_refused_with_a_reason():
    location = LocationFactory()
    with reversion.create_revision():
        reversion.add_to_revision(location)

    with pytest.raises(SnapshotError, match="not a revision of a procedure or condition page"):
        version_snapshot(Version.objects.get_for_object(location).get())


def test_a_page_that_does_not_exist_is_refused_with_a_reason():
    with pytest.raises(SnapshotError, match="no page number 999999"):
        page_snapshot(999999)


def test_a_word_diff_marks_the_words_added_and_removed_and_keeps_the_rest():
    segments = word_diff("The injection takes minutes.", "The injection takes about ten minutes.")

    assert segments == [
        Segment("same", "The injection takes "),
        Segment("added", "about ten"),
        Segment("same", " minutes."),
    ]


def test_a_word_diff_of_a_replaced_word_shows_the_old_one_removed_then_the_new_one_added():
    segments = word_diff("Rest for a day.", "Rest for two days.")

    kinds = [(segment.kind, segment.text) for segment in segments if segment.kind != "same"]
    assert kinds == [("removed", "a day."), ("added", "two days.")]


def test_only_changed_fields_are_listed_as_changed_with_a_count_of_the_rest(facet_page):
    old = page_snapshot(facet_page.pk)
    facet_page.summary = "A new summary."
    facet_page.save()

    comparison = compare(old, page_snapshot(facet_page.pk))

    assert [item.label for item in comparison.fields if item.changed] == ["Summary"]
    assert comparison.unchanged["fields"] == len(comparison.fields) - 1
    assert comparison.unchanged["sections"] == 2
    assert comparison.has_changes


def test_a_change_in_line_breaks_alone_is_a_spacing_change(facet_page):
    old = page_snapshot(facet_page.pk)
    facet_page.introduction = "Chronic lower back pain\n\nslows you down."
    facet_page.save()

    [introduction] = [item for item in compare(old, page_snapshot(facet_page.pk)).fields if item.changed]

    assert introduction.spacing_only


def test_related_pages_added_and_removed_are_listed_by_title(facet_page):
    old = page_snapshot(facet_page.pk)
    facet_page.conditions_treated.set([ConditionFactory(title="Spondylosis")])

    [related] = [item for item in compare(old, page_snapshot(facet_page.pk)).fields if item.changed]

    assert related.segments == [Segment("added", "Spondylosis"), Segment("removed", "Lumbar Facet Syndrome")]


def parts(*titles_and_ids) -> tuple[Part, ...]:
    return tuple(Part(id=part_id, title=title, text=f"Text of {title}.") for title, part_id in titles_and_ids)


def changes(comparisons) -> list[tuple[str, str]]:
    return [(item.title, str(item.change)) for item in comparisons]


def test_sections_are_followed_by_id_a_renamed_one_is_changed_and_a_moved_one_moved():
    old = parts(("Intro", 1), ("Risks", 2), ("Recovery", 3))
    new = (Part(3, "Recovery", "Text of Recovery."), Part(1, "Introduction", "Text of Intro."), old[1])

    assert changes(compare_parts(old, new, same_page=True)) == [
        ("Recovery", "moved"),
        ("Introduction", "changed"),
        ("Risks", "unchanged"),
    ]


def test_an_added_section_is_added_and_a_removed_one_stays_where_it_was():
    old = parts(("Intro", 1), ("Risks", 2), ("Recovery", 3))
    new = parts(("Intro", 1), ("Recovery", 3), ("Costs", 4))

    assert changes(compare_parts(old, new, same_page=True)) == [
        ("Intro", "unchanged"),
        ("Risks", "removed"),
        ("Recovery", "unchanged"),
        ("Costs", "added"),
    ]


def test_within_one_page_a_section_deleted_and_written_again_is_removed_and_added():
    old = parts(("Risks", 2))
    new = parts(("Risks", 9))

    assert changes(compare_parts(old, new, same_page=True)) == [("Risks", "removed"), ("Risks", "added")]


def test_between_two_pages_sections_are_matched_by_heading_then_by_similar_text():
    live = (Part(1, "Intro", "The injection takes minutes."), Part(2, "Risks", "Bruising, rarely infection."))
    draft = (
        Part(11, "Possible risks", "Bruising, and rarely an infection."),
        Part(12, "Intro", "The injection takes minutes."),
    )

    assert changes(compare_parts(live, draft, same_page=False)) == [
        ("Possible risks", "moved and changed"),
        ("Intro", "unchanged"),
    ]


def test_comparing_a_live_page_with_its_working_draft_matches_their_sections(facet_page):
    draft = ProcedureFactory(title="Lumbar Facet Injections")
    SectionFactory(page=draft, position=0, heading="What to expect", body="The injection takes minutes.")
    SectionFactory(page=draft, position=1, heading="Recovery", body="Rest for two days.")

    comparison = compare(page_snapshot(facet_page.pk), page_snapshot(draft.pk))

    assert changes(comparison.sections) == [("What to expect", "unchanged"), ("Recovery", "changed")]


def test_long_unchanged_stretches_are_cut_to_the_words_around_a_change():
    before = " ".join(f"w{number}" for number in range(100))
    after = before.replace("w50", "w50 NEW")

    segments = shortened(word_diff(before, after), context=5)

    assert [segment.kind for segment in segments] == ["gap", "same", "added", "same", "gap"]
    assert segments[0].text == "46 unchanged words"
    assert segments[1].text == " w46 w47 w48 w49 w50 "
    assert segments[3].text == " w51 w52 w53 w54 w55 "
    assert segments[4].text == "44 unchanged words"


def test_a_short_text_is_not_cut():
    segments = word_diff("Rest for a day after the injection.", "Rest for a day or two after the injection.")

    assert shortened(segments, context=5) == segments


def test_a_sections_picture_is_part_of_its_snapshot_so_changing_only_the_picture_shows(
    facet_page, media_root
):
    before = page_snapshot(facet_page.pk)
    recovery = facet_page.sections.get(heading="Recovery")
    recovery.image = ImageFactory(alt_text="A patient resting at home after the injection.")
    recovery.save()

    after = page_snapshot(facet_page.pk)

    assert after != before
    [part] = [part for part in after.sections if part.title == "Recovery"]
    assert part.text.endswith("Picture: A patient resting at home after the injection.")


def test_a_working_draft_compared_with_its_live_page_lists_only_what_the_editor_changed(facet_page):
    """A working draft's row is always a draft: publishing state is the status box's and the log's to
    show, not a change in the text ("Status: Published → Draft" on every comparison was noise)."""
    from procedures import services
    from tests.factories import EditorFactory

    editor = EditorFactory()
    draft = services.page_working_draft(facet_page, by=editor)
    draft.summary = "A new summary."
    draft.save()

    comparison = compare(page_snapshot(facet_page.pk), page_snapshot(draft.pk))

    assert [item.label for item in comparison.fields if item.changed] == ["Summary"]
