"""Claims: which time expressions date something, what they date, and how surely.

A claim is one time expression in an article's body with its sentence, the
predicate it dates ("sign agreement"), the participants of that sentence and
its modality (asserted, expected, negated, hypothetical). The lexicons are data
in `rules/events.toml`, `rules/entities.toml` and `rules/modality.toml`.

The predicate comes from the clause of the time expression: the trigger word of
a known action class nearest to it (a content action beats a reporting verb, so
'the signing was confirmed on September 12' dates the signing), and the nearest
known object. A reporting clause and its content are two clauses, hence two
claims: in 'X said on Thursday that the deal was signed in 2017', Thursday
dates the statement and 2017 the signing.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from .model import Article, Claim, TimeExpr
from .textsim import stopwords
from .timex.engine import ends_period, holds_part
from .timex.ruleset import load as timex_rules
from .timex.tense import irregular_past
from .wordforms import fold, fold_letters, known, lookup_forms, stem

# Values that place nothing on a calendar ("now", "recently") date no event.
_VAGUE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_DATING_TYPES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class Lexicon:
    actions: dict[str, str]  # word -> action class
    phrasal: dict[tuple[str, str], str]  # (verb base form, particle) -> action class
    # Words that must not follow a phrasal verb's particle ('gave way to the strikers').
    phrasal_not_before: dict[tuple[str, str], frozenset[str]]
    senses: dict[str, frozenset[str]]  # word -> object classes it needs to be its action
    commands: frozenset[str]  # words that tell someone to act ('ordered Acme to pay')
    kind_heads: frozenset[str]  # nouns a trigger before names a kind: 'attack submarines'
    once: frozenset[str]  # action classes that happen once per object and participants
    reporting: frozenset[str]  # speech and report actions
    objects: dict[str, str]  # word -> object class
    equivalents: dict[str, str]  # predicate -> canonical predicate
    qualifiers: dict[str, str]  # word -> the instance it names ("again" -> "second")
    qualifiers_after: frozenset[str]  # qualifiers that follow their action ("struck again")
    qualifiers_not_before: frozenset[str]  # actors: 'the new owner' names no new instance
    qualifiers_event_only: frozenset[str]  # 'new' names an instance only of a happening
    qualifiers_of_role: frozenset[str]  # 'interim' names another instance even before a post
    qualifier_idioms: frozenset[str]  # 'at the latest' names no instance
    nominal_words: frozenset[str]
    not_inflections: frozenset[str]  # forms that lemmatise wrongly ("according")
    nominal_suffixes: tuple[str, ...]
    aliases: dict[str, str]  # lowercased alias -> canonical participant
    countries: frozenset[str]  # the canonical names of the alias table
    not_entities: frozenset[str]
    name_heads: frozenset[str]  # the last word of an organisation's name ("Board")
    name_inner: frozenset[str]  # not a party alone, but part of an organisation's name
    cues: dict[str, re.Pattern[str]]  # modality -> cue pattern
    noun_cues: frozenset[str]  # expected cues that are also nouns ('the plan')
    act_cues: frozenset[str]  # expected cues that name a past act after a subject
    stopwords: frozenset[str]  # words that describe no happening (rules/context.toml)
    # Context words too common across stories to tie two of them (rules/context.toml).
    weak_terms: frozenset[str]
    contrasts: frozenset[frozenset[str]]  # action pairs that are never one happening
    related: frozenset[frozenset[str]]  # action pairs that may tell one happening
    # Action pairs that may tell one happening when the two claims' dates agree.
    related_when_agreeing: frozenset[frozenset[str]]
    statistics: re.Pattern[str]  # words of a company's results ("net income", "earned")
    saying: frozenset[str]  # past speech verbs whose object is what was said
    # A calendar told in the present ("whose fiscal year ends in March"): around a date.
    calendar_before: re.Pattern[str]
    calendar_after: re.Pattern[str]
    calendar_not_after: re.Pattern[str]


def _read_rules(name: str) -> dict[str, Any]:
    return tomllib.loads(resources.files("timeline.rules").joinpath(name).read_text("utf-8"))


@cache
def lexicon() -> Lexicon:
    events = _read_rules("events.toml")
    entities = _read_rules("entities.toml")
    context = _read_rules("context.toml")
    actions_table = _table(events, "actions")
    qualifiers = _table(events, "qualifiers")
    nominal = _table(events, "nominal")
    aliases_table = _table(entities, "aliases")
    aliases = {alias.lower(): canon for canon, names in aliases_table.items() for alias in names}
    aliases.update({canon.lower(): canon for canon in aliases_table})
    stop = _table(context, "stopwords")
    modality_cues = _read_rules("modality.toml")
    phrasal = [_phrasal_entry(entry, name) for name, spec in actions_table.items()
               for entry in spec.get("phrasal", ())]
    return Lexicon(
        actions={w: name for name, spec in actions_table.items() for w in spec["words"]},
        phrasal={key: name for key, name, _ in phrasal},
        phrasal_not_before={key: blocked for key, _, blocked in phrasal if blocked},
        once=frozenset(n for n, spec in actions_table.items() if spec.get("once")),
        reporting=frozenset(n for n, spec in actions_table.items() if spec.get("reporting")),
        objects={w: name for name, words in _table(events, "objects").items() for w in words},
        senses={w: frozenset(objs) for w, objs in _table(events, "senses").items()},
        commands=frozenset(_table(events, "commands")["words"]),
        kind_heads=frozenset(_table(events, "kinds")["heads"]),
        equivalents={str(k): str(v) for k, v in events.get("equivalents", {}).items()},
        qualifiers={
            **{w: "" for w in qualifiers["default"]},
            **{w: qualifiers.get("same_as", {}).get(w, w) for w in qualifiers["words"]},
        },
        qualifiers_after=frozenset(qualifiers["after"]),
        qualifiers_not_before=frozenset(qualifiers.get("not_before", ())),
        qualifiers_event_only=frozenset(qualifiers.get("event_only", ())),
        qualifiers_of_role=frozenset(qualifiers.get("of_role", ())),
        qualifier_idioms=frozenset(qualifiers.get("idioms", ())),
        nominal_words=frozenset(nominal["words"]),
        not_inflections=frozenset(_table(events, "not_inflections")["words"]),
        nominal_suffixes=tuple(nominal["suffixes"]),
        aliases=aliases,
        countries=frozenset(aliases_table),
        not_entities=frozenset(_table(entities, "not_entities")["words"]),
        name_heads=frozenset(_table(entities, "acronyms")["heads"]),
        name_inner=frozenset(_table(entities, "acronyms")["inner"]),
        cues={kind: _cue_pattern(spec) for kind, spec in modality_cues.items()
              if isinstance(spec, dict)},
        noun_cues=frozenset(modality_cues["expected"].get("nouns", ())),
        act_cues=frozenset(modality_cues["expected"].get("acts", ())),
        stopwords=stopwords(),
        weak_terms=frozenset(stop.get("weak", ())),
        contrasts=frozenset(frozenset(p) for p in _table(context, "contrasts")["pairs"]),
        related=frozenset(frozenset(p) for p in _table(context, "related")["pairs"]),
        related_when_agreeing=frozenset(
            frozenset(p) for p in _table(context, "related")["when_dates_agree"]),
        statistics=_words_pattern(_table(context, "statistics")["words"]),
        saying=frozenset(_table(context, "saying")["words"]),
        calendar_before=re.compile(_table(context, "calendar_statements")["before"],
                                   re.IGNORECASE),
        calendar_after=re.compile(_table(context, "calendar_statements")["after"],
                                  re.IGNORECASE),
        calendar_not_after=re.compile(_table(context, "calendar_statements")["not_after"],
                                      re.IGNORECASE),
    )


def _phrasal_entry(entry: str, action: str) -> tuple[tuple[str, str], str, frozenset[str]]:
    """A phrasal entry's (verb, particle), its action, and the words that must not follow
    ('give way !to'). A third plain word would be silently lost, so it is an error."""
    parts = entry.split()
    if len(parts) < 2 or any(not w.startswith("!") for w in parts[2:]):
        raise ValueError(f"events.toml: phrasal entry {entry!r} is not 'verb particle [!word]'")
    return (parts[0], parts[1]), action, frozenset(w[1:] for w in parts[2:])


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _table(document: dict[str, Any], key: str) -> dict[str, Any]:
    table = document[key]
    if not isinstance(table, dict):
        raise TypeError(f"rules: [{key}] must be a table")
    return table


def _cue_pattern(spec: dict[str, list[str]]) -> re.Pattern[str]:
    def alternation(words: list[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w) for w in ordered)

    parts = []
    if spec.get("words"):
        parts.append(rf"(?i:(?<![\w'])(?:{alternation(spec['words'])})(?![\w]))")
    if spec.get("case_sensitive"):
        parts.append(rf"(?<![\w'])(?:{alternation(spec['case_sensitive'])})(?!\w)")
    parts.extend(f"(?i:{pattern})" for pattern in spec.get("patterns", ()))
    return re.compile("|".join(parts) or r"(?!)")


# --- sentences and clauses ----------------------------------------------------

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep st jr sr inc co corp ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m approx dept "
    "est fig maj adm cmdr brig v mt rev".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; line breaks always end one (headlines have no period)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        _add_span(spans, text, start, match.end())
        start = match.end()
    _add_span(spans, text, start, len(text))
    return tuple(spans)


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _WORD_BEFORE.search(text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    # Single capital initials ("J. Smith") and known abbreviations do not end sentences.
    return token in _ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper())


def _add_span(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# Past forms that do not end in -ed: a token among them is a verb.
_IRREGULAR_PAST = irregular_past()

# Clause boundaries (_strong_break below). Strong ones open a subordinate or reported
# clause, or a second verb phrase of one subject ('rocketed away last December and
# reached orbit in January': each date dates its own verb); weak ones (commas, colons)
# often only set off a phrase ("In January, Turkey ...").
# A verb in the past, and a verb of a second verb phrase, right after 'and'.
_PAST_VERB = rf"(?-i:[a-z]{{3,}}ed\b|(?:{'|'.join(sorted(_IRREGULAR_PAST))})\b)"
_SECOND_VERB = (
    rf"(?:(?-i:then\b|(?:has|have|had|was|were|is|are|will|would)\s+[a-z]|said\b|says\b)"
    rf"|{_PAST_VERB})"
)


def _and_before(verb: str) -> str:
    """'and' before a verb; after a comma a name may stand between them: ', and Park
    apologized the following day' (without the comma, 'Moscow and Ankara inked' is one
    subject). ('the court' there too was measured: modality +0.5 in sum, merge F1
    -0.015.)"""
    return rf"(?:and(?=\s+{verb})|(?<=,\s)and(?=\s+(?-i:[A-Z][a-z]+\s+){{1,2}}{verb}))"


_COORDINATED_VERB = _and_before(_SECOND_VERB)


# 'after' and 'before' a clock time ('shortly after noon today') belong to the date.
_TIME_AFTER_BEFORE = (
    r"(?:after|before)(?!\s+(?:noon|midnight|dawn|dusk|daybreak|sunrise|sunset|\d))")


def _strong_break(after_before: str = _TIME_AFTER_BEFORE) -> str:
    return (
        r"[;()\u2014\u2013]|\s-\s|[\"“”]|\b(?:that|which|who|whom|whose|while|whereas|because|"
        rf"although|though|but|{after_before}|when|where|as|{_COORDINATED_VERB})\b"
    )


_STRONG_BREAK = _strong_break()
_CLAUSE_BREAK = re.compile(rf"{_STRONG_BREAK}|[,:]", re.IGNORECASE)
_MATRIX_BREAK = re.compile(_STRONG_BREAK, re.IGNORECASE)
# For modality, 'before' and 'after' with a noun phrase are prepositions, which open no
# clause: in 'did not appear before the committee yesterday' the 'not' reaches the date.
_MODALITY_BREAK = re.compile(
    _strong_break(r"(?:after|before)(?!\s+(?:the|a|an|his|her|its|their)\b)") + "|[,:]",
    re.IGNORECASE)


# A short quoted phrase (a title, scare quotes: 'signed Executive Order 14028,
# "Improving the Nation's Cybersecurity," on May 15') is a name within the clause,
# not quoted speech opening another one.
_SHORT_QUOTE = re.compile(r"[\"“]([^\"“”]{1,60})[\"”]")
_SHORT_QUOTE_WORDS = 6


def _is_title(match: re.Match[str]) -> bool:
    """Whether a _SHORT_QUOTE match is short enough to be a name."""
    return len(match.group(1).split()) <= _SHORT_QUOTE_WORDS


def _title_quotes(text: str, start: int, end: int) -> frozenset[int]:
    """Where the quote marks of short quoted phrases in text[start:end] stand."""
    marks: set[int] = set()
    for match in _SHORT_QUOTE.finditer(text, start, end):
        if _is_title(match):
            marks.update((match.start(), match.end() - 1))
    return frozenset(marks)


def clause_span(text: str, sentence: tuple[int, int], expr: TimeExpr,
                breaks: re.Pattern[str] = _CLAUSE_BREAK,
                quoted_names: bool = True,
                inserted: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    """The clause of the sentence around the expression (the expression's own words
    never split). Unless `quoted_names`, a short quoted phrase bounds it too. Breaks
    inside the `inserted` spans (relative clauses set off before the expression) do
    not bound it."""
    s_start, s_end = sentence
    left, right = s_start, s_end
    titles = _title_quotes(text, s_start, s_end) if quoted_names else frozenset()
    for match in breaks.finditer(text, s_start, s_end):
        if match.start() in titles and match.end() - match.start() == 1:
            continue
        if any(a <= match.start() < b for a, b in inserted):
            continue
        if match.end() <= expr.start and text[match.end() : expr.start].strip():
            left = match.end()
        elif match.end() <= expr.start:
            continue  # the expression's own 'before'/'after': 'will be signed before 2021'
        elif match.start() >= expr.end:
            right = match.start()
            break
    right = _reported_clause_start(text, left, expr, right)
    return left, _relative_clause_end(text, left, expr, right)


_RELATIVE_OPENER = re.compile(r"\b(?:that|which|who)\s*$", re.IGNORECASE)
_FINITE = r"has|have|had|is|are|was|were|will|would|can|could|may|might|must|should"
_VERB_BEFORE = re.compile(rf"\b(?:{_FINITE}|[a-z]{{2,}}(?:ed|ing))\b")
_FINITE_AFTER = re.compile(rf"\s*(?:{_FINITE})\b")


def _relative_clause_end(text: str, left: int, expr: TimeExpr, right: int) -> int:
    """Where a relative clause holding the expression ends: 'the ship that had been
    blocking the canal since Tuesday | has been refloated'. The clause has its own
    verb before the date; a finite verb right after the date is the main clause's."""
    if not _RELATIVE_OPENER.search(text, max(0, left - 8), left):
        return right
    if not _VERB_BEFORE.search(text, left, expr.start):
        return right
    after = _FINITE_AFTER.match(text, expr.end, right)
    return expr.end if after else right


