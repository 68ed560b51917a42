"""The whole pipeline on real news: TempEval-3's TimeBank and AQUAINT built as piles.

    .venv/bin/python -m bench.te3_piles [--split timebank|aquaint] [--lists]

The annotated sets of this project are written by people imitating outlets; these are
real articles. AQUAINT's 73 are AP, New York Times and Xinhua wire copy on four stories of
1998-2000 (the embassy bombings in Kenya and Tanzania, the murder of Barnett Slepian,
NATO's enlargement, Elian Gonzalez); TimeBank's 183 are mostly Wall Street Journal and
broadcast copy of 1989-1998 on many stories. Nobody annotated their events, so two
things are measured that need no such answers:

- conflicts: each document becomes an article with its DCT as `published:` front
  matter, and the whole pile is built. Real outlets rarely contradict each other, so the
  conflicts reported are mostly false ones; `--lists` prints them, to read why;
- publication dates: every other document keeps its front matter and the rest are
  dated from their text (datelines, weekdays, the story's other articles). A date is
  wrong when it differs from the DCT: TE3's DCT of Xinhua copy is often the day after
  the dateline's day, so a date from a dateline or inferred from one that is a day
  before the DCT is counted apart.

The `timeline.timex` scores on the same documents are in bench.tempeval.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from bench import tempeval
from timeline.model import Timeline

TODAY = date(2026, 11, 21)
SPLITS = ("aquaint", "timebank")


def _write(docs: Sequence[tempeval.Doc], folder: Path, dated: set[str]) -> None:
    for doc in docs:
        head = (f"---\npublished: {doc.dct.isoformat()}\n---\n"
                if doc.name in dated and doc.dct else "")
        (folder / f"{doc.name}.txt").write_text(head + doc.text.strip() + "\n", encoding="utf-8")


def _build(docs: Sequence[tempeval.Doc], dated: set[str]) -> Timeline:
    from timeline.pipeline import Inputs, build

    with tempfile.TemporaryDirectory() as tmp:
        _write(docs, Path(tmp), dated)
        return build(Inputs(paths=(tmp,), today=TODAY))


def conflicts(split: str, lists: bool) -> list[str]:
    docs = tempeval.load_split(split)
    timeline = _build(docs, {d.name for d in docs})
    lines = [f"| {split} | {len(timeline.articles)} | {len(timeline.claims)} | "
             f"{len(timeline.events)} | {len(timeline.conflicts)} |"]
    if lists:
        lines += [f"  - {c.explanation}" for c in timeline.conflicts]
    return lines


def pubdates(split: str, lists: bool) -> list[str]:
    docs = tempeval.load_split(split)
    dated = {d.name for d in docs[::2]}
    timeline = _build(docs, dated)
    dct = {d.name: d.dct for d in docs}
    counts: Counter[str] = Counter()
    wrong: list[str] = []
    for article in timeline.articles:
        if article.id in dated:
            continue
        got, truth = article.published, dct[article.id]
        if got is None:
            counts["unknown"] += 1
        elif got == truth:
            counts["right"] += 1
        elif truth is not None and (truth - got).days == 1 and article.published_from in (
                "dateline", "inferred"):
            counts["dateline a day before the DCT"] += 1
        else:
            counts["wrong"] += 1
            wrong.append(f"  - {article.id}: {got} ({article.published_from}), DCT {truth}")
    row = (f"| {split} | {len(docs) - len(dated)} | {counts['right']} | "
           f"{counts['dateline a day before the DCT']} | {counts['wrong']} | "
           f"{counts['unknown']} |")
    return [row] + (wrong if lists else [])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append")
    parser.add_argument("--lists", action="store_true", help="print the conflicts and misdates")
    args = parser.parse_args(argv)
    splits = args.split or list(SPLITS)
    print("## Real news built as piles (TempEval-3 TimeBank and AQUAINT)\n")
    print("Command: `.venv/bin/python -m bench.te3_piles`\n")
    print("| split | articles | claims | events | conflicts reported |")
    print("|---|---:|---:|---:|---:|")
    for split in splits:
        print("\n".join(conflicts(split, args.lists)))
    print("\nHalf the documents without their date (every other one keeps it):\n")
    print("| split | dated from text | right | dateline a day before the DCT | wrong | "
          "unknown |")
    print("|---|---:|---:|---:|---:|---:|")
    for split in splits:
        print("\n".join(pubdates(split, args.lists)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
