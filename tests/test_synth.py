"""The synthetic corpus generator (bench/synth.py) and the scores (bench/scoring.py)."""

from __future__ import annotations

import itertools
import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bench import scoring
from bench.synth import TRUTH_FILE, generate, load_truth

# What a reader that strips front matter keeps (CONTRACT.md section 2).
FRONT_MATTER = re.compile(r"\A---\n(?:.*\n)*?---\n")

Doc = dict[str, Any]


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    return text[match.end() :] if match else text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Doc]:
    out = tmp_path_factory.mktemp("synth") / "corpus"
    generate(400, 11, out)
    return out, load_truth(out)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


# --------------------------------------------------------------------------- the corpus


def test_same_seed_gives_identical_bytes_whatever_the_global_random_state(
    tmp_path: Path,
) -> None:
    random.seed(1)
    generate(150, 5, tmp_path / "a")
    random.seed(2)
    generate(150, 5, tmp_path / "b")
    assert _files(tmp_path / "a") == _files(tmp_path / "b")


def test_different_seeds_give_different_corpora(tmp_path: Path) -> None:
    generate(60, 1, tmp_path / "a")
    generate(60, 2, tmp_path / "b")
    assert _files(tmp_path / "a") != _files(tmp_path / "b")


def test_writes_exactly_the_requested_number_of_articles(tmp_path: Path) -> None:
    truth = generate(137, 3, tmp_path)
    assert len(list(tmp_path.glob("*.txt"))) == 137
    assert len(truth.articles) == 137
    assert load_truth(tmp_path / TRUTH_FILE)["n_articles"] == 137


def test_refuses_a_folder_that_already_holds_files(tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("x", encoding="utf-8")
    with pytest.raises(FileExistsError):
        generate(10, 1, tmp_path)


def test_planted_offsets_point_at_the_phrase_in_the_body(corpus: tuple[Path, Doc]) -> None:
    folder, truth = corpus
    bodies = {a["id"]: _body(folder / a["file"]) for a in truth["articles"]}
    assert truth["timexes"]
    for t in truth["timexes"]:
        assert bodies[t["article"]][t["start"] : t["end"]] == t["text"]


def test_publication_date_is_in_the_front_matter_or_dateline_or_byline(
    corpus: tuple[Path, Doc],
) -> None:
    folder, truth = corpus
    for a in truth["articles"]:
        text = (folder / a["file"]).read_text(encoding="utf-8")
        if a["published_from"] == "front_matter":
            assert f"\npublished: {a['published']}\n" in text
        else:
            body = _body(folder / a["file"])
            stamps = [body[s:e] for s, e in a["excluded"]]
            assert any(str(date.fromisoformat(a["published"]).year) in s for s in stamps)


DATE_WORDS = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    r"|tomorrow|ago|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def test_every_date_in_a_body_is_planted_or_in_a_dateline_or_byline(
    corpus: tuple[Path, Doc],
) -> None:
    folder, truth = corpus
    planted: dict[str, list[tuple[int, int]]] = {}
    for t in truth["timexes"]:
        planted.setdefault(t["article"], []).append((t["start"], t["end"]))
    for a in truth["articles"]:
        body = list(_body(folder / a["file"]))
        for start, end in planted.get(a["id"], []) + [tuple(x) for x in a["excluded"]]:
            body[start:end] = "#" * (end - start)
        assert not DATE_WORDS.findall("".join(body)), a["id"]


def test_syndicated_copies_share_a_paragraph_with_their_original(
    corpus: tuple[Path, Doc],
) -> None:
    folder, truth = corpus
    assert truth["syndication_groups"]

    def paragraphs(article_id: str) -> set[str]:
        blocks = _body(folder / f"{article_id}.txt").split("\n\n")[1:]  # not the headline
        return {b.strip() for b in blocks if len(b.strip()) > 40}

    for group in truth["syndication_groups"]:
        assert group["copies"]
        for copy in group["copies"]:
            assert paragraphs(copy) & paragraphs(group["original"])


