"""The page workflow in the admin: working drafts of live pages, the status box and its steps, the
confirmations, the draft's preview, the reviewers' list and the review request email."""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from procedures import services
from procedures.models import Page, PageEvent, Procedure
from tests.factories import (
    AdministratorFactory,
    FrontDeskFactory,
    MedicalReviewerFactory,
    ProcedureFactory,
    SectionFactory,
    UserFactory,
)
from tests.markup import parse

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:procedures_procedure_changelist")
WAITING = reverse("admin:procedures_waiting_for_review")


def change_url(page):
    return reverse("admin:procedures_procedure_change", args=[page.pk])


def step_url(page, step):
    return reverse(f"admin:procedures_procedure_{step}", args=[page.pk])


def status_box(client, page) -> str:
    response = client.get(change_url(page))
    assert response.status_code == 200, response
    box = parse(response.content).find("section", **{"class": "page-workflow module"})
    return " ".join(box.text.split())


def messages_of(response) -> str:
    return " ".join(str(message) for message in response.context["messages"])


def save_form(client, page, **changes):
    """Post the page's form as the editor's browser would, with some fields changed."""
    data = parse(client.get(change_url(page)).content).form_data("procedure_form")
    data.update({name: [value] for name, value in changes.items()})
    return client.post(change_url(page), {**data, "_continue": "Save and continue editing"}, follow=True)


@pytest.fixture
def live_page():
    page = ProcedureFactory(title="Lumbar Facet Injections", slug="lumbar-facet-injections")
    SectionFactory(page=page, heading="What to expect", body="The published copy.")
    return page


def draft_of(page):
    return Procedure.objects.get(draft_of=page)


# Working drafts


def test_saving_a_live_pages_form_makes_a_working_draft_and_the_public_page_stays_as_it_was(
    editor_client, live_page
):
    response = save_form(editor_client, live_page, **{"sections-0-body": "The draft copy."})

    draft = draft_of(live_page)
    assert response.redirect_chain[-1][0] == change_url(draft)
    assert "Your changes went into a working draft: patients still see the published page." in messages_of(
        response
    )
    assert draft.sections.get().body == "The draft copy."
    for visitor in (Client(), editor_client):
        content = visitor.get(live_page.get_absolute_url()).content
        assert b"The published copy." in content
        assert b"The draft copy." not in content


def test_opening_a_live_page_with_a_working_draft_opens_the_draft(editor_client, editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)

    response = editor_client.get(change_url(live_page), follow=True)

    assert response.redirect_chain == [(change_url(draft), 302)]
    assert "This is the page's working draft" in messages_of(response)


def test_the_status_field_is_not_in_the_form_publishing_is_a_step(editor_client, live_page):
    data = parse(editor_client.get(change_url(live_page)).content).form_data("procedure_form")

    assert "status" not in data


def test_the_page_list_shows_each_page_once_with_where_it_stands(editor_client, editor, live_page):
    services.page_working_draft(live_page, by=editor)
    ProcedureFactory(title="Genicular Nerve Block", status=Page.Status.DRAFT)

    document = parse(editor_client.get(CHANGELIST).content)

    titles = [cell.text.strip() for cell in document.find_all("th", **{"class": "field-title"})]
    states = [cell.text.strip() for cell in document.find_all("td", **{"class": "field-workflow_state"})]
    assert sorted(zip(titles, states, strict=True)) == [
        ("Genicular Nerve Block", "Not published — being written"),
        ("Lumbar Facet Injections", "Live — changes being written"),
    ]


def test_a_draft_cannot_take_the_address_of_another_live_page(editor_client, live_page):
    ProcedureFactory(slug="medial-branch-block")

    response = save_form(editor_client, live_page, slug="medial-branch-block")

    assert "Another page already has this address" in response.content.decode()
    assert draft_of(live_page).slug == "lumbar-facet-injections"


