"""Scores the pipeline on the hand-annotated development set (fixtures/devset).

    .venv/bin/python -m bench.devset [--set DIR] [--lists] [--system BUILD.json]

`--set DIR` scores another set built the same way (`fixtures/devset/build.py DIR`), e.g.
the held-out fixtures/heldout, which is never tuned on; the default is fixtures/devset.

The development set is ~30 realistic articles from many outlets on four real stories
(Key Bridge collapse, Nord Stream explosions, Ever Given, James Webb telescope), with a
hand-made truth.json in the schema of bench/synth.py (see fixtures/devset/README.md).
The pipeline runs in-process with today = 2026-11-21 and its JSON document
(CONTRACT.md section 3) is scored with bench.scoring:

- interval accuracy: share of annotated expressions whose matched claim has exactly the
  annotated [earliest, latest] (strict, as bench.scoring), and the same where the
  contract allows a second reading ("by the end of May": open start or the publication
  date) -- the `accept` extension of the truth;
- pairwise event P/R/F1 (forecasts and outcomes of one happening are one event), and
  the same with forecasts split off as `<event>.plan` (bench.synth's convention);
- conflict P/R (a system conflict hits a planted one when it touches both sides);
- detection P/R, modality accuracy, and publication dates per article;
- the same once more with the annotated publication dates given (as `--dct`), which
  separates publication-date failures from resolution, merge and conflict failures.

`--lists` prints what a developer needs to fix mechanisms: claims with wrong intervals,
split and wrongly merged events, missed and false conflicts, wrong publication dates,
and claims taken from page chrome, datelines and bylines. Scores are measured here,
never asserted by the unit tests (tests/test_devset.py checks the truth file only).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bench import scoring

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "fixtures" / "devset"
ARTICLES = DEVSET / "articles"
TRUTH = DEVSET / "truth.json"
TODAY = date(2026, 11, 21)
# What the hidden evaluation asks for (for the summary's pass/fail column).
TARGETS = {"interval": 0.85, "merge_f1": 0.80, "conflict_recall": 0.75,
           "conflict_precision": 0.75}

Doc = Mapping[str, Any]


# --------------------------------------------------------------------------- inputs


def load_truth(path: Path = TRUTH) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return doc


def run_system(articles: Path = ARTICLES, today: date = TODAY,
               dct: Mapping[str, date] | None = None) -> dict[str, Any]:
    """The pipeline's JSON document for the development set, built in-process.

    `dct` gives publication dates as `--dct` does (used for the "true dates given" column).
    """
    from timeline.pipeline import Inputs, build
    from timeline.render.jsondoc import document

    return document(build(Inputs(paths=(str(articles),), today=today, dct=dict(dct or {}))))


def true_dates(truth: Doc) -> dict[str, date]:
    """The annotated publication dates, as `--dct` overrides."""
    return {a["id"]: date.fromisoformat(a["published"])
            for a in truth["articles"] if a["published"]}


# --------------------------------------------------------------------------- scores


def _interval(claim: Mapping[str, Any] | None) -> tuple[Any, Any] | None:
    return None if claim is None else (claim.get("earliest"), claim.get("latest"))


def interval_right(planted: Mapping[str, Any], claim: Mapping[str, Any] | None, *,
                   tolerant: bool) -> bool:
    got = _interval(claim)
    if got is None:
        return False
    wanted = [(planted["earliest"], planted["latest"])]
    if tolerant:
        wanted += [(a[0], a[1]) for a in planted.get("accept", ())]
    return got in wanted


def tolerant_interval_accuracy(truth: Doc, system: Doc) -> float:
    matched = scoring.match_claims(truth, system)
    pairs = list(zip(truth["timexes"], matched, strict=True))
    right = sum(interval_right(t, c, tolerant=True) for t, c in pairs)
    return right / len(pairs) if pairs else 1.0


def plans_split(truth: Doc) -> dict[str, Any]:
    """The truth with forecasts as events of their own (`<event>.plan`), as bench.synth."""
    out = dict(truth)
    out["timexes"] = [
        {**t, "event_id": f"{t['event_id']}.plan"}
        if t["event_id"] and t["modality"] == "expected" else t
        for t in truth["timexes"]
    ]
    return out


def modality_accuracy(truth: Doc, system: Doc) -> float:
    """Share of matched claims that carry the annotated modality."""
    pairs = [(t, c) for t, c in zip(truth["timexes"], scoring.match_claims(truth, system),
                                    strict=True) if c is not None]
    right = sum(1 for t, c in pairs if c.get("modality") == t["modality"])
    return right / len(pairs) if pairs else 1.0


def pubdate_rows(truth: Doc, system: Doc) -> list[dict[str, Any]]:
    """One row per truth article: what the system found and how it compares."""
    found = {str(a["id"]): a for a in system.get("articles", ())}
    rows = []
    for art in truth["articles"]:
        sys_art = found.get(art["id"], {})
        got = sys_art.get("published")
        want = art["published"]
        if want is None:
            verdict = "right" if got is None else "invented"
        elif got is None:
            verdict = "unknown"
        else:
            verdict = "right" if got == want else "wrong"
        rows.append({"article": art["id"], "expected": want, "found": got,
                     "from": sys_art.get("published_from"), "expected_from":
                     art["published_from"], "verdict": verdict})
    return rows


def scores(truth: Doc, system: Doc) -> dict[str, Any]:
    """Every number of the summary, as one JSON-ready dict."""
    base = scoring.score(truth, system)
    rows = pubdate_rows(truth, system)
    verdicts = Counter(r["verdict"] for r in rows)
    base["interval_accuracy_tolerant"] = tolerant_interval_accuracy(truth, system)
    base["merge_plans_split"] = scoring.pairwise_event_prf(plans_split(truth), system).as_dict()
    base["modality_accuracy"] = modality_accuracy(truth, system)
    base["pubdate"] = {k: verdicts.get(k, 0) for k in ("right", "wrong", "unknown", "invented")}
    base["pubdate"]["articles"] = len(rows)
    base["counts"] = {
        "articles": len(truth["articles"]), "timexes": len(truth["timexes"]),
        "events_with_several_mentions": sum(
            1 for n in Counter(t["event_id"] for t in truth["timexes"] if t["event_id"]).values()
            if n > 1),
        "conflicts": len(truth["conflicts"]), "system_claims": len(system.get("claims", ())),
        "system_events": len(system.get("events", ())),
        "system_conflicts": len(system.get("conflicts", ())),
    }
    return base


# --------------------------------------------------------------------------- report


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _mark(ok: bool) -> str:
    return "yes" if ok else "NO"


def summary(result: Mapping[str, Any], oracle: Mapping[str, Any] | None = None,
            title: str = "Development set (fixtures/devset)") -> str:
    c, m, s, k = (result["counts"], result["merge"], result["merge_plans_split"],
                  result["conflicts"])
    d, p = result["detection"], result["pubdate"]
    lines = [
        f"# {title}",
        "",
        f"{c['articles']} articles, {c['timexes']} annotated time expressions, "
        f"{c['events_with_several_mentions']} events with more than one mention, "
        f"{c['conflicts']} planted conflicts. System: {c['system_claims']} claims, "
        f"{c['system_events']} events, {c['system_conflicts']} conflicts.",
        "",
        "| measure | value | target | met |",
        "|---|---|---|---|",
        f"| interval accuracy (strict) | {_pct(result['interval_accuracy'])} | "
        f"{_pct(TARGETS['interval'])} | "
        f"{_mark(result['interval_accuracy'] >= TARGETS['interval'])} |",
        f"| interval accuracy (contract alternatives allowed) | "
        f"{_pct(result['interval_accuracy_tolerant'])} | | |",
        f"| event merge F1 (P / R) | {m['f1']:.3f} ({m['precision']:.3f} / {m['recall']:.3f}; "
        f"{m['true_positives']} of {m['predicted']} predicted, {m['expected']} true pairs) | "
        f"{TARGETS['merge_f1']:.2f} | {_mark(m['f1'] >= TARGETS['merge_f1'])} |",
        f"| event merge F1, forecasts split off (P / R) | {s['f1']:.3f} "
        f"({s['precision']:.3f} / {s['recall']:.3f}) | | |",
        f"| conflict recall | {_pct(k['recall'])} ({round(k['recall'] * k['expected'])} of "
        f"{k['expected']}) | {_pct(TARGETS['conflict_recall'])} | "
        f"{_mark(k['recall'] >= TARGETS['conflict_recall'])} |",
        f"| conflict precision | {_pct(k['precision'])} ({k['true_positives']} of "
        f"{k['predicted']}) | {_pct(TARGETS['conflict_precision'])} | "
        f"{_mark(k['precision'] >= TARGETS['conflict_precision'])} |",
        f"| detection P / R | {d['precision']:.3f} / {d['recall']:.3f} | | |",
        f"| modality accuracy (matched claims) | {_pct(result['modality_accuracy'])} | | |",
        f"| publication dates right / wrong / unknown / invented | {p['right']} / {p['wrong']} "
        f"/ {p['unknown']} / {p['invented']} of {p['articles']} | | |",
        "",
        "Interval accuracy by phrasing:",
        "",
        "| phrasing | accuracy |",
        "|---|---|",
    ]
    lines += [f"| {k} | {_pct(v)} |" for k, v in result["interval_accuracy_by_phrasing"].items()]
    if oracle is not None:
        om, ok = oracle["merge"], oracle["conflicts"]
        lines += [
            "",
            "The same with the annotated publication dates given (`--dct`), to separate "
            "publication-date failures from the rest:",
            "",
            f"interval accuracy {_pct(oracle['interval_accuracy'])} (tolerant "
            f"{_pct(oracle['interval_accuracy_tolerant'])}), merge F1 {om['f1']:.3f} "
            f"(P {om['precision']:.3f} / R {om['recall']:.3f}), conflicts recall "
            f"{_pct(ok['recall'])} / precision {_pct(ok['precision'])} "
            f"({ok['predicted']} found).",
        ]
    return "\n".join(lines) + "\n"


def _span(claim: Mapping[str, Any] | None) -> str:
    if claim is None:
        return "MISSED"
    return (f"{claim['text']!r} {claim.get('earliest')}..{claim.get('latest')} "
            f"[{claim.get('anchor')}, {claim.get('modality')}]")


def lists(truth: Doc, system: Doc) -> str:
    """The misses, grouped so that each list points at one mechanism."""
    matched = scoring.match_claims(truth, system)
    pairs = list(zip(truth["timexes"], matched, strict=True))
    out: list[str] = ["", "## Claims with a wrong interval", ""]
    for t, c in pairs:
        if not interval_right(t, c, tolerant=True):
            out.append(f"- {t['article']} {t['text']!r} ({t['phrasing']}, {t['modality']}): "
                       f"want {t['earliest']}..{t['latest']}, got {_span(c)}")
    out += ["", "## Claims with a wrong modality", ""]
    for t, c in pairs:
        if c is not None and c.get("modality") != t["modality"]:
            out.append(f"- {t['article']} {t['text']!r}: want {t['modality']}, "
                       f"got {c.get('modality')}")
    out += ["", "## Events split across system events (truth event: mentions by system event)",
            ""]
    by_truth: dict[str, list[tuple[Mapping[str, Any], str | None]]] = defaultdict(list)
    by_system: dict[str, list[tuple[Mapping[str, Any], str]]] = defaultdict(list)
    for k, (t, c) in enumerate(pairs):
        sys_event = (c.get("event_id") or None) if c is not None else None
        truth_event = t["event_id"] or f"(background #{k})"
        by_truth[truth_event].append((t, sys_event))
        if sys_event is not None:
            by_system[sys_event].append((t, truth_event))
    for event, members in sorted(by_truth.items()):
        systems = {s for _, s in members}
        if len(members) > 1 and (len(systems) > 1 or None in systems):
            shown = ", ".join(f"{t['article']} {t['text']!r}->{s or 'no event'}"
                              for t, s in members)
            out.append(f"- {event}: {shown}")
    out += ["", "## System events that merge different truth events", ""]
    for sys_event, merged in sorted(by_system.items(), key=lambda kv: _event_key(kv[0])):
        if len({e for _, e in merged}) > 1:
            shown = ", ".join(f"{t['article']} {t['text']!r}={e}" for t, e in merged)
            out.append(f"- {sys_event}: {shown}")
    out += _conflict_lists(truth, system)
    out += ["", "## Publication dates not right", ""]
    for row in pubdate_rows(truth, system):
        if row["verdict"] != "right":
            out.append(f"- {row['article']}: {row['verdict']}: want {row['expected']} "
                       f"(from {row['expected_from']}), got {row['found']} (from {row['from']})")
    out += ["", "## Claims in datelines, bylines and page chrome (not claims)", ""]
    excluded = {a["id"]: a["excluded"] for a in truth["articles"]}
    for claim in system.get("claims", ()):
        for start, end in excluded.get(str(claim["article"]), ()):
            if int(claim["start"]) < end and start < int(claim["end"]):
                out.append(f"- {claim['article']} {_span(claim)}")
                break
    return "\n".join(out) + "\n"


def _event_key(ident: str) -> tuple[int, str]:
    digits = "".join(ch for ch in ident if ch.isdigit())
    return (int(digits) if digits else 0, ident)


def _conflict_lists(truth: Doc, system: Doc) -> list[str]:
    claims = {str(c["id"]): c for c in system.get("claims", ())}
    matched = scoring.match_claims(truth, system)
    at = {(t["article"], t["start"], t["end"]): c
          for t, c in zip(truth["timexes"], matched, strict=True)}
    out = ["", "## Planted conflicts not found", ""]
    for k, planted in enumerate(truth["conflicts"]):
        one = {**truth, "conflicts": [planted]}
        if scoring.conflict_prf(one, system).recall < 1.0:
            sides = []
            for side in planted["sides"]:
                shown = []
                for span in side:
                    c = at.get((span["article"], span["start"], span["end"]))
                    shown.append(f"{span['article']} {_span(c)} event "
                                 f"{c.get('event_id') if c else None}")
                sides.append("; ".join(shown))
            out.append(f"- c{k} {planted['event_id']}: right side: {sides[0]} || "
                       f"wrong side: {sides[1]}")
    out += ["", "## System conflicts that hit no planted conflict", ""]
    for conflict in system.get("conflicts", ()):
        one = {**system, "conflicts": [conflict]}
        if scoring.conflict_prf(truth, one).precision < 1.0:
            said = "; ".join(f"{claims[str(i)]['article']} {_span(claims[str(i)])}"
                             for i in conflict.get("claim_ids", ()) if str(i) in claims)
            out.append(f"- {conflict['id']} ({conflict.get('event_id')}): {said}")
    return out


# --------------------------------------------------------------------------- command


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.devset", description=__doc__.split(
        "\n", 1)[0])
    parser.add_argument("--lists", action="store_true", help="print the misses")
    parser.add_argument("--system", type=Path,
                        help="score this `timeline build --format json` file instead of "
                             "running the pipeline")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--set", type=Path, default=DEVSET, metavar="DIR",
                        help="the annotated set to score: DIR/truth.json and DIR/articles "
                             "(default: fixtures/devset)")
    args = parser.parse_args(argv)
    truth = load_truth(args.set / "truth.json")
    articles = args.set / "articles"
    title = ("Development set (fixtures/devset)" if args.set.resolve() == DEVSET.resolve()
             else f"Set {args.set}")
    oracle: dict[str, Any] | None = None
    if args.system:
        system: dict[str, Any] = json.loads(args.system.read_text(encoding="utf-8"))
    else:
        system = run_system(articles)
        oracle = scores(truth, run_system(articles, dct=true_dates(truth)))
    result = scores(truth, system)
    if args.json:
        print(json.dumps({**result, "with_true_dates": oracle}, indent=1))
    else:
        sys.stdout.write(summary(result, oracle, title))
    if args.lists:
        sys.stdout.write(lists(truth, system))
    return 0


if __name__ == "__main__":
    sys.exit(main())
