"""How a person writes a date interval: 'Sep 12, 2017', 'mid-Jul 2019', 'by Apr 2020'.

The interval `[earliest, latest]` is the truth; `granularity` and `mod` (TIMEX3)
only choose between wordings the interval allows. When they disagree with the
interval, or are missing, the wording is derived from the interval alone, so the
display never claims more (or less) precision than the data holds.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# Fixed English abbreviations: `strftime('%b')` depends on the process locale,
# and the same input must give the same bytes everywhere.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
UNRESOLVED = "unresolved"
DASH = " – "

_THIRD_WORDS = {"START": "early ", "MID": "mid-", "END": "late "}
# Thirds of a month (CONTRACT.md 1): days 1-10, 11-20, 21-end.
_MONTH_THIRDS = (("START", 1, 10), ("MID", 11, 20), ("END", 21, 31))
# Thirds of a year (CONTRACT.md 1): Jan-Apr, May-Aug, Sep-Dec.
_YEAR_THIRDS = (("START", 1, 4), ("MID", 5, 8), ("END", 9, 12))
_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def display_interval(
    earliest: date | None, latest: date | None, granularity: str = "", mod: str = ""
) -> str:
    """The interval as a person would write it; 'unresolved' when both sides are open."""
    granularity = (granularity or "").lower()
    mod = (mod or "").upper()
    if earliest is None and latest is None:
        return UNRESOLVED
    if mod in ("BEFORE", "ON_OR_BEFORE") and latest is not None:
        return _before(latest, granularity, strict=mod == "BEFORE")
    if mod in ("AFTER", "ON_OR_AFTER") and earliest is not None:
        return _after(earliest, granularity, strict=mod == "AFTER")
    if earliest is None:
        assert latest is not None
        return "by " + _unit_ending(latest, granularity)
    if latest is None:
        return "from " + _unit_starting(earliest, granularity)
    text = _closed(earliest, latest, granularity, mod)
    return "around " + text if mod == "APPROX" else text


# --- single dates at a precision -------------------------------------------------


def day_text(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def month_text(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.year}"


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def is_month_start(d: date) -> bool:
    return d.day == 1


def is_month_end(d: date) -> bool:
    return d == _month_end(d)


def is_year_start(d: date) -> bool:
    return d.month == 1 and d.day == 1


def is_year_end(d: date) -> bool:
    return d.month == 12 and d.day == 31


def _unit_ending(d: date, granularity: str) -> str:
    """The unit that `d` closes: 'Apr 2020' for 2020-04-30 at month granularity."""
    return _unit_at(d, granularity, is_year_end(d), is_month_end(d))


def _unit_starting(d: date, granularity: str) -> str:
    """The unit that `d` opens: '2020' for 2020-01-01 at year granularity."""
    return _unit_at(d, granularity, is_year_start(d), is_month_start(d))


# Granularities whose edge days are named by their year, and by their month.
_YEAR_NAMED = ("year", "decade", "century", "", "range", "half")
_MONTH_NAMED = ("month", "quarter", "season", "year", "", "range", "half")


def _unit_at(d: date, granularity: str, year_edge: bool, month_edge: bool) -> str:
    """The year or month that `d` is the edge of, else the day itself."""
    if year_edge and granularity in _YEAR_NAMED:
        return str(d.year)
    if month_edge and granularity in _MONTH_NAMED:
        return month_text(d)
    return day_text(d)


def _before(latest: date, granularity: str, *, strict: bool) -> str:
    # BEFORE keeps the inclusive last day in `latest`; "before 2022" reads better
    # than "by 2021" only when the next day opens a whole unit.
    if strict:
        nxt = latest + timedelta(days=1)
        coarse = _unit_starting(nxt, granularity)
        if coarse != day_text(nxt):
            return "before " + coarse
    return "by " + _unit_ending(latest, granularity)


def _after(earliest: date, granularity: str, *, strict: bool) -> str:
    if strict:
        prev = earliest - timedelta(days=1)
        coarse = _unit_ending(prev, granularity)
        if coarse != day_text(prev):
            return "after " + coarse
    return "from " + _unit_starting(earliest, granularity)


# --- closed intervals -------------------------------------------------------------


def _closed(earliest: date, latest: date, granularity: str, mod: str) -> str:
    if latest < earliest:
        earliest, latest = latest, earliest
    if mod in _THIRD_WORDS:
        worded = _third_by_mod(earliest, latest, granularity, mod)
        if worded:
            return worded
    return shape_of(earliest, latest)


def _third_by_mod(earliest: date, latest: date, granularity: str, mod: str) -> str:
    """'early Mar 2019' when the mod says so and the interval sits inside that unit."""
    word = _THIRD_WORDS[mod]
    same_month = (earliest.year, earliest.month) == (latest.year, latest.month)
    whole_month = is_month_start(earliest) and is_month_end(latest)
    if granularity == "month" or (granularity != "year" and same_month):
        # A month-level mod never widens to the year: a whole month stays 'Jul 2019'.
        return word + month_text(earliest) if same_month and not whole_month else ""
    if earliest.year == latest.year and not (is_year_start(earliest) and is_year_end(latest)):
        return word + str(earliest.year)
    return ""


def shape_of(earliest: date, latest: date) -> str:
    """The wording the interval alone supports, from the finest shape to a range."""
    if earliest == latest:
        return day_text(earliest)
    for shape in (_whole_month, _month_third, _whole_year, _year_third, _quarter, _half,
                  _season, _decade):
        text = shape(earliest, latest)
        if text:
            return text
    return range_text(earliest, latest)


def _whole_month(e: date, lt: date) -> str:
    if (e.year, e.month) == (lt.year, lt.month) and is_month_start(e) and is_month_end(lt):
        return month_text(e)
    return ""


def _month_third(e: date, lt: date) -> str:
    if (e.year, e.month) != (lt.year, lt.month):
        return ""
    for mod, first, last in _MONTH_THIRDS:
        last_day = lt.day if mod == "END" and is_month_end(lt) else last
        if e.day == first and lt.day == last_day:
            return _THIRD_WORDS[mod] + month_text(e)
    return ""


def _whole_year(e: date, lt: date) -> str:
    if e.year == lt.year and is_year_start(e) and is_year_end(lt):
        return str(e.year)
    return ""


def _year_third(e: date, lt: date) -> str:
    if e.year != lt.year or not (is_month_start(e) and is_month_end(lt)):
        return ""
    for mod, first, last in _YEAR_THIRDS:
        if e.month == first and lt.month == last:
            return _THIRD_WORDS[mod] + str(e.year)
    return ""


def _quarter(e: date, lt: date) -> str:
    if e.year != lt.year or not (is_month_start(e) and is_month_end(lt)):
        return ""
    if e.month in (1, 4, 7, 10) and lt.month == e.month + 2:
        return f"Q{(e.month - 1) // 3 + 1} {e.year}"
    return ""


def _half(e: date, lt: date) -> str:
    if e.year != lt.year or not (is_month_start(e) and is_month_end(lt)):
        return ""
    if (e.month, lt.month) in ((1, 6), (7, 12)):
        return f"H{1 if e.month == 1 else 2} {e.year}"
    return ""


def _season(e: date, lt: date) -> str:
    if not (is_month_start(e) and is_month_end(lt)) or e.month not in _SEASONS:
        return ""
    months = (lt.year - e.year) * 12 + lt.month - e.month
    if months != 2:
        return ""
    name = _SEASONS[e.month]
    # Winter is named for the year of its January (CONTRACT.md 1); write both years.
    if name == "winter":
        return f"winter {e.year}–{str(lt.year)[-2:]}"
    return f"{name} {e.year}"


def _decade(e: date, lt: date) -> str:
    if is_year_start(e) and is_year_end(lt) and e.year % 10 == 0 and lt.year == e.year + 9:
        return f"{e.year}s"
    return ""


def range_text(e: date, lt: date) -> str:
    """Each end at the coarsest whole unit it bounds: 'Sep 2019 – Apr 2020', '2017 – 2019'."""
    if is_year_start(e) and is_year_end(lt):
        return f"{e.year}{DASH}{lt.year}"
    if is_month_start(e) and is_month_end(lt):
        if e.year == lt.year:
            return f"{MONTHS[e.month - 1]}{DASH}{month_text(lt)}"
        return f"{month_text(e)}{DASH}{month_text(lt)}"
    if (e.year, e.month) == (lt.year, lt.month):
        return f"{MONTHS[e.month - 1]} {e.day}–{lt.day}, {e.year}"
    if e.year == lt.year:
        return f"{MONTHS[e.month - 1]} {e.day}{DASH}{MONTHS[lt.month - 1]} {lt.day}, {lt.year}"
    return f"{day_text(e)}{DASH}{day_text(lt)}"
