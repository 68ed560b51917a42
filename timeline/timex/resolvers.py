"""Resolvers: turn one rule match into a TIMEX3 value and a day interval.

Each rule in `timeline/rules/timex_*.toml` names one function of `RESOLVERS`.
A resolver gets the match, the per-document `State` and the rule's `params`,
and returns a `Res` (or None to reject the match, e.g. "February 30").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from timeline.timex import calendar as cal
from timeline.timex.regexes import regex_compile
from timeline.timex.tense import (
    clause_marker,
    is_past_plan,
    past_verb_governs,
    sentence_around,
    sentence_ends_between,
)

Params = dict[str, Any]

# The module's regexes come from the program cache (regex_compile; flags as re.compile's,
# 0 by default): compiling some thirty in pure Python cost every process milliseconds.
_SPACES = regex_compile(r"[\s\-]+", 0)


# How far before a span a signal context is looked for.
CONTEXT_CHARS = 80


@dataclass(frozen=True)
class Res:
    type: str
    value: str
    mod: str = ""
    earliest: date | None = None
    latest: date | None = None
    granularity: str = ""
    anchor: str = "absolute"
    note: str = ""


@dataclass
class State:
    """What a resolver may know about the document while walking it in order."""

    text: str
    ref: date | None
    tables: dict[str, dict[str, Any]]
    start: int = 0
    end: int = 0
    last_point: date | None = None  # the last resolved day, for "a day earlier"
    # The last quarter mentioned (year, q): company reports compare "a year ago"
    # and "the latest period" against the quarter they are about.
    last_quarter: tuple[int, int] | None = None
    last_date: date | None = None  # start of the last resolved date of any size
    last_date_end: date | None = None  # and its end ('October 2018' ends on the 31st)
    # Where the last time told stands and its first day, however it was anchored: the
    # end of "from late February to March" takes its year from the start.
    last_told: tuple[int, int, date] | None = None
    # The last day whose year was written out ("January 5, 2024"): a retrospective
    # article's year-less "January 7" a few lines on belongs to that year.
    last_written: date | None = None
    # The latest day written out in full so far: an undated text's main story is
    # usually the latest it dates in full (a flashback to "7 September 2019" aside).
    latest_written: date | None = None
    # Signal words and phrases before a span ("by", "no later than") -> (mod, side kept),
    # and RuleSet.signal_regex, which finds them.
    signals: dict[str, tuple[str, str]] = field(default_factory=dict)
    # RuleSet.signal_context: regexes of the words around a signal that change it.
    contexts: dict[str, re.Pattern[str]] = field(default_factory=dict)
    signal_regex: re.Pattern[str] | None = None
    # Where each statement of a company's fiscal year ends, and the month it gives its
    # year's end ('whose fiscal year ends on Sept. 30'): read once, when first asked.
    fiscal_said: list[tuple[int, int | None]] | None = None
    # The country whose fiscal calendar the text names most often (tables.fiscal_calendar),
    # '' for none: read once, when first asked.
    fiscal_country: str | None = None

    def tense(self) -> tuple[str, str]:
        return clause_marker(self.text, self.start, self.end)

    def context_before(self, name: str, chars: int = CONTEXT_CHARS) -> bool:
        """Whether the context regex `name` of the rules data ends right at the span."""
        return context_before(self.contexts.get(name), self.text, self.start, chars)

    def context_after(self, name: str) -> bool:
        """Whether the context regex `name` of the rules data matches right after the span."""
        regex = self.contexts.get(name)
        return regex is not None and regex.match(self.text, self.end) is not None

    def table(self, name: str, key: str | None) -> Any:
        if key is None:
            return None
        return self.tables[name].get(norm(key))


def context_before(regex: re.Pattern[str] | None, text: str, start: int,
                   chars: int = CONTEXT_CHARS) -> bool:
    """Whether a context regex of the rules data (its `$` at the span) ends at `start`,
    looking back `chars` characters."""
    return regex is not None and regex.search(text, max(0, start - chars), start) is not None


def norm(s: str) -> str:
    """Lower-case, one space between words, trailing dots dropped ("Sept." -> "sept")."""
    return _SPACES.sub(" ", s.lower()).strip().rstrip(".").replace("’", "'")


def _g(m: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when the rule has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


# ---------------------------------------------------------------- numbers


def parse_number(s: str | None, st: State) -> float | str | None:
    """'twenty four' -> 24, '1,000' -> 1000, 'several' -> 'X', None when unknown."""
    if s is None:
        return None
    key = norm(s)
    if key in st.tables["vague_number"]:
        return "X"
    if key == "the":
        return 1
    digits = key.replace(",", "")
    half = 0.0
    if digits.endswith(" 1/2") or digits.endswith("½"):
        digits, half = digits.removesuffix(" 1/2").removesuffix("½").strip(), 0.5
    if digits.replace(".", "", 1).isdigit():
        return float(digits) + half
    if key in st.tables["number"]:
        return float(st.tables["number"][key])
    total = 0.0
    current = 0.0
    for word in key.split(" "):
        if word in st.tables["number"]:
            current += float(st.tables["number"][word])
        elif word in st.tables["multiplier"]:
            current = max(current, 1.0) * float(st.tables["multiplier"][word])
            if word == "thousand":
                total, current = total + current, 0.0
        elif word != "and":
            return None
    return total + current or None


def fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


# ---------------------------------------------------------------- helpers


def parse_year(s: str, st: State) -> int:
    """'1998' -> 1998; "'98" -> 1998: two digits name the latest such year up to a decade
    after the reference ("'08" and "'69" written in 2022 are 2008 and 1969; "'25" is 2025)."""
    digits = s.strip("'’ ")
    if len(digits) == 4 and digits.isdigit():
        return int(digits)
    if not digits.isdigit():
        return _year_words(digits, st)
    yy = int(digits)
    if st.ref is None:
        return 2000 + yy if yy < NO_REF_PIVOT else 1900 + yy  # the POSIX reading of %y
    return latest_two_digit_year(yy, st.ref.year + TWO_DIGIT_YEARS_AHEAD)


def latest_two_digit_year(yy: int, limit: int) -> int:
    """The latest year ending in the two digits `yy` that is not after `limit`."""
    return limit - (limit - yy) % 100


# How far after the reference a two-digit year may lie; with no reference, below this
# a two-digit year is of the 2000s.
TWO_DIGIT_YEARS_AHEAD = 10
NO_REF_PIVOT = 69


_PREV_WORD = regex_compile(r"(\w+)\s+$", 0)
_POSSESSIVE = regex_compile(r"['’]s\b", 0)
# A day declared to be something lies ahead of the declaring ("made Monday an extra bank
# holiday", "declared Thursday a day of national mourning").
_DECLARED = regex_compile(r"\b(?:declared?|declares|made|makes?|named|names|designated|"
                          r"proclaimed)\s+$", re.IGNORECASE)
_DECLARED_AS = regex_compile(r"\s+(?:a|an|as)\s+(?:[\w-]+\s+){0,3}?(?:day|holiday)\b",
                             re.IGNORECASE)
# A day a plan was set for and overtaken ("had been set for Monday, but") is left to the
# tense (rules: set_for_before finds what was set for a day).
_HAD_BEEN = regex_compile(r"\bhad\s+(?:[a-z]+ly\s+)?been\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_AHEAD_OF = regex_compile(r"\b(?:ahead\s+of|before|until|till|upcoming|coming|awaiting|await|"
                          r"eve\s+of)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_RUN_UP = regex_compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|eve\s+of)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# A deadline preposition ("extended until Nov. 16") says nothing about the tense
# of the event itself, so the date nearest the reference is taken.
_DEADLINE_WORDS = frozenset({"until", "till", "through", "by", "to"})
# A limit set in the past may still lie ahead ("was extended until Nov. 16"); the
# other deadline words in a past clause look back, unless the coming date is near.
_OPEN_LIMITS = ("deadline word 'until'", "deadline word 'till'")


def _year_words(s: str, st: State) -> int:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'two thousand and one' -> 2001."""
    words = norm(s).replace(" and ", " ").split(" ")
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[2:]), st) if words[2:] else 0
        return 2000 + int(rest or 0)
    head = st.tables["number"].get(words[0], 0)
    tail = parse_number(" ".join(words[1:]), st) if words[1:] else 0
    return int(head) * 100 + int(tail or 0)


def signal_before(text: str, start: int, end: int,
                  regex: re.Pattern[str] | None) -> str | None:
    """The signal right before a span, lower-cased: a word ('by') or a phrase ('no later
    than'), or None. `regex` is RuleSet.signal_regex. A possessive span ('by last
    month's quake', 'after Monday's launch') dates the noun after it; the signal
    governs that noun, not the time."""
    if regex is None or text.startswith(("'s", "’s"), end):
        return None
    m = regex.search(text, max(0, start - 24), start)
    return None if m is None else " ".join(m.group(1).lower().split())


_WILL = regex_compile(r"\s*(?:will|shall|['’]ll)\b", re.IGNORECASE)


_DAY_NUMBER = regex_compile(r"\d", 0)


def direction(st: State, explicit: str | None = None, default: str = "past") -> tuple[str, str]:
    """('past'|'future'|'nearest', reason) for a year-less expression."""
    if explicit in ("past", "future", "nearest"):
        return explicit, f"'{explicit}' given by the rule"
    prev = _PREV_WORD.search(st.text, max(0, st.start - 12), st.start)
    if prev and prev.group(1).lower() == "since":
        return "past", "'since' looks back"
    if st.context_after("when_past_after") and not _WILL.match(st.tense()[1]):
        # Not under 'will': "shares will start trading on Thursday, when the newly listed
        # company ..." ('would' reports: "said it would look into the Test in January,
        # when Cronje persuaded ..." is past).
        return "past", "a 'when' clause in the past tense tells what happened then"
    if st.context_before("unplanned_deed_before") and (
            st.context_after("unplanned_deed_after") or (
                _DAY_NUMBER.search(st.text, st.start, st.end)
                and st.context_after("unplanned_day_after"))):
        return "past", "it names a happening nobody plans ('the Jan. 12 earthquake')"
    if prev and prev.group(1).lower() in _DEADLINE_WORDS:
        return "nearest", f"deadline word '{prev.group(1)}': nearest to the reference"
    signal = signal_before(st.text, st.start, st.end, st.signal_regex)
    if signal is not None and st.signals[signal][0] == "ON_OR_BEFORE":
        return "nearest", f"deadline word '{signal}': nearest to the reference"
    tense, marker = st.tense()
    if tense in ("past", "future"):
        return tense, f"{tense} clause ('{marker.strip()}')"
    if tense == "present":
        return "nearest", f"present clause ('{marker.strip()}'): nearest to the reference"
    return default, f"no tense marker: {default}"


def unresolved(type_: str, value: str, gran: str, note: str, mod: str = "") -> Res:
    return Res(type_, value, mod, None, None, gran, "unresolved", note)


def with_part(res: Res, mod: str | None) -> Res:
    """Apply START/MID/END to a resolved span."""
    if not mod:
        return res
    lo, hi = cal.part_span((res.earliest, res.latest), mod, res.granularity)
    # A half has no TIMEX3 mod of its own: the nearer end's ("the last half of the '80s").
    return replace(res, mod=mod.removesuffix("_HALF"), earliest=lo, latest=hi)


def part_mod(m: re.Match[str], st: State) -> str | None:
    p = _g(m, "part")
    return st.table("part", p) if p else None


def with_part_of(res: Res, m: re.Match[str], st: State, pivot: date | None = None) -> Res:
    """The part of the span that the phrase names. 'earlier'/'later' in the period that
    holds the reference date ('earlier this month') is the stretch up to or from that
    date, not the period's first or last third; so is 'the rest of' it. The date itself
    is included: a thing done 'earlier this month' may have been done that morning.
    `pivot` is the date the period was counted from, when not the reference date ('in
    June 1998 ... later that year': from June)."""
    word = " ".join((_g(m, "part") or "").lower().split())
    ref, lo, hi = pivot or st.ref, res.earliest, res.latest
    if word not in ("earlier", "later", "the rest of") or not (ref and lo and hi
                                                              and lo <= ref <= hi):
        return with_part(res, part_mod(m, st))
    span = (lo, ref) if word == "earlier" else (ref, hi)
    side = "up to" if word == "earlier" else "from"
    return replace(res, mod=st.table("part", word), earliest=span[0], latest=span[1],
                   note=f"{res.note}; '{word}': {side} {ref.isoformat()}")


# ---------------------------------------------------------------- calendar dates


def calendar_core(
    st: State,
    year: int | None,
    month: int | None,
    day: int | None,
    why_year: str,
    anchor: str,
) -> Res | None:
    """Value and interval of a (year, month, day) where year is already decided."""
    if year is None:
        value = "XXXX" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        gran = "day" if day else "month"
        return unresolved("DATE", value, gran, why_year)
    if month is None:
        lo, hi = cal.year_span(year)
        return Res("DATE", f"{year:04d}", "", lo, hi, "year", anchor, why_year)
    if day is None:
        lo, hi = cal.month_span(year, month)
        return Res("DATE", f"{year:04d}-{month:02d}", "", lo, hi, "month", anchor, why_year)
    d = cal.safe_date(year, month, day)
    if d is None:
        return None
    return Res("DATE", d.isoformat(), "", d, d, "day", anchor, why_year)


# The end of a range right after a year-less start, with its year: "from 11 June to 11
# July 2021", "between March 3 and April 9, 2020", "June 11–July 11, 2021", "from May to
# December last year". On one line;
# a spaced hyphen is as often a break ("on 8 September - March 2020 was the worst").
_RANGE_END = regex_compile(
    r"(?:[ \t]+(?P<conn>to|until|till|through|and)[ \t]+|[ \t]*[–—][ \t]*|-)"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?P<m1>[A-Za-z]{3,9}\.?)"
    r"|(?P<m2>[A-Za-z]{3,9}\.?)(?:[ \t]+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)?)"
    r"(?:,?[ \t]+(?P<year>(?:1[89]|20)\d{2})(?![\d-])|[ \t]+(?P<yrel>last|this|next)[ \t]+year\b)",
    0)
# 'and' joins a range only after 'between' ("fell on March 3 and May 2020 saw a rebound").
_BETWEEN_BEFORE = regex_compile(r"\bbetween\s+$", re.IGNORECASE)


