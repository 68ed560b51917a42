"""Load the publication-date rules of `rules/pubdate.toml` and compile them.

The patterns are data so that supporting a new outlet means adding a rule with
its examples, not touching the code that weighs the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.pubdate_given import rules_data
from timeline.timex.regexes import ProgramCache

_MACRO = re.compile(r"\{([A-Z][A-Z_]*)\}")
# Compiling the ~140 patterns costs a short-lived process about a quarter of a second;
# their compiled programs are kept in the user cache directory (their own file).
_PROGRAMS = ProgramCache("pubdate-regex")
Compile = Callable[[str, int], "re.Pattern[str]"]

# The language dateparser reads a stamp's date in unless its rule names others.
ENGLISH = ("en",)
_LANGUAGE = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True)
class Rule:
    """One compiled pattern of the rules file, with the examples it must match."""

    family: str  # stamp, dateline, dateline_noyear, url, url_wrapper, chrome, date_order
    name: str
    regex: re.Pattern[str]
    examples: tuple[str, ...]
    # Lines the rule must not match (tests/test_pubdate_rules.py checks them too).
    counter_examples: tuple[str, ...] = ()
    role: str = ""  # stamp: original / published / print / updated / loose (the last resort)
    date_order: str = "MDY"
    offsets: tuple[float, ...] = ()  # dateline_noyear: weekday gap weights
    kind: str = ""  # chrome: line / block / span / item
    where: str = ""  # chrome: "top" or anywhere
    # chrome: a stamp rule may still read the line (a "Published: ... /
    # Updated: ..." line is the stamp at the top, chrome further down).
    stamp_ok: bool = False
    # chrome: a line that still tells the story (a photo caption): out of the publication
    # date's scans, but its dates are claims like the body's.
    tells: bool = False
    footer: bool = False  # stamp: also valid in the last lines of the text
    # stamp: the date is introduced by a label or a byline ("Published:",
    # "By Jane Doe |"), which makes it more trusted than a bare date line.
    labelled: bool = False
    # stamp: a line of its own: not the text's first line, the headline ("Remembering
    # 9 May 2019"), nor a line that goes on from a sentence above ("closes at\n11:59pm
    # on 30 June 2024").
    standalone: bool = False
    # stamp: the languages dateparser reads the date in (a Spanish or Portuguese
    # "17 de outubro de 1998"); English unless the rule says otherwise.
    languages: tuple[str, ...] = ENGLISH


@dataclass(frozen=True)
class TenseCues:
    """Word lists that decide the tense of a mention's clause (see [tense])."""

    future: frozenset[str]
    future_before_to: frozenset[str]
    past: frozenset[str]
    past_suffix: str
    not_past: frozenset[str]
    future_in_past: frozenset[str]
    present: frozenset[str]  # a verb of the present: the clause tells no time gone by
    examples: tuple[tuple[str, str], ...]  # (tense, sentence with [mention])


@dataclass(frozen=True)
class Rules:
    months: dict[str, int]
    weekdays: dict[str, int]
    inference: dict[str, Any]
    confidence: dict[str, float]
    headline_words: int
    stamps: tuple[Rule, ...]
    datelines: tuple[Rule, ...]
    datelines_noyear: tuple[Rule, ...]
    datelines_nodate: tuple[Rule, ...]
    urls: tuple[Rule, ...]
    # An archive's capture URL around the page's own URL (group `inner`).
    url_wrappers: tuple[Rule, ...]
    chrome: tuple[Rule, ...]
    # Cues on a stamp line that fix the order of a numeric date ("03/04/2024").
    date_orders: tuple[Rule, ...]
    tense: TenseCues
    # "more than 12 years after ... in 2011", "the first in 47 years ... in 1976"
    # ([inference].elapsed).
    elapsed: tuple[re.Pattern[str], ...] = ()
    # "the minister said on Tuesday" ([inference].reported_on), or None.
    reported_on: re.Pattern[str] | None = None
    # A chrome line whose fields tell of something else than the page ([fields]
    # not_the_page): its labelled date field is an event's, not a stamp.
    not_the_page: re.Pattern[str] | None = None

    def all_rules(self) -> tuple[Rule, ...]:
        return (
            self.stamps
            + self.datelines
            + self.datelines_noyear
            + self.datelines_nodate
            + self.urls
            + self.url_wrappers
            + self.chrome
            + self.date_orders
        )

    def month(self, word: str) -> int:
        return self.months.get(word.lower().rstrip("."), 0)

    def weekday(self, word: str) -> int:
        return self.weekdays.get(word.lower().rstrip("."), -1)


def _alternation(words: dict[str, int]) -> str:
    # Longest first so that "September" is not cut to "Sep"; case-insensitive
    # only inside the group because {CITY} relies on capital letters.
    alts = "|".join(sorted(words, key=len, reverse=True))
    return rf"(?i:\b(?:{alts})\b)\.?"


