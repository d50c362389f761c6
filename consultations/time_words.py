"""When a patient's words put something: "yesterday", "in March", "two years ago", "for 10 years".

Each expression found is an event (a moment: "last week"), a span (how long something has lasted:
"for 3 days") or the present ("now"), with how many days ago it puts its moment at the latest, so
an unclear one errs towards recent ("in November" on 30 November is today).
"""

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

EVENT, SPAN, PRESENT = "event", "span", "present"
# Words like "years ago", "as a kid" or "all my life" put their moment ten years back.
LONG_AGO = 3650

_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "two": 2, "dos": 2, "a couple of": 2, "a couple": 2,
    "couple of": 2, "couple": 2, "three": 3, "tres": 3, "a few": 3, "few": 3, "four": 4, "five": 5,
    "six": 6, "several": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "un par de": 2, "par de": 2, "unos": 3, "unas": 3, "unos cuantos": 3, "unas cuantas": 3, "algunos": 3,
    "algunas": 3, "pocos": 3, "pocas": 3, "cuatro": 4, "cinco": 5, "seis": 6, "varios": 6, "varias": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
}  # fmt: skip
_UNITS = {
    "minute": 0, "hour": 0, "day": 1, "dia": 1, "night": 1, "week": 7, "semana": 7,
    "month": 30, "mes": 30, "year": 365, "ano": 365, "decade": 3650, "hora": 0, "minuto": 0, "noche": 1,
    "invierno": 365, "verano": 365,
}  # fmt: skip
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan enero", "february feb febrero", "march marzo", "april apr abril", "may mayo",
            "june jun junio", "july jul julio", "august aug agosto", "september sept sep septiembre",
            "october oct octubre", "november nov noviembre", "december dec diciembre",
        ],
        1,
    )
    for name in names.split()
}  # fmt: skip
_SEASON_ENDS = {"spring": (5, 31), "summer": (8, 31), "fall": (11, 30), "autumn": (11, 30), "winter": (2, 28)}
# Thanksgiving, a Thursday that moves, has no fixed day.
_HOLIDAYS = {
    "christmas": (12, 25), "navidad": (12, 25), "new year": (1, 1), "halloween": (10, 31),
    "4th of july": (7, 4), "fourth of july": (7, 4), "thanksgiving": (11, None),
}  # fmt: skip

_N = r"(?P<n>\d+|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + ")"
_UNIT = (
    r"(?P<unit>minute|hour|day|dia|night|week|semana|month|mes|year|ano|decade|hora|minuto|noche|invierno|"
    r"verano)(?:e?s)?"
)
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo)"
)