def test_the_working_drafts_preview_has_a_banner_and_the_draft_copy(editor_client, editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)
    draft.sections.update(body="The draft copy.", body_html="<p>The draft copy.</p>")

    content = editor_client.get(step_url(draft, "preview")).content.decode()

    assert "Working draft." in content
    assert "Patients still see the published version" in content
    assert "The draft copy." in content


def test_the_preview_is_for_staff_who_may_view_pages(live_page, editor):
    draft = services.page_working_draft(live_page, by=editor)
    client = Client()
    client.force_login(FrontDeskFactory())

    assert client.get(step_url(draft, "preview")).status_code in (403, 404)
    assert Client().get(step_url(draft, "preview")).status_code == 302  # to the login


def test_discarding_asks_first_then_deletes_the_draft(editor_client, editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)

    confirmation = editor_client.get(step_url(draft, "discard")).content.decode()
    response = editor_client.post(step_url(draft, "discard"))

    assert "will be deleted" in confirmation
    assert "Patients keep seeing the published page" in confirmation
    assert response["Location"] == change_url(live_page)
    assert not Procedure.objects.filter(draft_of=live_page).exists()


# The status box and its steps


def test_a_live_page_with_changes_says_patients_still_see_the_published_page(
    editor_client, editor, medical_reviewer, live_page
):
    draft = services.page_working_draft(live_page, by=editor)

    text = status_box(editor_client, draft)

    assert "Live. Your changes are a working draft: patients still see the published page" in text
    assert "Being written." in text
    assert "Submit for review" in text
    assert "Ana Reyes, MD" in text  # the reviewer to choose
    assert "Discard working draft…" in text
    assert "Unpublish…" in text


def test_an_editor_submits_for_review_choosing_the_reviewer(editor_client, medical_reviewer, live_page):
    save_form(editor_client, live_page, **{"sections-0-body": "The draft copy."})
    draft = draft_of(live_page)

    response = editor_client.post(step_url(draft, "submit"), {"reviewer": medical_reviewer.pk}, follow=True)

    assert "Sent to Ana Reyes, MD for medical review" in messages_of(response)
    draft.refresh_from_db()
    assert draft.review_state == Page.ReviewState.IN_REVIEW
    assert "Waiting for the review of Ana Reyes, MD since" in status_box(editor_client, draft)


def test_submitting_without_choosing_a_reviewer_says_so(editor_client, live_page):
    response = editor_client.post(step_url(live_page, "submit"), {"reviewer": ""}, follow=True)

    assert "Choose the physician who should review the page." in messages_of(response)
    assert not Procedure.objects.filter(draft_of=live_page).exists()


@pytest.fixture
def in_review(editor, medical_reviewer, live_page):
    return services.page_submit_for_review(live_page, by=editor, reviewer=medical_reviewer)


def test_the_reviewer_reads_the_draft_read_only_and_is_offered_approve_and_send_back(
    medical_reviewer_client, in_review
):
    response = medical_reviewer_client.get(change_url(in_review))
    document = parse(response.content)
    text = status_box(medical_reviewer_client, in_review)

    assert response.status_code == 200
    assert not document.find_all("input", name="_save")
    assert not document.find_all("textarea", name="sections-0-body")
    assert not [b for b in document.find_all("button") if b.get("name") == "_move"]
    assert "Waiting for your review" in text
    assert "Approve the medical text" in text
    assert "Send back" in text
    assert medical_reviewer_client.get(step_url(in_review, "preview")).status_code == 200


def test_the_reviewer_approves_and_gets_the_approval_number(
    medical_reviewer_client, editor_client, in_review
):
    response = medical_reviewer_client.post(step_url(in_review, "approve"), follow=True)

    in_review.refresh_from_db()
    number = in_review.approval.number
    assert f"Approved: approval number {number}." in messages_of(response)
    text = status_box(editor_client, in_review)
    assert f"Approved by Ana Reyes, MD ({number})" in text
    assert "ready to publish" in text
    assert "Publish the changes" in text