# 'said on Tuesday it would buy': a subject and its finite verb after a speech verb's
# date open the reported clause, with no 'that' to mark it.
_REPORT_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:on\s+|in\s+|late\s+|early\s+)?$")
_SUBJECT_AND_VERB = re.compile(
    rf"\s*,?\s+(?:(?:it|he|she|they|we|I)|(?:the|its|his|her|their|a|an)\s+[a-z\-]+(?:\s+[a-z\-]+)?"
    rf"|[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,3}})\s+(?:{_FINITE}|did|does|do)\b"
)


# 'on Wednesday signaled it would uphold': a past verb right after the date, then a
# pronoun and a modal, which open the reported clause.
_PAST_THEN_REPORTED = re.compile(
    r"\s+([a-z]+)\s+(?:that\s+)?(?:it|he|she|they|we|I)\s+"
    r"(?:would|will|could|might|may|should|must|was|were)\b")


def _reported_clause_start(text: str, left: int, expr: TimeExpr, right: int) -> int:
    """Where a reported clause with no 'that' starts after a speech verb and its date,
    or after the past verb that follows the date."""
    before = _REPORT_BEFORE.search(text, left, expr.start)
    if before is not None and _is_reporting(before.group(1)):
        after = _SUBJECT_AND_VERB.match(text, expr.end, right)
        return expr.end if after else right
    verb = _PAST_THEN_REPORTED.match(text, expr.end, right)
    if verb is not None and _past_form(verb.group(1)):
        return verb.end(1)
    speech = _WORD_AFTER.match(text, expr.end, right)
    if speech is not None and speech.group(1) in lexicon().saying:
        # 'Imran Khan on Friday said the induction would help': the date is the saying's.
        return speech.end(1)
    return right


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _is_reporting(word: str) -> bool:
    lex = lexicon()
    return lex.actions.get(action_lemma(word) or "", "") in lex.reporting


# A relative clause set off by commas: 'signed the contract, which also covered a
# frigate, on 16 March 2015'.
_SET_OFF_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;:]*,")


# A participial phrase set off after the subject, before the subject's finite verb:
# 'The boats, bought under a deal signed in 2013, were handed over in December 2016'.
_SUBJECT_PARTICIPLE = re.compile(
    rf",\s*(?:(?:also|[a-z]+ly)\s+)?{_PAST_VERB}[^,;:]*,(?=\s*(?:(?:{_FINITE})\b|{_PAST_VERB}))")
_VERB_IN_SUBJECT = re.compile(rf"(?<![\w-])(?:(?:{_FINITE})\b|{_PAST_VERB})")


def _set_off_relatives(text: str, sentence: tuple[int, int],
                      expr: TimeExpr) -> list[tuple[int, int]]:
    """The relative clauses set off by commas in the sentence before the expression, and
    a participial phrase set off after its subject: a date after one is the main verb's."""
    spans = [m.span() for m in _SET_OFF_RELATIVE.finditer(text, sentence[0], expr.start)]
    participle = _SUBJECT_PARTICIPLE.search(text, sentence[0], expr.start)
    if participle is not None and not _VERB_IN_SUBJECT.search(text, sentence[0],
                                                              participle.start()):
        spans.append(participle.span())
    return spans


def regions(text: str, sentence: tuple[int, int], expr: TimeExpr,
            inserted: Sequence[tuple[int, int]] = ()) -> tuple[tuple[int, int], ...]:
    """Where to look for what an expression dates, nearest first: its clause, the clause
    without its comma-set phrases, the sentence. The main clause reaches over the
    `inserted` relative clauses ('signed its first contract, which the Army calls the
    VIDAR, in December 2016, ordering 24 guns')."""
    return (
        clause_span(text, sentence, expr),
        clause_span(text, sentence, expr, _MATRIX_BREAK, inserted=inserted),
        sentence,
    )


# --- words --------------------------------------------------------------------

# Letters of any alphabet: 'Kuchyňa' is one word, not 'Kuchy' and 'a'.
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*|\d[\w-]*")
def lemma(word: str, vocabulary: dict[str, str]) -> str | None:
    """The base form of `word` that `vocabulary` knows: from the dictionary
    (`wordforms`), or for a word it does not know, by stripping regular inflections."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    forms = lookup_forms(w) if known(w) else _candidates(w)
    return next((form for form in forms if form in vocabulary), None)


@cache
def action_lemma(word: str) -> str | None:
    """`lemma` against the action lexicon; cached, as news repeats its words."""
    lex = lexicon()
    return None if word.lower() in lex.not_inflections else lemma(word, lex.actions)


@cache
def object_lemma(word: str) -> str | None:
    """`lemma` against the things acted on, which are nouns: a verb form is none of them
    ('striking pictures' names no strike, 'the dealing' no deal) unless listed as it is
    ('manufacturing')."""
    lex = lexicon()
    lowered = word.lower()
    if lowered in lex.not_inflections or (lowered.endswith(("ing", "ed"))
                                          and lowered not in lex.objects):
        return None
    return lemma(word, lex.objects)


def _candidates(w: str) -> tuple[str, ...]:
    out = [w]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e", w[:-4]]  # signing, finalizing, stopping
    if w.endswith("ed"):
        out += [w[:-2], w[:-1], w[:-3]]  # signed, finalized, stopped
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    return tuple(out)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str


def _tokens(text: str, start: int, end: int, skip: tuple[int, int]) -> list[_Token]:
    return [
        _Token(m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text, start, end)
        if m.end() <= skip[0] or m.start() >= skip[1]
    ]


# --- predicate ----------------------------------------------------------------


def words_by_region(text: str, spans: Sequence[tuple[int, int]], expr: TimeExpr,
                    inserted: Sequence[tuple[int, int]] = ()) -> list[list[_Token]]:
    """The words of each of the expression's `regions` (clause, main clause, sentence),
    without the expression's own words, nor those of the `inserted` relative clauses
    (_set_off_relatives): a date after such a clause is the main verb's."""
    return [
        [w for w in _tokens(text, *region, (expr.start, expr.end))
         if not any(a < w.start < b for a, b in inserted)]
        for region in spans
    ]