def test_planted_conflicts_have_disjoint_sides(corpus: tuple[Path, Doc]) -> None:
    _, truth = corpus
    assert truth["conflicts"]
    at = {(t["article"], t["start"]): t for t in truth["timexes"]}
    for conflict in truth["conflicts"]:
        right, wrong = ([at[(s["article"], s["start"])] for s in side]
                        for side in conflict["sides"])
        assert right and wrong
        for a in right:
            for b in wrong:
                assert a["latest"] < b["earliest"] or b["latest"] < a["earliest"]
        for t in right + wrong:
            assert t["event_id"] == conflict["event_id"] and t["modality"] == "asserted"


def test_correct_claims_contain_their_events_true_interval(corpus: tuple[Path, Doc]) -> None:
    _, truth = corpus
    events = {e["id"]: e for e in truth["events"]}
    for t in truth["timexes"]:
        if t["event_id"] and not t["wrong"] and t["modality"] != "negated":
            event = events[t["event_id"]]
            assert t["earliest"] <= event["earliest"] <= event["latest"] <= t["latest"]


def test_day_earlier_phrases_are_dated_from_the_previous_day_mentioned(
    corpus: tuple[Path, Doc],
) -> None:
    _, truth = corpus
    timexes = truth["timexes"]
    seen = 0
    for previous, t in itertools.pairwise(timexes):
        if t["anchor"] != "previous_time":
            continue
        seen += 1
        assert previous["article"] == t["article"] and previous["granularity"] == "day"
        anchor = date.fromisoformat(previous["earliest"])
        lo, hi = date.fromisoformat(t["earliest"]), date.fromisoformat(t["latest"])
        # "a day earlier" is that day; "a week later" the calendar week of that day.
        assert any(lo <= anchor + timedelta(days=k) <= hi for k in (-7, -2, -1, 1, 2, 7))
    assert seen


def test_near_misses_and_forecasts_are_separate_events(corpus: tuple[Path, Doc]) -> None:
    _, truth = corpus
    events = {e["id"]: e for e in truth["events"]}
    assert any(e["near_miss_of"] for e in events.values() if e["mentions"])
    forecasts = [t for t in truth["timexes"] if t["modality"] == "expected"]
    assert forecasts
    for t in forecasts:
        plan = events[t["event_id"]]
        assert plan["kind"] == "plan" and plan["plan_of"] != t["event_id"]


# --------------------------------------------------------------------------- scoring

# Three outlets date event e1 (the third one wrongly) and two date e2; one date is
# background. Offsets include the preposition, as the generator plants them.
TRUTH: Doc = {
    "timexes": [
        {"id": "t1", "article": "a1", "start": 0, "end": 10, "event_id": "e1",
         "earliest": "2019-03-01", "latest": "2019-03-31", "phrasing": "abs_month"},
        {"id": "t2", "article": "a2", "start": 5, "end": 15, "event_id": "e1",
         "earliest": "2019-03-12", "latest": "2019-03-12", "phrasing": "weekday"},
        {"id": "t3", "article": "a3", "start": 0, "end": 8, "event_id": "e1",
         "earliest": "2019-06-01", "latest": "2019-06-30", "phrasing": "abs_month"},
        {"id": "t4", "article": "a1", "start": 20, "end": 30, "event_id": "e2",
         "earliest": "2019-01-01", "latest": "2019-12-31", "phrasing": "abs_year"},
        {"id": "t5", "article": "a2", "start": 30, "end": 40, "event_id": "e2",
         "earliest": "2019-01-01", "latest": "2019-12-31", "phrasing": "abs_year"},
        {"id": "t6", "article": "a3", "start": 20, "end": 28, "event_id": None,
         "earliest": "2015-01-01", "latest": "2015-12-31", "phrasing": "abs_year"},
    ],
    "conflicts": [
        {"id": "c1", "event_id": "e1", "sides": [
            [{"article": "a1", "start": 0, "end": 10}, {"article": "a2", "start": 5, "end": 15}],
            [{"article": "a3", "start": 0, "end": 8}],
        ]},
    ],
}  # fmt: skip