def _expand(pattern: str, macros: dict[str, str]) -> str:
    # Macros may use other macros; a bounded loop keeps a cycle from hanging.
    for _ in range(10):
        expanded = _MACRO.sub(lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if expanded == pattern:
            return expanded
        pattern = expanded
    return pattern


def _rules(data: dict[str, Any], family: str, macros: dict[str, str],
           compile_: Compile) -> tuple[Rule, ...]:
    sets = data.get("language_sets", {})
    out = []
    for entry in data.get(family, []):
        flags = re.MULTILINE
        out.append(
            Rule(
                family=family,
                name=str(entry["name"]),
                regex=compile_(_expand(str(entry["regex"]), macros), flags),
                examples=tuple(str(e) for e in entry.get("examples", ())),
                counter_examples=tuple(str(e) for e in entry.get("counter_examples", ())),
                role=str(entry.get("role", "")),
                date_order=str(entry.get("date_order", "MDY")),
                offsets=tuple(float(x) for x in entry.get("offsets", ())),
                kind=str(entry.get("kind", "")),
                where=str(entry.get("where", "")),
                footer=bool(entry.get("footer", False)),
                labelled=bool(entry.get("labelled", False)),
                stamp_ok=bool(entry.get("stamp_ok", False)),
                tells=bool(entry.get("tells", False)),
                standalone=bool(entry.get("standalone", False)),
                languages=_languages(entry, sets),
            )
        )
    return tuple(out)


def _languages(entry: dict[str, Any], sets: dict[str, Any]) -> tuple[str, ...]:
    """A rule's `languages`: a list of language codes ("es", "pt") or the name of a list
    in [language_sets], checked when the rules load rather than when a stamp it matches
    is read."""
    value = entry.get("languages", list(ENGLISH))
    if isinstance(value, str) and value in sets:
        value = sets[value]
    if not isinstance(value, list) or not value or not all(
            isinstance(code, str) and _LANGUAGE.fullmatch(code) for code in value):
        raise ValueError(f"rule {entry.get('name')!r}: `languages` must be a list of "
                         f"language codes such as [\"es\", \"pt\"] or the name of one in "
                         f"[language_sets], not {value!r}")
    return tuple(value)


def parse_rules(text: str) -> Rules:
    """Compile a rules document (the content of a pubdate TOML file). Its patterns are
    compiled afresh, not kept in the user's cache, which holds the packaged rules'."""
    import tomllib  # the packaged file is read through the cache (see load_rules)

    return _compile(tomllib.loads(text), re.compile)


def _compile(data: dict[str, Any], compile_: Compile) -> Rules:
    months = {str(k): int(v) for k, v in data["months"].items()}
    weekdays = {str(k): int(v) for k, v in data["weekdays"].items()}
    macros = {str(k): str(v) for k, v in data.get("macros", {}).items()}
    macros["MONTH"] = _alternation(months)
    macros["WEEKDAY"] = _alternation(weekdays)
    return Rules(
        months=months,
        weekdays=weekdays,
        inference=dict(data.get("inference", {})),
        confidence={str(k): float(v) for k, v in data.get("confidence", {}).items()},
        headline_words=int(data.get("chrome_top", {}).get("headline_words", 7)),
        stamps=_rules(data, "stamp", macros, compile_),
        datelines=_rules(data, "dateline", macros, compile_),
        datelines_noyear=_rules(data, "dateline_noyear", macros, compile_),
        datelines_nodate=_rules(data, "dateline_nodate", macros, compile_),
        urls=_rules(data, "url", macros, compile_),
        url_wrappers=_rules(data, "url_wrapper", macros, compile_),
        chrome=_rules(data, "chrome", macros, compile_),
        date_orders=_rules(data, "date_order", macros, compile_),
        tense=_tense(data.get("tense", {})),
        elapsed=_elapsed(data.get("inference", {})),
        reported_on=_reported_on(data.get("inference", {})),
        not_the_page=_optional(data.get("fields", {}).get("not_the_page")),
    )


def _elapsed(inference: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    patterns = inference.get("elapsed", ())
    if isinstance(patterns, str):
        patterns = [patterns]
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


def _reported_on(inference: dict[str, Any]) -> re.Pattern[str] | None:
    return _optional(inference.get("reported_on"))


def _optional(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def _tense(data: dict[str, Any]) -> TenseCues:
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key, ()))

    return TenseCues(
        future=words("future"),
        future_before_to=words("future_before_to"),
        past=words("past"),
        past_suffix=str(data.get("past_suffix", "ed")),
        not_past=words("not_past"),
        future_in_past=words("future_in_past"),
        present=words("present"),
        examples=tuple((str(t), str(s)) for t, s in data.get("examples", ())),
    )


@cache
def load_rules() -> Rules:
    """The packaged rules, read once per process."""
    rules = _compile(rules_data(), _PROGRAMS.compile)
    _PROGRAMS.save()
    return rules
