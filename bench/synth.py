"""Synthetic news corpora with a known truth, for the benchmark.

`generate(n, seed, out_dir)` invents a world of stories (each a handful of dated
events with named actors), has ~30 invented outlets write `n` articles about it,
and writes them as `.txt` files next to `truth.json`, which records for every
planted time expression where it is, which interval it means and which event it
dates. The corpus deliberately contains what makes the real task hard:

- relative phrasing anchored on the publication date ("on Tuesday", "last month",
  "in October last year", "two weeks ago") or on the previous date ("a day earlier");
- the same event worded differently by different outlets ("signed an agreement",
  "inked a deal", "finalized a contract");
- near misses that must not merge: another event type with the same actors
  ("began" vs "completed deliveries"), a second occurrence ("a second agreement"),
  and a forecast ("is expected to open in March") next to the outcome;
- negated dates ("did not open the bridge in March, as had been planned");
- syndication (wire copy republished verbatim, one independent source);
- planted contradictions (one outlet gives the wrong month for an event).

Every interval in the truth is computed here from the phrase as written, by the
rules of CONTRACT.md section 1, and a phrase is only used for an event when that
interval contains the event's true interval; phrases whose reading the contract
leaves open ("by April", "later this year") are never generated, so the truth is
exact. Output is byte-identical for a seed: all randomness comes from one
`random.Random(seed)` and nothing iterates over sets or the clock.

truth.json (one record per line inside each list):
- `version`, `seed`, `n_articles`, `stats` (counts of stories, events, timexes, ...);
- `articles`: `id` (file name without `.txt`), `file`, `published` (ISO), `published_from`
  (`front_matter`, `dateline` or `byline`: where a reader finds the date), `outlet`,
  `outlet_kind` (wire, paper, broadcaster, blog), `story`, `title`, `url`,
  `syndication_group` (null when not syndicated; the original is in its group too),
  `copy_of` (the original's id, or null), `excluded` ([start, end] spans of datelines and
  bylines: dates in the body that are not claims);
- `timexes`: `id`, `article`, `start`, `end` (offsets into the body after the front-matter
  block, end exclusive, including the preposition: "on Tuesday"), `text`, `earliest`,
  `latest` (ISO, inclusive), `value`, `mod`, `granularity`, `anchor` (TIMEX3 / CONTRACT.md
  section 1), `phrasing` (kind of phrase: weekday, month_last_year, previous, ...),
  `event_id` (null for background facts), `modality` (asserted, expected, negated), `wrong`
  (true for a planted wrong date);
- `events`: `id`, `story`, `kind` (`outcome`, or `plan` for what forecasts announced),
  `predicate`, `label`, `participants`, `earliest`/`latest` (the true interval), `precision`,
  `plan_of` (the outcome a plan is for), `near_miss_of` (an event of the same story that
  it must not be merged with), `mentions`, `independent_sources` (distinct syndication
  groups among the articles asserting it correctly);
- `conflicts`: `id`, `event_id`, `sides` ([true-date spans, wrong-date spans], each span
  `{article, start, end}`; only claims disjoint from the other side, as in CONTRACT.md),
  `gap_days` (days strictly between the closest claims of the two sides);
- `syndication_groups`: `id`, `original`, `copies`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

TRUTH_FILE = "truth.json"
TRUTH_VERSION = 1
# Publication dates stay before this day (the project's "today" is 2026-11-21).
LATEST_PUBLICATION = date(2026, 11, 20)
ARTICLES_PER_STORY = 20

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven")
# Parts of a month (days) and of a year (months), CONTRACT.md section 1.
MONTH_PARTS = (("early", "START", 1, 10), ("mid", "MID", 11, 20), ("late", "END", 21, 31))
YEAR_PARTS = (("early", "START", 1, 4), ("mid", "MID", 5, 8), ("late", "END", 9, 12))


# --------------------------------------------------------------------------- calendar


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month_of(index: int) -> tuple[date, date]:
    year, month = divmod(index, 12)
    return date(year, month + 1, 1), _month_end(year, month + 1)


def _shift_months(d: date, months: int) -> date:
    start, end = _month_of(_month_index(d) + months)
    return start.replace(day=min(d.day, end.day))


def _iso_week(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _day_text(d: date, style: str, year: bool = True) -> str:
    """A calendar day as an outlet writes it: US "March 3, 2019" or UK "3 March 2019"."""
    if style == "us":
        text = f"{MONTHS[d.month - 1]} {d.day}"
        return f"{text}, {d.year}" if year else text
    text = f"{d.day} {MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if year else text


# --------------------------------------------------------------------------- readings


@dataclass(frozen=True)
class Reading:
    """A time phrase and what it means under the contract's rules."""

    text: str
    earliest: date
    latest: date
    value: str
    granularity: str
    anchor: str  # absolute, publication_date or previous_time
    phrasing: str  # which kind of phrase, for per-kind accuracy
    mod: str = ""

    def covers(self, lo: date, hi: date) -> bool:
        return self.earliest <= lo and hi <= self.latest

    def disjoint(self, lo: date, hi: date) -> bool:
        return self.latest < lo or hi < self.earliest


def _day_reading(text: str, d: date, anchor: str, phrasing: str) -> Reading:
    return Reading(text, d, d, d.isoformat(), "day", anchor, phrasing)


def _month_reading(text: str, index: int, anchor: str, phrasing: str, mod: str = "") -> Reading:
    lo, hi = _month_of(index)
    value = f"{lo.year:04d}-{lo.month:02d}"
    return Reading(text, lo, hi, value, "month", anchor, phrasing, mod)


def _month_part_reading(text: str, index: int, part: tuple[str, str, int, int],
                        anchor: str, phrasing: str) -> Reading:
    lo, hi = _month_of(index)
    first, last = lo.replace(day=part[2]), hi.replace(day=min(part[3], hi.day))
    return Reading(text, first, last, f"{lo.year:04d}-{lo.month:02d}", "month", anchor,
                   phrasing, part[1])


def _year_reading(text: str, year: int, anchor: str, phrasing: str) -> Reading:
    return Reading(text, date(year, 1, 1), date(year, 12, 31), f"{year:04d}", "year", anchor,
                   phrasing)


def _month_part(lo: date, hi: date) -> tuple[str, str, int, int] | None:
    """The early/mid/late third of a month that holds both days, if any."""
    for part in MONTH_PARTS:
        if part[2] <= lo.day and hi.day <= part[3]:
            return part
    return None


def _year_part(lo: date, hi: date) -> tuple[str, str, int, int] | None:
    for part in YEAR_PARTS:
        if part[2] <= lo.month and hi.month <= part[3]:
            return part
    return None


def _absolute_readings(lo: date, hi: date, style: str) -> list[Reading]:
    """Phrases that carry their own year: they mean the same in any article."""
    out: list[Reading] = []
    if lo == hi:
        out.append(_day_reading(f"on {_day_text(lo, style)}", lo, "absolute", "abs_day"))
    if _month_index(lo) == _month_index(hi):
        index, name = _month_index(lo), MONTHS[lo.month - 1]
        out.append(_month_reading(f"in {name} {lo.year}", index, "absolute", "abs_month"))
        part = _month_part(lo, hi)
        if part is not None:
            word = f"{part[0]}-{name}" if part[0] == "mid" else f"{part[0]} {name}"
            out.append(_month_part_reading(f"in {word} {lo.year}", index, part, "absolute",
                                           "abs_month_part"))
    if lo.year == hi.year:
        out.append(_year_reading(f"in {lo.year}", lo.year, "absolute", "abs_year"))
        ypart = _year_part(lo, hi)
        if ypart is not None:
            word = f"mid-{lo.year}" if ypart[0] == "mid" else f"{ypart[0]} {lo.year}"
            first, last = date(lo.year, ypart[2], 1), _month_end(lo.year, ypart[3])
            out.append(Reading(f"in {word}", first, last, f"{lo.year:04d}", "year", "absolute",
                               "abs_year_part", ypart[1]))
    return out


