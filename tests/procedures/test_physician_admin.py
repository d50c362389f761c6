"""Editors keep the physicians who review pages: their names, credentials and staff accounts."""

import datetime

import pytest
from django.urls import reverse

from procedures.models import Physician
from tests.factories import ConditionFactory, PhysicianFactory, ProcedureFactory, UserFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:procedures_physician_changelist")
ADD = reverse("admin:procedures_physician_add")


def change_url(physician):
    return reverse("admin:procedures_physician_change", args=[physician.pk])


def test_an_editor_adds_a_physician_with_their_staff_account(editor_client):
    account = UserFactory(is_staff=True, username="jdoe")

    response = editor_client.post(ADD, {"name": "Jane Doe", "credentials": "MD", "user": account.pk})

    assert response.status_code == 302
    physician = Physician.objects.get()
    assert (physician.name_with_credentials, physician.user, physician.is_placeholder) == (
        "Jane Doe, MD",
        account,
        False,
    )


def test_only_active_staff_accounts_can_be_a_physicians_account(editor_client):
    UserFactory(is_staff=True, username="staff-account")
    UserFactory(is_staff=False, username="not-staff")

    options = parse(editor_client.get(ADD).content).find("select", name="user").text

    assert "staff-account" in options
    assert "not-staff" not in options


def test_the_list_finds_physicians_by_name_and_counts_the_live_pages_they_reviewed(editor_client):
    jane = PhysicianFactory(name="Jane Doe")
    PhysicianFactory(name="Sam Roe")
    live = ProcedureFactory(medical_reviewer=jane)
    ConditionFactory(medical_reviewer=jane)
    ProcedureFactory(medical_reviewer=jane, draft_of=live, slug=live.slug)  # a working draft: not counted

    document = parse(editor_client.get(CHANGELIST, {"q": "doe"}).content)

    assert [cell.text.strip() for cell in document.find_all("th", **{"class": "field-name"})] == ["Jane Doe"]
    assert [
        cell.text.strip() for cell in document.find_all("td", **{"class": "field-pages_reviewed_count"})
    ] == ["2"]


def test_a_physicians_page_lists_the_pages_they_reviewed_with_links(editor_client):
    jane = PhysicianFactory(name="Jane Doe")
    page = ProcedureFactory(
        title="Medial Branch Block", medical_reviewer=jane, last_reviewed=datetime.date(2026, 3, 2)
    )

    document = parse(editor_client.get(change_url(jane)).content)

    links = [a for a in document.find_all("a") if a.text == "Medial Branch Block"]
    assert [link.get("href") for link in links] == [
        reverse("admin:procedures_procedure_change", args=[page.pk])
    ]
    assert links[0].parent.text == "Medial Branch Block (published), last reviewed March 2, 2026"


def test_the_placeholder_cannot_be_renamed_into_a_real_physician(editor_client):
    placeholder = PhysicianFactory(
        name="Reviewing physician (to be named)", credentials="", is_placeholder=True
    )

    response = editor_client.post(change_url(placeholder), {"name": "Jane Doe", "credentials": "MD"})

    assert response.status_code == 302
    placeholder.refresh_from_db()
    assert (placeholder.name, placeholder.is_placeholder) == ("Reviewing physician (to be named)", True)


def test_nobody_marks_a_physician_as_a_placeholder_in_the_admin(editor_client):
    jane = PhysicianFactory(name="Jane Doe")

    editor_client.post(change_url(jane), {"name": "Jane Doe", "credentials": "MD", "is_placeholder": "on"})

    jane.refresh_from_db()
    assert not jane.is_placeholder
