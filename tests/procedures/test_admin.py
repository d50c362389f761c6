"""Editors can work on pages in the admin, and cannot touch staff accounts."""

import datetime

import pytest
from django.urls import reverse

from procedures.models import Page
from tests.factories import ConditionFactory, PhysicianFactory, ProcedureFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:procedures_procedure_changelist")


def listed_titles(response) -> set[str]:
    document = parse(response.content)
    return {cell.text.strip() for cell in document.find_all("th", **{"class": "field-title"})}


def test_editor_opens_the_procedure_list(editor_client):
    ProcedureFactory(title="Medial Branch Block")

    response = editor_client.get(CHANGELIST)

    assert response.status_code == 200
    assert listed_titles(response) == {"Medial Branch Block"}


def test_procedure_list_shows_status_last_reviewed_and_last_updated(editor_client):
    ProcedureFactory()

    document = parse(editor_client.get(CHANGELIST).content)

    columns = {
        name for cell in document.find_all("th", scope="col") for name in (cell.get("class") or "").split()
    }
    assert {
        "column-title",
        "column-status",
        "column-last_reviewed",
        "column-review_due",
        "column-updated_at",
    } <= columns


def test_procedure_list_says_when_each_review_is_due(editor_client):
    ProcedureFactory(title="Reviewed", last_reviewed=datetime.date(2026, 1, 31), review_interval_months=1)
    ProcedureFactory(title="Never reviewed", last_reviewed=None)
    ProcedureFactory(
        title="Seeded",
        last_reviewed=datetime.date(2026, 11, 30),
        medical_reviewer=PhysicianFactory(is_placeholder=True),
    )

    document = parse(editor_client.get(CHANGELIST).content)

    titles = document.find_all("th", **{"class": "field-title"})
    due = {
        title.text.strip(): cell.text.strip()
        for cell in document.find_all("td")
        if "field-review_due" in (cell.get("class") or "").split()
        for title in titles
        if title.parent is cell.parent
    }
    assert due == {
        "Reviewed": "Feb. 28, 2026",
        "Never reviewed": "Now: never reviewed by a physician",
        "Seeded": "Now: never reviewed by a physician",
    }


def test_editor_opens_the_add_page(editor_client):
    response = editor_client.get(reverse("admin:procedures_procedure_add"))

    assert response.status_code == 200
    assert parse(response.content).find_all("input", name="sections-TOTAL_FORMS")


def test_editor_searches_procedures_by_section_heading(editor_client):
    ProcedureFactory(title="Medial Branch Block").sections.create(heading="Numbing test", body="x")
    ProcedureFactory(title="Radiofrequency Ablation")

    response = editor_client.get(CHANGELIST, {"q": "numbing"})

    assert listed_titles(response) == {"Medial Branch Block"}


def test_editor_filters_procedures_by_status(editor_client):
    ProcedureFactory(title="Published Procedure")
    ProcedureFactory(title="Draft Procedure", status=Page.Status.DRAFT)

    response = editor_client.get(CHANGELIST, {"status__exact": "draft"})

    assert listed_titles(response) == {"Draft Procedure"}


def test_editor_ticks_the_conditions_a_procedure_treats(editor_client):
    procedure = ProcedureFactory()
    spinal_stenosis = ConditionFactory(title="Spinal Stenosis")
    ConditionFactory(title="Facet Joint Arthritis")
    change_url = reverse("admin:procedures_procedure_change", args=[procedure.pk])
    document = parse(editor_client.get(change_url).content)
    boxes = [e for e in document.find_all("input", type="checkbox") if e.get("name") == "conditions_treated"]

    data = document.form_data("procedure_form") | {"conditions_treated": [str(spinal_stenosis.pk)]}
    response = editor_client.post(change_url, {**data, "_continue": "Save"})

    assert len(boxes) == 2
    assert response.status_code == 302
    assert list(procedure.conditions_treated.all()) == [spinal_stenosis]


@pytest.mark.parametrize(
    "url", ["admin:auth_user_changelist", "admin:auth_group_changelist", "admin:auth_user_add"]
)
def test_editor_gets_403_on_staff_accounts(editor_client, url):
    assert editor_client.get(reverse(url)).status_code == 403


@pytest.mark.parametrize("factory", [ProcedureFactory, ConditionFactory])
def test_view_on_site_leads_to_the_public_page(editor_client, factory):
    page = factory(status=Page.Status.DRAFT)
    change_url = reverse(f"admin:procedures_{page._meta.model_name}_change", args=[page.pk])

    link = parse(editor_client.get(change_url).content).find("a", **{"class": "viewsitelink"})
    response = editor_client.get(link.get("href"))

    assert link.get("href") == page.get_absolute_url()
    assert response.status_code == 200
    assert page.title in response.content.decode()
