"""Load the TOML rule files into compiled rules (once per process).

A rule file holds `[[rule]]` tables. Each rule has a `pattern` that may refer to
the named fragments of `timex_patterns.toml` as `{name}`, a `resolver` (a function
name in `resolvers.py`), optional `params`, the `trigger` classes near which it is
tried, optional context guards, and its `example` / `negative` test cases.
"""

from __future__ import annotations

import importlib
import json
import marshal
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

# os.path rather than pathlib: pathlib pulls in urllib and ipaddress at import time.
RULES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")
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
# The standard library's regex parser (private, but stable in CPython 3.11+); used
# only to read which characters a pattern can start with.
_sre: Any = importlib.import_module("re._parser")
_sre_c: Any = importlib.import_module("re._constants")
_sre_compiler: Any = importlib.import_module("re._compiler")
_sre_engine: Any = importlib.import_module("_sre")
_DIGITS = frozenset("0123456789")
_SPACES = frozenset(" \t\n\r\f\v")


def _first_of_seq(items: Any) -> tuple[set[str] | None, bool]:
    """Characters a parsed regex sequence can start with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_of_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_of_set(av: Any) -> set[str] | None:
    out: set[str] = set()
    for op, arg in av:
        if op is _sre_c.LITERAL:
            out.add(chr(arg))
        elif op is _sre_c.RANGE and arg[1] - arg[0] < 128:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is _sre_c.CATEGORY and arg is _sre_c.CATEGORY_DIGIT:
            out |= _DIGITS
        elif op is _sre_c.CATEGORY and arg is _sre_c.CATEGORY_SPACE:
            out |= _SPACES
        else:
            return None
    return out


def _first_of_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    c = _sre_c
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        return _first_of_set(av), False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero-width: look at what follows
    if op is c.SUBPATTERN:
        return _first_of_seq(av[3])
    if op is c.ATOMIC_GROUP:
        return _first_of_seq(av)
    if op is c.BRANCH:
        out: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            chars, nullable = _first_of_seq(branch)
            if chars is None:
                return None, False
            out |= chars
            any_nullable = any_nullable or nullable
        return out, any_nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        chars, nullable = _first_of_seq(av[2])
        return chars, nullable or av[0] == 0
    return None, False


def first_chars_prefix(pattern: str, flags: int = FLAGS) -> str:
    """A lookahead on the characters a match of pattern can start with ('' if unknown)."""
    chars, nullable = _first_of_seq(_sre.parse(pattern, flags))
    if chars is None or nullable or not chars:
        return ""
    # Compiled with IGNORECASE, so the lower-case letter covers both cases.
    both = {ch.lower() if len(ch.lower()) == 1 else ch for ch in chars}
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(both)) + "])"


def prefixed(pattern: str, flags: int = FLAGS) -> str:
    """The pattern behind a lookahead on the characters a match can start with.

    CPython's regex search skips quickly over positions that fail a leading
    character set, but cannot derive one from patterns that start with \\b or a
    lookbehind; stating it explicitly makes a scan of prose faster. The prefixes
    are kept in the rule cache, as computing them means parsing twice.
    """
    prefix = cached_prefix(pattern, flags)
    return f"{prefix}(?:{pattern})" if prefix else pattern


def compile_fast(pattern: str, flags: int = FLAGS) -> re.Pattern[str]:
    return regex_compile(prefixed(pattern, flags), flags)


# Compiled regex programs, kept between processes. Compiling ~150 large patterns with
# the standard library's pure-Python compiler costs more than scanning a megabyte,
# so the compiled program (the list of opcodes the C matcher runs) is stored in the
# user cache directory, in a file specific to this interpreter, and handed back to
# the C engine directly. Any mismatch falls back to re.compile.
_SRE_FILE = f"timex-sre-{sys.implementation.cache_tag}-{_sre_engine.MAGIC}.marshal"
_SRE_DIRTY: list[str] = []
_SRE_USED: set[str] = set()  # keys this process needs; others are dropped on save


@lru_cache(maxsize=1)
def _sre_store() -> dict[str, Any]:
    try:
        with open(os.path.join(os.path.dirname(_cache_path()), _SRE_FILE), "rb") as fh:
            data = marshal.loads(fh.read())  # lists, ints and strings; our own cache
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def regex_compile(source: str, flags: int = FLAGS) -> re.Pattern[str]:
    """re.compile(source, flags), from the cached compiled program when there is one."""
    key = f"{flags}:{source}"
    _SRE_USED.add(key)
    store = _sre_store()
    entry = store.get(key)
    try:
        if entry is None:
            parsed = _sre.parse(source, flags)
            code = [int(op) for op in _sre_compiler._code(parsed, flags)]
            names = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
            entry = [code, names, int(parsed.state.groups), int(flags | parsed.state.flags)]
            store[key] = entry
            _SRE_DIRTY.append(key)
        code, names, groups, all_flags = entry
        index: list[str | None] = [None] * groups
        for name, i in names.items():
            index[i] = name
        pattern: re.Pattern[str] = _sre_engine.compile(
            source, all_flags, code, groups - 1, names, tuple(index))
        return pattern
    except (TypeError, ValueError, RuntimeError, AttributeError, IndexError):
        store.pop(key, None)
        return re.compile(source, flags)


def cached_prefix(pattern: str, flags: int = FLAGS) -> str:
    prefixes = _parsed_files().setdefault("__prefixes__", {})
    key = f"{flags}:{pattern}"
    if key not in prefixes:
        prefixes[key] = first_chars_prefix(pattern, flags)
        _DIRTY.append(key)
    return str(prefixes[key])


_DIRTY: list[str] = []  # prefixes computed in this process and not yet in the cache


def save_cache() -> None:
    """Write newly computed prefixes and compiled programs back to the cache files."""
    if _DIRTY:
        data = _parsed_files()
        names = (PATTERNS_FILE, TENSE_FILE, *RULE_FILES)
        _write_cache(_cache_path(), {"stamps": {n: _stamp(n) for n in names}, "data": data})
        _DIRTY.clear()
    if _SRE_DIRTY:
        path = os.path.join(os.path.dirname(_cache_path()), _SRE_FILE)
        store = _sre_store()
        # Patterns of edited rules are not needed any more: keep what this process used.
        _write_cache(path, {k: v for k, v in store.items() if k in _SRE_USED}, binary=True)
        _SRE_DIRTY.clear()


class LazyPattern:
    """A regex compiled on first use.

    Compiling all rules costs more than scanning a short article, and a single
    article needs only the rules of the trigger classes it contains.
    """

    __slots__ = ("_compiled", "prefixed", "source")

    def __init__(self, source: str, prefixed: bool = False) -> None:
        self.source = source
        self.prefixed = prefixed  # add the first-character lookahead (for scanning)
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex_compile(self.final_source)
        return self._compiled

    @property
    def final_source(self) -> str:
        return prefixed(self.source) if self.prefixed else self.source

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)


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
    # All trigger words of all classes in one regex (a trie, run on lower-cased text),
    # and for each word it can match, the classes whose words start there.
    word_regex: re.Pattern[str] | None = None
    word_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    order: dict[str, int] = field(default_factory=dict)  # rule name -> index (ties)
    # For each word the regex can match, the rules' `requires` words that start there.
    word_cues: dict[str, tuple[str, ...]] = field(default_factory=dict)


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
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "timeline", "timex-rules.json")


def _stamp(name: str) -> list[int]:
    st = os.stat(os.path.join(RULES_DIR, name))
    return [st.st_mtime_ns, st.st_size]


@lru_cache(maxsize=1)
def _parsed_files() -> dict[str, Any]:
    """Every rule file parsed. tomllib is pure Python and costs a tenth of a second per
    process, so the parsed data is kept as JSON in the user cache directory and reused
    while the files' modification times and sizes are unchanged."""
    names = (PATTERNS_FILE, TENSE_FILE, *RULE_FILES)
    stamps = {n: _stamp(n) for n in names}
    path = _cache_path()
    try:
        with open(path, encoding="utf-8") as fh:
            cached = json.load(fh)
        if cached.get("stamps") == stamps:
            return dict(cached["data"])
    except (OSError, ValueError):
        pass
    import tomllib  # only when the cache is stale

    data = {}
    for n in names:
        with open(os.path.join(RULES_DIR, n), "rb") as fh:
            data[n] = tomllib.load(fh)
    _write_cache(path, {"stamps": stamps, "data": data})
    return data


