"""One self-contained HTML report: a visual timeline with sources, conflicts and filters.

Everything is inline (CSS, JS, data) and a Content-Security-Policy forbids any
network load, so the file works offline and from an e-mail attachment. The data
goes in a `<script type="application/json">` block with `<`, `>` and `&` written
as JSON escapes, so no article text can close the block. The static parts
(filters, conflicts, unresolved dates) are rendered here with every value
escaped; the chart and the details panel are drawn by a small vanilla script
that only ever sets `textContent`, never `innerHTML`.

Stable hooks for tests and styling: `#filter-source`, `#filter-status`,
`#rows .event-row[data-event-id][data-status]`, `.event-bar[data-event-id]`
(classes `conflict`, `planned`, `point`, `open-start`, `open-end`),
`.conflict-side[data-side]`, `#details[data-event-id]`, `#conflicts .conflict-item`,
`#unresolved .unresolved-item`. A URL fragment `#event=ID&status=S&source=NAME`
preselects filters and opens an event's details (links in the conflicts list use it).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from html import escape
from typing import Any

from timeline.model import Article, Claim, ConflictSide, Event, Timeline
from timeline.render.common import (
    claim_outlet,
    derived_sides,
    outlet_names,
    side_letter,
    sorted_events,
    support_summary,
)
from timeline.render.display import MONTHS, display_interval

STATUSES = ("ok", "conflict", "planned", "unresolved")
# Forbid every network load; allow only this file's own inline style and script.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _event_display(event: Event) -> str:
    return display_interval(event.earliest, event.latest, event.granularity, event.mod)


def _claim_display(claim: Claim) -> str:
    t = claim.timex
    return display_interval(t.earliest, t.latest, t.granularity, t.mod)


# --- the data block -----------------------------------------------------------------


def _dates_in(tl: Timeline) -> list[date]:
    days: list[date] = []
    for event in tl.events:
        days += [d for d in (event.earliest, event.latest) if d is not None]
    for conflict in tl.conflicts:
        for side in derived_sides(tl, conflict):
            days += [d for d in (side.earliest, side.latest) if d is not None]
    return days


def chart_range(tl: Timeline) -> tuple[date, date] | None:
    """The days the chart spans: every dated event and side, with a margin."""
    days = _dates_in(tl)
    if not days:
        return None
    lo, hi = min(days), max(days)
    pad = max(3, (hi - lo).days // 25)
    return lo - timedelta(days=pad), hi + timedelta(days=pad)


def _month_starts(lo: date, hi: date, step: int) -> list[date]:
    out: list[date] = []
    y, m = lo.year, lo.month
    while True:
        d = date(y, m, 1)
        if d > hi:
            return out
        if d >= lo and (m - 1) % step == 0:
            out.append(d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def axis_ticks(lo: date, hi: date) -> list[dict[str, str]]:
    """Tick marks for the axis: years, quarters, months or half-months by span."""
    span = (hi - lo).days
    if span > 365 * 3:
        step = max(1, (hi.year - lo.year) // 10 + 1)
        years = [date(y, 1, 1) for y in range(lo.year, hi.year + 1) if y % step == 0]
        return [{"date": d.isoformat(), "label": str(d.year)} for d in years if lo <= d <= hi]
    if span > 240:
        step = 3 if span > 540 else 1
        return [{"date": d.isoformat(),
                 "label": f"{MONTHS[d.month - 1]} {d.year}" if d.month == 1 or i == 0
                 else MONTHS[d.month - 1]}
                for i, d in enumerate(_month_starts(lo, hi, step))]
    ticks: list[dict[str, str]] = []
    for start in _month_starts(date(lo.year, lo.month, 1), hi, 1):
        for day in (1, 15) if span <= 120 else (1,):
            d = start.replace(day=day)
            if lo <= d <= hi:
                label = f"{MONTHS[d.month - 1]} {d.day}"
                if not ticks or (d.month == 1 and day == 1):
                    label += f", {d.year}"
                ticks.append({"date": d.isoformat(), "label": label})
    return ticks


def _side_data(tl: Timeline, index: int, side: ConflictSide) -> dict[str, Any]:
    return {
        "letter": side_letter(index),
        "claim_ids": list(side.claim_ids),
        "earliest": _iso(side.earliest),
        "latest": _iso(side.latest),
        "display": display_interval(side.earliest, side.latest),
        "outlets": outlet_names(tl, side.sources),
        "independent_sources": side.independent_sources,
    }


def _claim_data(claim: Claim, article: Article | None) -> dict[str, Any]:
    # Offsets into the sentence let the script highlight the phrase with text nodes.
    at = claim.timex.start - claim.sentence_start
    if not (at >= 0 and claim.sentence[at:at + len(claim.timex.text)] == claim.timex.text):
        at = claim.sentence.find(claim.timex.text)
    return {
        "id": claim.id,
        "article": claim.article,
        "outlet": (article.source if article else "") or claim.article,
        "title": article.title if article else "",
        "url": article.url if article else "",
        "published": _iso(article.published) if article else None,
        "text": claim.timex.text,
        "phrase_at": at,
        "sentence": claim.sentence,
        "earliest": _iso(claim.timex.earliest),
        "latest": _iso(claim.timex.latest),
        "display": _claim_display(claim),
        "value": claim.timex.value,
        "modality": claim.modality,
        "event_id": claim.event_id,
    }


def report_data(tl: Timeline, title: str) -> dict[str, Any]:
    """Everything the script draws, already sorted and worded."""
    articles = {a.id: a for a in tl.articles}
    span = chart_range(tl)
    events = []
    for event in sorted_events(tl):
        first, last = event.earliest, event.latest
        if first is not None and last is not None and last < first:
            first, last = last, first  # never draw a bar of negative width
        events.append({
            "id": event.id,
            "label": event.label,
            "earliest": _iso(first),
            "latest": _iso(last),
            "display": _event_display(event),
            "status": event.status,
            "conflict": event.conflict,
            "outlets": outlet_names(tl, event.sources),
            "independent_sources": event.independent_sources,
            "claim_ids": list(event.claim_ids),
        })
    conflicts = []
    for conflict in tl.conflicts:
        sides = derived_sides(tl, conflict)
        conflicts.append({
            "id": conflict.id,
            "event_id": conflict.event_id,
            "gap_days": conflict.gap_days,
            "explanation": conflict.explanation,
            "support": support_summary(sides),
            "sides": [_side_data(tl, i, s) for i, s in enumerate(sides)],
        })
    return {
        "title": title,
        "range": {"start": span[0].isoformat(), "end": span[1].isoformat()} if span else None,
        "ticks": axis_ticks(*span) if span else [],
        "events": events,
        "conflicts": conflicts,
        "claims": {c.id: _claim_data(c, articles.get(c.article)) for c in tl.claims},
    }


def json_for_script(data: Any) -> str:
    """JSON safe inside <script>: `<`, `>`, `&` as \\u escapes, so `</script>` can't occur."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# --- static sections ------------------------------------------------------------------


