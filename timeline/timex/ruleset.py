"""Load the TOML rule files into compiled rules (once per process).

A rule file holds `[[rule]]` tables. Each rule has a `pattern` that may refer to
the named fragments of `timex_patterns.toml` as `{name}`, a `resolver` (a function
name in `resolvers.py`), optional `params`, the `trigger` classes near which it is
tried, optional context guards, and its `example` / `negative` test cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from timeline.cache import parsed_rule_files, rules_cache_path
from timeline.timex.regexes import (
    LazyPattern,
    cached_trie,
    compile_fast,
    literal_pattern,
    mark_used,
    match_literals,
    regex_compile,
    save,
)

_CACHE_NAME = "timex-rules"  # the parsed rule files, as JSON in the user cache
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
@dataclass(frozen=True)
class Rule:
    name: str
    file: str
    regex: LazyPattern
    resolver: str
    params: dict[str, Any]
    triggers: tuple[str, ...]
    # Lower-case strings of which one must occur in the text for the rule to be tried
    # (a cheap substring test that saves regex scans); () = always try.
    requires: tuple[str, ...]
    # Lower-case strings of which every match contains one (() = none known, or every
    # window holds one): a window holding none of them is not scanned (see
    # regexes.match_literals); with more than one, `literal_regex` finds them.
    literals: tuple[str, ...]
    literal_regex: LazyPattern | None
    priority: int
    # Guards on the text around a match: `before` must match the text that ends
    # at the match start, `not_before` must not; `not_after` must not match the
    # text that follows it.
    before: LazyPattern | None
    not_before: LazyPattern | None
    not_after: LazyPattern | None
    examples: tuple[dict[str, Any], ...] = ()
    negatives: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Trigger:
    """Where the rules of one class may match: near these words or this regex."""

    name: str
    words: tuple[str, ...]
    regex: re.Pattern[str] | None
    left: int
    right: int


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    triggers: dict[str, Trigger]
    tables: dict[str, dict[str, Any]]
    signals: dict[str, tuple[str, str]]
    by_trigger: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    # All trigger words of all classes in one regex (a trie, run on lower-cased text;
    # group 1 is the word), and for each word it can match, the classes whose words
    # start there. word_start finds a word at the very start of the text.
    word_regex: re.Pattern[str] | None = None
    word_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # rule name -> index (ties)
    # For each word the regex can match, the rules' `requires` words that start there.
    word_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    word_start: re.Pattern[str] | None = None
    # Any key of `signals` right before a span: a word ('by') or a phrase ('no later than').
    signal_regex: re.Pattern[str] | None = None
    # Words around a signal that change what it does (timex_patterns.toml's
    # [signal_context]): "the first time since 2014", "just before 5 a.m.".
    signal_context: dict[str, re.Pattern[str]] = field(default_factory=dict)
    by_name: dict[str, Rule] = field(default_factory=dict)


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


def _guard(spec: str | None, fragments: dict[str, str], tail: bool) -> LazyPattern | None:
    if not spec:
        return None
    body = expand(spec, fragments)
    # A `before` guard is anchored at the end of the left context, a `not_after`
    # guard at the start of the right context.
    return LazyPattern(f"(?:{body})$" if tail else body)


def _cache_path() -> str:
    return rules_cache_path(_CACHE_NAME)


@lru_cache(maxsize=1)
def _parsed_files() -> dict[str, Any]:
    """Every rule file parsed (from the JSON copy in the user cache when it is fresh)."""
    return parsed_rule_files((PATTERNS_FILE, TENSE_FILE, *RULE_FILES), _CACHE_NAME)


def _load_toml(name: str) -> dict[str, Any]:
    return dict(_parsed_files()[name])


def _compile_rule(raw: dict[str, Any], file: str, fragments: dict[str, str],
                  trigger_of: dict[str, Trigger],
                  literal_regexes: dict[tuple[str, ...], LazyPattern]) -> Rule:
    triggers = raw.get("trigger", [])
    if isinstance(triggers, str):
        triggers = [triggers]
    pattern = expand(raw["pattern"], fragments)
    literals = match_literals(pattern)
    if _every_window_holds(literals, [trigger_of.get(t) for t in triggers]):
        literals = ()  # testing the windows would only cost
    literal_regex = None
    if len(literals) > 1:
        literal_regex = literal_regexes.setdefault(literals, literal_pattern(literals))
    return Rule(
        name=raw["name"],
        file=file,
        regex=LazyPattern(pattern, prefixed=True),
        resolver=raw["resolver"],
        params=dict(raw.get("params", {})),
        triggers=tuple(triggers),
        requires=tuple(w.lower() for w in raw.get("requires", ())),
        literals=literals,
        literal_regex=literal_regex,
        priority=int(raw.get("priority", 0)),
        before=_guard(raw.get("before"), fragments, tail=True),
        not_before=_guard(raw.get("not_before"), fragments, tail=True),
        not_after=_guard(raw.get("not_after"), fragments, tail=False),
        examples=tuple(raw.get("example", ())),
        negatives=tuple(raw.get("negative", ())),
    )


def _every_window_holds(literals: tuple[str, ...], triggers: list[Trigger | None]) -> bool:
    """Whether every window of these trigger classes holds one of `literals`: each is
    around a listed word (classes found by a regex may have windows without any), and
    each word contains one of them ('weekday' windows all hold a weekday's name)."""
    return all(t is not None and t.regex is None and t.words
               and all(any(lit in w for lit in literals) for w in t.words) for t in triggers)


@lru_cache(maxsize=1)
def load() -> RuleSet:
    """Read and compile every rule file; cached so the cost is paid once per process."""
    base = _load_toml(PATTERNS_FILE)
    fragments: dict[str, str] = dict(base["patterns"])
    triggers = {
        k: Trigger(
            name=k,
            words=tuple(w.lower() for w in v.get("words", ())),
            regex=compile_fast(expand(v["regex"], fragments)) if "regex" in v else None,
            left=int(v.get("left", 40)),
            right=int(v.get("right", 40)),
        )
        for k, v in base["triggers"].items()
    }
    tables = {k: {str(a).lower(): b for a, b in v.items()} for k, v in base["tables"].items()}
    signals = {k: (v[0], v[1]) for k, v in base["signals"].items()}
    rules: list[Rule] = []
    literal_regexes: dict[tuple[str, ...], LazyPattern] = {}  # one per set of literals
    for file in RULE_FILES:
        for raw in _load_toml(file).get("rule", []):
            rule = _compile_rule(raw, file, fragments, triggers, literal_regexes)
            unknown = set(rule.triggers) - set(triggers)
            if unknown or not rule.triggers:
                raise ValueError(f"rule {rule.name}: bad trigger classes {sorted(unknown)}")
            rules.append(rule)
    by_trigger = {t: tuple(r for r in rules if t in r.triggers) for t in triggers}
    cues = frozenset(w for r in rules for w in r.requires)
    word_regex, word_start, word_classes, word_cues = _word_index(triggers, cues)
    # Through the program cache like the rules: compiling these few in pure Python
    # took a third of the loading.
    context = {k: regex_compile(expand(v, fragments), re.IGNORECASE)
               for k, v in base["signal_context"].items()}
    signal_regex = _signal_regex(signals)
    _warm_cache(rules)
    save()
    order = {r.name: i for i, r in enumerate(rules)}
    return RuleSet(tuple(rules), triggers, tables, signals, by_trigger, word_regex, word_classes,
                   order, word_cues, word_start, signal_regex, context,
                   {r.name: r for r in rules})


def _signal_regex(signals: dict[str, tuple[str, str]]) -> re.Pattern[str]:
    """Longest first, so that 'no later than' is not read as a shorter signal."""
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split()))
                            for w in sorted(signals, key=len, reverse=True))
    return regex_compile(rf"(?<![\w-])({alternatives})\s+$", re.IGNORECASE)