def _range_end(st: State) -> tuple[date, str] | None:
    """The first day of a range's end that gives its year, right after the span, and how
    that year was found ("absolute", or "publication_date" for 'last year')."""
    m = _RANGE_END.match(st.text, st.end)
    if m is None or (m.group("conn") == "and"
                     and not _BETWEEN_BEFORE.search(st.text, max(0, st.start - 12), st.start)):
        return None
    month = st.table("month", m.group("m1") or m.group("m2"))
    day = m.group("d1") or m.group("d2")
    anchor = "absolute"
    if m.group("yrel"):
        # "from May to December last year": the end's year counted from the reference.
        if st.ref is None:
            return None
        year = st.ref.year + int(st.table("year_rel", m.group("yrel")))
        anchor = "publication_date"
    else:
        year = int(m.group("year"))
    first = cal.safe_date(year, month, int(day) if day else 1) if month else None
    return (first, anchor) if first is not None else None


def _told_a_weekday(st: State) -> bool:
    """Whether the time told just before the span was a weekday ("from Monday")."""
    if st.last_told is None:
        return False
    words = st.text[st.last_told[0]:st.last_told[1]].split()
    return any(st.table("weekday", w) is not None for w in words)


def _range_start(st: State) -> date | None:
    """The first day of the time told just before the span when the two make a range
    ("from late February to March", "from 24 January to 3 March"), else None."""
    told = st.last_told
    gap, opening = st.contexts.get("range_gap"), st.contexts.get("range_from_before")
    if told is None or gap is None or not gap.fullmatch(st.text, told[1], st.start):
        return None
    return told[2] if context_before(opening, st.text, told[0]) else None


def _year_shift(m: re.Match[str], st: State) -> int | None:
    """How many years 'the following year', 'the year before' (fragment that_year) lie
    from the year just told; None when the match names no such year."""
    after = _g(m, "yearafter") or _g(m, "yearafter2")
    return int(st.table("year_after", after)) if after else None


def calendar_date(m: re.Match[str], st: State, p: Params) -> Res | None:
    """Month names, days and years: 'September 12, 2017', 'mid-July', 'October last year'."""
    month = st.table("month", _g(m, "month")) if _g(m, "month") else p.get("month")
    day = _day_of(m, st)
    year_s = _g(m, "year")
    yrel = _g(m, "yearrel")
    year: int | None = None
    anchor = "absolute"
    if year_s:
        year = parse_year(year_s, st)
        why = "year written out"
        if (p.get("two_digits_look_back") and st.ref is not None and year > st.ref.year
                and direction(st)[0] != "future"):
            # "the crash of '29", told in 2024, is 1929: only a future clause looks ahead.
            year, why = year - 100, "two-digit year, not in a future clause: the past one"
    elif yrel is not None:
        offset = st.table("year_rel", yrel)
        if st.ref is None:
            return _unanchored(m, st, month, day, "relative year without a reference date")
        year = st.ref.year + int(offset)
        anchor = "publication_date"
        why = f"'{yrel}' counted from the publication year {st.ref.year}"
        if p.get("last_is_recent") and int(offset) < 0 and month is not None and day is None:
            year, why = _last_month_year(st.ref, month, yrel)
    elif month is not None and (ranged := _range_end(st)) is not None:
        end, anchor = ranged
        start = cal.safe_date(end.year, month, day or 1)
        year = end.year - 1 if start is not None and start > end else end.year
        why = f"no year: the start of a range that ends on {end.isoformat()}"
    elif month is not None and (first := _range_start(st)) is not None:
        end_day = cal.safe_date(first.year, month, day or 1)
        earlier = end_day is not None and end_day < first.replace(day=1)
        year = first.year + 1 if earlier else first.year
        anchor = "previous_time"
        why = f"no year: the end of a range that starts on {first.isoformat()}"
    elif p.get("anchor") == "previous" and st.last_date is not None:
        shift = _year_shift(m, st) or 0
        year, anchor = st.last_date.year + shift, "previous_time"
        why = (f"'that' month: the year of the time just told, {st.last_date.isoformat()}"
               if not shift else
               f"the year {shift:+d} from the time just told, {st.last_date.isoformat()}")
    elif (after := _year_shift(m, st)) is not None and st.ref is not None:
        # 'in November of the following year' with no time told before: as 'the following
        # year' alone, counted from the publication year.
        year = st.ref.year + after
        anchor, why = "publication_date", f"{after:+d} year with no time told before it"
    elif st.ref is None:
        named = _year_named_before(st, month, day)
        if named is None:
            return _unanchored(m, st, month, day, "no year and no reference date")
        year, anchor = named, "previous_time"
        why = f"no year and no reference date: the year of the date named before, {named}"
    else:
        if month is None:
            return None
        way, reason = direction(st, p.get("direction"), default="nearest")
        if "limit_ahead_days" in p:
            way, reason = _limit_reached(st, month, day, way, reason, int(p["limit_ahead_days"]))
        year = cal.nearest_year_for_month(st.ref, month, day, way)
        anchor = "publication_date"
        why = f"no year: {reason} -> {way} of {st.ref.isoformat()}"
        if way == "future":
            year, why, anchor = _reported_future(st, month, day, year, why, anchor)
        if day is not None:
            year, why = _check_day_year(m, st, month, day, year, why)
            if reason.startswith("past clause") and "near_future_days" in p:
                year, why = _near_future_day(st, month, day, year, why, p)
            year, why, anchor = _narrative_year(st, month, day, year, why, anchor)
            year, why, anchor = _day_of_month_told(st, month, day, year, why, anchor)
        else:
            if reason.startswith("past clause") and p.get("next_month_ahead"):
                year, why = _next_month_ahead(st, month, year, why, p)
            year, why, anchor = _narrative_year(st, month, None, year, why, anchor)
    res = calendar_core(st, year, month, day, why, anchor)
    if res is None:
        return None
    return with_part_of(res, m, st)


def _reported_future(st: State, month: int, day: int | None, year: int, why: str,
                     anchor: str) -> tuple[int, str, str]:
    """'had said in July that the contract would be signed in September', written in
    November: 'would' looks ahead of the saying, so it is the September after July, not
    the coming one. Only after a time told earlier in the sentence and before the
    publication date, and only while the month so found is still before it too."""
    assert st.ref is not None
    if st.last_told is None:
        return year, why, anchor
    _, told_end, told = st.last_told
    if told >= st.ref or sentence_ends_between(st.text, told_end, st.start):
        return year, why, anchor
    tense, marker = st.tense()
    if tense != "future" or marker.split()[0].lower() != "would":
        return year, why, anchor
    after = cal.nearest_year_for_month(told, month, day, "future")
    first = cal.safe_date(after, month, day or 1)
    if after == year or first is None or first > st.ref:
        return year, why, anchor
    return after, (f"'would' looks ahead of the time told before it in the sentence, "
                   f"{told.isoformat()}"), "previous_time"


def _limit_reached(st: State, month: int, day: int | None, way: str, reason: str,
                   limit_days: int) -> tuple[str, str]:
    """A deadline word in a past clause names a limit already reached ("the deadline
    was moved to April 12", written in October), unless the coming date is near enough
    to be the limit still running ("extended to Nov. 20", written on Nov. 2). 'until'
    looks ahead whatever the tense. In a future clause the limit lies ahead ("will
    change little until December 31", written on January 31)."""
    assert st.ref is not None
    if way != "nearest" or not reason.startswith("deadline"):
        return way, reason
    tense, marker = st.tense()
    if tense == "future":
        return "future", f"future clause ('{marker.strip()}') with {reason.split(':')[0]}"
    if tense != "past" or reason.startswith(_OPEN_LIMITS):
        return way, reason
    coming = cal.nearest_year_for_month(st.ref, month, day, "future")
    start = cal.safe_date(coming, month, day or 1)
    if start is None or (start - st.ref).days <= limit_days:
        return way, reason
    return "past", (f"past clause ('{marker.strip()}') with {reason.split(':')[0]}: the"
                    f" coming {month:02d}{'' if day is None else f'-{day:02d}'} is more"
                    f" than {limit_days} days away")


def _day_of(m: re.Match[str], st: State) -> int | None:
    """The day of the month: '12', '3rd', or in words, 'eighth', 'twenty-first'."""
    day_s = _g(m, "day")
    if day_s:
        return int(re.sub(r"\D", "", day_s))
    words = norm(_g(m, "day_word") or "").split(" ")
    if not words[0]:
        return None
    tens = st.table("day_tens", words[0]) if len(words) == 2 else 0
    return int(tens or 0) + int(st.table("day_ordinal", words[-1]))


def _year_named_before(st: State, month: int | None, day: int | None) -> int | None:
    """An undated text that named 'March 23, 2021' means that year by a later 'March
    29'. Only forward in the year: a month before the one named may be a flashback
    or the next year, and the text does not say which. The date just named counts
    when the day follows it within weeks (the story goes on from it; a month told
    counts from its end), unless it is a whole year told as an aside after a later day
    written in full; otherwise the latest day written out in full does ("14 July 2023
    ... 7 September 2019 ... 26 August" is 2023: the 2019 date was a flashback)."""
    if month is None:
        return None
    last = st.last_date
    if last is not None and month >= last.month:
        told = cal.safe_date(last.year, month, day or 1)
        # Weeks are counted from the end of a month told: 'in October 2018, and it took
        # effect on 21 December' goes on seven weeks after October ('since 1960' holds
        # no day of its own: its start counts).
        end = st.last_date_end or last
        year_told = (end - last).days > MONTH_DAYS
        if year_told:
            end = last
        goes_on = day is None or (told is not None and told >= last
                                  and (told - end).days <= NARRATIVE_DAYS)
        # A year told before a later day written in full is an aside ('the first
        # strike since 1960'): the story goes on in the day's year.
        aside = year_told and st.latest_written is not None and st.latest_written > end
        if told is not None and goes_on and not aside:
            return last.year
    latest = st.latest_written
    # Not when the text has since told a time of a later year, short of the whole year
    # ('2 February 1990 ... in December 1991 / late 1991 ... on 17 March'): going back to
    # the day written out would be a guess. A year told whole ('a budget for 2025') moves
    # no story on.
    if latest is None or month < latest.month:
        return None
    moved_on = (last is not None and last.year > latest.year
                and st.last_date_end is not None
                and (st.last_date_end - last).days + 1 < YEAR_DAYS)
    return None if moved_on else latest.year


def _last_month_year(ref: date, month: int, word: str) -> tuple[int, str]:
    """'last April' written in October is the April just past (TimeBank reads it so);
    only the month right before the reference ('last February' on 1 March) is the
    year before's, since the one just past would be called 'last month'."""
    back = (ref.month - month) % 12 or 12
    if back == 1:
        return ref.year - 1, (f"'{word}' {month:02d}: the month just past would be"
                              " 'last month' -> a year back")
    year = ref.year if month < ref.month else ref.year - 1
    return year, f"'{word}' {month:02d}: the most recent one before {ref.isoformat()}"


# A day-precise date up to this many days before the reference is taken as recent
# even in a future clause: "the Aug. 7 bombings will be remembered" (written Aug. 18).
# (A future marker often belongs to another verb of the sentence; the reverse case,
# a past clause with a date just after the reference, keeps the clause's direction.)
NEAR_DAYS = 20


def _check_day_year(m: re.Match[str], st: State, month: int, day: int, year: int,
                    why: str) -> tuple[int, str]:
    """Correct the year of a year-less day by its weekday ("Saturday, April 25") or,
    failing that, by closeness to the reference date."""
    assert st.ref is not None
    years = (st.ref.year - 1, st.ref.year, st.ref.year + 1)
    wd_word = _g(m, "wday")
    if wd_word:
        wd = st.table("weekday", wd_word)
        fits = [y for y in years if (d := cal.safe_date(y, month, day)) and d.isoweekday() == wd]
        if len(fits) == 1:
            return fits[0], f"no year: {wd_word} falls on this date in {fits[0]}"
    near = cal.nearest_year_for_month(st.ref, month, day, "nearest")
    d_near = cal.safe_date(near, month, day)
    if near != year and d_near is not None and 0 <= (st.ref - d_near).days <= NEAR_DAYS:
        return near, f"{why}; but {d_near} is within {NEAR_DAYS} days before the reference"
    return year, why


# A year-less day this many days after the last written-out day continues its story.
NARRATIVE_DAYS = 62
MONTH_DAYS = 31
YEAR_DAYS = 365


def _narrative_year(st: State, month: int, day: int | None, year: int, why: str,
                    anchor: str) -> tuple[int, str, str]:
    """A text written in 2025 that tells "the door plug blew out on January 5, 2024"
    means 2024 by its next "January 7", not the January before the publication date.
    Only forward and within weeks of the written day, and only for a day the
    publication date puts in the past: a future clause is about the coming one. A
    plan told in the past ("On November 2, 2022, ... Binance agreed to buy FTX on
    November 8") is part of the story told, so it continues it too. A year-less month
    counts from its first day ("March 18, 2021 ... in early April" is April 2021). Unless
    the day is nearer the publication date than the day written before it ("won the
    election on 9 May", written on 29 May 2018 after a story told from March 2014)."""
    assert st.ref is not None
    last = _story_day(st)
    told = cal.safe_date(year, month, day or 1)
    if last is None or told is None:
        return year, why, anchor
    if told > st.ref:
        # A future clause is about the coming day, and so is a day something was set for
        # or moved to ("the club announced a parade for 28 April"); another past clause
        # ("Moscow said nothing until 28 April", read as the nearest 28 April) still tells
        # the story. (The clause's tense is read only here: it is the engine's costliest
        # step.)
        tense, marker = st.tense()
        if not is_past_plan(marker) and (tense != "past" or _set_ahead(st)):
            return year, why, anchor
    for y in (last.year, last.year + 1):
        d = cal.safe_date(y, month, day or 1)
        if d is not None and d > st.ref:
            break  # a story told on from a written day stops at the publication date
        if d is not None and d != told and 0 <= (d - last).days <= NARRATIVE_DAYS:
            if _nearer_the_news(st, told, day is None, (d - last).days):
                break  # nearer the publication than the story: the news of the day
            return y, (f"no year: {d} is {(d - last).days} days after {last}, the day"
                       " written out before it"), "previous_time"
    back = _flashback(st, month, day, last, told)
    if back is not None:
        return back.year, (f"no year: past clause, {back} is {(last - back).days} days"
                           f" before {last}, the day written out before it"), "previous_time"
    return year, why, anchor


# A year-less day this near (characters) after its month told with a year is a day of
# that month.
MONTH_TOLD_CHARS = 300
_YEAR_WRITTEN = regex_compile(r"\d{4}", 0)