def _options(values: list[str], all_label: str) -> str:
    opts = [f'<option value="">{escape(all_label)}</option>']
    opts += [f'<option value="{escape(v)}">{escape(v)}</option>' for v in values]
    return "".join(opts)


def _where(tl: Timeline, claim: Claim) -> str:
    """'Outlet (article id)', or just the id when the article names no outlet."""
    outlet = claim_outlet(tl, claim)
    return claim.article if outlet == claim.article else f"{outlet} ({claim.article})"


def _claim_li(tl: Timeline, claim: Claim) -> str:
    return (
        f'<li class="claim" data-claim-id="{escape(claim.id)}">'
        f"<q>{escape(claim.sentence)}</q> "
        f'<span class="cite">{escape(_where(tl, claim))}: '
        f"<em>{escape(claim.timex.text)}</em> &rarr; {escape(_claim_display(claim))}</span></li>"
    )


def conflicts_section(tl: Timeline) -> str:
    claims = {c.id: c for c in tl.claims}
    events = {e.id: e for e in tl.events}
    items = []
    for conflict in tl.conflicts:
        sides = derived_sides(tl, conflict)
        event = events.get(conflict.event_id)
        label = event.label if event else conflict.event_id
        side_html = []
        for i, side in enumerate(sides):
            outlets = ", ".join(outlet_names(tl, side.sources))
            lis = "".join(_claim_li(tl, claims[c]) for c in side.claim_ids if c in claims)
            side_html.append(
                f'<div class="side side-{i % 2}" data-side="{side_letter(i)}">'
                f"<h4>Side {side_letter(i)}: "
                f"{escape(display_interval(side.earliest, side.latest))}</h4>"
                f'<p class="support-count">{side.independent_sources} independent '
                f"source{'s' if side.independent_sources != 1 else ''}: {escape(outlets)}</p>"
                f"<ul>{lis}</ul></div>"
            )
        items.append(
            f'<article class="conflict-item" id="conflict-{escape(conflict.id)}" '
            f'data-conflict-id="{escape(conflict.id)}" '
            f'data-event-id="{escape(conflict.event_id)}">'
            f'<h3><a href="#event={escape(conflict.event_id)}">{escape(label)}</a> '
            f'<span class="gap">{conflict.gap_days} days apart</span></h3>'
            f"<p>{escape(conflict.explanation)}</p>"
            f'<div class="sides">{"".join(side_html)}</div>'
            f'<p class="support">{escape(support_summary(sides))}</p></article>'
        )
    body = "".join(items) or '<p class="none">No conflicting dates.</p>'
    return f'<section id="conflicts"><h2>Conflicts</h2>{body}</section>'


