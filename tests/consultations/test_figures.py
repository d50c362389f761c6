"""The speed-to-lead figures: medians and 90th percentiles in business hours, by week, location and
staff member; the page's charts and tables, its CSV, and who may see them."""

import csv
import io
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from consultations.figures import percentile, speed_to_lead
from consultations.models import CallAttempt, ConsultationRequest, Event
from tests.factories import (
    AdministratorFactory,
    ConsultationRequestFactory,
    FrontDeskFactory,
    FrontDeskLeadFactory,
    LocationFactory,
)

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")
FIGURES = reverse("admin:consultations_figures")
FIGURES_CSV = reverse("admin:consultations_figures_csv")
Status = ConsultationRequest.Status
Outcome = CallAttempt.Outcome


def local(*args):
    return datetime(*args, tzinfo=LA)


@pytest.fixture(autouse=True)
def figures_opening_hours(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri"
    settings.CONSULTATION_BUSINESS_HOURS = "08:00-17:00"


def received(*, at, location=None, status=Status.NEW, responded=None, reached=None, attempts=(), **fields):
    """A request received `at`, with its call attempts as (by, when, outcome)."""
    made = ConsultationRequestFactory(
        location=location,
        status=status,
        first_responded_at=responded,
        first_reached_at=reached,
        attempt_count=len(attempts),
        **fields,
    )
    ConsultationRequest.objects.filter(pk=made.pk).update(created_at=at)
    for by, when, outcome in attempts:
        attempt = CallAttempt.objects.create(consultation_request=made, by=by, outcome=outcome)
        CallAttempt.objects.filter(pk=attempt.pk).update(at=when)
    return made


# Wednesday 11 March 2026, noon in Los Angeles; the last four weeks start on Monday 16 February.
NOW = local(2026, 3, 11, 12, 0)


@pytest.fixture
def known_requests():
    """Five requests of the last four weeks, one spam and one older: their figures are worked out by hand."""
    santa_monica, downtown = LocationFactory(name="Santa Monica"), LocationFactory(name="Downtown")
    alice, bob = FrontDeskFactory(first_name="Alice", last_name="Ng"), FrontDeskFactory(username="bob")
    # Week of 9 March. Called after 30 business minutes by Alice, reached and booked on her second call.
    received(
        at=local(2026, 3, 9, 9, 0),
        location=santa_monica,
        status=Status.SCHEDULED,
        responded=local(2026, 3, 9, 9, 30),
        reached=local(2026, 3, 9, 10, 0),
        attempts=[
            (alice, local(2026, 3, 9, 9, 30), Outcome.NO_ANSWER),
            (alice, local(2026, 3, 9, 10, 0), Outcome.SCHEDULED),
        ],
    )
    # Week of 2 March, Friday 4:30 pm: called by Bob on Monday 8:30 am (the clocks went forward on
    # Sunday), 30 minutes before closing and 30 after opening: one business hour. Never reached.
    received(
        at=local(2026, 3, 6, 16, 30),
        location=downtown,
        status=Status.ATTEMPTED,
        responded=local(2026, 3, 9, 8, 30),
        attempts=[(bob, local(2026, 3, 9, 8, 30), Outcome.VOICEMAIL)],
    )
    # Week of 2 March, a Saturday: Monday's first hour is its whole wait. Reached on that call.
    received(
        at=local(2026, 3, 7, 10, 0),
        location=santa_monica,
        status=Status.CONTACTED,
        responded=local(2026, 3, 9, 9, 0),
        reached=local(2026, 3, 9, 9, 0),
        attempts=[(alice, local(2026, 3, 9, 9, 0), Outcome.CALL_BACK)],
    )
    # Week of 9 March, scheduled from the inbox before attempts were recorded: the history says who.
    by_status = received(
        at=local(2026, 3, 10, 10, 0),
        location=downtown,
        status=Status.SCHEDULED,
        responded=local(2026, 3, 10, 12, 0),
        reached=local(2026, 3, 10, 12, 0),
    )
    event = Event.objects.create(
        consultation_request=by_status,
        actor=bob,
        action=Event.Action.STATUS,
        old_value="New",
        new_value="Scheduled",
    )
    Event.objects.filter(pk=event.pk).update(created_at=local(2026, 3, 10, 12, 0))
    # Not called yet; spam; and one from before the period.
    received(at=local(2026, 3, 10, 11, 0), location=santa_monica)
    received(at=local(2026, 3, 10, 11, 0), location=santa_monica, status=Status.SPAM)
    received(at=local(2026, 2, 10, 9, 0), location=downtown, responded=local(2026, 2, 13, 9, 0))


def test_percentiles_interpolate_between_the_nearest_values():
    assert percentile([10, 20, 30, 40], 0.5) == 25
    assert percentile([40, 10, 30, 20], 0.9) == pytest.approx(37)
    assert percentile([7], 0.9) == 7
    assert percentile([], 0.5) is None


def test_the_whole_period_counts_requests_spam_and_older_ones_left_out(known_requests):
    overall = speed_to_lead(weeks=4, now=NOW).overall

    assert (overall.requests, overall.attempted, overall.reached, overall.scheduled) == (5, 4, 3, 2)
    # Business minutes to first attempt: 30, 60 (over a weekend), 60 (from a Saturday), 120.
    assert sorted(overall.to_attempt) == [30, 60, 60, 120]
    assert overall.median_to_attempt == 60
    assert overall.p90_to_attempt == pytest.approx(102)
    assert (overall.median_to_reach, overall.p90_to_reach) == (60, pytest.approx(108))
    assert (overall.reached_share, overall.scheduled_share) == (60, 40)
    # Two calls for the first booking, and one (a status change) for the booking made from the inbox.
    assert overall.attempts_per_scheduled == 1.5


def test_weeks_run_monday_to_sunday_in_the_clinics_time_and_empty_ones_are_shown(known_requests):
    by_week = speed_to_lead(weeks=4, now=NOW).by_week

    assert [week.label for week in by_week] == [
        "Week of Feb 16",
        "Week of Feb 23",
        "Week of Mar 2",
        "Week of Mar 9",
    ]
    assert [week.requests for week in by_week] == [0, 0, 2, 3]
    assert [week.median_to_attempt for week in by_week] == [None, None, 60, 75]


def test_by_location_and_by_the_staff_member_who_made_the_first_attempt(known_requests):
    figures = speed_to_lead(weeks=4, now=NOW)

    locations = {group.label: group for group in figures.by_location}
    assert sorted(locations) == ["Downtown", "Santa Monica"]
    assert (locations["Santa Monica"].requests, locations["Santa Monica"].median_to_attempt) == (3, 45)
    assert locations["Santa Monica"].p90_to_attempt == pytest.approx(57)
    assert (locations["Downtown"].median_to_attempt, locations["Downtown"].p90_to_attempt) == (
        90,
        pytest.approx(114),
    )

    staff = {group.label: sorted(group.to_attempt) for group in figures.by_staff}
    assert staff == {"Alice Ng": [30, 60], "bob": [60, 120]}


def test_the_figures_take_the_same_few_queries_however_many_requests(
    known_requests, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        speed_to_lead(weeks=26, now=NOW)


# The page


@pytest.fixture
def round_the_clock(settings):
    """Every hour counts: the page's figures, made at the real time, do not depend on the day."""
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"


@pytest.fixture
def lead_client(client):
    client.force_login(FrontDeskLeadFactory())
    return client


@pytest.fixture
def called_today(round_the_clock):
    now = timezone.now()
    caller = FrontDeskFactory(username="caller")
    return received(
        at=now - timedelta(minutes=90),
        location=LocationFactory(name="Beverly Hills"),
        status=Status.SCHEDULED,
        responded=now - timedelta(minutes=60),
        reached=now - timedelta(minutes=60),
        attempts=[(caller, now - timedelta(minutes=60), Outcome.SCHEDULED)],
        first_name="Zebulon-Marker",
        last_name="Quaxley-Marker",
        email="zebulon.marker@example.org",
        description="MARKER-DESCRIPTION",
    )


def test_a_lead_sees_each_chart_as_an_svg_image_with_a_title_a_description_and_its_table(
    lead_client, called_today
):
    response = lead_client.get(FIGURES)
    page = response.content.decode()

    assert response.status_code == 200
    svgs = re.findall(r"<svg class=\"figures-chart\".*?</svg>", page, re.S)
    assert len(svgs) == 3
    for svg in svgs:
        assert 'role="img"' in svg and "<title id=" in svg and "<desc id=" in svg
        assert "style=" not in svg
    assert "<script" not in page.split('id="content-main"')[1]
    # The chart of locations and its table say the same: 30 minutes to the first attempt.
    location_section = page.split('id="figures-location-heading"')[1].split("</section>")[0]
    assert "Median: 30 min" in location_section
    assert re.search(
        r"<th scope=\"row\">Beverly Hills</th><td>1</td><td>1</td><td>30 min</td>", location_section
    )
    assert "caller" in page


def test_the_page_shows_no_patients_details_and_logs_no_access(lead_client, called_today):
    page = lead_client.get(FIGURES).content.decode()

    for detail in ["Zebulon", "Quaxley", "zebulon.marker", "MARKER-DESCRIPTION", called_today.reference]:
        assert detail not in page
    assert not called_today.access_log.exists()


def test_the_period_can_be_chosen_and_an_unknown_one_falls_back_to_twelve_weeks(lead_client, called_today):
    assert len(lead_client.get(FIGURES, {"weeks": 26}).context["figures"].by_week) == 26
    assert len(lead_client.get(FIGURES, {"weeks": "999"}).context["figures"].by_week) == 12
    assert len(lead_client.get(FIGURES, {"weeks": "x"}).context["figures"].by_week) == 12


def test_the_csv_gives_every_table_in_business_minutes(lead_client, called_today):
    response = lead_client.get(FIGURES_CSV, {"weeks": 4})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {row["table"] for row in rows} == {
        "Whole period",
        "By week",
        "By location",
        "By staff member (first attempt)",
    }
    assert len([row for row in rows if row["table"] == "By week"]) == 4
    location = next(row for row in rows if row["row"] == "Beverly Hills")
    assert location["median_to_first_attempt_business_minutes"] == "30.0"
    assert (
        location["scheduled"],
        location["scheduled_percent"],
        location["attempts_per_scheduled_request"],
    ) == (
        "1",
        "100.0",
        "1.0",
    )
    assert "Zebulon" not in response.content.decode()


def test_a_location_named_like_a_formula_is_not_run_by_a_spreadsheet(lead_client, round_the_clock):
    received(at=timezone.now() - timedelta(hours=1), location=LocationFactory(name="=HYPERLINK(1)"))

    assert "'=HYPERLINK(1)" in lead_client.get(FIGURES_CSV).content.decode()


def test_the_lead_group_has_the_front_desks_permissions_and_the_figures():
    front_desk = set(Group.objects.get(name="Front desk").permissions.values_list("codename", flat=True))
    lead_group = set(Group.objects.get(name="Front desk lead").permissions.values_list("codename", flat=True))

    assert lead_group == front_desk | {"view_front_desk_figures"}


def test_administrators_see_the_figures(client):
    client.force_login(AdministratorFactory())

    assert client.get(FIGURES).status_code == 200
    assert client.get(FIGURES_CSV).status_code == 200


def test_the_front_desk_outside_the_lead_group_and_editors_are_refused(front_desk_client, editor_client):
    for client in (front_desk_client, editor_client):
        assert client.get(FIGURES).status_code == 403
        assert client.get(FIGURES_CSV).status_code == 403


def test_a_staff_member_granted_the_permission_alone_sees_the_figures(front_desk, front_desk_client):
    front_desk.user_permissions.add(Permission.objects.get(codename="view_front_desk_figures"))

    assert front_desk_client.get(FIGURES).status_code == 200


def test_a_visitor_is_sent_to_log_in(client):
    response = client.get(FIGURES)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_the_admin_home_links_to_the_figures_for_a_lead_only(client, front_desk_client):
    client.force_login(FrontDeskLeadFactory())
    entry = reverse("admin:consultations_frontdeskfigures_changelist")

    assert entry in client.get(reverse("admin:index")).content.decode()
    assert client.get(entry)["Location"] == FIGURES
    assert entry not in front_desk_client.get(reverse("admin:index")).content.decode()
    assert front_desk_client.get(entry).status_code == 403
