"""The report of pages due for medical review: overdue first, then due within 30 days, in words."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from procedures.models import Page
from procedures.review_dates import due_in_words
from tests.conftest import logged_in_client
from tests.factories import ConditionFactory, MedicalReviewerFactory, PhysicianFactory, ProcedureFactory
from tests.markup import parse

pytestmark = pytest.mark.django_db

REPORT = reverse("admin:procedures_reviews_due")
TODAY = datetime.date(2026, 11, 30)


def reviewed(days_ago, **fields):
    """A published page whose review fell due `days_ago` days ago (negative: in that many days)."""
    due = timezone.localdate() - datetime.timedelta(days=days_ago)
    # An interval of 0 months makes the due date the review date: the test reads plainly.
    return ProcedureFactory(last_reviewed=due, review_interval_months=0, **fields)


def rows(response, group_id) -> list[list[str]]:
    """The text of each page's row (its title cell, then its data cells) in one group of the report."""
    document = parse(response.content)
    section = next(s for s in document.find_all("section") if s.get("aria-labelledby") == group_id)
    cells = document.find_all("th", scope="row") + document.find_all("td")
    rows = [row for row in document.find_all("tr") if row.is_inside(section)]
    by_row = [[" ".join(cell.text.split()) for cell in cells if cell.parent is row] for row in rows]
    return [row for row in by_row if row]


@pytest.mark.parametrize(
    ("last_reviewed", "months", "expected"),
    [
        (None, 12, "Never reviewed"),
        (datetime.date(2025, 11, 9), 12, "Overdue by 3 weeks"),
        (datetime.date(2026, 11, 29), 0, "Overdue by 1 day"),
        (datetime.date(2025, 11, 30), 12, "Due today"),
        (datetime.date(2026, 6, 12), 6, "Due in 1 week"),
        (datetime.date(2026, 12, 30), 0, "Due in 1 month"),
    ],
)
def test_when_a_review_is_due_is_said_in_words(last_reviewed, months, expected):
    page = Page(last_reviewed=last_reviewed, review_interval_months=months)

    assert " ".join(due_in_words(page, TODAY).split()) == expected


def test_the_report_lists_overdue_pages_first_then_those_due_within_30_days(editor_client):
    jane = PhysicianFactory(name="Jane Doe", credentials="MD")
    never = ConditionFactory(title="Spinal Stenosis", last_reviewed=None, medical_reviewer=None)
    weeks_late = reviewed(21, title="Medial Branch Block", medical_reviewer=jane)
    day_late = reviewed(1, title="Lumbar Facet Injections", medical_reviewer=jane)
    seeded = reviewed(
        -300,
        title="Epidural Steroid Injections",
        medical_reviewer=PhysicianFactory(name="Reviewing physician (to be named)", is_placeholder=True),
    )
    soon = reviewed(-12, title="Radiofrequency Ablation", medical_reviewer=jane)
    reviewed(-31, title="Not yet due")
    reviewed(5, title="Unpublished", status=Page.Status.DRAFT)
    reviewed(5, title="Working draft", status=Page.Status.DRAFT, draft_of=weeks_late, slug=weeks_late.slug)

    response = editor_client.get(REPORT)

    assert response.status_code == 200
    overdue, due_soon = rows(response, "reviews-overdue"), rows(response, "reviews-due-soon")
    assert [row[0] for row in overdue] == [
        "Spinal Stenosis (condition)",
        "Epidural Steroid Injections (procedure)",
        "Medial Branch Block (procedure)",
        "Lumbar Facet Injections (procedure)",
    ]
    assert overdue[0][1:] == ["Never reviewed", "Never", "Nobody named"]
    assert overdue[1][1] == "Never reviewed by a physician"
    assert overdue[1][3] == "Reviewing physician (to be named) (placeholder)"
    assert overdue[2][1].startswith("Overdue by 3 weeks (")
    assert overdue[2][3] == "Jane Doe, MD"
    assert due_soon == [
        [
            "Radiofrequency Ablation (procedure)",
            f"Due in 1 week ({soon.review_due_on:%b} {soon.review_due_on.day}, {soon.review_due_on.year})",
            f"{soon.last_reviewed:%b} {soon.last_reviewed.day}, {soon.last_reviewed.year}",
            "Jane Doe, MD",
        ]
    ]
    links = {a.text: a.get("href") for a in parse(response.content).find_all("a")}
    assert links["Spinal Stenosis"] == reverse("admin:procedures_condition_change", args=[never.pk])
    assert links["Epidural Steroid Injections"] == reverse(
        "admin:procedures_procedure_change", args=[seeded.pk]
    )
    assert links["Lumbar Facet Injections"] == reverse(
        "admin:procedures_procedure_change", args=[day_late.pk]
    )


def test_with_nothing_due_the_report_says_so(editor_client):
    reviewed(-60)

    content = parse(editor_client.get(REPORT).content).find("div", id="content-main")
    text = " ".join(content.text.split())

    assert "Overdue: 0 pages No published page is overdue for review." in text
    assert "Due within 30 days: 0 pages No published page falls due in the next 30 days." in text


def test_medical_reviewers_see_the_report_and_the_front_desk_does_not(front_desk_client):
    assert logged_in_client(MedicalReviewerFactory()).get(REPORT).status_code == 200
    assert front_desk_client.get(REPORT).status_code == 403


def test_the_admin_index_and_the_page_list_lead_to_the_report(editor_client):
    for url in (reverse("admin:index"), reverse("admin:procedures_procedure_changelist")):
        links = {a.text: a.get("href") for a in parse(editor_client.get(url).content).find_all("a")}
        assert links["Medical reviews due"] == REPORT