def unresolved_section(tl: Timeline) -> str:
    """Events without a date, time expressions that could not be anchored, undated articles."""
    items = []
    for event in sorted_events(tl):
        if event.earliest is None and event.latest is None:
            items.append(
                f'<li class="unresolved-item" data-event-id="{escape(event.id)}">'
                f'Event <a href="#event={escape(event.id)}">{escape(event.label)}</a>: '
                "no date could be fixed</li>")
    for claim in tl.claims:
        if not claim.timex.resolved:
            note = f" ({escape(claim.timex.note)})" if claim.timex.note else ""
            items.append(
                f'<li class="unresolved-item" data-claim-id="{escape(claim.id)}">'
                f"<em>{escape(claim.timex.text)}</em> in {escape(_where(tl, claim))}, "
                f"value {escape(claim.timex.value)}{note}: "
                f"<q>{escape(claim.sentence)}</q></li>")
    for article in tl.articles:
        if article.published is None:
            items.append(
                f'<li class="unresolved-item" data-article-id="{escape(article.id)}">'
                f"Article {escape(article.id)} ({escape(article.source or article.path)}): "
                "publication date unknown</li>")
    body = f"<ul>{''.join(items)}</ul>" if items else '<p class="none">Every date resolved.</p>'
    return f'<section id="unresolved"><h2>Unresolved dates</h2>{body}</section>'


def _legend() -> str:
    keys = [("ok", "dated"), ("planned", "planned / expected"), ("conflict", "conflict"),
            ("side-0", "conflict side A"), ("side-1", "conflict side B")]
    return "".join(f'<span class="key"><i class="swatch {k}"></i>{escape(v)}</span>'
                   for k, v in keys)


