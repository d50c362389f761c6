"""Business time between two instants: what the speed-to-lead figures measure a wait in."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from consultations.business_hours import business_time_between

LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture(autouse=True)
def weekday_opening_hours(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri"
    settings.CONSULTATION_BUSINESS_HOURS = "08:00-17:00"


def local(*args):
    return datetime(*args, tzinfo=LA)


def test_within_opening_hours_business_time_is_plain_time():
    assert business_time_between(local(2026, 3, 3, 9, 15), local(2026, 3, 3, 11, 0)) == timedelta(minutes=105)


def test_friday_afternoon_to_monday_morning_counts_only_the_open_hours():
    # 30 minutes on Friday before closing, 30 minutes on Monday after opening.
    assert business_time_between(local(2026, 2, 27, 16, 30), local(2026, 3, 2, 8, 30)) == timedelta(hours=1)


def test_a_request_sent_on_saturday_and_called_on_monday_waited_from_monday_opening():
    assert business_time_between(local(2026, 2, 28, 10, 0), local(2026, 3, 2, 9, 0)) == timedelta(hours=1)


def test_a_night_before_opening_counts_nothing():
    assert business_time_between(local(2026, 3, 3, 18, 0), local(2026, 3, 4, 7, 59)) == timedelta(0)


def test_a_whole_week_counts_five_days_of_nine_hours():
    assert business_time_between(local(2026, 3, 2, 0, 0), local(2026, 3, 9, 0, 0)) == timedelta(hours=45)


def test_the_change_to_daylight_saving_time_does_not_shift_business_hours():
    # Sunday 8 March 2026 the clocks go forward: Friday 16:00 to Monday 9:00 is still two hours.
    assert business_time_between(local(2026, 3, 6, 16, 0), local(2026, 3, 9, 9, 0)) == timedelta(hours=2)


def test_an_end_before_the_start_counts_nothing():
    assert business_time_between(local(2026, 3, 3, 11, 0), local(2026, 3, 3, 9, 0)) == timedelta(0)


def test_every_day_round_the_clock_counts_plain_time(settings):
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"

    assert business_time_between(local(2026, 2, 28, 10, 0), local(2026, 3, 2, 9, 0)) == timedelta(hours=47)
