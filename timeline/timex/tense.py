"""Tense of the clause around a span: does a year-less date point back or forward?

The markers are data (`timeline/rules/timex_tense.toml`); this module only finds
the marker nearest to the span within its sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.timex.regexes import compile_fast, save
from timeline.timex.ruleset import tense_markers

_SENTENCE_END = re.compile(r"[.!?;]\s+(?=[A-Z\"“‘'(])|\n\s*\n|[!?;]")
# Order matters: at one position the first group that matches wins.
TENSES = ("overtaken", "future", "past", "present", "past_weak")


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], int, int, int, int]:
    data = tense_markers()
    groups = []
    for tense in TENSES:
        body = "|".join(f"(?:{p})" for p in data["markers"][tense])
        groups.append(f"(?P<{tense}>{body})")
    ctx = data["context"]
    regex = compile_fast("|".join(groups))
    save()
    return (regex, int(ctx["left_chars"]), int(ctx["right_chars"]), int(ctx["right_penalty"]),
            int(ctx["weak_penalty"]))


def _clause_bounds(text: str, start: int, end: int, left: int, right: int) -> tuple[int, int]:
    lo = max(0, start - left)
    hi = min(len(text), end + right)
    # Keep only the sentence that holds the span.
    for m in _SENTENCE_END.finditer(text, lo, start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, hi)
    if stop:
        hi = stop.start() + 1
    return lo, hi


def clause_marker(text: str, start: int, end: int) -> tuple[str, str]:
    """(tense, marker text) of the nearest tense marker around text[start:end]."""
    regex, left, right, penalty, weak = _compiled()
    lo, hi = _clause_bounds(text, start, end, left, right)
    best: tuple[int, str, str] | None = None
    for m in regex.finditer(text, lo, start):
        group = m.lastgroup or ""
        dist = start - m.end() + (weak if group == "past_weak" else 0)
        if best is None or dist <= best[0]:
            best = (dist, group, m.group(0))
    for m in regex.finditer(text, end, hi):
        group = m.lastgroup or ""
        dist = m.start() - end + penalty + (weak if group == "past_weak" else 0)
        if best is None or dist < best[0]:
            best = (dist, group, m.group(0))
        if group != "past_weak":
            break  # the first real marker after the span is its verb, if any
    if best is None:
        return "", ""
    tense = {"past_weak": "past", "overtaken": "present"}.get(best[1], best[1])
    return tense, best[2]


def clause_tense(text: str, start: int, end: int) -> str:
    """'past', 'future', 'present' or '' for the clause around text[start:end]."""
    return clause_marker(text, start, end)[0]
