"""Scores a build against a synthetic corpus's truth.json.

Pure functions over two JSON documents: `truth` is truth.json as written by
`bench.synth` (as a dict), `system` is the output of `timeline build --format json`
(CONTRACT.md section 3, as a dict). Nothing here imports the project, so the
scores measure exactly what the tool prints.

A planted time expression is *matched* by the system claim of the same article
whose [start, end) overlaps it most (the system may or may not include "in" or
"on" in its span, so exact offsets are not required). Ties go to the earlier claim.

Conventions for empty denominators: precision is 1.0 when the system predicted
nothing (it said nothing wrong) and recall is 1.0 when there was nothing to find;
F1 is 0.0 when both precision and recall are 0.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Doc = Mapping[str, Any]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float
    true_positives: int
    predicted: int  # what the system proposed (pairs, conflicts, claims)
    expected: int  # what the truth holds

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "true_positives": self.true_positives, "predicted": self.predicted,
            "expected": self.expected,
        }  # fmt: skip


def prf(true_positives: int, predicted: int, expected: int,
        found: int | None = None) -> PRF:
    """Precision over `predicted`, recall over `expected`.

    `found` is the number of expected items found, when it differs from the
    number of correct predictions (several system conflicts may hit one planted).
    """
    hits = true_positives if found is None else found
    precision = true_positives / predicted if predicted else 1.0
    recall = hits / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PRF(precision, recall, f1, true_positives, predicted, expected)


# --------------------------------------------------------------------------- matching


def match_claims(truth: Doc, system: Doc) -> list[Mapping[str, Any] | None]:
    """For each planted time expression (truth["timexes"] order), its system claim or None."""
    by_article: dict[str, list[Mapping[str, Any]]] = {}
    for claim in system.get("claims", ()):
        by_article.setdefault(str(claim["article"]), []).append(claim)
    for claims in by_article.values():
        claims.sort(key=lambda c: (int(c["start"]), int(c["end"])))
    out: list[Mapping[str, Any] | None] = []
    for planted in truth["timexes"]:
        out.append(_best_overlap(planted, by_article.get(str(planted["article"]), ())))
    return out


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


def _best_overlap(span: Mapping[str, Any],
                  claims: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    start, end = int(span["start"]), int(span["end"])
    best, best_size = None, 0
    for claim in claims:
        c_start = int(claim["start"])
        if c_start >= end:
            break  # claims are sorted by start: none further can overlap
        size = _overlap(start, end, c_start, int(claim["end"]))
        if size > best_size:
            best, best_size = claim, size
    return best


# --------------------------------------------------------------------------- merges


def pairwise_event_prf(truth: Doc, system: Doc,
                       modalities: Collection[str] | None = None) -> PRF:
    """Pairwise precision/recall of merging, over planted time-expression mentions.

    A pair of planted mentions is *true* when both date the same truth event
    (a null event id is a singleton: background dates must merge with nothing;
    a negated date belongs to the event it denies, a forecast to the plan event).
    A pair is *predicted* when both mentions are matched by system claims that
    carry the same non-empty `event_id`. Unmatched mentions predict no pairs.
    `modalities` restricts the mentions considered (e.g. {"asserted"}).
    Counted from the contingency table, so it is linear in the number of mentions.
    """
    matched = match_claims(truth, system)
    truth_ids: list[str] = []
    system_ids: list[str | None] = []
    for k, (planted, claim) in enumerate(zip(truth["timexes"], matched, strict=True)):
        if modalities is not None and planted.get("modality") not in modalities:
            continue
        truth_ids.append(planted.get("event_id") or f"\0singleton{k}")
        system_ids.append((claim.get("event_id") or None) if claim is not None else None)
    expected = _pairs(Counter(truth_ids).values())
    predicted = _pairs(Counter(s for s in system_ids if s is not None).values())
    both = Counter((t, s) for t, s in zip(truth_ids, system_ids, strict=True) if s is not None)
    return prf(_pairs(both.values()), predicted, expected)


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


# --------------------------------------------------------------------------- conflicts


def conflict_prf(truth: Doc, system: Doc) -> PRF:
    """Precision/recall of conflict detection against the planted conflicts.

    A system conflict *hits* a planted one when its claims overlap at least one
    span of every planted side (both the true date and the planted wrong date).
    Recall: share of planted conflicts hit by some system conflict. Precision:
    share of system conflicts that hit some planted conflict.
    """
    claims = {str(c["id"]): c for c in system.get("claims", ())}
    planted = list(truth["conflicts"])
    # Only planted conflicts with a span in one of the conflict's articles can be hit.
    by_article: dict[str, set[int]] = {}
    for k, p in enumerate(planted):
        for side in p["sides"]:
            for span in side:
                by_article.setdefault(str(span["article"]), set()).add(k)
    system_conflicts = list(system.get("conflicts", ()))
    found: set[int] = set()
    correct = 0
    for conflict in system_conflicts:
        spans = [claims[str(i)] for i in conflict.get("claim_ids", ()) if str(i) in claims]
        candidates = set().union(*(by_article.get(str(c["article"]), ()) for c in spans))
        hits = [k for k in sorted(candidates) if _covers_sides(spans, planted[k]["sides"])]
        found.update(hits)
        correct += bool(hits)
    return prf(correct, len(system_conflicts), len(planted), found=len(found))


def _covers_sides(claims: Sequence[Mapping[str, Any]],
                  sides: Sequence[Sequence[Mapping[str, Any]]]) -> bool:
    return all(any(_touches(c, span) for c in claims for span in side) for side in sides)


def _touches(claim: Mapping[str, Any], span: Mapping[str, Any]) -> bool:
    return str(claim["article"]) == str(span["article"]) and _overlap(
        int(claim["start"]), int(claim["end"]), int(span["start"]), int(span["end"])
    ) > 0


# --------------------------------------------------------------------------- intervals


def interval_accuracy(truth: Doc, system: Doc) -> float:
    """Share of planted time expressions whose matched claim has exactly the
    planted [earliest, latest] (missed expressions count as wrong)."""
    right, total = _interval_counts(truth, system).get(None, (0, 0))
    return right / total if total else 1.0


def interval_accuracy_by_phrasing(truth: Doc, system: Doc) -> dict[str, float]:
    """interval_accuracy for each kind of phrase ("weekday", "month_last_year", ...)."""
    counts = _interval_counts(truth, system)
    return {k: right / total for k, (right, total) in sorted(counts.items(), key=_key) if k}


def _key(item: tuple[str | None, tuple[int, int]]) -> str:
    return item[0] or ""


def _interval_counts(truth: Doc, system: Doc) -> dict[str | None, tuple[int, int]]:
    """(right, total) per phrasing kind, and overall under the key None."""
    counts: dict[str | None, tuple[int, int]] = {}
    for planted, claim in zip(truth["timexes"], match_claims(truth, system), strict=True):
        right = claim is not None and (claim.get("earliest"), claim.get("latest")) == (
            planted["earliest"], planted["latest"]
        )
        for key in (None, str(planted.get("phrasing", ""))):
            r, t = counts.get(key, (0, 0))
            counts[key] = (r + right, t + 1)
    return counts


def detection_prf(truth: Doc, system: Doc) -> PRF:
    """How well claims are found at all: a planted expression is found when some
    claim overlaps it; a claim is correct when it overlaps some planted expression.
    The corpus plants every date outside datelines and bylines, so any other
    claim is spurious (claims inside datelines and bylines count as spurious too)."""
    planted: dict[str, list[Mapping[str, Any]]] = {}
    for t in truth["timexes"]:
        planted.setdefault(str(t["article"]), []).append(t)
    claims = list(system.get("claims", ()))
    correct = sum(
        1 for c in claims if any(_touches(c, t) for t in planted.get(str(c["article"]), ()))
    )
    found = sum(1 for c in match_claims(truth, system) if c is not None)
    return prf(correct, len(claims), len(truth["timexes"]), found=found)


def score(truth: Doc, system: Doc) -> dict[str, Any]:
    """All scores as one JSON-ready dict (for the benchmark report)."""
    return {
        "merge": pairwise_event_prf(truth, system).as_dict(),
        "conflicts": conflict_prf(truth, system).as_dict(),
        "detection": detection_prf(truth, system).as_dict(),
        "interval_accuracy": interval_accuracy(truth, system),
        "interval_accuracy_by_phrasing": interval_accuracy_by_phrasing(truth, system),
    }
