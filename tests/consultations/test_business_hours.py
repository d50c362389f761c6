from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from consultations.business_hours import response_cutoff

LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture(autouse=True)
def clinic_hours(settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    settings.CONSULTATION_RESPONSE_TARGET_MINUTES = 120
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri"
    settings.CONSULTATION_BUSINESS_HOURS = "08:00-17:00"


def local(*args):
    return datetime(*args, tzinfo=LA)


def test_within_one_business_day_the_target_is_two_plain_hours():
    assert response_cutoff(local(2026, 3, 3, 12, 0)) == local(2026, 3, 3, 10, 0)


def test_early_on_monday_the_target_reaches_back_into_friday_afternoon():
    assert response_cutoff(local(2026, 3, 2, 9, 0)) == local(2026, 2, 27, 16, 0)


def test_over_the_weekend_the_clock_stands_still_at_friday_closing():
    assert response_cutoff(local(2026, 2, 28, 11, 0)) == local(2026, 2, 27, 15, 0)


def test_before_opening_the_target_counts_from_the_previous_closing():
    assert response_cutoff(local(2026, 3, 4, 6, 30)) == local(2026, 3, 3, 15, 0)


def test_the_change_to_daylight_saving_time_does_not_shift_business_hours():
    # Sunday 8 March 2026 the clocks go forward; Monday's opening is still 8:00 local time.
    assert response_cutoff(local(2026, 3, 9, 9, 0)) == local(2026, 3, 6, 16, 0)


def test_every_day_round_the_clock_counts_plain_hours(settings):
    settings.CONSULTATION_BUSINESS_DAYS = "mon,tue,wed,thu,fri,sat,sun"
    settings.CONSULTATION_BUSINESS_HOURS = "00:00-24:00"

    assert response_cutoff(local(2026, 3, 1, 1, 0)) == local(2026, 2, 28, 23, 0)
