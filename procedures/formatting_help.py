"""Help for writing a page's Markdown in the admin: one line under each Markdown field, and a fuller
"Formatting help" above the sections and above the FAQs rather than under each of a page's twenty-odd fields.
"""

from .models import MARKDOWN_HELP, Page

# Shown under each field instead of the models' MARKDOWN_HELP, which names an address (/procedures/…)
# where a reference by slug now serves better (page_links.py); the models' text changes with its next
# migration.
FIELD_HELP = (
    "Markdown: “### ” starts a sub-heading, “- ” a bulleted list item, and "
    "[link text](page:medial-branch-block) links to another page of this site. "
    "More under “Formatting help”, above the sections and the questions."
)


def field_help(model_help: str) -> str:
    return model_help.replace(MARKDOWN_HELP, FIELD_HELP)


def pages_to_link() -> list[Page]:
    """Every page by title, with its slug and status, for writing [text](page:slug) references.

    A working draft shares its live page's slug: listed once, as the live page.
    """
    return list(
        Page.objects.filter(draft_of__isnull=True)
        .only("title", "slug", "status", "language")
        .order_by("title")
    )
