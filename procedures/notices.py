"""The notices a clinic must post (#12 item 5), read side: the footer's fixed list and the taglines.

The notices are clinic pages with `notice` set (their workflow is procedures/services.py); the footer
lists them from those rows, not from the editable footer menu, so no menu edit can drop one.
"""

from .models import ClinicPage, LanguageTagline

# The footer's order, the one the notices are defined in.
NOTICE_ORDER = {notice.value: position for position, notice in enumerate(ClinicPage.Notice)}


def required_notices() -> list[ClinicPage]:
    """The published notices of the active language's site in NOTICE_ORDER, in one query."""
    pages = (
        ClinicPage.objects.published_here()
        .exclude(notice="")
        .only("title", "slug", "kind", "notice", "language")
    )
    return sorted(pages, key=lambda page: NOTICE_ORDER[page.notice])


def language_taglines() -> list[LanguageTagline]:
    return list(LanguageTagline.objects.all())
