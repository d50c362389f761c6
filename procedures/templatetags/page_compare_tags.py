from django import template
from django.utils.html import format_html, format_html_join

from ..page_compare import Segment, shortened

register = template.Library()

# Added and removed words say so in words, not in colour alone: the label is read aloud and shown.
MARKUP = {
    "same": "{}",
    "added": '<ins><span class="diff-label">added:</span> {}</ins>',
    "removed": '<del><span class="diff-label">removed:</span> {}</del>',
    "gap": ' <span class="diff-gap">[… {} …]</span> ',
}


@register.filter
def marked_up(segments, whole=False):
    """The runs of a word comparison (or one run) as HTML, with no space between them: shown as typed.

    Unless `whole`, long unchanged stretches are cut down to the words around each change.
    """
    if isinstance(segments, Segment):
        segments = [segments]
    if not whole:
        segments = shortened(segments)
    return format_html_join(
        "", "{}", ((format_html(MARKUP[segment.kind], segment.text),) for segment in segments)
    )