def _write_cache(path: str, payload: dict[str, Any], binary: bool = False) -> None:
    """Best effort: a read-only home or a concurrent writer only costs speed."""
    import tempfile  # only when the cache is written

    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        if binary:
            with os.fdopen(fd, "wb") as bfh:
                marshal.dump(payload, bfh)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def _load_toml(name: str) -> dict[str, Any]:
    return dict(_parsed_files()[name])


def _compile_rule(raw: dict[str, Any], file: str, fragments: dict[str, str]) -> Rule:
    triggers = raw.get("trigger", [])
    if isinstance(triggers, str):
        triggers = [triggers]
    return Rule(
        name=raw["name"],
        file=file,
        regex=LazyPattern(expand(raw["pattern"], fragments), prefixed=True),
        resolver=raw["resolver"],
        params=dict(raw.get("params", {})),
        triggers=tuple(triggers),
        requires=tuple(w.lower() for w in raw.get("requires", ())),
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
    for file in RULE_FILES:
        for raw in _load_toml(file).get("rule", []):
            rule = _compile_rule(raw, file, fragments)
            unknown = set(rule.triggers) - set(triggers)
            if unknown or not rule.triggers:
                raise ValueError(f"rule {rule.name}: bad trigger classes {sorted(unknown)}")
            rules.append(rule)
    by_trigger = {t: tuple(r for r in rules if t in r.triggers) for t in triggers}
    cues = frozenset(w for r in rules for w in r.requires)
    word_regex, word_classes, word_cues = _word_index(triggers, cues)
    _warm_cache(rules)
    save_cache()
    order = {r.name: i for i, r in enumerate(rules)}
    return RuleSet(tuple(rules), triggers, tables, signals, by_trigger, word_regex, word_classes,
                   order, word_cues)


def _warm_cache(rules: list[Rule]) -> None:
    """Fill the caches for patterns they lack (after a rule edit); the patterns
    themselves are compiled on first use."""
    store = _sre_store()
    for rule in rules:
        for lazy in (rule.regex, rule.before, rule.not_before, rule.not_after):
            if lazy is None:
                continue
            key = f"{FLAGS}:{lazy.final_source}"
            _SRE_USED.add(key)
            if key not in store:
                regex_compile(lazy.final_source)


def trie_regex(words: list[str]) -> str:
    """One regex for a set of literal words, shaped as a trie and preferring the longest.

    A flat alternation of some 200 words is tried word by word at every position;
    as a trie, each position costs a single character test in the common case.
    """
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


WordIndex = tuple[re.Pattern[str], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]


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
    body = trie_regex(sorted(owners))
    first = "".join(sorted({re.escape(w[0]) for w in owners}))
    # Zero-width with a capturing lookahead, so that a word inside a longer one
    # ("ago" in "year ago") is found as well.
    return regex_compile(f"(?=[{first}])(?<![a-z0-9])(?=({body}))", 0), classes, cue_of


@lru_cache(maxsize=1)
def tense_markers() -> dict[str, Any]:
    return _load_toml(TENSE_FILE)
