"""Find publication-date clues in an article: chrome, stamps, datelines, URL dates,
year and weekday mentions with the tense of their clause.

Everything here only locates and reads clues; weighing them is pubdate.py's
and pubdate_infer.py's job.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import islice

from timeline.pubdate_rules import ENGLISH, Rule, Rules, TenseCues

Span = tuple[int, int]

# Stamps and datelines are looked for near the top, where outlets print them;
# a lone date deep in the body is more likely a list item or a quote.
HEAD_CHARS = 3000
TAIL_CHARS = 800
# A paragraph of this many words is body text; stamps sit above the second one.
BODY_WORDS = 20
# "by"/"until" make a deadline only right before the date ("by April 2020");
# elsewhere "by" is the passive agent ("confirmed by the Russian side").
_DEADLINE = re.compile(
    r"\b(?:by|until|till|before)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?"
    r"(?:(?:early|mid|late)[\s\-]+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?$"
)
_WORD = re.compile(r"[A-Za-z']+")
_DATING_PREP = re.compile(
    r"\b(?:in|since|from|during|on|by|until|till|before|after|between|through|and|to|of)\s+"
    r"(?:(?:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of)[\s\-]+)?"
    r"(?:[A-Z][a-z]+\.?[\s\-]+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]\s|—|–| - ")
# A relative clause has a tense of its own: the verbs before it are not its verbs.
_RELATIVE_OPEN = re.compile(r"\b(?:that|which|who)\s", re.IGNORECASE)
# One set off by commas that closes before the mention is no part of its clause.
_SET_OFF_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;:]*,", re.IGNORECASE)
_YEAR = re.compile(
    r"(?<![\d$€£.,\-/])(?P<year>(?:19|20)\d{2})(?![\d%]|[.,]\d|\s*(?:km|kilomet|people|troops|tons|tonnes))"
)
_WEEKDAY = re.compile(
    r"\b(?:on\s+|last\s+|this\s+|late\s+|early\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


@dataclass(frozen=True)
class Found:
    """A dated clue found by a rule: a stamp, a dateline or a URL date."""

    rule: Rule
    text: str
    start: int  # span of the whole line or dateline, -1 for the URL
    end: int
    value: date | None  # None when the date could not be read
    month: int = 0  # year-less datelines and year-month URLs
    day: int = 0
    year: int = 0
    reread: str = ""  # why a numeric date was read in the other order
    weekday: int = -1  # a year-less stamp's own weekday (Monday 0), when it prints one


@dataclass(frozen=True)
class Mention:
    """A year or weekday named in the body, with the tense of its clause."""

    text: str
    start: int
    end: int
    tense: str  # past, future, present or ""
    year: int = 0
    month: int = 0
    weekday: int = -1
    # The year dates an event ("in 2017", "on May 4, 2019", "since 2018"), as
    # opposed to a name or an attribute ("the 2030 agenda", "its 2025 target").
    dated: bool = False


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def inside(pos: int, spans: list[Span]) -> bool:
    return any(s <= pos < e for s, e in spans)


def merge_spans(spans: list[Span]) -> tuple[Span, ...]:
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return tuple((s, e) for s, e in out)


# --- page chrome --------------------------------------------------------------


def _top_end(text: str, rules: Rules) -> int:
    """Offset where the headline starts: lines above it are site chrome."""
    # Count only words with letters: "Thursday, Feb 25, 2021 | 31°C" is short.
    for s, e in line_spans(text):
        words = [w for w in text[s:e].split() if re.search(r"[A-Za-z]{2}", w)]
        if len(words) >= rules.headline_words:
            return s
    return 0


def _block_end(text: str, after: int, items: tuple[Rule, ...]) -> int:
    """End of the link list under a 'Related'/'Also read' heading: the short
    lines that follow it, up to the first line that reads like body text.

    An item may be a headline, a teaser sentence and the item's own date
    (a `kind = "item"` rule); a teaser counts as part of the list only when
    such a date follows it, so the body after the list is not swallowed."""

    def dated(line: str) -> bool:
        return len(line.split()) <= 40 and any(r.regex.search(line) for r in items)

    lines = [(after + e, text[after + s : after + e].strip()) for s, e in line_spans(text[after:])]
    lines = [(e, line) for e, line in lines if line]
    end = after
    for i, (e, line) in enumerate(lines):
        if line.startswith(("-", "•", "*", "·", "–")) or dated(line):
            end = e
            continue
        words = len(line.split())
        # List items are headlines and dates; a full sentence is body again.
        if words > 20 or (words >= 8 and line.endswith((".", "!", "?", '"', "”"))):
            nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
            if words <= 60 and nxt and dated(nxt) and not _is_sentence(nxt):
                end = e
                continue
            break
        end = e
    return end


def _is_sentence(line: str) -> bool:
    return len(line.split()) >= 8 and line.endswith((".", "!", "?", '"', "”"))


def chrome_spans(text: str, rules: Rules) -> list[tuple[Rule, int, int]]:
    """Spans of page chrome, each with the rule that recognised it.

    `kind` "line" covers the matched line, "block" also the list under it,
    "span" only the match itself (a copyright notice at the end of a line);
    "item" rules are not matched alone: they recognise a block's dated items."""
    top = _top_end(text, rules)
    items = tuple(r for r in rules.chrome if r.kind == "item")
    out: list[tuple[Rule, int, int]] = []
    for rule in rules.chrome:
        if rule.kind == "item":
            continue
        for m in rule.regex.finditer(text):
            if rule.where == "top" and m.start() >= top:
                continue
            if rule.kind == "span":
                if m.end() > m.start():
                    out.append((rule, m.start(), m.end()))
                continue
            s = text.rfind("\n", 0, m.start()) + 1
            e = text.find("\n", m.end())
            e = len(text) if e < 0 else e
            if rule.kind == "block":
                e = _block_end(text, e + 1, items) if e < len(text) else e
            out.append((rule, s, e))
    return out


