"""New sections and FAQs go last on the page; editors reorder them with Move up and Move down buttons
that are plain submit buttons (keyboard and no JavaScript), never by typing numbers.

The page is published, so each save and move goes into its working draft (procedures/services.py).
"""

import pytest
from django.urls import reverse

from procedures.models import Procedure
from tests.factories import FAQFactory, ProcedureFactory, SectionFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def change_url(page):
    return reverse("admin:procedures_procedure_change", args=[page.pk])


def form_of(client, page) -> dict[str, list[str]]:
    return parse(client.get(change_url(page)).content).form_data("procedure_form")


def add_row(data, prefix, **fields):
    """What the admin's "Add another" does in the browser: a copy of the inline's empty form, filled in."""
    index = int(data[f"{prefix}-TOTAL_FORMS"][0])
    data[f"{prefix}-TOTAL_FORMS"] = [str(index + 1)]
    template = f"{prefix}-__prefix__-"
    data |= {name.replace(template, f"{prefix}-{index}-"): v for name, v in data.items() if template in name}
    data |= {f"{prefix}-{index}-{name}": [value] for name, value in fields.items()}


@pytest.fixture
def page():
    page = ProcedureFactory()
    for position, heading in enumerate(["What it is", "What to expect", "Recovery"]):
        SectionFactory(page=page, position=position, heading=heading)
    for position, question in enumerate(["Does it hurt?", "How long does it take?"]):
        FAQFactory(page=page, position=position, question=question)
    return page


def edited(page):
    """The row the editor's saves went to: the live page's working draft."""
    return Procedure.objects.get(draft_of=page)


def headings(page):
    return list(page.sections.values_list("heading", flat=True))


def questions(page):
    return list(page.faqs.values_list("question", flat=True))


def test_a_section_added_with_add_another_goes_last(editor_client, page):
    data = form_of(editor_client, page)
    add_row(data, "sections", heading="Risks", body="Rare.")

    response = editor_client.post(change_url(page), {**data, "_save": "Save"})

    assert response.status_code == 302
    assert headings(edited(page)) == ["What it is", "What to expect", "Recovery", "Risks"]
    assert headings(page) == ["What it is", "What to expect", "Recovery"]


def test_an_faq_added_with_add_another_goes_last(editor_client, page):
    data = form_of(editor_client, page)
    add_row(data, "faqs", question="Is it covered?", answer="Usually.")

    editor_client.post(change_url(page), {**data, "_save": "Save"})

    assert questions(edited(page)) == ["Does it hurt?", "How long does it take?", "Is it covered?"]


def test_sections_of_a_new_page_keep_the_order_they_were_written_in(editor_client):
    add_url = reverse("admin:procedures_procedure_add")
    data = parse(editor_client.get(add_url).content).form_data("procedure_form")
    data |= {"title": ["Nerve Block"], "slug": ["nerve-block"], "summary": ["Short."]}
    for heading in ["First", "Second", "Third"]:
        add_row(data, "sections", heading=heading, body="Copy.")

    response = editor_client.post(add_url, {**data, "_save": "Save"})

    assert response.status_code == 302
    page = ProcedureFactory._meta.model.objects.get(slug="nerve-block")
    assert headings(page) == ["First", "Second", "Third"]


def test_order_is_not_typed_as_a_number(editor_client, page):
    data = form_of(editor_client, page)

    assert not [name for name in data if name.endswith("-position")]


def move_buttons(client, page):
    document = parse(client.get(change_url(page)).content)
    return [button for button in document.find_all("button") if button.get("name") == "_move"]


def test_each_row_has_move_up_and_move_down_submit_buttons_named_for_it(editor_client, page):
    buttons = move_buttons(editor_client, page)

    labels = [button.get("aria-label") for button in buttons]
    assert {button.get("type") for button in buttons} == {"submit"}
    assert "Move up: “What to expect”" in labels
    assert "Move down: “Does it hurt?”" in labels


def press_move(client, page, button_label):
    button = next(b for b in move_buttons(client, page) if b.get("aria-label") == button_label)
    data = form_of(client, page)
    return client.post(change_url(page), {**data, "_move": button.get("value")})


def test_move_down_swaps_a_section_with_the_next_and_returns_to_the_form(editor_client, page):
    response = press_move(editor_client, page, "Move down: “What it is”")

    assert response.status_code == 302
    assert response["Location"].endswith(change_url(edited(page)))
    assert headings(edited(page)) == ["What to expect", "What it is", "Recovery"]
    assert headings(page) == ["What it is", "What to expect", "Recovery"]


def test_move_up_swaps_an_faq_with_the_previous(editor_client, page):
    press_move(editor_client, page, "Move up: “How long does it take?”")

    assert questions(edited(page)) == ["How long does it take?", "Does it hurt?"]


def test_moving_the_first_row_up_changes_nothing(editor_client, page):
    press_move(editor_client, page, "Move up: “What it is”")

    assert headings(edited(page)) == ["What it is", "What to expect", "Recovery"]


def test_a_move_also_saves_what_the_editor_typed(editor_client, page):
    button = next(b for b in move_buttons(editor_client, page) if "Recovery" in b.get("aria-label"))
    data = form_of(editor_client, page) | {"sections-0-body": ["Edited before moving."]}

    editor_client.post(change_url(page), {**data, "_move": button.get("value")})

    assert edited(page).sections.get(heading="What it is").body == "Edited before moving."
    assert headings(edited(page)) == ["What it is", "Recovery", "What to expect"]


def test_a_second_move_is_made_in_the_working_draft(editor_client, page):
    press_move(editor_client, page, "Move down: “What it is”")
    draft = edited(page)

    press_move(editor_client, draft, "Move down: “What it is”")

    assert headings(draft) == ["What to expect", "Recovery", "What it is"]
    assert headings(page) == ["What it is", "What to expect", "Recovery"]
