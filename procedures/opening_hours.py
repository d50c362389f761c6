"""A location's week as patients read it ("Monday–Friday 8:00 am – 5:00 pm"), and the old free-text
hours read back into rows (for migration 0013 and nothing else)."""

import datetime
import re
from dataclasses import dataclass

from django.utils import formats, translation
from django.utils.translation import gettext, pgettext

# Stored and parsed in English; shown in the active language through Django's own catalog ("lunes").
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def time_text(value: datetime.time) -> str:
    """ "8:00 am", "12:30 pm": the way the clinic writes times; in Spanish the Spanish formats'
    "8:00 a. m." (clinic/formats/es)."""
    if (translation.get_language() or "en") != "en":
        return formats.time_format(value)
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'am' if value.hour < 12 else 'pm'}"


def time_range_text(opens: datetime.time, closes: datetime.time) -> str:
    return f"{time_text(opens)} – {time_text(closes)}"


@dataclass
class DayGroup:
    """Consecutive weekdays (0 = Monday) open the same hours; no ranges means closed."""

    first: int
    last: int
    ranges: list[tuple[datetime.time, datetime.time]]

    @property
    def days(self) -> str:
        if self.first == self.last:
            return gettext(DAY_NAMES[self.first])
        if self.last == self.first + 1:
            # Translators: two consecutive opening days, e.g. "Saturday–Sunday" ("sábado y domingo").
            return pgettext("two opening days", "%(first)s–%(last)s") % {
                "first": gettext(DAY_NAMES[self.first]),
                "last": gettext(DAY_NAMES[self.last]),
            }
        # Translators: three or more consecutive opening days, e.g. "Monday–Friday" ("lunes a viernes").
        return pgettext("opening days", "%(first)s–%(last)s") % {
            "first": gettext(DAY_NAMES[self.first]),
            "last": gettext(DAY_NAMES[self.last]),
        }

    @property
    def time_ranges(self) -> list[str]:
        return [time_range_text(opens, closes) for opens, closes in self.ranges]

    @property
    def is_closed(self) -> bool:
        return not self.ranges

    def __str__(self):
        return f"{self.days} {', '.join(self.time_ranges) or gettext('Closed')}"


def group_week(rows) -> list[DayGroup]:
    """The week from Monday in groups of consecutive days with the same hours; [] without any row.

    `rows` have weekday, opens and closes (OpeningHours, already fetched).
    """
    by_day: dict[int, list] = {day: [] for day in range(7)}
    for row in rows:
        by_day[row.weekday].append((row.opens, row.closes))
    if not any(by_day.values()):
        return []
    groups: list[DayGroup] = []
    for day in range(7):
        ranges = sorted(by_day[day])
        if groups and groups[-1].ranges == ranges:
            groups[-1].last = day
        else:
            groups.append(DayGroup(first=day, last=day, ranges=ranges))
    return groups


# Reading the old free text, e.g. "Monday–Friday: 8:00 am – 5:00 pm", "Sat 9am-1pm", "Sunday: Closed".

DAY_WORDS = {
    **{name.lower(): number for number, name in enumerate(DAY_NAMES)},
    **{name.lower()[:3]: number for number, name in enumerate(DAY_NAMES)},
    "tues": 1, "weds": 2, "thur": 3, "thurs": 3,
}  # fmt: skip
DAY_SETS = {"weekdays": range(0, 5), "weekends": range(5, 7), "daily": range(7), "every day": range(7)}
LINE = re.compile(r"^(?P<days>[a-z ,&/\-]+?)\s*:?\s*(?P<times>closed|\d.*|noon.*)$")
TIME = re.compile(
    r"^(?:(?P<noon>noon)|(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<half>[ap])?\.?(?:m\.?)?)$"
)


@dataclass
class ParsedHours:
    rows: list[tuple[int, datetime.time, datetime.time]]  # (weekday, opens, closes)
    unread_lines: list[str]


def parse_hours_text(text: str) -> ParsedHours:
    """The opening rows a free-text hours field describes, and the lines it could not read."""
    parsed = ParsedHours(rows=[], unread_lines=[])
    for raw_line in (text or "").splitlines():
        if not raw_line.strip():
            continue
        rows = _parse_line(raw_line)
        if rows is None:
            parsed.unread_lines.append(raw_line.strip())
        else:
            parsed.rows += rows
    return parsed


def _normalized(line: str) -> str:
    line = line.strip().lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    line = re.sub(r"\s+to\s+", "-", line)
    return re.sub(r"\s+", " ", line)


def _parse_line(line: str):
    match = LINE.match(_normalized(line))
    if not match:
        return None
    days = _parse_days(match["days"])
    if not days:
        return None
    times = match["times"].strip()
    if times == "closed":
        return []
    ranges = []
    for part in re.split(r",|\band\b|&", times):
        time_range = _parse_range(part.strip())
        if time_range is None:
            return None
        ranges.append(time_range)
    return [(day, opens, closes) for day in days for opens, closes in ranges]


def _parse_days(text: str) -> list[int] | None:
    days: list[int] = []
    for item in re.split(r",|&|/|\band\b", text):
        item = item.strip()
        if not item:
            continue
        if item in DAY_SETS:
            days += DAY_SETS[item]
            continue
        ends = [end.strip() for end in item.split("-")]
        if len(ends) > 2 or any(end not in DAY_WORDS for end in ends):
            return None
        first, last = DAY_WORDS[ends[0]], DAY_WORDS[ends[-1]]
        if last < first:
            return None
        days += range(first, last + 1)
    return sorted(set(days)) or None


def _parse_range(text: str):
    ends = [end.strip() for end in text.split("-")]
    if len(ends) != 2:
        return None
    opens, closes = (TIME.match(end) for end in ends)
    if not opens or not closes:
        return None
    # A time without am/pm takes the other's where that keeps the order ("8–11 am", "1–5 pm", but
    # "8–5 pm" opens at 8 am); "8–5" with neither reads as a working day.
    open_half = opens["half"] or ("p" if opens["noon"] else None)
    close_half = closes["half"] or ("p" if closes["noon"] else None)
    close_time = _time(closes, close_half or open_half)
    open_time = _time(opens, open_half or close_half)
    if not open_half and close_time and (open_time is None or open_time >= close_time):
        open_time = _time(opens, "a" if close_half else None)
    if open_time is None or close_time is None:
        return None
    if close_time <= open_time and not close_half and close_time.hour < 12:
        close_time = close_time.replace(hour=close_time.hour + 12)
    if close_time <= open_time:
        return None
    return open_time, close_time


def _time(match, half):
    if match["noon"]:
        return datetime.time(12, 0)
    hour, minute = int(match["hour"]), int(match["minute"] or 0)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return datetime.time(hour, minute)
