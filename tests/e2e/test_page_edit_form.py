"""The page edit form, add and change: no WCAG 2.2 AA violation; as the editor types, a live preview of the
field appears below it without taking the focus; the preview and move buttons work from the keyboard."""

import pytest
from playwright.sync_api import expect

from procedures.models import Condition, Procedure

from .checks import axe_violations
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)

LIVE_PREVIEW = "/live-preview/"


@pytest.fixture
def lumbar_form(page, live_editor, clinic_content):
    """The editor's tab on the change form of the lumbar facet injections page (21 Markdown fields)."""
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    log_in(page, live_editor)
    page.goto(f"/admin/procedures/procedure/{lumbar.pk}/change/")
    return page


def test_page_edit_forms_have_no_violations(page, live_editor, clinic_content):
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections")
    stenosis = Condition.objects.get(slug="spinal-stenosis")
    log_in(page, live_editor)

    reports = []
    for path in [
        "/admin/procedures/procedure/add/",
        f"/admin/procedures/procedure/{lumbar.pk}/change/",
        "/admin/procedures/condition/add/",
        f"/admin/procedures/condition/{stenosis.pk}/change/",
    ]:
        assert page.goto(path).status == 200, path
        reports.append(axe_violations(page))

    assert "".join(reports) == ""


def test_a_live_preview_appears_below_the_field_after_a_pause_in_typing(lumbar_form):
    page = lumbar_form
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request) if LIVE_PREVIEW in request.url else None)
    # A script or style the CSP refused would show here.
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.reload()
    body = page.locator("#id_sections-1-body")

    body.fill("")
    body.press_sequentially("### Afterwards\n\nRest, then a [block](page:medial-branch-block).", delay=15)

    preview = page.locator("#id_sections-1-body_live_preview")
    expect(preview.get_by_role("heading", name="Afterwards", level=3)).to_be_visible()
    expect(preview.get_by_role("link", name="block")).to_have_attribute(
        "href", "/procedures/medial-branch-block/"
    )
    expect(page.get_by_role("status")).to_contain_text("Preview of Body of")
    expect(body).to_be_focused()
    assert len(requests) == 1, "one preview per pause, not one per key"
    assert errors == []
    page.locator(".formatting-help summary").first.click()
    assert axe_violations(page) == ""


def test_each_markdown_field_has_its_own_live_preview_new_sections_too(lumbar_form):
    page = lumbar_form
    page.get_by_role("button", name="Add another Section").click()
    new_section = "textarea[name^=sections-][name$=-body]:not([name*=__prefix__])"
    fields = [
        page.locator("#id_introduction"),
        page.locator("#id_faqs-0-answer"),
        page.locator(new_section).last,
    ]

    for number, field in enumerate(fields):
        field.fill(f"Copy number **{number}**.")

    for number, field in enumerate(fields):
        preview = page.locator(f"#{field.get_attribute('id')}_live_preview")
        expect(preview.locator("strong")).to_have_text(str(number))
    expect(page.locator(".live-preview")).to_have_count(3)


def tab_to(page, target, most_presses: int = 400) -> None:
    """Press Tab until `target` has the focus, as a keyboard user moves through the form."""
    for _ in range(most_presses):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{target} not reached in {most_presses} presses of Tab")


def test_the_preview_and_move_buttons_are_reached_and_pressed_with_the_keyboard(lumbar_form):
    page = lumbar_form
    first, second = Procedure.objects.get(slug="lumbar-facet-injections").sections.values_list(
        "heading", flat=True
    )[:2]

    tab_to(page, page.get_by_role("button", name="Preview").first)
    page.keyboard.press("Enter")

    expect(page.get_by_role("region", name="Preview: not saved")).to_contain_text(first)

    tab_to(page, page.get_by_role("button", name=f"Move down: “{first}”"))
    page.keyboard.press("Enter")

    expect(page.locator(".messagelist")).to_contain_text("the order changed")
    expect(page.locator("#id_sections-0-heading")).to_have_value(second)
    expect(page.locator("#id_sections-1-heading")).to_have_value(first)


def test_a_preview_that_fails_says_so_and_keeps_the_text(lumbar_form):
    page = lumbar_form
    answer = page.locator("#id_faqs-0-answer")
    too_long = "a" * 50_001

    answer.fill(too_long)

    problem = page.locator("#id_faqs-0-answer_live_preview .live-preview-problem")
    expect(problem).to_contain_text("too long to preview as you type")
    expect(page.get_by_role("status")).to_contain_text("could not be updated")
    expect(answer).to_have_value(too_long)
    expect(answer).to_be_focused()