# --- stamps, datelines, URL ----------------------------------------------------


def parse_date(stamp: str, order: str, today: date,
               languages: tuple[str, ...] = ENGLISH) -> date | None:
    """Read a located date string: its commonest shapes with the standard library,
    the others with dateparser in the given languages (imported lazily: it is slow to
    import and only needed for them)."""
    cleaned = stamp
    if "en" in languages:
        # "9th day of October, 2003" (a judgment's formula) reads as "9 October, 2003".
        cleaned = _DAY_OF.sub("", re.sub(r"(?<=\d)(st|nd|rd|th)\b", "", stamp))
    if _COMPACT.fullmatch(cleaned):  # a filing's "20150303"
        return _strptime(cleaned, "%Y%m%d")
    return _parse_absolute(cleaned, order, today, languages)


_DAY_OF = re.compile(r"(?<=\d)\s+day\s+of\b", re.IGNORECASE)
_COMPACT = re.compile(r"(?:19|20)\d{2}[01]\d[0-3]\d")


# The commonest shapes of a located date, read by the standard library before
# dateparser is asked: each dateparser call costs about 4 ms, and on a 10,000-page run
# most stamps have one of these shapes. A month name or an ISO date reads the same in
# every date order; tests check that these readings are dateparser's.
_PLAIN_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _plain_date(cleaned: str) -> date | None:
    """The date of a string in one of the commonest shapes, else None."""
    if _ISO_DATE.fullmatch(cleaned):
        return _strptime(cleaned, "%Y-%m-%d")
    if not cleaned[:1].isalnum():
        return None
    for form in _PLAIN_FORMATS:
        if (day := _strptime(cleaned, form)) is not None:
            return day
    return None


def _strptime(text: str, form: str) -> date | None:
    try:
        return datetime.strptime(text, form).date()
    except ValueError:
        return None