def html_report(tl: Timeline, *, title: str = "Timeline") -> str:
    """The whole report as one HTML string (no network, same input → same bytes)."""
    data = report_data(tl, title)
    outlets = sorted({o for e in data["events"] for o in e["outlets"]})
    counts = (f"{len(tl.events)} events from {len(tl.articles)} articles, "
              f"{len(tl.conflicts)} conflict{'s' if len(tl.conflicts) != 1 else ''}")
    return (
        TEMPLATE.replace("%CSP%", escape(CSP))
        .replace("%CSS%", CSS)
        .replace("%TITLE%", escape(title))
        .replace("%COUNTS%", escape(counts))
        .replace("%SOURCE_OPTIONS%", _options(outlets, "All sources"))
        .replace("%STATUS_OPTIONS%", _options(list(STATUSES), "All statuses"))
        .replace("%LEGEND%", _legend())
        .replace("%CONFLICTS%", conflicts_section(tl))
        .replace("%UNRESOLVED%", unresolved_section(tl))
        .replace("%JS%", JS)
        # Last, so nothing in the data is mistaken for a placeholder.
        .replace("%DATA%", json_for_script(data))
    )


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="%CSP%">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%TITLE%</title>
<style>%CSS%</style>
</head>
<body>
<header><h1>%TITLE%</h1><p class="counts">%COUNTS%</p></header>
<div id="controls">
<label>Source <select id="filter-source">%SOURCE_OPTIONS%</select></label>
<label>Status <select id="filter-status">%STATUS_OPTIONS%</select></label>
<span id="visible-count"></span>
<span id="legend">%LEGEND%</span>
</div>
<main id="layout">
<section id="chart" aria-label="Timeline chart">
<div id="axis"></div>
<div id="rows"></div>
<noscript><p>The chart needs JavaScript; the lists below do not.</p></noscript>
</section>
<aside id="details" aria-live="polite">
<p class="hint">Click an event to see its sources.</p>
</aside>
</main>
%CONFLICTS%
%UNRESOLVED%
<script type="application/json" id="timeline-data">%DATA%</script>
<script>%JS%</script>
</body>
</html>
"""

CSS = """
:root { --ok: #2b6cb0; --planned: #2c7a7b; --conflict: #c53030; --side-a: #dd6b20;
  --side-b: #6b46c1; --ink: #1a202c; --muted: #718096; --line: #e2e8f0; --bg: #fff; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 24px 48px; font: 14px/1.45 system-ui, -apple-system,
  "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
h1 { margin: 0 0 2px; font-size: 22px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); }
.counts { margin: 0 0 12px; color: var(--muted); }
#controls { display: flex; flex-wrap: wrap; gap: 16px; align-items: center;
  padding: 8px 0 12px; border-bottom: 1px solid var(--line); }
#controls select { font: inherit; padding: 2px 4px; }
#visible-count { color: var(--muted); }
#legend { margin-left: auto; display: flex; gap: 12px; color: var(--muted); font-size: 12px; }
.key { display: inline-flex; align-items: center; gap: 4px; }
.swatch { display: inline-block; width: 14px; height: 10px; border-radius: 2px; }
.swatch.ok { background: var(--ok); } .swatch.planned { background: var(--planned); }
.swatch.conflict { background: var(--conflict); }
.swatch.side-0 { background: var(--side-a); } .swatch.side-1 { background: var(--side-b); }
#layout { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 20px;
  align-items: start; margin-top: 12px; }
#chart { position: relative; min-width: 0; }
#axis { position: relative; height: 26px; margin-left: 240px;
  border-bottom: 1px solid #a0aec0; }
