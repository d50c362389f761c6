"""The page workflow's services: working drafts, medical review, publishing and unpublishing."""

import threading

import pytest
from django.contrib.redirects.models import Redirect
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from procedures import services
from procedures.models import Page, PageApproval, PageEvent, Procedure
from tests.factories import (
    AdministratorFactory,
    ConditionFactory,
    EditorFactory,
    FAQFactory,
    FrontDeskFactory,
    MedicalReviewerFactory,
    ProcedureFactory,
    SectionFactory,
)

pytestmark = pytest.mark.django_db

ReviewState = Page.ReviewState


@pytest.fixture
def live_page():
    page = ProcedureFactory(title="Lumbar Facet Injections", slug="lumbar-facet-injections")
    SectionFactory(page=page, heading="What to expect", body="The published copy.")
    SectionFactory(page=page, heading="Recovery", body="Rest for a day.")
    FAQFactory(page=page, question="Does it hurt?", answer="A little.")
    page.conditions_treated.add(ConditionFactory(title="Facet Joint Arthritis"))
    return page


def approved_draft(page, *, editor, reviewer):
    draft = services.page_submit_for_review(page, by=editor, reviewer=reviewer)
    services.page_approve(draft, by=reviewer)
    draft.refresh_from_db()
    return draft


def events(page) -> list[str]:
    return list(PageEvent.objects.filter(page=page).order_by("at", "id").values_list("kind", flat=True))


# Working drafts


def test_working_draft_of_a_live_page_is_a_second_row_with_copies_of_its_sections_faqs_and_relations(
    editor, live_page
):
    draft = services.page_working_draft(live_page, by=editor)

    assert draft.pk != live_page.pk
    assert draft.draft_of_id == live_page.pk
    assert draft.status == Page.Status.DRAFT
    assert [s.heading for s in draft.sections.all()] == ["What to expect", "Recovery"]
    assert not set(draft.sections.values_list("pk", flat=True)) & set(
        live_page.sections.values_list("pk", flat=True)
    )
    assert [f.question for f in draft.faqs.all()] == ["Does it hurt?"]
    assert [c.title for c in draft.conditions_treated.all()] == ["Facet Joint Arthritis"]


def test_working_draft_is_made_once(editor, live_page):
    first = services.page_working_draft(live_page, by=editor)

    assert services.page_working_draft(live_page, by=editor) == first
    assert services.page_working_draft(first, by=editor) == first


def test_a_page_never_published_is_its_own_draft(editor):
    page = ProcedureFactory(status=Page.Status.DRAFT)

    assert services.page_working_draft(page, by=editor) == page
    assert Page.objects.count() == 1


def test_the_public_page_is_unchanged_while_its_working_draft_changes(client, editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)
    draft.title = "Lumbar Facet Joint Injections"
    draft.save()
    draft.sections.filter(heading="What to expect").update(body="The draft copy.")

    content = client.get(live_page.get_absolute_url()).content.decode()

    assert "The published copy." in content
    assert "The draft copy." not in content
    assert "Lumbar Facet Joint Injections" not in content
    assert list(Procedure.objects.published()) == [live_page]


def test_front_desk_may_not_make_a_working_draft(live_page):
    with pytest.raises(PermissionDenied):
        services.page_working_draft(live_page, by=FrontDeskFactory())


def test_discarding_a_working_draft_keeps_the_live_page_and_records_it(editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)

    assert services.page_draft_discard(draft, by=editor) == live_page

    assert not Page.objects.filter(pk=draft.pk).exists()
    assert live_page.sections.count() == 2
    assert events(live_page) == [PageEvent.Kind.DRAFT_DISCARDED]


# Medical review


def test_submitting_assigns_the_reviewer_and_records_it(editor, medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT)

    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)

    page.refresh_from_db()
    assert page.review_state == ReviewState.IN_REVIEW
    assert page.assigned_reviewer == medical_reviewer
    [event] = PageEvent.objects.filter(page=page)
    assert (event.kind, event.by, event.reviewer) == (PageEvent.Kind.SUBMITTED, editor, medical_reviewer)


