"""Search keys: what a request's name and phone are indexed by, and how a typed search term is read.

A key is derived from the patient's details on save (ConsultationRequest.save) and indexed, so that a
search by the end of a phone number or by a name typed without accents is an index lookup, not a scan.
"""

import re
import unicodedata
from dataclasses import dataclass

# A term made only of what people type in a phone number, "(310) 555-0123", "555.0123", "+1 310…".
PHONE_TYPED = re.compile(r"[\d\s()+.-]+")
# Fewer digits than this match too many numbers to be worth a search by phone.
PHONE_MIN_DIGITS = 4
# A name word shorter than a trigram cannot use PostgreSQL's trigram index.
TRIGRAM = 3
# Apostrophes join a name ("O'Brien" is found as "obrien"); other punctuation separates words.
APOSTROPHES = re.compile(r"['’`´]")
NOT_A_WORD = re.compile(r"[\W_]+")


def name_key(*parts: str) -> str:
    """A name lower-cased, without accents or punctuation, words separated by one space: "jose ramirez"."""
    text = unicodedata.normalize("NFKD", " ".join(parts))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = APOSTROPHES.sub("", text)
    return NOT_A_WORD.sub(" ", text).strip()


def digits_reversed(phone) -> str:
    """A phone number's digits, last first: a search by its last digits becomes a prefix search.

    A stored number counts from its country code (+1 310 555 0123), whatever format it displays in.
    """
    number = getattr(phone, "as_e164", phone) or ""
    return "".join(c for c in str(number) if c.isdigit())[::-1]


@dataclass(frozen=True)
class Term:
    """What a search term may be: the end of a phone number, an email, or words of a name."""

    phone_digits_reversed: str = ""
    email: str = ""
    name_words: tuple[str, ...] = ()


def read_term(term: str) -> Term:
    term = term.strip()
    if not term:
        return Term()
    if "@" in term:
        return Term(email=term.lower())  # as SQL LOWER() folds the stored one
    if PHONE_TYPED.fullmatch(term):
        digits = digits_reversed(term)
        return Term(phone_digits_reversed=digits) if len(digits) >= PHONE_MIN_DIGITS else Term()
    return Term(name_words=tuple(name_key(term).split()))
