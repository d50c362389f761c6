"""A published page's old address redirects permanently to its new one after a slug change; editors' own
redirects stay on this site."""

import pytest
from django.conf import settings
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


ADD_REDIRECT_URL = "/admin/redirects/redirect/add/"
FOR_AN_EDITOR = "Only a site administrator can send visitors to another website."


def add_redirect(client, new_path, old_path="/book-now/"):
    return client.post(
        ADD_REDIRECT_URL, {"site": settings.SITE_ID, "old_path": old_path, "new_path": new_path}
    )


@pytest.mark.parametrize(
    "new_path", ["/consultation/", "/procedures/lumbar-facet-injections/?from=ad#faq", ""]
)
def test_an_editor_adds_a_redirect_to_a_page_of_this_site(editor_client, client, new_path):
    """An empty new path is django.contrib.redirects' way of saying the page is gone (410)."""
    response = add_redirect(editor_client, new_path)

    assert response.status_code == 302
    assert Redirect.objects.get(old_path="/book-now/").new_path == new_path


@pytest.mark.parametrize(
    "new_path",
    [
        "https://evil.example/phish",
        "http:evil.example",
        "//evil.example/",
        "///evil.example/",
        "/\\evil.example",
        "\\\\evil.example",
        "/\t/evil.example",
        " //evil.example",
        "/ /evil.example",
        "evil.example/phish",
        "javascript:alert(1)",
        "mailto:someone@evil.example",
    ],
)
def test_an_editor_cannot_redirect_visitors_to_another_website(editor_client, client, new_path):
    response = add_redirect(editor_client, new_path)

    assert response.status_code == 200
    assert FOR_AN_EDITOR in response.text
    assert not Redirect.objects.exists()
    assert client.get("/book-now/").status_code == 404


def test_an_editor_cannot_change_an_existing_redirect_to_point_at_another_website(editor_client):
    redirect = Redirect.objects.create(
        site_id=settings.SITE_ID, old_path="/book-now/", new_path="/consultation/"
    )

    response = editor_client.post(
        f"/admin/redirects/redirect/{redirect.pk}/change/",
        {"site": settings.SITE_ID, "old_path": "/book-now/", "new_path": "https://evil.example/phish"},
    )

    redirect.refresh_from_db()
    assert response.status_code == 200
    assert redirect.new_path == "/consultation/"


def test_an_administrator_may_redirect_to_another_website(administrator_client, client):
    response = add_redirect(administrator_client, "https://partner-clinic.example/")

    assert response.status_code == 302
    assert client.get("/book-now/")["Location"] == "https://partner-clinic.example/"


@pytest.mark.parametrize(
    "query", ["utm_source=newsletter&utm_medium=email", "gclid=Cj0KCQ", "p=2", "q=caf%C3%A9"]
)
def test_old_address_with_a_query_string_redirects_keeping_the_query(client, query):
    page = ProcedureFactory(slug="facet-injections")
    rename(page, "lumbar-facet-injections")

    response = client.get(f"/procedures/facet-injections/?{query}")

    assert response.status_code == 301
    assert response["Location"] == f"/procedures/lumbar-facet-injections/?{query}"


def test_a_tracking_query_redirects_even_after_the_old_address_was_cached(client):
    """The old page was in the page cache under its path, which tracking-only queries share."""
    page = ProcedureFactory(slug="facet-injections")
    assert client.get("/procedures/facet-injections/?utm_source=ad").status_code == 200
    rename(page, "lumbar-facet-injections")

    response = client.get("/procedures/facet-injections/?utm_source=ad")

    assert response.status_code == 301
    assert response["Location"] == "/procedures/lumbar-facet-injections/?utm_source=ad"
    assert client.get(response["Location"]).status_code == 200


def test_a_query_joins_the_query_and_keeps_the_fragment_of_an_editors_redirect(client):
    Redirect.objects.create(
        site_id=settings.SITE_ID, old_path="/book-now/", new_path="/consultation/?from=ad#form"
    )

    response = client.get("/book-now/?gclid=abc")

    assert response.status_code == 301
    assert response["Location"] == "/consultation/?from=ad&gclid=abc#form"


def test_an_editors_redirect_for_an_exact_query_still_wins(client):
    Redirect.objects.create(site_id=settings.SITE_ID, old_path="/book-now/", new_path="/consultation/")
    Redirect.objects.create(
        site_id=settings.SITE_ID, old_path="/book-now/?topic=sciatica", new_path="/conditions/sciatica/"
    )

    response = client.get("/book-now/?topic=sciatica")

    assert response["Location"] == "/conditions/sciatica/"


def test_a_gone_address_with_a_query_string_answers_410(client):
    Redirect.objects.create(site_id=settings.SITE_ID, old_path="/old-offer/", new_path="")

    assert client.get("/old-offer/?utm_source=ad").status_code == 410
