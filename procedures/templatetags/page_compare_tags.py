from django import template
from django.utils.html import format_html, format_html_join

from ..page_compare import Segment

register = template.Library()

# Added and removed words say so in words, not in colour alone: the label is read aloud and shown.
MARKUP = {
    "same": "{}",
    "added": '<ins><span class="diff-label">added:</span> {}</ins>',
    "removed": '<del><span class="diff-label">removed:</span> {}</del>',
}


@register.filter
def marked_up(segments):
    """The runs of a word comparison (or one run) as HTML, with no space between them: shown as typed."""
    if isinstance(segments, Segment):
        segments = [segments]
    return format_html_join(
        "", "{}", ((format_html(MARKUP[segment.kind], segment.text),) for segment in segments)
    )
