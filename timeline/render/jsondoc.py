"""The JSON document of CONTRACT.md section 3, and the `dates --format jsonl` records.

Contract fields come first, under their contract names; extra fields follow them
(extending is allowed, renaming is not). Only the standard library and
`display` are imported here so the `dates --format jsonl` path starts fast.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from timeline.model import Article, Claim, Conflict, ConflictSide, Event, TimeExpr, Timeline
from timeline.render.display import display_interval


def iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def article_warnings(article: Article) -> list[str]:
    """The article's own warnings, then its dating's, each once."""
    return list(dict.fromkeys([*article.warnings, *article.dating.warnings]))


def article_record(article: Article) -> dict[str, Any]:
    dating = article.dating
    return {
        "id": article.id,
        "path": article.path,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": iso(article.published),
        "published_from": article.published_from,
        "text": article.text,
        "warnings": article_warnings(article),
        # extensions
        "confidence": dating.confidence,
        "reasons": list(dating.reasons),
    }


def _timex_fields(expr: TimeExpr) -> dict[str, Any]:
    return {
        "start": expr.start,
        "end": expr.end,
        "text": expr.text,
        "type": expr.type,
        "value": expr.value,
        "mod": expr.mod,
        "earliest": iso(expr.earliest),
        "latest": iso(expr.latest),
        "granularity": expr.granularity,
        "anchor": expr.anchor,
    }


def timex_record(article_id: str, expr: TimeExpr) -> dict[str, Any]:
    """One line of `timeline dates --format jsonl`: contract fields, then `rule`."""
    return {"article": article_id, **_timex_fields(expr), "rule": expr.rule}


def claim_record(claim: Claim) -> dict[str, Any]:
    expr = claim.timex
    return {
        "id": claim.id,
        "article": claim.article,
        **_timex_fields(expr),
        "modality": claim.modality,
        "sentence": claim.sentence,
        "event_id": claim.event_id,
        # extensions
        "rule": expr.rule,
        "note": expr.note,
        "display": display_interval(expr.earliest, expr.latest, expr.granularity, expr.mod),
        "sentence_start": claim.sentence_start,
        "predicate": claim.predicate,
        "participants": list(claim.participants),
    }


def event_record(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "label": event.label,
        "earliest": iso(event.earliest),
        "latest": iso(event.latest),
        "claim_ids": list(event.claim_ids),
        "sources": list(event.sources),
        "independent_sources": event.independent_sources,
        "conflict": event.conflict,
        # extensions
        "status": event.status,
        "granularity": event.granularity,
        "mod": event.mod,
        "display": display_interval(event.earliest, event.latest, event.granularity, event.mod),
    }


def side_record(side: ConflictSide) -> dict[str, Any]:
    return {
        "claim_ids": list(side.claim_ids),
        "earliest": iso(side.earliest),
        "latest": iso(side.latest),
        "display": display_interval(side.earliest, side.latest),
        "sources": list(side.sources),
        "independent_sources": side.independent_sources,
    }


def conflict_record(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "event_id": conflict.event_id,
        "claim_ids": list(conflict.claim_ids),
        "gap_days": conflict.gap_days,
        "explanation": conflict.explanation,
        # extensions
        "sides": [side_record(side) for side in conflict.sides],
    }


def document(tl: Timeline) -> dict[str, Any]:
    """The `timeline build --format json` document, in the Timeline's own order."""
    return {
        "articles": [article_record(a) for a in tl.articles],
        "claims": [claim_record(c) for c in tl.claims],
        "events": [event_record(e) for e in tl.events],
        "conflicts": [conflict_record(c) for c in tl.conflicts],
        # extension: run-level warnings (also printed to stderr by the CLI)
        "warnings": list(tl.warnings),
    }


def dumps(tl: Timeline) -> str:
    """`document(tl)` as text: same Timeline, same bytes (keys keep contract order)."""
    return json.dumps(document(tl), ensure_ascii=False, indent=2) + "\n"