def test_submitting_a_live_page_submits_its_working_draft(editor, medical_reviewer, live_page):
    draft = services.page_submit_for_review(live_page, by=editor, reviewer=medical_reviewer)

    assert draft.draft_of_id == live_page.pk
    assert draft.review_state == ReviewState.IN_REVIEW
    live_page.refresh_from_db()
    assert live_page.review_state == ReviewState.DRAFT
    assert events(live_page) == [PageEvent.Kind.SUBMITTED]


def test_a_page_can_only_be_submitted_to_a_medical_reviewer_with_a_physician_record(editor):
    page = ProcedureFactory(status=Page.Status.DRAFT)

    for not_a_reviewer in (EditorFactory(), MedicalReviewerFactory(physician=None)):
        with pytest.raises(services.PageWorkflowError):
            services.page_submit_for_review(page, by=editor, reviewer=not_a_reviewer)

    page.refresh_from_db()
    assert page.review_state == ReviewState.DRAFT


def test_approval_records_who_when_and_a_short_number_and_names_the_physician_on_the_page(
    editor, medical_reviewer
):
    page = ProcedureFactory(status=Page.Status.DRAFT)
    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)

    approval = services.page_approve(page, by=medical_reviewer)

    page.refresh_from_db()
    assert approval.approved_by == medical_reviewer
    assert approval.physician == medical_reviewer.physician
    assert abs((timezone.now() - approval.approved_at).total_seconds()) < 60
    assert approval.number.startswith("MR-") and len(approval.number) == 8
    assert page.review_state == ReviewState.APPROVED
    assert page.approval == approval
    assert page.medical_reviewer == medical_reviewer.physician
    assert page.last_reviewed == timezone.localdate()
    assert page.assigned_reviewer is None
    assert PageEvent.objects.get(kind=PageEvent.Kind.APPROVED).detail.startswith(approval.number)


def test_only_medical_reviewers_approve(editor, medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT)
    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)

    with pytest.raises(PermissionDenied):
        services.page_approve(page, by=editor)

    page.refresh_from_db()
    assert page.review_state == ReviewState.IN_REVIEW
    assert not PageApproval.objects.exists()


def test_a_reviewer_without_a_physician_record_is_told_why_they_cannot_approve(editor, medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT)
    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)

    with pytest.raises(services.PageWorkflowError, match="physician record"):
        services.page_approve(page, by=MedicalReviewerFactory(physician=None))


def test_a_page_not_in_review_cannot_be_approved(medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT)

    with pytest.raises(services.PageWorkflowError):
        services.page_approve(page, by=medical_reviewer)


def test_sending_back_needs_a_reason_and_returns_the_page_to_the_editors(editor, medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT)
    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)

    with pytest.raises(services.PageWorkflowError):
        services.page_send_back(page, by=medical_reviewer, reason="  ")
    services.page_send_back(page, by=medical_reviewer, reason="Say that the numbness wears off.")

    page.refresh_from_db()
    assert page.review_state == ReviewState.DRAFT
    assert page.assigned_reviewer is None
    assert PageEvent.objects.get(kind=PageEvent.Kind.SENT_BACK).detail == "Say that the numbness wears off."


def test_editors_cannot_send_back(editor, medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT)
    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)

    with pytest.raises(PermissionDenied):
        services.page_send_back(page, by=editor, reason="No.")


@pytest.mark.parametrize(
    "change",
    [
        lambda page: Page.objects.filter(pk=page.pk).update(introduction="New advice."),
        lambda page: page.sections.update(body="New advice."),
        lambda page: page.faqs.update(answer="New advice."),
        lambda page: Page.objects.filter(pk=page.pk).update(title="New title"),
    ],
    ids=["introduction", "section", "faq", "title"],
)
def test_a_change_to_the_medical_text_of_an_approved_draft_sends_it_back(
    editor, medical_reviewer, live_page, change
):
    draft = approved_draft(live_page, editor=editor, reviewer=medical_reviewer)
    change(draft)

    assert services.page_edited(draft, by=editor) is True

    draft.refresh_from_db()
    assert draft.review_state == ReviewState.DRAFT
    assert draft.approval is None
    with pytest.raises(services.PublishRefused):
        services.page_publish(draft, by=editor)


