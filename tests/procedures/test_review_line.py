"""The public page names its medical reviewer and the review date, but never the seed's placeholder."""

import datetime

import pytest

from tests.factories import ConditionFactory, PhysicianFactory, ProcedureFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db


def review_lines(client, page) -> list[str]:
    return [
        " ".join(p.text.split())
        for p in parse(client.get(page.get_absolute_url()).content).find_all("p")
        if "review" in (p.get("class") or "")
    ]


@pytest.mark.parametrize("factory", [ProcedureFactory, ConditionFactory])
def test_a_reviewed_page_says_who_reviewed_it_and_when(client, clinic, factory):
    page = factory(
        medical_reviewer=PhysicianFactory(name="Jane Doe", credentials="MD"),
        last_reviewed=datetime.date(2026, 3, 2),
    )

    assert review_lines(client, page) == ["Medically reviewed by Jane Doe, MD on March 2, 2026"]


def test_a_page_with_only_a_review_date_says_last_reviewed(client, clinic):
    page = ProcedureFactory(medical_reviewer=None, last_reviewed=datetime.date(2026, 3, 2))

    assert review_lines(client, page) == ["Last reviewed March 2, 2026"]


def test_a_placeholder_reviewer_shows_no_review_line_at_all(client, clinic):
    """The seed's stand-in reviewed nothing, and its date is the day the content was loaded."""
    page = ProcedureFactory(
        medical_reviewer=PhysicianFactory(name="Reviewing physician (to be named)", is_placeholder=True),
        last_reviewed=datetime.date(2026, 11, 30),
    )

    html = client.get(page.get_absolute_url()).content.decode()

    assert review_lines(client, page) == []
    assert "Reviewing physician" not in html
    assert "reviewed" not in html.lower()