def _perfect() -> Doc:
    # The system's spans leave out the preposition: matching is by overlap.
    claims = [
        {"id": f"c{t['id']}", "article": t["article"], "start": t["start"] + 3, "end": t["end"],
         "earliest": t["earliest"], "latest": t["latest"], "event_id": t["event_id"] or ""}
        for t in TRUTH["timexes"]
    ]  # fmt: skip
    conflicts = [{"id": "k1", "event_id": "e1", "claim_ids": ["ct1", "ct2", "ct3"]}]
    return {"articles": [], "claims": claims, "events": [], "conflicts": conflicts}


def test_a_perfect_system_scores_one_everywhere() -> None:
    system = _perfect()
    assert scoring.pairwise_event_prf(TRUTH, system).f1 == 1.0
    assert scoring.conflict_prf(TRUTH, system).f1 == 1.0
    assert scoring.interval_accuracy(TRUTH, system) == 1.0
    assert scoring.detection_prf(TRUTH, system).f1 == 1.0


def test_merging_everything_has_full_recall_but_low_precision() -> None:
    system = _perfect()
    for claim in system["claims"]:
        claim["event_id"] = "everything"
    merge = scoring.pairwise_event_prf(TRUTH, system)
    assert merge.recall == 1.0
    assert merge.precision == pytest.approx(4 / 15)  # 3 + 1 true pairs of C(6, 2)


def test_merging_nothing_has_zero_recall() -> None:
    system = _perfect()
    for k, claim in enumerate(system["claims"]):
        claim["event_id"] = f"own{k}"
    assert scoring.pairwise_event_prf(TRUTH, system).recall == 0.0


def test_a_missed_mention_costs_recall_not_precision() -> None:
    system = _perfect()
    system["claims"] = [c for c in system["claims"] if c["id"] != "ct2"]
    merge = scoring.pairwise_event_prf(TRUTH, system)
    assert merge.precision == 1.0
    assert merge.recall == pytest.approx(2 / 4)


def test_merge_scores_can_be_limited_to_some_modalities() -> None:
    truth = {"timexes": [dict(t, modality="asserted") for t in TRUTH["timexes"]]}
    truth["timexes"][1]["modality"] = "negated"
    system = _perfect()
    system["claims"][1]["event_id"] = "elsewhere"  # the negated date, split off
    assert scoring.pairwise_event_prf(truth, system).recall < 1.0
    assert scoring.pairwise_event_prf(truth, system, modalities={"asserted"}).f1 == 1.0


def test_finding_no_conflicts_has_zero_conflict_recall() -> None:
    system = _perfect()
    system["conflicts"] = []
    assert scoring.conflict_prf(TRUTH, system).recall == 0.0


def test_a_conflict_on_one_side_only_is_not_a_hit() -> None:
    system = _perfect()
    system["conflicts"] = [{"id": "k1", "event_id": "e1", "claim_ids": ["ct1", "ct2"]}]
    result = scoring.conflict_prf(TRUTH, system)
    assert (result.precision, result.recall) == (0.0, 0.0)


def test_interval_accuracy_counts_wrong_and_missing_intervals_as_misses() -> None:
    system = _perfect()
    system["claims"][0]["latest"] = "2019-03-30"
    system["claims"] = system["claims"][:-1]
    assert scoring.interval_accuracy(TRUTH, system) == pytest.approx(4 / 6)
    assert scoring.interval_accuracy_by_phrasing(TRUTH, system)["weekday"] == 1.0


def test_scores_on_a_generated_corpus_with_its_own_truth_are_perfect(
    corpus: tuple[Path, Doc],
) -> None:
    _, truth = corpus
    index = {(t["article"], t["start"]): t["id"] for t in truth["timexes"]}
    claims = [dict(t, event_id=t["event_id"] or "") for t in truth["timexes"]]
    conflicts = [
        {"id": c["id"], "claim_ids": [index[(s["article"], s["start"])] for side in c["sides"]
                                      for s in side]}
        for c in truth["conflicts"]
    ]  # fmt: skip
    result = scoring.score(truth, {"claims": claims, "conflicts": conflicts})
    assert result["merge"]["f1"] == result["conflicts"]["f1"] == 1.0
    assert result["interval_accuracy"] == 1.0
