"""Editor-written Markdown to HTML that is safe to put on a public page."""

import re

import markdown
import nh3

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4", "blockquote", "abbr"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}}
# "page:" is a reference to another page of the site, made a link when the page is shown
# (procedures/page_links.py).
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel", "page"}

# A section's heading is the page's h2, so headings an editor writes inside a body start at h3:
# a stray "# Heading" must not add a second h1 or break the heading order screen readers rely on.
_TOP_LEVEL_HEADING = re.compile(r"<(/?)h[12](?=[\s>])", re.IGNORECASE)


def render_markdown(text: str) -> str:
    """Render Markdown and keep only the allow-listed tags, attributes and URL schemes."""
    html = markdown.markdown(text or "", extensions=["sane_lists"], output_format="html")
    html = _TOP_LEVEL_HEADING.sub(r"<\1h3", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