.tick { position: absolute; bottom: 0; height: 8px; border-left: 1px solid #a0aec0; }
.tick span { position: absolute; bottom: 10px; left: 0; transform: translateX(-50%);
  white-space: nowrap; font-size: 11px; color: var(--muted); }
.event-row { display: grid; grid-template-columns: 240px minmax(0, 1fr);
  border-bottom: 1px solid var(--line); min-height: 34px; }
.event-row[hidden] { display: none; }
.event-row.selected { background: #f7fafc; }
.event-name { all: unset; cursor: pointer; padding: 5px 10px 5px 0; display: block; }
.event-name:focus-visible { outline: 2px solid var(--ok); }
.event-name .label { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical;
  overflow: hidden; font-weight: 600; }
.event-name .date { display: block; font-size: 12px; color: var(--muted); white-space: nowrap; }
.event-track { position: relative; min-height: 34px; }
.gridline { position: absolute; top: 0; bottom: 0; border-left: 1px dashed var(--line); }
.event-bar, .conflict-side { position: absolute; top: 9px; height: 14px; min-width: 4px;
  border: 0; padding: 0; border-radius: 3px; cursor: pointer; background: var(--ok); }
.event-bar:focus-visible, .conflict-side:focus-visible { outline: 2px solid var(--ink);
  outline-offset: 2px; }
.event-bar.planned { background: repeating-linear-gradient(45deg, var(--planned) 0 6px,
  #81e6d9 6px 10px); }
.event-bar.conflict { background: rgba(197, 48, 48, 0.18); border: 2px solid var(--conflict);
  top: 5px; height: 12px; }
.event-bar.point { width: 14px !important; height: 14px; min-width: 0; border-radius: 50%;
  transform: translateX(-50%); }
.event-bar.point.conflict { width: 14px !important; }
.event-bar.open-start { border-top-left-radius: 0; border-bottom-left-radius: 0;
  -webkit-mask-image: linear-gradient(90deg, transparent, #000 40px);
  mask-image: linear-gradient(90deg, transparent, #000 40px); }
.event-bar.open-end { border-top-right-radius: 0; border-bottom-right-radius: 0;
  -webkit-mask-image: linear-gradient(270deg, transparent, #000 40px);
  mask-image: linear-gradient(270deg, transparent, #000 40px); }
.event-row.has-conflict .event-track { min-height: 52px; }
.conflict-side { top: 22px; height: 10px; color: #fff; font-size: 9px; line-height: 10px;
  text-align: center; overflow: visible; }
.conflict-side.side-0 { background: var(--side-a); }
.conflict-side.side-1 { background: var(--side-b); top: 35px; }
.conflict-side.point { width: 12px !important; height: 12px; border-radius: 50%;
  transform: translateX(-50%); line-height: 12px; }
.conflict-side .side-tag { position: absolute; left: 16px; top: -1px; color: var(--ink);
  font-size: 11px; white-space: nowrap; }
.conflict-side .side-tag.flip { left: auto; right: 16px; }
.unresolved-note { position: absolute; top: 8px; left: 6px; color: var(--muted);
  font-style: italic; font-size: 12px; }
.selected .event-bar, .event-bar.selected { box-shadow: 0 0 0 3px rgba(26, 32, 44, 0.35); }
#details { position: sticky; top: 12px; border: 1px solid var(--line); border-radius: 6px;
  padding: 12px 14px; max-height: calc(100vh - 24px); overflow: auto; background: #fcfcfd; }
#details h3 { margin: 0 0 4px; font-size: 16px; }
#details .meta { color: var(--muted); margin: 0 0 8px; }
#details .status-tag { display: inline-block; padding: 0 6px; border-radius: 8px;
  font-size: 12px; color: #fff; background: var(--ok); }
#details .status-tag.conflict { background: var(--conflict); }
#details .status-tag.planned { background: var(--planned); }
#details .status-tag.unresolved { background: var(--muted); }
#details .conflict-note { border-left: 3px solid var(--conflict); padding: 2px 8px;
  margin: 8px 0; background: #fff5f5; }
#details ul { list-style: none; margin: 0; padding: 0; }
#details li.claim { border-top: 1px solid var(--line); padding: 8px 0; }
#details blockquote { margin: 0 0 4px; font-style: italic; }
#details mark { background: #fefcbf; font-style: normal; }
#details .cite { font-size: 12px; color: var(--muted); }
#details .side-badge { display: inline-block; min-width: 18px; text-align: center;
  color: #fff; border-radius: 3px; font-size: 11px; margin-right: 4px; }
#details .side-badge.side-0 { background: var(--side-a); }
#details .side-badge.side-1 { background: var(--side-b); }
.hint { color: var(--muted); }
#conflicts .conflict-item { border-left: 4px solid var(--conflict); padding: 4px 12px;
  margin: 10px 0; background: #fffafa; }
#conflicts h3 { margin: 4px 0; font-size: 15px; }
#conflicts .gap { color: var(--conflict); font-weight: normal; font-size: 13px; }
#conflicts .sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr));
  gap: 12px; }
#conflicts .side { border-top: 3px solid var(--side-a); padding-top: 4px; }
#conflicts .side.side-1 { border-top-color: var(--side-b); }
#conflicts h4 { margin: 2px 0; font-size: 14px; }
#conflicts .support { font-weight: 600; }
#conflicts ul, #unresolved ul { margin: 4px 0; padding-left: 18px; }
.cite { color: var(--muted); font-size: 12px; }
.none { color: var(--muted); }
@media (max-width: 900px) { #layout { grid-template-columns: 1fr; } #details { position: static; } }
"""

JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var DAY = 86400000;
  var rowsEl = document.getElementById("rows");
  var axisEl = document.getElementById("axis");
  var details = document.getElementById("details");
  var sourceSel = document.getElementById("filter-source");
  var statusSel = document.getElementById("filter-status");
  var conflictsByEvent = {};
  data.conflicts.forEach(function (c) { conflictsByEvent[c.event_id] = c; });

  function dayNum(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]) / DAY;
  }
  var lo = data.range ? dayNum(data.range.start) : 0;
  var hi = data.range ? dayNum(data.range.end) + 1 : 1;
  function pct(day) { return ((day - lo) / (hi - lo) * 100).toFixed(4) + "%"; }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // Place a bar over the inclusive days [first, last]; a one-day span is a point mark.
  function place(node, first, last) {
    var a = first === null ? lo : dayNum(first);
    var b = last === null ? hi - 1 : dayNum(last);
    if (first !== null && first === last) {
      node.classList.add("point");
      node.style.left = pct(a + 0.5);
    } else {
      node.style.left = pct(a);
      node.style.width = ((b + 1 - a) / (hi - lo) * 100).toFixed(4) + "%";
    }
    if (first === null) { node.classList.add("open-start"); }
    if (last === null) { node.classList.add("open-end"); }
  }

  function drawAxis() {
    data.ticks.forEach(function (t) {
      var tick = el("div", "tick");
      tick.style.left = pct(dayNum(t.date));
      tick.appendChild(el("span", "", t.label));
      axisEl.appendChild(tick);
    });
  }

  function drawRow(ev) {
    var row = el("div", "event-row");
    row.dataset.eventId = ev.id;
    row.dataset.status = ev.status;
    if (ev.conflict) { row.classList.add("has-conflict"); }
    var name = el("button", "event-name");
    name.type = "button";
    name.title = ev.label;
    name.appendChild(el("span", "label", ev.label));
    name.appendChild(el("span", "date", ev.display));
    name.addEventListener("click", function () { select(ev.id, null); });
    row.appendChild(name);
    var track = el("div", "event-track");
    data.ticks.forEach(function (t) {
      var g = el("div", "gridline");
      g.style.left = pct(dayNum(t.date));
      track.appendChild(g);
    });
    if (ev.earliest === null && ev.latest === null) {
      track.appendChild(el("span", "unresolved-note", "unresolved: no date could be fixed"));
    } else {
      var bar = el("button", "event-bar " + ev.status);
      bar.type = "button";
      bar.dataset.eventId = ev.id;
      bar.dataset.status = ev.status;
      if (ev.conflict) { bar.classList.add("conflict"); }
      bar.title = ev.label + " \u2014 " + ev.display;
      bar.setAttribute("aria-label", bar.title);
      place(bar, ev.earliest, ev.latest);
      bar.addEventListener("click", function () { select(ev.id, null); });
      bar.dataset.clickable = "true";
      track.appendChild(bar);
      var conflict = conflictsByEvent[ev.id];
      if (conflict) { drawSides(track, ev, conflict); }
    }
    row.appendChild(track);
    return row;
  }

  function drawSides(track, ev, conflict) {
    conflict.sides.forEach(function (side, i) {
      if (side.earliest === null && side.latest === null) { return; }
      var mark = el("button", "conflict-side side-" + (i % 2));
      mark.type = "button";
      mark.dataset.eventId = ev.id;
      mark.dataset.side = side.letter;
      mark.title = "Side " + side.letter + ": " + side.display + " (" +
        side.outlets.join(", ") + ")";
      mark.setAttribute("aria-label", mark.title);
      place(mark, side.earliest, side.latest);
      var tag = el("span", "side-tag", side.letter + ": " + side.display + " \u00b7 " +
        side.independent_sources + " independent");
      // Near the right edge the tag would leave the chart: put it left of the mark.
      var at = side.earliest === null ? lo : dayNum(side.earliest);
      if ((at - lo) / (hi - lo) > 0.6) { tag.classList.add("flip"); }
      mark.appendChild(tag);
      mark.addEventListener("click", function () { select(ev.id, side.letter); });
      track.appendChild(mark);
    });
  }

  function quote(claim) {
    var q = el("blockquote");
    var s = claim.sentence, at = claim.phrase_at, n = claim.text.length;
    if (at >= 0) {
      q.appendChild(document.createTextNode("\u201c" + s.slice(0, at)));
      q.appendChild(el("mark", "", s.slice(at, at + n)));
      q.appendChild(document.createTextNode(s.slice(at + n) + "\u201d"));
    } else {
      q.textContent = "\u201c" + s + "\u201d";
    }
    return q;
  }

  function sideOf(conflict, claimId) {
    if (!conflict) { return -1; }
    for (var i = 0; i < conflict.sides.length; i++) {
      if (conflict.sides[i].claim_ids.indexOf(claimId) >= 0) { return i; }
    }
    return -1;
  }

  function showDetails(ev, sideLetter) {
    details.textContent = "";
    details.dataset.eventId = ev.id;
    details.appendChild(el("h3", "", ev.label));
    var meta = el("p", "meta");
    meta.appendChild(el("span", "status-tag " + ev.status, ev.status));
    meta.appendChild(document.createTextNode(" " + ev.display + " \u00b7 " +
      ev.outlets.join(", ") + " (" + ev.independent_sources + " independent)"));
    details.appendChild(meta);
    var conflict = conflictsByEvent[ev.id];
    if (conflict) {
      var note = el("div", "conflict-note");
      note.appendChild(el("p", "", conflict.explanation));
      note.appendChild(el("p", "", conflict.gap_days + " days apart; " + conflict.support + "."));
      details.appendChild(note);
    }
    var list = el("ul", "claims");
    ev.claim_ids.forEach(function (cid) {
      var claim = data.claims[cid];
      if (!claim) { return; }
      var side = sideOf(conflict, cid);
      if (sideLetter && side >= 0 && conflict.sides[side].letter !== sideLetter) { return; }
      var li = el("li", "claim");
      li.dataset.claimId = cid;
      li.appendChild(quote(claim));
      var cite = el("p", "cite");
      if (side >= 0) {
        cite.appendChild(el("span", "side-badge side-" + (side % 2), conflict.sides[side].letter));
      }
      cite.appendChild(el("strong", "", claim.outlet));
      var bits = [];
      if (claim.title) { bits.push(claim.title); }
      bits.push(claim.article + (claim.published ? ", published " + claim.published : ""));
      bits.push("\u201c" + claim.text + "\u201d = " + claim.display + " (" + claim.modality + ")");
      cite.appendChild(document.createTextNode(" \u2014 " + bits.join(" \u00b7 ")));
      li.appendChild(cite);
      list.appendChild(li);
    });
    details.appendChild(list);
  }

  function select(eventId, sideLetter) {
    var ev = null;
    data.events.forEach(function (e) { if (e.id === eventId) { ev = e; } });
    if (!ev) { return; }
    Array.prototype.forEach.call(rowsEl.querySelectorAll(".event-row"), function (row) {
      row.classList.toggle("selected", row.dataset.eventId === eventId);
    });
    showDetails(ev, sideLetter);
  }

  function applyFilters() {
    var src = sourceSel.value, status = statusSel.value, shown = 0;
    Array.prototype.forEach.call(rowsEl.querySelectorAll(".event-row"), function (row, i) {
      var ev = data.events[i];
      var ok = (!src || ev.outlets.indexOf(src) >= 0) && (!status || ev.status === status);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.getElementById("visible-count").textContent =
      shown + " of " + data.events.length + " events shown";
  }

  function fromHash() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) { params[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1)); }
    });
    if ("source" in params) { sourceSel.value = params.source; }
    if ("status" in params) { statusSel.value = params.status; }
    applyFilters();
    if (params.event) {
      var sel = '.event-bar[data-event-id="' + CSS.escape(params.event) + '"]';
      var bar = rowsEl.querySelector(sel);
      if (bar) { bar.click(); } else { select(params.event, null); }
    }
  }

  drawAxis();
  data.events.forEach(function (ev) { rowsEl.appendChild(drawRow(ev)); });
  sourceSel.addEventListener("change", applyFilters);
  statusSel.addEventListener("change", applyFilters);
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.body.dataset.rendered = "true";
})();
"""
