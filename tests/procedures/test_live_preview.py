"""The live preview endpoint renders one Markdown field as the public page would, for editors only."""

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from tests.factories import ProcedureFactory, UserFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

PROCEDURE_PREVIEW = reverse("admin:procedures_procedure_live_preview")
CONDITION_PREVIEW = reverse("admin:procedures_condition_live_preview")


@pytest.mark.parametrize("url", [PROCEDURE_PREVIEW, CONDITION_PREVIEW])
def test_an_editor_gets_the_markdown_rendered(editor_client, url):
    response = editor_client.post(url, {"markdown": "### After the injection\n\n- Rest\n- **Ice** the area"})

    assert response.status_code == 200
    assert response.json()["html"] == (
        "<h3>After the injection</h3>\n<ul>\n<li>Rest</li>\n<li><strong>Ice</strong> the area</li>\n</ul>"
    )


def test_a_script_and_its_handlers_are_removed(editor_client):
    markdown = '<script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">Click</a> *safe*'

    html = editor_client.post(PROCEDURE_PREVIEW, {"markdown": markdown}).json()["html"]

    assert "<script" not in html and "alert" not in html and "onclick" not in html
    assert "<em>safe</em>" in html


def test_a_page_reference_becomes_a_link_to_the_published_page(editor_client):
    ProcedureFactory(slug="medial-branch-block")
    markdown = "First a [medial branch block](page:medial-branch-block), then [a draft](page:no-such-page)."

    html = editor_client.post(PROCEDURE_PREVIEW, {"markdown": markdown}).json()["html"]

    assert '<a href="/procedures/medial-branch-block/">medial branch block</a>' in html
    assert "page:" not in html and "then a draft." in html


def test_a_renamed_page_is_linked_at_its_new_address(editor_client):
    page = ProcedureFactory(slug="medial-branch-block")
    page.slug = "medial-branch-blocks"
    page.save()

    html = editor_client.post(PROCEDURE_PREVIEW, {"markdown": "[block](page:medial-branch-block)"}).json()[
        "html"
    ]

    assert html == '<p><a href="/procedures/medial-branch-blocks/">block</a></p>'


def test_empty_copy_previews_as_nothing(editor_client):
    assert editor_client.post(PROCEDURE_PREVIEW, {}).json() == {"html": ""}


def test_copy_too_long_to_preview_gets_a_clear_error(editor_client):
    response = editor_client.post(PROCEDURE_PREVIEW, {"markdown": "a" * 50_001})

    assert response.status_code == 400
    assert "too long to preview" in response.json()["error"]


def test_front_desk_staff_without_page_permissions_are_refused(front_desk_client):
    response = front_desk_client.post(PROCEDURE_PREVIEW, {"markdown": "Hello"})

    assert response.status_code == 403


def test_a_visitor_is_sent_to_the_login_page(client):
    response = client.post(PROCEDURE_PREVIEW, {"markdown": "Hello"})

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize(
    "codename, status", [("view_procedure", 403), ("change_procedure", 200), ("add_procedure", 200)]
)
def test_a_staff_member_needs_to_be_allowed_to_change_or_add_pages(codename, status):
    staff_member = UserFactory(is_staff=True)
    staff_member.user_permissions.add(Permission.objects.get(codename=codename))
    client = Client()
    client.force_login(staff_member)

    assert client.post(PROCEDURE_PREVIEW, {"markdown": "Hello"}).status_code == status


def test_a_get_is_refused(editor_client):
    assert editor_client.get(PROCEDURE_PREVIEW).status_code == 405


def test_a_post_without_the_csrf_token_is_refused_and_with_it_served(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    change_form = parse(client.get(reverse("admin:procedures_procedure_add")).content)
    token = change_form.form_data("procedure_form")["csrfmiddlewaretoken"][0]

    refused = client.post(PROCEDURE_PREVIEW, {"markdown": "Hello"})
    served = client.post(PROCEDURE_PREVIEW, {"markdown": "Hello"}, headers={"X-CSRFToken": token})

    assert refused.status_code == 403
    assert served.status_code == 200 and served.json() == {"html": "<p>Hello</p>"}