def past_readings(lo: date, hi: date, pub: date, style: str) -> list[Reading]:
    """Every phrase a past-tense report published on `pub` may use for [lo, hi]."""
    if hi > pub:
        return []
    out = _absolute_readings(lo, hi, style)
    pd = "publication_date"
    ago = (pub - lo).days
    if lo == hi and 0 <= ago <= 6:
        out.append(_day_reading(f"on {WEEKDAYS[lo.weekday()]}", lo, pd, "weekday"))
    if lo == hi and ago == 1:
        out.append(_day_reading("yesterday", lo, pd, "yesterday"))
    if lo == hi and 2 <= ago <= 5:
        out.append(_day_reading(f"{NUMBERS[ago]} days ago", lo, pd, "days_ago"))
    for weeks in (1, 2, 3):
        first, last = _iso_week(pub - timedelta(days=7 * weeks))
        if first <= lo and hi <= last:
            words = "a week ago" if weeks == 1 else f"{NUMBERS[weeks]} weeks ago"
            iso = first.isocalendar()
            out.append(Reading(words, first, last, f"{iso[0]:04d}-W{iso[1]:02d}", "week", pd,
                               "weeks_ago"))
    if _month_index(lo) == _month_index(hi):
        out.extend(_past_month_readings(lo, hi, pub, style))
    if lo.year == hi.year:
        years = pub.year - lo.year
        if years == 1:
            out.append(_year_reading("last year", lo.year, pd, "last_year"))
        if 2 <= years <= 5:
            out.append(_year_reading(f"{NUMBERS[years]} years ago", lo.year, pd, "years_ago"))
    return out


def _past_month_readings(lo: date, hi: date, pub: date, style: str) -> list[Reading]:
    """Month phrases without a year: they resolve to the latest such month before `pub`.

    A month named like the publication month itself is never used: whether "in
    November" in a November article means this one or last year's is a guess.
    """
    out: list[Reading] = []
    pd, index, name = "publication_date", _month_index(lo), MONTHS[lo.month - 1]
    back = _month_index(pub) - index
    if back == 1:
        out.append(_month_reading("last month", index, pd, "last_month"))
    if 2 <= back <= 5:
        out.append(_month_reading(f"{NUMBERS[back]} months ago", index, pd, "months_ago"))
    if 1 <= back <= 11:
        out.append(_month_reading(f"in {name}", index, pd, "month"))
        part = _month_part(lo, hi)
        if part is not None:
            word = f"mid-{name}" if part[0] == "mid" else f"{part[0]} {name}"
            out.append(_month_part_reading(f"in {word}", index, part, pd, "month_part"))
    if lo.year == pub.year - 1:
        out.append(_month_reading(f"in {name} last year", index, pd, "month_last_year"))
    if lo == hi and 0 <= back <= 10:
        out.append(_day_reading(f"on {_day_text(lo, style, year=False)}", lo, pd, "day_no_year"))
    return out


def future_readings(lo: date, hi: date, pub: date, style: str) -> list[Reading]:
    """Every phrase a forecast published on `pub` may use for a planned [lo, hi]."""
    if lo <= pub:
        return []
    out = [r for r in _absolute_readings(lo, hi, style) if r.phrasing != "abs_day"]
    pd = "publication_date"
    if _month_index(lo) == _month_index(hi):
        index, name = _month_index(lo), MONTHS[lo.month - 1]
        ahead = index - _month_index(pub)
        if ahead == 1:
            out.append(_month_reading("next month", index, pd, "next_month"))
        if 1 <= ahead <= 11:
            out.append(_month_reading(f"in {name}", index, pd, "month_future"))
    if lo.year == hi.year and lo.year == pub.year + 1:
        out.append(_year_reading("next year", lo.year, pd, "next_year"))
    return out


_PREVIOUS_WORDS: dict[int, tuple[str, ...]] = {
    -1: ("a day earlier", "the day before"),
    1: ("a day later", "the next day", "the following day"),
    -2: ("two days earlier",),
    2: ("two days later",),
    -7: ("a week earlier",),
    7: ("a week later",),
}


def previous_readings(anchor: date, day: date) -> list[Reading]:
    """Phrases that date `day` from the date mentioned just before ("a day earlier").

    Counted from a day, "a week later" is a day too (the same weekday), as every
    hand-annotated set reads it; "two weeks ago", counted from the publication date,
    keeps its week (see past_readings).
    """
    gap = (day - anchor).days
    return [_day_reading(w, day, "previous_time", "previous")
            for w in _PREVIOUS_WORDS.get(gap, ())]


# Relative phrases are what the tool is for, so they are favoured when they apply.
PHRASING_WEIGHTS: dict[str, float] = {
    "abs_day": 3, "abs_month": 3, "abs_month_part": 1.5, "abs_year": 1.5,
    "abs_year_part": 1, "weekday": 8, "yesterday": 2, "days_ago": 1.5, "weeks_ago": 1.5,
    "last_month": 2, "months_ago": 1, "month": 2, "month_part": 2, "month_last_year": 2.5,
    "day_no_year": 1.5, "last_year": 1, "years_ago": 0.5, "next_month": 2,
    "month_future": 3, "next_year": 1, "previous": 1,
}  # fmt: skip


def _pick(rng: random.Random, readings: Sequence[Reading]) -> Reading:
    weights = [PHRASING_WEIGHTS[r.phrasing] for r in readings]
    return rng.choices(readings, weights=weights)[0]


# --------------------------------------------------------------------------- the world


@dataclass(frozen=True)
class Form:
    """One wording of a predicate: past tense and base form, with role placeholders."""

    past: str
    base: str
    subject: str = ""  # overrides the family's subject ("voters in {country}")


@dataclass(frozen=True)
class Family:
    """A kind of event; its forms are interchangeable wordings of the same event."""

    key: str
    subject: str
    plural: bool
    forms: tuple[Form, ...]
    near_miss_of: str = ""  # same actors, different event (must not merge with it)


def _family(key: str, subject: str, plural: bool, *forms: tuple[str, ...],
            near: str = "") -> Family:
    return Family(key, subject, plural, tuple(Form(*f) for f in forms), near)


