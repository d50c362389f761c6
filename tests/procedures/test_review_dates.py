"""When a page falls due for medical review: one rule, the same for one page in Python and for many in SQL."""

import datetime

import pytest

from procedures.models import Page, months_later
from tests.factories import PhysicianFactory, ProcedureFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2025, 11, 30), 12, datetime.date(2026, 11, 30)),
        (datetime.date(2026, 1, 31), 1, datetime.date(2026, 2, 28)),
        (datetime.date(2024, 1, 31), 1, datetime.date(2024, 2, 29)),
        (datetime.date(2024, 2, 29), 12, datetime.date(2025, 2, 28)),
        (datetime.date(2026, 8, 31), 3, datetime.date(2026, 11, 30)),
        (datetime.date(2026, 11, 15), 2, datetime.date(2027, 1, 15)),
        (datetime.date(2026, 3, 31), 0, datetime.date(2026, 3, 31)),
    ],
)
def test_months_later_keeps_the_day_or_takes_the_shorter_months_last_day(day, months, expected):
    assert months_later(day, months) == expected


def test_a_page_is_due_its_interval_after_its_last_review_and_overdue_the_day_after():
    page = ProcedureFactory(last_reviewed=datetime.date(2026, 5, 30), review_interval_months=6)

    assert page.review_due_on == datetime.date(2026, 11, 30)
    assert not page.review_is_overdue(TODAY)
    assert page.review_is_overdue(TODAY + datetime.timedelta(days=1))


def test_a_page_never_reviewed_has_no_due_date_and_is_overdue():
    page = ProcedureFactory(last_reviewed=None)

    assert page.review_due_on is None
    assert page.review_is_overdue(TODAY)
    assert list(Page.objects.review_overdue(TODAY)) == [page.page_ptr]


def test_a_page_reviewed_only_by_the_seeds_placeholder_is_due_now_and_comes_first():
    seeded = ProcedureFactory(
        title="Z seeded",
        last_reviewed=TODAY,
        medical_reviewer=PhysicianFactory(name="Reviewing physician", is_placeholder=True),
    )
    overdue = ProcedureFactory(title="A overdue", last_reviewed=datetime.date(2025, 1, 2))
    ProcedureFactory(title="Reviewed", last_reviewed=TODAY, medical_reviewer=PhysicianFactory())

    assert seeded.review_due_on is None
    assert seeded.review_is_overdue(TODAY)
    assert set(Page.objects.review_overdue(TODAY)) == {seeded.page_ptr, overdue.page_ptr}
    assert list(Page.objects.review_overdue(TODAY).by_review_due_date()) == [
        seeded.page_ptr,
        overdue.page_ptr,
    ]


def test_the_querysets_agree_with_the_page_on_every_day_around_short_months():
    """Reviews on each day from Christmas 2023 to March 2024 (31 January, 29 February), at three
    intervals, looked at from days around their due dates: SQL and Python pick the same pages."""
    first = datetime.date(2023, 12, 25)
    pages = Page.objects.bulk_create(
        Page(
            kind=Page.Kind.PROCEDURE,
            title=f"Page {number}",
            slug=f"page-{number}",
            summary="A page.",
            last_reviewed=first + datetime.timedelta(days=number // 3),
            review_interval_months=[1, 12, 13][number % 3],
        )
        for number in range(3 * 72)
    )
    days = [datetime.date(2024, 1, 25) + datetime.timedelta(days=n) for n in range(0, 70, 3)]
    days += [datetime.date(2025, 1, 27) + datetime.timedelta(days=n) for n in range(0, 70, 2)]
    days += [datetime.date(2024, 2, 29), datetime.date(2025, 2, 28), datetime.date(2025, 3, 31)]
    for today in days:
        overdue = {page.pk for page in pages if page.review_is_overdue(today)}
        due_soon = {
            page.pk
            for page in pages
            if not page.review_is_overdue(today) and page.review_due_on <= today + datetime.timedelta(days=30)
        }
        assert set(Page.objects.review_overdue(today).values_list("pk", flat=True)) == overdue, today
        assert set(Page.objects.review_due_within(30, today).values_list("pk", flat=True)) == due_soon, today
    # Both sets were non-empty somewhere, so the comparison proved something.
    assert Page.objects.review_overdue(datetime.date(2025, 2, 1)).exists()
    assert Page.objects.review_due_within(30, datetime.date(2025, 2, 1)).exists()


def test_pages_come_never_reviewed_first_then_by_due_date():
    late = ProcedureFactory(title="A", last_reviewed=datetime.date(2026, 1, 31), review_interval_months=12)
    clamped = ProcedureFactory(title="B", last_reviewed=datetime.date(2026, 8, 31), review_interval_months=3)
    never = ProcedureFactory(title="C", last_reviewed=None)
    early = ProcedureFactory(title="D", last_reviewed=datetime.date(2026, 11, 1), review_interval_months=0)

    ordered = list(Page.objects.by_review_due_date())

    assert ordered == [never.page_ptr, early.page_ptr, clamped.page_ptr, late.page_ptr]
    assert [page.review_due_on for page in ordered[1:]] == sorted(page.review_due_on for page in ordered[1:])
