"""With the keyboard alone and JavaScript off, an editor moves a section and previews the page's copy."""

import pytest
from playwright.sync_api import expect

from procedures.models import Procedure

from .conftest import DESKTOP
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

LUMBAR = "/procedures/lumbar-facet-injections/"
PREVIEW_COPY = "Most patients walk out on their own after a [medial branch block](page:medial-branch-block)."


@pytest.fixture
def no_script_page(new_tab):
    """A desktop tab with JavaScript switched off."""
    return new_tab({**DESKTOP, "java_script_enabled": False})


def press(page, button) -> None:
    """Activate a button as a keyboard user does: focus it and press Enter."""
    button.focus()
    page.keyboard.press("Enter")


def test_editor_moves_a_section_and_previews_the_copy_with_the_keyboard_and_no_script(
    no_script_page, visitor, live_editor, clinic_content
):
    page = no_script_page
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    first, second = lumbar.sections.values_list("heading", flat=True)[:2]
    log_in(page, live_editor)
    page.goto(f"/admin/procedures/procedure/{lumbar.pk}/change/")

    press(page, page.get_by_role("button", name=f"Move down: “{first}”"))

    expect(page.locator(".messagelist")).to_contain_text("the order changed")
    expect(page.locator("#id_sections-0-heading")).to_have_value(second)
    expect(page.locator("#id_sections-1-heading")).to_have_value(first)

    page.locator("#id_sections-0-body").fill(PREVIEW_COPY)
    press(page, page.get_by_role("button", name="Preview").first)

    preview = page.get_by_role("region", name="Preview: not saved")
    expect(preview).to_contain_text("Most patients walk out on their own")
    expect(preview.get_by_role("link", name="medial branch block", exact=True)).to_have_attribute(
        "href", "/procedures/medial-branch-block/"
    )
    expect(page.locator("#id_sections-0-body")).to_have_value(PREVIEW_COPY)
    visitor.goto(LUMBAR)
    expect(visitor.locator("main")).not_to_contain_text("Most patients walk out on their own")