# Families in the order their events happen within a story.
STORY_KINDS: dict[str, tuple[Family, ...]] = {
    "arms": (
        _family("hold_talks", "{country} and {other}", True,
                ("held talks on the purchase of {system}",
                 "hold talks on the purchase of {system}"),
                ("opened negotiations on {system}", "open negotiations on {system}")),
        _family("sign_deal", "{country} and {other}", True,
                ("signed an agreement on {system}", "sign an agreement on {system}"),
                ("inked a deal for {system}", "ink a deal for {system}"),
                ("finalized a contract for {system}", "finalize a contract for {system}")),
        _family("pay_advance", "{country}", False,
                ("made an advance payment for the {system}",
                 "make an advance payment for the {system}"),
                ("paid the first instalment for the {system}",
                 "pay the first instalment for the {system}")),
        _family("begin_deliveries", "{company}", False,
                ("began deliveries of {system} to {country}",
                 "begin deliveries of {system} to {country}"),
                ("delivered the first batch of {system} to {country}",
                 "deliver the first batch of {system} to {country}"),
                ("started shipping {system} to {country}", "start shipping {system} to {country}")),
        _family("complete_deliveries", "{company}", False,
                ("completed deliveries of {system} to {country}",
                 "complete deliveries of {system} to {country}"),
                ("delivered the last batch of {system} to {country}",
                 "deliver the last batch of {system} to {country}"),
                ("finished shipping {system} to {country}",
                 "finish shipping {system} to {country}"),
                near="begin_deliveries"),
        _family("sign_second_deal", "{country} and {other}", True,
                ("signed a second agreement on {system}", "sign a second agreement on {system}"),
                ("inked a new deal for more {system}", "ink a new deal for more {system}"),
                near="sign_deal"),
        _family("test_fire", "{country}", False,
                ("test-fired the {system}", "test-fire the {system}"),
                ("carried out the first live-fire test of the {system}",
                 "carry out the first live-fire test of the {system}")),
        _family("impose_sanctions", "{third}", False,
                ("imposed sanctions on {country} over the {system}",
                 "impose sanctions on {country} over the {system}"),
                ("slapped sanctions on {country} over the {system}",
                 "slap sanctions on {country} over the {system}")),
    ),
    "bridge": (
        _family("award_contract", "{country}", False,
                ("awarded {company} the contract to build the {bridge}",
                 "award {company} the contract to build the {bridge}"),
                ("picked {company} to build the {bridge}", "pick {company} to build the {bridge}")),
        _family("break_ground", "{company}", False,
                ("began construction of the {bridge}", "begin construction of the {bridge}"),
                ("broke ground on the {bridge}", "break ground on the {bridge}"),
                ("started work on the {bridge}", "start work on the {bridge}")),
        _family("finish_span", "{company}", False,
                ("joined the two halves of the {bridge}", "join the two halves of the {bridge}"),
                ("completed the main span of the {bridge}",
                 "complete the main span of the {bridge}")),
        _family("open_bridge", "{person}", False,
                ("opened the {bridge}", "open the {bridge}"),
                ("inaugurated the {bridge}", "inaugurate the {bridge}"),
                ("opened the {bridge} to traffic", "open the {bridge} to traffic")),
        _family("close_bridge", "{country}", False,
                ("closed the {bridge} for repairs", "close the {bridge} for repairs"),
                ("shut the {bridge} to traffic for repairs",
                 "shut the {bridge} to traffic for repairs"),
                near="open_bridge"),
        _family("reopen_bridge", "{country}", False,
                ("reopened the {bridge}", "reopen the {bridge}"),
                ("reopened the {bridge} to traffic", "reopen the {bridge} to traffic"),
                near="open_bridge"),
    ),
    "bank": (
        _family("raise_rates", "{bank}", False,
                ("raised interest rates", "raise interest rates"),
                ("increased its benchmark rate", "increase its benchmark rate"),
                ("hiked borrowing costs", "hike borrowing costs")),
        _family("raise_rates_again", "{bank}", False,
                ("raised interest rates for a second time",
                 "raise interest rates for a second time"),
                ("delivered a second rate hike", "deliver a second rate hike"),
                near="raise_rates"),
        _family("start_bonds", "{bank}", False,
                ("launched a bond-buying programme", "launch a bond-buying programme"),
                ("began buying government bonds", "begin buying government bonds")),
        _family("cut_rates", "{bank}", False,
                ("cut interest rates", "cut interest rates"),
                ("lowered its benchmark rate", "lower its benchmark rate"),
                ("reduced borrowing costs", "reduce borrowing costs"),
                near="raise_rates"),
        _family("end_bonds", "{bank}", False,
                ("ended its bond-buying programme", "end its bond-buying programme"),
                ("stopped buying government bonds", "stop buying government bonds"),
                near="start_bonds"),
        _family("replace_governor", "{country}", False,
                ("named a new governor of {bank}", "name a new governor of {bank}"),
                ("appointed {person} to lead {bank}", "appoint {person} to lead {bank}")),
    ),
    "conflict": (
        _family("strike_port", "{other}", False,
                ("struck the port of {city}", "strike the port of {city}"),
                ("launched missile strikes on the port of {city}",
                 "launch missile strikes on the port of {city}"),
                ("shelled the port of {city}", "shell the port of {city}")),
        _family("strike_port_again", "{other}", False,
                ("struck the port of {city} again", "strike the port of {city} again"),
                ("carried out a second strike on the port of {city}",
                 "carry out a second strike on the port of {city}"),
                near="strike_port"),
        _family("ceasefire", "{country} and {other}", True,
                ("agreed a ceasefire", "agree a ceasefire"),
                ("signed a truce", "sign a truce"),
                ("declared a ceasefire", "declare a ceasefire")),
        _family("swap_prisoners", "{country} and {other}", True,
                ("exchanged prisoners", "exchange prisoners"),
                ("carried out a prisoner swap", "carry out a prisoner swap")),
        _family("withdraw", "{other}", False,
                ("withdrew its troops from {region}", "withdraw its troops from {region}"),
                ("pulled its forces out of {region}", "pull its forces out of {region}")),
        _family("reopen_port", "{country}", False,
                ("reopened the port of {city}", "reopen the port of {city}"),
                ("resumed shipping from the port of {city}",
                 "resume shipping from the port of {city}"),
                near="strike_port"),
    ),
    "politics": (
        _family("announce_election", "{person}", False,
                ("announced an early election", "announce an early election"),
                ("called a snap election", "call a snap election"),
                ("called early elections", "call early elections")),
        _family("dissolve_parliament", "{person}", False,
                ("dissolved parliament", "dissolve parliament"),
                ("dissolved the national assembly", "dissolve the national assembly")),
        _family("hold_election", "{country}", False,
                ("held a general election", "hold a general election"),
                ("went to the polls", "go to the polls", "voters in {country}")),
        _family("form_government", "{party}", False,
                ("formed a coalition government", "form a coalition government"),
                ("agreed a coalition deal", "agree a coalition deal")),
        _family("resign", "{person}", False,
                ("resigned as prime minister", "resign as prime minister"),
                ("stepped down as prime minister", "step down as prime minister")),
        _family("announce_second_election", "{country}", False,
                ("announced a second early election", "announce a second early election"),
                ("called another snap election", "call another snap election"),
                near="announce_election"),
    ),
    "merger": (
        _family("announce_merger", "{company}", False,
                ("announced a merger with {partner}", "announce a merger with {partner}"),
                ("agreed to merge with {partner}", "agree to merge with {partner}")),
        _family("approve_merger", "{country}", False,
                ("approved the merger of {company} and {partner}",
                 "approve the merger of {company} and {partner}"),
                ("cleared the {company}-{partner} merger", "clear the {company}-{partner} merger")),
        _family("complete_merger", "{company}", False,
                ("completed its merger with {partner}", "complete its merger with {partner}"),
                ("closed its merger with {partner}", "close its merger with {partner}"),
                ("finalized the merger with {partner}", "finalize the merger with {partner}"),
                near="announce_merger"),
        _family("open_plant", "{company}", False,
                ("opened a new plant in {city}", "open a new plant in {city}"),
                ("inaugurated a factory in {city}", "inaugurate a factory in {city}")),
        _family("close_plant", "{company}", False,
                ("closed its plant in {city}", "close its plant in {city}"),
                ("shut its factory in {city}", "shut its factory in {city}"),
                near="open_plant"),
    ),
}

# Invented names are built from parts, so that a 10k corpus has enough distinct
# countries, companies and bridges for stories not to collide by accident.
COUNTRY_STEMS = (
    "Val", "Kes", "Mar", "Cal", "Lir", "Sar", "Esk", "Bor", "Quel", "Ter", "Ost", "Zer",
    "Pel", "Nor", "Cor", "Tal", "Gav", "Drav", "Hel", "Mor", "Vel", "Tor", "Bren", "Sil",
)  # fmt: skip
COUNTRY_ENDINGS = ("doria", "uria", "ovia", "vania", "enia", "aria", "onia", "esia", "ravia",
                   "landia")