def _day_of_month_told(st: State, month: int, day: int, year: int, why: str,
                       anchor: str) -> tuple[int, str, str]:
    """A year-less day right after its month was told with its year written out is a
    day of that month, unless its clause looks ahead: "Barings collapsed in February
    1995 ... He fled Singapore on 23 February" (written in July 1999). Not after a year
    counted from the publication ("approved in July last year, and a report released
    on July 4" contrasts this July with last year's), nor after a month told as an aside
    (rules: month_told_aside_before): one that describes a thing ("the August 1988
    cease-fire ... the invasion on Aug. 2"), a comparison ("below March 2023", "the
    highest since March 2020") or a birth; nor when the day read from the publication
    date is weeks from it: the news."""
    told, first = st.last_told, st.last_date
    if (told is None or first is None or told[2] != first or first.year == year
            or first.month != month or first.day != 1
            or st.last_date_end != cal.month_end(first.year, month)
            or st.start - told[1] > MONTH_TOLD_CHARS
            or not _YEAR_WRITTEN.search(st.text, told[0], told[1])
            or context_before(st.contexts.get("month_told_aside_before"), st.text, told[0])):
        return year, why, anchor
    read = cal.safe_date(year, month, day)
    if st.ref is not None and read is not None and abs((st.ref - read).days) <= NARRATIVE_DAYS:
        return year, why, anchor  # weeks from the publication: the news of the day
    if st.tense()[0] == "future":
        return year, why, anchor
    return first.year, f"no year: a day of {first:%B %Y}, the month told just before", \
        "previous_time"


def _nearer_the_news(st: State, told: date, whole_month: bool, story_days: int) -> bool:
    """Whether a year-less date read from the publication lies nearer it than the story's
    reading lies after the story's day (`story_days`). A month is as near as its last day
    ("In September, a court convicted ...", written in November 2007 after a background
    "July 1, 2002"), unless a past perfect keeps it in the story ("By March, the valley
    had been drained", after "15 January 2015")."""
    assert st.ref is not None
    if told > st.ref:
        return False
    if not whole_month:
        return (st.ref - told).days < story_days
    end = min(st.ref, cal.month_end(told.year, told.month))
    return (st.ref - end).days < story_days and not _past_perfect(st, st.tense()[1])


def _set_ahead(st: State) -> bool:
    """Whether the span is a day fixed for something ("announced a parade for 28 April")
    or moved to ("the parade was moved to 28 April"), which may lie ahead of a past
    clause; "put out by 10 May" or "from 2 May to 6 May" tells the story."""
    return st.context_before("fixed_for_before", FIXED_FOR_CHARS)


FIXED_FOR_CHARS = 60  # how far before a day its 'moved ... to' is looked for


def _story_day(st: State) -> date | None:
    """The day the story told has reached: the last day written out, or the last day
    told since in its year ("Feb. 22, 1986 ... had been held on Feb. 7 ... two days
    later"), while that lies far back from the publication date."""
    last, point, ref = st.last_written, st.last_point, st.ref
    if (last is not None and point is not None and ref is not None and point.year == last.year
            and point < ref and (ref - point).days > NARRATIVE_DAYS):
        return point
    return last


# How far before the day the story has reached a year-less day of a past clause may go
# back within the story ("had been held on Feb. 7"; "began a hunger strike on May 13",
# after "On June 4, 1989"). A birth or founding date is no story (engine._remember).
FLASHBACK_DAYS = 31
# A year-less day in the simple past is news up to this many days old; further back it
# may be a flashback of a story told years ago.
NEWS_DAYS = 183


def _flashback(st: State, month: int, day: int | None, last: date, told: date) -> date | None:
    """A story told years back goes back a little as well: "arrested on December 7,
    1984, four days after the gas leak of the night of December 2-3"; "the election
    had been held on Feb. 7" after "Feb. 22, 1986". Only a day of a past clause within
    weeks before the day the story has reached (FLASHBACK_DAYS), and only when the publication
    date's reading lies further back: for a past perfect, further than the story's; for
    a simple past, over half a year (weeks back, it may be the news: "shut its factory on
    November 10", written in January 2021 after "merged on November 25, 2019")."""
    assert st.ref is not None
    if day is None or told.year == last.year:
        return None
    tense, marker = st.tense()
    if tense != "past":
        return None
    perfect = _past_perfect(st, marker)
    d = cal.safe_date(last.year, month, day)
    if d is None or not 0 < (last - d).days <= FLASHBACK_DAYS:
        return None
    back = abs((st.ref - told).days)
    return d if back > ((last - d).days if perfect else NEWS_DAYS) else None


def _past_perfect(st: State, marker: str) -> bool:
    """Whether the clause's past verb is a past perfect ('had been held on Feb. 7'; the
    marker is the participle, or 'had begun' whole)."""
    if marker.lower().startswith("had "):
        return True
    perfect = re.compile(rf"\bhad\s+(?:not\s+|[a-z]+ly\s+)?(?:been\s+)?{re.escape(marker)}\b",
                         re.IGNORECASE)
    return perfect.search(st.text, max(0, st.start - PERFECT_CHARS), st.start) is not None


# How far before a span its clause's 'had' is looked for.
PERFECT_CHARS = 80


def _near_future_day(st: State, month: int, day: int, year: int, why: str,
                     p: Params) -> tuple[int, str]:
    """A year-less day a few weeks after the reference is that coming day even in a
    past clause ("by setting a Jan. 14 return date, the agency allowed ...", "has
    invited them to a ceremony on March 12"): news gives the year of a day eleven
    months back. Unless the past verb governs the date itself ("the quarter ended
    Oct. 31", "On March 12, the ministers met")."""
    assert st.ref is not None
    days = int(p["near_future_days"])
    ahead = next((d for y in (st.ref.year, st.ref.year + 1)
                  if (d := cal.safe_date(y, month, day)) and d > st.ref), None)
    if ahead is None or ahead.year == year or (ahead - st.ref).days > days:
        return year, why
    if (kept := _kept_past(st, p, cal.safe_date(year, month, day), why)) is not None:
        return year, kept
    return ahead.year, (f"{why}; but {ahead} is within {days} days after the reference"
                        " and the past verb does not govern it")


def _story_goes_on(st: State, past: date | None) -> str | None:
    """Why a past clause's year-less date is the past one although it also falls just
    after the reference: the text is telling a story of months back, and the date lies
    within weeks of the last one told ("Biden signed the order on May 15", a line after
    "fuel moved again on May 12 last year", written on 9 May 2022; "Ohio sued on March
    14, and a derailment on March 4 ...", after "in February last year"). None if not:
    a story told near the reference leaves the coming day or month to the checks
    above."""
    assert st.ref is not None
    last = st.last_date
    if past is None or last is None or (st.ref - last).days <= NARRATIVE_DAYS:
        return None
    gap = (past - last).days
    if abs(gap) > NARRATIVE_DAYS:
        return None
    return (f"no year: past clause, and {past} is {abs(gap)} days"
            f" {'after' if gap >= 0 else 'before'} {last}, the date told before it")


def _kept_past(st: State, p: Params, past: date | None, why: str) -> str | None:
    """Why a date weeks ahead of the reference is still the past one of its past
    clause, or None: a past verb governs it ("sales rose in September"), it ends a
    'since' phrase ("since his arrest in September"), or the story told goes on to
    `past`. Shared by year-less days, months and holidays."""
    if past_verb_governs(st.text, st.start, st.end, int(p["governed_within"])):
        return why
    if _after_since(st, int(p.get("since_within", 0))):
        return why + "; 'since' looks back"
    return _story_goes_on(st, past)


_SINCE = regex_compile(r"\bsince\b[^,;:.!?]*$", re.IGNORECASE)


def _after_since(st: State, within: int) -> bool:
    """Whether the span ends a 'since' phrase of its clause ("has been in custody since
    his arrest in January"): what lies after 'since' is over."""
    return within > 0 and _SINCE.search(st.text, max(0, st.start - within), st.start) is not None


def _next_month_ahead(st: State, month: int, year: int, why: str,
                      p: Params) -> tuple[int, str]:
    """The month right after the reference month is the coming one even in a past
    clause ("told oil companies of a cutback in its supply in September", written in
    August), as for a day a few weeks ahead, unless a past verb governs it ("sales
    rose in September") or it ends a 'since' phrase ("since his arrest in September")."""
    assert st.ref is not None
    ahead_year, ahead_month = cal.add_months(st.ref.year, st.ref.month, 1)
    if month != ahead_month or year == ahead_year:
        return year, why
    if (kept := _kept_past(st, p, cal.safe_date(year, month, 1), why)) is not None:
        return year, kept
    return ahead_year, (f"{why}; but {ahead_year}-{month:02d} is the month after the"
                        " reference and the past verb does not govern it")


def _unanchored(m: re.Match[str], st: State, month: int | None, day: int | None,
                note: str) -> Res | None:
    """A year-less date without a reference: X placeholders, but keep early/mid/late."""
    res = calendar_core(st, None, month, day, note, "")
    mod = (part_mod(m, st) or "").removesuffix("_HALF")  # TIMEX3 has no mod for a half
    return replace(res, mod=mod) if res is not None else None


def numeric_date(m: re.Match[str], st: State, p: Params) -> Res | None:
    """27.11.2019, 2019-11-27, 11/27/2019: day > 12 decides, else the reading nearest the ref."""
    a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
    year = parse_year(c, st) if len(c) in (2, 4) else None
    if p.get("order") == "ymd":
        year, month, day = int(m.group("a")), b, int(c)
        d = cal.safe_date(year, month, day)
        if d is None:
            return None
        return Res("DATE", d.isoformat(), "", d, d, "day", "absolute", "ISO year-month-day")
    if year is None:
        return None
    readings = []
    for month, day, name in ((a, b, "month/day"), (b, a, "day/month")):
        d = cal.safe_date(year, month, day)
        if d is not None:
            readings.append((d, name))
    if not readings:
        return None
    if len(readings) == 1 or readings[0][0] == readings[1][0]:
        d, name = readings[0]
        note = f"only the {name} reading is a valid date"
    elif p.get("strict"):
        d, name = next(r for r in readings if r[1] == p["prefer"])
        note = f"read as {name}, the convention of this format"
    else:
        prefer = p.get("prefer", "month/day")
        if st.ref is not None:
            readings.sort(key=lambda r: (abs((r[0] - st.ref).days), r[1] != prefer))  # type: ignore[operator]
            note = f"ambiguous: took the {readings[0][1]} reading, nearest {st.ref.isoformat()}"
        else:
            readings.sort(key=lambda r: r[1] != prefer)
            note = f"ambiguous and no reference date: took the usual {prefer} reading"
        d, name = readings[0]
    return Res("DATE", d.isoformat(), "", d, d, "day", "absolute", note)


