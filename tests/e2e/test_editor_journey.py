"""An editor changes the lumbar facet page in the admin, previews a draft and restores a revision.

The lumbar page is live: the editor's changes go to its working draft, and patients see them once a
physician has approved them and the draft is published (tests/e2e/test_page_workflow.py walks that
through the status box; here the approval is set up with the services)."""

import re

import pytest
from playwright.sync_api import expect

from procedures import services
from procedures.models import Procedure

from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"
ORIGINAL_COPY = "Lumbar facet injections are a minimally invasive, image-guided treatment"
NEW_COPY = "Most patients are in and out of the clinic within an hour and walk out on their own."


def lumbar():
    return Procedure.objects.get(slug="lumbar-facet-injections", draft_of=None)


def open_lumbar_page_in_admin(page) -> None:
    page.goto(f"/admin/procedures/procedure/{lumbar().pk}/change/")


def approve_and_publish(*, editor, reviewer) -> None:
    draft = services.page_submit_for_review(lumbar(), by=editor, reviewer=reviewer)
    services.page_approve(draft, by=reviewer)
    services.page_publish(draft, by=editor)


def edit_first_section(page, copy: str) -> None:
    """In the admin, replace the body of the lumbar page's first section with `copy` and save."""
    open_lumbar_page_in_admin(page)
    expect(page.locator("#id_sections-0-heading")).to_have_value(
        "How Lumbar Facet Injections Address Pain At The Source"
    )
    page.locator("#id_sections-0-body").fill(copy)
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("Your changes went into a working draft")


def test_editor_saves_a_section_and_visitors_see_the_new_copy_once_it_is_published(
    page, visitor, live_editor, live_medical_reviewer, clinic_content
):
    visitor.goto(LUMBAR)  # the anonymous page is now in the shared page cache
    expect(visitor.locator("main")).to_contain_text(ORIGINAL_COPY)
    log_in(page, live_editor)

    edit_first_section(page, NEW_COPY)

    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(ORIGINAL_COPY)
    approve_and_publish(editor=live_editor, reviewer=live_medical_reviewer)
    visitor.goto(LUMBAR)
    expect(visitor.locator("#section-1 + *")).to_have_text(NEW_COPY)
    expect(visitor.locator("main")).not_to_contain_text(ORIGINAL_COPY)


def test_editor_previews_a_draft_that_visitors_get_a_404_for(
    page, visitor, live_editor, clinic_content, live_server
):
    log_in(page, live_editor)
    page.goto("/admin/procedures/procedure/add/")
    page.get_by_label("Title:", exact=True).press_sequentially("Genicular Nerve Block")
    # The admin fills in the slug from the title as it is typed.
    expect(page.get_by_label("Slug:", exact=True)).to_have_value("genicular-nerve-block")
    page.get_by_label("Summary:", exact=True).fill("A numbing injection for knee pain from arthritis.")
    page.get_by_role("button", name="Save and continue editing").first.click()
    expect(page.locator(".page-workflow")).to_contain_text("Not published. Only staff can see this page.")

    page.get_by_role("link", name="View on site").click()

    expect(page).to_have_url(f"{live_server.url}/procedures/genicular-nerve-block/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Genicular Nerve Block")
    expect(page.get_by_role("status")).to_contain_text("Draft preview")
    assert visitor.goto("/procedures/genicular-nerve-block/").status == 404


def test_editor_restores_an_earlier_revision_from_history(
    page, visitor, live_editor, live_medical_reviewer, clinic_content
):
    log_in(page, live_editor)
    edit_first_section(page, NEW_COPY)
    approve_and_publish(editor=live_editor, reviewer=live_medical_reviewer)
    open_lumbar_page_in_admin(page)

    page.get_by_role("link", name="History").click()
    first_revision = page.locator("#change-history tbody tr").filter(has_text="Loaded by load_clinic_content")
    first_revision.get_by_role("link").click()
    expect(page.locator("#id_sections-0-body")).to_have_value(re.compile(f"^{ORIGINAL_COPY}"))
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("is now the working draft")

    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(NEW_COPY)  # until the restored version is published
    approve_and_publish(editor=live_editor, reviewer=live_medical_reviewer)
    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(ORIGINAL_COPY)
    expect(visitor.locator("main")).not_to_contain_text(NEW_COPY)
