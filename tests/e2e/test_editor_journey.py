"""An editor changes the lumbar facet page in the admin, previews a draft and restores a revision."""

import re

import pytest
from playwright.sync_api import expect

from procedures.models import Procedure

from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"
ORIGINAL_COPY = "Lumbar facet injections are a minimally invasive, image-guided treatment"
NEW_COPY = "Most patients are in and out of the clinic within an hour and walk out on their own."


def open_lumbar_page_in_admin(page) -> None:
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    page.goto(f"/admin/procedures/procedure/{lumbar.pk}/change/")


def edit_first_section(page, copy: str) -> None:
    """In the admin, replace the body of the lumbar page's first section with `copy` and save."""
    open_lumbar_page_in_admin(page)
    expect(page.locator("#id_sections-0-heading")).to_have_value(
        "How Lumbar Facet Injections Address Pain At The Source"
    )
    page.locator("#id_sections-0-body").fill(copy)
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")


def test_editor_saves_a_section_and_visitors_see_the_new_copy_at_once(
    page, visitor, live_editor, clinic_content
):
    visitor.goto(LUMBAR)  # the anonymous page is now in the shared page cache
    expect(visitor.locator("main")).to_contain_text(ORIGINAL_COPY)
    log_in(page, live_editor)

    edit_first_section(page, NEW_COPY)

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
    expect(page.get_by_label("Status:", exact=True)).to_have_value("draft")
    page.get_by_label("Summary:", exact=True).fill("A numbing injection for knee pain from arthritis.")
    page.get_by_role("button", name="Save and continue editing").first.click()

    page.get_by_role("link", name="View on site").click()

    expect(page).to_have_url(f"{live_server.url}/procedures/genicular-nerve-block/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Genicular Nerve Block")
    expect(page.get_by_role("status")).to_contain_text("Draft preview")
    assert visitor.goto("/procedures/genicular-nerve-block/").status == 404


def test_editor_restores_an_earlier_revision_from_history(page, visitor, live_editor, clinic_content):
    log_in(page, live_editor)
    edit_first_section(page, NEW_COPY)
    open_lumbar_page_in_admin(page)

    page.get_by_role("link", name="History").click()
    first_revision = page.locator("#change-history tbody tr").filter(has_text="Loaded by load_clinic_content")
    first_revision.get_by_role("link", name="open or restore this revision").click()
    expect(page.locator("#id_sections-0-body")).to_have_value(re.compile(f"^{ORIGINAL_COPY}"))
    page.get_by_role("button", name="Save", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).to_contain_text(ORIGINAL_COPY)
    expect(visitor.locator("main")).not_to_contain_text(NEW_COPY)
