"""Infer the year of a year-less dateline ('ANTALYA, June 30. /TASS/').

Every year in a window around today is a candidate. Hard evidence rules a year
out (after today; before a year the text reports in the past tense; not the
URL's year; the dateline day not on or just after the weekday the lead
reports). The survivors are scored by soft evidence, each a factor:

  weekday gap   offsets[gap] (same day 1.0, the next day less, ...)
  mentions      exp(-|year - latest year mentioned| / mention_scale)
  future        future_penalty if the year is after a year the text still expects
  build         exp(-|year - nearest firmly dated article| / build_scale)
  story         exp(-min(|day - nearest firmly dated article of its story|,
                     story_far_days) / story_scale_days)

The best year is kept only if its share of the total score and its lead over
the runner-up reach [inference].min_share and .min_ratio; otherwise the
answer is unknown and the close candidates are reported.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from timeline.model import Evidence
from timeline.pubdate_text import Found, Mention, weekday_gap

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class Clues:
    """What the article and its build say about the dateline's year."""

    dateline: Found
    weekdays: tuple[Mention, ...]  # past/neutral weekdays of the reporting clauses
    offsets: tuple[float, ...]  # plausibility of each gap (days) after the weekday
    years: tuple[Mention, ...]  # years named in the body, with tense
    url_year: Found | None  # a year-month URL
    build_years: tuple[int, ...]  # years of the build's firmly dated articles
    today: date
    # Firmly dated articles of the same story (alike in words, naming someone in common),
    # by id: a story's reports cluster in time.
    story: tuple[tuple[str, date], ...] = ()
    # The weekday is the one a stamp prints for its own day, not a reporting clause's.
    printed: bool = False
    # The latest year of the page's copyright notice ('© Thomson Reuters 2009'), and the
    # notice: a page is seldom published after it (a site's footer may be left stale).
    copyright: tuple[int, str] | None = None


@dataclass
class Inference:
    published: date | None = None
    confidence: float = 0.0
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    rejected: list[Evidence] = field(default_factory=list)


@dataclass
class _Candidate:
    year: int
    day: date
    score: float = 1.0
    why: list[str] = field(default_factory=list)


def _label(month: int, day: int) -> str:
    return f"{_MONTHS[month]} {day}"


def _candidates(clues: Clues, cfg: dict[str, Any]) -> list[_Candidate]:
    """The dateline's day in each year from `years_back` before today, or from
    `build_years_back` before the build's median firmly dated article if that is
    earlier: an archive of the 1990s dates its year-less datelines in its own decade; and
    as far back before the earliest firmly dated article of its own story (a story of
    2000 in a build of 1999 to 2015). (The text's own years do not widen the window: a
    museum 'which opened in 1977' would pull its news back there.)"""
    month, dom = clues.dateline.month, clues.dateline.day
    first = clues.today.year - int(cfg.get("years_back", 20))
    back = int(cfg.get("build_years_back", 5))
    if clues.build_years:
        first = min(first, int(statistics.median(clues.build_years)) - back)
    if clues.story:
        # At most `back` years further: an anniversary piece's story may be decades old.
        # A story told by several dated articles is the article's own time more surely:
        # `story_years_back` then.
        reach = int(cfg.get("story_years_back", back)) if len(clues.story) > 1 else back
        first = min(first, max(min(day.year for _, day in clues.story) - back, first - reach))
    out = []
    for year in range(first, clues.today.year + 2):
        try:
            out.append(_Candidate(year, date(year, month, dom)))
        except ValueError:  # February 29 outside leap years
            continue
    return out