# Pages of one day share their stamps' strings, and each dateparser call costs
# milliseconds, so the readings are cached.
@functools.lru_cache(maxsize=4096)
def _parse_absolute(cleaned: str, order: str, today: date,
                    languages: tuple[str, ...] = ENGLISH) -> date | None:
    plain = _plain_date(cleaned) if languages == ENGLISH else None
    return plain if plain is not None else _dateparser_date(cleaned, order, today, languages)


def _dateparser_date(cleaned: str, order: str, today: date,
                     languages: tuple[str, ...] = ENGLISH) -> date | None:
    import dateparser

    settings = {
        "DATE_ORDER": order,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime(today.year, today.month, today.day),
        # Located strings name a full date; dateparser's relative-time parser
        # ("3 days ago") would only add its cost, about half of each call.
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    }
    parsed = dateparser.parse(cleaned, languages=list(languages), settings=settings)
    return parsed.date() if parsed else None


def _body_lines(text: str, chrome: list[Span] | None = None) -> Iterator[int]:
    """Offsets of the body's paragraphs: lines of BODY_WORDS words or more. Long lines
    of page chrome (a photo caption, a related headline) are not body."""
    for s, e in line_spans(text):
        if _is_paragraph(text[s:e]) and not inside(s, chrome or []):
            yield s


def _is_paragraph(line: str) -> bool:
    """Whether a line has BODY_WORDS words, not counting its separators: a menu ('The
    Indian Express · India · World · ...') has as many dots as words. (Counting stops at
    BODY_WORDS: a page flattened to one long line is one paragraph.)"""
    count = 0
    for token in line.split():
        if any(c.isalnum() for c in token):
            count += 1
            if count >= BODY_WORDS:
                return True
    return False


def first_body_line(text: str, chrome: list[Span] | None = None) -> int:
    """Offset of the body's first paragraph, or the end of the text."""
    return next(_body_lines(text, chrome), len(text))


def body_head_end(text: str, chrome: list[Span] | None = None) -> int:
    """Offset of the second body paragraph (or HEAD_CHARS): a lone date below
    it is a list item or a timeline entry, not the article's stamp."""
    second = next(islice(_body_lines(text, chrome), 1, None), None)
    return HEAD_CHARS if second is None else min(second, HEAD_CHARS)


# A line ending in a preposition or a comma leaves its sentence open ("This
# consultation closes at"); one ending in a name ("Mira Halvorsen") does not.
_OPEN_END = re.compile(r"(?:\b(?:at|on|by|in|of|until|before|after|from|to|and)|,)[ \t]*$")


# Fields of a page's chrome set apart on one line: 'AFP · World · Middle East'.
_FIELDS = re.compile(r"[ \t][·|•][ \t]")


def _standalone(text: str, start: int) -> bool:
    """The line at `start` stands alone: it is not the text's first line (its headline,
    as pages are copied) unless it is a line of page fields ('AFP · World · Tue, Dec 14'),
    not the rest of a sentence that the line above leaves open, and no line next to it
    names a year (a list of key dates, a timeline)."""
    end = _line_of(text, start, start)[1]
    if not text[:start].strip() and not _FIELDS.search(text, start, end):
        return False
    above = text[slice(*_line_of(text, start - 1, start - 1))]
    below = text[slice(*_line_of(text, end + 1, end + 1))] if end < len(text) else ""
    return not _OPEN_END.search(above) and not any(_YEAR.search(n) for n in (above, below))


def _line_of(text: str, start: int, end: int) -> Span:
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    return s, (len(text) if e < 0 else e)