def test_a_change_outside_the_medical_text_keeps_the_approval(editor, medical_reviewer, live_page):
    draft = approved_draft(live_page, editor=editor, reviewer=medical_reviewer)
    Page.objects.filter(pk=draft.pk).update(seo_title="Facet injections in Los Angeles")

    assert services.page_edited(draft, by=editor) is False

    draft.refresh_from_db()
    assert draft.review_state == ReviewState.APPROVED


def test_a_change_while_in_review_sends_it_back_too(editor, medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT)
    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)
    SectionFactory(page=page, heading="Risks", body="New text.")

    assert services.page_edited(page, by=editor) is True
    with pytest.raises(services.PageWorkflowError):
        services.page_approve(page, by=medical_reviewer)


# Publishing


def test_publishing_an_approved_new_page_puts_it_on_the_site(client, editor, medical_reviewer):
    page = ProcedureFactory(status=Page.Status.DRAFT, title="Genicular Nerve Block")
    assert client.get(page.get_absolute_url()).status_code == 404
    services.page_submit_for_review(page, by=editor, reviewer=medical_reviewer)
    services.page_approve(page, by=medical_reviewer)

    live = services.page_publish(page, by=editor)

    assert live.pk == page.pk
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    assert b"Medically reviewed by Ana Reyes, MD on" in response.content
    assert events(page) == ["submitted", "approved", "published"]


def test_publishing_a_working_draft_copies_it_onto_the_live_row_and_deletes_the_draft(
    client, editor, medical_reviewer, live_page
):
    client.get(live_page.get_absolute_url())  # now in the page cache
    draft = services.page_working_draft(live_page, by=editor)
    draft.introduction = "A new introduction."
    draft.save()
    section = draft.sections.get(heading="What to expect")
    section.body = "The new copy."
    section.save()
    draft.faqs.all().delete()
    FAQFactory(page=draft, question="Can I drive home?", answer="No.")
    draft.conditions_treated.set([ConditionFactory(title="Spinal Stenosis")])
    approved_draft(draft, editor=editor, reviewer=medical_reviewer)

    live = services.page_publish(draft, by=editor)

    assert live.pk == live_page.pk
    assert not Page.objects.filter(pk=draft.pk).exists()
    assert [s.body for s in live.sections.all()] == ["The new copy.", "Rest for a day."]
    assert [f.question for f in live.faqs.all()] == ["Can I drive home?"]
    assert [c.title for c in live.conditions_treated.all()] == ["Spinal Stenosis"]
    assert live.review_state == ReviewState.APPROVED
    content = client.get(live_page.get_absolute_url()).content.decode()
    assert "A new introduction." in content
    assert "The new copy." in content
    assert "Medically reviewed by Ana Reyes, MD" in content


def test_publishing_records_a_revision_of_the_live_page(editor, medical_reviewer, live_page):
    draft = approved_draft(live_page, editor=editor, reviewer=medical_reviewer)

    services.page_publish(draft, by=editor)

    version = Version.objects.get_for_object(live_page).first()
    assert version.revision.comment == "Published."
    assert version.revision.user == editor


def test_publishing_a_new_address_redirects_the_old_one(client, editor, medical_reviewer, live_page):
    draft = services.page_working_draft(live_page, by=editor)
    draft.slug = "lumbar-facet-joint-injections"
    draft.save()
    approved_draft(draft, editor=editor, reviewer=medical_reviewer)

    services.page_publish(draft, by=editor)

    assert Redirect.objects.get().new_path == "/procedures/lumbar-facet-joint-injections/"
    assert client.get("/procedures/lumbar-facet-injections/").status_code == 301


def test_publishing_a_draft_whose_address_another_page_took_is_refused(editor, medical_reviewer, live_page):
    ProcedureFactory(slug="medial-branch-block")
    draft = services.page_working_draft(live_page, by=editor)
    draft.slug = "medial-branch-block"
    draft.save()
    approved_draft(draft, editor=editor, reviewer=medical_reviewer)

    with pytest.raises(services.PublishRefused, match="address"):
        services.page_publish(draft, by=editor)
    assert Page.objects.filter(pk=draft.pk).exists()


