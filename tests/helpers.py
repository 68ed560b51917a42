"""Small builders for hand-made pipeline values in tests."""

from __future__ import annotations

from datetime import date

from timeline.model import Article, Dating, TimeExpr


def timex(text: str, phrase: str, earliest: str | None, latest: str | None,
          granularity: str = "day", occurrence: int = 1, type_: str = "DATE") -> TimeExpr:
    """A resolved TimeExpr for the `occurrence`-th `phrase` in `text`."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return TimeExpr(
        start=start,
        end=start + len(phrase),
        text=phrase,
        type=type_,
        value=(earliest or "XXXX")[: {"day": 10, "month": 7}.get(granularity, 4)],
        earliest=date.fromisoformat(earliest) if earliest else None,
        latest=date.fromisoformat(latest) if latest else None,
        granularity=granularity,
        anchor="absolute" if earliest else "unresolved",
        rule="test",
    )


def article(ident: str, text: str, published: str | None = "2020-06-01",
            source: str = "") -> Article:
    dating = Dating(
        published=date.fromisoformat(published) if published else None,
        published_from="manifest" if published else "unknown",
    )
    return Article(id=ident, path=f"{ident}.txt", text=text, source=source, dating=dating)