def find_stamps(text: str, rules: Rules, chrome: list[Span], head: int, today: date,
                loose: bool = False, taken: frozenset[int] = frozenset()) -> list[Found]:
    """Stamps above the body (before `head`, its second paragraph: `body_head_end`) or in
    its last lines.

    Several rules may read the same line; the first rule of the file wins, and
    only its date string is handed to dateparser (one call per stamp line).
    `loose` reads the last-resort rules (role "loose") instead of the others, on the
    lines not in `taken`: they are tried only when nothing else dates the article.
    A line of chrome fields ('BP · Press releases · Release date: 13 July 2006') that
    no rule reads whole is read field by field by the labelled stamps."""
    lines = _stamp_lines(text, rules.stamps, chrome, head, loose, taken)
    fields = _fields(text, head)
    if fields != text:
        # Only labelled stamps: a bare date in a field may be the day the page was read
        # ('Martes, 5 de marzo de 2024 | Valparaíso 18 °C') or an event's ('12 March 2024 |
        # 10:00–12:00 CET'), which the line as a whole tells.
        labelled = tuple(rule for rule in rules.stamps if rule.labelled)
        read = {_line_of(text, s, s)[0] for s in lines}
        for s, hit in _stamp_lines(fields, labelled, chrome, head, loose, taken).items():
            line = _line_of(text, s, s)
            if line[0] not in read and not _not_the_page(text[slice(*line)], rules):
                lines.setdefault(s, hit)
    out = []
    for s, (rule, m, e) in sorted(lines.items()):
        order = numeric_order(m.group("date"), text[s:e], rule.date_order, rules)
        value = parse_date(m.group("date"), order, today, rule.languages)
        found = Found(rule, text[s:e].strip(), s, e, value)
        out.append(_reread_by_weekday(found, m.group("date"), rules))
    return out


def _not_the_page(line: str, rules: Rules) -> bool:
    """Whether a chrome line's fields tell of an event, not the page ('Webinar · Date: 12
    March 2024 · 10:00–12:00 CET')."""
    return rules.not_the_page is not None and rules.not_the_page.search(line) is not None


def _stamp_lines(text: str, stamps: tuple[Rule, ...], chrome: list[Span], head: int,
                 loose: bool, taken: frozenset[int]
                 ) -> dict[int, tuple[Rule, re.Match[str], int]]:
    """The first stamp rule that reads each line: {line start: (rule, match, line end)}."""
    lines: dict[int, tuple[Rule, re.Match[str], int]] = {}
    for rule in stamps:
        if (rule.role == "loose") != loose:
            continue
        for m in rule.regex.finditer(text):
            in_tail = rule.footer and m.start() >= len(text) - TAIL_CHARS
            if m.start() > head and not in_tail:
                continue
            if rule.standalone and not _standalone(text, m.start()):
                continue
            if inside(m.start("date"), chrome):
                continue
            s, e = _line_of(text, m.start(), m.end())
            if s not in taken:
                lines.setdefault(s, (rule, m, e))
    return lines


# Fields of one line of page chrome, set apart by a mid dot, a bar or a bullet between
# spaces ('Anchorage Daily News · Date: 03/25/89 · Section: Nation'), and then by
# semicolons too ('SECTION: INTERNATIONAL; Page 3'). Not slashes: a press release's
# dateline parts its place, wire and date by them ('CHICAGO, IL / ACCESSWIRE / September
# 5, 2023 / ...'), and the dateline says more than a date.
_FIELD_SEPARATOR = re.compile(r"(?<=[ \t])[·|•](?=[ \t])")
_FIELD_SEMICOLON = re.compile(r";(?=[ \t])")


def _fields(text: str, head: int) -> str:
    """The text with each chrome line's fields on lines of their own: every separator
    becomes a line break, so that offsets stay those of the text. A line is chrome here
    when it has a separator and stands where stamps do, above `head` or in the last
    lines; a sentence's semicolons are left alone."""
    out = []
    tail = len(text) - TAIL_CHARS
    for s, e in line_spans(text):
        line = text[s:e]
        if (s <= head or e >= tail) and _FIELD_SEPARATOR.search(line):
            line = _FIELD_SEMICOLON.sub("\n", _FIELD_SEPARATOR.sub("\n", line))
        out.append(line)
    return "\n".join(out)