# The named groups tell _days_ago how to count; dNN is a fixed number of days.
_PATTERNS: list[tuple[str, str]] = [
    (EVENT, rf"\b{_N} {_UNIT}(?P<half> and a half)? (?:ago|back)\b"),
    (EVENT, rf"\bhace (?:como |casi |mas de |menos de |alrededor de |ya )?(?:unos |unas )?{_N} {_UNIT}\b"),
    (EVENT, r"\b(?P<d60>a while (?:ago|back))\b"),
    (SPAN, rf"\b(?:por|durante|desde hace|hace ya|llevo|lleva|(?:en )?(?:los|las) ultim[oa]s) {_N} {_UNIT}"),
    (EVENT, r"\b(?:el|del|la|de la) (?P<unit>semana|mes|ano) pasad[oa]\b"),
    (SPAN, rf"\b(?:for|x|over|in|during) ?(?:the )?(?:last |past )?{_N} {_UNIT}\b"),
    (SPAN, rf"\b(?:the )?(?:last|past) {_N} {_UNIT}\b"),
    (SPAN, r"\b(?:the )?(?:last|past) (?P<unit>day|week|month|year)\b(?! ago)"),
    (EVENT, r"\blast (?P<unit>month|year)\b"),
    (EVENT, r"\b(?P<d0>just now|right now|today|tonight|this (?:morning|afternoon|evening)|earlier today|"
     r"hoy|an hour ago|recently|lately|this week|esta (?:manana|tarde|noche|semana)|ahorita|"
     r"hace (?:un )?rato|hace poco|recientemente|ultimamente)\b"),
    (EVENT, r"\b(?P<d1>yesterday|last night|ayer|anoche|antier|anteayer|antenoche)\b"),
    (EVENT, r"\b(?P<d3>the other day|(?:this|the|over the) weekend|el otro dia|(?:el|este) fin de semana)\b"),
    (EVENT, rf"\b(?P<d7>last week|last weekend|(?:last |on |el |this past )?{_WEEKDAY})\b"),
    (EVENT, rf"\b(?:in|since|back in|last|early|late|mid|on|of|around|during|en|desde|end of|beginning of|"
     rf"start of) (?P<month>{_MONTH})\b\.?(?: of (?P<rel>last|this) year| (?P<year>(?:19|20)\d\d))?"),
    (EVENT, rf"\b(?:de|del|para|a (?:finales|principios|mediados|fines) de) (?P<month>{_MONTH})\b"
     r"(?: del? (?:(?P<rel>ano pasado)|(?P<year>(?:19|20)\d\d)))?"),
    (EVENT, rf"\b(?P<month2>{_MONTH})\b\.? (?:\d{{1,2}}(?:st|nd|rd|th)?,? )?(?P<year2>(?:19|20)\d\d)\b"),
    # A date needs its year: "7/10" is how bad the pain is.
    (EVENT, r"\b(?P<m>\d{1,2})[/-](?P<day>\d{1,2})[/-](?P<y>(?:19|20)?\d\d)\b"),
    (EVENT, r"\b(?P<m2>\d{1,2})/(?P<y2>(?:19|20)\d\d)\b"),
    (EVENT, r"\b(?P<yearonly>(?:19[4-9]|20\d)\d)\b"),
    (EVENT, r"\b(?P<last>last|this|in the|during the|over the|in|early|late) "
     r"(?P<season>spring|summer|fall|autumn|winter)\b(?! (?:risk|prevention))"),
    (EVENT, r"\b(?P<holiday>christmas|navidad|new year|halloween|(?:4th|fourth) of july|thanksgiving)\b"),
    (PRESENT, r"\b(?:now|currently|right now|at the moment|these days|ahora|actualmente|en este momento|"
     r"estos dias)\b"),
    (EVENT, r"\b(?P<long>when (?:i|he|she) was (?:a |an |little|young|\d+)\w*|as a (?:kid|child|teen\w*|"
     r"baby)|years (?:ago|back)|decades ago|long time ago|used to|back then|in the past|"
     r"hace (?:muchos |varios )?anos|hace (?:mucho|tiempo|decadas)|cuando (?:tenia \d+|era|estaba) \w+|"
     r"de (?:nin[oa]|chic[oa]|joven|adolescente|pequen[oa]|chiquit[oa])|en el pasado)\b"),
    (SPAN, r"\b(?P<long>all (?:my|his|her) life|(?:my|his|her) whole life|born with|since (?:birth|"
     r"childhood|i was (?:a |little|young|born)\w*)|for (?:many )?(?:years|decades|a long time|ages)|"
     r"long time|chronic|always|no change|unchanged|stable|toda (?:mi|su|la) vida|"
     r"desde (?:nin[oa]|chic[oa]|joven|pequen[oa]|que naci)|de nacimiento|naci con|cronic[oa]s?|"
     r"(?:de |como |igual que )?siempre|sin cambios?|estable|por (?:muchos )?anos)\b"),
]  # fmt: skip
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]


# "Weak but stable", "weaker, no change": words of stability stay with what they follow.
_STABLE = r"(?! (?:stable|unchanged|no change|the same|same as always|estable|igual|sin cambios?)\b)"
_CLAUSE_BREAK = re.compile(
    rf"[;:]|,{_STABLE}|\bbut\b{_STABLE}|\b(?:and|so|because|then|now|though|although|while|pero|y)\b"
)