def predicate_and_action(token_sets: list[list[_Token]], expr: TimeExpr,
                         between: _Between | None = None) -> tuple[str, _Token | None]:
    """'<action> <object>' dated by the expression, searched from its clause outwards,
    and the word of its action. `between` holds the article's other dates, which may
    date words of the sentence themselves."""
    lex = lexicon()
    action_token, action = _action(token_sets, expr, lex, between)
    # What a speaker said is in another clause; what a deed was done to may be in its main
    # clause, and its subject anywhere before it ('The deliveries, which angered the
    # neighbours, started'), but not in a later clause of the sentence ('the chair,
    # appointed in 2017, found that makers had faked fire tests' appointed no test).
    own = next((i for i, ts in enumerate(token_sets) if action_token in ts), len(token_sets))
    near = max(own, 1) + 1
    searched = token_sets[:1] if action in lex.reporting else token_sets[:near] + [
        [t for t in ts if action_token is None or t.end <= action_token.start]
        for ts in token_sets[near:]
    ]
    object_token = next(
        (t for t in (_object(ts, action_token, expr, lex) for ts in searched) if t), None
    )
    obj = lex.objects[object_lemma(object_token.text) or ""] if object_token else ""
    # The instance is named near the action: "carried out a second strike" in 2014; for
    # a relative clause, in what it is said of ('a second phase of hearings that ran').
    home = next((ts for ts in token_sets if action_token in ts), token_sets[1])
    qualifier = _qualifier(_with_antecedent(home, token_sets[-1]), action_token, lex)
    key = " ".join(part for part in (action, obj) if part)
    key = lex.equivalents.get(key, key)
    return (f"{key} ({qualifier})" if qualifier and key else key), action_token


_RELATIVE_WORDS = frozenset(("that", "which", "who"))
_ANTECEDENT_WORDS = 4


def _with_antecedent(region: list[_Token], sentence: list[_Token]) -> list[_Token]:
    """A relative clause's words with the few words before it that it describes."""
    before = [t for t in sentence if t.end <= region[0].start] if region else []
    if not before or before[-1].text not in _RELATIVE_WORDS:
        return region
    if before[-1].text == "that" and not (len(before) > 1 and _noun_like(before[-2].text)):
        return region  # 'found that the dam failed', 'the third time that it collapsed'
    return before[-_ANTECEDENT_WORDS - 1 : -1] + region


_NOT_ANTECEDENTS = frozenset("time times day days year years moment week month".split())


def _noun_like(word: str) -> bool:
    """Whether a word before 'that' may be the noun a relative clause describes, not a
    verb whose content follows ('found that', 'said that') nor a time ('the first time
    that')."""
    lowered = word.lower()
    return (word.islower() and lowered not in _AUXILIARIES and lowered not in _NOT_ANTECEDENTS
            and not _past_form(lowered) and not _ing_form(lowered) and not _is_reporting(lowered))


def _action(token_sets: list[list[_Token]], expr: TimeExpr,
            lex: Lexicon, between: _Between | None = None) -> tuple[_Token | None, str]:
    """The action the expression dates, from its clause outwards. A noun the expression
    modifies comes first; then in each region a known content action wins, then any
    verb ('ran aground', 'reopened': its stem keys it), then a reporting verb: the
    clause's own verb is what its date dates."""
    sentence = token_sets[-1]
    noun = _dated_noun(sentence, expr)
    if noun is not None:
        # 'toured the site of the Feb. 3, 2023, derailment' dates the derailment.
        known = _action_of(sentence, sentence.index(noun), lex)
        return noun, known if known is not None else stem(noun.text)
    for region in token_sets:
        tokens = _without_attribution(region, expr)
        token, action = _nearest_action(tokens, expr, lex, between)
        if token is not None and _purpose(tokens, token, expr):
            # 'worked through Wednesday to free the ship' dates the work, not the freeing;
            # 'signed contracts on Friday to buy 180 tanks' dates the signing.
            before = [t for t in tokens if t.end <= expr.start]
            deed, deed_action = _nearest_action(before, expr, lex, between)
            if deed is not None and deed_action not in lex.reporting:
                return deed, deed_action
            done = _nearest_verb(before, expr, lex)
            if done is not None:
                return done, stem(done.text)
        verb = _nearest_verb(tokens, expr, lex)
        if token is not None and action not in lex.reporting:
            if verb is not None and _past_form(verb.text) and _bare_participle(tokens, token):
                # 'Alaska flew paying passengers on January 26' dates the flying.
                return verb, stem(verb.text)
            if verb is not None and _main_verb_nearer(tokens, verb, token, expr):
                # 'the boys rescued from the cave were discharged on Wednesday'
                return verb, stem(verb.text)
            return token, action
        if verb is not None:
            return verb, stem(verb.text)
        if token is not None:
            return token, action
    return None, ""


def _without_attribution(tokens: list[_Token], expr: TimeExpr) -> list[_Token]:
    """Without an 'according to' phrase after the date, to the end of the region: its
    source ('on Friday, according to state media') names no deed the date dates. One
    before the date leads into the clause told ('According to police the bomb exploded
    on Tuesday')."""
    for index in range(len(tokens) - 1):
        if (tokens[index].start >= expr.end and tokens[index].text.lower() == "according"
                and tokens[index + 1].text.lower() == "to"):
            return tokens[:index]
    return tokens


# Articles, possessives and demonstratives that make a date before a noun its modifier
# ('that' is left out: 'said that 2019 revenues grew' opens a clause).
_ATTRIBUTIVE_OPENERS = frozenset("the a an its their his her our this these those".split())


def _dated_noun(tokens: list[_Token], expr: TimeExpr) -> _Token | None:
    """The head of a noun phrase that the expression modifies after an article or a
    possessive ('the Feb. 3, 2023, derailment', 'the 2008 financial crisis'): what the
    date dates, and a trigger of the lexicon in the phrase is its head ('the 2015 bombing
    of the market'; after a full date's comma it may lie outside the expression's
    clause). None when the phrase goes on into a name ('the 2008 financial Times
    reporter') or follows a comma that is not a full date's ('During the 1990s, many
    companies' starts a clause)."""
    before = [t for t in tokens if t.end <= expr.start]
    after = [t for t in tokens if t.start >= expr.end]
    if not before or not after or before[-1].text.lower() not in _ATTRIBUTIVE_OPENERS:
        return None
    gap = after[0].start - expr.end
    if expr.start - before[-1].end > 1 or gap > len(", ") or (gap > 1 and "," not in expr.text):
        return None
    run: list[_Token] = []
    for token in after[:_NOUN_PHRASE_WORDS + 1]:
        if run and token.start - run[-1].end > 1:
            break  # a comma or a dash ends the phrase
        if not _plain_word(token.text):
            if token.text[:1].isupper():
                return None  # the phrase goes on into a name
            break
        if action_lemma(token.text) is not None:
            return token
        run.append(token)
    return run[-1] if run and len(run) <= _NOUN_PHRASE_WORDS else None


_NOUN_PHRASE_WORDS = 3  # 'the 2008 global financial crisis'


def _plain_word(word: str) -> bool:
    """A lower-case content word that may stand in a noun phrase (no verb form)."""
    return (word.isalpha() and word.islower() and len(word) >= 4 and not _past_form(word)
            and word not in _AUXILIARIES and word not in _PREPOSITIONS
            and word not in _DETERMINERS and word not in _TIME_CLAUSE_OPENERS)


def _main_verb_nearer(tokens: list[_Token], verb: _Token, trigger: _Token,
                      expr: TimeExpr) -> bool:
    """Whether an unknown verb after an auxiliary ('were discharged') stands between a
    participle trigger and the expression: it is the clause's verb, the participle only
    describes its subject ('the boys rescued from the cave')."""
    if not _past_form(trigger.text.lower()):
        return False  # 'the first blast was heard on Monday' dates the blast
    index = tokens.index(verb)
    if index == 0 or tokens[index - 1].text.lower() not in _AUXILIARIES:
        return False
    if tokens[index - 1].text.lower() == "to":
        return False
    return _distance(verb, expr) < _distance(trigger, expr) and (
        trigger.end <= verb.start <= expr.start or expr.end <= verb.start <= trigger.start
    )


_BE = frozenset("is are was were be been being 's".split())


def _bare_participle(tokens: list[_Token], token: _Token) -> bool:
    """Whether a trigger is an -ing form with no 'be' before it: it describes a noun
    ('paying passengers', 'a jet climbing out of Portland lost its plug'), and the
    clause's finite verb is what its date dates."""
    if not _ing_form(token.text.lower()):
        return False
    index = tokens.index(token)
    return index == 0 or tokens[index - 1].text.lower() not in _BE


def _purpose(tokens: list[_Token], token: _Token, expr: TimeExpr) -> bool:
    """Whether a trigger after the expression is a to-infinitive: what the dated act
    was for, not the act."""
    index = tokens.index(token)
    return token.start >= expr.end and index > 0 and tokens[index - 1].text.lower() == "to"


_AUXILIARIES = frozenset(
    "will would shall should can could may might must to did does do is are was were be been "
    "has have had".split()
)


