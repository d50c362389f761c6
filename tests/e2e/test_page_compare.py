"""An editor changes one section of a seeded live page in Chromium (twice: the changes go to its working
draft), finds only that section in the draft's history (newest first), and compares it with the revision
before: no WCAG 2.2 AA violation, and both
pages fit a 1280 px screen and a 375 px phone without scrolling sideways."""

import re

import pytest
from playwright.sync_api import expect

from procedures.models import Procedure
from procedures.page_compare_admin import compare_url
from tests.factories import ProcedureFactory, SectionFactory

from .checks import axe_violations, horizontal_overflow
from .staff import log_in

pytestmark = pytest.mark.django_db(transaction=True)


def change_one_section_and_open_the_history(page, editor) -> str:
    """Edit the second section of the live lumbar page in the browser twice, saving each time (the first
    save makes its working draft), and open the draft's history; return that section's heading."""
    lumbar = Procedure.objects.get(slug="lumbar-facet-injections", draft_of=None)
    heading = lumbar.sections.values_list("heading", flat=True)[1]
    log_in(page, editor)
    for sentence in ("We answer every question.", "Ask us which treatment suits you."):
        page.goto(f"/admin/procedures/procedure/{lumbar.pk}/change/")  # the draft's form, once it exists
        body = page.locator("#id_sections-1-body")
        body.fill(body.input_value() + "\n\n" + sentence)
        page.get_by_role("button", name="Save", exact=True).first.click()
        expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    draft = Procedure.objects.get(draft_of=lumbar)
    page.goto(f"/admin/procedures/procedure/{draft.pk}/history/")
    return heading


def test_the_history_names_the_one_section_changed_and_compares_it_with_the_revision_before(
    tab, live_editor, clinic_content
):
    heading = change_one_section_and_open_the_history(tab, live_editor)

    newest = tab.locator("#change-history tbody tr").nth(1)
    expect(newest).to_contain_text(f"Changed Body for section “{heading}”.")
    assert newest.inner_text().count("Changed") == 1
    # The draft's first revision, its first save, also names that one section only.
    expect(tab.locator("#change-history tbody tr").nth(2)).to_contain_text(
        f"Changed Body for section “{heading}”."
    )
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0

    newest.get_by_role("link", name="Compare with previous").click()

    expect(tab.get_by_role("heading", name="Sections: 1 changed")).to_be_visible()
    expect(tab.locator("ins")).to_have_text("added: Ask us which treatment suits you.")
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0


def test_an_editor_picks_two_revisions_with_the_keyboard_and_no_script(new_tab, live_editor, clinic_content):
    page = new_tab({"viewport": {"width": 1280, "height": 900}, "java_script_enabled": False})
    change_one_section_and_open_the_history(page, live_editor)

    now = page.get_by_role("radio", name="To (the page as it is now)")
    now.focus()
    page.keyboard.press("Space")
    expect(now).to_be_checked()
    page.get_by_role("button", name="Compare the two chosen").focus()
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Sections: 1 changed")).to_be_visible()
    expect(page.locator("ins")).to_have_text("added: Ask us which treatment suits you.")


def test_a_working_draft_compared_with_its_live_page_shows_sections_added_removed_and_moved(
    tab, live_editor, clinic_content
):
    live = Procedure.objects.get(slug="lumbar-facet-injections")
    sections = list(live.sections.all())
    draft = ProcedureFactory(title=live.title, slug="lumbar-facet-injections-draft", summary=live.summary)
    reordered = [sections[1], sections[0], *sections[3:]]  # two swapped, the third left out
    for position, section in enumerate(reordered):
        SectionFactory(page=draft, position=position, heading=section.heading, body=section.body)
    SectionFactory(
        page=draft, position=len(reordered), heading="Costs and insurance", body="Most plans cover it."
    )
    log_in(tab, live_editor)

    tab.goto(compare_url("procedure", old=f"page:{live.pk}", new=f"page:{draft.pk}"))

    expect(tab.get_by_role("heading", name=f"{sections[2].heading} removed")).to_be_visible()
    expect(tab.get_by_role("heading", name="Costs and insurance added")).to_be_visible()
    # Of two swapped sections one moved past the other: either may be named.
    expect(tab.get_by_role("heading", name=re.compile(" moved$"))).to_have_text(
        re.compile(f"^({re.escape(sections[0].heading)}|{re.escape(sections[1].heading)}) moved$")
    )
    assert axe_violations(tab) == ""
    assert horizontal_overflow(tab) == 0

    tab.goto(compare_url("procedure", old="page:999999", new=f"page:{draft.pk}"))

    expect(tab.get_by_role("alert")).to_contain_text("There is no page number 999999")
    assert axe_violations(tab) == ""