def test_publishing_without_approval_is_refused_to_editors(editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)

    with pytest.raises(services.PublishRefused):
        services.page_publish(draft, by=editor, override_reason="Urgent fix")

    assert Page.objects.filter(pk=draft.pk).exists()
    assert events(live_page) == []


def test_an_administrator_overrides_only_with_a_reason_which_is_recorded(editor, live_page):
    administrator = AdministratorFactory()
    draft = services.page_working_draft(live_page, by=editor)
    draft.sections.update(body="A corrected phone number.")

    with pytest.raises(services.PublishRefused, match="reason"):
        services.page_publish(draft, by=administrator)
    live = services.page_publish(draft, by=administrator, override_reason="Wrong phone number in the copy")

    event = PageEvent.objects.get(page=live_page)
    assert (event.kind, event.by, event.detail) == (
        PageEvent.Kind.PUBLISHED_OVERRIDE,
        administrator,
        "Wrong phone number in the copy",
    )
    assert "Wrong phone number" in Version.objects.get_for_object(live).first().revision.comment
    assert live.sections.first().body == "A corrected phone number."


def test_front_desk_may_not_publish(live_page):
    with pytest.raises(PermissionDenied):
        services.page_publish(live_page, by=FrontDeskFactory())


def test_a_published_page_without_changes_cannot_be_published_again(editor, live_page):
    with pytest.raises(services.PublishRefused, match="already published"):
        services.page_publish(live_page, by=editor)


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_publishes_of_the_same_draft_publish_it_once():
    editor, reviewer = EditorFactory(), MedicalReviewerFactory()
    live = ProcedureFactory()
    SectionFactory(page=live)
    draft = approved_draft(live, editor=editor, reviewer=reviewer)
    barrier = threading.Barrier(2)
    outcomes = []

    def publish():
        try:
            barrier.wait()
            services.page_publish(draft, by=editor)
            outcomes.append("published")
        except services.PageWorkflowError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=publish) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["published", "refused"]
    assert events(live).count(PageEvent.Kind.PUBLISHED) == 1
    assert live.sections.count() == 1


# Unpublishing


def test_unpublishing_takes_the_page_off_the_site_and_redirects_nowhere(client, editor, live_page):
    url = live_page.get_absolute_url()
    assert client.get(url).status_code == 200

    services.page_unpublish(live_page, by=editor)

    assert Client().get(url).status_code == 404
    assert not Redirect.objects.exists()
    assert events(live_page) == [PageEvent.Kind.UNPUBLISHED]


def test_unpublishing_keeps_a_working_draft_to_publish_later(editor, medical_reviewer, live_page):
    draft = approved_draft(live_page, editor=editor, reviewer=medical_reviewer)

    services.page_unpublish(draft, by=editor)

    live_page.refresh_from_db()
    assert live_page.status == Page.Status.DRAFT
    assert services.page_publish(draft, by=editor).is_published


def test_front_desk_may_not_unpublish(live_page):
    with pytest.raises(PermissionDenied):
        services.page_unpublish(live_page, by=FrontDeskFactory())


def test_text_published_without_approval_no_longer_claims_the_earlier_review(
    client, editor, medical_reviewer, live_page
):
    """The review line and reviewedBy said a physician approved the text patients read: after an
    override the text is not the one approved, so the page claims no review until one is made."""
    live = approved_draft(live_page, editor=editor, reviewer=medical_reviewer)
    live = services.page_publish(live, by=editor)
    # A query string keeps the page out of the page cache: the text as it is now.
    assert b"Medically reviewed by" in client.get(live.get_absolute_url() + "?uncached").content
    draft = services.page_working_draft(live, by=editor)
    section = draft.sections.first()
    section.body = "Text no physician has read."
    section.save()

    live = services.page_publish(draft, by=AdministratorFactory(), override_reason="Urgent correction")

    html = client.get(live.get_absolute_url() + "?uncached").content
    assert b"Text no physician has read." in html
    assert b"Medically reviewed by" not in html
    assert b"reviewedBy" not in html
    assert (live.medical_reviewer, live.last_reviewed) == (None, None)
    assert live.review_due_on is None  # due for a physician's review now