def _nearest_verb(tokens: list[_Token], expr: TimeExpr, lex: Lexicon) -> _Token | None:
    """The token nearest the expression that looks like a verb the lexicon does not
    know here: a past form, or a word after an auxiliary ('reopened', 'ran', 'would
    reopen'); a lexicon word in another sense too ('cleared €4 billion for the program')."""
    verbs = [
        t for i, t in enumerate(tokens)
        if t.text.islower() and len(t.text) > 2 and t.text not in _AUXILIARIES
        and "-" not in t.text  # 'tennis-court-sized' is an adjective
        and (action_lemma(t.text) is None
             or (action_lemma(t.text) not in _LIGHT_VERBS and _action_of(tokens, i, lex) is None))
        and t.text not in _DETERMINERS  # 'is the lunar flyby'
        and t.text not in _PREPOSITIONS  # 'have until July 18 to complete'
        and not _adverb(tokens, i)  # 'had initially been set'
        and (_past_form(t.text) or _after_auxiliary(tokens, i) or _gerund(tokens, i))
        and not (i > 0 and tokens[i - 1].text.lower() in _NOUN_OPENERS)  # 'an unsolicited offer'
        and not _purpose(tokens, t, expr)  # 'in 2015 to speed up traffic'
    ]
    return min(verbs, key=lambda t: _distance(t, expr)) if verbs else None


# Lexicon words so light that, out of their sense, they date nothing of their own ('went
# to Paris', 'held a news conference', 'put it plainly').
_LIGHT_VERBS = frozenset("go put set hold".split())


# Verbs that end like adverbs.
_LY_VERBS = frozenset("apply supply reply rally comply multiply imply ally tally bully".split())


# Adverbs that do not end in -ly: 'were still pulling survivors', 'will now be held'.
_PLAIN_ADVERBS = frozenset(
    "still now already then also only even just too yet again ever never always often soon "
    "once later since".split())


def _adverb(tokens: list[_Token], i: int) -> bool:
    """An adverb before another lower-case word: 'had initially been set', 'will
    quickly reopen', 'were still pulling'."""
    word = tokens[i].text
    return ((word in _PLAIN_ADVERBS
             or (word.endswith("ly") and len(word) > 4 and word not in _LY_VERBS))
            and i + 1 < len(tokens) and tokens[i + 1].text.islower())


def _after_auxiliary(tokens: list[_Token], i: int) -> bool:
    """Whether an auxiliary stands right before the token, or before an adverb before it."""
    j = i - 1
    if j >= 0 and _adverb(tokens, j):
        j -= 1
    return j >= 0 and tokens[j].text.lower() in _AUXILIARIES


# An -ing form after these is a verb: 'notified the EU by triggering Article 50'.
_GERUND_OPENERS = frozenset("by after before while since without upon".split())


def _gerund(tokens: list[_Token], index: int) -> bool:
    return (index > 0 and _ing_form(tokens[index].text)
            and tokens[index - 1].text.lower() in _GERUND_OPENERS)


def _ing_form(word: str) -> bool:
    return word.endswith("ing") and stem(word) != word  # 'bring' is no -ing form


# Articles and possessives: an -ed word after them describes the noun that follows.
_NOUN_OPENERS = frozenset("the a an its their his her our your these those".split())
_PREPOSITIONS = frozenset(
    "until till through throughout since from into onto upon within without against among "
    "between across toward towards despite via per amid around over under beyond near "
    "than like".split()
)


def _past_form(word: str) -> bool:
    # 'speed', 'need', 'proceed' end in -ed without being past forms.
    return (word.endswith("ed") and not word.endswith("eed")) or word in _IRREGULAR_PAST


def _distance(token: _Token, expr: TimeExpr) -> int:
    return expr.start - token.end if token.end <= expr.start else token.start - expr.end


def _nearest_action(tokens: list[_Token], expr: TimeExpr, lex: Lexicon,
                    between: _Between | None = None) -> tuple[_Token | None, str]:
    """The trigger the expression most likely dates.

    Ranked by: a noun the expression modifies ('the 2022 explosions', 'Tuesday's
    collapse'); one with no other date between it and the expression ('the men who
    launched the revolution four decades ago in a rally Saturday': Saturday is not the
    launching); a content action before a reporting verb (the report's date is
    usually given in its own clause); a verb before a noun ('inked a deal in
    2017 on the delivery of' dates the inking); one not in a time clause opened after
    the expression ('quit in May after loyalists attacked protesters' dates the
    quitting); then nearness.
    """
    best: tuple[tuple[bool, bool, bool, bool, int, int], _Token, str] | None = None
    later_clause = _later_clause_start(tokens, expr)
    for index, token in enumerate(tokens):
        action = _action_of(tokens, index, lex)
        if action is None:
            continue
        modified = _modified_by(tokens, token, expr)
        if not modified and between is not None and between.dated_elsewhere(token, expr):
            # A date the word follows is its own ('the derailment on Friday'), unless the
            # expression modifies the word ('the Feb. 3, 2023, derailment on Friday').
            continue
        rank = (
            not (modified or _postmodified_by(tokens, index, expr, lex)),
            action in lex.reporting or _describes_by_agent(tokens, index, expr),
            _is_nominal(tokens, index, lex),
            token.start > later_clause,
            _words_between(tokens, index, expr),
            _distance(token, expr),
        )
        if best is None or rank < best[0]:
            best = (rank, token, action)
    if best is None:
        return None, ""
    agreed = _agreed_to(tokens, tokens.index(best[1]), lex)
    if agreed is None:
        return best[1], best[2]
    return tokens[agreed], lex.actions[action_lemma(tokens[agreed].text) or ""]


# What may join two time expressions that date one thing: a restatement ('on Monday,
# Sept. 12'), a range ('from January 2020 to November 2022'), a date and its time.
_JOINED = re.compile(r"(?:[\s,;:()/–—-]|\b(?:on|to|through|until|till|and|or|from|between|at"
                     r"|by|in|of|the)\b)*", re.IGNORECASE)


# A clause that leaves out the verb it shares with the one before ('Hope entered orbit
# on Feb. 9, and China's Tianwen-1 a day later'): 'and' and a name, no verb of its own.
# The gapped clause ends at its date, or with a source told after it (', officials said'):
# 'and Hamas Tuesday, in a statement, said' has a verb of its own.
_ENDS_CLAUSE = re.compile(r"[\"'”’)\]]*\s*(?:[.;:!?]|$|,\s+(?:[\w'’.-]+\s+){1,4}"
                          r"(?:said|says|say|reported|reports|added|announced|told)\b)")
_GAPPED = re.compile(r"\s*,?\s*(?:and|while)\s+(?:(?:the|its|their|his|her)\s+)?"
                     r"(?:[A-Z][\w.&-]*(?:['’]s)?\s+){1,4}")


# The same with the thing acted on in place of the doer: 'signed an agreement with Italy
# in September 2015 and the contract with Leonardo in April 2016'. A lowercase word then
# a preposition, with no verb between: 'and the boat sank in March' has its own.
_GAPPED_THING = re.compile(r"\s*,?\s*and\s+(?:the|its|their|his|her|a|an)\s+(?P<thing>[a-z]+)"
                           r"(?:\s+(?:with|for|from|of)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){1,4})?"
                           r"\s*(?:in|on)\s+")


def _gapped_thing(text: str, gap: tuple[int, int]) -> bool:
    """Whether the words between two dates are a gapped clause naming a thing, not a
    happening ('and the delivery in March 2017' tells its own deed)."""
    match = _GAPPED_THING.fullmatch(text, *gap)
    return match is not None and action_lemma(match.group("thing")) is None


class _Between:
    """An article's dating expressions, to see whether another stands between a word and
    the expression at hand: that nearer date is the word's own. Built once per article;
    the expressions between two places are found by bisection."""

    def __init__(self, text: str, exprs: Sequence[TimeExpr]) -> None:
        self.text = text
        # A duration dates nothing: 'sentenced to 36 years in prison in October 2014'.
        self.exprs = sorted((e for e in exprs if is_dating(e)), key=lambda e: e.start)
        self.starts = [e.start for e in self.exprs]

    def spans_in(self, span: tuple[int, int]) -> tuple[tuple[int, int], ...]:
        """The spans of the dating expressions that start inside `span`."""
        found = self.exprs[bisect_left(self.starts, span[0]):bisect_left(self.starts, span[1])]
        return tuple((e.start, e.end) for e in found)

    def dated_elsewhere(self, token: _Token, expr: TimeExpr) -> bool:
        before = token.end <= expr.start
        low, high = (token.end, expr.start) if before else (expr.end, token.start)
        inside = [other for other in self.exprs[bisect_left(self.starts, low):
                                                bisect_left(self.starts, high)]
                  if other.end <= high and not _same_time(other, expr)
                  and not _modifies_a_noun(self.text, other)]
        if not inside:
            return False
        nearest = inside[-1] if before else inside[0]
        gap = (nearest.end, expr.start) if before else (expr.end, nearest.start)
        if before and (_GAPPED.fullmatch(self.text, *gap) or _gapped_thing(
                self.text, gap)) and _ENDS_CLAUSE.match(self.text, expr.end):
            return False  # 'Hope entered orbit on Feb. 9, and Tianwen-1 a day later'
        return not _JOINED.fullmatch(self.text, *gap)


def _same_time(other: TimeExpr, expr: TimeExpr) -> bool:
    """Whether another expression is a clock time within this one's days: 'began at 6
    a.m. local time on Tuesday' dates one beginning. (Measured: counting any two equal
    or nested intervals as one time lost merges on the validation sets.)"""
    return (other.type == "TIME" and other.earliest is not None
            and other.earliest == other.latest and expr.earliest is not None
            and expr.latest is not None and expr.earliest <= other.earliest <= expr.latest)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$",
                                re.IGNORECASE)


def _modifies_a_noun(text: str, expr: TimeExpr) -> bool:
    """Whether the expression names which thing, after a determiner: 'ratified the 2015
    Paris accord on Monday', 'approved the 2023 budget on Tuesday'."""
    return _DETERMINER_BEFORE.search(text, max(0, expr.start - 8), expr.start) is not None


# Words that open a clause about another happening ('after loyalists attacked', 'because
# the vote failed').
_TIME_CLAUSE_OPENERS = frozenset("after before when while because until once".split())