_WORD_ON_LINE = re.compile(r"[A-Za-z]+")


def _reread_by_weekday(found: Found, date_text: str, rules: Rules) -> Found:
    """A numeric date that reads both ways ("Monday, 04/10/2023") is read the way
    that falls on the weekday printed beside it."""
    if found.value is None or not _NUMERIC_DATE.fullmatch(date_text.strip()):
        return found
    swapped = _swapped(found.value)
    if swapped is None:
        return found
    named = {rules.weekday(w) for w in _WORD_ON_LINE.findall(found.text)} - {-1}
    if len(named) == 1 and swapped.weekday() in named and found.value.weekday() not in named:
        why = f"read {swapped.isoformat()}: the weekday printed beside it falls on that day"
        return replace(found, value=swapped, reread=why)
    return found


_NUMERIC_DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-]\d{4}")
# A zone cue orders a two-digit year's date too ("05/03/21 9:15 AM EST"); the rereadings
# by weekday, dateline and lead keep to four-digit years, as measured on the surveys.
_NUMERIC_ANY_YEAR = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})")


def numeric_order(date_text: str, line: str, order: str, rules: Rules) -> str:
    """The order to read a numeric date in: the rule's (day first, the reading
    outside the US), unless a `date_order` cue on the stamp line says where it
    was printed ("06:00 AM EST": month first). Dates with a month name keep
    the rule's order, which does not matter for them."""
    if not _NUMERIC_ANY_YEAR.fullmatch(date_text.strip()):
        return order
    for cue in rules.date_orders:
        if cue.regex.search(line):
            return cue.date_order
    return order


def reread_by_dateline(stamps: list[Found], noyear: list[Found]) -> list[Found]:
    """A numeric stamp that reads both ways ("06/05/2024") is read the way the
    article's year-less dateline names its day ("June 5 (Reuters)"): a copy keeps
    the wire's dateline though the page prints the date in its own order."""
    if not noyear:
        return stamps
    line = noyear[0]
    named = (line.month, line.day)
    out = []
    for f in stamps:
        swapped = _swapped(f.value) if f.value and _NUMERIC_DATE.search(f.text) else None
        if swapped and (swapped.month, swapped.day) == named:
            why = f"read {swapped.isoformat()}: the dateline '{line.text}' names that day"
            f = replace(f, value=swapped, reread=why)
        out.append(f)
    return out


def reread_by_lead(stamps: list[Found], text: str, excluded: list[Span],
                   rules: Rules) -> list[Found]:
    """A numeric stamp that reads both ways ("Story by Reuters · 8/11/2020") is read the
    way that falls on the weekday its lead reports ("said on Tuesday", or "on Friday
    signed" when no report is dated), when the other reading falls at least two days
    after it: a copy's page may print the date in another country's order than the
    outlet's usual one. (A report filed the next day is common, so a one-day gap decides
    nothing.)"""
    out = []
    for f in stamps:
        swapped = (_swapped(f.value) if f.value and not f.reread
                   and _NUMERIC_DATE.search(f.text) else None)
        lead = _lead_weekdays_after(text, f.end, excluded, rules) if swapped else []
        if (swapped and f.value and lead and weekday_gap(swapped, lead) == 0
                and weekday_gap(f.value, lead) > 1):
            named = ", ".join(f"'{m.text}'" for m in lead)
            f = replace(f, value=swapped,
                        reread=f"read {swapped.isoformat()}: the lead reports {named}")
        out.append(f)
    return out


