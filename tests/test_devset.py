"""The hand-annotated sets: integrity of truth.json only, with the same checks for the
development set (fixtures/devset) and the sets that were held out until their one scoring
and are development data since (fixtures/heldout to fixtures/heldout12; each README has its
held-out numbers, heldout10 to heldout12 scored in the eleventh session). A new held-out
set is to be written for the next honest estimate.

The tool's scores on them are measured by `python -m bench.devset [--set DIR]`, never
asserted here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from timeline.load import read_file

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
DEVSET = FIXTURES / "devset"  # holds build.py, which every set is built with
# set folder: (fewest articles, most articles, fewest planted conflicts)
SETS = {"devset": (24, 30, 4), "heldout": (8, 10, 2), "heldout2": (8, 10, 3),
        "heldout3": (10, 12, 4), "heldout4": (13, 15, 4), "heldout5": (18, 20, 5),
        "heldout6": (23, 25, 6), "heldout7": (23, 25, 6),
        "heldout8": (23, 25, 6), "heldout9": (23, 25, 6), "heldout10": (23, 25, 6),
        "heldout11": (23, 25, 6), "heldout12": (23, 25, 6),
        "heldout13": (23, 25, 6), "heldout14": (23, 25, 6), "heldout15": (23, 25, 6),
        "heldout16": (23, 25, 6), "heldout17": (23, 25, 6),
        "heldout18": (23, 25, 6), "heldout19": (23, 25, 6),
        "heldout20": (23, 25, 6), "heldout21": (23, 25, 6), "heldout22": (23, 25, 6),
        "heldout23": (23, 25, 6), "heldout24": (23, 25, 6), "heldout25": (23, 25, 6),
        "heldout26": (23, 25, 6), "heldout27": (23, 25, 6), "heldout28": (23, 25, 6),
        "heldout29": (23, 25, 6), "heldout30": (23, 25, 6),
        "heldout31": (23, 25, 6), "heldout32": (23, 25, 6),
        "heldout33": (23, 25, 6), "heldout34": (23, 25, 6),
        "heldout35": (23, 25, 6), "heldout36": (23, 25, 6),
        "heldout37": (23, 25, 6), "heldout38": (23, 25, 6),
        "heldout39": (23, 25, 6), "heldout40": (23, 25, 6),
        "heldout41": (23, 25, 6), "heldout42": (23, 25, 6),
        "heldout43": (23, 25, 6), "heldout44": (23, 25, 6),
        "heldout45": (23, 25, 6), "heldout46": (23, 25, 6),
        "heldout47": (23, 25, 6), "heldout48": (23, 25, 6), "heldout49": (23, 25, 6),
        "heldout50": (23, 25, 6),
        "heldout51": (23, 25, 6),
        "heldout52": (23, 25, 6),
        "heldout53": (23, 25, 6),
        "heldout54": (23, 25, 6),
        "heldout55": (23, 25, 6),
        "heldout56": (23, 25, 6),
        "heldout57": (23, 25, 6),
        "heldout58": (23, 25, 6),
        "heldout59": (23, 25, 6),
        "heldout60": (23, 25, 6),
        "heldout61": (23, 25, 6),
        "heldout62": (23, 25, 6)}
MODALITIES = {"asserted", "expected", "negated", "hypothetical"}
PREPOSITIONS = ("on ", "in ", "at ", "by ", "since ", "from ", "until ", "during ", "before ",
                "after ", "through ")


@pytest.fixture(scope="module", params=sorted(SETS))
def root(request: pytest.FixtureRequest) -> Path:
    path: Path = FIXTURES / request.param
    return path


@pytest.fixture(scope="module")
def truth(root: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((root / "truth.json").read_text(encoding="utf-8"))
    return doc


@pytest.fixture(scope="module")
def bodies(root: Path) -> dict[str, str]:
    return {p.stem: read_file(p)[0].text for p in sorted((root / "articles").glob("*.txt"))}


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("devset_build", DEVSET / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def test_every_article_file_has_a_truth_record(root: Path, truth: dict[str, Any],
                                                bodies: dict[str, str]) -> None:
    assert sorted(a["id"] for a in truth["articles"]) == sorted(bodies)
    assert truth["n_articles"] == len(bodies)
    fewest, most, _ = SETS[root.name]
    assert fewest <= len(bodies) <= most


def test_spans_match_the_text_the_tool_reads(truth: dict[str, Any],
                                             bodies: dict[str, str]) -> None:
    for t in truth["timexes"]:
        body = bodies[t["article"]]
        assert body[t["start"] : t["end"]] == t["text"], t
        assert t["text"] == t["text"].strip(), t
        assert not t["text"].lower().startswith(PREPOSITIONS), f"TimeML extent: {t}"


def test_excluded_spans_are_in_the_body_and_hold_no_claim(truth: dict[str, Any],
                                                          bodies: dict[str, str]) -> None:
    spans = {a["id"]: a["excluded"] for a in truth["articles"]}
    for a in truth["articles"]:
        for start, end in a["excluded"]:
            assert 0 <= start < end <= len(bodies[a["id"]]), a["id"]
    for t in truth["timexes"]:
        for start, end in spans[t["article"]]:
            assert t["end"] <= start or end <= t["start"], t


def test_intervals_and_fields_are_well_formed(truth: dict[str, Any]) -> None:
    ids = [t["id"] for t in truth["timexes"]]
    assert len(ids) == len(set(ids))
    published = {a["id"]: _day(a["published"]) for a in truth["articles"]}
    for t in truth["timexes"]:
        lo, hi = _day(t["earliest"]), _day(t["latest"])
        assert t["modality"] in MODALITIES, t
        if lo is not None and hi is not None:
            assert lo <= hi, t
        if lo is None and hi is None:
            # Only an article without a findable date has unanchorable phrases.
            assert published[t["article"]] is None and t["anchor"] == "unresolved", t
        for alt in t.get("accept", ()):
            assert len(alt) == 2 and alt != [t["earliest"], t["latest"]], t


def test_every_referenced_event_exists(truth: dict[str, Any]) -> None:
    events = {e["id"]: e for e in truth["events"]}
    assert len(events) == len(truth["events"])
    for t in truth["timexes"]:
        assert t["event_id"] is None or t["event_id"] in events, t
    for c in truth["conflicts"]:
        assert c["event_id"] in events, c
    for e in truth["events"]:
        assert e["mentions"] == sum(1 for t in truth["timexes"] if t["event_id"] == e["id"])


def test_right_asserted_dates_contain_the_true_date(truth: dict[str, Any]) -> None:
    events = {e["id"]: e for e in truth["events"]}
    for t in truth["timexes"]:
        if t["event_id"] is None or t["modality"] != "asserted" or t["latest"] is None:
            continue
        e = events[t["event_id"]]
        lo, hi = _day(t["earliest"]) or date.min, _day(t["latest"]) or date.max
        inside = lo <= date.fromisoformat(e["earliest"]) and date.fromisoformat(e["latest"]) <= hi
        assert inside != t["wrong"], t


def test_conflict_sides_are_disjoint(root: Path, truth: dict[str, Any]) -> None:
    at = {(t["article"], t["start"], t["end"]): t for t in truth["timexes"]}
    assert len(truth["conflicts"]) >= SETS[root.name][2]
    for c in truth["conflicts"]:
        right, wrong = c["sides"]
        assert right and len(wrong) == 1, c
        right_t = [at[(s["article"], s["start"], s["end"])] for s in right]
        wrong_t = at[(wrong[0]["article"], wrong[0]["start"], wrong[0]["end"])]
        assert wrong_t["wrong"] and wrong_t["event_id"] == c["event_id"], c
        for r in right_t:
            assert not r["wrong"] and r["modality"] == "asserted", r
            assert r["event_id"] == c["event_id"], r
            assert r["latest"] < wrong_t["earliest"] or wrong_t["latest"] < r["earliest"], c
    wrong = {t["id"] for t in truth["timexes"] if t["wrong"]}
    assert len(wrong) == len(truth["conflicts"])


def test_syndication_groups_are_consistent(truth: dict[str, Any],
                                           bodies: dict[str, str]) -> None:
    articles = {a["id"]: a for a in truth["articles"]}
    for g in truth["syndication_groups"]:
        assert articles[g["original"]]["copy_of"] is None
        for copy in g["copies"]:
            assert articles[copy]["copy_of"] == g["original"]
            assert articles[copy]["syndication_group"] == g["id"]
            # A copy repeats the wire text word for word: some paragraph is shared.
            paragraphs = {p for p in bodies[g["original"]].split("\n\n") if len(p) > 80}
            assert paragraphs & set(bodies[copy].split("\n\n")), copy


def test_articles_and_truth_are_built_from_the_annotated_sources(
        root: Path, truth: dict[str, Any], bodies: dict[str, str]) -> None:
    build = _builder()
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for t in truth["timexes"]:
        spans.setdefault(t["article"], []).append((t["start"], t["end"], t["text"]))
    sources = sorted((root / "annotated").glob("*.txt"))
    assert [p.stem for p in sources] == sorted(bodies)
    for path in sources:
        _, text, timexes, _ = build.parse(path)
        assert text == (root / "articles" / path.name).read_text(encoding="utf-8"), path.name
        assert [(t.start, t.end, t.text) for t in timexes] == spans.get(path.stem, []), path.name


def test_truth_is_what_the_build_writes_from_the_sources(root: Path, truth: dict[str, Any],
                                                         tmp_path: Path) -> None:
    """events.toml and the annotated sources rebuild truth.json byte for byte."""
    import shutil

    copy = tmp_path / root.name
    shutil.copytree(root / "annotated", copy / "annotated")
    shutil.copy(root / "events.toml", copy / "events.toml")
    _builder().build(copy)
    assert (copy / "truth.json").read_bytes() == (root / "truth.json").read_bytes()
