"""Find time expressions: trigger scan, rule matching in windows, span selection, resolution.

Speed matters (a megabyte must take well under a second), so instead of running
every rule over the whole text, one pass finds the trigger words of all classes
(month names, weekdays, units, ...; a single trie-shaped regex on the lower-cased
text) and two small regexes find years and numeric dates; each rule then runs
only in short windows around the triggers of its class. Among overlapping
matches the longest wins; the survivors are resolved in text order, so that
"a day earlier" can refer to the date mentioned before it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import chain

from timeline.errors import BUG_ERRORS
from timeline.model import TimeExpr
from timeline.timex.calendar import (
    add_months,
    half_span,
    month_end,
    quarter_span,
    safe_date,
    shift_years,
    year_span,
)
from timeline.timex.regexes import literals_exact, regex_compile
from timeline.timex.resolvers import (
    RESOLVERS,
    Res,
    State,
    context_before,
    signal_before,
    unresolved,
)
from timeline.timex.ruleset import Rule, RuleSet, Trigger, load
from timeline.timex.tense import clause_tense


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    order: int  # rule index: earlier rules win ties
    rule: Rule
    match: re.Match[str]


def find(text: str, ref: date | None) -> tuple[TimeExpr, ...]:
    """Time expressions of text, sorted by start and non-overlapping, resolved against ref."""
    rules = load()
    chosen = _select(_candidates(text, rules))
    state = State(text=text, ref=ref, tables=rules.tables, signals=rules.signals,
                  signal_regex=rules.signal_regex, contexts=rules.signal_context)
    out: list[TimeExpr] = []
    for cand in chosen:
        resolved = _resolve(cand, state, rules)
        if resolved is None:
            continue
        expr, named = resolved
        out.append(expr)
        if _remembered(cand.rule, expr):
            _remember(state, expr, named, told_day=_tells_a_day(cand.rule))
    return tuple(_period_parts(text, _period_ends(text, _clock_days(text, out, rules)), ref))


def _remembered(rule: Rule, expr: TimeExpr) -> bool:
    """Whether later anaphora may refer to expr: a rule says so with `remember` (true by
    default), or with "day" for a day told exactly ("twenty years ago today", not "two
    years ago")."""
    if _tells_a_day(rule):
        return expr.granularity == "day" and expr.earliest is not None
    return bool(rule.params.get("remember", True))


def _tells_a_day(rule: Rule) -> bool:
    """Whether the rule tells a day exactly from the publication (`remember = "day"`)."""
    return rule.params.get("remember") == "day"


def _clock_days(text: str, exprs: list[TimeExpr], rules: RuleSet) -> list[TimeExpr]:
    """Bare clock times that took the reference's day, set on the day named right after
    them: 'touched down at 7:18 p.m. EDT (2318 GMT) on Friday' is Friday's evening, and
    so are all of 'at 9 a.m., 1 p.m. and 5 p.m. on Friday'. A clock that names its own
    day ('8:30 p.m. EDT Monday') keeps it and ends the run."""
    to_day = rules.signal_context["clock_to_day"]
    to_clock = rules.signal_context["clock_to_clock"]
    out = list(exprs)
    pending: list[int] = []
    for index, expr in enumerate(out):
        gap = (out[index - 1].end, expr.start) if index else (0, 0)
        if _bare_clock(expr, rules):
            if pending and not (to_clock.fullmatch(text, *gap) or to_day.fullmatch(text, *gap)):
                pending = []
            pending.append(index)
            continue
        if pending and expr.earliest is not None and expr.earliest == expr.latest and (
                (expr.type == "DATE" and expr.granularity == "day"
                 and to_day.fullmatch(text, *gap))
                or (expr.type == "TIME" and to_clock.fullmatch(text, *gap))):
            # The day after the run, or the last clock of a list naming its day ('at 9
            # a.m., 1 p.m. and 5 p.m. on Tuesday').
            for k in pending:
                out[k] = _on_day(out[k], expr)
        pending = []
    return out


def _bare_clock(expr: TimeExpr, rules: RuleSet) -> bool:
    """A clock time whose day came from the reference or the time told before it."""
    rule = rules.by_name.get(expr.rule)
    return (expr.type == "TIME" and expr.granularity == "time" and len(expr.value) > 10
            and expr.anchor in ("publication_date", "previous_time")
            and not (rule is not None and rule.params.get("day_named")))


def _on_day(clock: TimeExpr, day: TimeExpr) -> TimeExpr:
    assert day.earliest is not None
    if clock.earliest == day.earliest:
        return clock
    return replace(clock, value=day.earliest.isoformat() + clock.value[10:],
                   earliest=day.earliest, latest=day.earliest, anchor=day.anchor,
                   note=f"{clock.note}; the day named after it, '{day.text}'")


# The length of a period of account in months, by its granularity or its duration unit.
_PERIOD_MONTHS = {"quarter": 3, "half": 6, "year": 12}
_DURATION_MONTHS = {"M": 1, "Q": 3, "Y": 12}
_PERIOD_DURATION = regex_compile(r"P(\d{1,3})([MQYW])", 0)
_DURATION_UNITS = {"M": "month", "Q": "quarter", "Y": "year", "W": "week"}
# How far a company's year or quarter may lie from the calendar's one of that name.
_FISCAL_SHIFT = 366
_CHARS_BEFORE = 20  # how far before a period its determiner or "from" is looked for


def _period_length(expr: TimeExpr) -> tuple[int, int] | None:
    """(months, days) of a period that a closing day may end: a quarter, a half, a year,
    or a number of months or weeks."""
    if expr.type == "DATE" and not expr.mod:
        months = _PERIOD_MONTHS.get(expr.granularity)
        return None if months is None else (months, 0)
    count = _PERIOD_DURATION.fullmatch(expr.value) if expr.type == "DURATION" else None
    if count is None or int(count.group(1)) == 0:
        return None
    n, unit = int(count.group(1)), count.group(2)
    return (0, 7 * n) if unit == "W" else (n * _DURATION_MONTHS[unit], 0)


def ends_period(text: str, period: TimeExpr, end: TimeExpr) -> bool:
    """Whether `end` is the closing day of the period told right before it: 'the quarter
    ended Sept. 30', 'the six months to June 30'. Such a day dates the period, not a
    happening."""
    if _period_length(period) is None or end.latest is None or end.granularity not in (
            "day", "month"):
        return False
    if period.latest is not None and abs((end.latest - period.latest).days) > _FISCAL_SHIFT:
        return False  # 'fiscal 1989 ended June 30' told in 2021: June 30 took the wrong year
    context = load().signal_context
    before = text[max(0, period.start - _CHARS_BEFORE) : period.start]
    return (context["period_to_end"].fullmatch(text, period.end, end.start) is not None
            and (context["period_opener"].match(period.text) is not None
                 or context["period_opener_before"].search(before) is not None)
            and context["period_not_after"].search(before) is None)


def _period_ends(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """A period told with its closing day is the stretch that ends there: company years
    and quarters start in any month, so 'the fourth quarter ended Aug. 26' is May 27 to
    August 26, whatever the calendar's fourth quarter is; 'the six months ended Aug. 12' is
    anchored. The value keeps its number as written (TimeBank: 'the fiscal-first quarter
    ended Sept. 30' is 1989-Q1) but takes the year of a calendar period the stretch is
    ('the second half to Dec. 31', told in September 2021, is 2020-H2)."""
    out = list(exprs)
    for k in range(len(out) - 1):
        period, end = out[k], out[k + 1]
        length = _period_length(period)
        if length is None or not ends_period(text, period, end):
            continue
        assert end.latest is not None  # ends_period checked it
        months, days = length
        last = end.latest
        if months:
            year, month = add_months(last.year, last.month, -months)
            first = (safe_date(year, month, last.day) or month_end(year, month)) + timedelta(1)
            if last == month_end(last.year, last.month):
                first = date(*add_months(last.year, last.month, 1 - months), 1)
        else:
            first = last - timedelta(days - 1)
        granularity = period.granularity or _DURATION_UNITS[period.value[-1]]
        out[k] = replace(period, value=_calendar_year(period, first, last), earliest=first,
                         latest=last, granularity=granularity, anchor=end.anchor,
                         note=f"{period.note}; the stretch ending on '{end.text}'")
        _compared(text, out, k)
    return out


# 'the first nine months', 'the last two weeks', 'the final 10 days': a count of units
# at one end of a period named right after it.
_PART_OF = regex_compile(
    r"(?:the\s+)?(?P<side>first|opening|last|final|closing)\s+(?:\w+[\s-]+){0,2}\w+", re.I)
_OF_WHOLE = regex_compile(r"\s+of\s+", 0)
_PART_COUNT = regex_compile(r"P(\d{1,3})([DWMQY])", 0)
_WHOLE_GRANULARITIES = frozenset(("year", "half", "quarter", "month"))


def holds_part(text: str, part: TimeExpr, whole: TimeExpr) -> bool:
    """Whether `part` counts units at one end of the period `whole` named right after it:
    'the first nine months of last year', 'the last two weeks of August'. The period
    then dates the part, not a happening of its own."""
    return _part_of(text, part, whole) is not None


def _part_of(text: str, part: TimeExpr, whole: TimeExpr) -> tuple[date, date] | None:
    """The days `part` covers at its end of `whole`, when it is such a part (holds_part)."""
    count = _PART_COUNT.fullmatch(part.value) if part.type == "DURATION" else None
    if (count is None or int(count.group(1)) == 0 or _PART_OF.fullmatch(part.text) is None
            or _OF_WHOLE.fullmatch(text, part.end, whole.start) is None
            or whole.type != "DATE" or whole.granularity not in _WHOLE_GRANULARITIES
            or whole.earliest is None or whole.latest is None):
        return None
    return _part_span(part, whole.earliest, whole.latest)


def _period_parts(text: str, exprs: list[TimeExpr], ref: date | None) -> list[TimeExpr]:
    """A count of units at one end of a period keeps its duration value (as TempEval
    annotates 'the first nine months') and takes the days it covers: 'the first nine
    months of last year', written in 2024, is January to September 2023."""
    out = list(exprs)
    for k in range(len(out) - 1):
        part, whole = out[k], out[k + 1]
        span = _part_of(text, part, whole)
        if span is None:
            continue
        first, last = span
        if ref is not None and first > ref and clause_tense(text, part.start, part.end) == "past":
            # 'Sales fell in the last three months of the year', told in February: the
            # period took the year under way, which the past clause cannot mean.
            continue
        out[k] = replace(part, earliest=first, latest=last, anchor=whole.anchor,
                         granularity=_PART_UNITS[part.value[-1]],
                         note=f"{part.note}; at one end of '{whole.text}'")
    return out


_PART_UNITS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}


def _part_span(part: TimeExpr, low: date, high: date) -> tuple[date, date] | None:
    """The days of `part` at its end of [low, high]; None when it would not fit."""
    count = _PART_COUNT.fullmatch(part.value)
    assert count is not None
    n, unit = int(count.group(1)), count.group(2)
    at_start = (_PART_OF.fullmatch(part.text) or {"side": ""})["side"].lower() in (
        "first", "opening")
    if unit in "DW":
        days = n * (7 if unit == "W" else 1)
        if days > (high - low).days + 1:
            return None
        if at_start:
            return low, low + timedelta(days - 1)
        return high - timedelta(days - 1), high
    months = n * _DURATION_MONTHS[unit]
    if low.day != 1 or high != month_end(high.year, high.month):
        return None  # a stretch of whole months only in a period of whole months
    if at_start:
        end_year, end_month = add_months(low.year, low.month, months - 1)
        last = month_end(end_year, end_month)
        return (low, last) if last <= high else None
    start_year, start_month = add_months(high.year, high.month, 1 - months)
    first = date(start_year, start_month, 1)
    return (first, high) if first >= low else None


def _compared(text: str, exprs: list[TimeExpr], k: int) -> None:
    """The same stretch a year back, for the comparisons after a period told with its
    closing day in its sentence: 'sales in its fiscal third quarter ended July 31 rose
    over the comparable quarter' is May to July of the year before, 'the nine months
    ended Sept. 30 ... the comparable period' January to September."""
    period = exprs[k]
    assert period.earliest is not None and period.latest is not None
    context = load().signal_context
    for j in range(k + 2, len(exprs)):
        if context["sentence_break"].search(text, exprs[j - 1].end, exprs[j].start + 1):
            return
        other = exprs[j]
        compares = context["year_back"].fullmatch(other.text) is not None
        if not compares:
            if _period_length(other) is not None:
                return  # another period is told: what follows compares with it
            continue
        named = re.search(r"\d{4}", other.text)
        back = period.latest.year - int(named.group()) if named else 1
        if back < 1:
            continue  # a year named that is not before the period's: no comparison back
        first, last = shift_years(period.earliest, -back), shift_years(period.latest, -back)
        exprs[j] = replace(other, earliest=first, latest=last, granularity=period.granularity,
                           value=_compared_value(other, period, first, last),
                           note=f"{other.note}; the stretch of '{period.text}', {back} year back")


def _compared_value(other: TimeExpr, period: TimeExpr, first: date, last: date) -> str:
    """A year-back comparison's value: the period's quarter or half number in the year of
    the stretch ('the comparable quarter' of a fiscal 2010-Q3 is 2009-Q3), else the
    calendar's name for the stretch, else its year (TimeBank's '1988' for the year-earlier
    nine months)."""
    if re.fullmatch(r"\d{4}-[QH]\d", period.value):
        return f"{last.year:04d}{period.value[4:]}"
    named = _calendar_year(replace(other, value=str(last.year), granularity=period.granularity),
                           first, last)
    return named if first.year == last.year else other.value


def _calendar_year(period: TimeExpr, first: date, last: date) -> str:
    """The value of a period with its closing day: a number written out stays, in the
    closing day's year ('the fiscal-first quarter' ended Sept. 30, 1989 is 1989-Q1;
    TimeBank annotates so); a stretch that is a calendar half or quarter otherwise
    takes the calendar's value ('the quarter ended Sept. 30' is Q3)."""
    value = period.value
    if period.type != "DATE" or not value[:4].isdigit():
        return value
    year = last.year
    if _ORDINAL.search(period.text):
        return str(year) + value[4:]
    half, quarter = 1 + (last.month > 6), (last.month + 2) // 3
    calendar = {"year": (year_span(year), str(year)),
                "half": (half_span(year, half), f"{year}-H{half}"),
                "quarter": (quarter_span(year, quarter), f"{year}-Q{quarter}")}
    span, name = calendar.get(period.granularity, (None, value))
    return name if span == (first, last) else value


_ORDINAL = regex_compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b|\d", re.IGNORECASE)


def _remember(state: State, expr: TimeExpr, named: Res, told_day: bool = False) -> None:
    """Keep what later anaphoric expressions ("a day earlier", "the latest quarter") refer to.
    After 'before' or 'after' that is the time named, not the stretch the signal makes
    of it: after "the day before last Tuesday's hearing", "the next morning" is the
    morning after that Tuesday; after 'since 15 April 2019', "that night" is that
    day's. ('by' and 'until' are not remembered: on the dev splits the named time did
    no better there.) "now", "recently", "soon" name no time of their own. `told_day`:
    the rule tells a day exactly, as a date written out would ("ten years ago today")."""
    if expr.type not in ("DATE", "TIME") or expr.value.endswith("_REF"):
        return
    earliest, latest = expr.earliest, expr.latest
    if expr.mod in ("BEFORE", "AFTER", "ON_OR_AFTER"):
        earliest, latest = named.earliest, named.latest
    bounded = expr.mod == "ON_OR_BEFORE" or expr.earliest is None
    _remember_written(state, expr, named.earliest, bounded=bounded, told_day=told_day)
    if earliest is None or expr.mod == "ON_OR_BEFORE":
        return
    state.last_told = (expr.start, expr.end, earliest)
    if earliest == latest:
        state.last_point = earliest
    state.last_date, state.last_date_end = earliest, latest
    # A company report is about the first quarter it names (usually in its lead);
    # later quarters are comparisons. A quarter years back ("stopped paying a dividend
    # in the third quarter of 1984") is history, not the period being reported.
    quarter = expr.granularity == "quarter" and len(expr.value) == 7 and expr.value[5] == "Q"
    if quarter and state.last_quarter is None and _recent(earliest, state.ref):
        state.last_quarter = (int(expr.value[:4]), int(expr.value[6]))


def _remember_written(state: State, expr: TimeExpr, day: date | None, bounded: bool,
                      told_day: bool = False) -> None:
    """The day written out in full that the story has reached, whatever bounds it: "ran
    until 25 August 2017" (written in 2019) has reached that day, as "on 25 August 2017"
    would; so has a day told exactly from the publication a year or more back ("Ten
    years ago today, ... The rebels let 225 men go on 22 December" is five days on; "two
    days ago" is the news, no story told). A bound (`bounded`: 'until', 'by', 'before')
    is a day the story reached only when it lies before the publication date: in an
    undated text it may be a deadline ahead ("the offer is open until 31 March 2031"), so
    it is no story's latest day."""
    if day is None or expr.granularity not in ("day", "time"):
        return
    far_back = state.ref is not None and (state.ref - day).days >= TOLD_DAY_BACK
    if not (expr.anchor == "absolute" or (told_day and far_back)):
        return
    if state.ref is not None and day < state.ref and not context_before(
            state.contexts.get("background_before"), state.text, expr.start, BACKGROUND_CHARS):
        # A clock time written with its day ("at 1.23am on 26 April 1986") dates the story
        # as the day would.
        state.last_written = day
    if bounded:
        return
    if expr.granularity == "day" and (state.latest_written is None or day > state.latest_written):
        state.latest_written = day


# How far before a day its "born" or "founded" is looked for.
BACKGROUND_CHARS = 24
# How far back a day told from the publication ('ten years ago today') must lie to be a
# story's day: a year ('a year ago today' is the last such).
TOLD_DAY_BACK = 365


# A quarter further than this from the reference date is not the one being reported.
REPORTED_QUARTER_DAYS = 550


def _recent(day: date, ref: date | None) -> bool:
    """Within a year and a half of the reference date, or no reference to judge by."""
    return ref is None or abs((day - ref).days) <= REPORTED_QUARTER_DAYS


Hits = dict[str, list[tuple[int, int]]]


def _trigger_hits(text: str, lowered: str, rules: RuleSet) -> tuple[Hits, set[str]]:
    """(start, end) of every trigger occurrence by class, and the cue words present:
    one pass for all listed words (on the lower-cased text) plus one per regex class."""
    hits: Hits = {name: [] for name in rules.triggers}
    cues: set[str] = set()
    if rules.word_regex is not None and rules.word_start is not None:
        first = rules.word_start.match(lowered)
        # Spans are gathered by word, then handed to the word's classes and cues once
        # per distinct word rather than once per occurrence. The order of a class's
        # hits does not matter (_windows sorts them).
        spans_of: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in chain((first,) if first else (), rules.word_regex.finditer(lowered)):
            spans_of[m.group(1)].append(m.span(1))
        for word, spans in spans_of.items():
            for cls in rules.word_classes[word]:
                hits[cls].extend(spans)
            cues.update(rules.word_cues[word])
    for name, trigger in rules.triggers.items():
        if trigger.regex is not None:
            hits[name].extend(m.span() for m in trigger.regex.finditer(text))
    return hits, cues


def _windows(n: int, hits: list[tuple[int, int]], trigger: Trigger) -> list[tuple[int, int]]:
    """Merged [start, end) windows around every trigger hit."""
    merged: list[tuple[int, int]] = []
    for s, e in sorted(hits):
        lo = max(0, s - trigger.left)
        hi = min(n, e + trigger.right)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _candidates(text: str, rules: RuleSet) -> list[Candidate]:
    order = rules.order
    seen: set[tuple[int, int, str]] = set()
    out: list[Candidate] = []
    n = len(text)
    lowered = text.lower()
    if len(lowered) != n:  # a few characters change length when lowered; keep offsets exact
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    hits, cues = _trigger_hits(text, lowered, rules)
    exact = literals_exact(text)
    for cls, trigger in rules.triggers.items():
        group = rules.by_trigger.get(cls, ())
        if not group or not hits[cls]:
            continue
        windows = _windows(n, hits[cls], trigger)
        # The windows holding one of a set of literals, by set (rules share sets).
        holding: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for rule in group:
            # A rule whose cue words are absent from the whole text is skipped at once.
            if rule.requires and cues.isdisjoint(rule.requires):
                continue
            spans = windows
            if rule.literals and exact:
                known = holding.get(rule.literals)
                if known is None:
                    known = holding[rule.literals] = _holding(lowered, windows, rule)
                spans = known
            if not spans:
                continue
            finditer = rule.regex.compiled.finditer
            for lo, hi in spans:
                for m in finditer(text, lo, hi):
                    s, e = m.span()
                    if s == e or (e == hi and e < n and text[e].isalnum()):
                        continue  # empty, or cut off by the window edge
                    key = (s, e, rule.name)
                    if key in seen or not _guards_ok(rule, text, s, e):
                        continue
                    seen.add(key)
                    out.append(Candidate(s, e, order[rule.name], rule, m))
    return out


def _holding(lowered: str, windows: list[tuple[int, int]], rule: Rule) -> list[tuple[int, int]]:
    """The windows that hold one of the rule's literals in `lowered`: every match of
    the rule contains one, so it cannot match elsewhere."""
    if rule.literal_regex is None:
        find, word = lowered.find, rule.literals[0]
        return [(lo, hi) for lo, hi in windows if find(word, lo, hi) != -1]
    search = rule.literal_regex.compiled.search
    return [(lo, hi) for lo, hi in windows if search(lowered, lo, hi) is not None]


def _guards_ok(rule: Rule, text: str, s: int, e: int) -> bool:
    left = text[max(0, s - 40) : s]
    if rule.before is not None and not rule.before.search(left):
        return False
    if rule.not_before is not None and rule.not_before.search(left):
        return False
    # Matched in place (not on a slice) so that a guard may look behind the match end.
    return not (rule.not_after is not None and rule.not_after.match(text, e, e + 40))


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest match wins, then higher priority, then the earlier rule; no overlaps."""
    cands.sort(key=lambda c: (-(c.end - c.start), -c.rule.priority, c.order, c.start))
    if not cands:
        return []
    taken = bytearray(max(c.end for c in cands))
    chosen: list[Candidate] = []
    for c in cands:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _resolve(cand: Candidate, state: State, rules: RuleSet) -> tuple[TimeExpr, Res] | None:
    """The expression, and what its resolver made of it before any signal word."""
    state.start, state.end = cand.start, cand.end
    try:
        named = RESOLVERS[cand.rule.resolver](cand.match, state, cand.rule.params)
    except BUG_ERRORS as err:
        # A resolver's bug on one phrase must not stop a run over many articles: the
        # phrase is reported unresolved, with the error, where `explain` shows it.
        named = unresolved("DATE", "", "", f"resolver {cand.rule.resolver!r} failed on this "
                           f"phrase ({type(err).__name__}: {err}); please report it")
    if named is None:
        return None
    res = _apply_signal(named, state.text, cand.start, cand.end, rules)
    return TimeExpr(
        start=cand.start,
        end=cand.end,
        text=cand.match.group(0),
        type=res.type,
        value=res.value,
        mod=res.mod,
        earliest=res.earliest,
        latest=res.latest,
        granularity=res.granularity,
        anchor=res.anchor,
        rule=cand.rule.name,
        note=res.note,
    ), named


def _context(name: str, text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether [signal_context] `name` holds around text[start:end]: a `_before` regex
    ends at the span, an `_after` one starts right after it."""
    regex = rules.signal_context.get(name)
    if name.endswith("_after"):
        return regex is not None and regex.match(text, end) is not None
    return context_before(regex, text, start)


def _since_point(text: str, start: int, end: int, rules: RuleSet) -> bool:
    """Whether 'since' before text[start:end] names one earlier time: "for the first
    time since 2014", "since last October, when a truck bomb hit"."""
    return (_context("since_before", text, start, end, rules)
            or _context("since_after", text, start, end, rules))


# 'before' a clock time from this hour on keeps its day ("before noon Saturday" is that
# morning); before an earlier hour the night before may be meant ("before 5 a.m.").
DAYTIME_FROM_HOUR = 8


def _daytime(value: str) -> bool:
    hour = value[11:13]
    return value[10:11] == "T" and hour.isdigit() and int(hour) >= DAYTIME_FROM_HOUR


# A signal whose phrase names the time itself, by the [context] patterns before it: 'did
# not arrive until Friday' and 'put off until May' name Friday and May, 'will not open
# before next year' names next year.
_NAMES_THE_TIME = (
    ("until", ("not_until_before", "put_off_until_before"), "put off 'until' names the new time"),
    ("before", ("not_before_before",), "'not before' names the time it waits for"),
)


def _apply_signal(res: Res, text: str, start: int, end: int, rules: RuleSet) -> Res:
    """'by April 2020' keeps only the latest day, 'after Christmas' the days after it;
    'since 2017' keeps 2017 and says ON_OR_AFTER ([signals] in the rules)."""
    if res.type not in ("DATE", "TIME") or res.granularity == "present":
        return res
    word = signal_before(text, start, end, rules.signal_regex)
    if word is None:
        return res
    if word == "since" and _since_point(text, start, end, rules):
        return replace(res, note=f"{res.note}; 'since' names that one earlier time")
    for signal, contexts, why in _NAMES_THE_TIME:
        if word == signal and any(_context(c, text, start, end, rules) for c in contexts):
            return replace(res, note=f"{res.note}; {why}")
    mod, side = rules.signals[word]
    lo, hi = res.earliest, res.latest
    if side == "named":
        pass
    elif side == "latest":
        lo = None
    elif side == "earliest":
        hi = None
    elif side == "before":
        # "before the end of 2021" still allows the end itself; "before 2021" does not;
        # "before 5 a.m. on May 7" may be the night before, "just before" it and "before
        # noon Saturday" (a daytime clock) are that day.
        if res.granularity == "time" and (_context("close_before", text, start, end, rules)
                                          or _daytime(res.value)):
            return replace(res, mod=mod,
                           note=f"{res.note}; '{word}' a daytime or near clock time: that day")
        if res.mod != "END" and lo is not None and res.granularity != "time":
            hi = lo - timedelta(days=1)
        lo = None
    elif side == "after":
        if res.granularity == "time" and _context("after_close_before", text, start, end, rules):
            return replace(res, mod=mod, note=f"{res.note}; just '{word}' a clock time: that day")
        if res.granularity != "time":
            lo = hi + timedelta(days=1) if hi is not None else None
        hi = None
    note = f"{res.note}; '{word}' -> {mod}"
    return replace(res, mod=mod, earliest=lo, latest=hi, note=note)
