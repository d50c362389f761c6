"""Drafts are hidden from the public and previewed, exactly as they will look, by editors only."""

import pytest

from procedures.models import Page
from tests.clinic.logins import current_token, log_in
from tests.factories import ConditionFactory, ProcedureFactory, UserFactory

pytestmark = pytest.mark.django_db

DRAFT = Page.Status.DRAFT
PAGE_FACTORIES = [ProcedureFactory, ConditionFactory]


@pytest.mark.parametrize("factory", PAGE_FACTORIES)
def test_draft_answers_404_to_anonymous_visitors(client, factory):
    draft = factory(status=DRAFT)

    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("factory", PAGE_FACTORIES)
def test_draft_answers_404_to_a_logged_in_user_who_is_not_staff(client, factory):
    draft = factory(status=DRAFT)
    client.force_login(UserFactory())

    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("factory", PAGE_FACTORIES)
def test_editor_sees_a_draft_with_the_preview_banner(editor_client, factory):
    draft = factory(status=DRAFT, title="Genicular Nerve Block")

    response = editor_client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert b"Genicular Nerve Block" in response.content
    assert b"Draft preview." in response.content


@pytest.mark.usefixtures("two_factor_required")
@pytest.mark.parametrize("factory", PAGE_FACTORIES)
def test_with_two_factor_login_required_a_password_only_session_cannot_preview_a_draft(
    editor_client, factory
):
    """A session that never passed the second factor (a stolen password, or one from before 2FA was on)."""
    draft = factory(status=DRAFT)

    assert editor_client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.usefixtures("two_factor_required")
def test_with_two_factor_login_required_an_editor_who_passed_it_previews_the_draft(client, device):
    draft = ProcedureFactory(status=DRAFT, title="Genicular Nerve Block")
    log_in(client, device.user.username, token=current_token(device))

    response = client.get(draft.get_absolute_url())

    assert response.status_code == 200
    assert b"Draft preview." in response.content


def test_published_page_has_no_preview_banner_for_an_editor(editor_client):
    page = ProcedureFactory()

    assert b"Draft preview." not in editor_client.get(page.get_absolute_url()).content


def test_an_editors_preview_is_not_served_to_anonymous_visitors_afterwards(client, editor_client):
    draft = ProcedureFactory(status=DRAFT)
    editor_client.get(draft.get_absolute_url())

    assert client.get(draft.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("url", ["/", "/procedures/", "/conditions/"])
def test_drafts_are_absent_from_the_home_page_and_indexes(client, url):
    ProcedureFactory(title="Published Procedure")
    ConditionFactory(title="Published Condition")
    ProcedureFactory(title="Draft Procedure", status=DRAFT)
    ConditionFactory(title="Draft Condition", status=DRAFT)

    content = client.get(url).content

    assert b"Published" in content
    assert b"Draft Procedure" not in content
    assert b"Draft Condition" not in content


def test_drafts_are_absent_from_the_sitemap(client):
    published = ProcedureFactory()
    draft = ProcedureFactory(status=DRAFT)
    draft_condition = ConditionFactory(status=DRAFT)

    content = client.get("/sitemap.xml").content.decode()

    assert published.get_absolute_url() in content
    assert draft.get_absolute_url() not in content
    assert draft_condition.get_absolute_url() not in content


def test_draft_procedures_are_absent_from_related_lists_on_a_condition_page(client):
    condition = ConditionFactory()
    ProcedureFactory(title="Published Treatment").conditions_treated.add(condition)
    ProcedureFactory(title="Draft Treatment", status=DRAFT).conditions_treated.add(condition)
    condition.related_conditions.add(ConditionFactory(title="Draft Neighbour", status=DRAFT))

    content = client.get(condition.get_absolute_url()).content

    assert b"Published Treatment" in content
    assert b"Draft Treatment" not in content
    assert b"Draft Neighbour" not in content


def test_draft_pages_are_absent_from_related_lists_on_a_procedure_page(client):
    procedure = ProcedureFactory()
    procedure.conditions_treated.add(
        ConditionFactory(title="Published Condition"), ConditionFactory(title="Draft Condition", status=DRAFT)
    )
    procedure.related_procedures.add(ProcedureFactory(title="Draft Sibling", status=DRAFT))

    content = client.get(procedure.get_absolute_url()).content

    assert b"Published Condition" in content
    assert b"Draft Condition" not in content
    assert b"Draft Sibling" not in content
