"""How alike two texts are in their words: sublinear TF-IDF vectors compared by cosine.

Merging asks it whether two articles tell one story (merge._Stories); dating asks it
which firmly dated articles tell the story of an article whose year is unknown
(pubdate.date_articles).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

from .wordforms import fold, stem

_CONTENT_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")


@cache
def stopwords() -> frozenset[str]:
    """Words that describe nothing, calendar words among them (rules/context.toml)."""
    context = tomllib.loads(
        resources.files("timeline.rules").joinpath("context.toml").read_text("utf-8"))
    return frozenset(context["stopwords"]["words"]) | frozenset(context["stopwords"]["calendar"])


def content_terms(text: str) -> list[str]:
    """The stems of a text's content words (not stopwords), in order, accents folded."""
    stop = stopwords()
    return [stem(w) for w in _CONTENT_WORD.findall(fold(text)) if w.lower() not in stop]


class TfIdf:
    """Sublinear TF-IDF vectors of documents, compared by cosine."""

    def __init__(self, documents: dict[str, list[str]]) -> None:
        counts = {ident: Counter(terms) for ident, terms in documents.items()}
        df: Counter[str] = Counter()
        for terms in counts.values():
            df.update(terms.keys())
        total = len(documents)
        self.vectors = {
            ident: {t: (1 + math.log(n)) * math.log(1 + total / df[t]) for t, n in terms.items()}
            for ident, terms in counts.items()
        }
        self.norms = {
            ident: math.sqrt(sum(w * w for w in vector.values())) or 1.0
            for ident, vector in self.vectors.items()
        }

    @classmethod
    def of_content(cls, texts: Iterable[tuple[str, str]]) -> TfIdf:
        """Vectors of the content words of (id, text) pairs."""
        return cls({ident: content_terms(text) for ident, text in texts})

    def neighbours(self, queries: list[str], among: list[str],
                   bar: float) -> dict[str, list[str]]:
        """For each query document, the documents of `among` whose cosine with it is at
        least `bar`, by way of an index of the terms of `among`: only documents that
        share a term are compared, so the cost follows the shared terms, not the pairs."""
        index: dict[str, list[tuple[str, float]]] = {}
        for ident in among:
            for term, weight in self.vectors[ident].items():
                index.setdefault(term, []).append((ident, weight))
        found: dict[str, list[str]] = {}
        for query in queries:
            dots: dict[str, float] = {}
            for term, weight in self.vectors[query].items():
                for other, other_weight in index.get(term, ()):
                    if other != query:
                        dots[other] = dots.get(other, 0.0) + weight * other_weight
            norm = self.norms[query]
            found[query] = [other for other, dot in dots.items()
                            if dot / (norm * self.norms[other]) >= bar]
        return found

    def cosine(self, a: str, b: str) -> float:
        va, vb = self.vectors[a], self.vectors[b]
        if len(vb) < len(va):
            va, vb = vb, va
        shared = sum(w * vb[t] for t, w in va.items() if t in vb)
        return shared / (self.norms[a] * self.norms[b])
