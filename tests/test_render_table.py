"""Rich renderables for the terminal (timeline.render.table)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from render_samples import sample_timeline
from rich.console import Console, RenderableType

from timeline.model import Event, TimeExpr
from timeline.render.table import (
    conflicts_renderables,
    dates_table,
    explain_renderables,
    timeline_table,
)


def render(*items: RenderableType, width: int = 120) -> str:
    console = Console(width=width, record=True, color_system=None, file=io.StringIO())
    for item in items:
        console.print(item)
    return console.export_text()


def test_timeline_table_has_the_four_columns() -> None:
    table = timeline_table(sample_timeline())
    assert [c.header for c in table.columns] == ["date", "event", "sources", "status"]


def test_timeline_rows_sorted_by_date_with_unresolved_last() -> None:
    tl = sample_timeline()
    extra = Event(id="e0", label="Union ballot", earliest=date(2021, 1, 10),
                  latest=date(2021, 1, 10), claim_ids=(), sources=(), independent_sources=0)
    table = timeline_table(dataclasses.replace(tl, events=(*tl.events[::-1], extra)))
    labels = list(table.columns[1].cells)
    assert labels == ["Union ballot", "Ferry strike begins", "Talks resume", "Old pier closed"]


def test_timeline_shows_display_dates_and_statuses() -> None:
    text = render(timeline_table(sample_timeline()))
    assert "Feb 26 – Mar 1, 2021" in text and "mid-Apr 2021" in text
    for status in ("conflict", "planned", "unresolved"):
        assert status in text


def test_sources_column_names_outlets_and_independent_count() -> None:
    text = render(timeline_table(sample_timeline()), width=200)
    assert "Coastal Courier, Harbour Times, Elwin Daily (3 independent)" in text


def test_date_column_never_wraps_in_a_narrow_terminal() -> None:
    text = render(timeline_table(sample_timeline()), width=60)
    assert "Feb 26 – Mar 1, 2021" in text


def test_no_line_exceeds_the_terminal_width() -> None:
    tl = sample_timeline()
    items = [timeline_table(tl), *conflicts_renderables(tl), *explain_renderables(tl, "a1"),
             dates_table([(c.article, c.timex) for c in tl.claims])]
    for width in (80, 120):
        assert max(len(line) for line in render(*items, width=width).splitlines()) <= width


def test_conflict_shows_both_sides_with_quotes_and_outlets() -> None:
    text = render(*conflicts_renderables(sample_timeline()), width=200)
    for needle in ("on March 1, 2021", "on February 26, 2021", "Elwin Daily", "a3",
                   "Feb 26, 2021", "days before the union called it"):
        assert needle in text


def test_conflict_states_gap_and_better_supported_side() -> None:
    text = render(*conflicts_renderables(sample_timeline()), width=200)
    assert "gap: 3 days" in text
    assert "side A has more independent support (2 vs 1)" in text


def test_conflict_without_sides_groups_claims_by_interval() -> None:
    tl = sample_timeline()
    bare = dataclasses.replace(tl.conflicts[0], sides=())
    text = render(*conflicts_renderables(dataclasses.replace(tl, conflicts=(bare,))), width=200)
    assert "side A has more independent support (2 vs 1)" in text


def test_dates_table_lists_every_expression() -> None:
    tl = sample_timeline()
    table = dates_table([(c.article, c.timex) for c in tl.claims])
    assert table.row_count == 6
    assert "by Jun 2021" in render(table, width=200)


def test_explain_shows_publication_reasoning() -> None:
    text = render(*explain_renderables(sample_timeline(), "a1"), width=200)
    for needle in ("2021-03-04", "dateline", "confidence 0.90", "rejected candidates",
                   "no date in the URL"):
        assert needle in text


def test_explain_shows_each_claim_with_rule_anchor_and_event() -> None:
    text = render(*explain_renderables(sample_timeline(), "a1"), width=200)
    for needle in ("mod_month", "publication_date", "future: 'would resume'", "expected",
                   "e2: Talks resume"):
        assert needle in text


def test_explain_unknown_article_raises_key_error() -> None:
    with pytest.raises(KeyError):
        explain_renderables(sample_timeline(), "nope")


def test_explain_lists_expressions_that_did_not_become_claims() -> None:
    tl = sample_timeline()
    dateline = TimeExpr(start=12, end=25, text="March 4, 2021", type="DATE", value="2021-03-04",
                        earliest=date(2021, 3, 4), latest=date(2021, 3, 4), granularity="day",
                        anchor="absolute", rule="month_day_year")
    a1 = dataclasses.replace(tl.articles[0], dating=dataclasses.replace(
        tl.articles[0].dating, excluded=((0, 27),)))
    tl = dataclasses.replace(tl, articles=(a1, *tl.articles[1:]))
    exprs = [dateline, tl.claims[0].timex]
    text = render(*explain_renderables(tl, "a1", expressions=exprs), width=200)
    assert "other time expressions (not claims)" in text
    assert "in dateline/byline/page chrome" in text
    assert text.count("on March 1, 2021") == 1  # the claim is not listed twice