CITIES = (
    "Port Alden", "Varnholm", "Kestrel Bay", "Siravo", "New Tarsk", "Lorvik", "Castel Brun",
    "Miravelle", "Eskerby", "Tolvane", "Brannock", "Quessa", "Halvard", "Remmel",
    "Dunmarrow", "Selvig", "Pravna", "Calloway Point", "Torrento", "Vessel Harbour",
    "Ambrey", "Fallowmere", "Gostin", "Harrowgate Sound", "Istel", "Jarnby", "Kolvo", "Lessing",
    "Montvale", "Nerris", "Orlanne", "Pasvik", "Rothmere", "Saltcombe", "Tiran", "Ulvik",
)  # fmt: skip
COMPANY_NAMES = (
    "Norhaven", "Aldmere", "Corvane", "Tarsk", "Brightwater", "Velmont", "Stellan", "Orrin",
    "Grayport", "Kavel", "Halden", "Ostrom", "Lumen", "Caspar", "Redfern", "Tessel", "Marlow",
    "Quarrier", "Pellham", "Vantor", "Ashgrove", "Dunholt", "Frey", "Ironvale",
)  # fmt: skip
COMPANY_KINDS = (
    "Shipyards", "Energy", "Aerospace", "Steelworks", "Rail", "Motors", "Arms", "Telecom",
    "Logistics", "Pharmaceuticals", "Construction", "Engineering", "Industries", "Mining",
)  # fmt: skip
SYSTEMS = (
    "Halberd-7 air defence systems", "Skyward K-9 radar units",
    "Trident-M coastal missile batteries", "Falcon-4 patrol drones", "Vanguard-12 frigates",
    "Sentinel-3 howitzers",
    "Corsair light attack jets", "Bastion-2 armoured vehicles", "Osprey-6 transport helicopters",
)  # fmt: skip
RIVERS = (
    "Marren", "Tolva", "Selk", "Brisa", "Kellen", "Varno", "Oster", "Lume", "Dravo", "Hale",
    "Sorrel", "Kinley", "Auden", "Perrin", "Velde", "Carrow", "Tamsin", "Oldbrook",
)  # fmt: skip
BRIDGE_KINDS = ("Bridge", "Viaduct", "Crossing")
REGIONS = ("the northern districts", "the border zone", "the coastal strip", "the eastern valleys",
           "the island of Kerro", "the Selk delta")
PARTIES = ("the Civic Union", "the Progress Alliance", "the National Renewal party",
           "the Green Forum", "the Workers' League", "the Liberal Centre")
FIRST_NAMES = (
    "Ilse", "Tomas", "Anika", "Jorin", "Mirela", "Teodor", "Lena", "Oskar", "Dalia", "Piet",
    "Sanna", "Emre", "Yusuf", "Ines", "Bram", "Katya", "Milos", "Freya", "Anders", "Noor",
    "Rafael", "Greta", "Luka", "Selin", "Matteo", "Hana", "Viktor", "Elif", "Jonas", "Mara",
)  # fmt: skip
LAST_NAMES = (
    "Varga", "Brenner", "Solberg", "Hale", "Oskan", "Vask", "Marchetti", "Vintner", "Ferrant",
    "Rensma", "Kovel", "Dalkan", "Aren", "Calloway", "Tolliver", "Lindqvist", "Petrak", "Osei",
    "Moreau", "Halvorsen", "Castell", "Novak", "Brandt", "Sayer", "Quist", "Renner", "Amsel",
    "Korvac", "Delane", "Ostrander",
)  # fmt: skip
SPEAKER_TITLES: dict[str, str] = {
    "arms": "Defence Minister", "bridge": "Transport Minister", "bank": "Finance Minister",
    "conflict": "Foreign Minister", "politics": "Interior Minister", "merger": "Economy Minister",
}  # fmt: skip


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str  # wire, paper, broadcaster, blog
    domain: str
    style: str  # "us" or "uk" date order
    abbr: str = ""  # wire services sign datelines with it
    curly: bool = False  # typographic quotes


OUTLETS: tuple[Outlet, ...] = (
    Outlet("Meridian Press Agency", "wire", "meridianpress.com", "us", "MPA"),
    Outlet("Continental Newswire", "wire", "continental-newswire.com", "us", "CNW"),
    Outlet("Boreal News Agency", "wire", "borealnews.org", "uk", "BNA"),
    Outlet("Atlas Wire", "wire", "atlaswire.net", "uk", "ATW"),
    Outlet("The Morning Ledger", "paper", "morningledger.com", "us", curly=True),
    Outlet("The Northern Gazette", "paper", "northerngazette.co.uk", "uk"),
    Outlet("The Daily Sentinel", "paper", "dailysentinel.com", "us"),
    Outlet("The Harbour Times", "paper", "harbourtimes.co.uk", "uk", curly=True),
    Outlet("The Capital Observer", "paper", "capitalobserver.com", "us"),
    Outlet("The Lakeside Chronicle", "paper", "lakesidechronicle.com", "us", curly=True),
    Outlet("The Evening Courier", "paper", "eveningcourier.co.uk", "uk"),
    Outlet("The Weekly Compass", "paper", "weeklycompass.com", "us"),
    Outlet("The National Register", "paper", "nationalregister.com", "us"),
    Outlet("The Citizen Journal", "paper", "citizenjournal.net", "uk"),
    Outlet("The Metropolitan Post", "paper", "metropost.com", "us", curly=True),
    Outlet("The Coastal Record", "paper", "coastalrecord.co.uk", "uk"),
    Outlet("Northwave Broadcasting", "broadcaster", "northwave.tv", "uk"),
    Outlet("Channel Nine International", "broadcaster", "channelnine.international", "us"),
    Outlet("Radio Meridia", "broadcaster", "radiomeridia.fm", "uk"),
    Outlet("TV Atlantica", "broadcaster", "tvatlantica.com", "us"),
    Outlet("Beacon News Network", "broadcaster", "beaconnews.net", "us", curly=True),
    Outlet("Summit Radio", "broadcaster", "summitradio.org", "uk"),
    Outlet("Horizon 24", "broadcaster", "horizon24.news", "uk"),
    Outlet("Defence Watch", "blog", "defencewatch.blog", "uk", curly=True),
    Outlet("The Policy Wonk", "blog", "policywonk.substack.com", "us"),
    Outlet("Harbour Notes", "blog", "harbournotes.blog", "uk"),
    Outlet("Markets Unplugged", "blog", "marketsunplugged.com", "us", curly=True),
    Outlet("Strait Talk", "blog", "straittalk.net", "us"),
    Outlet("The Dispatch Box", "blog", "dispatchbox.org", "uk"),
    Outlet("Ledger Lines", "blog", "ledgerlines.blog", "us"),
)
# Share of original (non-syndicated) articles written by each kind of outlet.
ORIGINAL_KIND_WEIGHTS = {"wire": 0.35, "paper": 0.35, "broadcaster": 0.15, "blog": 0.15}


@dataclass(frozen=True)
class WorldEvent:
    id: str
    story: int
    family: Family
    lo: date  # the true interval: the day, or the whole month/year when only that is known
    hi: date
    precision: str  # day, month, year
    plan: tuple[date, date] | None = None  # announced beforehand for this month/year