def _later_clause_start(tokens: list[_Token], expr: TimeExpr) -> int:
    """Where the first clause opened after the expression starts (such a clause tells
    another happening at its own time), or past the end when there is none."""
    return next((t.start for t in tokens
                 if t.start >= expr.end and t.text.lower() in _TIME_CLAUSE_OPENERS),
                tokens[-1].end if tokens else expr.end)


# Actions whose object may be another deed, told after 'to': agreeing and approving.
_CONSENTS = frozenset(("agree", "decide"))


def _agreed_to(tokens: list[_Token], index: int, lex: Lexicon) -> int | None:
    """The index of the agreement or the approval when the trigger at `index` is what
    was agreed or approved ('agreed to buy Twitter in April', 'won US approval to buy 25
    jets in April'): the date is the consent's, which is the deed told."""
    if index < 2 or tokens[index - 1].text.lower() != "to":
        return None
    word = action_lemma(tokens[index - 2].text)
    return index - 2 if word is not None and lex.actions.get(word) in _CONSENTS else None


# Object pronouns a particle may follow: 'waved it through', 'called them off'.
_OBJECT_PRONOUNS = frozenset("it them him her this that".split())


def _action_of(tokens: list[_Token], index: int, lex: Lexicon) -> str | None:
    """The action class of the token at `index`: a phrasal verb's ('called off' is a
    cancellation, 'cut off' a trapping), else its word's, else None."""
    token = tokens[index]
    if lex.phrasal and token.text.islower():
        after = tokens[index + 1 : index + 4]
        if after and after[0].text.lower() in _OBJECT_PRONOUNS:
            after = after[1:]
        if after:
            key = (stem(token.text), after[0].text.lower())
            phrasal = lex.phrasal.get(key)
            blocked = lex.phrasal_not_before.get(key, frozenset())
            if phrasal is not None and not (len(after) > 1
                                            and after[1].text.lower() in blocked):
                return phrasal
    if index > 0 and token.text[:1].isupper():
        return None  # a name inside a clause: 'his seven Tour titles', 'Ban Ki-moon'
    word = action_lemma(token.text)
    if word is None or _names_a_kind(tokens, index, lex):
        return None
    if word in lex.commands and _tells_someone_to(tokens, index):
        return None  # 'a jury ordered Acme to pay' bought nothing
    needed = lex.senses.get(word)
    if needed is not None and not any(
        lex.objects.get(object_lemma(t.text) or "") in needed for t in tokens
    ):
        return None  # 'cleared the tower' decides nothing: nothing is approved
    return lex.actions[word]


_COMMAND_DETERMINERS = frozenset("the its his her their".split())
_PERSONAL_PRONOUNS = frozenset("him her us me".split())


def _tells_someone_to(tokens: list[_Token], index: int) -> bool:
    """Whether the word at `index` tells someone to act: whom it tells, then 'to' and a
    verb. Whom is a personal pronoun ('ordered him to leave'), a name ('ordered Acme to
    pay') or one of its bodies ('ordered the army to withdraw'); not things, which are
    bought ('ordered Rafales to replace its MiGs', 'ordered them to', 'ordered 36 jets
    to'): a plural, 'them' or a number is no command. (A passive order, 'Acme was ordered
    to pay', is not caught here.)"""
    after = tokens[index + 1 : index + 6]
    to = next((k for k, t in enumerate(after) if t.text == "to"), None)
    if not to or to + 1 >= len(after) or not after[to + 1].text.islower():
        return False
    whom = after[:to]
    if whom[-1].text.endswith("s"):
        return False  # 'Rafales', 'the jets', 'the troops': things as likely as people
    if to == 1 and whom[0].text.lower() in _PERSONAL_PRONOUNS:
        return True
    if all(t.text[:1].isupper() for t in whom):
        return True
    return whom[0].text.lower() in _COMMAND_DETERMINERS and len(whom) <= 4


def _names_a_kind(tokens: list[_Token], index: int, lex: Lexicon) -> bool:
    """Whether the trigger, a bare noun, modifies the noun right after it, naming a kind
    of thing ('nuclear-powered attack submarines', 'the supply chain'): no happening is told.
    Not a verb and its object ('will deliver aircraft', 'to test drones', 'rebels attack
    ships')."""
    word, after = tokens[index].text, tokens[index + 1] if index + 1 < len(tokens) else None
    if after is None or after.start - tokens[index].end != 1 or not after.text.islower():
        return False
    if stem(word.lower()) != word.lower() or stem(after.text) not in lex.kind_heads:
        return False
    if index == 0 or _apart(tokens[index - 1], tokens[index]):
        return True
    before = tokens[index - 1].text
    return before.islower() and before not in _VERB_OPENERS


_DETERMINERS = frozenset(
    "the a an its their his her our your this that these those of on for with about "
    "following after before during by".split()
)


def _is_nominal(tokens: list[_Token], index: int, lex: Lexicon) -> bool:
    """Whether a trigger is used as a noun: by its form, or after a determiner,
    preposition or possessive."""
    word = tokens[index].text.lower()
    if word in lex.nominal_words or word.endswith(lex.nominal_suffixes):
        return True
    if index == 0 or _apart(tokens[index - 1], tokens[index]):
        # Nothing of its own phrase before it: 'on Friday refused' (the date between)
        # puts no preposition before 'refused'; a past form is the verb.
        return not _past_form(word)
    before = tokens[index - 1].text
    if before.lower() in _DETERMINERS or before.endswith(("'s", "’s")):
        return True
    if _ing_form(word) and index >= 2 and _after_determiner_and_adjective(tokens, index):
        return True  # 'at a private meeting', 'the formal signing'
    # An uninflected form with no auxiliary or pronoun before it is a noun in news
    # prose ('its $69 billion purchase of'); its verb would read 'will purchase'. A past
    # form that is its own base ('her brother quit', 'the mine hit') is the verb.
    return (stem(word) == word and before.lower() not in _VERB_OPENERS
            and word not in _IRREGULAR_PAST)


def _apart(first: _Token, second: _Token) -> bool:
    """Whether more than a space or a comma stands between two tokens of a region: the
    time expression, which the tokens leave out."""
    return second.start - first.end > len(", ")


_VERB_OPENERS = _AUXILIARIES | frozenset("i we you they not never also".split())


def _after_determiner_and_adjective(tokens: list[_Token], index: int) -> bool:
    """Whether a determiner and one plain lowercase word (an adjective, not an adverb or
    a participle) stand right before the token: 'a private meeting'."""
    modifier = tokens[index - 1].text
    return (tokens[index - 2].text.lower() in _NOUN_OPENERS and modifier.islower()
            and not modifier.endswith(("ly", "ed")))


def _describes_by_agent(tokens: list[_Token], index: int, expr: TimeExpr) -> bool:
    """Whether a past participle after a noun, with its agent, describes that noun ('a
    panel set up by the company reported on Dec. 14'): the deed is over, and a verb of the
    clause dates as surely as it does, a report included. Not a finite passive ('was set
    up by'), nor 'by' before the date itself ('signed by Friday')."""
    word = tokens[index].text
    if index == 0 or not _past_form(word.lower()) or tokens[index - 1].text.lower() in _AUXILIARIES:
        return False
    for after in tokens[index + 1 : index + 3]:
        if after.text.lower() == "by":
            return expr.start - after.end > 1
    return False


def _modified_by(tokens: list[_Token], token: _Token, expr: TimeExpr) -> bool:
    """Whether the expression stands right before the word, as its modifier: 'the
    2022 explosions', 'Tuesday's collapse' (at most a possessive between; the tokens
    hold no punctuation, so it is told by its width). Not a past form ('2022
    ruptured'), nor an -ing form after a phrase of time ('won power in January pledging
    to', where the pledging goes with the winning) or a comma ('On Monday, voting
    stations opened')."""
    word = token.text
    gap = token.start - expr.end
    if not (0 <= gap <= len("'s ") and word[:1].islower() and not _past_form(word)):
        return False
    if not _ing_form(word.lower()):
        return True
    if gap == len("'s "):
        return True  # a possessive's noun: "Tuesday's bombing"
    if gap == len(", "):
        return False  # 'On Monday, voting stations opened'
    if expr.text.split(" ", 1)[0].lower() in _DATING_PREPOSITIONS:
        return False
    before = [t for t in tokens if t.end <= expr.start]
    return not before or before[-1].text.lower() not in _DATING_PREPOSITIONS


_DATING_PREPOSITIONS = frozenset("on in of during at".split())


def _postmodified_by(tokens: list[_Token], index: int, expr: TimeExpr, lex: Lexicon) -> bool:
    """Whether the expression is a phrase inside a subject it follows: 'the blasts on
    September 26 ruptured the pipes', 'the attack on Monday killed five' date the blasts
    and the attack. A verb must follow the expression, else the phrase may date the
    clause ('carried out the attack on Monday')."""
    if index + 2 >= len(tokens) or not _is_nominal(tokens, index, lex):
        return False
    preposition, after = tokens[index + 1], tokens[index + 2]
    return (
        preposition.text.lower() in _DATING_PREPOSITIONS
        and preposition.end <= expr.start
        and after.start >= expr.end
        and _starts_verb_phrase(after.text)
    )


def _starts_verb_phrase(word: str) -> bool:
    return word.islower() and (word in _AUXILIARIES or _past_form(word))


def _words_between(tokens: list[_Token], index: int, expr: TimeExpr) -> int:
    if tokens[index].end <= expr.start:
        return sum(1 for t in tokens[index + 1 :] if t.end <= expr.start)
    return sum(1 for t in tokens[:index] if t.start >= expr.end)


def _object(tokens: list[_Token], action: _Token | None, expr: TimeExpr,
            lex: Lexicon) -> _Token | None:
    """The thing acted on: the first object word after the action (its direct object),
    else the nearest before it (a subject: 'deliveries started')."""
    # A capitalised word inside the clause belongs to a name ('Tata Consultancy Services').
    found = [t for i, t in enumerate(tokens) if t != action
             and (i == 0 or not t.text[:1].isupper() or t.text.isupper())  # 'an MOU'
             and object_lemma(t.text) is not None]
    if not found:
        return None
    if action is None:
        return min(found, key=lambda t: _distance(t, expr))
    return min(found, key=lambda t: (t.start < action.start, abs(t.start - action.start)))


