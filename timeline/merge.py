"""Merge: claims about the same real-world happening become one event.

Method (README, "How events are merged"):
1. Blocking. Claims are grouped by predicate ("sign agreement", "enter_service",
   "start delivery (second)"); only claims in one block are ever compared, so
   cost grows with block sizes, not with the square of all claims.
2. Within a block, two claims merge when they come from different articles (or
   repeat one sentence), share a participant, and their dates fit the action:
   an action that happens once (a signing) merges across a year, so differing
   reports of its date can surface as a conflict; a recurring one (a statement,
   a meeting) merges only when the dates overlap.
3. Independence. Copied text is one source: claims whose sentences are near
   duplicates, claims from one outlet, and claims from articles that share
   several long sentences (syndicated wire copy) count once.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from .claims import lexicon, share_party
from .model import Article, Claim, Event

# A once-only happening reported a year apart is more likely two happenings.
ONCE_WINDOW_DAYS = 366
# Sentences sharing this share of their words are copies of each other.
NEAR_DUPLICATE = 0.8
# Long sentences are fingerprints of a story: two articles sharing this many are one wire story.
SYNDICATION_MIN_WORDS = 8
SYNDICATION_MIN_SHARED = 2

_WORD = re.compile(r"[a-z0-9]+")


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id becomes the root, so grouping never depends on input order.
            self.parent[max(ra, rb)] = min(ra, rb)


def words(sentence: str) -> list[str]:
    return _WORD.findall(sentence.lower())


def near_duplicates(a: str, b: str) -> bool:
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb:
        return a == b
    return len(wa & wb) / len(wa | wb) >= NEAR_DUPLICATE


def syndicated_articles(articles: Sequence[Article]) -> UnionFind:
    """Articles that share several long sentences word for word are one wire story."""
    from .claims import sentence_spans

    holders: dict[str, set[str]] = defaultdict(set)
    for article in articles:
        for start, end in sentence_spans(article.text):
            tokens = words(article.text[start:end])
            if len(tokens) >= SYNDICATION_MIN_WORDS:
                holders[" ".join(tokens)].add(article.id)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for ids in holders.values():
        if len(ids) > 1:
            ordered = sorted(ids)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    shared[(a, b)] += 1
    groups = UnionFind()
    for (a, b), count in shared.items():
        if count >= SYNDICATION_MIN_SHARED:
            groups.union(a, b)
    return groups


def merge_claims(
    articles: Sequence[Article], claims: Sequence[Claim], syndication: UnionFind
) -> tuple[tuple[Event, ...], tuple[Claim, ...]]:
    """Group claims into events; return the events and the claims with their event ids.

    `syndication` groups articles that are one wire story (`syndicated_articles`).
    """
    by_article = {a.id: a for a in articles}
    groups = UnionFind()
    for claim in claims:
        groups.find(claim.id)
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.predicate:
            blocks[claim.predicate].append(claim)
    for block in blocks.values():
        _link_block(block, groups)
    members: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        members[groups.find(claim.id)].append(claim)
    drafts = [_draft(group, by_article, syndication) for group in members.values()]
    drafts.sort(key=_event_order)
    events: list[Event] = []
    event_of: dict[str, str] = {}
    for number, draft in enumerate(drafts, start=1):
        ident = f"e{number}"
        events.append(replace(draft, id=ident))
        event_of.update((cid, ident) for cid in draft.claim_ids)
    merged = tuple(_with_event(c, event_of[c.id]) for c in claims)
    return tuple(events), merged


class _Clusters:
    """The participants of each growing cluster, so that clusters join only on their core.

    Pairwise links alone chain: A shares a name with B, B another with C, and soon
    unrelated stories are one event. Two clusters join only when the participants
    named by at least half of each cluster's claims overlap.
    """

    def __init__(self, groups: UnionFind) -> None:
        self.groups = groups
        self.counts: dict[str, Counter[str]] = {}
        self.sizes: dict[str, int] = {}

    def _root(self, claim: Claim) -> str:
        root = self.groups.find(claim.id)
        if root not in self.counts:
            self.counts[root] = Counter(claim.participants)
            self.sizes[root] = 1
        return root

    def _core(self, root: str) -> set[str]:
        half = self.sizes[root] / 2
        return {p for p, n in self.counts[root].items() if n >= half}

    def join(self, a: Claim, b: Claim) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra == rb:
            return
        core_a, core_b = self._core(ra), self._core(rb)
        if core_a and core_b and not share_party(core_a, core_b):
            return
        self.groups.union(ra, rb)
        root = self.groups.find(ra)
        other = rb if root == ra else ra
        self.counts[root] = self.counts[ra] + self.counts[rb]
        self.sizes[root] = self.sizes[ra] + self.sizes[rb]
        del self.counts[other], self.sizes[other]


def _link_block(block: list[Claim], groups: UnionFind) -> None:
    """Join compatible claims of one block, comparing only those near in time."""
    action = block[0].predicate.split(" ")[0]
    once = action in lexicon().once
    window = ONCE_WINDOW_DAYS if once else 0
    clusters = _Clusters(groups)
    dated = sorted((c for c in block if _low(c) is not None), key=_sort_key)
    undated = [c for c in block if _low(c) is None]
    for i, claim in enumerate(dated):
        for other in dated[i + 1 :]:
            if (_low(other) or date.max) > _add_days(_high(claim), window):
                break  # sorted by start: nothing later can be near enough
            if _compatible(claim, other, once):
                clusters.join(claim, other)
    for claim in undated:
        # An undated claim can only be matched by its words: copies of one sentence.
        for other in block:
            if other is not claim and near_duplicates(claim.sentence, other.sentence):
                clusters.join(claim, other)


def _compatible(a: Claim, b: Claim, once: bool) -> bool:
    if a.article == b.article and not near_duplicates(a.sentence, b.sentence):
        return False  # one article names two different happenings in two sentences
    if a.participants and b.participants and not share_party(a.participants, b.participants):
        return False
    if once:
        return True
    return _overlap(a, b)


def _low(claim: Claim) -> date | None:
    return claim.timex.earliest or claim.timex.latest


def _high(claim: Claim) -> date:
    return claim.timex.latest or claim.timex.earliest or date.max


def _sort_key(claim: Claim) -> tuple[date, date, str]:
    return (_low(claim) or date.max, _high(claim), claim.id)


def _add_days(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def _overlap(a: Claim, b: Claim) -> bool:
    a_low, b_low = a.timex.earliest or date.min, b.timex.earliest or date.min
    a_high, b_high = a.timex.latest or date.max, b.timex.latest or date.max
    return a_low <= b_high and b_low <= a_high


def independent_sources(
    claims: Iterable[Claim], by_article: dict[str, Article], syndication: UnionFind
) -> int:
    """How many independent sources stand behind these claims (copies count once)."""
    items = list(claims)
    groups = UnionFind()
    for claim in items:
        groups.find(claim.id)
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if _dependent(a, b, by_article, syndication):
                groups.union(a.id, b.id)
    return len({groups.find(c.id) for c in items})


def _dependent(a: Claim, b: Claim, by_article: dict[str, Article],
               syndication: UnionFind) -> bool:
    if a.article == b.article:
        return True
    if syndication.find(a.article) == syndication.find(b.article):
        return True
    outlet_a, outlet_b = by_article[a.article].source, by_article[b.article].source
    if outlet_a and outlet_a == outlet_b:
        return True
    return near_duplicates(a.sentence, b.sentence)


def outlet_name(article: Article) -> str:
    return article.source or article.id


def _draft(group: list[Claim], by_article: dict[str, Article],
           syndication: UnionFind) -> Event:
    group.sort(key=lambda c: (c.article, c.timex.start))
    sources = tuple(sorted({outlet_name(by_article[c.article]) for c in group}))
    first = group[0]
    return Event(
        id="",
        label=label(first, by_article[first.article]),
        earliest=min((c.timex.earliest for c in group if c.timex.earliest), default=None),
        latest=max((c.timex.latest for c in group if c.timex.latest), default=None),
        claim_ids=tuple(c.id for c in group),
        sources=sources,
        independent_sources=independent_sources(group, by_article, syndication),
        granularity=first.timex.granularity,
        mod=first.timex.mod,
    )


def label(claim: Claim, article: Article) -> str:
    """The words of the claim's clause without its date: what a reader would call the event."""
    from .claims import clause_span

    text, expr = article.text, claim.timex
    sentence = (claim.sentence_start, claim.sentence_start + len(claim.sentence))
    start, end = clause_span(text, sentence, expr)
    left, right = text[start : expr.start], text[expr.end : end]
    if len(words(left + " " + right)) < 4:  # "started in mid-July" says too little alone
        left, right = text[sentence[0] : expr.start], text[expr.end : sentence[1]]
    left = _DANGLING.sub("", left)
    phrase = _SPACES.sub(" ", f"{left.strip()} {right.strip(' ,;:.')}").strip(" ,;:.\"“”")
    return phrase if len(phrase) <= 100 else phrase[:99].rstrip() + "…"


_SPACES = re.compile(r"\s+")
# A preposition left hanging once its date is taken out ("inked a deal in").
_DANGLING = re.compile(r"\b(?:in|on|at|by|since|during|from|until|of|before|after)\s*$",
                       re.IGNORECASE)


def _event_order(event: Event) -> tuple[date, date, str, str]:
    return (event.earliest or date.max, event.latest or date.max, event.label, event.claim_ids[0])


def _with_event(claim: Claim, event_id: str) -> Claim:
    return replace(claim, event_id=event_id)