@dataclass(frozen=True)
class Story:
    index: int
    kind: str
    roles: dict[str, str]
    events: tuple[WorldEvent, ...]
    speaker: str


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _country(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(COUNTRY_STEMS) + rng.choice(COUNTRY_ENDINGS)
    return name, name + "n"


# What kind of company a story needs; any kind may merge or build a plant.
STORY_COMPANY_KINDS: dict[str, tuple[str, ...]] = {
    "arms": ("Arms", "Aerospace", "Shipyards", "Defence Systems", "Dynamics"),
    "bridge": ("Construction", "Engineering", "Bridgeworks", "Infrastructure"),
}


def _company(rng: random.Random, kind: str) -> str:
    return f"{rng.choice(COMPANY_NAMES)} {rng.choice(STORY_COMPANY_KINDS.get(kind, COMPANY_KINDS))}"


def _roles(rng: random.Random, kind: str) -> dict[str, str]:
    (country, adj), (other, other_adj), (third, _) = (_country(rng) for _ in range(3))
    return {
        "country": country, "adj": adj, "other": other, "other_adj": other_adj, "third": third,
        "company": _company(rng, kind), "partner": _company(rng, kind),
        "city": rng.choice(CITIES),
        "system": rng.choice(SYSTEMS),
        "bridge": f"{rng.choice(RIVERS)} {rng.choice(BRIDGE_KINDS)}",
        "bank": f"the Central Bank of {country}", "region": rng.choice(REGIONS),
        "party": rng.choice(PARTIES), "person": _person(rng),
    }  # fmt: skip


# The roles that make two stories of a kind the same story. Stories are drawn with
# distinct keys: two identical rate hikes by one bank would be a real ambiguity, not
# a planted one.
STORY_KEYS: dict[str, tuple[str, ...]] = {
    "arms": ("country", "system"), "bridge": ("bridge",), "bank": ("country",),
    "conflict": ("other", "city"), "politics": ("country",), "merger": ("company", "partner"),
}  # fmt: skip


def _distinct_roles(rng: random.Random, kind: str, taken: set[tuple[str, ...]]) -> dict[str, str]:
    for _ in range(100):
        roles = _roles(rng, kind)
        # Countries from one stem ("Valdoria", "Valaria") read as the same country.
        if len({roles[k][:3] for k in ("country", "other", "third")}) < 3:
            continue
        if roles["company"] == roles["partner"]:
            continue
        key = (kind, *(roles[r] for r in STORY_KEYS[kind]))
        if key not in taken:
            taken.add(key)
            return roles
    return roles  # the name space is exhausted: accept a repeat rather than loop forever


def _story(rng: random.Random, index: int, taken: set[tuple[str, ...]]) -> Story:
    kind = rng.choice(sorted(STORY_KINDS))
    families = STORY_KINDS[kind]
    count = rng.randint(min(3, len(families)), min(8, len(families)))
    chosen = sorted(rng.sample(range(len(families)), count))
    day = date(2010, 1, 1) + timedelta(days=rng.randint(0, 13 * 365))
    events: list[WorldEvent] = []
    for k, fam_index in enumerate(chosen):
        if k:
            # Some events follow the previous one closely, so that "a day earlier"
            # and "a week later" have something to point at.
            tight = rng.random() < 0.25
            day += timedelta(days=rng.choice((1, 2, 7)) if tight else rng.randint(20, 260))
        if day > date(2026, 9, 30):
            break
        events.append(_event(rng, index, k, families[fam_index], day, events))
    roles = _distinct_roles(rng, kind, taken)
    speaker = f"{SPEAKER_TITLES[kind]} {_person(rng)}"
    return Story(index, kind, roles, tuple(events), speaker)


def _event(rng: random.Random, story: int, k: int, family: Family, day: date,
           earlier: Sequence[WorldEvent]) -> WorldEvent:
    close = any(abs((day - e.lo).days) <= 7 for e in earlier)
    roll = rng.random()
    precision = "day" if close or roll < 0.72 else ("month" if roll < 0.92 else "year")
    if precision == "day":
        lo = hi = day
    elif precision == "month":
        lo, hi = _month_of(_month_index(day))
    else:
        lo, hi = date(day.year, 1, 1), date(day.year, 12, 31)
    plan = None
    if precision != "year" and rng.random() < 0.45:
        # A forecast came true (same month) or the plan slipped (an earlier month).
        slip = 0 if rng.random() < 0.6 else rng.randint(1, 4)
        plan = _month_of(_month_index(day) - slip)
    return WorldEvent(f"s{story:04d}.e{k}", story, family, lo, hi, precision, plan)


def _fill(template: str, roles: dict[str, str]) -> str:
    return template.format(**roles)


def _participants(family: Family, roles: dict[str, str]) -> list[str]:
    names: list[str] = []
    for text in (family.forms[0].subject or family.subject, family.forms[0].past):
        for _, field_name, _, _ in string.Formatter().parse(text):
            if field_name and roles[field_name] not in names:
                names.append(roles[field_name])
    return names


_INFINITIVE = re.compile(r"\bto [a-z]")


def _needs_front(form: Form) -> bool:
    """A date after "picked X to build the bridge" could date the building: such
    wordings get their date at the front of the sentence, where it is unambiguous."""
    return bool(_INFINITIVE.search(form.past))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class Mark:
    """A planted time expression, at offsets relative to its paragraph."""

    start: int
    end: int
    reading: Reading
    event_id: str | None
    modality: str
    wrong: bool = False


@dataclass(frozen=True)
class Paragraph:
    text: str
    marks: tuple[Mark, ...] = ()
    excluded: tuple[tuple[int, int], ...] = ()  # dateline: dated, but not a claim


class _Builder:
    """Accumulates one paragraph and remembers where each planted phrase lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.marks: list[Mark] = []
        self.excluded: list[tuple[int, int]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def exclude(self, text: str) -> None:
        self.excluded.append((self.pos, self.pos + len(text)))
        self.add(text)

    def timex(self, reading: Reading, event_id: str | None, modality: str, *,
              front: bool = False, wrong: bool = False) -> None:
        text = _cap(reading.text) if front else reading.text
        shown = Reading(text, reading.earliest, reading.latest, reading.value,
                        reading.granularity, reading.anchor, reading.phrasing, reading.mod)
        self.marks.append(Mark(self.pos, self.pos + len(text), shown, event_id, modality, wrong))
        self.add(text)

    def space(self) -> None:
        if self.parts and not self.parts[-1].endswith(" "):
            self.add(" ")

    def paragraph(self) -> Paragraph:
        return Paragraph("".join(self.parts), tuple(self.marks), tuple(self.excluded))


@dataclass(frozen=True)
class Mention:
    """What an article is going to say about an event, before it is worded."""

    event: WorldEvent
    modality: str  # asserted, expected, negated
    reading: Reading
    wrong: bool = False
    follows: Mention | None = None  # set when dated from the previous mention's day


class _Writer:
    """Words sentences for one story in one outlet's voice."""

    def __init__(self, rng: random.Random, story: Story, outlet: Outlet) -> None:
        self.rng, self.story, self.outlet = rng, story, outlet
        self.roles = story.roles
        self.open_q, self.close_q = ("\u201c", "\u201d") if outlet.curly else ('"', '"')

    def subject(self, event: WorldEvent, form: Form) -> str:
        return _fill(form.subject or event.family.subject, self.roles)

    def form(self, event: WorldEvent) -> Form:
        return self.rng.choice(event.family.forms)

    def asserted(self, b: _Builder, m: Mention, *, lead: bool = False) -> None:
        form = self.form(m.event)
        subj, verb = self.subject(m.event, form), _fill(form.past, self.roles)
        shape = self.rng.random()
        b.space()
        if m.follows is not None or shape < 0.3 or _needs_front(form):
            b.timex(m.reading, m.event.id, m.modality, front=True, wrong=m.wrong)
            b.add(f", {subj} {verb}.")
        elif shape < 0.5 and not lead:
            # Not "X said Y struck the port on Tuesday": the date could be the saying's.
            b.add(f"According to {self.story.speaker}, {subj} {verb} ")
            b.timex(m.reading, m.event.id, m.modality, wrong=m.wrong)
            b.add(".")
        else:
            b.add(f"{_cap(subj)} {verb} ")
            b.timex(m.reading, m.event.id, m.modality, wrong=m.wrong)
            b.add(f", {self._attribution()}." if self.rng.random() < 0.4 else ".")

    def expected(self, b: _Builder, m: Mention, plan_id: str) -> None:
        form = self.form(m.event)
        subj, base = self.subject(m.event, form), _fill(form.base, self.roles)
        plural = m.event.family.plural and not form.subject
        shape = self.rng.randrange(4)
        clause = (
            f"{subj} {'are' if plural else 'is'} expected to {base}",
            f"{subj} {'plan' if plural else 'plans'} to {base}",
            f"{subj} will {base}",
            f"{self.story.speaker} said {subj} would {base}",
        )[shape]
        b.space()
        if _needs_front(form):
            b.timex(m.reading, plan_id, "expected", front=True)
            b.add(f", {clause}.")
            return
        b.add(f"{_cap(clause)} ")
        b.timex(m.reading, plan_id, "expected")
        b.add(f", {self._attribution()}." if shape == 2 else ".")

    def negated(self, b: _Builder, m: Mention) -> None:
        form = self.form(m.event)
        subj, base = self.subject(m.event, form), _fill(form.base, self.roles)
        b.space()
        if _needs_front(form):
            b.timex(m.reading, m.event.id, "negated", front=True)
            b.add(f", {subj} did not {base}, contrary to the original plan.")
        elif self.rng.random() < 0.5:
            b.add(f"{_cap(subj)} did not {base} ")
            b.timex(m.reading, m.event.id, "negated")
            b.add(", as had been planned.")
        else:
            b.add(f"Contrary to the original plan, {subj} did not {base} ")
            b.timex(m.reading, m.event.id, "negated")
            b.add(".")

    def background(self, b: _Builder, pub: date) -> None:
        """A dated fact that belongs to no story event (its event id is null)."""
        year = pub.year - self.rng.randint(2, 9)
        reading = _year_reading(f"in {year}", year, "absolute", "abs_year")
        roles, n = self.roles, self.rng.randint(3, 48)
        templates = (
            (f"{roles['country']}'s exports rose {n} percent ", ", according to official figures."),
            (f"{roles['company']} reported a net profit of {n * 7} million dollars ", "."),
            (f"Unemployment in {roles['country']} stood at {n / 4:.1f} percent ", "."),
            (f"The population of {roles['city']} grew by {n} thousand ", ", a census showed."),
        )
        before, after = self.rng.choice(templates)
        b.space()
        b.add(before)
        b.timex(reading, None, "asserted")
        b.add(after)

    def filler(self, b: _Builder) -> None:
        """A sentence with no time expression in it."""
        r, o, c = self.roles, self.open_q, self.close_q
        sentences = (
            f"{o}This is an important step for our country,{c} {self.story.speaker} said.",
            f"Analysts said the move could strain ties between {r['country']} and {r['other']}.",
            f"Officials in {r['city']} declined to comment on the details.",
            f"{o}We are committed to this project,{c} said a spokesperson for {r['company']}.",
            f"The {r['adj']} opposition criticised the decision as rushed.",
            f"{r['other']} has repeatedly warned against the plan.",
            "Critics say the costs have not been made public.",
            f"{o}There is no turning back,{c} one senior official told reporters in {r['city']}.",
            f"The announcement was welcomed by business groups in {r['city']}.",
            "Neither side gave further details.",
        )  # fmt: skip
        b.space()
        b.add(self.rng.choice(sentences))

    def _attribution(self) -> str:
        return self.rng.choice((f"{self.story.speaker} said", "officials said",
                                f"a statement from {self.roles['country']} said"))


# --------------------------------------------------------------------------- articles


@dataclass
class _Article:
    outlet: Outlet
    story: int
    published: date
    title: str
    paragraphs: list[Paragraph]
    header: str  # front_matter, dateline or byline
    byline: str = ""
    group: str | None = None
    copy_of: int | None = None  # creation index of the original
    index: int = -1


@dataclass(frozen=True)
class TruthArticle:
    id: str
    file: str
    published: str
    published_from: str  # where a reader finds the date: front_matter, dateline, byline
    outlet: str
    outlet_kind: str
    story: str
    title: str
    url: str
    syndication_group: str | None
    copy_of: str | None
    excluded: tuple[tuple[int, int], ...]  # dateline/byline spans: dates that are not claims


@dataclass(frozen=True)
class TruthTimex:
    id: str
    article: str
    start: int
    end: int
    text: str
    earliest: str
    latest: str
    value: str
    mod: str
    granularity: str
    anchor: str
    phrasing: str
    event_id: str | None
    modality: str
    wrong: bool  # a planted contradiction: the interval misses the event's true date


@dataclass(frozen=True)
class TruthEvent:
    id: str
    story: str
    kind: str  # outcome or plan
    predicate: str
    label: str
    participants: tuple[str, ...]
    earliest: str
    latest: str
    precision: str
    plan_of: str | None
    near_miss_of: str | None
    mentions: int
    independent_sources: int


@dataclass(frozen=True)
class Span:
    article: str
    start: int
    end: int


@dataclass(frozen=True)
class TruthConflict:
    id: str
    event_id: str
    sides: tuple[tuple[Span, ...], ...]  # side 0: the true date, side 1: the planted wrong one
    gap_days: int


@dataclass(frozen=True)
class SyndicationGroup:
    id: str
    original: str
    copies: tuple[str, ...]


@dataclass(frozen=True)
class Truth:
    seed: int
    n_articles: int
    articles: tuple[TruthArticle, ...]
    timexes: tuple[TruthTimex, ...]
    events: tuple[TruthEvent, ...]
    conflicts: tuple[TruthConflict, ...]
    syndication_groups: tuple[SyndicationGroup, ...]
    stats: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The truth.json document (plain JSON types, intervals as ISO strings)."""
        return {
            "version": TRUTH_VERSION,
            "seed": self.seed,
            "n_articles": self.n_articles,
            "stats": dict(self.stats),
            "articles": [_plain(a) for a in self.articles],
            "timexes": [_plain(t) for t in self.timexes],
            "events": [_plain(e) for e in self.events],
            "conflicts": [_plain(c) for c in self.conflicts],
            "syndication_groups": [_plain(g) for g in self.syndication_groups],
        }


_SCALARS = (str, int, float, bool, type(None))


def _plain(obj: Any) -> Any:
    """A truth record as JSON types: dataclasses become dicts, tuples lists."""
    if isinstance(obj, tuple):
        return [x if isinstance(x, _SCALARS) else _plain(x) for x in obj]
    return {k: v if isinstance(v, _SCALARS) else _plain(v) for k, v in vars(obj).items()}


class _Generator:
    def __init__(self, n_articles: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.n, self.seed = n_articles, seed
        taken: set[tuple[str, ...]] = set()
        count = max(1, n_articles // ARTICLES_PER_STORY)
        self.stories = [_story(self.rng, i, taken) for i in range(count)]
        self.stories = [s for s in self.stories if s.events]
        self.articles: list[_Article] = []
        self.wronged: set[str] = set()  # events that already carry a planted wrong date
        self.groups = 0
        weights = [self.rng.uniform(0.3, 1.7) for _ in self.stories]
        self.cum_weights = [sum(weights[: i + 1]) for i in range(len(weights))]
        kinds = ORIGINAL_KIND_WEIGHTS
        self.outlet_weights = [kinds[o.kind] / sum(1 for p in OUTLETS if p.kind == o.kind)
                               for o in OUTLETS]

    def run(self) -> None:
        while len(self.articles) < self.n:
            story = self.rng.choices(self.stories, cum_weights=self.cum_weights)[0]
            outlet = self.rng.choices(OUTLETS, weights=self.outlet_weights)[0]
            original = self._original(story, outlet)
            self.articles.append(original)
            if outlet.kind == "wire" and self.rng.random() < 0.6:
                self._syndicate(original, self.rng.randint(1, 4))

    # -- originals

    def _original(self, story: Story, outlet: Outlet) -> _Article:
        rng = self.rng
        focal = rng.choice([e for e in story.events if e.precision == "day"] or story.events)
        pub = self._publication(focal)
        writer = _Writer(rng, story, outlet)
        mentions = self._mentions(story, focal, pub, outlet)
        header = self._header(outlet)
        paragraphs = self._paragraphs(writer, story, mentions, pub, outlet, header)
        form = focal.family.forms[0]
        title = f"{_cap(_fill(form.subject or focal.family.subject, story.roles))} " \
                f"{_fill(form.base, story.roles)}"
        if not focal.family.plural and not form.subject:
            title = _headline_verb(title, _fill(form.base, story.roles))
        return _Article(outlet, story.index, pub, title, paragraphs, header,
                        byline=self._byline(outlet, pub) if header == "byline" else "")

    def _publication(self, focal: WorldEvent) -> date:
        roll = self.rng.random()
        after = (self.rng.randint(0, 6) if roll < 0.65
                 else self.rng.randint(7, 40) if roll < 0.85 else self.rng.randint(41, 500))
        return min(focal.hi + timedelta(days=after), LATEST_PUBLICATION)

    def _mentions(self, story: Story, focal: WorldEvent, pub: date,
                  outlet: Outlet) -> list[list[Mention]]:
        """What the article says, grouped by paragraph, before any wording."""
        rng, style = self.rng, outlet.style
        past = [e for e in story.events if e.hi <= pub and e is not focal]
        others = rng.sample(past, min(len(past), rng.randint(1, 4)))
        others.sort(key=lambda e: e.lo)
        can_be_wrong = outlet.kind != "wire" and rng.random() < 0.12
        used: set[str] = {focal.id}
        paras: list[list[Mention]] = []
        for event in [focal, *others]:
            if event.id in used and event is not focal:
                continue
            used.add(event.id)
            wrong = (can_be_wrong and event is not focal and event.id not in self.wronged
                     and event.precision != "year")
            first = self._asserted(event, pub, style, wrong)
            if first is None:
                continue
            group = [first]
            partner = self._partner(story, event, pub, used)
            if partner is not None and not first.wrong and first.reading.granularity == "day":
                options = previous_readings(first.reading.earliest, partner.lo)
                if options:
                    used.add(partner.id)
                    group.append(Mention(partner, "asserted", rng.choice(options), follows=first))
            if first.wrong:
                can_be_wrong = False
                self.wronged.add(event.id)
            paras.append(group)
        paras.extend(self._plans(story, pub, style))
        return paras

    def _asserted(self, event: WorldEvent, pub: date, style: str,
                  wrong: bool) -> Mention | None:
        if wrong:
            shift = self.rng.choice((-6, -5, -4, -3, -2, 2, 3, 4))
            lo = _shift_months(event.lo, shift)
            hi = lo if event.precision == "day" else _month_of(_month_index(lo))[1]
            options = [r for r in past_readings(lo, hi, pub, style)
                       if r.disjoint(event.lo, event.hi)]
            if options:
                return Mention(event, "asserted", _pick(self.rng, options), wrong=True)
        options = past_readings(event.lo, event.hi, pub, style)
        return Mention(event, "asserted", _pick(self.rng, options)) if options else None

    def _partner(self, story: Story, event: WorldEvent, pub: date,
                 used: set[str]) -> WorldEvent | None:
        """A day-precise event a day or a week from `event`, to be dated from it."""
        if event.precision != "day" or self.rng.random() < 0.4:
            return None
        for other in story.events:
            gap = abs((other.lo - event.lo).days)
            if (other.id not in used and other.precision == "day" and other.hi <= pub
                    and gap in (1, 2, 7)):
                return other
        return None

    def _plans(self, story: Story, pub: date, style: str) -> list[list[Mention]]:
        """A forecast of a coming event, and a plan that was missed, when the story has one."""
        rng, out = self.rng, []
        coming = [e for e in story.events if e.plan and e.lo > pub and e.plan[0] > pub]
        if coming and rng.random() < 0.7:
            event = rng.choice(coming)
            assert event.plan is not None
            options = future_readings(event.plan[0], event.plan[1], pub, style)
            if options:
                out.append([Mention(event, "expected", _pick(rng, options))])
        missed = [e for e in story.events
                  if e.plan and e.plan[1] < e.lo and e.plan[1] < pub]
        if missed and rng.random() < 0.5:
            event = rng.choice(missed)
            assert event.plan is not None
            options = [r for r in past_readings(event.plan[0], event.plan[1], pub, style)
                       if r.disjoint(event.lo, event.hi)]
            if options:
                out.append([Mention(event, "negated", _pick(rng, options))])
        return out

    def _paragraphs(self, writer: _Writer, story: Story, mentions: list[list[Mention]],
                    pub: date, outlet: Outlet, header: str) -> list[Paragraph]:
        rng, out = self.rng, []
        for k, group in enumerate(mentions):
            b = _Builder()
            if k == 0 and outlet.kind == "wire":
                b.exclude(_dateline(story, outlet, pub, with_year=header == "dateline"))
            for m in group:
                if m.modality == "expected":
                    writer.expected(b, m, f"{m.event.id}.plan")
                elif m.modality == "negated":
                    writer.negated(b, m)
                else:
                    writer.asserted(b, m, lead=k == 0)
            if rng.random() < 0.35:
                writer.filler(b)
            out.append(b.paragraph())
            if rng.random() < 0.4:
                b = _Builder()
                writer.filler(b)
                out.append(b.paragraph())
        if rng.random() < 0.6:
            b = _Builder()
            writer.background(b, pub)
            out.insert(rng.randint(1, len(out)), b.paragraph())
        return out

    def _header(self, outlet: Outlet) -> str:
        if self.rng.random() < (0.7 if outlet.kind in ("wire", "blog") else 0.8):
            return "front_matter"
        return "dateline" if outlet.kind == "wire" else "byline"

    def _byline(self, outlet: Outlet, pub: date) -> str:
        rng = self.rng
        hh, mm = rng.randint(6, 22), rng.randint(0, 59)
        shape = rng.randrange(3)
        if shape == 0:
            return f"By {_person(rng)} | {WEEKDAYS[pub.weekday()]}, {_day_text(pub, outlet.style)}"
        if shape == 1:
            return f"Published {_day_text(pub, outlet.style)}, {hh:02d}:{mm:02d}"
        return f"{hh:02d}:{mm:02d} {pub.day:02d}.{pub.month:02d}.{pub.year}"

    # -- syndication

    def _syndicate(self, original: _Article, copies: int) -> None:
        rng = self.rng
        candidates = [o for o in OUTLETS if o.kind != "wire"]
        group = f"g{self.groups:05d}"
        original.index = len(self.articles) - 1
        made = 0
        for outlet in rng.sample(candidates, copies):
            if len(self.articles) >= self.n:
                break  # the article count is exact, so the last group may be short
            made += 1
            paragraphs = list(original.paragraphs)
            if len(paragraphs) > 2 and rng.random() < 0.35:
                # Sites trim wire copy from the bottom, never from the middle.
                paragraphs = paragraphs[: rng.randint(2, len(paragraphs) - 1)]
            if rng.random() < 0.3:
                note = f"This report was first published by {original.outlet.name}."
                paragraphs.insert(0, Paragraph(note))
            header = "front_matter" if rng.random() < 0.7 else "byline"
            title = original.title if rng.random() < 0.6 else f"{original.title} - report"
            self.articles.append(_Article(
                outlet, original.story, original.published, title, paragraphs, header,
                byline=self._byline(outlet, original.published) if header == "byline" else "",
                group=group, copy_of=original.index,
            ))
        if made:
            original.group = group
            self.groups += 1


def _headline_verb(title: str, base: str) -> str:
    """Headlines use the present tense: "Stellan Arms begin ..." -> "Stellan Arms begins ..."."""
    verb = base.split(" ", 1)[0]
    if verb.endswith(("sh", "ch", "s", "x")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    head = title[: len(title) - len(base)]
    return head + third + base[len(verb):]


def _dateline(story: Story, outlet: Outlet, pub: date, *, with_year: bool) -> str:
    city = story.roles["city"].upper()
    if with_year:
        return f"{city}, {_day_text(pub, outlet.style)} ({outlet.abbr}) - "
    if outlet.style == "uk":
        return f"{city}, {_day_text(pub, 'us', year=False)}. /{outlet.abbr}/. "
    return f"{city}, {_day_text(pub, 'us', year=False)} ({outlet.abbr}) - "


# --------------------------------------------------------------------------- output


_SLUG = re.compile(r"[^a-z0-9]+")


def _url(outlet: Outlet, pub: date, title: str, serial: int) -> str:
    slug = _SLUG.sub("-", title.lower()).strip("-")[:60].rstrip("-")
    if outlet.kind in ("wire", "paper"):
        return f"https://www.{outlet.domain}/{pub:%Y/%m/%d}/{slug}-{serial}"
    return f"https://{outlet.domain}/news/{slug}-{serial}"


def _render(article: _Article, url: str) -> tuple[str, list[tuple[int, Paragraph]]]:
    """The file's text and where each paragraph starts in its body (after front matter)."""
    head = article.title + (f"\n{article.byline}" if article.byline else "")
    offsets: list[tuple[int, Paragraph]] = []
    pos = len(head) + 2
    for p in article.paragraphs:
        offsets.append((pos, p))
        pos += len(p.text) + 2
    body = "\n\n".join([head, *(p.text for p in article.paragraphs)]) + "\n"
    if article.header != "front_matter":
        return body, offsets
    front = (f"---\npublished: {article.published.isoformat()}\nsource: {article.outlet.name}\n"
             f"url: {url}\ntitle: {article.title}\n---\n")
    return front + body, offsets


def generate(n_articles: int, seed: int, out_dir: Path) -> Truth:
    """Write `n_articles` articles and truth.json into `out_dir` (created; must hold no
    earlier corpus files) and return the truth. Same seed, same bytes."""
    if n_articles < 1:
        raise ValueError("n_articles must be at least 1")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir} is not empty; give a new or empty folder")
    gen = _Generator(n_articles, seed)
    gen.run()
    truth = _truth(gen, out_dir)
    (out_dir / TRUTH_FILE).write_text(truth_json(truth), encoding="utf-8")
    return truth


