"""Rich renderables for the terminal: the timeline, its conflicts, dates, and `explain`.

The functions return renderables and never print; the CLI owns the console.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from timeline.model import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Event,
    Evidence,
    TimeExpr,
    Timeline,
)
from timeline.render.common import (
    derived_sides,
    event_sort_key,
    outlet_names,
    side_letter,
    support_summary,
)
from timeline.render.display import display_interval

__all__ = [
    "conflicts_renderables",
    "dates_table",
    "event_sort_key",
    "explain_renderables",
    "outlet_names",
    "timeline_table",
]

STATUS_STYLES = {
    "ok": "green",
    "conflict": "bold red",
    "planned": "cyan",
    "unresolved": "dim",
}
# Wide enough for the longest usual display ('Sep 12, 2019 – Apr 30, 2020' is 27).
DATE_MIN_WIDTH = 14


def _iso(d: date | None) -> str:
    return d.isoformat() if d is not None else "…"


def iso_interval(earliest: date | None, latest: date | None) -> str:
    if earliest is None and latest is None:
        return "unresolved"
    if earliest == latest:
        return _iso(earliest)
    return f"{_iso(earliest)}..{_iso(latest)}"


def _interval_cell(expr: TimeExpr) -> str:
    """The display form over the ISO interval, for tables that show both."""
    return f"{timex_display(expr)}\n{iso_interval(expr.earliest, expr.latest)}"


def sources_text(tl: Timeline, sources: Iterable[str], independent: int) -> str:
    names = outlet_names(tl, sources)
    return f"{', '.join(names)} ({independent} independent)" if names else ""


def event_display(event: Event) -> str:
    return display_interval(event.earliest, event.latest, event.granularity, event.mod)


def timex_display(expr: TimeExpr) -> str:
    return display_interval(expr.earliest, expr.latest, expr.granularity, expr.mod)


def timeline_table(tl: Timeline) -> Table:
    """One row per event in date order: date, event, sources, status."""
    table = Table(title="Timeline", show_lines=False, expand=False)
    events = sorted(tl.events, key=event_sort_key)
    width = max([DATE_MIN_WIDTH, *(len(event_display(e)) for e in events)])
    # The date is what the reader scans for: it never wraps or truncates.
    table.add_column("date", no_wrap=True, min_width=width, overflow="fold")
    table.add_column("event", overflow="fold", ratio=3)
    table.add_column("sources", overflow="fold", ratio=2)
    table.add_column("status", no_wrap=True)
    for event in events:
        table.add_row(
            event_display(event),
            event.label,
            sources_text(tl, event.sources, event.independent_sources),
            Text(event.status, style=STATUS_STYLES.get(event.status, "")),
        )
    return table


# --- conflicts ---------------------------------------------------------------------


def _side_table(tl: Timeline, sides: tuple[ConflictSide, ...]) -> Table:
    claims = {c.id: c for c in tl.claims}
    articles = {a.id: a for a in tl.articles}
    table = Table(show_lines=True, expand=True)
    table.add_column("side", no_wrap=True)
    table.add_column("phrase", overflow="fold", min_width=10)
    table.add_column("interval", no_wrap=True, min_width=12)
    table.add_column("outlet", overflow="fold", min_width=8)
    table.add_column("article", overflow="fold", min_width=6)
    table.add_column("sentence", overflow="fold", min_width=20)
    for index, side in enumerate(sides):
        for cid in side.claim_ids:
            claim = claims.get(cid)
            if claim is None:
                continue
            article = articles.get(claim.article)
            outlet = (article.source if article else "") or claim.article
            table.add_row(
                f"{side_letter(index)} ({side.independent_sources} ind.)",
                claim.timex.text,
                _interval_cell(claim.timex),
                outlet,
                claim.article,
                f"“{claim.sentence}”",
            )
    return table


def conflict_renderable(tl: Timeline, conflict: Conflict) -> RenderableType:
    events = {e.id: e for e in tl.events}
    event = events.get(conflict.event_id)
    label = event.label if event else conflict.event_id
    sides = derived_sides(tl, conflict)
    body = Group(
        Text(conflict.explanation),
        _side_table(tl, sides),
        Text(f"gap: {conflict.gap_days} days; {support_summary(sides)}", style="bold"),
    )
    return Panel(body, title=f"conflict {conflict.id}: {label} ({conflict.event_id})",
                 border_style="red", title_align="left")


def conflicts_renderables(tl: Timeline) -> list[RenderableType]:
    """One panel per conflict, both sides with phrase, interval, outlet, article and quote."""
    return [conflict_renderable(tl, c) for c in tl.conflicts]


# --- dates -------------------------------------------------------------------------


def dates_table(rows: list[tuple[str, TimeExpr]]) -> Table:
    """`timeline dates`: every time expression found, with its interval and how."""
    table = Table(title="Time expressions")
    table.add_column("article", overflow="fold", min_width=6)
    table.add_column("span", no_wrap=True, justify="right")
    table.add_column("text", overflow="fold", min_width=12)
    table.add_column("type", overflow="fold")
    table.add_column("value", overflow="fold")
    table.add_column("mod", overflow="fold")
    table.add_column("interval", overflow="fold")
    table.add_column("display", overflow="fold", min_width=8)
    table.add_column("granularity", overflow="fold")
    table.add_column("anchor", overflow="fold")
    table.add_column("rule", overflow="fold")
    for article_id, expr in rows:
        table.add_row(
            article_id,
            f"{expr.start}-{expr.end}",
            expr.text,
            expr.type,
            expr.value,
            expr.mod,
            iso_interval(expr.earliest, expr.latest),
            timex_display(expr),
            expr.granularity,
            Text(expr.anchor, style="dim" if expr.anchor == "unresolved" else ""),
            expr.rule,
        )
    return table


# --- explain -----------------------------------------------------------------------


def _evidence_table(title: str, items: tuple[Evidence, ...]) -> Table:
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("clue", no_wrap=True)
    table.add_column("text", overflow="fold", min_width=10)
    table.add_column("value", no_wrap=True)
    table.add_column("note", overflow="fold", min_width=16)
    table.add_column("span", no_wrap=True)
    for ev in items:
        span = f"{ev.start}-{ev.end}" if ev.start >= 0 else ""
        table.add_row(ev.source, ev.text, ev.value or "(rules out)", ev.note, span)
    return table


def _publication_panel(article: Article) -> Panel:
    dating = article.dating
    lines = Text()
    published = dating.published.isoformat() if dating.published else "unknown"
    lines.append("published: ", style="bold")
    lines.append(
        f"{published} (from {dating.published_from}, confidence {dating.confidence:.2f})\n"
    )
    for key, value in (("source", article.source), ("title", article.title),
                       ("url", article.url), ("path", article.path)):
        if value:
            lines.append(f"{key}: ", style="bold")
            lines.append(f"{value}\n")
    if dating.reasons:
        lines.append("reasons:\n", style="bold")
        for reason in dating.reasons:
            lines.append(f"  • {reason}\n")
    for warning in (*dating.warnings, *article.warnings):
        lines.append(f"warning: {warning}\n", style="yellow")
    parts: list[RenderableType] = [lines]
    if dating.evidence:
        parts.append(_evidence_table("evidence", dating.evidence))
    if dating.rejected:
        parts.append(_evidence_table("rejected candidates", dating.rejected))
    return Panel(Group(*parts), title=f"article {article.id}: publication date",
                 title_align="left")


def _claims_table(tl: Timeline, claims: list[Claim]) -> Table:
    events = {e.id: e for e in tl.events}
    table = Table(title="time expressions", title_justify="left", show_lines=True, expand=True)
    table.add_column("claim", no_wrap=True)
    table.add_column("phrase", overflow="fold", min_width=12)
    table.add_column("rule / anchor", overflow="fold", min_width=10)
    table.add_column("note", overflow="fold", min_width=16)
    table.add_column("interval", overflow="fold", min_width=12)
    table.add_column("modality", overflow="fold")
    table.add_column("event", overflow="fold", min_width=12)
    for claim in claims:
        expr = claim.timex
        event = events.get(claim.event_id)
        table.add_row(
            claim.id,
            f"{expr.text}\n[{expr.start}-{expr.end}] {expr.type} {expr.value} {expr.mod}".rstrip(),
            f"{expr.rule or '-'}\n{expr.anchor}",
            expr.note,
            _interval_cell(expr),
            claim.modality,
            f"{event.id}: {event.label} ({event.status})" if event else "(no event)",
        )
    return table


def _why_not_a_claim(article: Article, expr: TimeExpr) -> str:
    for start, end in article.dating.excluded:
        if start <= expr.start and expr.end <= end:
            return "in dateline/byline/page chrome"
    if expr.type in ("DURATION", "SET"):
        return f"a {expr.type.lower()}, not a point in time"
    return "no event sentence around it"


def _other_expressions_table(article: Article, exprs: list[TimeExpr]) -> Table:
    table = Table(title="other time expressions (not claims)", title_justify="left",
                  show_lines=True, expand=True)
    table.add_column("phrase", overflow="fold", min_width=12)
    table.add_column("rule / anchor", overflow="fold", min_width=10)
    table.add_column("note", overflow="fold", min_width=16)
    table.add_column("interval", overflow="fold", min_width=12)
    table.add_column("why not a claim", overflow="fold", min_width=12)
    for expr in exprs:
        table.add_row(
            f"{expr.text}\n[{expr.start}-{expr.end}] {expr.type} {expr.value} {expr.mod}".rstrip(),
            f"{expr.rule or '-'}\n{expr.anchor}",
            expr.note,
            _interval_cell(expr),
            _why_not_a_claim(article, expr),
        )
    return table


def explain_renderables(
    tl: Timeline, article_id: str, *, expressions: Sequence[TimeExpr] = ()
) -> list[RenderableType]:
    """How one article was dated and how each of its time expressions was resolved.

    `expressions` (optional) are all the time expressions the engine found in the
    article; those that did not become claims are listed after the claims, with
    the likely reason. Raises KeyError when the Timeline has no article `article_id`.
    """
    article = next((a for a in tl.articles if a.id == article_id), None)
    if article is None:
        raise KeyError(f"no article with id {article_id!r}")
    claims = [c for c in tl.claims if c.article == article_id]
    out: list[RenderableType] = [_publication_panel(article)]
    if claims:
        out.append(_claims_table(tl, claims))
    claimed = {(c.timex.start, c.timex.end) for c in claims}
    others = [e for e in expressions if (e.start, e.end) not in claimed]
    if others:
        out.append(_other_expressions_table(article, others))
    if not claims and not others:
        out.append(Text("no time expressions in the body", style="dim"))
    return out
