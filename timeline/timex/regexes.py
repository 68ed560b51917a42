"""Regex machinery of the timex engine: fast scanning, compiled-program cache, tries.

Three things make the rule regexes cheap in a short-lived process:
- a lookahead on the characters a match can start with, so that a scan skips most
  positions in C (`prefixed`), with the same set as the search charset of the
  compiled program (`_program`);
- the compiled programs of all patterns kept in the user cache directory, because
  compiling ~130 large patterns in pure Python costs more than scanning a megabyte
  (`regex_compile`);
- lazy compilation, as a short article needs only a few rule classes (`LazyPattern`);
- the literal strings of which every match must contain one, so that a window of text
  without any of them is not scanned at all (`match_literals`).
"""

from __future__ import annotations

import importlib
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from timeline.cache import cache_dir, checkout_key, write_cache

FLAGS = re.IGNORECASE

# The standard library's regex internals (private, but stable within one CPython
# version; the cache below is keyed by interpreter build and falls back to
# re.compile): the parser tells which characters a pattern can start with, the
# compiler produces the program that the C engine (_sre) runs.
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
    lookbehind; stating it explicitly makes a scan of prose faster.
    """
    key = f"p:{int(flags)}:{pattern}"  # int: formatting a RegexFlag is slow
    prefix = str(_TIMEX.get(key, lambda: first_chars_prefix(pattern, flags)))
    return f"{prefix}(?:{pattern})" if prefix else pattern


def compile_fast(pattern: str, flags: int = FLAGS) -> re.Pattern[str]:
    """Compile with the first-character lookahead (for patterns used to scan)."""
    return regex_compile(prefixed(pattern, flags), flags)


# Non-ASCII characters that an ASCII character matches under IGNORECASE (re's case
# folding: 'ſ' is an 's', the Kelvin sign a 'k', dotted and dotless I an 'i'). A text
# holding one may match a rule's literal where its lower-cased form does not hold it.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"
_FOLDS_TO_ASCII = re.compile(f"[{FOLDS_TO_ASCII}]")


def literals_exact(text: str) -> bool:
    """Whether an ASCII literal matches text (under IGNORECASE) only where text.lower()
    holds it in lower case."""
    return text.isascii() or _FOLDS_TO_ASCII.search(text) is None


Literals = frozenset[str] | None


def _literals_of_seq(items: Any) -> Literals:
    """Strings of which every match of a parsed regex sequence contains one (None: no
    such set known): the most selective of the runs of ASCII literals in the sequence
    and of the sets its items require, lower-cased."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre_c.LITERAL and av < 0x80:
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset((run,)))
            run = ""
        required = _literals_of_item(op, av)
        if required:
            found.append(required)
    if run:
        found.append(frozenset((run,)))
    return max(found, key=_selectivity) if found else None


def _selectivity(strings: frozenset[str]) -> tuple[int, int]:
    """Longer strings are rarer in prose, and fewer of them cost fewer tests."""
    return min(map(len, strings)), -len(strings)


def _literals_of_item(op: Any, av: Any) -> Literals:
    c = _sre_c
    if op is c.SUBPATTERN:
        return _literals_of_seq(av[3])
    if op is c.ATOMIC_GROUP:
        return _literals_of_seq(av)
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            required = _literals_of_seq(branch)
            if not required:
                return None  # this branch may match without any known string
            out |= required
        return frozenset(out)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _literals_of_seq(av[2])
    # Anything else may match without a known string; a lookaround's text lies partly
    # outside the match.
    return None


def required_literals(pattern: str, flags: int = FLAGS) -> tuple[str, ...]:
    """Lower-case ASCII strings of which every match of pattern contains one, () if
    none are known (see `literals_exact` for the texts where a missing one proves
    that nothing matches)."""
    found = _literals_of_seq(_sre.parse(pattern, flags))
    return tuple(sorted(found)) if found else ()


@lru_cache(maxsize=1)
def code_version() -> str:
    """A key of this module's code, for cache entries made by its functions (derived
    literals, trie sources): an entry made by an older version is not read."""
    with open(__file__, "rb") as fh:
        return f"{zlib.crc32(fh.read()):08x}"


