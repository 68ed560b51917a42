"""`--format csv -o DIR`: articles.csv, claims.csv, events.csv, conflicts.csv.

Column order is stable and documented in the *_COLUMNS constants: the contract's
JSON fields first under the same names (list fields joined with ';'), then
extra columns. ISO dates keep their own columns (`earliest`, `latest`) beside a
human `display` column, so a spreadsheet can sort on the ISO ones. The article
body (`text`) is left out of articles.csv: multi-kilobyte cells with newlines
break spreadsheet imports, and `path` says where the text is.

Text cells that a spreadsheet would run as a formula (starting with `=`, `+`,
`-`, `@`, or a tab/carriage return, per OWASP "CSV injection") get a leading
`'`. Our own ISO date and number columns are written as they are. Control
characters other than tab and line breaks are dropped from text cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from timeline.atomic import write_atomic
from timeline.model import Article, Claim, Conflict, ConflictSide, Event, Timeline
from timeline.render.display import display_interval
from timeline.render.jsondoc import article_warnings

LIST_SEPARATOR = ";"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

ARTICLES_COLUMNS: tuple[str, ...] = (
    "id", "path", "source", "url", "title", "published", "published_from", "warnings",
    # extras
    "confidence", "reasons",
)
CLAIMS_COLUMNS: tuple[str, ...] = (
    "id", "article", "start", "end", "text", "type", "value", "mod", "earliest", "latest",
    "granularity", "anchor", "modality", "sentence", "event_id",
    # extras
    "display", "rule", "note", "predicate", "participants", "source", "published",
)
EVENTS_COLUMNS: tuple[str, ...] = (
    "id", "label", "earliest", "latest", "claim_ids", "sources", "independent_sources",
    "conflict",
    # extras
    "display", "status", "granularity", "mod",
)
CONFLICTS_COLUMNS: tuple[str, ...] = (
    "id", "event_id", "claim_ids", "gap_days", "explanation",
    # extras: the first two sides (a conflict has two; more are joined into side_b_*)
    "event_label", "more_support",
    "side_a_claim_ids", "side_a_earliest", "side_a_latest", "side_a_display",
    "side_a_sources", "side_a_independent_sources",
    "side_b_claim_ids", "side_b_earliest", "side_b_latest", "side_b_display",
    "side_b_sources", "side_b_independent_sources",
)

# Columns we fill ourselves with ISO dates or numbers: never formula-escaped, so
# a spreadsheet still reads them as dates and numbers.
RAW_COLUMNS = frozenset({
    "start", "end", "earliest", "latest", "published", "independent_sources", "gap_days",
    "confidence", "conflict",
    "side_a_earliest", "side_a_latest", "side_a_independent_sources",
    "side_b_earliest", "side_b_latest", "side_b_independent_sources",
})

COLUMNS: dict[str, tuple[str, ...]] = {
    "articles.csv": ARTICLES_COLUMNS,
    "claims.csv": CLAIMS_COLUMNS,
    "events.csv": EVENTS_COLUMNS,
    "conflicts.csv": CONFLICTS_COLUMNS,
}

# C0 controls other than tab/newline/CR: pandas stops a cell at NUL and xlsx
# (XML) cannot hold them at all, so they are dropped from text cells.
_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])

Cell = str | int | float | bool | date | None
Row = dict[str, Cell]


def escape_formula(text: str) -> str:
    """Defuse a cell a spreadsheet would evaluate: '=1+1' -> "'=1+1"."""
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _joined(items: Sequence[str]) -> str:
    return LIST_SEPARATOR.join(items)


def cell_text(column: str, value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value) if isinstance(value, float) else str(value)
    return value if column in RAW_COLUMNS else escape_formula(value.translate(_CONTROL))


def article_row(article: Article) -> Row:
    dating = article.dating
    return {
        "id": article.id, "path": article.path, "source": article.source, "url": article.url,
        "title": article.title, "published": article.published,
        "published_from": article.published_from,
        "warnings": _joined(article_warnings(article)),
        "confidence": dating.confidence, "reasons": _joined(dating.reasons),
    }


def claim_row(claim: Claim, articles: dict[str, Article]) -> Row:
    expr = claim.timex
    article = articles.get(claim.article)
    return {
        "id": claim.id, "article": claim.article, "start": expr.start, "end": expr.end,
        "text": expr.text, "type": expr.type, "value": expr.value, "mod": expr.mod,
        "earliest": expr.earliest, "latest": expr.latest, "granularity": expr.granularity,
        "anchor": expr.anchor, "modality": claim.modality, "sentence": claim.sentence,
        "event_id": claim.event_id,
        "display": display_interval(expr.earliest, expr.latest, expr.granularity, expr.mod),
        "rule": expr.rule, "note": expr.note, "predicate": claim.predicate,
        "participants": _joined(claim.participants),
        "source": article.source if article else "",
        "published": article.published if article else None,
    }


def event_row(event: Event) -> Row:
    return {
        "id": event.id, "label": event.label, "earliest": event.earliest,
        "latest": event.latest, "claim_ids": _joined(event.claim_ids),
        "sources": _joined(event.sources), "independent_sources": event.independent_sources,
        "conflict": event.conflict,
        "display": display_interval(event.earliest, event.latest, event.granularity, event.mod),
        "status": event.status, "granularity": event.granularity, "mod": event.mod,
    }


def _side_cells(prefix: str, sides: Sequence[ConflictSide]) -> Row:
    if not sides:
        return {f"{prefix}_{k}": None for k in (
            "claim_ids", "earliest", "latest", "display", "sources", "independent_sources")}
    earliest = min((s.earliest for s in sides if s.earliest), default=None)
    latest = max((s.latest for s in sides if s.latest), default=None)
    return {
        f"{prefix}_claim_ids": _joined([c for s in sides for c in s.claim_ids]),
        f"{prefix}_earliest": earliest,
        f"{prefix}_latest": latest,
        f"{prefix}_display": LIST_SEPARATOR.join(
            display_interval(s.earliest, s.latest) for s in sides),
        f"{prefix}_sources": _joined([x for s in sides for x in s.sources]),
        f"{prefix}_independent_sources": sum(s.independent_sources for s in sides),
    }


def _more_support(sides: Sequence[ConflictSide]) -> str:
    if len(sides) < 2:
        return ""
    a, b = sides[0].independent_sources, sum(s.independent_sources for s in sides[1:])
    return "a" if a > b else "b" if b > a else "tie"


def conflict_row(conflict: Conflict, events: dict[str, Event]) -> Row:
    event = events.get(conflict.event_id)
    sides = conflict.sides
    return {
        "id": conflict.id, "event_id": conflict.event_id,
        "claim_ids": _joined(conflict.claim_ids), "gap_days": conflict.gap_days,
        "explanation": conflict.explanation,
        "event_label": event.label if event else "",
        "more_support": _more_support(sides),
        **_side_cells("side_a", sides[:1]),
        **_side_cells("side_b", sides[1:]),
    }


def to_csv(columns: Sequence[str], rows: Sequence[Row]) -> str:
    """One header row, then the rows, CRLF line ends (RFC 4180), minimal quoting."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell_text(col, row.get(col)) for col in columns])
    return buf.getvalue()


