"""An editor opens the content check of all pages from the admin: no WCAG 2.2 AA violation, and each
page's warnings lead to its change form, which shows them too."""

import pytest
from playwright.sync_api import expect

from .checks import axe_violations
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_content_check_report_has_no_violations_and_leads_to_each_page(page, live_editor, clinic_content):
    log_in(page, live_editor)
    page.get_by_role("link", name="Content check of all pages").click()

    expect(page.get_by_role("heading", name="Content check", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Lumbar Facet Injections (procedure, published)")).to_be_visible()
    assert axe_violations(page) == ""

    page.get_by_role("link", name="Edit “Lumbar Facet Injections”").click()

    expect(page.get_by_role("heading", name="Content check", exact=True)).to_be_visible()
    expect(page.locator(".content-check-panel")).to_contain_text("no physician has reviewed this page yet")
    # The panel only: test_page_edit_form.py checks the whole form.
    assert axe_violations(page, within=".field-content_check") == ""
