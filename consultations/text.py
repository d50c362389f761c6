"""Normalize what a patient types, and refuse what no patient types.

NFKC turns full-width letters and similar look-alikes into plain ones. Invisible characters (zero
width spaces, direction overrides that can make text display differently from what it says) are
removed. Control, private-use and unassigned characters, and piles of combining marks, are refused.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
STACKED_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3,}")
REFUSED_CATEGORIES = {"Cc", "Cf", "Co", "Cs", "Cn"}
ALLOWED_CONTROLS = {"\n", "\t"}

UNUSUAL_CHARACTERS = _("Please remove unusual or invisible characters from this answer.")


def normalize(value: str, *, multiline: bool = False) -> str:
    """Return `value` normalized, or raise ValidationError if it holds characters nobody types."""
    value = unicodedata.normalize("NFKC", value)
    value = INVISIBLE.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    allowed = ALLOWED_CONTROLS if multiline else set()
    if STACKED_MARKS.search(value) or any(
        unicodedata.category(char) in REFUSED_CATEGORIES and char not in allowed for char in value
    ):
        raise ValidationError(UNUSUAL_CHARACTERS, code="unusual_characters")
    if multiline:
        # At most one blank line in a row: the text stays readable in the admin.
        return re.sub(r"\n{3,}", "\n\n", value).strip()
    return " ".join(value.split())
