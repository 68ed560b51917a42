"""Load the TOML rule files into compiled rules (once per process).

A rule file holds `[[rule]]` tables. Each rule has a `pattern` that may refer to
the named fragments of `timex_patterns.toml` as `{name}`, a `resolver` (a function
name in `resolvers.py`), optional `params`, the `trigger` classes near which it is
tried, optional context guards, and its `example` / `negative` test cases.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
PATTERNS_FILE = "timex_patterns.toml"
TENSE_FILE = "timex_tense.toml"
# Rule files in the order their rules are preferred when two matches tie.
RULE_FILES = (
    "timex_dates.toml",
    "timex_relative.toml",
    "timex_times.toml",
    "timex_durations.toml",
    "timex_sets.toml",
)
_REF = re.compile(r"\{([a-z_][a-z_0-9]*)\}")
FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    name: str
    file: str
    regex: re.Pattern[str]
    resolver: str
    params: dict[str, Any]
    triggers: tuple[str, ...]
    priority: int
    # Guards on the text around a match: `before` must match the text that ends
    # at the match start, `not_before` must not; `not_after` must not match the
    # text that follows it.
    before: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    examples: tuple[dict[str, Any], ...] = ()
    negatives: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    triggers: dict[str, re.Pattern[str]]
    tables: dict[str, dict[str, Any]]
    signals: dict[str, tuple[str, str]]
    by_trigger: dict[str, tuple[Rule, ...]] = field(default_factory=dict)


def expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    """Replace every {name} by its fragment (recursively; digits in {1,2} are left alone)."""
    if depth > 8:
        raise ValueError(f"pattern fragments nest too deeply: {pattern[:60]}")

    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise KeyError(f"unknown pattern fragment {{{name}}}")
        return expand(fragments[name], fragments, depth + 1)

    return _REF.sub(sub, pattern)


def _guard(spec: str | None, fragments: dict[str, str], tail: bool) -> re.Pattern[str] | None:
    if not spec:
        return None
    body = expand(spec, fragments)
    # A `before` guard is anchored at the end of the left context, a `not_after`
    # guard at the start of the right context.
    return re.compile(f"(?:{body})$" if tail else body, FLAGS)


def _load_toml(name: str) -> dict[str, Any]:
    with open(RULES_DIR / name, "rb") as fh:
        return tomllib.load(fh)


def _compile_rule(raw: dict[str, Any], file: str, fragments: dict[str, str]) -> Rule:
    triggers = raw.get("trigger", [])
    if isinstance(triggers, str):
        triggers = [triggers]
    return Rule(
        name=raw["name"],
        file=file,
        regex=re.compile(expand(raw["pattern"], fragments), FLAGS),
        resolver=raw["resolver"],
        params=dict(raw.get("params", {})),
        triggers=tuple(triggers),
        priority=int(raw.get("priority", 0)),
        before=_guard(raw.get("before"), fragments, tail=True),
        not_before=_guard(raw.get("not_before"), fragments, tail=True),
        not_after=_guard(raw.get("not_after"), fragments, tail=False),
        examples=tuple(raw.get("example", ())),
        negatives=tuple(raw.get("negative", ())),
    )


@lru_cache(maxsize=1)
def load() -> RuleSet:
    """Read and compile every rule file; cached so the cost is paid once per process."""
    base = _load_toml(PATTERNS_FILE)
    fragments: dict[str, str] = dict(base["patterns"])
    triggers = {k: re.compile(expand(v, fragments), FLAGS) for k, v in base["triggers"].items()}
    tables = {k: {str(a).lower(): b for a, b in v.items()} for k, v in base["tables"].items()}
    signals = {k: (v[0], v[1]) for k, v in base["signals"].items()}
    rules: list[Rule] = []
    for file in RULE_FILES:
        for raw in _load_toml(file).get("rule", []):
            rule = _compile_rule(raw, file, fragments)
            unknown = set(rule.triggers) - set(triggers)
            if unknown or not rule.triggers:
                raise ValueError(f"rule {rule.name}: bad trigger classes {sorted(unknown)}")
            rules.append(rule)
    by_trigger = {t: tuple(r for r in rules if t in r.triggers) for t in triggers}
    return RuleSet(tuple(rules), triggers, tables, signals, by_trigger)


@lru_cache(maxsize=1)
def tense_markers() -> dict[str, Any]:
    return _load_toml(TENSE_FILE)
