"""Reconciliation: one date per event, and contradictions where reports cannot all be true.

An event's date is the intersection of its asserted claims' intervals, so
compatible granularities refine each other ('2017', 'late 2017', 'September 12,
2017' give September 12, 2017). When asserted intervals are disjoint, the event
is in conflict: each claim disjoint from another asserted claim is listed, the
claims are split into sides that agree within themselves, and each side's
independent support is counted. Expected claims never conflict with asserted
ones: they are the plan, shown beside the outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .merge import UnionFind, independent_sources, outlet_name
from .model import Article, Claim, Conflict, ConflictSide, Event


@dataclass(frozen=True)
class _Span:
    low: date
    high: date

    def overlaps(self, other: _Span) -> bool:
        return self.low <= other.high and other.low <= self.high

    def meet(self, other: _Span) -> _Span:
        return _Span(max(self.low, other.low), min(self.high, other.high))

    def bounds(self) -> tuple[date | None, date | None]:
        """The span as the contract writes it: an open side is None."""
        return (None if self.low == date.min else self.low,
                None if self.high == date.max else self.high)


def _span(claim: Claim) -> _Span:
    """The claim's interval as a constraint on its event (TimeExpr.bounds): 'on strike
    since March 2' holds from March 2 on."""
    low, high = claim.timex.bounds
    return _Span(low or date.min, high or date.max)


def _width(claim: Claim) -> int:
    span = _span(claim)
    return span.high.toordinal() - span.low.toordinal()


def _side_of(claim: Claim) -> bool:
    return claim.modality == "asserted" and claim.timex.resolved


def find_conflicts(
    events: Sequence[Event], claims: Sequence[Claim], articles: Sequence[Article],
    syndication: UnionFind,
) -> tuple[tuple[Event, ...], tuple[Conflict, ...]]:
    """Reconcile every event's date; return the updated events and the conflicts found."""
    by_article = {a.id: a for a in articles}
    by_id = {c.id: c for c in claims}
    reconciled: list[Event] = []
    conflicts: list[Conflict] = []
    for event in events:
        members = [by_id[cid] for cid in event.claim_ids]
        sides = _sides(members)
        if len(sides) > 1:
            conflict_sides = tuple(
                _conflict_side(side, by_article, syndication) for side in sides
            )
            conflict = _conflict(f"c{len(conflicts) + 1}", event, sides, conflict_sides, by_article)
            conflicts.append(conflict)
            reconciled.append(_disputed(event, sides, conflict_sides))
        else:
            reconciled.append(_reconcile(event, members))
    return tuple(reconciled), tuple(conflicts)


def _sides(members: list[Claim]) -> list[list[Claim]]:
    """The asserted claims disjoint from another one, split into mutually consistent sides."""
    asserted = [c for c in members if _side_of(c)]
    disputed = [
        c for c in asserted if any(not _span(c).overlaps(_span(o)) for o in asserted if o is not c)
    ]
    if not disputed:
        return [asserted] if asserted else []
    sides: list[list[Claim]] = []
    common: list[_Span] = []
    for claim in sorted(disputed, key=lambda c: (_span(c).low, _span(c).high, c.id)):
        span = _span(claim)
        for index, side in enumerate(sides):
            if common[index].overlaps(span):
                side.append(claim)
                common[index] = common[index].meet(span)
                break
        else:
            sides.append([claim])
            common.append(span)
    return sides


def _common(claims: Sequence[Claim]) -> _Span:
    span = _span(claims[0])
    for claim in claims[1:]:
        span = span.meet(_span(claim))
    return span


def _conflict_side(side: list[Claim], by_article: dict[str, Article],
                   syndication: UnionFind) -> ConflictSide:
    earliest, latest = _common(side).bounds()
    return ConflictSide(
        claim_ids=tuple(c.id for c in side),
        earliest=earliest,
        latest=latest,
        sources=tuple(sorted({outlet_name(by_article[c.article]) for c in side})),
        independent_sources=independent_sources(side, by_article, syndication),
    )