def _qualifier(tokens: list[_Token], action: _Token | None, lex: Lexicon) -> str:
    """The instance named nearest the action: 'a second strike', 'struck again'; 'the
    first blast' names the first, which is what an unqualified mention means.

    An ordinal before a name belongs to the name ('the second Lagrange point', 'its
    new James Webb telescope'), one before an actor names a new actor ('the new owner'),
    and 'again' qualifies only the action it follows
    ('refloated and moving again' is not a second refloating); any other qualifier right
    after the action is a rank ('finished second in the first round'), but a post's
    ('appointed acting president'). An interim post is
    another instance of taking it up ('sworn in as interim president')."""
    found = [
        token for index, token in enumerate(tokens)
        if token.text.lower() in lex.qualifiers
        and not _in_idiom(tokens, index, lex)
        and (_names_a_post(tokens, index, action, lex)
             if token.text.lower() in lex.qualifiers_of_role
             else not _before_name_or_actor(tokens, index, lex))
        and (token.text.lower() not in lex.qualifiers_event_only
             or _before_happening(tokens, index))
        and (token.text.lower() in lex.qualifiers_of_role
             or (_follows_action(tokens, index, action)
                 == (token.text.lower() in lex.qualifiers_after)))
    ]
    if not found:
        return ""
    anchor = action.start if action is not None else found[0].start
    nearest = min(found, key=lambda t: abs(t.start - anchor))
    return lex.qualifiers[nearest.text.lower()]


def _in_idiom(tokens: list[_Token], index: int, lex: Lexicon) -> bool:
    """Whether the qualifier word ends a phrase that names no instance ('sign by 31 March
    at the latest')."""
    words = " ".join(t.text.lower() for t in tokens[max(0, index - 2) : index + 1])
    return words in lex.qualifier_idioms


def _follows_action(tokens: list[_Token], index: int, action: _Token | None) -> bool:
    """Whether the word stands right after the action, or after its object pronoun
    ('arrested him again')."""
    before = tokens[max(0, index - 2) : index]
    if before and before[-1].text.lower() in _OBJECT_PRONOUNS:
        before = before[:-1]
    return bool(before) and before[-1] == action


def _names_a_post(tokens: list[_Token], index: int, action: _Token | None,
                  lex: Lexicon) -> bool:
    """Whether a post's qualifier ('interim') names the post taken up: after 'as', or
    with an appointment ('appointed acting president'), not a title of who is acted on
    ('charged caretaker Prime Minister Diab')."""
    if index > 0 and tokens[index - 1].text.lower() == "as":
        return True
    word = action_lemma(action.text) if action is not None else None
    return word is not None and lex.actions.get(word) == "elect"


_HEAD_WORDS = 2  # how far after a qualifier its noun may stand ('a new S-400 deal')


def _before_happening(tokens: list[_Token], index: int) -> bool:
    """Whether a word for a happening or a thing acted on follows the qualifier."""
    return any(action_lemma(t.text) is not None or object_lemma(t.text) is not None
               for t in tokens[index + 1 : index + 1 + _HEAD_WORDS])


def _before_name_or_actor(tokens: list[_Token], index: int, lex: Lexicon) -> bool:
    """Whether the token after `index` is a name or names who acts ('owner')."""
    if index + 1 >= len(tokens):
        return False
    after = tokens[index + 1].text
    return after[:1].isupper() or after.lower() in lex.qualifiers_not_before


# --- participants ---------------------------------------------------------------

# A capitalised run; a possessive ends it ("Baltimore's Key Bridge" is two names).
_NAME = re.compile(
    r"[A-Z](?:[^\W_]|[.-])*(?:['’][^\W\d_]+)?"
    r"(?:(?<!['’]s)\s+(?:of\s+|the\s+)?[A-Z](?:[^\W_]|[.-])*(?:['’][^\W\d_]+)?)*"
    r"|[A-Za-z]+-\d+[A-Za-z]*"
)


def participants(sentence_text: str, offices: bool = False) -> tuple[str, ...]:
    """Named parties of a sentence, countries normalised ('Ankara', 'Turkish' -> 'Turkey').

    With `offices`, an institution named only by role words counts too ('the Security
    Council', 'the Health Ministry'): it tells who acted, but not that two sentences
    speak of one party, as every country has a Health Ministry."""
    lex = lexicon()
    found: set[str] = set()
    # Matched on the text with its accents folded letter for letter, so that a name may
    # open with any capital ('Žilina'); the name keeps its own spelling.
    for match in _NAME.finditer(fold_letters(sentence_text)):
        phrase = _POSSESSIVE.sub("", sentence_text[match.start():match.end()].rstrip("."))
        named = _name_parts(phrase, lex) + _acronym(phrase, lex)
        found.update(named or (_institution(phrase, lex) if offices else ()))
    return tuple(sorted(found))


def _institution(phrase: str, lex: Lexicon) -> list[str]:
    """A name made only of role words that ends in an organisation's head word ('the
    Security Council', 'the State Department'): the institution itself, though none of
    its words is a party alone."""
    words = phrase.split()
    if not words or words[-1] not in lex.name_heads:
        return []
    start = len(words) - 1
    inner = lex.name_inner | lex.name_heads
    while start > 0 and words[start - 1] in inner:
        start -= 1
    return [" ".join(words[start:])] if start < len(words) - 1 else []


_CONNECTORS = frozenset(("of", "and", "for", "&"))
_ACRONYM_WORDS = 3


def _acronym(phrase: str, lex: Lexicon) -> list[str]:
    """The initials of an organisation's name of three or more words, role words and
    all ('National Transportation Safety Board' -> 'NTSB'): outlets write either. The
    name is the run's last words that are names or organisation words, and it ends in
    an organisation's head word; 'of' inside it gives no letter ('Federal Bureau of
    Investigation' -> 'FBI')."""
    words = phrase.split()
    name: list[str] = []
    for word in reversed(words):
        if word in _CONNECTORS and name:
            continue
        org = word in lex.name_inner or (word[:1].isupper() and word not in lex.not_entities
                                         and word.lower() not in lex.aliases)
        if not org:
            break
        name.append(word)
    while name and name[-1] in _CONNECTORS:
        name.pop()
    name = _without_country(name, lex)
    letters = "".join(w.replace(".", "") if w.isupper() else w[0] for w in reversed(name))
    if len(name) < _ACRONYM_WORDS or not letters.isalpha() or not letters.isupper():
        return []
    if name[0] not in lex.name_heads:
        return []
    return [letters]


def _without_country(reversed_name: list[str], lex: Lexicon) -> list[str]:
    """The name (words in reverse) without a country that opens it: 'United States
    Federal Aviation Administration' is written 'FAA', the country apart."""
    for k in range(min(3, len(reversed_name) - 1), 0, -1):
        opening = " ".join(reversed(reversed_name[-k:]))
        if opening.lower() in lex.aliases:
            return reversed_name[:-k]
    return reversed_name


_POSSESSIVE = re.compile(r"['’]s$")
# Words of a name; a hyphen between two capitalised words joins two names.
_NAME_SPLIT = re.compile(r"(\s+|-(?=[A-Z][a-z]))")


def _name_parts(phrase: str, lex: Lexicon) -> list[str]:
    """Split a capitalised run into parties: countries by any of their names, and whole
    names between role words ('Turkish President Recep Tayyip Erdogan' -> Turkey,
    'Recep Tayyip Erdogan'). A name stays whole: 'Quarrier Mining' is not 'Quarrier Arms'.
    The phrase comes without its final period and possessive."""
    whole = _alias(phrase, lex)
    if whole:
        return [whole]
    parts: list[str] = []
    run: list[str] = []
    for word in _NAME_SPLIT.split(phrase):
        if word == "-":
            _flush(run, parts, lex)
            continue
        word = _POSSESSIVE.sub("", word.strip(".-'’‘\"“”"))
        if not word.strip():
            continue
        country = _alias(word, lex) or lex.aliases.get(word.split("-")[0].lower())
        if country and not run:
            parts.append(country)  # "Russian-made", "Turkish President"
            continue
        if not word or word in lex.not_entities or word.lower() in ("of", "the", "and"):
            _flush(run, parts, lex)
            continue
        run.append(word)
    _flush(run, parts, lex)
    return parts


def _alias(name: str, lex: Lexicon) -> str | None:
    """The country a name stands for; an initialism that lost its final period at the
    end of the run ('the U.S. mainland' -> 'U.S') is looked up with it."""
    key = name.lower()
    return lex.aliases.get(key) or (lex.aliases.get(key + ".") if "." in key else None)


def _flush(run: list[str], parts: list[str], lex: Lexicon) -> None:
    if run:
        name = " ".join(run)
        canonical = lex.aliases.get(name.lower())
        if canonical or len(name) > 1:
            parts.append(canonical or name)
        run.clear()


def same_party(a: str, b: str) -> bool:
    """Whether two participant names can be one party: equal, or one name's words all
    in the other's ('Erdogan', 'Recep Tayyip Erdogan'). A name in capitals of six
    letters or more, or of several words, is the same name in any case (a dateline or a
    headline: "L'AQUILA", "L'Aquila"); a short one is an acronym ('SWIFT' is no Swift,
    'NICE' no Nice)."""
    if a == b:
        return True
    a, b = fold(a), fold(b)  # 'Erdoğan' is 'Erdogan'
    if _in_capitals(a) or _in_capitals(b):
        a, b = a.casefold(), b.casefold()
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


