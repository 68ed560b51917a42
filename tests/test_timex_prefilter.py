"""The literal prefilter of the rule windows never skips a window where its rule matches.

A rule is not tried in a window that holds none of the literals every match of it
contains (regexes.required_literals); these tests check the case folding the check
relies on, the derivation on small patterns, and that the candidates found with the
prefilter are those found without it on every rule example, every survey phrase and
the TempEval-3 TimeBank and AQUAINT texts.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest

from bench import tempeval
from bench.timex_shapes import survey_cases
from timeline.timex import engine
from timeline.timex.regexes import FOLDS_TO_ASCII, literals_exact, required_literals
from timeline.timex.ruleset import load

ASCII = [chr(c) for c in range(0x80)]


def test_ascii_characters_match_no_other_non_ascii_characters_than_the_listed_folds() -> None:
    every_ascii = re.compile("|".join(map(re.escape, ASCII)), re.IGNORECASE)
    others = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1)
                     if not 0xD800 <= c <= 0xDFFF)
    assert {m.group() for m in every_ascii.finditer(others)} <= set(FOLDS_TO_ASCII)


def test_ascii_characters_match_each_other_only_as_their_lower_case() -> None:
    for a in ASCII:
        literal = re.compile(re.escape(a), re.IGNORECASE)
        for b in ASCII:
            assert (literal.fullmatch(b) is not None) == (a.lower() == b.lower()), (a, b)


@pytest.mark.parametrize(("pattern", "literals"), [
    ("ago", ("ago",)),
    ("(?:ab|cd)e", ("ab", "cd")),
    ("x?yz", ("yz",)),
    ("(?:mon|tues)day", ("day",)),
    ("(?<=before )noon", ("noon",)),
    ("(?=abc)d", ("d",)),
    ("a*", ()),
    ("(?:ab|c*)", ()),
    ("Ägypten", ("gypten",)),
    ("[ab]", ()),
    ("(?:ab){2,3}", ("ab",)),
    ("MAY", ("may",)),
])
def test_required_literals(pattern: str, literals: tuple[str, ...]) -> None:
    assert required_literals(pattern) == literals


def test_texts_with_a_folding_character_are_not_prefiltered() -> None:
    assert literals_exact("plain text") and literals_exact("caf\u00e9 at noon")
    assert not any(literals_exact(f"ye{ch}terday") for ch in FOLDS_TO_ASCII)


def _texts() -> Iterator[str]:
    for rule in load().rules:
        for case in (*rule.examples, *rule.negatives):
            yield case["text"]
    for number in range(1, 9):
        for case in survey_cases(number):
            yield case[2]
    if tempeval.DATA.is_dir():
        for split in ("timebank", "aquaint"):
            for doc in tempeval.load_split(split):
                yield doc.text


def _found(text: str) -> list[tuple[int, int, str]]:
    return sorted((c.start, c.end, c.rule.name) for c in engine._candidates(text, load()))


def test_the_prefilter_keeps_every_candidate(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(_texts())
    with_prefilter = [_found(text) for text in texts]
    monkeypatch.setattr(engine, "literals_exact", lambda text: False)
    without = [_found(text) for text in texts]
    assert with_prefilter == without


def test_every_match_of_a_rule_in_its_examples_holds_one_of_its_literals() -> None:
    for rule in load().rules:
        for case in rule.examples:
            for m in rule.regex.compiled.finditer(case["text"]):
                if m.group() and rule.literals:
                    assert any(lit in m.group().lower() for lit in rule.literals), (
                        rule.name, m.group())