class TimeWord(NamedTuple):
    start: int
    end: int
    kind: str
    days_ago: int


def time_words(text: str, today: date) -> list[TimeWord]:
    """The time expressions in lower-case `text`, read as written on `today`."""
    found = []
    for kind, pattern in _COMPILED:
        for match in pattern.finditer(text):
            groups = {key: value for key, value in match.groupdict().items() if value}
            days = 0 if kind == PRESENT else _days_ago(groups, today)
            if days is not None:
                found.append(TimeWord(match.start(), match.end(), kind, days))
    return found


def nearest(
    text: str, words: list[TimeWord], start: int, end: int, kinds: set[str], *, across_commas: bool = False
) -> TimeWord | None:
    """The word of `kinds` closest to text[start:end] in its clause, or None if its clause has none.

    A date in another clause is another thing's: in "surgery in 2019 and I lost bladder control" the
    loss of control has no date, which is not the same as one of 2019.
    """
    breaks = [
        match.start()
        for match in _CLAUSE_BREAK.finditer(text)
        if not (across_commas and match.group() == ",")
    ]
    candidates = []
    for word in words:
        low, high = min(end, word.end), max(start, word.start)
        if word.kind in kinds and not any(low <= position < high for position in breaks):
            candidates.append((max(word.start - end, start - word.end, 0), word.days_ago, word))
    return min(candidates)[2] if candidates else None


def _days_ago(found: dict[str, str], today: date) -> int | None:
    if "long" in found:
        return LONG_AGO
    for key in ("d0", "d1", "d3", "d7", "d60"):
        if key in found:
            return int(key[1:])
    if "unit" in found:
        count = found.get("n", "1")
        count = int(count) if count.isdigit() else _NUMBERS[count]
        unit = _UNITS[found["unit"]]
        return count * unit + (unit // 2 if "half" in found else 0)
    if "month" in found or "month2" in found:
        last_year = found.get("rel") in ("last", "ano pasado")
        year = today.year - 1 if last_year else found.get("year") or found.get("year2")
        return _month_days_ago(_MONTHS[found.get("month") or found["month2"]], year and int(year), today)
    if "m" in found or "m2" in found:
        return _date_days_ago(found, today)
    if "yearonly" in found:
        year = int(found["yearonly"])
        return None if year > today.year else max(0, (today - date(year, 12, 31)).days)
    if "season" in found:
        end = _last_occurrence(*_SEASON_ENDS[found["season"]], today)
        in_season = (today - end).days > 365 - 92
        return 0 if in_season and found["last"] != "last" else (today - end).days
    if "holiday" in found:
        return (today - _last_occurrence(*_HOLIDAYS[found["holiday"]], today)).days
    return None


def _month_days_ago(month: int, year: int | None, today: date) -> int:
    if year is None:
        year = today.year if month <= today.month else today.year - 1
    if (year, month) > (today.year, today.month):
        return 0
    last_day = date(year, month, calendar.monthrange(year, month)[1])
    return (today - min(last_day, today)).days


def _date_days_ago(found: dict[str, str], today: date) -> int | None:
    month, year = int(found.get("m") or found["m2"]), int(found.get("y") or found["y2"])
    year = year + 2000 if year < 100 else year
    if not 1 <= month <= 12 or year > today.year:
        return None
    if "day" not in found:
        return _month_days_ago(month, year, today)
    try:
        return max(0, (today - date(year, month, int(found["day"]))).days)
    except ValueError:
        return None


def _last_occurrence(month: int, day: int | None, today: date) -> date:
    """The latest date, up to today, of a yearly day; no day means the fourth Thursday of the month."""
    for year in (today.year, today.year - 1):
        if day is None:
            first = date(year, month, 1)
            moment = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        else:
            moment = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if moment <= today:
            return moment
    return moment