def _weekday_fit(cands: list[_Candidate], clues: Clues, res: Inference) -> list[_Candidate]:
    if not clues.weekdays:
        res.reasons.append(
            "The text names no weekday in its reporting clauses, so every year fits the dateline."
        )
        return cands
    names = ", ".join(f"'{m.text}'" for m in clues.weekdays)
    for m in clues.weekdays:
        res.evidence.append(
            # TIMEX3 weekday value: ISO weekday number, year and week unknown.
            Evidence(
                "weekday",
                m.text,
                f"XXXX-WXX-{m.weekday + 1}",
                "weekday printed by a stamp" if clues.printed else "weekday of a reporting clause",
                m.start,
                m.end,
            )
        )
    fits = [c for c in cands if weekday_gap(c.day, clues.weekdays) < len(clues.offsets)]
    by_gap: dict[int, list[str]] = {}
    for c in fits:
        gap = weekday_gap(c.day, clues.weekdays)
        c.score *= clues.offsets[gap]
        c.why.append("same day as the weekday" if gap == 0 else f"{gap} day(s) after the weekday")
        by_gap.setdefault(gap, []).append(str(c.year))
    wd = _WEEKDAYS[clues.weekdays[0].weekday]
    parts = [
        f"{'on a ' + wd if g == 0 else f'{g} day(s) after {wd}'} in {', '.join(ys)}"
        for g, ys in sorted(by_gap.items())
    ]
    falls = ("; ".join(parts) if parts else "on no such day in the years considered")
    day = _label(clues.dateline.month, clues.dateline.day)
    res.reasons.append(
        f"The stamp {names} prints its weekday; {day} falls {falls}." if clues.printed else
        f"The lead reports {names}; {day} falls {falls}"
        f" (a report is filed up to {len(clues.offsets) - 1} day(s) after it)."
    )
    return fits


def _reject(c: _Candidate, why: str, res: Inference, text: str = "") -> None:
    res.rejected.append(Evidence("inferred", text or str(c.year), str(c.year), why))


def _hard_bounds(cands: list[_Candidate], clues: Clues, res: Inference) -> list[_Candidate]:
    past = [m for m in clues.years if m.tense == "past" and m.dated and m.year <= clues.today.year]
    floor = max(past, key=_floor_key) if past else None
    floor_at = _floor_key(floor) if floor else (0, 0)
    if floor:
        res.evidence.append(
            Evidence(
                "year",
                floor.text,
                str(floor.year),
                "reported in the past tense",
                floor.start,
                floor.end,
            )
        )
    kept = []
    for c in cands:
        if c.day > clues.today:
            _reject(c, f"{c.day.isoformat()} is after today ({clues.today.isoformat()})", res)
        elif floor and (c.year, c.day.month) < floor_at:
            when = f"{floor.year}-{floor.month:02d}" if floor_at[1] else str(floor.year)
            _reject(
                c,
                f"before {when}, which the text reports in the past tense ('{floor.text}')",
                res,
            )
        elif clues.url_year and c.year != clues.url_year.year:
            _reject(c, f"the URL says {clues.url_year.year} ('{clues.url_year.text}')", res)
        else:
            kept.append(c)
    return kept


def _floor_key(mention: Mention) -> tuple[int, int]:
    """The earliest (year, month) a past mention lets the text be written in: its month
    when it dates a deed at that time ('arrived on July 13, 2015' was written in July 2015
    or later, not on February 3 of that year), else its year alone ('was extended through
    December 2015' may be told in March 2015)."""
    dates_a_deed = mention.text.lower().startswith(("in ", "on "))
    return mention.year, mention.month if dates_a_deed else 0


def _latest_told(clues: Clues) -> Mention | None:
    """The latest year the text names as past or present."""
    told = [m for m in clues.years if m.tense != "future" and m.year <= clues.today.year]
    return max(told, key=lambda m: m.year, default=None)


def _soft_reasons(clues: Clues, res: Inference) -> None:
    """Say once, in words, what the soft scores below measure."""
    newest = _latest_told(clues)
    if newest:
        res.reasons.append(
            f"The latest year the text mentions as past or present is {newest.year} "
            f"('{newest.text}'); publication years far from it are less plausible."
        )
    for m in clues.years:
        if m.tense == "future":
            res.reasons.append(
                f"The text still expects '{m.text}', so a later publication year is unlikely."
            )
    if clues.copyright:
        res.reasons.append(f"Its copyright notice ('{clues.copyright[1]}') is of "
                           f"{clues.copyright[0]}, so a later publication year is unlikely.")
    if clues.build_years:
        years = ", ".join(str(y) for y in sorted(set(clues.build_years)))
        res.reasons.append(f"The build's firmly dated articles are from {years}.")
    if clues.story:
        told = ", ".join(f"{ident} ({day.isoformat()})" for ident, day in clues.story[:3])
        more = f" and {len(clues.story) - 3} more" if len(clues.story) > 3 else ""
        res.reasons.append(f"Articles of the same story are firmly dated: {told}{more}; "
                           "publication days far from theirs are less plausible.")