def match_literals(pattern: str, flags: int = FLAGS) -> tuple[str, ...]:
    """`required_literals`, from the user cache (parsing every rule costs as much as
    compiling it)."""
    key = f"l:{code_version()}:{int(flags)}:{pattern}"
    return tuple(_TIMEX.get(key, lambda: list(required_literals(pattern, flags))))


def cached_trie(words: list[str]) -> str:
    """`trie_regex(words)`, from the user cache: building the trie of a few hundred
    words in Python costs a millisecond or more in every process."""
    key = f"t:{code_version()}:" + "\n".join(words)
    return str(_TIMEX.get(key, lambda: trie_regex(words)))


def literal_pattern(literals: tuple[str, ...]) -> LazyPattern:
    """A regex finding any of `literals` in lower-cased text (a trie: one character
    test per position where a flat alternation tries every string)."""
    return LazyPattern(cached_trie(sorted(literals)), flags=0)


def _program_key(source: str, flags: int) -> str:
    # "c4": programs that may carry a search charset (see _program); entries under
    # the keys of older versions are dropped on the next save.
    return f"c4:{int(flags)}:{source}"


def _program(parsed: Any, flags: int) -> list[Any]:
    """The _sre program of a parsed pattern, as re.compile makes it, except that a
    pattern behind a first-character lookahead (see `prefixed`) also gets a search
    charset in the program's header.

    re.compile derives that header charset only from a pattern that starts by
    consuming a character, never from a lookahead, so a search tries the whole
    pattern at every position. With the charset, the C loop skips positions whose
    character cannot start a match before trying the pattern. The lookahead stays
    in the pattern, so the charset only has to hold every character the lookahead
    accepts: what matches, and where, does not change."""
    code: list[Any] = _sre_compiler._code(parsed, flags)
    chars = _lookahead_chars(parsed)
    # code: INFO, skip, mask, min, max, ...; mask 0 = no literal prefix, no charset.
    if chars is None or code[0] != _sre_c.INFO or code[2] != 0 or code[3] == 0:
        return code
    header = [_sre_c.INFO, 0, _sre_c.SRE_INFO_CHARSET, code[3], code[4]]
    _sre_compiler._compile_charset(_search_charset(chars), flags, header)
    header[1] = len(header) - 1
    return header + code[code[1] + 1 :]


def _lookahead_chars(parsed: Any) -> set[str] | None:
    """The characters of a leading lookahead on a set of literals, `(?=[abc])`."""
    c = _sre_c
    if not parsed.data or parsed.data[0][0] is not c.ASSERT:
        return None
    direction, sub = parsed.data[0][1]
    if direction != 1 or len(sub.data) != 1:
        return None
    op, av = sub.data[0]
    if op is c.LITERAL:  # the parser turns a one-character set into a literal
        return {chr(av)}
    if op is not c.IN or any(item_op is not c.LITERAL for item_op, _ in av):
        return None
    return {chr(code) for _, code in av}


def _search_charset(chars: set[str]) -> list[tuple[Any, Any]]:
    """A charset holding every character that a lookahead on `chars` accepts.

    Characters without case (digits, quotes) match only themselves, with or without
    IGNORECASE, so they are the charset. Otherwise it is a superset: the ASCII ones in
    both cases and all of U+0080 and up (where letters such as the Kelvin sign or the
    long s fold to ASCII ones); text outside ASCII is rare enough in news that testing
    all of it costs nothing. Below 256 the charset is a bitmap, one test per character
    in the search loop (a run of ranges or one big bitmap is several times slower)."""
    if not any(_sre_engine.unicode_iscased(ord(ch)) for ch in chars):
        low = {ord(ch) for ch in chars if ord(ch) < 256}
        high = [(_sre_c.LITERAL, ord(ch)) for ch in sorted(chars) if ord(ch) >= 256]
        return [_bitmap(low), *high]
    low = {ord(v) for ch in chars if ch < "\x80" for v in (ch, ch.lower(), ch.upper())}
    return [_bitmap(low | set(range(0x80, 0x100))), (_sre_c.RANGE, (0x100, sys.maxunicode))]


def _bitmap(codes: set[int]) -> tuple[Any, Any]:
    """A CHARSET item for code points below 256."""
    bits = bytearray(256)
    for code in codes:
        bits[code] = 1
    return _sre_c.CHARSET, _sre_compiler._mk_bitmap(bits)


