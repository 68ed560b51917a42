"""Small helpers the renderers share: event order, outlet names, conflict sides.

Standard library only, so every renderer can use them without pulling in rich.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from timeline.model import Claim, Conflict, ConflictSide, Event, Timeline


def event_sort_key(event: Event) -> tuple[bool, date, date, str]:
    """By earliest, then latest; an open side sorts by the known one; unresolved last."""
    unresolved = event.earliest is None and event.latest is None
    first = event.earliest or event.latest or date.max
    last = event.latest or event.earliest or date.max
    return unresolved, first, last, event.id


def sorted_events(tl: Timeline) -> list[Event]:
    return sorted(tl.events, key=event_sort_key)


def outlet_names(tl: Timeline, sources: Iterable[str]) -> list[str]:
    """Outlet names for `sources`, which may hold outlet names or article ids.

    The merge stage may list either; an article id is shown as its outlet (or
    the id itself when the article names no outlet). Order kept, duplicates dropped.
    """
    by_id = {a.id: a for a in tl.articles}
    names: list[str] = []
    for src in sources:
        name = (by_id[src].source or src) if src in by_id else src
        if name not in names:
            names.append(name)
    return names


def claim_outlet(tl: Timeline, claim: Claim) -> str:
    for article in tl.articles:
        if article.id == claim.article:
            return article.source or article.id
    return claim.article


def derived_sides(tl: Timeline, conflict: Conflict) -> tuple[ConflictSide, ...]:
    """The conflict's sides, or (when the merge gave none) its claims grouped by interval."""
    if conflict.sides:
        return conflict.sides
    claims = {c.id: c for c in tl.claims}
    groups: dict[tuple[date | None, date | None], list[Claim]] = {}
    for cid in conflict.claim_ids:
        if cid in claims:
            claim = claims[cid]
            groups.setdefault((claim.timex.earliest, claim.timex.latest), []).append(claim)
    sides = []
    for (earliest, latest), members in groups.items():
        outlets = outlet_names(tl, [claim_outlet(tl, c) for c in members])
        sides.append(ConflictSide(tuple(c.id for c in members), earliest, latest,
                                  tuple(outlets), len(outlets)))
    return tuple(sides)


def side_letter(index: int) -> str:
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def support_summary(sides: tuple[ConflictSide, ...]) -> str:
    """Which side more independent outlets back, in words."""
    if len(sides) < 2:
        return "only one side could be identified"
    counts = [s.independent_sources for s in sides]
    best = max(counts)
    leaders = [side_letter(i) for i, n in enumerate(counts) if n == best]
    if len(leaders) > 1:
        return f"sides {', '.join(leaders)} have equal independent support ({best} each)"
    others = ", ".join(str(n) for n in counts if n != best) or "0"
    return f"side {leaders[0]} has more independent support ({best} vs {others})"