def _soft_scores(cands: list[_Candidate], clues: Clues, cfg: dict[str, Any]) -> None:
    newest = _latest_told(clues)
    latest = newest.year if newest else 0
    expected = [m for m in clues.years if m.tense == "future"]
    m_scale = float(cfg.get("mention_scale", 4.0))
    b_scale = float(cfg.get("build_scale", 3.0))
    s_scale = float(cfg.get("story_scale_days", 180.0))
    s_floor = int(cfg.get("story_far_days", 730))
    for c in cands:
        if latest:
            dist = abs(c.year - latest)
            c.score *= math.exp(-dist / m_scale)
            c.why.append(f"{dist} year(s) from {latest}")
        later = [m for m in expected if c.year > m.year]
        if later:
            c.score *= float(cfg.get("future_penalty", 0.1))
            c.why.append(f"after {later[0].year}, still expected")
        if clues.copyright and c.year > clues.copyright[0]:
            c.score *= float(cfg.get("copyright_penalty", 0.1))
            c.why.append(f"after its copyright year {clues.copyright[0]}")
        if clues.build_years:
            dist = min(abs(c.year - b) for b in clues.build_years)
            c.score *= math.exp(-dist / b_scale)
            c.why.append(f"{dist} year(s) from the build")
        if clues.story:
            # Candidates all further than a year from the story's articles are not told
            # apart by it: an anniversary piece is no nearer the story in 1992 than in 2009.
            days = min(abs((c.day - day).days) for _, day in clues.story)
            c.score *= math.exp(-min(days, s_floor) / s_scale)
            c.why.append(f"{days} day(s) from its story")


def infer_year(clues: Clues, cfg: dict[str, Any]) -> Inference:
    """Choose the dateline's year from the clues, or none when they stay ambiguous."""
    res = Inference()
    d = clues.dateline
    res.reasons.append(f"Dateline '{d.text}' gives the day ({_label(d.month, d.day)}) but no year.")
    res.evidence.append(
        Evidence(
            "dateline", d.text, f"--{d.month:02d}-{d.day:02d}", "year-less dateline", d.start, d.end
        )
    )
    if clues.url_year:
        res.evidence.append(
            Evidence("url", clues.url_year.text, str(clues.url_year.year), "year of the URL")
        )
    res.evidence.append(
        Evidence("today", clues.today.isoformat(), clues.today.isoformat(), "upper bound")
    )
    if clues.build_years:
        years = ", ".join(str(y) for y in sorted(set(clues.build_years)))
        res.evidence.append(
            Evidence("build", years, years, "years of the build's firmly dated articles")
        )
    cands = _hard_bounds(_weekday_fit(_candidates(clues, cfg), clues, res), clues, res)
    by_note: dict[str, list[str]] = {}
    for r in res.rejected:
        by_note.setdefault(r.note, []).append(r.value)
    for note, ruled in by_note.items():
        res.reasons.append(f"Ruled out {', '.join(ruled)}: {note}.")
    if not cands:
        res.reasons.append("No candidate year survives, so the date is unknown.")
        return res
    _soft_reasons(clues, res)
    _soft_scores(cands, clues, cfg)
    return _decide(cands, clues, cfg, res)


def _decide(
    cands: list[_Candidate], clues: Clues, cfg: dict[str, Any], res: Inference
) -> Inference:
    cands.sort(key=lambda c: -c.score)
    total = sum(c.score for c in cands)
    best = cands[0]
    share = best.score / total if total else 0.0
    second = cands[1].score if len(cands) > 1 else 0.0
    ratio = best.score / second if second else math.inf
    scored = "; ".join(f"{c.year}: {c.score / total:.2f} ({', '.join(c.why)})" for c in cands[:4])
    res.reasons.append(f"Scores (share of the total): {scored}.")
    if share < float(cfg.get("min_share", 0.6)) or ratio < float(cfg.get("min_ratio", 2.0)):
        close = ", ".join(str(c.year) for c in cands if c.score * 4 >= best.score)
        res.reasons.append(
            f"Ambiguous: {best.year} has only {share:.2f} of the score "
            f"({ratio:.1f}x the runner-up); candidates {close} remain, so the year is unknown."
        )
        return res
    for c in cands[1:]:
        _reject(
            c,
            f"scored {c.score / total:.2f} against {share:.2f} for {best.year} "
            f"({', '.join(c.why)})",
            res,
        )
    res.published = best.day
    res.confidence = round(share * float(cfg.get("confidence_cap", 0.85)), 2)
    lead = "no other year competes" if ratio == math.inf else f"{ratio:.1f}x the runner-up"
    res.reasons.append(f"Chose {best.year}: {share:.2f} of the score, {lead}.")
    return res