def _warm_cache(rules: list[Rule]) -> None:
    """Fill the caches for patterns they lack (after a rule edit); the patterns
    themselves are compiled on first use."""
    for rule in rules:
        for lazy in (rule.regex, rule.before, rule.not_before, rule.not_after,
                     rule.literal_regex):
            if lazy is not None and not mark_used(lazy.final_source, lazy.flags):
                regex_compile(lazy.final_source, lazy.flags)


WordIndex = tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]],
                  dict[str, tuple[str, ...]]]


def _word_index(triggers: dict[str, Trigger], cues: frozenset[str]) -> WordIndex:
    """One trie regex for all trigger words and all `requires` cue words."""
    owners: dict[str, set[str]] = {w: set() for w in cues}
    for t in triggers.values():
        for w in t.words:
            owners.setdefault(w, set()).add(t.name)
    # A match is the longest listed word at its position; every shorter listed word
    # that is a prefix of it starts there too, so its classes and cues are added.
    classes: dict[str, tuple[str, ...]] = {}
    cue_of: dict[str, tuple[str, ...]] = {}
    for w in owners:
        prefixes = [w[:k] for k in range(1, len(w) + 1)]
        classes[w] = tuple(sorted({c for p in prefixes for c in owners.get(p, ())}))
        cue_of[w] = tuple(p for p in prefixes if p in cues)
    if any(not ("a" <= w[0] <= "z" or w[0].isdigit()) for w in owners):
        raise ValueError("trigger and cue words start with a letter or a digit")
    body = cached_trie(sorted(owners))
    # A word is looked for after each character that is not a letter or digit. The
    # regex consumes that character, which lets the engine skip through the letters
    # in between in C (a look-behind would be tried at every letter); the word itself
    # is a capturing lookahead, so that a word inside a longer one ("ago" in "year
    # ago") is found as well. A word that opens the text has nothing before it.
    return (regex_compile(f"[^a-z0-9](?=({body}))", 0), regex_compile(f"(?=({body}))", 0),
            classes, cue_of)


@lru_cache(maxsize=1)
def tense_markers() -> dict[str, Any]:
    return _load_toml(TENSE_FILE)