def _lead_weekdays_after(text: str, pos: int, excluded: list[Span],
                         rules: Rules) -> list[Mention]:
    """The weekdays of the reporting clauses ("the minister said on Tuesday") of the first
    body paragraph after `pos`: the day of the report, not of what it tells. Without one,
    the weekdays it tells in the past ("Finland on Friday signed"): a report of a deed is
    filed that day or soon after."""
    reported = rules.reported_on
    if reported is None:
        return []
    for s, e in line_spans(text[pos:]):
        if _is_paragraph(text[pos + s:pos + e]):
            found = weekday_mentions(text, pos + s, pos + e, excluded, rules)
            said = [m for m in found if reported.search(text, max(0, m.start - 40), m.start)]
            return said or [m for m in found if m.tense == "past"]
    return []


def weekday_gap(day: date, weekdays: Sequence[Mention]) -> int:
    """Days from the most recent of the named weekdays to `day` (the reporting day is the
    most recent weekday named: the smallest gap)."""
    return min((day.weekday() - m.weekday) % 7 for m in weekdays)


def _swapped(value: date) -> date | None:
    """The same numeric date with day and month exchanged, if that is a date."""
    if value.day > 12 or value.day == value.month:
        return None
    return date(value.year, value.day, value.month)


def _dedupe(found: list[Found]) -> list[Found]:
    # Several rules may read the same line; keep the first rule's reading.
    seen: set[int] = set()
    out = []
    for f in sorted(found, key=lambda f: f.start):
        if f.start not in seen:
            seen.add(f.start)
            out.append(f)
    return out


def _matches_outside(head: str, rules: tuple[Rule, ...], chrome: list[Span]) -> Iterator[
        tuple[Rule, re.Match[str]]]:
    """Each rule's matches in the head of the text that do not start in page chrome."""
    for rule in rules:
        for m in rule.regex.finditer(head):
            if not inside(m.start(), chrome):
                yield rule, m


def find_datelines(text: str, rules: Rules, chrome: list[Span], today: date) -> list[Found]:
    out = []
    for rule, m in _matches_outside(text[:HEAD_CHARS], rules.datelines, chrome):
        value = parse_date(m.group("date"), rule.date_order, today)
        out.append(Found(rule, m.group(0).strip(), m.start(), m.end(), value))
    return _dedupe(out)


def find_noyear_datelines(text: str, rules: Rules, chrome: list[Span]) -> list[Found]:
    """Year-less datelines, and year-less stamps (that print their weekday, or of the
    `standalone` rules): a stamp only above the first paragraph of the body and standing
    alone (not an item of a list of fixtures or key dates), and after any dateline, which
    is the surer clue."""
    out = []
    body = first_body_line(text, chrome)
    for rule, m in _matches_outside(text[:HEAD_CHARS], rules.datelines_noyear, chrome):
        groups = m.groupdict()
        month = (rules.month(groups.get("month") or groups.get("month2") or "")
                 or int(groups.get("nmonth") or 0))
        day = int(groups.get("day") or groups.get("day2") or 0)
        weekday = rules.weekday(groups.get("weekday") or "")
        stamp = weekday >= 0 or rule.standalone
        if stamp and (m.start() >= body or not _standalone(text, m.start())):
            continue
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.append(Found(rule, m.group(0).strip(), m.start(), m.end(), None, month, day,
                             weekday=weekday))
    return sorted(_dedupe(out), key=lambda f: f.weekday >= 0)


def find_dateless_datelines(text: str, rules: Rules, chrome: list[Span],
                            head: int) -> list[Span]:
    """Spans of datelines above `head` that carry no date ("MOSCOW (Sputnik) -"), to
    exclude."""
    return [(m.start("city"), m.end())
            for _, m in _matches_outside(text[:head], rules.datelines_nodate, chrome)]


# The page's own address printed in its chrome: after a label ('Permalink: https://...')
# or as a field of its copyright line ('© The Monitor. All rights reserved. · https://...').
# Not an address after another label, which may link another page ('Read more: https://...');
# a bare one alone on its line is read only at the foot (printed_url), and may lack its
# scheme, as copied from the address bar ('zona-militar.com/en/2024/12/04/...').
_BARE_URL_LINE = re.compile(
    r"^[ \t]*((?:https?://[^\s·|•]+|(?:[\w-]+\.)+[a-z]{2,}/[^\s·|•]+))[ \t]*$", re.MULTILINE)
