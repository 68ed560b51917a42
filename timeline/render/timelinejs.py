"""Knight Lab TimelineJS input: the Google-sheet CSV and the JSON form.

A date keeps the precision the interval supports: a whole year fills only Year,
a whole month Year and Month, anything else the day. An interval gets its End
columns. Conflicting events get a Group of their own so they stand out on the
TimelineJS navigation; planned ones too. Text is HTML (TimelineJS renders it),
built here with every value escaped.
"""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from timeline.model import Article, Claim, Conflict, Event, Timeline
from timeline.render.csvout import escape_formula
from timeline.render.display import (
    display_interval,
    is_month_end,
    is_month_start,
    is_year_end,
    is_year_start,
)

SHEET_COLUMNS: tuple[str, ...] = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)
CONFLICT_GROUP = "Conflicts"
PLANNED_GROUP = "Planned"


@dataclass(frozen=True)
class PartialDate:
    """A date at a precision: month/day are None when the interval doesn't fix them."""

    year: int
    month: int | None = None
    day: int | None = None

    def as_json(self) -> dict[str, str]:
        out = {"year": str(self.year)}
        if self.month is not None:
            out["month"] = str(self.month)
        if self.day is not None:
            out["day"] = str(self.day)
        return out


def _precision(first: date, last: date) -> str:
    if is_year_start(first) and is_year_end(last):
        return "year"
    if is_month_start(first) and is_month_end(last):
        return "month"
    return "day"


def _at(d: date, precision: str) -> PartialDate:
    if precision == "year":
        return PartialDate(d.year)
    if precision == "month":
        return PartialDate(d.year, d.month)
    return PartialDate(d.year, d.month, d.day)


def _single_precision(d: date, granularity: str, closing: bool) -> str:
    """Precision of a lone known side, e.g. 'by Apr 2020' keeps month precision."""
    if granularity in ("year", "decade", "century") and (
        is_year_end(d) if closing else is_year_start(d)
    ):
        return "year"
    if granularity in ("month", "quarter", "season", "year") and (
        is_month_end(d) if closing else is_month_start(d)
    ):
        return "month"
    return "day"


def event_dates(event: Event) -> tuple[PartialDate, PartialDate | None] | None:
    """(start, end or None) for TimelineJS, or None when the event has no date at all."""
    first, last = event.earliest, event.latest
    if first is not None and last is not None and last < first:
        first, last = last, first  # a reversed interval is a merge slip, not a negative span
    if first is None and last is None:
        return None
    if first is None or last is None:
        known = first or last
        assert known is not None
        return _at(known, _single_precision(known, event.granularity, closing=first is None)), None
    precision = _precision(first, last)
    start, end = _at(first, precision), _at(last, precision)
    return (start, None) if start == end else (start, end)


def group_of(event: Event) -> str:
    if event.conflict or event.status == "conflict":
        return CONFLICT_GROUP
    if event.status == "planned":
        return PLANNED_GROUP
    return ""


def _claim_html(claim: Claim, article: Article | None) -> str:
    outlet = (article.source if article else "") or claim.article
    title = article.title if article else ""
    url = article.url if article else ""
    where = html.escape(outlet)
    if url.startswith(("http://", "https://")):
        where = f'<a href="{html.escape(url)}">{where}</a>'
    cite = f"{where}, {html.escape(title)}" if title else where
    interval = display_interval(claim.timex.earliest, claim.timex.latest,
                                claim.timex.granularity, claim.timex.mod)
    return (
        f"<p>&ldquo;{html.escape(claim.sentence)}&rdquo; &mdash; {cite} "
        f"({html.escape(claim.article)}: <em>{html.escape(claim.timex.text)}</em> = "
        f"{html.escape(interval)}, {html.escape(claim.modality)})</p>"
    )


def event_html(tl: Timeline, event: Event) -> str:
    """The slide text: conflict explanation first, then each claim's quote and source."""
    claims = {c.id: c for c in tl.claims}
    articles = {a.id: a for a in tl.articles}
    parts: list[str] = []
    for conflict in _conflicts_of(tl, event):
        parts.append(
            f"<p><strong>Conflict ({conflict.gap_days} days apart):</strong> "
            f"{html.escape(conflict.explanation)}</p>"
        )
    for cid in event.claim_ids:
        claim = claims.get(cid)
        if claim is not None:
            parts.append(_claim_html(claim, articles.get(claim.article)))
    return "".join(parts)


def _conflicts_of(tl: Timeline, event: Event) -> list[Conflict]:
    return [c for c in tl.conflicts if c.event_id == event.id]


def _display(event: Event) -> str:
    return display_interval(event.earliest, event.latest, event.granularity, event.mod)


def _dated_events(tl: Timeline) -> list[tuple[Event, PartialDate, PartialDate | None]]:
    out = []
    for event in tl.events:
        dates = event_dates(event)
        if dates is not None:
            out.append((event, *dates))
    return out


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)


def timelinejs_csv(tl: Timeline) -> str:
    """The TimelineJS Google-sheet template as CSV: one row per dated event."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(SHEET_COLUMNS)
    for event, start, end in _dated_events(tl):
        row = {
            "Year": _cell(start.year), "Month": _cell(start.month), "Day": _cell(start.day),
            # Google Sheets runs formulas on import: defuse a headline like '=...'.
            "Display Date": _display(event),
            "Headline": escape_formula(html.escape(event.label)),
            "Text": event_html(tl, event), "Group": group_of(event),
        }
        if end is not None:
            row.update({"End Year": _cell(end.year), "End Month": _cell(end.month),
                        "End Day": _cell(end.day)})
        writer.writerow([row.get(col, "") for col in SHEET_COLUMNS])
    return buf.getvalue()


def timelinejs_json(tl: Timeline, *, title: str = "Timeline") -> str:
    """The TimelineJS JSON form ({"title": slide, "events": [slide, ...]})."""
    events: list[dict[str, Any]] = []
    for event, start, end in _dated_events(tl):
        slide: dict[str, Any] = {
            "start_date": start.as_json(),
            "text": {"headline": html.escape(event.label), "text": event_html(tl, event)},
            "display_date": _display(event),
            "unique_id": event.id,
        }
        if end is not None:
            slide["end_date"] = end.as_json()
        group = group_of(event)
        if group:
            slide["group"] = group
        events.append(slide)
    outlets = sorted({a.source for a in tl.articles if a.source})
    summary = (f"{len(events)} dated events from {len(tl.articles)} articles"
               + (f" ({', '.join(outlets)})" if outlets else ""))
    doc = {"title": {"text": {"headline": html.escape(title), "text": html.escape(summary)}},
           "events": events}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
