"""The consultation form as a patient first opens it: rendered once per process, filled in per request.

Rendering the page costs tens of milliseconds, most of it crispy-forms rendering each field's
templates, yet two patients opening it see the same page but for three values: the CSRF token, the
signed fill-time token (spam.form_started_token) and the page they came from. So a process renders
the page in full, as any view does, the first time it is asked for, and keeps it with those three
values cut out; later requests fill them in. A form sent back with errors is always rendered in full.

Everything else on the page comes from what editors save (procedures, conditions, locations, the
clinic's details) and from the settings. A kept page belongs to the page cache's generation it was
rendered in (procedures/page_cache.py), which any editor's save replaces, on every server at once:
the generation is read from the shared cache on every request (one round trip), and while it cannot
be read the page is rendered in full.

One page is kept per language and topic chosen beforehand (?procedure=<slug> marks it selected):
one per topic offered, one for none and one for any other value, so a visitor cannot make a process
keep more. The language is the address's (/es/consulta/ is Spanish), one of settings.LANGUAGES.
"""

import re
from dataclasses import dataclass, field

from django.core.signals import setting_changed
from django.middleware.csrf import get_token
from django.utils.choices import flatten_choices
from django.utils.html import escape

# Characters no rendered page contains, marking where each request's own values go.
CSRF_SLOT = "\x00csrf-token\x00"
STARTED_SLOT = "\x00started\x00"
CAME_FROM_SLOT = "\x00came-from\x00"
# The key of the page kept for a topic that is not offered (an old link, a mistyped slug): each
# renders the same page, with nothing pre-selected.
NOT_OFFERED = "\x00not-offered\x00"
CSRF_VALUE = re.compile(r'(<input type="hidden" name="csrfmiddlewaretoken" value=")([^"]*)(")')


@dataclass
class KeptPages:
    """This process's pages in one language, all of one content generation, and the topics it offers."""

    generation: str | None = None
    topics: frozenset = frozenset()
    pages: dict = field(default_factory=dict)

    def key(self, topic: str | None) -> str | None:
        return topic if topic is None or topic in self.topics else NOT_OFFERED


# By language code.
kept: dict[str, KeptPages] = {}


def forget(**kwargs) -> None:
    global kept
    kept = {}


# The page shows settings (the response target, the retention period); tests change them.
setting_changed.connect(forget, dispatch_uid="consultation-form-page-settings")


def kept_page(generation: str | None, topic: str | None, *, language: str) -> str | None:
    """The page kept for `topic` in `language` and `generation`, with its slots; None: render it."""
    current = kept.get(language)
    if generation is None or current is None or generation != current.generation:
        return None
    return current.pages.get(current.key(topic))


def filled(page: str, *, request, started: str, came_from: str) -> str:
    """`page` with this request's CSRF token, fill-time token and referring page in their slots."""
    # As Django's hidden input renders it: without a value attribute when the value is empty.
    came_from_value = f' value="{escape(came_from)}"' if came_from else ""
    return (
        page.replace(CSRF_SLOT, get_token(request))
        .replace(STARTED_SLOT, escape(started))
        .replace(CAME_FROM_SLOT, came_from_value)
    )


def keep(generation: str | None, *, topic: str | None, language: str, form, html: str) -> None:
    """Keep `html`, the page just rendered in full for an unbound `form`, with its per-request values cut out.

    Nothing is kept when the generation is unknown, or when a value is not found exactly once
    where expected (a changed template): the page is then rendered in full each time, as before.
    """
    page = _with_slots(html, started=form.initial["started"], came_from=form.initial["came_from"])
    global kept
    if generation is None or page is None:
        return
    # Replaced whole, never changed in place, so that a thread reading it meanwhile (gunicorn's
    # threaded workers) sees one generation's pages or the other's, never a mix.
    current = kept.get(language) or KeptPages()
    if generation != current.generation:
        topics = frozenset(str(value) for value, _ in flatten_choices(form.fields["topic"].choices))
        current = KeptPages(generation, topics)
    current.pages[current.key(topic)] = page
    kept = {**kept, language: current}


def _with_slots(html: str, *, started: str, came_from: str) -> str | None:
    came_from_input = f'name="came_from" value="{escape(came_from)}"' if came_from else 'name="came_from"'
    replacements = [
        (f'name="started" value="{escape(started)}"', f'name="started" value="{STARTED_SLOT}"'),
        (came_from_input, f'name="came_from"{CAME_FROM_SLOT}'),
    ]
    for value, slot in replacements:
        if html.count(value) != 1:
            return None
        html = html.replace(value, slot)
    html, found = CSRF_VALUE.subn(rf"\g<1>{CSRF_SLOT}\g<3>", html)
    return html if found == 1 else None