_PRINTED_URL = re.compile(
    r"^[ \t]*(?:(?i:permalink|permanent\s+link|canonical(?:\s+url)?|source\s+url|url|"
    r"link\s+to\s+this\s+(?:article|page|story))[ \t]*:[ \t]*|©[^\n]*?[ \t][·|•][ \t]*)"
    r"(?P<url>https?://[^\s·|•]+)", re.MULTILINE)


# A clipping's first line naming where it was taken from ('Source: https://...', as
# note-taking tools save a page), or the address alone, pasted above the copied text.
# Further down, a 'Source:' link credits another page.
_CLIPPED_FROM = re.compile(
    r"\A\s*(?:(?i:source)[ \t]*:[ \t]*)?(?P<url>https?://[^\s·|•]+)[ \t]*$", re.MULTILINE)


def printed_url(text: str, head: int) -> str:
    """The page's own URL as its head (above `head`) or its last lines print it; '' if
    they do not."""
    if clipped := _CLIPPED_FROM.match(text):
        return clipped.group("url")
    for m in _PRINTED_URL.finditer(text):
        if m.start() <= head or m.start() >= len(text) - TAIL_CHARS:
            return m.group("url")
    # A print view puts the page's address alone on a line at its foot; with two such
    # lines one may be a link to another page, so neither is taken.
    bare = list(_BARE_URL_LINE.finditer(text))
    if len(bare) == 1 and bare[0].start() >= len(text) - TAIL_CHARS:
        return bare[0].group(1)
    return ""


def find_url_dates(url: str, rules: Rules) -> list[Found]:
    for wrapper in rules.url_wrappers:
        if m := wrapper.regex.match(url):
            url = m.group("inner")
    out = []
    for rule in rules.urls:
        m = rule.regex.search(url)
        if not m:
            continue
        word = m.group("month")
        # A rule may give the year in two digits of this century ("yy2k": "/230106/").
        year = int(m.group("year")) if "year" in rule.regex.groupindex else 2000 + int(
            m.group("yy2k"))
        month = int(word) if word.isdigit() else rules.month(word)
        day = int(m.group("day")) if "day" in rule.regex.groupindex else 0
        try:
            value = date(year, month, day) if day else None
            date(year, month, 1)
        except ValueError:
            continue
        out.append(Found(rule, m.group(0), -1, -1, value, month, day, year))
    return out


# --- mentions and tense ----------------------------------------------------------


# How far back a sentence start is looked for: a page flattened to one line (no full
# stops, or thousands of dates) would otherwise make each mention rescan the line.
SENTENCE_LOOKBACK = 400


def _sentence_start(text: str, pos: int) -> int:
    # A sentence starts after ". X" or a line break; abbreviations such as
    # "Sept. 4" are rare enough in the words just before a year to ignore.
    line_start = max(text.rfind("\n", 0, pos) + 1, pos - SENTENCE_LOOKBACK)
    starts = [line_start + m.end() for m in _SENTENCE_END.finditer(text[line_start:pos])]
    return starts[-1] if starts else line_start


