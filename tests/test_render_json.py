"""The JSON document of CONTRACT.md section 3 (timeline.render.jsondoc)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date

from render_samples import sample_timeline

from timeline.model import TimeExpr
from timeline.render.jsondoc import document, dumps, timex_record

ARTICLE_FIELDS = ["id", "path", "source", "url", "title", "published", "published_from",
                  "text", "warnings"]
CLAIM_FIELDS = ["id", "article", "start", "end", "text", "type", "value", "mod", "earliest",
                "latest", "granularity", "anchor", "modality", "sentence", "event_id"]
EVENT_FIELDS = ["id", "label", "earliest", "latest", "claim_ids", "sources",
                "independent_sources", "conflict"]
CONFLICT_FIELDS = ["id", "event_id", "claim_ids", "gap_days", "explanation"]


def test_top_level_has_the_four_contract_lists() -> None:
    doc = document(sample_timeline())
    assert list(doc)[:4] == ["articles", "claims", "events", "conflicts"]


def test_contract_fields_come_first_in_contract_order() -> None:
    doc = document(sample_timeline())
    for key, fields in (("articles", ARTICLE_FIELDS), ("claims", CLAIM_FIELDS),
                        ("events", EVENT_FIELDS), ("conflicts", CONFLICT_FIELDS)):
        for obj in doc[key]:
            assert list(obj)[: len(fields)] == fields, key


def test_claim_offsets_index_the_article_text() -> None:
    doc = document(sample_timeline())
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for claim in doc["claims"]:
        assert texts[claim["article"]][claim["start"]:claim["end"]] == claim["text"]


def test_dates_are_iso_strings_or_null() -> None:
    doc = document(sample_timeline())
    by_id = {c["id"]: c for c in doc["claims"]}
    assert by_id["c4"]["earliest"] == "2021-04-11"
    assert by_id["c5"]["earliest"] is None and by_id["c5"]["latest"] is None
    assert by_id["c6"]["earliest"] is None and by_id["c6"]["latest"] == "2021-06-30"


def test_unknown_publication_date_is_null() -> None:
    doc = document(sample_timeline())
    a3 = next(a for a in doc["articles"] if a["id"] == "a3")
    assert a3["published"] is None and a3["published_from"] == "unknown"


def test_empty_mod_stays_empty_string() -> None:
    doc = document(sample_timeline())
    assert next(c for c in doc["claims"] if c["id"] == "c1")["mod"] == ""


def test_lists_are_json_lists_and_conflict_is_bool() -> None:
    e1 = document(sample_timeline())["events"][0]
    assert e1["claim_ids"] == ["c1", "c2", "c3"]
    assert e1["conflict"] is True and isinstance(e1["independent_sources"], int)


def test_conflict_extension_carries_sides() -> None:
    conflict = document(sample_timeline())["conflicts"][0]
    assert [s["independent_sources"] for s in conflict["sides"]] == [2, 1]
    assert conflict["sides"][1]["earliest"] == "2021-02-26"


def test_dumps_is_deterministic_and_ends_with_newline() -> None:
    first, second = dumps(sample_timeline()), dumps(sample_timeline())
    assert first == second and first.endswith("}\n")


def test_dumps_keeps_non_ascii_text() -> None:
    text = dumps(sample_timeline())
    assert "–" in text and "\\u2013" not in text  # the en dash of a display range


def test_dumps_round_trips_to_document() -> None:
    tl = sample_timeline()
    assert json.loads(dumps(tl)) == document(tl)


def test_timex_record_has_jsonl_fields_then_rule() -> None:
    expr = TimeExpr(start=3, end=10, text="in 2017", type="DATE", value="2017",
                    earliest=date(2017, 1, 1), latest=date(2017, 12, 31), granularity="year",
                    anchor="absolute", rule="year")
    record = timex_record("a9", expr)
    assert list(record) == ["article", "start", "end", "text", "type", "value", "mod",
                            "earliest", "latest", "granularity", "anchor", "rule"]
    assert record["earliest"] == "2017-01-01" and record["article"] == "a9"


def test_importing_jsondoc_does_not_import_rich_or_pandas() -> None:
    code = ("import sys, timeline.render.jsondoc; "
            "print(sorted(m for m in ('rich', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_warning_in_both_article_and_dating_is_listed_once() -> None:
    tl = sample_timeline()
    a3 = dataclasses.replace(tl.articles[2], warnings=tl.articles[2].dating.warnings)
    doc = document(dataclasses.replace(tl, articles=(*tl.articles[:2], a3)))
    assert doc["articles"][2]["warnings"] == ["a3: publication date unknown"]
