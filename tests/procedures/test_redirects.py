"""A published page's old address redirects permanently to its new one after a slug change."""

import pytest
from django.contrib.redirects.models import Redirect

from procedures.models import Page
from tests.factories import ConditionFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


def rename(page, slug):
    page.slug = slug
    page.save()


def test_old_procedure_address_answers_301_to_the_new_one(client):
    page = ProcedureFactory(slug="facet-injections")
    rename(page, "lumbar-facet-injections")

    response = client.get("/procedures/facet-injections/")

    assert response.status_code == 301
    assert response["Location"] == "/procedures/lumbar-facet-injections/"
    assert client.get(response["Location"]).status_code == 200


def test_old_condition_address_answers_301_to_the_new_one(client):
    page = ConditionFactory(slug="arthritis")
    rename(page, "facet-joint-arthritis")

    response = client.get("/conditions/arthritis/")

    assert response.status_code == 301
    assert response["Location"] == "/conditions/facet-joint-arthritis/"


def test_chained_renames_send_the_first_address_straight_to_the_last(client):
    page = ProcedureFactory(slug="a")
    rename(page, "b")
    rename(page, "c")

    first, second = client.get("/procedures/a/"), client.get("/procedures/b/")

    assert (first.status_code, first["Location"]) == (301, "/procedures/c/")
    assert (second.status_code, second["Location"]) == (301, "/procedures/c/")


def test_renaming_back_to_an_old_slug_leaves_no_redirect_loop(client):
    page = ProcedureFactory(slug="a")
    rename(page, "b")
    rename(page, "a")

    assert client.get("/procedures/a/").status_code == 200
    assert client.get("/procedures/b/")["Location"] == "/procedures/a/"


def test_renaming_a_draft_creates_no_redirect(client):
    page = ProcedureFactory(slug="draft-name", status=Page.Status.DRAFT)
    rename(page, "final-name")

    assert not Redirect.objects.exists()
    assert client.get("/procedures/draft-name/").status_code == 404