def _in_capitals(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return name.isupper() and (len(letters) >= 6 or " " in name.strip())


def share_party(a: Iterable[str], b: Iterable[str]) -> bool:
    others = list(b)
    return any(same_party(x, y) for x in a for y in others)


# --- modality -------------------------------------------------------------------


def modality(clause_text: str, expr: TimeExpr, published: date | None) -> str:
    """asserted, expected, negated or hypothetical, from the clause's cues and the calendar."""
    cues = lexicon().cues
    if cues["hypothetical"].search(clause_text):
        return "hypothetical"
    if cues["negated"].search(clause_text):
        return "negated"
    if any(not _attributive(clause_text, cue) and not _finite_past(clause_text, cue)
           for cue in cues["expected"].finditer(clause_text)):
        return "expected"
    # Nothing after the day of writing can have been observed, nor a deadline still
    # running ('a deadline of May 1', written in April) been met.
    first = expr.earliest if expr.earliest is not None else expr.latest
    if published is not None and first is not None and first > published:
        return "expected"
    return "asserted"


# 'since' and up to three words before the date ('since an initial blast five days earlier').
_SINCE_PHRASE = re.compile(r"\bsince\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# A sentence that opens with a condition: its main clause holds only if the condition
# does ('If they failed, the trial would be held in November').
_CONDITION_FIRST = re.compile(r"\s*(?:If|Unless|Should|Were|Had)\b[^,;:.]{1,160},")


def _modality_in(text: str, sentence: tuple[int, int], expr: TimeExpr,
                 published: date | None) -> str:
    """The modality of the clause around the expression, or hypothetical after an
    opening condition."""
    condition = _CONDITION_FIRST.match(text, sentence[0], sentence[1])
    if (condition is not None and condition.end() <= expr.start
            and not _PLAN_CUE.search(text, condition.end(), expr.start)):
        return "hypothetical"
    clause = _deed_clause(text, expr, clause_span(text, sentence, expr, _MODALITY_BREAK))
    # 'whether' after the date opens the question asked, not a condition on the date:
    # 'expect to know next week whether the sampler holds'.
    question = _WHETHER.search(text, expr.end, clause[1])
    right = question.start() if question is not None else clause[1]
    # After the date, 'after' or 'before' opens the time clause of another happening even
    # with a noun phrase: 'placed in administration on Sunday after a weekend of talks
    # failed' asserts the administration.
    later = _LATER_TIME_CLAUSE.search(text, expr.end, right)
    right = later.start() if later is not None else right
    # So does a negated infinitive: what was ordered or asked ('ordered railways later that
    # month not to leave trains unattended' asserts the order).
    ordered = _NOT_TO.search(text, expr.end, right)
    right = ordered.start() if ordered is not None else right
    # The subject right before the clause tells a finite verb ('who proposed it in 1964').
    subject = _SUBJECT_BEFORE.search(text, max(sentence[0], clause[0] - 8), clause[0])
    lead = subject.group() if subject is not None else ""
    clause_text = lead + text[clause[0] : expr.start] + " " + text[expr.end : right]
    # A title's words ('set out the "growth plan" on 23 September') are a name, no cue.
    clause_text = _SHORT_QUOTE.sub(_blank_title, clause_text)
    if not text[expr.end : sentence[1]].rstrip().endswith("?"):
        # Nor are a name's ('Will Smith', 'Planned Parenthood'); a question may open with
        # a modal before a name ('Will Russia invade?').
        clause_text = _NAME_WORD.sub(lambda m: " " * len(m.group()), clause_text)
    told = modality(clause_text, expr, published)
    if told == "hypothetical" and _SINCE_PHRASE.search(text, max(clause[0], expr.start - 40),
                                                       expr.start):
        # What a 'since' phrase counts from has happened, whatever may follow it: 'could
        # steer it out of its worst recession since the 1930s' ('has not delivered one
        # since March' stays negated).
        return "asserted"
    if told == "asserted" and lexicon().cues["moved_from"].search(
            text, max(0, expr.start - _MOVED_FROM_CHARS), expr.start):
        return "expected"  # 'pushed back from September': the overtaken plan
    return told


def _deed_clause(text: str, expr: TimeExpr, clause: tuple[int, int]) -> tuple[int, int]:
    """The time clause of a deed done, when 'after' or 'before' opens one around the date:
    'will buy 20 more jets after the committee approved a plan on Friday' asserts the
    approval, 'after the Pentagon on Friday awarded the company a contract' the award.
    (An 'after' before a noun phrase alone, 'after the talks on Friday', opens none.)"""
    openers = list(_AFTER_DETERMINER.finditer(text, clause[0], expr.start))
    if not openers:
        return clause
    opener = openers[-1]
    deed = _DEED_VERB.search(text, opener.end(), min(clause[1], expr.end + _DEED_CHARS))
    return (opener.start(), clause[1]) if deed is not None else clause


_AFTER_DETERMINER = re.compile(r"\b(?:after|before)\s+(?:the|a|an|his|her|its|their)\s",
                               re.IGNORECASE)
# A past verb with its object: 'approved a', 'awarded the company' (not a passive, 'is
# granted a permit', nor 'exceed the').
_DEED_VERB = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"\b(?![a-z]*eed\b)[a-z]{3,}ed\s+(?:(?:the|a|an|its|his|her|their)\b|[$€£\d])")
_DEED_CHARS = 60  # how far after the date the time clause's verb may stand


# How far before the date 'pushed back from' is looked for (it ends right at the date).
_MOVED_FROM_CHARS = 60


_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
_LATER_TIME_CLAUSE = re.compile(rf"\b{_TIME_AFTER_BEFORE}\b", re.IGNORECASE)
# Not after a copula: 'the match on Saturday is not to go ahead' stays negated.
_NOT_TO = re.compile(r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)"
                     r"\b(?:not|never)\s+to\b", re.IGNORECASE)
# A schedule under an opening condition is still a plan: 'If no petition is filed, he is
# scheduled to be sworn in on August 29'.
_PLAN_CUE = re.compile(r"\b(?:is|are)\s+(?:scheduled|due|set)\s+to\b|\bplans?\s+to\b",
                       re.IGNORECASE)


# A capitalised word before another: part of a name, not a cue.
_NAME_WORD = re.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|His|Her|Its|Their|Our|In|On|At|For|From|By|"
    r"With|And|But|Of|To|As|After|Before|When|While|If|Unless|Once|Until|Since|Because|"
    r"Although|Though|Perhaps|Maybe|Possibly|Could|Would|Should|Might|Must|Can)\b)"
    r"[A-Z][a-z]+(?=\s+[A-Z][a-z])")


def _blank_title(match: re.Match[str]) -> str:
    return " " * len(match.group()) if _is_title(match) else match.group()


_MODIFIER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s?)\s+$",
                              re.IGNORECASE)
# The noun may follow a price ("Kroger's proposed $24.6 billion takeover").
_NOUN_AFTER = re.compile(
    r"\s+(?:[$€£]?\d[\d.,]*(?:\s*(?:billion|million|bn|m|trillion))?[\s-]+)?[a-z][a-z\-]+")
# A determiner or possessive, then up to two modifiers (group 1), after a sum ('a 3.94
# trillion won plan').
_NOUN_MODIFIED_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|['’]s?)((?:\s+[$€£]?\d[\d.,]*"
    r"(?:\s+(?:billion|million|trillion|bn))?)?(?:\s+[\w-]+){0,2})\s+$",
    re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
_WORD_RE = re.compile(r"\b[a-z]+\b")


def _noun_cue(clause_text: str, cue: re.Match[str]) -> bool:
    """Whether a cue that may be a noun is one here: right after a determiner or a
    possessive ('the plans'), or after modifiers too ("FTX's reorganization plan")
    unless 'to' follows, when it is as likely a verb ('the company plans to')."""
    before = _NOUN_MODIFIED_BEFORE.search(clause_text, 0, cue.start())
    if before is None:
        return False
    return not before.group(1) or not _TO_AFTER.match(clause_text, cue.end())


_SUBJECT_BEFORE = re.compile(r"\b(?:who|he|she|they|it|we|I)\s*$", re.IGNORECASE)
_PLAN_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:to|for)\b", re.IGNORECASE)


def _finite_past(clause_text: str, cue: re.Match[str]) -> bool:
    """Whether a cue that may name a past act (modality.toml `acts`) is the past verb of
    its subject: 'one of the physicists who proposed the mechanism in 1964'. Not when
    'to' or 'for' follows, which keeps the plan ('who proposed it for March')."""
    return (cue.group().lower() in lexicon().act_cues
            and _SUBJECT_BEFORE.search(clause_text, 0, cue.start()) is not None
            and not _PLAN_AFTER.match(clause_text, cue.end()))


def _attributive(clause_text: str, cue: re.Match[str]) -> bool:
    """Whether a cue only names or describes a thing in a clause whose own verb is past:
    'blocked Microsoft's proposed takeover on Wednesday' and 'signed off on FTX's
    reorganization plan yesterday' plan nothing."""
    if cue.group().lower() in lexicon().noun_cues:
        if not _noun_cue(clause_text, cue):
            return False
    elif not (_MODIFIER_BEFORE.search(clause_text, 0, cue.start())
              and _NOUN_AFTER.match(clause_text, cue.end())):
        return False
    rest = clause_text[: cue.start()] + " " + clause_text[cue.end() :]
    return any(_past_form(m.group()) for m in _WORD_RE.finditer(rest))


# --- claims ---------------------------------------------------------------------


def is_dating(expr: TimeExpr) -> bool:
    """Whether the expression places something on the calendar (not a duration, not 'now');
    a stretch with its closing day ('the six months ended Aug. 12') does."""
    if expr.type == "DURATION":
        return expr.earliest is not None and expr.latest is not None
    return expr.type in _DATING_TYPES and expr.value not in _VAGUE_VALUES


def _closing_days(text: str, exprs: Sequence[TimeExpr]) -> frozenset[int]:
    """Indexes of the days that close the period told right before them ('the quarter
    ended Sept. 30'), and of the periods that a part told right before them is counted in
    ('the first nine months of last year'): they date that period or part, which has its
    own claim, not a happening."""
    return frozenset(k for k in range(1, len(exprs))
                     if ends_period(text, exprs[k - 1], exprs[k])
                     or (holds_part(text, exprs[k - 1], exprs[k])
                         and exprs[k - 1].earliest is not None))  # the engine dated it


