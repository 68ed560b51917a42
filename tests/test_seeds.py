"""The five seed articles, end to end: what the foundation issue says they must give.

The seeds are real wire copy; everything here comes from general mechanisms
(dateline grammar, time-expression rules, tense, the merge rule), and these
tests pin the results so that a regression anywhere in the pipeline shows.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from timeline.pipeline import Inputs, build
from timeline.render.jsondoc import dumps

ROOT = Path(__file__).parent.parent
GOLDEN = ROOT / "fixtures" / "golden" / "seeds.json"
TODAY = date(2026, 11, 21)
A000, A001, A002, A003, A004 = (
    "000_bce791e2e05ad2a5",
    "001_3a10d69691cce3e3",
    "002_6bcff8eae5855749",
    "003_b77fc6697218271b",
    "004_8e9136e739b8f44d",
)


def _build_json(dct: tuple[tuple[str, date], ...] = ()) -> str:
    # Relative paths, as a user types them: the golden file must not name this checkout.
    with contextlib.chdir(ROOT):
        return dumps(build(Inputs(paths=("seeds",), dct=dict(dct), today=TODAY)))


@cache
def _doc(dct: tuple[tuple[str, date], ...] = ()) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(_build_json(dct))
    return doc


def _claim(article: str, phrase: str, doc: dict[str, Any] | None = None) -> dict[str, Any]:
    doc = doc or _doc()
    found = [c for c in doc["claims"] if c["article"] == article and phrase in c["text"]]
    assert found, f"no claim {phrase!r} in {article}"
    return found[0]


def _interval(claim: dict[str, Any]) -> tuple[str | None, str | None]:
    return claim["earliest"], claim["latest"]


def test_publication_dates() -> None:
    published = {a["id"]: (a["published"], a["published_from"]) for a in _doc()["articles"]}
    assert published == {
        A000: ("2021-06-30", "inferred"),
        A001: ("2021-09-30", "inferred"),
        A002: ("2019-03-29", "inferred"),
        A003: (None, "unknown"),
        A004: ("2019-11-27", "byline"),
    }


def test_relative_phrases_resolve_against_the_publication_date() -> None:
    assert _interval(_claim(A000, "October last year")) == ("2020-10-01", "2020-10-31")
    assert _interval(_claim(A004, "mid-July")) == ("2019-07-11", "2019-07-20")
    assert _interval(_claim(A002, "early March")) == ("2019-03-01", "2019-03-10")
    assert _interval(_claim(A004, "Tuesday")) == ("2019-11-26", "2019-11-26")
    assert _interval(_claim(A001, "Wednesday")) == ("2021-09-29", "2021-09-29")


def test_future_clause_resolves_a_bare_month_forward() -> None:
    claim = _claim(A002, "October")
    assert claim["value"] == "2019-10"
    assert claim["modality"] == "expected"


def test_absolute_phrases_resolve() -> None:
    assert _interval(_claim(A002, "mid-June 2018")) == ("2018-06-11", "2018-06-20")
    assert _claim(A004, "April 2020")["latest"] == "2020-04-30"
    assert _interval(_claim(A003, "late 2017")) == ("2017-09-01", "2017-12-31")
    assert _interval(_claim(A003, "2007")) == ("2007-01-01", "2007-12-31")
    assert _interval(_claim(A003, "2015")) == ("2015-01-01", "2015-12-31")


def test_undated_article_leaves_relative_phrases_unresolved() -> None:
    for phrase in ("Friday", "a day earlier", "January", "December 14 last year"):
        claim = _claim(A003, phrase)
        assert _interval(claim) == (None, None)
        assert claim["anchor"] == "unresolved"


def test_dct_option_resolves_the_undated_article() -> None:
    doc = _doc(((A003, date(2021, 3, 12)),))
    assert _interval(_claim(A003, "Friday", doc)) == ("2021-03-12", "2021-03-12")
    assert _interval(_claim(A003, "a day earlier", doc)) == ("2021-03-11", "2021-03-11")
    assert _claim(A003, "January", doc)["value"] == "2021-01"
    assert _interval(_claim(A003, "December 14 last year", doc)) == ("2020-12-14", "2020-12-14")


def _event_of(article: str, phrase: str) -> str:
    event_id: str = _claim(article, phrase)["event_id"]
    return event_id


def test_the_signing_is_one_event_across_all_five_articles() -> None:
    signing = {
        _event_of(A000, "2017"),
        _event_of(A001, "2017"),
        _event_of(A002, "September 12, 2017"),
        _event_of(A003, "late 2017"),
        _event_of(A004, "December 2017"),
    }
    assert len(signing) == 1


def test_the_vow_and_the_entry_into_service_are_one_event_each() -> None:
    assert _event_of(A000, "October last year") == _event_of(A001, "October last year")
    service = {_event_of(a, "2007") for a in (A000, A001, A002, A003)}
    assert len(service) == 1


def test_other_happenings_do_not_merge_with_the_signing() -> None:
    signing = _event_of(A002, "September 12, 2017")
    others = [
        _event_of(A004, "2020"),
        _event_of(A003, "January"),
        _event_of(A004, "mid-July"),
        _event_of(A002, "October"),
        _event_of(A002, "May 2019"),
    ]
    assert signing not in others


def test_exactly_one_conflict_the_signing_date() -> None:
    doc = _doc()
    (conflict,) = doc["conflicts"]
    assert conflict["event_id"] == _event_of(A002, "September 12, 2017")
    sides = {c.split(":")[0] for c in conflict["claim_ids"]}
    assert sides == {A002, A004}


def test_copied_wire_paragraphs_count_as_one_source() -> None:
    vow = _event_of(A000, "October last year")
    (event,) = [e for e in _doc()["events"] if e["id"] == vow]
    assert event["independent_sources"] == 1


def test_no_false_dates() -> None:
    texts = [c["text"] for c in _doc()["claims"]]
    for false in ("S-400", "SA-21", "F-35", "400 km", "70%", "$2.5 billion", "We", "Roku"):
        pattern = re.compile(rf"(?<!\w){re.escape(false)}(?!\w)")
        assert not any(pattern.search(t) for t in texts), false


def test_claim_offsets_point_into_the_article_text() -> None:
    doc = _doc()
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for claim in doc["claims"]:
        assert texts[claim["article"]][claim["start"] : claim["end"]] == claim["text"]


def test_seeds_json_matches_the_golden_file() -> None:
    """Any change to the seeds' output must be looked at; UPDATE_GOLDEN=1 rewrites it."""
    text = _build_json()
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")
