from django import template

from .. import notices

register = template.Library()


@register.simple_tag
def language_taglines():
    """The language-assistance lines, in one query (only the language-assistance page asks)."""
    return notices.language_taglines()