def extract_claims(article: Article, exprs: Sequence[TimeExpr]) -> tuple[Claim, ...]:
    """One claim per time expression that dates something in the article's body."""
    text = article.text
    sentences = sentence_spans(text)
    claims: list[Claim] = []
    # Per sentence: the day of its report and where the report's date ends.
    reported_at: dict[tuple[int, int], tuple[date, int]] = {}
    between = _Between(text, exprs)
    closing = _closing_days(text, exprs)
    calendar = _calendar_dates(text, exprs)
    for index, expr in enumerate(exprs):
        if (not is_dating(expr) or index in closing or index in calendar
                or _excluded(expr, article.dating.excluded)):
            continue
        sentence = _sentence_of(sentences, expr, text)
        mode = _modality_in(text, sentence, expr, article.reference)
        inserted = _set_off_relatives(text, sentence, expr)
        spans = regions(text, sentence, expr, inserted)
        # 'the quarter ended Sept. 30', 'the first nine months of last year': the words up
        # to the closing day or the whole period are part of the date, not what it dates.
        told = replace(expr, end=exprs[index + 1].end) if index + 1 in closing else expr
        words = words_by_region(text, spans, told, inserted)
        pred, action = predicate_and_action(words, expr, between)
        if not _reports_itself(text, expr, sentence):
            report = _report_over(text, reported_at.get(sentence), expr)
            mode = _future_of_report(mode, expr, pred, report)
        if pred.split(" ")[0] in lexicon().reporting and expr.latest is not None:
            reported_at[sentence] = (expr.latest, expr.end)
        dates = between.spans_in(sentence)
        names = participants(_body_only(text, sentence, article.dating.excluded, dates))
        claims.append(
            Claim(
                id=f"{article.id}:{expr.start}-{expr.end}",
                article=article.id,
                timex=expr,
                modality=mode,
                sentence=text[sentence[0] : sentence[1]],
                sentence_start=sentence[0],
                predicate=pred,
                participants=names,
                context=context_terms(words, expr, names, pred),
                doers=_doers(text, spans, words, action, article.dating.excluded, dates),
            )
        )
    return tuple(claims)


def _doers(text: str, spans: Sequence[tuple[int, int]], token_sets: list[list[_Token]],
           action: _Token | None, excluded: tuple[tuple[int, int], ...],
           dates: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The parties named before the dated action in the smallest region that holds it
    (`spans` are the regions, `token_sets` their words): its subject, as a rule
    ('Philippine President Joseph Estrada on Tuesday condemned')."""
    if action is None or not action.text[:1].islower():
        return ()
    for (start, _), tokens in zip(spans, token_sets, strict=True):
        if action in tokens:
            if _is_nominal(tokens, tokens.index(action), lexicon()):
                return ()  # 'since his arrest on Dec. 12': what stands before names no doer
            subject = _body_only(text, (start, action.start), excluded, dates)
            return participants(_without_common_opener(subject), offices=True)
    return ()


_FIRST_WORD = re.compile(r"\s*([A-Z][a-z]+)\b")


# Groups named by a common noun that may open a sentence with a capital.
_COMMON_GROUPS = frozenset("police military army navy staff crew government".split())


def _without_common_opener(clause: str) -> str:
    """The clause without a common noun for a group that opens it with a capital ('Rebels
    shelled', 'Gunmen attacked', 'Police arrested'): no name of a doer, though
    `participants` keeps it. A name that is also a word ('China', 'Apple', 'Bush') stays."""
    first = _FIRST_WORD.match(clause)
    if first is None:
        return clause
    word = first.group(1).lower()
    group = word in _COMMON_GROUPS or (word.endswith(("s", "men")) and known(word))
    if not group or word in lexicon().aliases:
        return clause
    return clause[: first.start(1)] + " " * len(first.group(1)) + clause[first.end(1) :]


def clause_countries(claim: Claim) -> frozenset[str]:
    """The countries named in the claim's clause with its main clause (a subordinate
    clause such as 'after China and the EU had done so' names other doers): the merge
    stage tells two happenings apart by them."""
    lex = lexicon()
    offset = claim.sentence_start
    expr = replace(claim.timex, start=claim.timex.start - offset, end=claim.timex.end - offset)
    start, end = clause_span(claim.sentence, (0, len(claim.sentence)), expr, _MATRIX_BREAK)
    return frozenset(p for p in participants(claim.sentence[start:end]) if p in lex.countries)


def _body_only(text: str, span: tuple[int, int], excluded: tuple[tuple[int, int], ...],
               dates: Sequence[tuple[int, int]] = ()) -> str:
    """The span's text with datelines and bylines blanked: 'BALTIMORE' or 'Reuters' in a
    dateline are where and who reported, not who took part; and with `dates` blanked: a
    holiday ('on Christmas Day 2003') is a time, not a party. A date is blanked with a
    mark that ends a name, so that the names on either side stay apart ('Singer June
    Carter')."""
    start, end = span
    chars = list(text[start:end])
    for spans, fill in ((excluded, " "), (dates, ";")):
        for x, y in spans:
            for i in range(max(x, start), min(y, end)):
                chars[i - start] = fill
    return "".join(chars)


# Tokens on each side of the date that describe what it dates, whatever the clause.
_CONTEXT_WINDOW = 8


def context_terms(token_sets: list[list[_Token]], expr: TimeExpr,
                  names: tuple[str, ...], pred: str) -> tuple[str, ...]:
    """Content stems of the expression's main clause and of the words around it, with
    the sentence's names and the predicate: what the merge stage compares."""
    lex = lexicon()
    _, clause, around = token_sets
    before = [t for t in around if t.end <= expr.start][-_CONTEXT_WINDOW:]
    after = [t for t in around if t.start >= expr.end][:_CONTEXT_WINDOW]
    words = [t.text for t in (*clause, *before, *after)]
    # Names word by word, so that 'Key Bridge' meets 'Francis Scott Key Bridge' and
    # 'the bridge'; countries by their canonical name, whatever the article called them.
    words += [word for name in names for word in name.split()]
    # Accents folded: 'Kuchyňa' and 'Kuchyna' are one place.
    terms = {
        stem(lex.aliases.get(word.lower(), word))
        for word in map(fold, words)
        if word[0].isalpha() and len(word) > 2 and word.lower() not in lex.stopwords
    }
    if pred:
        terms.add(f"P:{pred}")
    return tuple(sorted(terms))


# How many words after a date its own reporting verb may stand ('in March they said').
_OWN_REPORT_WORDS = 3


def _reports_itself(text: str, expr: TimeExpr, sentence: tuple[int, int]) -> bool:
    """Whether a reporting verb follows the date within a few words: 'announced in July
    2012 that ..., and in March they said it looked like a Higgs' dates a second report,
    not what the first one reported. Not past a comma: 'closes on 30 April, the chief
    executive said' attributes the sentence."""
    after = text[expr.end : sentence[1]].split(",", 1)[0]
    words = _WORD_RE.findall(after.lower())[:_OWN_REPORT_WORDS]
    return any(_is_reporting(w) for w in words)


# A second verb in the past after 'and': the end of what a report says. An auxiliary goes
# on telling it ('had been repaired and is reopening on Friday').
_ANOTHER_VERB = re.compile(rf"\b{_and_before(_PAST_VERB)}")


def _report_over(text: str, report: tuple[date, int] | None, expr: TimeExpr) -> date | None:
    """The report's day, if the expression may be part of what it reports: not after a
    second verb of the sentence ('reported on Oct. 24 that ..., and Park apologized the
    following day')."""
    if report is None:
        return None
    day, end = report
    return None if _ANOTHER_VERB.search(text, end, expr.start) else day


def _future_of_report(mode: str, expr: TimeExpr, pred: str, report_day: date | None) -> str:
    """What a report made on day R says of a time after R was a plan at the time, not a fact."""
    if mode != "asserted" or report_day is None or expr.earliest is None:
        return mode
    if pred.split(" ")[0] in lexicon().reporting:
        return mode
    return "expected" if expr.earliest > report_day else mode


# How far before an expression a calendar statement's words are looked for.
_CALENDAR_CHARS = 60
_FISCAL_WORDS = re.compile(r"\b(?:fiscal|financial|tax|budget)\b", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"\d{4}")


def _calendar_dates(text: str, exprs: Sequence[TimeExpr]) -> frozenset[int]:
    """Indexes of the expressions that tell a calendar, not when something happened:
    'whose fiscal year ends in March', and both ends of 'runs from July to June'
    (rules/context.toml, calendar_statements)."""
    found: set[int] = set()
    # Between the two ends of a range ('runs from July to June'): the engine's own words.
    joiner = timex_rules().signal_context["range_gap"]
    for index, expr in enumerate(exprs):
        after_one = (index - 1 in found
                     and joiner.fullmatch(text, exprs[index - 1].end, expr.start))
        if after_one or _tells_a_calendar(text, expr):
            found.add(index)
    return frozenset(found)


def _tells_a_calendar(text: str, expr: TimeExpr) -> bool:
    lex = lexicon()
    if lex.calendar_not_after.match(text, expr.end):
        return False  # 'ends on June 30, when the board votes': that day's happening
    if _YEAR_WRITTEN.search(expr.text):
        return False  # 'ends on 31 March 2025', 'fiscal 2025 begins': one year of account
    if _FISCAL_WORDS.search(expr.text):  # 'whose fiscal year ends in March'
        return lex.calendar_after.match(text, expr.end) is not None
    start = max(0, expr.start - _CALENDAR_CHARS)
    return lex.calendar_before.search(text, start, expr.start) is not None


def _excluded(expr: TimeExpr, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start < expr.end and expr.start < end for start, end in spans)


# A "sentence" longer than this is a list or a table flattened into one line: a claim
# reads only the words within half of it around its date (else every date of such a
# page would read all of it, and a page of them would take quadratic time).
LONGEST_SENTENCE = 1000


def _sentence_of(sentences: tuple[tuple[int, int], ...], expr: TimeExpr,
                 text: str) -> tuple[int, int]:
    index = bisect_right(sentences, (expr.start, len(text) + 1)) - 1
    if index < 0 or not sentences[index][0] <= expr.start < sentences[index][1]:
        return expr.start, expr.end
    start, end = sentences[index][0], max(sentences[index][1], expr.end)
    if end - start <= LONGEST_SENTENCE:
        return start, end
    half = LONGEST_SENTENCE // 2
    lo, hi = max(start, expr.start - half), min(end, expr.end + half)
    # Cut at spaces, not inside words.
    lo = lo if lo == start else text.find(" ", lo, expr.start) + 1 or expr.start
    cut = text.rfind(" ", expr.end, hi)
    return lo, (hi if hi == end or cut < 0 else cut)
