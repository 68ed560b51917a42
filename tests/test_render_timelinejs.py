"""Knight Lab TimelineJS output (timeline.render.timelinejs)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from datetime import date

from render_samples import sample_timeline

from timeline.model import Event, Timeline
from timeline.render.timelinejs import timelinejs_csv, timelinejs_json

SHEET = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
         "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
         "Media Thumbnail", "Type", "Group", "Background"]


def with_events(*events: Event) -> Timeline:
    return dataclasses.replace(sample_timeline(), events=events, conflicts=())


def event(eid: str, first: date | None, last: date | None, **kw: object) -> Event:
    return Event(id=eid, label=f"Event {eid}", earliest=first, latest=last, claim_ids=(),
                 sources=(), independent_sources=0, **kw)  # type: ignore[arg-type]


def rows(tl: Timeline) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(timelinejs_csv(tl))))


def test_sheet_has_exact_columns_in_order() -> None:
    header = next(csv.reader(io.StringIO(timelinejs_csv(sample_timeline()))))
    assert header == SHEET


def test_one_row_per_dated_event_only() -> None:
    assert [r["Headline"] for r in rows(sample_timeline())] == [
        "Ferry strike begins", "Talks resume"]


def test_day_point_fills_year_month_day_and_no_end() -> None:
    (row,) = rows(with_events(event("p", date(2021, 3, 8), date(2021, 3, 8))))
    assert (row["Year"], row["Month"], row["Day"], row["End Year"]) == ("2021", "3", "8", "")


def test_whole_year_keeps_year_precision() -> None:
    (row,) = rows(with_events(event("y", date(2017, 1, 1), date(2017, 12, 31))))
    assert (row["Year"], row["Month"], row["Day"], row["End Year"]) == ("2017", "", "", "")
    assert row["Display Date"] == "2017"


def test_whole_month_keeps_month_precision() -> None:
    (row,) = rows(with_events(event("m", date(2017, 12, 1), date(2017, 12, 31))))
    assert (row["Year"], row["Month"], row["Day"]) == ("2017", "12", "")


def test_month_range_gets_end_columns_at_month_precision() -> None:
    (row,) = rows(with_events(event("r", date(2019, 9, 1), date(2020, 4, 30))))
    assert [row[k] for k in ("Year", "Month", "Day", "End Year", "End Month", "End Day")] == [
        "2019", "9", "", "2020", "4", ""]


def test_open_start_uses_known_end_at_its_precision() -> None:
    (row,) = rows(with_events(event("b", None, date(2020, 4, 30), granularity="month",
                                    mod="ON_OR_BEFORE")))
    assert (row["Year"], row["Month"], row["Day"]) == ("2020", "4", "")
    assert row["Display Date"] == "by Apr 2020"


def test_conflicts_get_their_own_group() -> None:
    groups = {r["Headline"]: r["Group"] for r in rows(sample_timeline())}
    assert groups["Ferry strike begins"] == "Conflicts"
    assert groups["Talks resume"] != "Conflicts"


def test_text_quotes_claims_and_sources_as_html() -> None:
    text = rows(sample_timeline())[0]["Text"]
    assert "Elwin Daily" in text and "days before the union called it" in text
    assert "<p>" in text and "Conflict (3 days apart)" in text


def test_text_escapes_html_in_article_content() -> None:
    tl = sample_timeline()
    c3 = dataclasses.replace(tl.claims[2], sentence="<script>alert(1)</script> began")
    text = rows(dataclasses.replace(tl, claims=(*tl.claims[:2], c3, *tl.claims[3:])))[0]["Text"]
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_headline_starting_like_a_formula_is_defused() -> None:
    (row,) = rows(with_events(dataclasses.replace(
        event("f", date(2021, 1, 1), date(2021, 1, 1)), label="=IMPORTXML(1)")))
    assert row["Headline"] == "'=IMPORTXML(1)"


def test_json_has_title_and_events_with_partial_dates() -> None:
    doc = json.loads(timelinejs_json(sample_timeline(), title="Ferry strike"))
    assert doc["title"]["text"]["headline"] == "Ferry strike"
    first = doc["events"][0]
    assert first["start_date"] == {"year": "2021", "month": "2", "day": "26"}
    assert first["end_date"] == {"year": "2021", "month": "3", "day": "1"}
    assert first["group"] == "Conflicts" and first["unique_id"] == "e1"
    assert first["display_date"] == "Feb 26 – Mar 1, 2021"


def test_json_year_only_date_has_no_month() -> None:
    doc = json.loads(timelinejs_json(with_events(event("y", date(2017, 1, 1),
                                                       date(2017, 12, 31)))))
    assert doc["events"][0]["start_date"] == {"year": "2017"}
    assert "end_date" not in doc["events"][0]


def test_output_is_deterministic() -> None:
    assert timelinejs_csv(sample_timeline()) == timelinejs_csv(sample_timeline())
    assert timelinejs_json(sample_timeline()) == timelinejs_json(sample_timeline())
