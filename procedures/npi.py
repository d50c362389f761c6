"""The National Provider Identifier (NPI) every US physician has: 10 digits, the last a check digit.

The check digit is the Luhn check of the 9 first digits prefixed with 80840, the health-industry code
the identifier is issued under (CMS, "NPI check digit"), so a mistyped digit is caught at once.
"""

import re

from django.core.exceptions import ValidationError

NPI_PREFIX = "80840"
_TEN_DIGITS = re.compile(r"[0-9]{10}")


def luhn_is_valid(digits: str) -> bool:
    """True when the last digit of `digits` is the Luhn check digit of the others."""
    total = 0
    for position, character in enumerate(reversed(digits)):
        value = int(character)
        if position % 2 == 1:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def npi_is_valid(npi: str) -> bool:
    return bool(_TEN_DIGITS.fullmatch(npi)) and luhn_is_valid(NPI_PREFIX + npi)


def validate_npi(value: str) -> None:
    if not _TEN_DIGITS.fullmatch(value):
        raise ValidationError(
            "An NPI is exactly 10 digits, with no spaces or dashes, e.g. 1234567893. "
            "Leave it empty until you have it.",
            code="npi_format",
        )
    if not npi_is_valid(value):
        raise ValidationError(
            "This is not a valid NPI: its last digit does not match the others, so a digit is probably "
            "mistyped. Copy it from the NPI Registry (npiregistry.cms.hhs.gov).",
            code="npi_check_digit",
        )
