"""Editors can work on pages in the admin, and cannot touch staff accounts."""

import pytest
from django.urls import reverse

from procedures.models import Page
from tests.factories import ConditionFactory, ProcedureFactory
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


def test_procedure_list_shows_where_each_page_stands_last_reviewed_and_last_updated(editor_client):
    ProcedureFactory()

    document = parse(editor_client.get(CHANGELIST).content)

    columns = {
        name for cell in document.find_all("th", scope="col") for name in (cell.get("class") or "").split()
    }
    assert {"column-title", "column-workflow_state", "column-last_reviewed", "column-updated_at"} <= columns


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


def test_autocomplete_offers_matching_conditions_for_conditions_treated(editor_client):
    spinal_stenosis = ConditionFactory(title="Spinal Stenosis")
    ConditionFactory(title="Facet Joint Arthritis")

    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "procedures",
            "model_name": "procedure",
            "field_name": "conditions_treated",
            "term": "sten",
        },
    )

    assert response.status_code == 200
    assert response.json()["results"] == [{"id": str(spinal_stenosis.pk), "text": "Spinal Stenosis"}]


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
