"""Clinic pages in a browser: a page with its documents has no WCAG 2.2 AA violation on a phone or a
desktop, nor its admin form; an editor makes a page, previews it, publishes it and puts it in the header."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from procedures.models import ClinicPage, Document

from .checks import axe_violations, horizontal_overflow, small_tap_targets
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


@pytest.fixture
def forms_page(clinic_content, media_root):
    """The seed's patient forms page with two PDF documents."""
    page = ClinicPage.objects.get(slug="patient-forms", draft_of=None)
    for position, title in enumerate(["New patient registration form", "Medical history form"]):
        document = Document(title=title, page=page, position=position)
        document.file.save("form.pdf", SimpleUploadedFile("form.pdf", PDF + b" " * 240 * 1024), save=False)
        document.save()
    return page


def test_a_clinic_page_with_documents_has_no_violations(tab, forms_page):
    assert tab.goto(forms_page.get_absolute_url()).status == 200

    expect(tab.get_by_role("link", name="New patient registration form (PDF, 240 KB)")).to_be_visible()
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) <= 0
    assert small_tap_targets(tab) == []


def test_every_seeded_clinic_page_has_no_violations(page, clinic_content):
    reports = []
    for clinic_page in ClinicPage.objects.published():
        assert page.goto(clinic_page.get_absolute_url()).status == 200
        reports.append(axe_violations(page))

    assert "".join(reports) == ""


def test_the_clinic_page_admin_form_has_no_violations(page, live_editor, forms_page):
    log_in(page, live_editor)

    page.goto(f"/admin/procedures/clinicpage/{forms_page.pk}/change/")

    expect(page.locator(".page-workflow")).to_contain_text("No medical review needed.")
    assert axe_violations(page) == ""


def test_an_editor_makes_a_page_previews_it_publishes_it_and_puts_it_in_the_header(
    page, visitor, live_editor, clinic_content
):
    log_in(page, live_editor)
    page.goto("/admin/procedures/clinicpage/add/")
    page.locator("#id_title").fill("Financial policy")
    page.locator("#id_slug").fill("financial-policy")
    page.locator("#id_summary").fill("What we charge, what insurance covers, and how to pay your bill.")
    page.locator("#id_introduction").fill("We accept most insurance plans. Payment is due at the visit.")
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    status = page.locator(".page-workflow")
    expect(status).to_contain_text("Not published.")
    page.get_by_role("link", name="Preview the page as patients will see it").click()
    expect(page.get_by_role("status")).to_contain_text("Draft preview.")
    expect(page.locator("main")).to_contain_text("Payment is due at the visit.")
    page.go_back()
    assert visitor.goto("/financial-policy/").status == 404

    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messagelist")).to_contain_text("Published: patients now see")

    page.goto("/admin/procedures/menuitem/add/")
    page.locator("#id_menu").select_option(label="Header")
    page.locator("#id_page").select_option(label="Financial policy")
    page.locator("#id_label").fill("Fees")
    page.locator("#id_position").fill("65")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    visitor.goto("/")
    fees = visitor.get_by_role("navigation", name="Main").get_by_role("link", name="Fees")
    expect(fees).to_be_visible()
    fees.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Financial policy")
    expect(fees).to_have_attribute("aria-current", "page")
