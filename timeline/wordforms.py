"""Base forms of English words, so that every telling of one deed gets one key.

Outlets inflect the same verb differently ('gave', 'gives', 'given') and the
claims stage keys predicates and context terms by base form. lemminflect's
dictionary knows irregular forms ('brought' -> bring, 'left' -> leave, 'found'
-> find) and spelling rules ('carried' -> carry, 'scrubbed' -> scrub); words it
does not know fall back to suffix stripping, which is consistent if not correct.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from lemminflect import getAllLemmas, getAllLemmasOOV

_POSSESSIVE_END = re.compile(r"['’]s?$")
# The parts of speech whose base forms name a happening, the verb's first: the
# first verb lemma is the commoner reading ('found' -> find before found).
_CONTENT_POS = ("VERB", "NOUN", "ADJ")


@cache
def known(word: str) -> bool:
    """Whether the dictionary knows the lowercase word."""
    return bool(getAllLemmas(word))


@cache
def base_forms(word: str) -> tuple[str, ...]:
    """The dictionary base forms of a lowercase word, the likeliest first, then the
    word itself unless it is only an inflection of another word ('found' is an
    inflection of find, and not a noun)."""
    lemmas = getAllLemmas(word)
    out: list[str] = []
    for pos in _CONTENT_POS:
        for form in lemmas.get(pos, ())[:1] if pos == "VERB" else lemmas.get(pos, ()):
            if form not in out:
                out.append(form)
    if not out and word.endswith("ed"):
        out.extend(getAllLemmasOOV(word, "VERB").get("VERB", ()))  # 'refloated'
    if word not in out and not _only_inflection(word, lemmas):
        out.append(word)
    return tuple(out)


@cache
def lookup_forms(word: str) -> tuple[str, ...]:
    """The forms to look a lowercase word up by in a word list: the word itself first
    when it is a word of its own ('opening', 'talks'), then its base forms."""
    forms = base_forms(word)
    if word in forms:
        return (word, *(f for f in forms if f != word))
    return forms


def _only_inflection(word: str, lemmas: dict[str, tuple[str, ...]]) -> bool:
    verbs = lemmas.get("VERB", ())
    return bool(verbs) and verbs[0] != word and all(
        word not in lemmas.get(pos, ()) for pos in ("NOUN", "ADJ")
    )


@cache
def stem(word: str) -> str:
    """One key for every inflection of a word: its likeliest base form, or for a word
    the dictionary does not know, the word without its inflectional suffix."""
    w = _POSSESSIVE_END.sub("", word.lower())
    forms = base_forms(w)
    if forms and forms[0] != w:
        return forms[0]
    if forms and known(w):
        return w  # a known base form
    return _strip_suffix(w)


def _strip_suffix(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # stopped -> stop
    return w.rstrip("e")


# Letters that carry no accent to strip, but that other outlets spell in ASCII.
_FOLDED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                         "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold(text: str) -> str:
    """The text without its accents: outlets spell one name 'Kuchyňa' and 'Kuchyna',
    'Erdoğan' and 'Erdogan', 'Scorpène' and 'Scorpene'."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLDED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_letters(text: str) -> str:
    """`fold`, letter for letter, so that offsets keep: a letter whose folded form is not
    one letter ('ß', 'Æ') stays as it is."""
    if text.isascii():
        return text
    return "".join(f if len(f := fold(c)) == 1 else c for c in text)