def clause_tense(text: str, start: int, end: int, cues: TenseCues) -> str:
    """'future', 'past' or '' for the clause around text[start:end]: the nearest
    cue word before the mention decides, else the first one after it."""
    if _DEADLINE.search(text[max(0, start - 40) : start]):
        return "future"
    sent = _sentence_start(text, start)
    before = text[sent:start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    before = _SET_OFF_RELATIVE.sub(" ", before)  # 'the plant, which will have two units, in'
    relative = list(_RELATIVE_OPEN.finditer(before))
    if relative:
        before = before[relative[-1].end() :]
    words = _WORD.findall(before)[-20:]
    tense = _scan_back(words, cues)
    if tense is not None:
        return tense
    after = _CLAUSE_BREAK.split(text[end : end + 120].split("\n")[0])[0]
    for word in _WORD.findall(after)[:10]:
        found = _cue(word.lower(), "", cues)
        if found is not None:
            return found
    return ""


def _cue(word: str, prev: str, cues: TenseCues) -> str | None:
    if word in cues.future:
        return "" if prev in cues.future_in_past else "future"
    if word in cues.present:
        return ""
    if word in cues.past:
        return "past"
    if word.endswith(cues.past_suffix) and len(word) > 3 and word not in cues.not_past:
        return "past"
    return None


def _scan_back(words: list[str], cues: TenseCues) -> str | None:
    lowered = [w.lower() for w in words]
    for i in range(len(lowered) - 1, -1, -1):
        word, prev = lowered[i], (lowered[i - 1] if i else "")
        if word == "to" and prev in cues.future_before_to:
            return "future"
        found = _cue(word, prev, cues)
        if found == "past" and prev in ("be", "being") and word not in cues.past:
            continue  # passive participle: the auxiliary further back decides
        if found is not None:
            return found
    return None


def _month_before(text: str, pos: int, rules: Rules) -> int:
    m = re.search(r"([A-Za-z]+)\.?\s+(?:\d{1,2},?\s+)?$", text[max(0, pos - 20) : pos])
    return rules.month(m.group(1)) if m else 0


def year_mentions(text: str, rules: Rules, excluded: list[Span]) -> list[Mention]:
    out = []
    for m in _YEAR.finditer(text):
        if inside(m.start(), excluded):
            continue
        year = int(m.group("year"))
        month = _month_before(text, m.start(), rules)
        sent = _sentence_start(text, m.start())
        window = max(sent, m.start() - 40)
        prep = _DATING_PREP.search(text[window : m.start()])
        # Quote the mention from its preposition ("in May 2019"), else its last words.
        phrase_start = window + prep.start() if prep else max(sent, m.start() - 25)
        phrase = " ".join(text[phrase_start : m.end()].split()[-5:])
        tense = clause_tense(text, m.start(), m.end(), rules.tense)
        dated = bool(month or prep)
        out.append(Mention(phrase, m.start(), m.end(), tense, year, month, dated=dated))
        later = _years_later(text, sent, m, year, rules)
        if later is not None:
            out.append(later)
    return out


def _years_later(text: str, sent: int, m: re.Match[str], year: int,
                 rules: Rules) -> Mention | None:
    """'more than 12 years after ... in March 2011', 'the first in 47 years: the
    previous one ... in 1976': the time of writing is at least 2023, told as a year in
    the past tense."""
    matches = [found for pattern in rules.elapsed
               for found in pattern.finditer(text, sent, m.start())]
    if not matches:
        return None
    found = max(matches, key=lambda f: f.start())  # the count nearest the year
    count_s = found.group("years").lower()
    numbers = rules.inference.get("numbers", {})
    count = int(count_s) if count_s.isdigit() else int(numbers.get(count_s, 0))
    if not count:
        return None
    count -= 1 if found.group("approx") else 0
    phrase = " ".join(text[found.start() : m.end()].split())
    return Mention(phrase, found.start(), m.end(), "past", year + count, dated=True)


def weekday_mentions(
    text: str, start: int, end: int, excluded: list[Span], rules: Rules
) -> list[Mention]:
    out = []
    for m in _WEEKDAY.finditer(text, start, end):
        if inside(m.start(), excluded):
            continue
        wd = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        weekday = wd.index(m.group("wd").lower())
        tense = clause_tense(text, m.start(), m.end(), rules.tense)
        out.append(Mention(m.group(0), m.start(), m.end(), tense, weekday=weekday))
    return out


def paragraph_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e