def test_sending_back_without_a_reason_is_refused_with_a_message(medical_reviewer_client, in_review):
    response = medical_reviewer_client.post(step_url(in_review, "send_back"), {"reason": ""}, follow=True)

    assert "Say what needs to change" in messages_of(response)
    in_review.refresh_from_db()
    assert in_review.review_state == Page.ReviewState.IN_REVIEW


def test_a_sent_back_page_shows_the_reason_to_the_editor(medical_reviewer_client, editor_client, in_review):
    medical_reviewer_client.post(step_url(in_review, "send_back"), {"reason": "Mention driving home."})

    text = status_box(editor_client, in_review)

    assert "Being written." in text
    assert "“Mention driving home.”" in text


def test_an_editor_is_not_offered_approval_and_cannot_approve(editor_client, in_review):
    assert "Approve the medical text" not in status_box(editor_client, in_review)
    assert editor_client.post(step_url(in_review, "approve")).status_code == 403
    in_review.refresh_from_db()
    assert in_review.review_state == Page.ReviewState.IN_REVIEW


def test_editing_the_medical_text_of_an_approved_draft_sends_it_back_with_a_message(
    editor_client, medical_reviewer, in_review
):
    services.page_approve(in_review, by=medical_reviewer)

    response = save_form(editor_client, in_review, **{"sections-0-body": "Changed after approval."})

    assert "The medical text changed, so the page went back to “Being written”" in messages_of(response)
    in_review.refresh_from_db()
    assert in_review.review_state == Page.ReviewState.DRAFT


def test_publishing_shows_the_change_to_patients_at_once(editor_client, editor, medical_reviewer, live_page):
    visitor = Client()
    assert b"The published copy." in visitor.get(live_page.get_absolute_url()).content  # cached now
    save_form(editor_client, live_page, **{"sections-0-body": "The approved copy."})
    draft = draft_of(live_page)
    services.page_submit_for_review(draft, by=editor, reviewer=medical_reviewer)
    services.page_approve(draft, by=medical_reviewer)

    response = editor_client.post(step_url(draft, "publish"), follow=True)

    assert response.redirect_chain[-1][0] == change_url(live_page)
    assert "Published: patients now see" in messages_of(response)
    content = visitor.get(live_page.get_absolute_url()).content.decode()
    assert "The approved copy." in content
    assert "Medically reviewed by Ana Reyes, MD on" in content
    assert "Live. Patients see this page" in status_box(editor_client, live_page)


def test_publishing_an_unapproved_draft_is_refused_with_a_message(editor_client, editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)

    response = editor_client.post(step_url(draft, "publish"), follow=True)

    assert "needs a medical reviewer's approval" in messages_of(response)
    assert Procedure.objects.filter(pk=draft.pk).exists()


def test_an_administrator_publishes_without_approval_only_with_a_reason(editor, live_page):
    draft = services.page_working_draft(live_page, by=editor)
    administrator = Client()
    administrator.force_login(AdministratorFactory())
    assert "Publish without approval" in status_box(administrator, draft)

    refused = administrator.post(step_url(draft, "publish"), {"override_reason": " "}, follow=True)
    administrator.post(step_url(draft, "publish"), {"override_reason": "Wrong phone number"})

    assert "give the reason" in messages_of(refused)
    event = PageEvent.objects.get(page=live_page)
    assert (event.kind, event.detail) == (PageEvent.Kind.PUBLISHED_OVERRIDE, "Wrong phone number")
    assert "Wrong phone number" in status_box(administrator, live_page)  # in the log


def test_unpublishing_asks_first_and_says_the_page_disappears_and_redirects_nowhere(editor_client, live_page):
    confirmation = editor_client.get(step_url(live_page, "unpublish")).content.decode()

    assert "The page will disappear for patients." in confirmation
    assert "redirect nowhere" in confirmation
    assert Client().get(live_page.get_absolute_url()).status_code == 200

    editor_client.post(step_url(live_page, "unpublish"))

    assert Client().get(live_page.get_absolute_url()).status_code == 404


