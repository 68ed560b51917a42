"""Intervals of news time phrases written by someone who had not read the engine.

    .venv/bin/python -m bench.timex_shapes [-v]

The cases are in `bench.timex_shapes_cases` (its docstring says who wrote them, what
was read and which conventions were followed). Each text is dated alone with its
publication date; the expression that overlaps the marked phrase is compared with the
expected inclusive day interval. A case expecting no interval ("" "") is right when no
expression overlaps the phrase or the one that does has no interval (a duration, a name).

Counts: right; wrong (another interval); missed (no expression where one was expected);
invented (an interval where none was expected). `-v` prints the right ones too.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import date
from importlib import import_module

from bench.timex_shapes_cases import CASES
from timeline.model import TimeExpr
from timeline.timex import find

Case = tuple[str, str, str, str, str, str]


def _covering(exprs: Sequence[TimeExpr], start: int, end: int) -> TimeExpr | None:
    """The expression overlapping [start, end) the most, if any."""
    best, overlap = None, 0
    for expr in exprs:
        shared = min(end, expr.end) - max(start, expr.start)
        if shared > overlap:
            best, overlap = expr, shared
    return best


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def judge(case: Case) -> tuple[str, str]:
    """('right' | 'wrong' | 'missed' | 'invented', what the engine gave)."""
    _name, published, text, phrase, earliest, latest = case
    start = text.index(phrase)
    expr = _covering(find(text, date.fromisoformat(published)), start, start + len(phrase))
    got = (_iso(expr.earliest), _iso(expr.latest)) if expr else ("", "")
    shown = f"{expr.text!r} {got[0] or '-'}..{got[1] or '-'}" if expr else "nothing"
    if got == (earliest, latest):
        return "right", shown
    if not (earliest or latest):
        return "invented", shown
    return ("missed" if expr is None else "wrong"), shown


def run(verbose: bool, cases: Sequence[Case] = CASES) -> dict[str, int]:
    counts = {"right": 0, "wrong": 0, "missed": 0, "invented": 0}
    for case in cases:
        kind, shown = judge(case)
        counts[kind] += 1
        if kind != "right" or verbose:
            name, published, _text, phrase, earliest, latest = case
            print(f"{kind:8} {name:44} {phrase!r} ({published}): want "
                  f"{earliest or '-'}..{latest or '-'}, got {shown}")
    print(f"N={len(cases)} " + " ".join(f"{k}={v}" for k, v in counts.items()))
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m bench.timex_shapes [-v] [N]`: the first survey, or survey N (its cases
    in bench/timex_shapes_casesN.py)."""
    args = list(argv if argv is not None else sys.argv[1:])
    number = next((a for a in args if a.isdigit()), "")
    run("-v" in args, survey_cases(int(number)) if number else CASES)
    return 0


def survey_cases(number: int) -> Sequence[Case]:
    """The cases of survey `number` (1 is bench/timex_shapes_cases.py)."""
    suffix = "" if number == 1 else str(number)
    cases: Sequence[Case] = import_module(f"bench.timex_shapes_cases{suffix}").CASES
    return cases


def survey_main(number: int) -> Callable[[list[str]], int]:
    """A `make bench` entry for survey `number`."""
    return lambda args: main([*args, str(number)])


if __name__ == "__main__":
    sys.exit(main())
