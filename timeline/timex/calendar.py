"""Calendar arithmetic and TIMEX3 value formatting, free of any text handling."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

Interval = tuple[date | None, date | None]
Span = tuple[date, date]  # a closed interval with both ends known


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def shift_years(d: date, k: int) -> date:
    try:
        return d.replace(year=d.year + k)
    except ValueError:  # 29 February in a non-leap year
        return d.replace(year=d.year + k, day=28)


def second_year(first: int, digits: str) -> int:
    """The second year of "1962-63" or "1999-00": the first year on or after `first` that
    ends in those two digits, whatever century the reference date is in."""
    year = first - first % 100 + int(digits.strip("'’ "))
    return year + 100 if year < first else year


def year_span(year: int) -> Span:
    return date(year, 1, 1), date(year, 12, 31)


def month_span(year: int, month: int) -> Span:
    return date(year, month, 1), month_end(year, month)


def quarter_span(year: int, q: int) -> Span:
    return date(year, 3 * q - 2, 1), month_end(year, 3 * q)


def half_span(year: int, h: int) -> Span:
    return date(year, 6 * h - 5, 1), month_end(year, 6 * h)


def season_span(year: int, first: int, last: int) -> Span:
    # Winter (Dec..Feb) belongs to the year of its January.
    start_year = year - 1 if first > last else year
    return date(start_year, first, 1), month_end(year, last)


def week_start(d: date) -> date:
    return d - timedelta(days=d.isoweekday() - 1)


def week_span(d: date) -> Span:
    s = week_start(d)
    return s, s + timedelta(days=6)


def week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def weekend_span(d: date) -> Span:
    sat = week_start(d) + timedelta(days=5)
    return sat, sat + timedelta(days=1)


def holiday_weekend(d: date) -> Span:
    """The long weekend a holiday makes: a Monday holiday ends it, a Friday one opens it,
    a Thursday one (Thanksgiving) runs to the Sunday; on a weekend day, that weekend."""
    day = d.isoweekday()
    if day == 1:
        return d - timedelta(days=2), d
    if day == 2:
        return d - timedelta(days=3), d
    if day in (4, 5):
        return d, d + timedelta(days=7 - day)
    return weekend_span(d)


def month_week(year: int, month: int, nth: int, weekend: bool) -> Span:
    """The nth (1-4, -1 the last) seven days or weekend of a month: the first week of
    July is 1-7 July, the last one its last seven days; a weekend is the nth Saturday
    with its Sunday."""
    first, last = month_span(year, month)
    if weekend:
        saturday = first + timedelta(days=(6 - first.isoweekday()) % 7)
        if nth < 0:
            saturday += timedelta(days=7 * ((last - saturday).days // 7))
        else:
            saturday += timedelta(days=7 * (nth - 1))
        return saturday, saturday + timedelta(days=1)
    if nth < 0:
        return last - timedelta(days=6), last
    start = first + timedelta(days=7 * (nth - 1))
    return start, start + timedelta(days=6)


def decade_span(decade: int) -> Span:
    """decade is the first year's prefix: 199 -> 1990..1999."""
    return date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)


def century_span(century: int) -> Span:
    """century is the TIMEX3 prefix: 19 -> 1900..1999."""
    return date(century * 100, 1, 1), date(century * 100 + 99, 12, 31)


def part_span(span: Interval, mod: str, granularity: str) -> Interval:
    """The START / MID / END sub-interval of a span (CONTRACT.md section 1).

    Months split after days 10 and 20, years after their fourth and eighth month
    (April and August for a calendar year); any other span is cut into thirds by day
    count.
    """
    lo, hi = span
    if lo is not None and hi is not None and mod in ("START_HALF", "END_HALF"):
        return half_of((lo, hi), granularity, first=mod == "START_HALF")
    if lo is None or hi is None or mod not in ("START", "MID", "END"):
        return span
    if granularity == "decade":
        # A decade splits by whole years: the early '90s are 1990-93, the late ones 1997-99.
        cuts = (date(lo.year + 3, 12, 31), date(lo.year + 6, 12, 31))
    elif granularity == "month":
        cuts = (date(lo.year, lo.month, 10), date(lo.year, lo.month, 20))
    elif granularity == "year":
        # From the year's first month: a fiscal year of April to March ends in December.
        cuts = (_month_end_after(lo, 4), _month_end_after(lo, 8))
    elif (hi - lo).days < 2:
        return span  # a day or two has no thirds ("early January 1" is that day)
    else:
        third = ((hi - lo).days + 1) // 3
        cuts = (lo + timedelta(days=third - 1), lo + timedelta(days=2 * third - 1))
    if mod == "START":
        return lo, cuts[0]
    if mod == "MID":
        return cuts[0] + timedelta(days=1), cuts[1]
    return cuts[1] + timedelta(days=1), hi


def _month_end_after(first: date, months: int) -> date:
    """The last day of the `months`-th month counted from `first`'s month (1: its own)."""
    return month_end(*add_months(first.year, first.month, months - 1))


def half_of(span: Span, granularity: str, first: bool) -> Span:
    """The first or second half of a span: a month splits after the 15th, a year after
    its sixth month (June for a calendar year), a decade after its fifth year; any other
    span by day count."""
    lo, hi = span
    if hi <= lo:
        return span  # a day has no halves
    if granularity == "month":
        cut = date(lo.year, lo.month, 15)
    elif granularity == "year":
        cut = _month_end_after(lo, 6)
    elif granularity == "decade":
        cut = date(lo.year + 4, 12, 31)
    else:
        cut = lo + timedelta(days=((hi - lo).days + 1) // 2 - 1)
    return (lo, cut) if first else (cut + timedelta(days=1), hi)


def nearest_year_for_month(ref: date, month: int, day: int | None, direction: str) -> int:
    """Year of a year-less month (and day) seen from ref.

    past: the latest occurrence on or before ref; future: the earliest on or
    after ref; anything else: the occurrence closest to ref.
    """
    probe_day = day or 1
    here = (month, probe_day if day else 0)
    now = (ref.month, ref.day if day else 0)
    if direction == "past":
        return ref.year if here <= now else ref.year - 1
    if direction == "future":
        return ref.year if here >= now else ref.year + 1
    best = ref.year
    best_gap = 10**9
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = safe_date(y, month, min(probe_day, 28 if month == 2 else probe_day))
        if d is None:
            continue
        gap = abs((d - ref).days)
        if gap < best_gap:
            best, best_gap = y, gap
    return best


def weekday_date(ref: date, iso_weekday: int, direction: str) -> date:
    """The weekday nearest ref in the given direction (ref itself counts)."""
    back = (ref.isoweekday() - iso_weekday) % 7
    fwd = (iso_weekday - ref.isoweekday()) % 7
    if direction == "past":
        return ref - timedelta(days=back)
    if direction == "future":
        return ref + timedelta(days=fwd)
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)


def nth_weekday(year: int, month: int, isoweekday: int, count: int) -> date | None:
    """The count-th given weekday of a month (count -1: the last), or None if the month
    has no such day (a fifth Monday)."""
    if count == -1:
        last = month_span(year, month)[1]
        return last - timedelta(days=(last.isoweekday() - isoweekday) % 7)
    first = date(year, month, 1)
    d = first + timedelta(days=(isoweekday - first.isoweekday()) % 7 + 7 * (count - 1))
    return d if d.month == month else None
