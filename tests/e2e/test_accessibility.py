"""axe-core finds no WCAG 2.2 AA violation on any public page, on a desktop and on a phone screen."""

import pytest
from playwright.sync_api import expect

from procedures.models import Condition, Procedure

from .checks import axe_violations
from .patient import send_consultation_request

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_content_page_has_no_violations(tab, clinic_content):
    paths = ["/", "/procedures/", "/conditions/", "/search/", "/search/?q=stenossis", "/search/?q=knee"] + [
        page.get_absolute_url() for model in (Procedure, Condition) for page in model.objects.published()
    ]
    assert "/procedures/lumbar-facet-injections/" in paths and "/conditions/spinal-stenosis/" in paths

    reports = []
    for path in paths:
        assert tab.goto(path).status == 200, path
        reports.append(axe_violations(tab))

    assert "".join(reports) == ""


def test_not_found_page_has_no_violations(tab, clinic_content):
    assert tab.goto("/procedures/no-such-procedure/").status == 404

    assert axe_violations(tab) == ""


def test_consultation_form_has_no_violations_empty_or_with_errors(tab, clinic_content):
    tab.goto("/consultation/?procedure=lumbar-facet-injections")
    empty = axe_violations(tab)

    tab.get_by_role("button", name="Send request").click()
    expect(tab.get_by_role("alert")).to_contain_text("There is a problem")

    assert (empty, axe_violations(tab)) == ("", "")


def test_confirmation_page_has_no_violations(tab, clinic_content, quick_patients):
    send_consultation_request(tab)

    assert axe_violations(tab) == ""


def test_confirmation_page_of_an_urgent_request_has_no_violations(tab, clinic_content, quick_patients):
    send_consultation_request(tab, description="Since yesterday I have lost control of my bladder.")

    expect(tab.get_by_role("alert")).to_contain_text("Please get emergency care now")
    assert axe_violations(tab) == ""
