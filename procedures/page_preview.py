"""The Preview button of a page's change form: the copy as it will show, from what is typed, never saved."""

from django import forms

from . import page_links
from .markdown import render_markdown
from .models import FAQ, Section

PREVIEW = "_preview"


class PreviewOnlyFormMixin:
    """A form that is never valid, so the admin shows it again, as typed, instead of saving it.

    Its real errors, if any, still show; without any, the admin shows no error banner.
    """

    def is_valid(self):
        super().is_valid()
        return False


def _rows(formset: forms.BaseFormSet, *fields: str) -> list[list[str]]:
    """The typed values of `fields` in each row of an inline formset, without rows to delete or left empty."""
    rows = []
    for form in formset.forms:
        if formset.can_delete and form["DELETE"].value():
            continue
        values = [form[name].value() or "" for name in fields]
        if any(values):
            rows.append(values)
    return rows


def page_preview(form: forms.ModelForm, formsets: list[forms.BaseFormSet]) -> dict:
    """The introduction, sections and FAQs as typed, rendered and sanitized as on the site, links resolved."""
    by_model = {formset.model: formset for formset in formsets}
    introduction = render_markdown(form["introduction"].value() or "")
    sections = [
        (heading, render_markdown(body)) for heading, body in _rows(by_model[Section], "heading", "body")
    ]
    faqs = [
        (question, render_markdown(answer)) for question, answer in _rows(by_model[FAQ], "question", "answer")
    ]
    urls = page_links.addresses([introduction] + [html for _, html in sections + faqs])
    return {
        "introduction": page_links.links_resolve(introduction, urls),
        "sections": [(heading, page_links.links_resolve(html, urls)) for heading, html in sections],
        "faqs": [(question, page_links.links_resolve(html, urls)) for question, html in faqs],
    }
