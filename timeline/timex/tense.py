"""Tense of the clause around a span: does a year-less date point back or forward?

The markers are data (`timeline/rules/timex_tense.toml`); this module only finds
the marker nearest to the span within its sentence, or, for a span fronted at the
start of its sentence ("In September, it announced ..."), the verb of the main clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from timeline.timex.regexes import cached_trie, compile_fast, prefixed, regex_compile, save
from timeline.timex.ruleset import tense_markers

# Order matters: at one position the first group that matches wins.
TENSES = ("overtaken", "plan_past", "future", "past", "present", "past_weak")


@dataclass(frozen=True)
class _Tense:
    regex: re.Pattern[str]
    # The same markers without IGNORECASE, for the lower-cased text: several times
    # faster, as the engine can then skip alternatives by their first letter.
    regex_lower: re.Pattern[str]
    left: int
    right: int
    penalty: int
    weak: int
    fronted_chars: int
    lead: re.Pattern[str]  # what may stand before a fronted span in its sentence
    coordinate: re.Pattern[str]  # ', and' opening a clause in which the span is fronted
    skip: re.Pattern[str]  # a comma segment after it that is not the main clause
    aside: re.Pattern[str]  # a reporting aside between commas ("he said")
    adjective: re.Pattern[str]  # text just before an -ed word that makes it an adjective
    reduced: re.Pattern[str]  # 'if' before an -ed word: a reduced clause's participle
    subordinate: re.Pattern[str]  # a 'when' clause's opening, right before its verb
    relative: re.Pattern[str]  # ', who' opening a relative clause that holds the span
    inserted: re.Pattern[str]  # ', in a brief hearing,': a phrase set off inside a clause
    coordinated: re.Pattern[str]  # 'and', 'but' opening another verb phrase
    reported: re.Pattern[str]  # 'that the flights', ', saying it' opening a reported clause
    reporting: frozenset[str]  # 'said', 'told': after a comma, an attribution
    governing: re.Pattern[str]  # a participle's preposition right before the span
    linking: re.Pattern[str]  # 'remain', 'be' before a participle: an adjective
    sentence_end: re.Pattern[str]
    adverb: re.Pattern[str]  # 'again', 'also' between a governing verb and the span
    determiner: re.Pattern[str]  # 'the', 'a' before an irregular past form: a noun
    infinitive: re.Pattern[str]  # 'to' + verb after a past verb: a date ahead of it
    for_before: re.Pattern[str]  # 'for' before the span: a date fixed for something
    hedge_before: re.Pattern[str]  # 'what' before a verb that hedges a noun phrase
    hedge_after: re.Pattern[str]  # 'to be' or 'like' after it
    purpose_modal: re.Pattern[str]  # 'so that workers could': a past act's purpose


def _sentence_end(abbreviations: list[str], starters: list[str]) -> re.Pattern[str]:
    """Sentence ends, except a period after one of the abbreviations ("Roe vs. Wade",
    "Gen. Smith") or after a middle initial ("John F. Kennedy"), or an initialism
    before a name ("the U.S. Senate"; but "in the U.S. The ..." ends there); and the
    end of a dateline."""
    # The look-behinds follow the period, so that they run at periods only.
    not_after = "".join(f"(?<!\\b{re.escape(a)}\\.)" for a in abbreviations)
    starter = "|".join(starters)
    initialism = rf"(?!(?<=[A-Z]\.[A-Z]\.)\s+(?!(?:{starter})\b)[A-Z])"
    period = rf"\.{not_after}(?<![\s(][A-Z]\.){initialism}"
    # A dateline's agency in brackets and a dash end the dateline: "ORLANNE, December 29
    # (CNW) - On Sunday, ..." opens its sentence with "On Sunday".
    dateline = r"\)[ \t]*(?:--?|[–—])[ \t]+(?=[A-Z])"
    # Scanned over most of every sentence: compile_fast adds the first-character
    # lookahead ('.', '!', '?', ';', ')', newline), which lets a search skip the letters.
    return compile_fast(rf"(?:{period}|[!?;])\s+(?=[A-Z\"“‘'(])|\n\s*\n|[!?;]|{dateline}", 0)


# A letter in upper case (not an escape like \\S) or an inline flag: the markers would
# not match the same on the lower-cased text.
_UPPER_OR_FLAGS = regex_compile(r"(?<!\\)[A-Z]|\(\?[aiLmsux-]+[:)]", 0)
# Characters for which IGNORECASE matching differs from matching their lower case:
# the dotless i and the long s match 'i' and 's' but are their own lower case; 'İ'
# lower-cases to two characters. (tests/test_timex.py checks the list against every
# code point.)
UNSAFE_TO_LOWER = "\u0130\u0131\u017f"
# The last text scanned, with the regex and the text its markers are searched in: one
# tuple, replaced whole, so a reader never sees one text's regex with another's lowering.
_last_scan: tuple[str, re.Pattern[str], str] | None = None

# Look-behinds, then a word boundary: how every marker must begin.
_WORD_START = regex_compile(r"(?:\(\?<[!=](?:[^()]|\([^()]*\))*\))*\\b", 0)


def _past_forms(data: dict[str, Any]) -> str:
    """The irregular past forms that mark a past clause, as one trie regex (not those
    that are as often nouns: 'a split', 'the set')."""
    irregular = data["irregular_past"]
    return cached_trie(sorted(set(irregular["words"]) - set(irregular["not_markers"])))


def _markers_regex(data: dict[str, Any]) -> str:
    """All markers in one alternation, a named group per tense.

    The alternation is tried at every letter of every clause scanned, so it is built
    to fail fast: the irregular past forms are a trie rather than a list tried word
    by word, and since every marker starts at a word boundary, one boundary test
    ahead of the alternation turns away positions inside words at once. At a word
    start every marker would still be entered, and some test a dozen look-behinds
    first ("(?<!\\bin\\s)(?<!\\bof\\s)...\\b(?:may|might|...)"): each marker stands
    behind a lookahead on the characters it can start with (see `prefixed`), which
    turns it away at one character test. None of this changes what matches."""
    past_forms = _past_forms(data)
    participles = cached_trie(sorted(data["irregular_participles"]["words"]))
    groups = []
    for tense in TENSES:
        for p in data["markers"][tense]:
            if not _WORD_START.match(p):
                raise ValueError(f"tense marker must start at a word boundary (\\b): {p}")
        body = "|".join(f"(?:{p})" for p in data["markers"][tense])
        if _UPPER_OR_FLAGS.search(body):
            raise ValueError(f"tense markers are written in lower case, without flags: {body}")
        markers = [p.replace("{irregular_past}", past_forms)
                   .replace("{irregular_participle}", participles)
                   .replace("{promised_thing}", data["context"]["promised_thing"])
                   .replace("{not_after_modal}", data["context"]["not_after_modal"])
                   .replace("{reporting}", "|".join(data["context"]["reporting"]))
                   for p in data["markers"][tense]]
        body = "|".join(f"(?:{prefixed(p, 0)})" for p in markers)
        groups.append(f"(?P<{tense}>{body})")
    return "\\b(?:" + "|".join(groups) + ")"


@lru_cache(maxsize=1)
def _compiled() -> _Tense:
    data = tense_markers()
    ctx, fronted = data["context"], data["fronted"]
    markers = _markers_regex(data)
    out = _Tense(compile_fast(markers), compile_fast(markers, 0), int(ctx["left_chars"]),
                 int(ctx["right_chars"]), int(ctx["right_penalty"]), int(ctx["weak_penalty"]),
                 int(fronted["main_clause_chars"]),
                 regex_compile(fronted["lead"].replace("{irregular_past}", _past_forms(data))),
                 regex_compile(fronted["coordinate"]),
                 regex_compile(fronted["skip"]), regex_compile(fronted["aside"]),
                 regex_compile(fronted["adjective_before"]),
                 regex_compile(fronted["reduced_before"]),
                 regex_compile(ctx["subordinate_before"]),
                 regex_compile(ctx["relative_open"]),
                 regex_compile(ctx["inserted_phrase"]),
                 regex_compile(ctx["coordinated_before"]),
                 regex_compile(ctx["reported_before"]),
                 frozenset(ctx["reporting"]), regex_compile(ctx["governing_preposition"]),
                 regex_compile(ctx["linking_before"]),
                 _sentence_end(list(ctx["not_sentence_end"]), list(ctx["sentence_starters"])),
                 regex_compile(ctx["governing_adverb"]),
                 regex_compile(ctx["determiner_before"]),
                 regex_compile(ctx["infinitive_after"], 0), regex_compile(ctx["for_before"]),
                 regex_compile(ctx["hedge_before"]), regex_compile(ctx["hedge_after"]),
                 regex_compile(ctx["purpose_modal"]))
    save()
    return out


def _markers_in(text: str, lo: int, hi: int, t: _Tense) -> Iterator[re.Match[str]]:
    """The tense markers in text[lo:hi], found in the lower-cased text when lowering
    keeps every offset and every match (match offsets are the same; the marker's own
    words are text[m.start():m.end()]). A document is lowered once, for the
    first of its expressions."""
    global _last_scan
    scan = _last_scan
    if scan is None or scan[0] is not text:
        lowered = text.lower()
        # Substring tests: some 25 times faster than a regex search for the class.
        unsafe = any(ch in text for ch in UNSAFE_TO_LOWER)
        safe = len(lowered) == len(text) and not unsafe
        scan = (text, t.regex_lower, lowered) if safe else (text, t.regex, text)
        _last_scan = scan
    _, regex, searched = scan
    return regex.finditer(searched, lo, hi)


def _clause_bounds(text: str, start: int, end: int, t: _Tense) -> tuple[int, int]:
    # Keep only the sentence that holds the span.
    lo, hi = _sentence_bounds(text, start, end, t)
    relative = t.relative.search(text, lo, start)
    if relative is None:
        return lo, hi
    # Only the relative clause that holds the span ("who turns 28 on Friday,"), up to its
    # closing comma; a phrase set off inside it ("who on Thursday, in a brief hearing,
    # pleaded guilty,") does not close it.
    comma = text.find(",", end, hi)
    while comma != -1 and (inserted := t.inserted.match(text, comma + 1, hi)) is not None:
        comma = text.find(",", inserted.end(), hi)
    return (relative.start() + 1, comma) if comma != -1 else (lo, hi)


def _tense_of(group: str, after_span: bool) -> str:
    """A plan in the simple past looks ahead from the plan ("planned to leave on
    Thursday"), but a date before it dates the plan itself ("On Friday, the
    government planned to pay"): past."""
    if group == "plan_past":
        return "past" if after_span else "future"
    return {"past_weak": "past", "overtaken": "present"}.get(group, group)


def sentence_ends_between(text: str, lo: int, hi: int) -> bool:
    """Whether a sentence ends in text[lo:hi], by the ends the tense rules know (not after
    'Gen.' or in 'the U.S. Senate')."""
    return _compiled().sentence_end.search(text, lo, hi) is not None


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding text[start:end], looked for as far as the tense
    rules look for a clause's verbs."""
    return _sentence_bounds(text, start, end, _compiled())


def _sentence_bounds(text: str, start: int, end: int, t: _Tense) -> tuple[int, int]:
    hi = min(len(text), end + t.right)
    ends = t.sentence_end.search(text, end, hi)
    return _sentence_start(text, start, t), ends.start() + 1 if ends else hi


def _sentence_start(text: str, start: int, t: _Tense) -> int:
    lo = max(0, start - t.left)
    for m in t.sentence_end.finditer(text, lo, start):
        lo = m.end()
    return lo


def _fronted_marker(text: str, start: int, end: int, t: _Tense) -> tuple[str, str] | None:
    """The tense of the main clause when the span opens its sentence ("In September,
    it announced plans to acquire ..."): the first verb after it, not the nearest
    marker, since the span is an adjunct of the main verb, and whatever follows that
    verb ("plans to acquire") is embedded in it. A comma segment that is a subordinate
    clause or a phrase about another time ("On Friday, when she set aside vacation
    plans, the department lifted ...") is skipped, and so is a relative clause or a
    reporting aside ("On Friday, he said, the talks will resume"). None if the span is
    not fronted or no verb is found."""
    lo = _sentence_start(text, start, t)
    coordinate = False
    if not t.lead.fullmatch(text, lo, start):
        coordinate = _opens_coordinate(text, lo, start, t)
        if not coordinate:
            return None
    stop_m = t.sentence_end.search(text, end, min(len(text), end + t.fronted_chars))
    stop = stop_m.start() + 1 if stop_m else min(len(text), end + t.fronted_chars)
    commas = [i for i in range(end, stop) if text[i] == ","]
    bounds = ([end] if not commas or commas[0] > end else []) + commas + [stop]
    for a, b in pairwise(bounds):
        after_comma = text[a:a + 1] == ","
        if coordinate and after_comma:
            return None  # a joined clause with no verb of its own shares the one before
        if after_comma and (t.skip.match(text, a + 1, b) or t.aside.fullmatch(text, a + 1, b)):
            continue
        for m in _markers_in(text, a, b, t):
            group = m.lastgroup or ""
            if _not_a_verb(text, m, group, t):
                continue
            return _tense_of(group, after_span=True), text[m.start():m.end()]
    return None


def _opens_coordinate(text: str, lo: int, start: int, t: _Tense) -> bool:
    """Whether the span opens a clause joined to the one before by ', and' or ', but'
    ("urged him to step down on Monday, and on Wednesday 14 ministers refused"): fronted
    in that clause as at a sentence's start."""
    joints = [m.end() for m in t.coordinate.finditer(text, lo, start)]
    return bool(joints) and t.lead.fullmatch(text, joints[-1], start) is not None


def _not_a_verb(text: str, m: re.Match[str], group: str, t: _Tense,
                after_that: bool = True) -> bool:
    """Whether a past marker is a noun, a name, an adjective or a reduced clause's
    participle ("If approved in June, ..."); or whether a future one is a past act's
    purpose ("opened so that workers could replace rivets in September").

    A capitalised -ed word inside a sentence is a name ("prize founder Alfred Nobel";
    "Founded in August, ..." opens its sentence and is a verb); the markers are matched
    in the lower-cased text, so only the text can tell. An adjective follows a
    determiner, perhaps with an adverb: "the hastily planned trip", "an expanded
    program"; an adverb alone does not make one ("formally accepted it"). Unless
    `after_that`, not after 'that', which in a clause is as often the relative pronoun
    ("shootings that injured doctors in November"). A capitalised marker before another
    capitalised word is a name, whatever its group: "Will Smith", "Planned Parenthood"
    (not in a question: "Will Russia invade?")."""
    if _NAME.match(text, m.start()) and not _QUESTION.match(text, m.end()):
        return True
    if (t.hedge_before.search(text, max(0, m.start() - 8), m.start())
            and t.hedge_after.match(text, m.end())):
        return True  # 'what appeared to be a shadow': a noun phrase, hedged
    if group == "future":
        lo = max(0, m.start() - _PURPOSE_CHARS)
        return any(p.end() == m.start() for p in t.purpose_modal.finditer(text, lo, m.end()))
    if group == "past":
        # An irregular past form right after a determiner is a noun: "a cut in supplies".
        return t.determiner.search(text, max(0, m.start() - 8), m.start()) is not None
    if group != "past_weak":
        return False
    if text[m.start()].isupper() and not _opens_sentence(text, m.start()):
        return True
    if t.reduced.search(text, max(0, m.start() - 16), m.start()):
        return True
    before = t.adjective.search(text, max(0, m.start() - 28), m.start())
    return before is not None and (after_that or before.group().split()[0].lower() != "that")


_PURPOSE_CHARS = 48  # how far before a modal its purpose clause's 'so that' is looked for
_NAME = regex_compile(r"[A-Z][a-z]+\s+[A-Z][a-z]", 0)
# The rest of a sentence that is a question: 'Will Russia invade on Friday?' asks.
_QUESTION = regex_compile(r"[^.!?]*\?", 0)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether text[at] starts its sentence: nothing but spaces and an opening quote or
    bracket after a sentence end or the start of the text."""
    before = text[max(0, at - 4):at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:;\n"


def past_verb_governs(text: str, start: int, end: int, within: int) -> bool:
    """Whether a past-tense verb governs text[start:end] itself: it ends at most
    `within` characters before it ("ended Oct. 31", "met on Monday"), or it is the
    main verb of a fronted span ("On March 12, the ministers met"). An adverb may stand
    between ("exploded again on 24 November")."""
    t = _compiled()
    fronted = _fronted_marker(text, start, end, t)
    if fronted is not None:
        return fronted[0] == "past"
    lo = max(_sentence_start(text, start, t), start - within - 40)
    if any(_tense_of(m.lastgroup or "", after_span=False) == "past"
           and start - _after_adverb(text, m.end(), start, t) <= within
           and not _not_a_verb(text, m, m.lastgroup or "", t, after_that=False)
           and not t.infinitive.match(text, m.end(), start)
           and not t.for_before.search(text, m.end(), start)
           for m in _markers_in(text, lo, start, t)):
        return True
    # Or the verb follows the span at once: "the Supreme Court in January confirmed".
    after = _RIGHT_AFTER.match(text, end)
    return after is not None and any(
        m.start() == after.end() and _tense_of(m.lastgroup or "", after_span=True) == "past"
        for m in _markers_in(text, after.end(), min(len(text), after.end() + 40), t))


_RIGHT_AFTER = regex_compile(r"[ \t]+", 0)


def _after_adverb(text: str, at: int, start: int, t: _Tense) -> int:
    """Where the text after a verb goes on past an adverb ("exploded again on 24
    November"): the adverb does not part the verb from its date."""
    m = t.adverb.match(text, at, start)
    return m.end() if m else at


def _subordinate_start(text: str, end: int, hi: int, t: _Tense) -> int:
    """Where a comma segment after the span opens a subordinate clause or a phrase
    about another time ("on Thursday, more than a month after the train derailed"):
    its verbs belong to it, not to the span's clause. So does one right after the span
    ("dropped the cities in April after they could not guarantee fans would be
    allowed"). `hi` if there is none."""
    if t.skip.match(text, end, hi):
        return end
    comma = text.find(",", end, hi)
    while comma != -1:
        if t.skip.match(text, comma + 1, hi):
            return comma
        comma = text.find(",", comma + 1, hi)
    return hi


def clause_marker(text: str, start: int, end: int) -> tuple[str, str]:
    """(tense, marker text) of the nearest tense marker around text[start:end]."""
    t = _compiled()
    fronted = _fronted_marker(text, start, end, t)
    if fronted is not None:
        return fronted
    lo, hi = _clause_bounds(text, start, end, t)
    hi = _subordinate_start(text, end, hi, t)
    # (distance, tense, marker text, where the marker starts)
    best: tuple[int, str, str, int] | None = None
    for m in _markers_in(text, lo, start, t):
        group = m.lastgroup or ""
        if _not_a_verb(text, m, group, t, after_that=False):
            continue
        weak = group == "past_weak" and not _governs(text, m, start, t)
        dist = start - m.end() + (t.weak if weak else 0)
        if best is None or dist <= best[0]:
            best = (dist, _tense_of(group, after_span=False), text[m.start():m.end()],
                    m.start())
    for m in _markers_in(text, end, hi, t):
        group = m.lastgroup or ""
        if _not_a_verb(text, m, group, t, after_that=False):
            continue
        if t.reported.search(text, end, m.start()):
            break  # the reported clause's marker ('said on Monday that it would')
        if _attribution(text, m, end, t):
            continue  # 'will begin on Thursday, the prime minister said Tuesday'
        if best is not None and t.coordinated.search(text, end, m.start()):
            break  # another verb phrase's marker: the one before the span governs
        dist = m.start() - end + t.penalty + (t.weak if group == "past_weak" else 0)
        if best is None or dist < best[0]:
            best = (dist, _tense_of(group, after_span=True), text[m.start():m.end()],
                    m.start())
        if group != "past_weak":
            break  # the first real marker after the span is its verb, if any
    if best is None:
        return "", ""
    if best[1] == "past" and best[3] < start and _future_in_past(text, lo, best[3], t):
        return "future", best[2]
    return best[1], best[2]


def _attribution(text: str, m: re.Match[str], end: int, t: _Tense) -> bool:
    """Whether a reporting verb after the span, past a comma, attributes the clause
    ('will begin on Thursday, Kishida said Tuesday'): it is not the clause's verb."""
    return text[m.start():m.end()].lower() in t.reporting and "," in text[end:m.start()]


def _governs(text: str, m: re.Match[str], start: int, t: _Tense) -> bool:
    """Whether the participle `m` governs the span through its preposition alone
    ('postponed on Aug. 10', 'postponed again on Aug. 10'), not as an adjective ('would
    remain closed on Thursday')."""
    return (t.governing.fullmatch(text, _after_adverb(text, m.end(), start, t), start) is not None
            and t.linking.search(text, max(0, m.start() - _LINKING_CHARS), m.start()) is None)


_LINKING_CHARS = 16  # how far before a participle its linking verb is looked for


def _future_in_past(text: str, lo: int, at: int, t: _Tense) -> bool:
    """Whether the past marker at `at`, before the span, heads a time clause ('when',
    'once', 'after', 'until', 'as soon as') under a future one: "the two leaders would
    discuss it when they met in August" looks ahead, as 'would' does."""
    sub = t.subordinate.search(text, lo, at)
    if sub is None:
        return False
    return any(m.lastgroup == "future" for m in _markers_in(text, lo, sub.start(), t))


def is_past_plan(marker: str) -> bool:
    """Whether a marker of clause_marker is a plan told in the simple past ("agreed to
    buy"): it looks ahead of the plan, which itself is over."""
    m = _compiled().regex.match(marker)
    return m is not None and m.lastgroup == "plan_past"


def irregular_past() -> frozenset[str]:
    """Past forms that do not end in -ed (the claims stage tells verbs by them too)."""
    return frozenset(tense_markers()["irregular_past"]["words"])


def clause_tense(text: str, start: int, end: int) -> str:
    """'past', 'future', 'present' or '' for the clause around text[start:end]."""
    return clause_marker(text, start, end)[0]