def _conflict(ident: str, event: Event, sides: list[list[Claim]],
              conflict_sides: tuple[ConflictSide, ...],
              by_article: dict[str, Article]) -> Conflict:
    spans = [_common(side) for side in sides]
    ordered = sorted(range(len(sides)), key=lambda i: (spans[i].low, spans[i].high))
    first, second = ordered[0], ordered[1]
    gap = (spans[second].low - spans[first].high).days
    return Conflict(
        id=ident,
        event_id=event.id,
        claim_ids=tuple(c.id for i in ordered for c in sides[i]),
        gap_days=gap,
        explanation=_explain(sides, conflict_sides, gap, by_article),
        sides=tuple(conflict_sides[i] for i in ordered),
    )


def _explain(sides: list[list[Claim]], conflict_sides: tuple[ConflictSide, ...], gap: int,
             by_article: dict[str, Article]) -> str:
    parts = []
    for side in sides:
        quoted = ", ".join(
            f"'{c.timex.text}' ({c.article}, {outlet_name(by_article[c.article])}: "
            f"{_interval(c)})"
            for c in side
        )
        parts.append(quoted)
    support = [s.independent_sources for s in conflict_sides]
    if len(set(support)) == 1:
        backing = f"each side has {support[0]} independent source(s)"
    else:
        best = max(range(len(support)), key=lambda i: support[i])
        backing = (f"the side '{sides[best][0].timex.text}' has more independent support "
                   f"({support[best]} vs {sorted(support)[-2]})")
    return f"Reports disagree: {' vs '.join(parts)}; {gap} days apart; {backing}."


def _interval(claim: Claim) -> str:
    low, high = claim.timex.bounds
    if low == high and low is not None:
        return low.isoformat()
    return f"{low.isoformat() if low else '…'}..{high.isoformat() if high else '…'}"


def _reconcile(event: Event, members: list[Claim]) -> Event:
    asserted = [c for c in members if _side_of(c)]
    planned = [c for c in members if c.modality == "expected" and c.timex.resolved]
    if asserted:
        note = _plan_note(planned, asserted)
        return replace(_dated(event, asserted, status="ok"), note=note)
    if planned:
        return _dated(event, planned, status="planned")
    return replace(event, earliest=None, latest=None, status="unresolved")


def _disputed(event: Event, sides: list[list[Claim]],
              conflict_sides: tuple[ConflictSide, ...]) -> Event:
    """A disputed event is dated by the side with more independent support; on a tie,
    it spans all sides, since the reports leave it anywhere in between."""
    support = [s.independent_sources for s in conflict_sides]
    if support.count(max(support)) == 1:
        best = sides[support.index(max(support))]
        return _dated(event, best, status="conflict", conflict=True)
    lows = [s.earliest for s in conflict_sides]
    highs = [s.latest for s in conflict_sides]
    return replace(
        event,
        earliest=None if None in lows else min(d for d in lows if d),
        latest=None if None in highs else max(d for d in highs if d),
        status="conflict",
        conflict=True,
        granularity="range",
        mod="",
    )


def _dated(event: Event, claims: list[Claim], status: str, conflict: bool = False) -> Event:
    earliest, latest = _common(claims).bounds()
    narrowest = min(claims, key=lambda c: (_width(c), c.id))
    return replace(
        event,
        earliest=earliest,
        latest=latest,
        status=status,
        conflict=conflict,
        granularity=narrowest.timex.granularity,
        mod=narrowest.timex.mod,
    )


def _plan_note(planned: list[Claim], asserted: list[Claim]) -> str:
    if not planned:
        return ""
    plan = planned[0]
    outcome = min(asserted, key=_width)
    return f"planned '{plan.timex.text}' ({_interval(plan)}); " \
           f"happened '{outcome.timex.text}' ({_interval(outcome)})"