def _truth(gen: _Generator, out_dir: Path) -> Truth:
    order = list(range(len(gen.articles)))
    # Files are numbered in a shuffled order so that neighbours in a folder listing
    # are not the same story or the same syndication group.
    gen.rng.shuffle(order)
    width = max(5, len(str(len(order) - 1)))
    ids = {creation: f"a{number:0{width}d}" for number, creation in enumerate(order)}
    articles: list[TruthArticle] = []
    timexes: list[TruthTimex] = []
    for number, creation in enumerate(order):
        art = gen.articles[creation]
        aid = ids[creation]
        url = _url(art.outlet, art.published, art.title, number)
        text, offsets = _render(art, url)
        (out_dir / f"{aid}.txt").write_text(text, encoding="utf-8")
        excluded: list[tuple[int, int]] = []
        if art.byline:
            excluded.append((len(art.title) + 1, len(art.title) + 1 + len(art.byline)))
        for pos, para in offsets:
            excluded.extend((pos + s, pos + e) for s, e in para.excluded)
            for m in para.marks:
                timexes.append(_truth_timex(aid, pos, m, f"t{len(timexes):06d}"))
        articles.append(TruthArticle(
            aid, f"{aid}.txt", art.published.isoformat(), art.header, art.outlet.name,
            art.outlet.kind, f"s{art.story:04d}", art.title, url, art.group,
            ids[art.copy_of] if art.copy_of is not None else None, tuple(excluded),
        ))
    # Looping over file numbers keeps articles and timexes in id and offset order.
    groups = _groups(articles)
    events = _events(gen.stories, timexes, articles)
    conflicts = _conflicts(timexes)
    stats = {
        "stories": len(gen.stories), "events": len(events), "timexes": len(timexes),
        "syndicated_copies": sum(1 for a in articles if a.copy_of),
        "conflicts": len(conflicts), "wrong_claims": sum(1 for t in timexes if t.wrong),
    }  # fmt: skip
    return Truth(gen.seed, gen.n, tuple(articles), tuple(timexes), tuple(events),
                 tuple(conflicts), tuple(groups), stats)