def tables(tl: Timeline) -> dict[str, str]:
    """File name -> CSV text, in the order the files are written."""
    articles = {a.id: a for a in tl.articles}
    events = {e.id: e for e in tl.events}
    builders: dict[str, tuple[tuple[str, ...], Callable[[], list[Row]]]] = {
        "articles.csv": (ARTICLES_COLUMNS, lambda: [article_row(a) for a in tl.articles]),
        "claims.csv": (CLAIMS_COLUMNS, lambda: [claim_row(c, articles) for c in tl.claims]),
        "events.csv": (EVENTS_COLUMNS, lambda: [event_row(e) for e in tl.events]),
        "conflicts.csv": (CONFLICTS_COLUMNS,
                          lambda: [conflict_row(c, events) for c in tl.conflicts]),
    }
    return {name: to_csv(cols, build()) for name, (cols, build) in builders.items()}


def write_bundle(tl: Timeline, out_dir: Path, *, excel: bool = False) -> list[Path]:
    """Write the four CSV files into `out_dir`, each atomically; return their paths.

    `excel=True` adds a UTF-8 byte-order mark, which Excel needs to read UTF-8.
    """
    encoding = "utf-8-sig" if excel else "utf-8"
    return [write_atomic(Path(out_dir) / name, text, encoding=encoding)
            for name, text in tables(tl).items()]