def decade(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the 1990s' -> 199, "the '80s" -> 198."""
    word = st.table("decade_word", m.group("decade"))
    digits = re.sub(r"\D", "", m.group("decade"))
    if word:
        prefix = int(word)
    elif len(digits) == 4:
        prefix = int(digits[:3])
    else:
        # "the '60s": the latest such decade that has begun by the reference year
        # (in 2013 the 1960s, not the 2060s; the '10s are the 2010s).
        now = st.ref.year if st.ref else 2000
        yy = int(digits[-2:])
        centuries = (now // 100 - 1, now // 100)
        prefix = max(c * 100 + yy for c in centuries if c * 100 + yy <= now) // 10
    lo, hi = cal.decade_span(prefix)
    res = Res("DATE", f"{prefix:03d}", "", lo, hi, "decade", "absolute", "decade")
    return with_part_of(res, m, st)


def century(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the 20th century' -> 19 (1900..1999)."""
    nth = norm(m.group("nth"))
    words = {"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "twenty first": 21, "twenty second": 22}
    n = words.get(nth) or int(re.sub(r"\D", "", nth) or 0)
    if not 1 <= n <= 30:
        return None
    lo, hi = cal.century_span(n - 1)
    res = Res("DATE", f"{n - 1:02d}", "", lo, hi, "century", "absolute", f"century {n}")
    return with_part_of(res, m, st)


def _offset(m: re.Match[str], p: Params) -> int | None:
    # 'rel' before the period ("last year's third quarter"), 'rel_of' after it ("the
    # third quarter of last year"): one pattern cannot name two groups alike.
    rel = _g(m, "rel") or _g(m, "rel_of")
    if rel is None or "offsets" not in p:
        return None  # a rule whose 'rel' is no count ('the following spring')
    return int(p["offsets"][norm(rel)])


def season(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'summer 2019', 'last winter', 'in the spring' (by tense)."""
    code, first, last = st.table("season", m.group("season"))
    year_s = _g(m, "year")
    offset = _offset(m, p)
    anchor = "absolute"
    year_rel = _g(m, "yearrel")
    year_short = _g(m, "year_short")
    if year_s and _g(m, "year1") and len(year_s) == 2:
        year = cal.second_year(int(m.group("year1")), year_s)
        note = "season with its two years"
    elif year_short:
        # "the summer of '69" looks back: the latest such year at most ten years ahead.
        base = st.ref.year if st.ref else 2000
        year = latest_two_digit_year(int(year_short.strip("'’")), base + TWO_DIGIT_YEARS_AHEAD)
        note = "season with its year, two digits looking back"
    elif year_s:
        year = parse_year(year_s, st)
        note = "season with its year"
    elif year_rel and st.ref is not None:
        year = st.ref.year + st.table("year_rel", year_rel)
        anchor, note = "publication_date", f"season of '{year_rel} year'"
    elif p.get("of_year") and (st.last_date or st.ref) is not None:
        # 'the summer of that year', 'the spring of the following year'.
        shift = _year_shift(m, st) or 0
        told = st.last_date or st.ref
        assert told is not None
        year = told.year + shift
        anchor = "previous_time" if st.last_date else "publication_date"
        note = f"season of the year {shift:+d} from {told.isoformat()}"
    elif p.get("anchor") == "previous" and st.last_date is not None:
        year, note = _season_after_told(st, m, code, first, last)
        anchor = "previous_time"
    elif st.ref is None:
        return unresolved("DATE", f"XXXX-{code}", "season", "season without year or reference")
    else:
        anchor = "publication_date"
        year, note = _season_year(st, code, first, last, offset)
    lo, hi = cal.season_span(year, first, last)
    res = Res("DATE", f"{year:04d}-{code}", "", lo, hi, "season", anchor, note)
    return with_part_of(res, m, st)


def _season_after_told(st: State, m: re.Match[str], code: str, first: int,
                       last: int) -> tuple[int, str]:
    """The year of a season told from the time just told: 'that spring' is in its year
    (a winter is named for the year of its January), 'the following spring' the first
    one after it, 'the previous winter' the last one before it."""
    told, told_end = st.last_date, st.last_date_end or st.last_date
    assert told is not None and told_end is not None
    rel = norm(_g(m, "rel") or "")
    # The time told may be long ('in the 1990s ... the following spring').
    years = range(told.year - 2, told_end.year + 3)
    if rel in ("following", "next"):
        year = min(y for y in years if cal.season_span(y, first, last)[0] > told_end)
        return year, f"the first {code} after {told_end.isoformat()}"
    if rel in ("previous", "preceding"):
        year = max(y for y in years if cal.season_span(y, first, last)[1] < told)
        return year, f"the last {code} before {told.isoformat()}"
    year = told.year + 1 if code == "WI" and told.month == 12 else told.year
    return year, f"'that' season: the year of {told.isoformat()}"


def month_told_from(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the following June': the month of the year after the time just told (or the
    publication date, when none was told): "voted the following June", after 20 May 1998,
    is June 1999, as June 1998 would be 'that June'. 'The previous March': the last one
    that ended before it ("had fled the previous March", heard in October 2002)."""
    month = st.table("month", m.group("month"))
    if month is None:
        return None
    ahead = m.group("rel").lower() in ("following", "next")
    told, anchor = (st.last_date_end if ahead else st.last_date), "previous_time"
    if told is None:
        told, anchor = st.ref, "publication_date"
    if told is None:
        return unresolved("DATE", f"XXXX-{month:02d}", "month", "no time told, no reference")
    if ahead:
        year, note = told.year + 1, f"the {m.group('month')} of the year after {told}"
    else:
        year = told.year if cal.month_end(told.year, month) < told else told.year - 1
        note = f"the last {m.group('month')} before {told}"
    lo, hi = cal.month_span(year, month)
    return Res("DATE", f"{year:04d}-{month:02d}", "", lo, hi, "month", anchor, note)


def _season_year(
    st: State, code: str, first: int, last: int, offset: int | None
) -> tuple[int, str]:
    """Year of a year-less season: 'last'/'next'/'this' or the clause tense decide."""
    assert st.ref is not None
    ref = st.ref
    spans = [(y, *cal.season_span(y, first, last)) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if offset is not None and offset < 0:
        y = max(y for y, lo, hi in spans if hi is not None and hi < ref)
        return y, f"'last' {code}: the latest one over before {ref.isoformat()}"
    if offset is not None and offset > 0:
        y = min(y for y, lo, hi in spans if lo is not None and lo > ref)
        return y, f"'next' {code}: the first one after {ref.isoformat()}"
    way = direction(st)[0] if offset is None else "nearest"
    if offset == 0 and direction(st, default="nearest")[0] == "future":
        # 'this fall', said in January in a future clause: the one ahead, not the nearest.
        # (A past clause may be the saying's: 'warned of blackouts this winter'.)
        way = "future"
    if way == "past":
        y = max(y for y, lo, hi in spans if lo is not None and lo <= ref)
    elif way == "future":
        y = min(y for y, lo, hi in spans if hi is not None and hi >= ref)
    else:
        y = min(spans, key=lambda s: _gap(ref, s[1], s[2]))[0]
    return y, f"season without year: {way} of {ref.isoformat()}"


def _gap(ref: date, lo: date | None, hi: date | None) -> int:
    if lo is None or hi is None:
        return 10**6
    if lo <= ref <= hi:
        return 0
    return min(abs((lo - ref).days), abs((hi - ref).days))


def quarter(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the third quarter', 'Q3 2019', 'third-quarter' (the reference year, or the one before)."""
    q = st.table("ordinal", _g(m, "nth")) or int(re.sub(r"\D", "", _g(m, "q") or "0") or 0)
    if _g(m, "qmonth"):  # 'the December quarter': the calendar quarter that ends then
        q = (int(st.table("month", _g(m, "qmonth"))) + 2) // 3
    if not q or not 1 <= q <= 4:
        return None
    year_s = _g(m, "year") or _g(m, "ypre")
    offset = _offset(m, p)
    fiscal_end = _stated_fiscal_end(st, m.start()) if "fiscal" in m.group(0).lower() else None
    if fiscal_end is not None and fiscal_end != 12 and st.ref is not None and offset is None:
        return _fiscal_quarter(st, q, fiscal_end, parse_year(year_s, st) if year_s else None)
    if year_s:
        year = parse_year(year_s, st)
        anchor, note = "absolute", "quarter with its year"
    elif st.ref is None:
        return unresolved("DATE", f"XXXX-Q{q}", "quarter", "quarter without year or reference")
    else:
        anchor = "publication_date"
        year = st.ref.year + (offset or 0)
        lo, hi = cal.quarter_span(year, q)
        note = f"quarter of the reference year {st.ref.year}"
        way = direction(st)[0] if offset is None else ""
        if way == "past" and lo > st.ref:
            year -= 1
            note = "quarter not yet begun in a past clause -> previous year"
        elif way == "future" and (st.ref - hi).days > QUARTER_DAYS:
            # Not a quarter just ended, whose results are still to come.
            year += 1
            note = "quarter over for months in a future clause -> next year"
    lo, hi = cal.quarter_span(year, q)
    return with_part_of(Res("DATE", f"{year:04d}-Q{q}", "", lo, hi, "quarter", anchor, note),
                        m, st)


def _fiscal_quarter(st: State, q: int, end_month: int, fiscal_year: int | None) -> Res:
    """Quarter q of a company year the text said ends in `end_month`, named by the year it
    ends in: of that year when written ('the first quarter of fiscal 2020', the year ending
    in September, is October to December 2019), else by the clause's tense the latest one
    begun (past) or the first not yet over (future or none: 'expects fiscal fourth-quarter
    revenue of', in August, is the one under way)."""
    assert st.ref is not None
    def span(fy: int) -> cal.Span:
        y, month = cal.add_months(fy, end_month, -11 + 3 * (q - 1))
        return cal.month_span(y, month)[0], cal.month_span(*cal.add_months(y, month, 2))[1]
    if fiscal_year is not None:
        fy, anchor, why = fiscal_year, "absolute", "of the fiscal year named"
    else:
        way = direction(st, default="nearest")[0]
        years = range(st.ref.year - 1, st.ref.year + 3)
        if way == "past":
            fy = max(y for y in years if span(y)[0] <= st.ref)
        else:
            fy = min(y for y in years if span(y)[1] >= st.ref)
        anchor, why = "publication_date", f"{way or 'no'} clause: the nearest such quarter"
    lo, hi = span(fy)
    return Res("DATE", f"{fy:04d}-Q{q}", "", lo, hi, "quarter", anchor,
               f"fiscal quarter {q} of the year ending in {cal.month_end(fy, end_month):%B %Y}"
               f" (the text said when its year ends), {why}")


# A quarter that ended up to this many days before the reference is still "the third
# quarter" of a future clause ("expects a loss for the third quarter", written in October);
# one over for longer is next year's ("expected to close in the second quarter", written
# in December).
QUARTER_DAYS = 92


def half(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the first half of 2019', 'the second half' (reference year)."""
    h = p["halves"].get(norm(m.group("nth")))
    if h not in (1, 2):
        return None
    year_s = _g(m, "year")
    offset = _offset(m, p)
    if year_s:
        year, anchor, note = parse_year(year_s, st), "absolute", "half with its year"
    elif st.ref is None:
        return unresolved("DATE", f"XXXX-H{h}", "half", "half without year or reference")
    else:
        year, anchor = st.ref.year + (offset or 0), "publication_date"
        note = f"half of the reference year {st.ref.year}"
        if (offset is None and cal.half_span(year, h)[0] > st.ref
                and direction(st, default="nearest")[0] == "past"):
            # "demand weakened in the second half", written in February: last year's.
            year -= 1
            note = "half not yet begun in a past clause -> previous year"
    lo, hi = cal.half_span(year, h)
    return Res("DATE", f"{year:04d}-H{h}", "", lo, hi, "half", anchor, note)


def nth_weekday(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the third Monday in January', 'the last Friday of the month': a day counted in a
    month, which is named (its year by the clause's tense when not written) or is the
    reference date's."""
    wd = st.table("weekday", m.group("weekday"))
    nth = str(m.group("nth")).lower()
    count = -1 if nth == "last" else st.table("ordinal", nth)
    month_word, year_word = _g(m, "month"), _g(m, "year")
    if month_word is None:
        if st.ref is None:
            return unresolved("DATE", "XXXX-XX-XX", "day",
                              "a day of 'the month' without a reference")
        year, month = st.ref.year, st.ref.month
        anchor, why = "publication_date", "the month of the reference date"
    else:
        month = st.table("month", month_word)
        if year_word:
            year, anchor = parse_year(year_word, st), "absolute"
            why = "the month named with its year"
        elif st.ref is None:
            return unresolved("DATE", f"XXXX-{month:02d}-XX", "day",
                              "month without year or reference")
        else:
            # A present-tense fixture ("Congress reconvenes on ...") takes the nearest.
            way, reason = direction(st, default="nearest")
            year = cal.nearest_year_for_month(st.ref, month, None, way)
            anchor, why = "publication_date", f"year by {reason}"
    d = cal.nth_weekday(year, month, wd, count)
    if d is None:
        return None
    note = f"{nth} {m.group('weekday')} of {year:04d}-{month:02d} ({why})"
    return Res("DATE", d.isoformat(), "", d, d, "day", anchor, note)


def fiscal_year(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'fiscal 1989', 'fiscal year 2020': the value is the year (as TempEval writes it),
    the span the calendar year, unless the text says when it ends ('fiscal year 2023,
    which runs through June 2023'): then the twelve months up to the end of that month,
    named by the year it ends in. A government's fiscal year (tables.fiscal_calendar)
    ends in its month and is named as that country names it: Japan's fiscal 2025 runs
    from April 2025."""
    year = parse_year(_g(m, "year") or _g(m, "year3") or m.group("year2"), st)
    calendar = _national_fiscal(m, st)
    month = _fiscal_end_said(m, st) or (calendar["ends"] if calendar else None)
    if month is None or month == 12:
        lo, hi = cal.year_span(year)
        return with_part_of(Res("DATE", f"{year:04d}", "", lo, hi, "year", "absolute",
                                "fiscal year: company calendars differ, calendar year used"),
                            m, st)
    # A company's own year end (not the country's) keeps the usual naming.
    by_start = calendar is not None and calendar["named_by"] == "start" and (
        month == calendar["ends"])
    lo, hi = _fiscal_year_span(year + 1 if by_start else year, month)
    why = (f"{calendar['country']}'s fiscal year, named by the year it "
           f"{'starts' if by_start else 'ends'} in" if calendar else "as the text says")
    return with_part_of(Res("DATE", f"{year:04d}", "", lo, hi, "year", "absolute",
                            f"fiscal year ending in {hi:%B %Y}, {why}"), m, st)


def _national_fiscal(m: re.Match[str], st: State) -> dict[str, Any] | None:
    """The fiscal calendar of the country the sentence names (tables.fiscal_calendar),
    else of the one the text names most, at least twice; None for neither."""
    lo, hi = sentence_around(st.text, m.start(), m.end())
    for country, calendar in st.tables["fiscal_calendar"].items():
        if _fiscal_cues(calendar["cues"]).search(st.text, lo, hi):
            return {**calendar, "country": country.title()}
    if st.fiscal_country is None:
        counts = {country: len(_fiscal_cues(calendar["cues"]).findall(st.text))
                  for country, calendar in st.tables["fiscal_calendar"].items()}
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        sure = ranked and ranked[0][1] >= 2 and (len(ranked) < 2 or ranked[1][1] < ranked[0][1])
        st.fiscal_country = ranked[0][0] if sure else ""
    if not st.fiscal_country:
        return None
    return {**st.tables["fiscal_calendar"][st.fiscal_country],
            "country": st.fiscal_country.title()}


def _fiscal_cues(pattern: str) -> re.Pattern[str]:
    return regex_compile(pattern, 0)


def _fiscal_end_said(m: re.Match[str], st: State) -> int | None:
    """The month the fiscal year ends in, as the text says right after the phrase
    ('fiscal 2019, which ended in September') or last before it ('whose fiscal year
    ends on Sept. 30')."""
    end = _FISCAL_END.match(st.text, m.end())
    return _fiscal_end_month(st, end) if end else _stated_fiscal_end(st, m.start())


def _fiscal_year_span(year: int, end_month: int) -> cal.Span:
    """The twelve months up to the end of `end_month` of `year`."""
    first_year, first_month = cal.add_months(year, end_month, -11)
    return cal.month_span(first_year, first_month)[0], cal.month_span(year, end_month)[1]


_FISCAL_STATED = regex_compile(
    r"\b(?:fiscal|financial)\s+year\s+(?:(?:ends|ended|ending|closes|closed)\s+(?:on|in)?\s*"
    r"(?P<end>[A-Z][a-z]{2,8})\b|(?:begins|began|starts|started|runs\s+from)\s+(?:on|in)?\s*"
    r"(?P<start>[A-Z][a-z]{2,8})\b)", 0)


def _stated_fiscal_end(st: State, before: int) -> int | None:
    """The month a company's fiscal year ends in, as the text said last before `before`
    ('Lockridge, whose fiscal year ends on Sept. 30, said orders in fiscal 2022 ...';
    'whose fiscal year begins on Oct. 1' ends in September). The statements are read once
    per text: looking for them before every fiscal date made a long text quadratic."""
    if st.fiscal_said is None:
        st.fiscal_said = [(said.end(), _fiscal_end_month(st, said))
                          for said in _FISCAL_STATED.finditer(st.text)]
    last = bisect_right(st.fiscal_said, before, key=lambda said: said[0]) - 1
    return st.fiscal_said[last][1] if last >= 0 else None


def _fiscal_end_month(st: State, said: re.Match[str]) -> int | None:
    """The month a fiscal year ends in, from what was said of its end or its start."""
    end = said.groupdict().get("end") or said.groupdict().get("month")
    if end:
        month: int | None = st.table("month", end)
        return month
    start = st.table("month", said.group("start"))
    return None if start is None else (start - 2) % 12 + 1


def fiscal_year_relative(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the current fiscal year', 'last fiscal year', 'next fiscal year': counted from the
    fiscal year that holds the reference date. Where the text said when the year ends
    ('whose fiscal year runs from July to June'), the twelve months up to that month,
    named by the year they end in; else the calendar year, as for 'fiscal 1989'."""
    offset = _offset(m, p) or 0
    if st.ref is None:
        return unresolved("DATE", "XXXX", "year", "fiscal year relative to an unknown reference")
    calendar = _national_fiscal(m, st)
    # 'last fiscal year, which ended in June'
    month = _fiscal_end_said(m, st) or (calendar["ends"] if calendar else None)
    if month is None or month == 12:
        year = st.ref.year + offset
        lo, hi = cal.year_span(year)
        note = f"{offset:+d} fiscal year: company calendars differ, calendar year used"
        return Res("DATE", f"{year:04d}", "", lo, hi, "year", "publication_date", note)
    year = (st.ref.year if st.ref.month <= month else st.ref.year + 1) + offset
    lo, hi = _fiscal_year_span(year, month)
    note = f"{offset:+d} fiscal year from the one holding {st.ref.isoformat()}, ending in {hi:%B}"
    if calendar is not None and calendar["named_by"] == "start" and month == calendar["ends"]:
        year, note = year - 1, f"{note}, named as {calendar['country']} names it"
    return Res("DATE", f"{year:04d}", "", lo, hi, "year", "publication_date", note)


# What the text says of a fiscal year's end, right after it.
_FISCAL_END = regex_compile(
    r",?\s+(?:which\s+|that\s+)?(?:(?:runs|ran|ends|ended|ending|closes|closed)\s+"
    r"(?:through|to|in|on)?\s*(?P<month>[A-Z][a-z]{2,8}\.?)|(?:starts|started|begins|began)"
    r"\s+(?:in|on)?\s*(?P<start>[A-Z][a-z]{2,8}\.?))", 0)


# ---------------------------------------------------------------- relative to the reference


def relative_unit(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'last year', 'this month', 'next week', 'the previous year' (anchored on ref)."""
    unit = norm(_g(m, "unit") or p["unit"]).rstrip("s")
    offset = _offset(m, p) or 0
    if "new_year_from_month" in p and st.ref is not None:
        # "the new year": ahead in a future clause, this one in a past clause, and with no
        # tense the coming one late in the year.
        way = direction(st, default="nearest")[0]
        late = st.ref.month >= int(p["new_year_from_month"])
        offset = 1 if way == "future" or (way != "past" and late) else 0
    base: date | None
    # "that year" refers to the last date of any size ("in 1988 ... that year"),
    # "that day" to the last day-precise one.
    prev = st.last_point if unit in ("day", "night", "morning", "afternoon", "evening") else (
        st.last_date or st.last_point)
    if p.get("anchor") == "previous" and prev is not None:
        base, anchor = prev, "previous_time"
    elif norm(_g(m, "rel") or "") == "that" and st.last_date is not None:
        base, anchor = st.last_date, "previous_time"  # "later that year": the one just named
    else:
        base, anchor = st.ref, "publication_date"
    if base is None:
        return unresolved("DATE", _x_value(unit), unit, "relative to an unknown reference date")
    if unit == "weekend" and offset == 1 and "coming" in norm(_g(m, "rel") or "") and (
            base.isoweekday() < 6):
        offset = 0  # "this coming weekend", written on a Tuesday: the one ahead this week
    res = shift_unit(base, unit, offset)
    if res is None:
        return None
    what = "the previous time" if anchor == "previous_time" else "the publication date"
    note = f"{offset:+d} {unit} from {what} {base.isoformat()}"
    res = replace(res, anchor=anchor, note=note)
    if offset == 0 and anchor == "publication_date" and res.latest and (
            _so_far(st) or p.get("up_to_reference")):
        # "so far this year", "year to date": the year up to the day of writing.
        res = replace(res, latest=min(res.latest, base), note=f"{note}; 'so far': up to it")
    return with_part_of(res, m, st, base)


_SO_FAR = regex_compile(r"\bso\s+far\s+(?:in\s+)?$", re.IGNORECASE)


def _so_far(st: State) -> bool:
    return _SO_FAR.search(st.text, max(0, st.start - 12), st.start) is not None


def _x_value(unit: str) -> str:
    return {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX",
            "quarter": "XXXX-QX", "weekend": "XXXX-WXX-WE", "decade": "XXX",
            "century": "XX"}.get(unit, "XXXX")


def shift_unit(base: date, unit: str, k: int | float) -> Res | None:
    """The unit-sized period k units from the one that holds base."""
    ki = int(k)
    if unit in ("day", "night", "morning", "afternoon", "evening"):
        d = base + timedelta(days=ki)
        return Res("DATE", d.isoformat(), "", d, d, "day")
    if unit == "week":
        d = base + timedelta(weeks=ki)
        lo, hi = cal.week_span(d)
        return Res("DATE", cal.week_value(d), "", lo, hi, "week")
    if unit == "weekend":
        d = base + timedelta(weeks=ki)
        lo, hi = cal.weekend_span(d)
        return Res("DATE", cal.week_value(d) + "-WE", "", lo, hi, "week")
    if unit == "month":
        y, mo = cal.add_months(base.year, base.month, ki)
        lo, hi = cal.month_span(y, mo)
        return Res("DATE", f"{y:04d}-{mo:02d}", "", lo, hi, "month")
    if unit == "quarter":
        q0 = (base.month - 1) // 3
        y, q = divmod(base.year * 4 + q0 + ki, 4)
        lo, hi = cal.quarter_span(y, q + 1)
        return Res("DATE", f"{y:04d}-Q{q + 1}", "", lo, hi, "quarter")
    if unit == "year":
        y = base.year + ki
        lo, hi = cal.year_span(y)
        return Res("DATE", f"{y:04d}", "", lo, hi, "year")
    if unit == "decade":
        dec = base.year // 10 + ki
        lo, hi = cal.decade_span(dec)
        return Res("DATE", f"{dec:03d}", "", lo, hi, "decade")
    if unit == "century":
        c = base.year // 100 + ki
        lo, hi = cal.century_span(c)
        return Res("DATE", f"{c:02d}", "", lo, hi, "century")
    return None


_COARSE_UNITS = frozenset({"month", "quarter", "year", "decade", "century"})


def ago(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'two years ago', 'a day earlier', 'three weeks later', 'the next day'."""
    unit = norm(m.group("unit")).rstrip("s")
    unit = "century" if unit == "centurie" else unit
    plural = m.group("unit").lower().endswith("s")
    n = parse_number(_g(m, "number"), st) if _g(m, "number") else ("X" if plural else 1)
    sign = int(p.get("sign", -1))
    word = _g(m, "dir")
    if word is not None:
        sign = int(p["dirs"][norm(word)])
    if n is None:
        return None
    if _g(m, "half") and n != "X":  # "a minute and a half later"
        n = float(n) + 0.5
    if n == "X":
        value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        if st.ref is None:
            return unresolved("DATE", value, "present", "vague amount, no reference date")
        lo, hi = (None, st.ref) if sign < 0 else (st.ref, None)
        return Res("DATE", value, "", lo, hi, "present", "publication_date", "vague amount of time")
    base, anchor = st.ref, "publication_date"
    # Months or years later count from the last time named, of any size ("in mid-April
    # 2022 ... three months later"); days and weeks need a day to count from, in a
    # compound amount too ('a year and a day later').
    finest = norm(m.group("unit2")).rstrip("s") if _g(m, "unit2") else unit
    prev = st.last_date or st.last_point if finest in _COARSE_UNITS else st.last_point
    if p.get("anchor") == "previous" and prev is not None:
        base, anchor = prev, "previous_time"
    if base is None:
        return unresolved("DATE", _x_value(unit), unit, "relative to an unknown reference date")
    k = float(n) * sign
    if _g(m, "unit2") and float(k).is_integer():
        return _compound_shift(m, st, base, unit, int(k), sign, anchor)
    if unit in ("decade", "century"):
        k, unit = k * (10 if unit == "decade" else 100), "year"
    same_day_units = ("day", "week", "month", "year")
    if ((_g(m, "today") or norm(word or "") == "from today") and float(k).is_integer()
            and unit in same_day_units):
        # "a year ago today", "a month from today": the same day that many units off.
        return _same_day_back(base, unit, int(k), anchor)
    this_unit = _g(m, "this_unit")
    if this_unit and float(k).is_integer() and unit in ("month", "year") and (
            unit, norm(this_unit)) != ("month", "month"):
        # "ten years ago this month": the month (or week) of that day so many units back.
        day = _same_day_back(base, unit, int(k), anchor)
        held = shift_unit(day.earliest, norm(this_unit), 0) if day and day.earliest else None
        if held is not None:
            return replace(held, anchor=anchor, note=f"the {norm(this_unit)} of {fmt_number(k)}"
                           f" {unit}s from {base.isoformat()}")
    if unit == "hour" and k and float(k / 24).is_integer():
        # "48 hours later": whole days on from the day counted from.
        d = base + timedelta(days=int(k / 24))
        return Res("DATE", d.isoformat(), "", d, d, "day", anchor,
                   f"{fmt_number(k)} hours from {base.isoformat()}: {int(k / 24):+d} days")
    if unit in ("hour", "minute", "second"):
        return Res("DATE", base.isoformat(), "", base, base, "day", anchor,
                   f"{fmt_number(k)} {unit}s from {base.isoformat()}: same day")
    if not float(k).is_integer():
        return None
    if unit == "week" and anchor == "previous_time":
        # "two weeks later", counted from a day just told, is a day, as "three days
        # later" is ("a week later" is that weekday); "two weeks ago", counted from the
        # publication date, keeps TimeBank's week.
        return _same_day_back(base, unit, int(k), anchor)
    if (unit == "year" and k == -1 and st.last_quarter and p.get("follow_quarter", True)
            and _year_to_date_context(st)):
        y = st.last_quarter[0] - 1
        lo, hi = cal.year_span(y)
        return Res("DATE", f"{y:04d}", "", lo, hi, "year", anchor,
                   f"the year before {y + 1:04d} (a sentence about year-to-date results)")
    if unit == "year" and k == -1 and st.last_quarter and p.get("follow_quarter", True):
        y, q = st.last_quarter
        lo, hi = cal.quarter_span(y - 1, q)
        return Res("DATE", f"{y - 1:04d}-Q{q}", "", lo, hi, "quarter", anchor,
                   f"a year before the quarter under discussion, {y:04d}-Q{q}")
    res = shift_unit(base, unit, k)
    if res is None:
        return None
    what = "the previous time" if anchor == "previous_time" else "the publication date"
    note = f"{fmt_number(k)} {unit} from {what} {base.isoformat()}"
    return replace(res, anchor=anchor, note=note)


def _compound_shift(m: re.Match[str], st: State, base: date, unit: str, k: int, sign: int,
                    anchor: str) -> Res | None:
    """'a year and a day later', 'two years and three months ago': the day both amounts
    away, told as precisely as the second amount ('a year and a day' is a day)."""
    unit2 = norm(m.group("unit2")).rstrip("s")
    n2 = parse_number(m.group("number2"), st)
    if not isinstance(n2, float) or not n2.is_integer():
        return None
    first = _day_shifted(base, unit, k)
    day = _day_shifted(first, unit2, int(n2) * sign) if first is not None else None
    if day is None:
        return None
    note = f"{m.group(0).strip()} from {base.isoformat()}"
    if unit2 in ("day", "week"):
        return Res("DATE", day.isoformat(), "", day, day, "day", anchor, note)
    res = shift_unit(day, unit2, 0)
    return None if res is None else replace(res, anchor=anchor, note=note)


def _day_shifted(base: date, unit: str, k: int) -> date | None:
    """The day k days, weeks, months, years, decades or centuries from base (a day the
    month lacks is its last: 'this time last year' on 29 February)."""
    if unit in ("day", "week"):
        return base + timedelta(days=k * (7 if unit == "week" else 1))
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return None
    year, month = cal.add_months(base.year, base.month, k * months)
    return cal.safe_date(year, month, min(base.day, cal.month_end(year, month).day))


def _same_day_back(base: date, unit: str, k: int, anchor: str) -> Res | None:
    """The day k units from base, not the whole unit: 'a year ago today', and 'two
    weeks later' after a day just told."""
    d = _day_shifted(base, unit, k) if unit in ("day", "week", "month", "year") else None
    if d is None:
        return None
    return Res("DATE", d.isoformat(), "", d, d, "day", anchor,
               f"{k:+d} {unit} from {base.isoformat()}, the same day")


def same_time(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'this time last year', 'this time next week': the day of writing a unit off; 'the
    same day last year': the day just told, a unit off."""
    unit = norm(m.group("unit"))
    k = -1 if norm(m.group("rel")) == "last" else 1
    if norm(m.group("which")) == "the same" and st.last_point is not None:
        base, anchor = st.last_point, "previous_time"
    elif st.ref is None:
        return unresolved("DATE", "XXXX-XX-XX", "day", "'this time' without a reference date")
    else:
        base, anchor = st.ref, "publication_date"
    return _same_day_back(base, unit, k, anchor)


def deictic(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'today', 'yesterday', 'tomorrow', 'tonight', 'this morning', 'last night'."""
    offset = int(p.get("offset", 0))
    if _g(m, "before"):  # "the day before yesterday"
        offset = int(p.get("before_offset", offset))
    dp_word = _g(m, "day_part") or _g(m, "day_part2")
    dp = p.get("part") or (st.table("day_part", dp_word) if dp_word else None)
    if st.ref is None:
        value = "XXXX-XX-XX" + (f"T{dp}" if dp else "")
        return unresolved("TIME" if dp else "DATE", value, "day", "no reference date")
    d = st.ref + timedelta(days=offset)
    value = d.isoformat() + (f"T{dp}" if dp else "")
    low, high, note = d, d, f"{offset:+d} day from the publication date {st.ref.isoformat()}"
    if p.get("night"):
        # 'overnight' holds two days: the night before the report, or the one ahead.
        ahead = st.tense()[0] == "future"
        low, high = (d, d + timedelta(days=1)) if ahead else (d - timedelta(days=1), d)
        note += "; the night " + ("ahead: that day and the next" if ahead
                                  else "that ended on it: that day and the one before")
    return Res("TIME" if dp else "DATE", value, "", low, high, "time" if dp else "day",
               "publication_date", note)


def literal(m: re.Match[str], st: State, p: Params) -> Res | None:
    """Fixed values: 'now' PRESENT_REF, 'recently' PAST_REF, 'the future' FUTURE_REF."""
    value = p["value"]
    type_ = p.get("type", "DATE")
    if st.ref is None:
        return unresolved(type_, value, "present", "reference to the present; no reference date")
    lo, hi = {"PRESENT_REF": (st.ref, st.ref), "PAST_REF": (None, st.ref),
              "FUTURE_REF": (st.ref, None)}.get(value, (None, None))
    return Res(type_, value, "", lo, hi, "present", "publication_date",
               f"{value} relative to the publication date {st.ref.isoformat()}")


def _set_for(st: State) -> bool:
    """Whether the weekday is what something was called or forecast 'for', or the day
    of a strike or a rally called for (rules: set_for_before; not a plan overtaken: 'had
    initially been set for Monday, but'), or the day something was declared to be
    ('declared Thursday a day of national mourning')."""
    if _DECLARED.search(st.text, max(0, st.start - 30), st.start) and _DECLARED_AS.match(
            st.text, st.end):
        return True
    regex = st.contexts.get("set_for_before")
    m = regex.search(st.text, max(0, st.start - 80), st.start) if regex else None
    if m is None or _POSSESSIVE.match(st.text, st.end):
        return False
    return _HAD_BEEN.search(st.text, max(0, m.start() - 40), m.start()) is None


def _this_weekday(st: State, wd: int) -> tuple[date, str, str]:
    """'this Saturday': the Saturday of the week of the writing (Monday to Sunday), even
    where last Saturday is nearer ('the lecture is this Saturday', written on a Tuesday),
    unless the clause's tense puts that day on the wrong side: 'will strike this Monday',
    written on a Friday, is the coming Monday."""
    assert st.ref is not None
    d = cal.week_start(st.ref) + timedelta(days=wd - 1)
    way, reason = direction(st, default="nearest")
    if (way == "future" and d < st.ref) or (way == "past" and d > st.ref):
        return cal.weekday_date(st.ref, wd, way), way, f"'this', {reason}"
    return d, "this week", "'this': the day of the week of the reference"


def weekday(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'on Tuesday' by tense, 'last Friday', 'next Monday', 'Friday morning'."""
    wd = st.table("weekday", m.group("weekday"))
    dp = st.table("day_part", _g(m, "day_part")) if _g(m, "day_part") else None
    suffix = f"T{dp}" if dp else ""
    type_ = "TIME" if dp else "DATE"

    def on(d: date, anchor: str, note: str) -> Res:
        return Res(type_, d.isoformat() + suffix, "", d, d, "time" if dp else "day", anchor, note)

    rel = _g(m, "rel")
    if rel and norm(rel) in ("the previous", "the following", "the next") and (
            st.last_point is not None):
        # "the previous Friday": the one before the day just mentioned (an undated
        # text resolves it too, from its own dates).
        base = st.last_point
        way = "past" if norm(rel) == "the previous" else "future"
        d = cal.weekday_date(base, wd, way)
        if d == base:
            d += timedelta(days=-7 if way == "past" else 7)
        note = f"weekday: '{rel}' -> {way} of {base.isoformat()} (the day just mentioned)"
        return on(d, "previous_time", note)
    week_rel = _g(m, "week_rel")
    if week_rel and st.ref is not None:
        # "Thursday next week", "Friday last week": that day of the week named.
        week = cal.week_start(st.ref) + timedelta(weeks=int(st.table("year_rel", week_rel)))
        d = week + timedelta(days=wd - 1)
        return on(d, "publication_date", f"weekday: of '{week_rel} week' from {st.ref.isoformat()}")
    if not rel and (first := _range_start(st)) is not None and _told_a_weekday(st):
        # "from Monday to Wednesday": the end is the first such day after the start (not
        # "from Sept. 14 to Thursday", which runs up to the Thursday of the writing).
        d = first + timedelta(days=(wd - first.isoweekday()) % 7 or 7)
        note = f"weekday: the end of a range that starts on {first.isoformat()}"
        return on(d, "previous_time", note)
    if st.ref is None:
        return unresolved(type_, f"XXXX-WXX-{wd}{suffix}", "day",
                          "weekday without a reference date")
    if rel and norm(rel) == "this":
        d, way, reason = _this_weekday(st, wd)
    elif rel and norm(rel) == "next":
        # "next Thursday" is the Thursday of next week (Monday to Sunday), also when
        # a Thursday comes sooner: written on a Wednesday it is eight days on, not
        # tomorrow ("this Thursday" or "this coming Thursday" is the sooner one).
        d = cal.week_start(st.ref) + timedelta(weeks=1, days=wd - 1)
        way, reason = "future", "'next': that day of next week"
    elif rel:
        way = {"last": "past", "past": "past",
               "previous": "past", "coming": "future", "this past": "past",
               "the previous": "past", "the following": "future", "the next": "future",
               "this coming": "future"}.get(norm(rel), "nearest")
        d = cal.weekday_date(st.ref, wd, way)
        if way != "nearest" and d == st.ref:
            d += timedelta(days=-7 if way == "past" else 7)
        reason = f"'{rel}'"
    elif _set_for(st):
        # "unions have called a general strike for Wednesday", "more snow was forecast
        # for Thursday": what is called or forecast for a weekday lies ahead, whatever
        # the verb's tense.
        way, reason = "future", "called or forecast 'for' a weekday: it lies ahead"
        d = cal.weekday_date(st.ref, wd, way)
    else:
        way, reason = direction(st, default="nearest")
        if way == "nearest" and reason.startswith("deadline"):
            # "postponed until Tuesday" lies ahead, "had reported by Tuesday" behind;
            # "from Sept. 14 to Thursday" is a span that ends in the past.
            # "postponed until Tuesday", "has given them until 9 a.m. Tuesday": a time
            # limit set in the past still lies ahead.
            tense, marker = st.tense()
            to_word = reason.startswith("deadline word 'to'")
            until = reason.startswith(("deadline word 'until'", "deadline word 'till'"))
            if until and tense == "past" and st.context_before("not_until_done_before"):
                until = False  # "did not arrive until Friday": it arrived that Friday
            way = "past" if (tense == "past" and not until) or to_word else "future"
            reason = f"{reason}, {tense or 'no'} tense ({marker.strip()})"
        elif way == "past" and _RUN_UP.search(st.text, max(0, st.start - 28), st.start):
            # "flew to Paris ahead of Saturday's final": what is done ahead of a day
            # comes before it, and the day may be past or still ahead of the writing.
            way, reason = "nearest", "done ahead of a weekday: the nearest such day"
        elif _POSSESSIVE.match(st.text, st.end) and not _AHEAD_OF.search(
                st.text, max(0, st.start - 24), st.start):
            # "get around Wednesday's ruling", "over Thursday's closing price": a weekday
            # that owns a noun names something that has happened, whatever the verb.
            way, reason = "past", "possessive weekday: something that has happened"
        if way == "future" and st.ref.isoweekday() == wd:
            d = st.ref
        else:
            d = cal.weekday_date(st.ref, wd, way)
    note = f"weekday: {reason} -> {way} of {st.ref.isoformat()} ({st.ref.strftime('%A')})"
    return on(d, "publication_date", note)


# ---------------------------------------------------------------- clock times


def clock(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'10 a.m.', '4:30 p.m. EST', 'noon': a TIME on the last mentioned day, else the ref."""
    special = _g(m, "special")
    if special:
        hh, mm = (24, 0) if norm(special) == "midnight" else (12, 0)
    else:
        hour_s = m.group("hour")
        hh = int(hour_s) if hour_s.isdigit() else int(parse_number(hour_s, st) or 0)
        mm = int(_g(m, "minute") or 0)
        ap = norm(_g(m, "ampm") or "").replace(".", "").replace(" ", "")
        if _g(m, "dp_ampm") or _g(m, "dp_night"):  # "4 in the morning", "ten at night"
            ap = "am" if norm(_g(m, "dp_ampm") or "") == "morning" else "pm"
            if _g(m, "dp_night") and hh < 5:
                ap = "am"  # "two at night" is in the small hours
            elif _g(m, "dp_night") and hh == 12:
                hh, ap = 24, ""  # "twelve at night" is midnight
        if hh > 24 or mm > 59:
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        elif ap == "am" and hh == 12:
            hh = 0
    base, anchor = st.last_point, "previous_time"
    if base is None:
        base, anchor = st.ref, "publication_date"
    day_res = weekday(m, st, p) if _g(m, "weekday") else (
        calendar_date(m, st, p) if _g(m, "month") else None)
    if day_res is not None and day_res.earliest is not None:
        base, anchor = day_res.earliest, day_res.anchor
    zone = _g(m, "zone")
    clock_s = f"T{hh:02d}:{mm:02d}"
    if base is None:
        return unresolved("TIME", "XXXX-XX-XX" + clock_s, "time", "clock time without a day")
    note = f"clock time on {base.isoformat()} ({anchor.replace('_', ' ')})"
    if zone:
        note += f", zone {zone}"
    return Res("TIME", base.isoformat() + clock_s, "", base, base, "time", anchor, note)


# ---------------------------------------------------------------- durations and sets


def duration_value(n: float | str, unit: str, st: State) -> str | None:
    """P-value of n units: P3Y, PT2H, PXM; decades and centuries become years."""
    code = st.tables["unit"].get(unit)
    if code is None:
        return None
    is_time = unit in st.tables["unit_time"]
    if n == "X":
        # "decades" is an unknown number of years, as TimeBank writes it (PXY).
        code = {"DE": "Y", "CE": "CE", "WE": "WE"}.get(code, code)
        return ("PTX" if is_time else "PX") + code
    x = float(n)
    if code == "DE":
        x, code = x * 10, "Y"
    elif code == "CE":
        x, code = x * 100, "Y"
    elif code in ("NI", "MO", "EV", "AF"):
        return f"P{fmt_number(x)}D" if code == "NI" else f"PT{fmt_number(x)}{code}"
    elif code == "WE":
        return f"P{fmt_number(x)}WE"
    if not x.is_integer() and (x * 2).is_integer():
        # A half is written in the next smaller unit: 2.5 years = P2Y6M, 1.5 minutes = PT1M30S.
        halves = {("Y", False): "6M", ("M", False): "15D", ("W", False): "3DT12H",
                  ("D", False): "T12H", ("H", True): "30M", ("M", True): "30S"}
        smaller = halves.get((code, is_time))
        if smaller:
            whole = f"{int(x)}{code}" if int(x) else ""
            return ("PT" if is_time else "P") + whole + smaller
    return ("PT" if is_time else "P") + fmt_number(x) + code


def duration(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'two years', 'the past five years', 'nearly forty years', 'several weeks', 'five-year'."""
    if "value" in p:  # a fixed length: "a quarter century"
        mod = st.table("dur_mod", _g(m, "dmod")) or ""
        return Res("DURATION", str(p["value"]), mod, None, None, "duration", "absolute",
                   "a length of time")
    unit_word = _g(m, "unit") or _g(m, p.get("unit_group", "unit")) or ""
    unit = norm(unit_word).rstrip("s")
    unit = "century" if unit == "centurie" else unit
    num_s = _g(m, "number")
    plural = unit_word.lower().endswith("s")
    n = parse_number(num_s, st) if num_s else ("X" if plural else p.get("default_number", 1))
    if n is None:
        return None
    if _g(m, "half") and n != "X":
        n = float(n) + 0.5
    if _reject_unit_word(m, st, unit):
        return None
    value = duration_value(n, unit, st)
    if value is None:
        return None
    mod = st.table("dur_mod", _g(m, "dmod")) or ""
    res = Res("DURATION", value, mod, None, None, "duration", "absolute", "a length of time")
    span = _g(m, "span")
    if span and n != "X" and st.ref is not None:
        back = norm(span) in p.get("backward", ("past", "last", "previous"))
        res = _anchored_duration(res, float(n), unit, st.ref, back)
    return res


def _reject_unit_word(m: re.Match[str], st: State, unit: str) -> bool:
    """'a second group' (ordinal) and 'three-quarters of' (fraction) are not lengths of time."""
    after = st.text[m.end() : m.end() + 4]
    ordinal = norm(_g(m, "number") or "") in ("a", "the") and re.match(r" [a-z]", after)
    if unit == "second" and ordinal:
        return True
    # "three-quarters of", "a quarter of": fractions ("several quarters of losses" is not).
    small = norm(_g(m, "number") or "") in ("a", "one", "two", "three", "")
    return unit == "quarter" and after.startswith(" of") and small


def _anchored_duration(res: Res, n: float, unit: str, ref: date, back: bool) -> Res:
    """'the past five years' spans [ref - 5y, ref], 'the next two weeks' [ref, ref + 2w].

    CONTRACT.md gives a duration no interval unless it anchors a point ("two years
    ago"), so the span is only reported in the note, for `timeline explain`.
    """
    months = {"year": 12, "decade": 120, "century": 1200, "month": 1, "quarter": 3}.get(unit)
    days = {"week": 7, "day": 1, "night": 1, "weekend": 7}.get(unit)
    sign = -1 if back else 1
    if months and float(n * months).is_integer():
        y, mo = cal.add_months(ref.year, ref.month, sign * int(n * months))
        other = cal.safe_date(y, mo, min(ref.day, 28)) or ref
    elif days:
        other = ref + timedelta(days=sign * int(n * days))
    else:
        other = ref
    lo, hi = (other, ref) if back else (ref, other)
    way = "back" if back else "ahead"
    return replace(res, note=f"a length of time counted {way} from the publication date {ref}"
                             f" (covers {lo}..{hi}; durations carry no interval)")


def set_freq(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'every week' P1W, 'daily' P1D, 'each July' XXXX-07, 'Mondays' XXXX-WXX-1."""
    if "values" in p:
        value = str(p["values"][norm(m.group("w"))])
    elif _g(m, "weekday"):
        value = f"XXXX-WXX-{st.table('weekday', m.group('weekday').rstrip('sS'))}"
    elif _g(m, "month"):
        value = f"XXXX-{st.table('month', m.group('month')):02d}"
    elif _g(m, "holiday"):
        spec = holiday_spec(st, m.group("holiday")) or []
        value = (f"XXXX-{spec[1]:02d}-{spec[2]:02d}" if spec[:1] == ["fixed"]
                 else "XXXX-XX-XX")
    else:
        unit = norm(m.group("unit")).rstrip("s")
        n = parse_number(_g(m, "number"), st) if _g(m, "number") else 1
        if n is None:
            return None
        dv = duration_value(n, unit, st)
        if dv is None:
            return None
        value = dv
    return Res("SET", value, "", None, None, "set", "absolute", "a recurring time")


# ---------------------------------------------------------------- ranges


def _side(m: re.Match[str], st: State, k: str, year: int | None, month: int | None) -> Res | None:
    part = _g(m, f"part{k}")
    mon = st.table("month", _g(m, f"month{k}")) if _g(m, f"month{k}") else month
    day_s = _g(m, f"day{k}")
    day = int(re.sub(r"\D", "", day_s)) if day_s else None
    if year is None:
        return None
    res = calendar_core(st, year, mon, day, "", "absolute")
    if res is None:
        return None
    return with_part(res, st.table("part", part) if part else None)


def date_range(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'late 2019-early 2020', 'July 12-25', 'between March and May' -> one interval, value ''."""
    y1s, y2s, y_rel = _g(m, "year1"), _g(m, "year2"), _g(m, "yearrel")
    y2 = parse_year(y2s, st) if y2s else None
    anchor, note = "absolute", "range written out"
    mon1 = st.table("month", _g(m, "month1")) if _g(m, "month1") else None
    if y_rel:
        if st.ref is None:
            return unresolved("DATE", "", "range", "range 'last/next year' without a reference")
        y2 = st.ref.year + st.table("year_rel", y_rel)
        anchor, note = "publication_date", f"range in '{y_rel} year'"
    y1 = parse_year(y1s, st) if y1s else y2
    if y1s and y2s and y1 is not None and len(y2s.strip("'’ ")) == 2 and not y_rel:
        y2 = cal.second_year(y1, y2s)
    mon2 = st.table("month", _g(m, "month2")) if _g(m, "month2") else None
    if not y1s and y1 is not None and mon1 and mon2 and mon1 > mon2:
        y1 -= 1  # "between November and February last year", "December-February 2024"
    if y1 is None:
        if st.ref is None or mon1 is None:
            return unresolved("DATE", "", "range", "range without year or reference date")
        way, reason = direction(st, default="nearest")
        y1 = cal.nearest_year_for_month(st.ref, mon1, None, way)
        anchor, note = "publication_date", f"range without year: {reason}"
        day1 = _g(m, "day1")
        if day1:  # "four days after the gas leak of the night of December 2-3"
            y1, note, anchor = _narrative_year(st, mon1, int(re.sub(r"\D", "", day1)), y1,
                                               note, anchor)
    if y2 is None:
        # "from December to February" with no year runs into the next one.
        y2 = y1 + 1 if mon1 and mon2 and mon2 < mon1 and not y1s and not y2s else y1
    left = _side(m, st, "1", y1, None)
    right = _side(m, st, "2", y2, mon1 if not _g(m, "month2") else None)
    if left is None or right is None or left.earliest is None or right.latest is None:
        return None
    if right.latest < left.earliest:
        return None
    return Res("DATE", "", "", left.earliest, right.latest, "range", anchor, note)


def day_range(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'between 2 and 5 May', 'between 23 December and 2 January', 'between Dec. 23 and
    Jan. 2': the groups of the three shapes, read as one day range."""
    first_month = _g(m, "month1") or _g(m, "month1b") or _g(m, "month1c")
    second_month = _g(m, "month2") or _g(m, "month2c") or first_month
    first_day = _g(m, "day1") or _g(m, "day1c")
    second_day = _g(m, "day2") or _g(m, "day2b") or _g(m, "day2c")
    if not (first_month and second_month and first_day and second_day):
        return None
    mon1, mon2 = st.table("month", first_month), st.table("month", second_month)
    day1, day2 = (int(re.sub(r"\D", "", d)) for d in (first_day, second_day))
    year_s = _g(m, "year2")
    if year_s:
        y2 = parse_year(year_s, st)
        y1, anchor, note = (y2 - 1 if (mon1, day1) > (mon2, day2) else y2), "absolute", (
            "range written out")
    elif st.ref is None:
        return unresolved("DATE", "", "range", "range without year or reference date")
    else:
        way, reason = direction(st, default="nearest")
        y1 = cal.nearest_year_for_month(st.ref, mon1, day1, way)
        across = (mon2, day2) < (mon1, day1)
        earlier_end = cal.safe_date(y1 - 1 + across, mon2, day2)
        if way == "future" and earlier_end is not None and earlier_end >= st.ref:
            y1 -= 1  # a range under way ("will stay closed between 23 December and 2 January")
        y2 = y1 + 1 if across else y1
        anchor, note = "publication_date", f"range without year: {reason}"
    lo, hi = cal.safe_date(y1, mon1, day1), cal.safe_date(y2, mon2, day2)
    if lo is None or hi is None:
        # An impossible side ("between 30 and 31 June") leaves the other as a day.
        day = lo or hi
        if day is None:
            return None
        return Res("DATE", day.isoformat(), "", day, day, "day", anchor,
                   f"{note}; the other side is no date")
    if hi < lo:
        return None
    return Res("DATE", "", "", lo, hi, "range", anchor, note)


def _current_quarter(st: State) -> tuple[int, int] | None:
    """The quarter a company report is about: the last one named, else the last one completed."""
    if st.last_quarter:
        return st.last_quarter
    if st.ref is None:
        return None
    y, q = divmod(st.ref.year * 4 + (st.ref.month - 1) // 3 - 1, 4)
    return y, q + 1


_SENT_START = regex_compile(r"(?:[.!?]['\"”’]?\s+|\n\s*\n)(?=\S)", 0)
# A sentence about year-to-date results: its comparison is with the year before, not
# with a quarter ("For the nine months, losses totaled ..., compared with ... a year earlier").
_YEAR_TO_DATE = regex_compile(r"\b(?:nine|six|9|6)\s+months\b"
                              r"|\bthe\s+(?:full\s+|fiscal\s+)?year\b(?!-)",
                              re.IGNORECASE)


def _year_to_date_context(st: State) -> bool:
    """Does the sentence before the expression (or, when the expression opens its
    sentence, the sentence before that) speak of nine months or the year?"""
    lo = max(0, st.start - 400)
    starts = [m.end() for m in _SENT_START.finditer(st.text, lo, st.start)]
    begin = starts[-1] if starts else lo
    if st.text[begin:st.start].strip(" \"'`“‘") == "" or st.start - begin < 4:
        begin = starts[-2] if len(starts) > 1 else lo
    return _YEAR_TO_DATE.search(st.text, begin, st.start) is not None


def reporting_period(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the latest quarter', 'the year-ago period', 'year-earlier' (financial reports)."""
    cur = _current_quarter(st)
    if cur is None:
        return unresolved("DATE", "XXXX-QX", "quarter", "reporting period without a reference date")
    y, q = cur
    if _g(m, "year"):  # "the 1988 period": the reporting quarter of that year
        y = parse_year(m.group("year"), st)
        if _year_to_date_context(st):
            # "In the nine months, net was $306 million, against a loss in the 1988
            # period": the same stretch of that year, of which the year is the value.
            lo, hi = cal.year_span(y)
            return Res("DATE", f"{y:04d}", "", lo, hi, "year", "absolute",
                       f"the {y:04d} part of a year-to-date comparison")
    back = int(p.get("years_back", 0))
    told = _told_half_or_month(st, m.group(0)) if back else None
    if told is not None:
        return _years_back(told, back)
    bare = not re.search(r"quarter|period", m.group(0), re.IGNORECASE)
    if back and bare and _year_to_date_context(st):
        lo, hi = cal.year_span(y - back)
        return Res("DATE", f"{y - back:04d}", "", lo, hi, "year", "publication_date",
                   f"compared with the year before {y:04d} (a sentence about year-to-date results)")
    lo, hi = cal.quarter_span(y - back, q)
    why = "the last quarter named" if st.last_quarter else "the last completed quarter"
    note = f"{why} ({y:04d}-Q{q})" + (f", {back} year back" if back else "")
    return Res("DATE", f"{y - back:04d}-Q{q}", "", lo, hi, "quarter", "publication_date", note)


_PERIOD_WORD = regex_compile(r"\b(half|month|period)\b", re.IGNORECASE)


def _told_half_or_month(st: State, phrase: str) -> tuple[str, date, date] | None:
    """The half or month just told, when a comparison names it ('the year-earlier half',
    'the year-earlier month', or 'the same period' after a half): (kind, first, last)."""
    word = _PERIOD_WORD.search(phrase)
    lo, hi = st.last_date, st.last_date_end
    if word is None or lo is None or hi is None:
        return None
    if word.group(1).lower() == "period" and st.last_quarter:
        return None  # a company report names its quarter first: 'the year-ago period' is it
    kind = ("half" if (lo, hi) == cal.half_span(lo.year, 1 + (lo.month > 6))
            else "month" if lo.day == 1 and hi == cal.month_end(lo.year, lo.month) else "")
    # A month just told may close a longer stretch ('the three months to June compared
    # with the same period last year'): only 'month' names it.
    said = word.group(1).lower()
    if kind and (said == kind or (said == "period" and kind == "half")):
        return kind, lo, hi
    return None


def _years_back(told: tuple[str, date, date], back: int) -> Res:
    kind, lo, hi = told
    year = lo.year - back
    if kind == "half":
        h = 1 + (lo.month > 6)
        first, last = cal.half_span(year, h)
        value = f"{year:04d}-H{h}"
    else:
        first, last = date(year, lo.month, 1), cal.month_end(year, lo.month)
        value = f"{year:04d}-{lo.month:02d}"
    return Res("DATE", value, "", first, last, kind, "previous_time",
               f"the {kind} just told ({lo.isoformat()}..{hi.isoformat()}), {back} year back")


def the_unit(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the year', 'the week', 'the weekend', 'the morning': the period the story is in."""
    unit = norm(_g(m, "unit") or p["unit"])
    if unit == "quarter":
        return reporting_period(m, st, {})
    day_part = unit in ("day", "morning", "afternoon", "evening", "night")
    base = st.last_point if day_part else None
    if m.group(0).lower().startswith("that") and st.last_date is not None and not base:
        # "that year": the one just mentioned; "that afternoon": the day just named,
        # though its year came from an earlier date ("on 11 September ... that afternoon").
        base = st.last_date
    anchor = "previous_time" if base is not None else "publication_date"
    base = base or st.ref
    if base is None:
        return unresolved("DATE", _x_value(unit), unit, "no reference date")
    dp = st.tables["day_part"].get(unit)
    if dp:
        return Res("TIME", f"{base.isoformat()}T{dp}", "", base, base, "time", anchor,
                   f"part of the day of {base.isoformat()}")
    if unit == "weekend":
        return _weekend(st, base, anchor)
    res = shift_unit(base, unit, 0)
    if res is None:
        return None
    return replace(res, anchor=anchor, note=f"the {unit} of {base.isoformat()}")


def _weekend(st: State, base: date, anchor: str) -> Res:
    """The weekend of a weekday story is the one just past, unless the clause looks
    ahead from the publication date ("forecasters expect the remnants to move over the
    weekend", written on a Friday); "that weekend" after a day just told is the
    weekend of its week."""
    wd = base.isoweekday()
    if anchor == "previous_time":
        # "The river peaked on Thursday, and that weekend ...": the weekend of that week.
        sat = base - timedelta(days=1) if wd == 7 else base + timedelta(days=6 - wd)
        note = f"the weekend of the week of {base.isoformat()}"
    elif anchor == "publication_date" and st.tense()[0] == "future":
        sat = base - timedelta(days=1) if wd == 7 else base + timedelta(days=6 - wd)
        note = f"future clause: the weekend on or after {base.isoformat()}"
    else:
        sat = base - timedelta(days=(wd - 6) % 7)
        note = f"the weekend on or before {base.isoformat()}"
    lo, hi = cal.weekend_span(sat)
    return Res("DATE", cal.week_value(sat) + "-WE", "", lo, hi, "week", anchor, note)


_MONTH_BEFORE = regex_compile(r"(\w+)\.?\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or|&)\s+$", 0)


def preceding_day(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'24' in '24 and 25 February': a day of the month named just after."""
    return calendar_date(m, st, {**p, "month": st.table("month", m.group("month"))})


def following_day(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'25' in 'April 24 and 25': a day of the month named just before."""
    ctx = _MONTH_BEFORE.search(st.text, max(0, st.start - 30), st.start)
    month = st.table("month", ctx.group(1)) if ctx else None
    if month is None:
        return None
    return calendar_date(m, st, {**p, "month": month})


def week_of(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the week of March 6': the calendar week that holds that day."""
    day = calendar_date(m, st, p)
    if day is None or day.earliest is None:
        return replace(day, value=day.value and "XXXX-WXX", granularity="week") if day else None
    wk = shift_unit(day.earliest, "week", 0)
    if wk is None:
        return None
    note = f"the week of {day.earliest.isoformat()} ({day.note})"
    return replace(wk, anchor=day.anchor, note=note)


def month_week(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the first week of July', 'the last weekend in June': seven days or a weekend of
    the month, whose year is found as for the month alone."""
    month = calendar_date(m, st, p)
    if month is None or month.earliest is None:
        return replace(month, granularity="week") if month else None
    word = norm(m.group("nth"))
    nth = -1 if word in ("last", "final") else st.table("ordinal", word)
    if nth is None:
        return None
    weekend = norm(m.group("unit")) == "weekend"
    lo, hi = cal.month_week(month.earliest.year, month.earliest.month, int(nth), weekend)
    mod = "START" if nth == 1 else "END" if nth == -1 else ""
    note = f"{m.group('nth')} {m.group('unit')} of {month.value} ({month.note})"
    return Res("DATE", month.value, mod, lo, hi, "week", month.anchor, note)


def weekday_range(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'between Monday and Wednesday', 'Saturday into Sunday': the first day by tense as
    a weekday alone, through the next such second day after it."""
    first = weekday(m, st, p)
    if first is None or first.earliest is None:
        return unresolved("DATE", "", "range", "weekday range without a reference date")
    second = st.table("weekday", m.group("weekday2"))
    gap = (second - first.earliest.isoweekday()) % 7 or 7
    last = first.earliest + timedelta(days=gap)
    note = f"{first.note}; through the {m.group('weekday2')} after it"
    return Res("DATE", "", "", first.earliest, last, "range", first.anchor, note)


def units_from_weekday(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'a week from Tuesday', 'two weeks from Friday': that many days or weeks after the
    coming such weekday (the phrase looks ahead whatever the clause's tense)."""
    n = parse_number(m.group("number"), st)
    if not isinstance(n, float | int):
        return None  # "several weeks from Friday": no day
    if st.ref is None:
        return unresolved("DATE", "XXXX-XX-XX", "day", "a weekday without a reference date")
    wd = st.table("weekday", m.group("weekday"))
    base = st.ref if st.ref.isoweekday() == wd else cal.weekday_date(st.ref, wd, "future")
    unit = norm(m.group("unit")).rstrip("s")
    d = base + timedelta(days=int(n) * (7 if unit == "week" else 1))
    return Res("DATE", d.isoformat(), "", d, d, "day", "publication_date",
               f"{m.group('number')} {m.group('unit')} after {base.isoformat()}, the coming "
               f"{m.group('weekday')}")


def week_on(m: re.Match[str], st: State, p: Params) -> Res | None:
    """British 'a week on Sunday': seven days after the coming Sunday."""
    if st.ref is None:
        return unresolved("DATE", "XXXX-XX-XX", "day", "a week on a weekday, no reference date")
    base = cal.weekday_date(st.ref, st.table("weekday", m.group("day")), "future")
    if base == st.ref:
        base += timedelta(days=7)
    d = base + timedelta(days=7)
    return Res("DATE", d.isoformat(), "", d, d, "day", "publication_date",
               f"a week on the coming {m.group('day')} ({base.isoformat()}): seven days later")


def around_event(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'in the weeks before the shooting': a vague stretch next to an event. The
    event's date is rarely the last one mentioned, so it is left unresolved
    rather than guessed."""
    note = (f"the {norm(m.group('unit'))} {norm(m.group('side'))} an event the expression "
            "does not date")
    if norm(m.group("unit")) == "day":
        return unresolved("DATE", "XXXX-XX-XX", "day", note)
    return unresolved("DATE", "XXXX-XX", "month", note)


def year_end(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'by year-end', "by year's end": the end of the reference year (of the year
    before in a past clause), written as TimeML writes 'the end of the year': the
    year, mod END, here the last month. 'since year-end' counts from a day, 31
    December."""
    since = (_PREV_WORD.search(st.text, max(0, st.start - 12), st.start) or [""])[0]
    point = since.strip().lower() == "since"
    if st.ref is None:
        value = "XXXX-12-31" if point else "XXXX"
        return unresolved("DATE", value, "day" if point else "year",
                          "year end without a reference date", "" if point else "END")
    way, reason = direction(st, default="nearest")
    y = st.ref.year - 1 if way == "past" else st.ref.year
    d = date(y, 12, 31)
    if point:
        return Res("DATE", d.isoformat(), "", d, d, "day", "publication_date",
                   f"year end: {reason}")
    return Res("DATE", str(y), "END", date(y, 12, 1), d, "year", "publication_date",
               f"year end: {reason}; its last month")


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def holiday_spec(st: State, word: str) -> list[Any] | None:
    """How the holiday `word` is dated each year ([tables.holiday]), if it is one."""
    # "Presidents' Day", "New Year's Day", "Valentine's Day": the table has no apostrophes.
    spec: list[Any] | None = st.tables["holiday"].get(norm(word).replace("'", ""))
    return spec


def holiday_date(spec: list[Any], year: int) -> date | None:
    """A holiday in a year from its table entry: ["fixed", m, d], ["nth", m, weekday, n]
    (n = -1: the last), ["easter", offset] or ["after_first", m, weekday, first_weekday]."""
    kind = spec[0]
    if kind == "fixed":
        return cal.safe_date(year, int(spec[1]), int(spec[2]))
    if kind == "easter":
        return _easter(year) + timedelta(days=int(spec[1]))
    if kind == "nth":
        month, wd, n = int(spec[1]), int(spec[2]), int(spec[3])
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (n - 1))
        last = cal.month_end(year, month)
        return last - timedelta(days=(last.isoweekday() - wd) % 7)
    if kind == "after_first":  # US Election Day: the Tuesday after the first Monday
        month, wd, after = int(spec[1]), int(spec[2]), int(spec[3])
        first = date(year, month, 1)
        anchor = first + timedelta(days=(after - first.isoweekday()) % 7)
        return anchor + timedelta(days=(wd - anchor.isoweekday()) % 7 or 7)
    return None


def holiday(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'Christmas', 'Thanksgiving Day', 'last Easter', 'Christmas 2019'."""
    if _g(m, "week"):
        spec: Any = ["easter", -6]  # the Monday of Holy Week
    else:
        spec = holiday_spec(st, m.group("holiday"))
    if spec is None:
        return None
    year_s, rel, year_rel = _g(m, "year"), _g(m, "rel"), _g(m, "yearrel")
    if year_s:
        year, anchor, note = parse_year(year_s, st), "absolute", "holiday with its year"
    elif st.ref is None:
        return unresolved("DATE", "XXXX-XX-XX", "day", "holiday without year or reference date")
    elif year_rel:
        year = st.ref.year + st.table("year_rel", year_rel)
        anchor, note = "publication_date", f"holiday of '{year_rel} year'"
    else:
        anchor = "publication_date"
        way = {"last": "past", "next": "future", "this": "nearest"}.get(norm(rel or ""), "")
        reason = f"'{rel}'" if rel else ""
        if not way:
            way, reason = direction(st, default="nearest")
        years = (st.ref.year - 1, st.ref.year, st.ref.year + 1)
        cands = [(y, holiday_date(spec, y)) for y in years]
        ok = [(y, d) for y, d in cands if d is not None]
        ref = st.ref
        if way == "past":
            ok = [(y, d) for y, d in ok if d <= ref] or ok
            year = max(ok, key=lambda c: c[1])[0]
            if not rel:
                year, reason = _holiday_ahead(st, spec, year, reason, p)
        elif way == "future":
            ok = [(y, d) for y, d in ok if d >= ref] or ok
            year = min(ok, key=lambda c: c[1])[0]
        else:
            year = min(ok, key=lambda c: abs((c[1] - ref).days))[0]
        note = f"holiday: {reason} -> {way} of {ref.isoformat()}"
        if not rel and (told := holiday_date(spec, year)) is not None:
            # "blown up on Dec. 21, 1988, four days before Christmas": the story's one.
            year, note, anchor = _narrative_year(st, told.month, told.day, year, note, anchor)
    d = holiday_date(spec, year)
    if d is None:
        return None
    if _g(m, "week") or norm(_g(m, "span") or "") == "week":
        # "Holy Week", "Easter week", "Thanksgiving week": the calendar week that holds
        # the day.
        wk = shift_unit(d, "week", 0)
        if wk is None:
            return None
        return replace(wk, anchor=anchor, note=f"the week of {d.isoformat()}: {note}")
    if _g(m, "span"):
        # "Memorial Day weekend", "the Easter weekend": the long weekend the day makes
        # (Easter's runs from Good Friday to Easter Monday).
        lo, hi = ((d - timedelta(days=2), d + timedelta(days=1)) if spec == ["easter", 0]
                  else cal.holiday_weekend(d))
        return Res("DATE", cal.week_value(lo) + "-WE", "", lo, hi, "range", anchor,
                   f"the weekend of {d.isoformat()}: {note}")
    return Res("DATE", d.isoformat(), "", d, d, "day", anchor, note)


def holiday_offset(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'the day after Thanksgiving', 'two weeks before Christmas', 'the week before
    Easter': counted from the holiday (found as it is alone). The day, the night or a
    count of days or weeks before or after it is a day; the week or the weekend before
    or after it is the calendar one next to the holiday's. When the clause's tense
    chose the holiday, it chooses the day counted from it: "opened two weeks before
    Christmas", written on 20 December, is this December's."""
    base = holiday(m, st, p)
    if base is None or base.earliest is None:
        return base
    side = norm(m.group("side"))
    res = _counted_from(m, st, base.earliest, -1 if side == "before" else 1)
    spec = holiday_spec(st, m.group("holiday"))
    if (res is not None and spec is not None and st.ref is not None
            and base.anchor == "publication_date" and not _g(m, "yearrel")):
        res = _offset_by_tense(m, st, spec, base.earliest, res, -1 if side == "before" else 1)
    if res is None or res.earliest is None:
        return None
    return replace(res, anchor=base.anchor, note=f"{side} {m.group('holiday')}: {base.note}")


def _counted_from(m: re.Match[str], st: State, day: date, sign: int) -> Res | None:
    """The day, week or weekend the phrase counts from the holiday's `day` (sign -1:
    before it, +1: after it)."""
    unit = norm(_g(m, "unit") or "")
    if unit == "week":
        return shift_unit(day, "week", sign)
    if unit == "weekend":
        # The nearest Saturday and Sunday wholly before or after the day: before it, the
        # weekend of the week before; after it, that of its own week, or of the next when
        # the day is itself a Saturday or a Sunday. Granularity as a holiday's own weekend.
        k = -1 if sign < 0 else (0 if day.isoweekday() <= 5 else 1)
        weekend = shift_unit(day, "weekend", k)
        return replace(weekend, granularity="range") if weekend else None
    count = 1 if unit in ("day", "night") else parse_number(_g(m, "number"), st)
    if not isinstance(count, float | int):
        return None
    days = int(count) * (7 if norm(_g(m, "units") or "").startswith("week") else 1)
    return shift_unit(day, "day", sign * days)


def _offset_by_tense(m: re.Match[str], st: State, spec: list[Any], holiday_day: date,
                     res: Res, sign: int) -> Res:
    """The day counted from the holiday of the year before or after, when the clause's
    tense puts that one, not the holiday, on the right side of the reference. Not when
    the holiday itself was chosen against the tense ('was set for the week after Easter',
    written weeks before Easter: the coming one)."""
    assert st.ref is not None and res.earliest is not None and res.latest is not None
    way, _ = direction(st, default="nearest")
    ref, best = st.ref, res
    if (way == "past" and holiday_day > ref) or (way == "future" and holiday_day < ref):
        return res
    year = holiday_day.year
    for other in (year - 1, year + 1):
        other_day = holiday_date(spec, other)
        cand = _counted_from(m, st, other_day, sign) if other_day else None
        if cand is None or cand.earliest is None or cand.latest is None:
            continue
        assert best.earliest is not None and best.latest is not None
        better_past = way == "past" and cand.latest <= ref and (
            best.latest > ref or cand.latest > best.latest)
        better_future = way == "future" and cand.earliest >= ref and (
            best.earliest < ref or cand.earliest < best.earliest)
        if better_past or better_future:
            best = cand
    return best


def holiday_range(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'between Christmas and New Year', 'between now and Christmas': from the first
    (a holiday found as it is alone, or the reference date) to the next second one."""
    if _g(m, "now"):
        if st.ref is None:
            return unresolved("DATE", "", "range", "'now' without a reference date")
        start, anchor, note = st.ref, "publication_date", "from the reference date"
    else:
        first = holiday(m, st, p)
        if first is None or first.earliest is None:
            return unresolved("DATE", "", "range", "holiday range without a reference date")
        start, anchor, note = first.earliest, first.anchor, first.note
    spec = holiday_spec(st, m.group("holiday2"))
    end = next((d for y in (start.year, start.year + 1)
                if spec and (d := holiday_date(spec, y)) is not None and d >= start), None)
    if end is None:
        return None
    return Res("DATE", "", "", start, end, "range", anchor,
               f"{note}; to the next {m.group('holiday2')}, {end.isoformat()}")


def _holiday_ahead(st: State, spec: list[Any], year: int, why: str,
                   p: Params) -> tuple[int, str]:
    """A holiday a few weeks after the reference is the coming one even in a past
    clause ("protesters prayed as Easter week began", written the Monday before),
    as for a year-less day, unless the past verb governs it ("met on Easter")."""
    assert st.ref is not None
    days = int(p.get("near_future_days", 0))
    ahead = next((d for y in (st.ref.year, st.ref.year + 1)
                  if (d := holiday_date(spec, y)) and d > st.ref), None)
    if ahead is None or ahead.year == year or (ahead - st.ref).days > days:
        return year, why
    if (kept := _kept_past(st, p, holiday_date(spec, year), why)) is not None:
        return year, kept
    return ahead.year, f"{why}; but {ahead} is within {days} days after the reference"


def day_of_month(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'on the 15th', 'the 3rd of this month', 'the 5th ultimo': a day of this month, the
    last or the next, as the phrase says or else as the clause's tense points."""
    day = int(m.group("day"))
    named = _g(m, "which")
    told = None if named else _day_away_from_the_news(st, int(p.get("told_far_days", 0)))
    if told is not None:
        found = _day_of_month_near(told, day, "nearest")
        if found is None:
            return None
        return Res("DATE", found.isoformat(), "", found, found, "day", "previous_time",
                   f"day {day} of the month nearest the day told last, {told.isoformat()}")
    if st.ref is None:
        return unresolved("DATE", f"XXXX-XX-{day:02d}", "day", "day of the month without a"
                          " reference date")
    if named:
        shift = int(p["months"][norm(named)])
        year, month = cal.add_months(st.ref.year, st.ref.month, shift)
        found, note = cal.safe_date(year, month, day), f"'{named}': {shift:+d} month(s)"
    else:
        way, reason = direction(st, default="nearest")
        found, note = _day_of_month_near(st.ref, day, way), f"{reason} -> {way}"
    if found is None:
        return None
    return Res("DATE", found.isoformat(), "", found, found, "day", "publication_date",
               f"day {day} of the month: {note}")


def _day_away_from_the_news(st: State, far_days: int) -> date | None:
    """The day told last, when the text is telling a story away from the news: more than
    far_days from the publication, or in an undated text ('On Thursday, 11 April 2002,
    ... a strike that had begun on the 9th'). None once it is back at the news ('crashed
    on 10 March 2019 ... said on Monday that the report would come out on the 28th')."""
    told = st.last_point
    if told is None or (st.ref is not None and abs((st.ref - told).days) <= far_days):
        return None
    return told


def _day_of_month_near(ref: date, day: int, way: str) -> date | None:
    """The day `day` of a month around ref: the last one on or before it, the next one
    on or after it, or the nearer of the two."""
    months = [cal.add_months(ref.year, ref.month, k) for k in (-1, 0, 1)]
    return _on_side(ref, [d for y, mo in months if (d := cal.safe_date(y, mo, day))], way)


def _on_side(ref: date, days: list[date], way: str) -> date | None:
    """Of days in order, the last on or before ref ('past'), the first on or after it
    ('future'), or the nearer of those two."""
    before = [d for d in days if d <= ref]
    after = [d for d in days if d >= ref]
    if way == "past":
        return before[-1] if before else None
    if way == "future":
        return after[0] if after else None
    return min(before[-1:] + after[:1], key=lambda d: abs((d - ref).days), default=None)


def weekday_day_of_month(m: re.Match[str], st: State, p: Params) -> Res | None:
    """'Tuesday the 23rd', 'Friday the 13th': the day of a month that falls on that
    weekday, on the side of the reference date the clause's tense points to (the
    nearest such day without one), within `months` months of it."""
    day = int(m.group("day"))
    wd = st.table("weekday", m.group("wday"))
    if st.ref is None:
        return unresolved("DATE", f"XXXX-XX-{day:02d}", "day",
                          "a weekday and a day of the month without a reference date")
    ref, span = st.ref, int(p["months"])
    fits = [d for k in range(-span, span + 1)
            if (d := cal.safe_date(*cal.add_months(ref.year, ref.month, k), day))
            and d.isoweekday() == wd]
    way, reason = direction(st, default="nearest")
    found = _on_side(ref, fits, way)
    note = f"{m.group('wday')} the {day}: the {way} such day ({reason})"
    if found is None:
        # A slip in the day or the weekday: the weekday is the likelier to be meant.
        found = cal.weekday_date(ref, wd, way)
        note = f"no {m.group('wday')} the {day} within {span} months: the {way} {m.group('wday')}"
    return Res("DATE", found.isoformat(), "", found, found, "day", "publication_date", note)


Resolver = Callable[[re.Match[str], State, Params], "Res | None"]

RESOLVERS: dict[str, Resolver] = {
    f.__name__: f
    for f in (
        calendar_date, numeric_date, decade, century, season, quarter, half, fiscal_year,
        fiscal_year_relative,
        relative_unit, ago, deictic, literal, weekday, clock, duration, set_freq, date_range,
        reporting_period, the_unit, year_end, holiday, around_event, week_of,
        following_day, preceding_day, week_on, nth_weekday, day_of_month, month_week,
        weekday_range, holiday_range, holiday_offset, same_time, units_from_weekday, day_range,
        weekday_day_of_month, month_told_from,
    )
}