def _truth_timex(aid: str, pos: int, m: Mark, tid: str) -> TruthTimex:
    r = m.reading
    return TruthTimex(
        tid, aid, pos + m.start, pos + m.end, r.text, r.earliest.isoformat(),
        r.latest.isoformat(), r.value, r.mod, r.granularity, r.anchor, r.phrasing, m.event_id,
        m.modality, m.wrong,
    )


def _groups(articles: Sequence[TruthArticle]) -> list[SyndicationGroup]:
    members: dict[str, list[TruthArticle]] = {}
    for a in articles:
        if a.syndication_group:
            members.setdefault(a.syndication_group, []).append(a)
    out = []
    for gid in sorted(members):
        original = next(a.id for a in members[gid] if a.copy_of is None)
        copies = tuple(a.id for a in members[gid] if a.copy_of is not None)
        out.append(SyndicationGroup(gid, original, copies))
    return out


def _events(stories: Sequence[Story], timexes: Sequence[TruthTimex],
            articles: Sequence[TruthArticle]) -> list[TruthEvent]:
    source_of = {a.id: a.syndication_group or a.id for a in articles}
    mentions: dict[str, list[TruthTimex]] = {}
    for t in timexes:
        if t.event_id:
            mentions.setdefault(t.event_id, []).append(t)
    out: list[TruthEvent] = []
    for story in stories:
        by_family = {e.family.key: e.id for e in story.events}
        for e in story.events:
            fam, roles = e.family, story.roles
            form = fam.forms[0]
            label = f"{_fill(form.subject or fam.subject, roles)} {_fill(form.past, roles)}"
            parts = tuple(_participants(fam, roles))
            near = by_family.get(fam.near_miss_of) if fam.near_miss_of else None
            out.append(_truth_event(e.id, story, "outcome", fam.key, label, parts,
                                    (e.lo, e.hi), e.precision, None, near, mentions, source_of))
            if e.plan is not None:
                out.append(_truth_event(f"{e.id}.plan", story, "plan", fam.key,
                                        f"plan: {label}", parts, e.plan, "month", e.id, None,
                                        mentions, source_of))
    return out


