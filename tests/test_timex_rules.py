"""Run every example and negative example written in the timex rule files.

Each case is its own test with id "rule:text", so a failure names the rule and
the sentence. A rule without examples is itself a failure.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.model import TimeExpr
from timeline.timex import find
from timeline.timex.ruleset import load

RULES = load().rules
# Clock phrases that can only be checked together with a day are exempt.
NO_EXAMPLES_OK: frozenset[str] = frozenset()


def _ref(case: dict[str, Any]) -> date | None:
    return date.fromisoformat(case["ref"]) if case.get("ref") else None


def _day(s: str) -> date | None:
    return None if s == "none" else date.fromisoformat(s)


def _examples() -> list[Any]:
    return [
        pytest.param(rule.name, case, id=f"{rule.name}:{case['text']}")
        for rule in RULES
        for case in rule.examples
    ]


def _negatives() -> list[Any]:
    return [
        pytest.param(rule.name, case, id=f"{rule.name}:{case['text']}")
        for rule in RULES
        for case in rule.negatives
    ]


def _found(case: dict[str, Any]) -> TimeExpr:
    exprs = find(case["text"], _ref(case))
    hits = [e for e in exprs if e.text == case["match"]]
    assert hits, f"{case['match']!r} not found; got {[(e.text, e.rule) for e in exprs]}"
    return hits[0]


@pytest.mark.parametrize(("rule", "case"), _examples())
def test_rule_example(rule: str, case: dict[str, Any]) -> None:
    expr = _found(case)
    assert expr.rule == rule
    assert case["text"][expr.start : expr.end] == expr.text
    for key in ("value", "mod", "type", "granularity", "anchor"):
        if key in case:
            assert getattr(expr, key) == case[key], f"{key}: {expr}"
    for key in ("earliest", "latest"):
        if key in case:
            assert getattr(expr, key) == _day(case[key]), f"{key}: {expr}"


@pytest.mark.parametrize(("rule", "case"), _negatives())
def test_rule_negative(rule: str, case: dict[str, Any]) -> None:
    exprs = find(case["text"], _ref(case))
    if case.get("any"):
        assert exprs == (), f"nothing should be tagged, got {[e.text for e in exprs]}"
    elif "match" in case:
        assert all(e.text != case["match"] for e in exprs)
    else:
        assert all(e.rule != rule for e in exprs), [(e.text, e.rule) for e in exprs]


@pytest.mark.parametrize("rule", [r.name for r in RULES])
def test_every_rule_has_examples(rule: str) -> None:
    r = next(x for x in RULES if x.name == rule)
    assert r.examples, f"rule {rule} has no examples"
    assert r.negatives or rule in NO_EXAMPLES_OK, f"rule {rule} has no negative examples"