def test_front_desk_cannot_take_any_step(live_page):
    client = Client()
    client.force_login(FrontDeskFactory())

    for step in ("submit", "approve", "send_back", "publish", "unpublish", "discard"):
        assert client.post(step_url(live_page, step)).status_code in (403, 404), step
    live_page.refresh_from_db()
    assert live_page.is_published


def test_a_step_only_answers_a_post(editor_client, live_page):
    assert editor_client.get(step_url(live_page, "publish")).status_code == 405


# Waiting for my review


def test_waiting_for_my_review_lists_only_the_pages_assigned_to_me(
    medical_reviewer_client, editor, medical_reviewer, in_review
):
    other = ProcedureFactory(title="Genicular Nerve Block", status=Page.Status.DRAFT)
    services.page_submit_for_review(other, by=editor, reviewer=MedicalReviewerFactory())

    document = parse(medical_reviewer_client.get(WAITING).content)

    titles = [
        link.text.strip() for link in document.find_all("a") if link.get("href") == change_url(in_review)
    ]
    assert titles == ["Lumbar Facet Injections"]
    assert "Genicular Nerve Block" not in " ".join(element.text for element in document.find_all("table"))


def test_the_admin_index_leads_a_reviewer_to_the_list_with_the_count(medical_reviewer_client, in_review):
    document = parse(medical_reviewer_client.get(reverse("admin:index")).content)

    [link] = [link for link in document.find_all("a") if link.get("href") == WAITING]
    assert "Waiting for my review: 1 page" in link.text


def test_editors_do_not_have_a_review_list(editor_client):
    assert editor_client.get(WAITING).status_code == 403


# The review request email


@pytest.mark.django_db(transaction=True)  # the real worker needs real transactions
def test_the_reviewer_gets_an_email_through_the_worker_once(
    editor_client, medical_reviewer, live_page, recording_smtp_server, run_worker
):
    editor_client.post(step_url(live_page, "submit"), {"reviewer": medical_reviewer.pk})

    run_worker()
    run_worker()

    [message] = recording_smtp_server.messages
    text = recording_smtp_server.inbox.text_of(message)
    draft = draft_of(live_page)
    assert recording_smtp_server.inbox.recipients == [[medical_reviewer.email]]
    assert message["Subject"] == "Waiting for your medical review: Lumbar Facet Injections"
    assert f"{settings.SITE_URL}{change_url(draft)}" in text
    assert f"{settings.SITE_URL}{WAITING}" in text
    assert PageEvent.objects.get(kind=PageEvent.Kind.SUBMITTED).emailed_at is not None


@pytest.mark.django_db(transaction=True)
def test_no_email_when_the_page_was_approved_before_the_worker_ran(
    editor, medical_reviewer, live_page, recording_smtp_server, run_worker
):
    draft = services.page_submit_for_review(live_page, by=editor, reviewer=medical_reviewer)
    services.page_approve(draft, by=medical_reviewer)

    run_worker()

    assert recording_smtp_server.messages == []


# Physicians


def test_an_editor_links_a_physician_record_to_a_staff_account_only(editor_client):
    staff = MedicalReviewerFactory(physician=None)
    UserFactory(username="patient-account")
    add_url = reverse("admin:procedures_physician_add")
    choices = [option.text for option in parse(editor_client.get(add_url).content).find_all("option")]

    response = editor_client.post(add_url, {"name": "Ana Reyes", "credentials": "MD", "user": staff.pk})

    assert "patient-account" not in choices
    assert response.status_code == 302
    assert staff.physician.name_with_credentials == "Ana Reyes, MD"


def test_a_mangled_move_on_a_live_page_saves_the_draft_and_moves_nothing(editor_client, live_page):
    data = parse(editor_client.get(change_url(live_page)).content).form_data("procedure_form")

    response = editor_client.post(change_url(live_page), {**data, "_move": "nonsense"})

    assert response.status_code == 302
    assert draft_of(live_page).sections.get().heading == "What to expect"