class ProgramCache:
    """Compiled programs of one family of patterns, kept in one file of the user cache
    directory.

    A save keeps only the entries its process used, so that entries of edited rules
    do not pile up; each family (the timex rules, the publication-date rules) has its
    own file, so that a process that reads only one family does not drop the
    other's. One file per interpreter version (the programs are only valid for the _sre
    that made them) and per checkout."""

    def __init__(self, stem: str) -> None:
        # The full version too: _sre's MAGIC and the cache tag stay the same across a
        # minor version's patch releases, whose compiler may still change its programs.
        self.file = (f"{stem}-{sys.implementation.cache_tag}-{sys.hexversion:x}-"
                     f"{_sre_engine.MAGIC}-{checkout_key()}.marshal")
        self._entries: dict[str, Any] | None = None
        self.dirty: list[str] = []  # entries computed in this process, not yet written
        self.used: set[str] = set()  # entries this process needed

    @property
    def entries(self) -> dict[str, Any]:
        if self._entries is None:
            self._entries = self._read()
        return self._entries

    def _read(self) -> dict[str, Any]:
        try:
            with open(os.path.join(cache_dir(), self.file), "rb") as fh:
                data = marshal.loads(fh.read())  # lists, ints and strings; our own cache
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            return {}

    def get(self, key: str, make: Callable[[], Any]) -> Any:
        """The entry under `key`, made (and kept for the next save) if missing."""
        self.used.add(key)
        if key not in self.entries:
            self.entries[key] = make()
            self.dirty.append(key)
        return self.entries[key]

    def compile(self, source: str, flags: int = FLAGS) -> re.Pattern[str]:
        """re.compile(source, flags), from the cached compiled program when there is one."""
        key = _program_key(source, flags)
        try:
            code, names, groups, all_flags = self.get(key, lambda: _entry(source, flags))
            index: list[str | None] = [None] * groups
            for name, i in names.items():
                index[i] = name
            pattern: re.Pattern[str] = _sre_engine.compile(
                source, all_flags, code, groups - 1, names, tuple(index))
            return pattern
        except (TypeError, ValueError, RuntimeError, AttributeError, IndexError):
            self.entries.pop(key, None)
            return re.compile(source, flags)

    def mark_used(self, source: str, flags: int = FLAGS) -> bool:
        """Note that a pattern is needed (so save() keeps it); True if it is cached."""
        key = _program_key(source, flags)
        self.used.add(key)
        return key in self.entries

    def save(self) -> None:
        """Write new entries to the cache file (best effort), keeping only those in use."""
        if self.dirty:
            write_cache(os.path.join(cache_dir(), self.file),
                        {k: v for k, v in self.entries.items() if k in self.used}, binary=True)
            self.dirty.clear()


def _entry(source: str, flags: int) -> list[Any]:
    """What a cache entry keeps of a compiled pattern: its program, group names,
    group count and flags."""
    parsed = _sre.parse(source, flags)
    code = [int(op) for op in _program(parsed, flags)]
    names = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    return [code, names, int(parsed.state.groups), int(flags | parsed.state.flags)]


_TIMEX = ProgramCache("timex-regex")


def regex_compile(source: str, flags: int = FLAGS) -> re.Pattern[str]:
    """re.compile(source, flags) through the timex rules' program cache."""
    return _TIMEX.compile(source, flags)


def mark_used(source: str, flags: int = FLAGS) -> bool:
    return _TIMEX.mark_used(source, flags)


def save() -> None:
    _TIMEX.save()


class LazyPattern:
    """A regex compiled on first use.

    Compiling all rules costs more than scanning a short article, and a single
    article needs only the rules of the trigger classes it contains.
    """

    __slots__ = ("_compiled", "flags", "prefixed", "source")

    def __init__(self, source: str, prefixed: bool = False, flags: int = FLAGS) -> None:
        self.source = source
        self.prefixed = prefixed  # add the first-character lookahead (for scanning)
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = regex_compile(self.final_source, self.flags)
        return self._compiled

    @property
    def final_source(self) -> str:
        return prefixed(self.source, self.flags) if self.prefixed else self.source

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)


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
