"""Copied articles: a copy's relative dates count from the day its original was written.

A wire story reposted by an aggregator a day or a week later, or refiled under a later
date, keeps the words of the original, "on Wednesday" and "yesterday" among them.
Counted from the copy's own publication date, those words name another day, and the
copy then seems to contradict its own source. When most of one article's long sentences
are another's word for word, and the other was written earlier, a claim of the copy
whose words the original also holds takes the original's reading of them: its date, and
its modality, which the tense gives against the day of writing.

Sharing a few sentences is not enough: stories of one kind (and wire updates) share
their background sentences, and an update written months later means its own "in March".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .merge import SYNDICATION_MIN_SHARED, SharedSentences
from .model import Article, Claim

# An article is a copy of another when at least this share of its long sentences are the
# other's word for word.
COPIED_SHARE = 0.5
# A claim's words, whitespace aside: up to this many words of its sentence on either side
# of the expression, and the expression's own. A copy may drop the dateline that opens the
# lead sentence ("HARBOURVIEW, April 14 (Wire) - Dock workers ..."), so not all of it.
CONTEXT_WORDS = 8
# Fewer words around the expression than this ("It rained on Tuesday.") prove no copying.
MIN_CONTEXT_WORDS = 6
_Key = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def date_copies(articles: Sequence[Article], claims: Sequence[Claim],
                shared: SharedSentences) -> tuple[Claim, ...]:
    """The claims, those of copies read as their earliest-written original reads them.

    `shared` is `merge.shared_long_sentences(articles)`. Articles are read in the order
    they were written, so a copy of a copy reads what its original already took from the
    first writing."""
    reference = {a.id: a.reference for a in articles}
    originals = _originals(reference, shared)
    if not originals:
        return tuple(claims)
    excluded = {a.id: a.dating.excluded for a in articles}
    result = list(claims)
    readings: dict[tuple[str, _Key], Claim] = {}
    # Each reading's note before any copying and the day it counts from: a copy of a
    # copy counts from the first writing, and says so.
    first: dict[str, tuple[str, date | None]] = {}
    for index in sorted(range(len(claims)), key=lambda i: _written_order(reference, claims[i])):
        claim = claims[index]
        first[claim.id] = (claim.timex.note, reference.get(claim.article))
        key = _key(claim, excluded.get(claim.article, ()))
        if len(key[0]) + len(key[2]) >= MIN_CONTEXT_WORDS:
            held = [readings[(original, key)] for original in originals.get(claim.article, ())
                    if (original, key) in readings]
            if held:
                source = min(held, key=lambda c: (reference[c.article], c.article))
                result[index] = _as_written_in(claim, source, *first[source.id])
                if result[index] is not claim:
                    first[claim.id] = first[source.id]
        readings.setdefault((claim.article, key), result[index])
    return tuple(result)


def _written_order(reference: dict[str, date | None], claim: Claim) -> tuple[bool, date, str]:
    day = reference.get(claim.article)
    return day is None, day or date.min, claim.article


def _originals(reference: dict[str, date | None],
               shared: SharedSentences) -> dict[str, list[str]]:
    """For each copy, the articles it copies that were written before it (an undated copy
    has no day of its own to count from, so any dated original is earlier). Most of the
    copy's own long sentences must be the original's: a later story that reuses a short
    brief's two sentences among its own is no copy of it. `reference` is each article's
    day of writing."""
    pairs, own = shared
    originals: dict[str, list[str]] = defaultdict(list)
    for (a, b), count in pairs.items():
        for copy, original in ((a, b), (b, a)):
            if (count >= max(SYNDICATION_MIN_SHARED, COPIED_SHARE * own[copy])
                    and _later(reference[copy], reference[original])):
                originals[copy].append(original)
    return originals


def _later(day: date | None, first: date | None) -> bool:
    return first is not None and (day is None or day > first)


def _key(claim: Claim, excluded: tuple[tuple[int, int], ...]) -> _Key:
    """The claim's words; those before it start after a dateline or byline the sentence
    opens with, which a copy may drop ('HARBOURVIEW, April 14 (Wire) - On Tuesday, ...')."""
    first = max((end for start, end in excluded
                 if claim.sentence_start <= end <= claim.timex.start), default=claim.sentence_start)
    offset = claim.sentence_start
    before = claim.sentence[first - offset : claim.timex.start - offset].split()[-CONTEXT_WORDS:]
    after = claim.sentence[claim.timex.end - offset :].split()[:CONTEXT_WORDS]
    return tuple(before), tuple(claim.timex.text.split()), tuple(after)


def _as_written_in(copy: Claim, source: Claim, note: str, written: date | None) -> Claim:
    """The copy's claim with the source's reading; `note` and `written` are the reading's
    note before any copying and the day it counts from."""
    if (copy.timex.earliest, copy.timex.latest, copy.timex.value, copy.modality) == (
        source.timex.earliest, source.timex.latest, source.timex.value, source.modality
    ):
        return copy
    note = (f"{note}; the article copies {source.article} word for word: counted from "
            f"{written}, when the words were first written")
    timex = replace(source.timex, start=copy.timex.start, end=copy.timex.end,
                    text=copy.timex.text, note=note.lstrip("; "))
    return replace(copy, timex=timex, modality=source.modality)