def _truth_event(eid: str, story: Story, kind: str, predicate: str, label: str,
                 parts: tuple[str, ...], interval: tuple[date, date], precision: str,
                 plan_of: str | None, near: str | None, mentions: dict[str, list[TruthTimex]],
                 source_of: dict[str, str]) -> TruthEvent:
    said = mentions.get(eid, [])
    sources = {source_of[t.article] for t in said if t.modality == "asserted" and not t.wrong}
    if kind == "plan":
        sources = {source_of[t.article] for t in said}
    return TruthEvent(eid, f"s{story.index:04d}", kind, predicate, label, parts,
                      interval[0].isoformat(), interval[1].isoformat(), precision, plan_of,
                      near, len(said), len(sources))


def _conflicts(timexes: Sequence[TruthTimex]) -> list[TruthConflict]:
    """One conflict per planted wrong date that some correct asserted claim contradicts.

    The sides follow CONTRACT.md: only claims disjoint from the other side count,
    so a coarse correct claim ("in 2019") that overlaps the wrong month is in neither.
    """
    asserted: dict[str, list[TruthTimex]] = {}
    for t in timexes:
        if t.event_id and t.modality == "asserted":
            asserted.setdefault(t.event_id, []).append(t)
    out: list[TruthConflict] = []
    for t in timexes:
        if not t.wrong or t.event_id is None:
            continue
        right = [c for c in asserted[t.event_id] if not c.wrong and _disjoint(c, t)]
        if not right:
            continue
        gap = min(_gap(c, t) for c in right)
        sides = (tuple(Span(c.article, c.start, c.end) for c in right),
                 (Span(t.article, t.start, t.end),))
        out.append(TruthConflict(f"c{len(out):05d}", t.event_id, sides, gap))
    return out


def _disjoint(a: TruthTimex, b: TruthTimex) -> bool:
    return a.latest < b.earliest or b.latest < a.earliest


def _gap(a: TruthTimex, b: TruthTimex) -> int:
    """Days strictly between two disjoint intervals."""
    first, second = (a, b) if a.latest < b.earliest else (b, a)
    return (date.fromisoformat(second.earliest) - date.fromisoformat(first.latest)).days - 1


# One encoder for all records: json.dumps with options builds a new one per call.
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def truth_json(truth: Truth) -> str:
    """truth.json text: one record per line, so that diffs and greps stay readable."""
    return format_truth(truth.to_dict())


def format_truth(doc: dict[str, Any]) -> str:
    """A truth document as text, one record per line (also used by the dev set's builder)."""
    lines = ["{"]
    keys = list(doc)
    for k, key in enumerate(keys):
        value = doc[key]
        comma = "," if k < len(keys) - 1 else ""
        if isinstance(value, list):
            items = [_ENCODE(v) for v in value]
            inner = ",\n  ".join(items)
            lines.append(f" {json.dumps(key)}: [\n  {inner}\n ]{comma}" if items
                         else f" {json.dumps(key)}: []{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def load_truth(path: Path) -> dict[str, Any]:
    """truth.json as a dict (a folder means its truth.json)."""
    path = Path(path)
    if path.is_dir():
        path = path / TRUTH_FILE
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def _main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth", description="Write a synthetic corpus and its truth.json."
    )
    parser.add_argument("--articles", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="new or empty folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        truth = generate(args.articles, args.seed, args.out)
    except (FileExistsError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    stats = ", ".join(f"{k} {v}" for k, v in truth.stats.items())
    took = time.perf_counter() - started
    print(f"{truth.n_articles} articles in {args.out} ({stats}) in {took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(_main())
