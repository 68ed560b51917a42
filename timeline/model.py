"""The values that flow between pipeline stages.

Every type here is a frozen dataclass with no behaviour beyond small derived
properties, and this module does no I/O: each stage takes these values and
returns new ones, so stages can be tested alone and run in parallel later.
Collections are tuples (never None) so that values stay hashable and immutable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Where an article's publication date came from (CONTRACT.md, `published_from`).
PUBLISHED_FROM = (
    "manifest",
    "front_matter",
    "dateline",
    "byline",
    "url",
    "inferred",
    "cli",
    "unknown",
)

# How a time expression was anchored (CONTRACT.md, `anchor`).
ANCHORS = ("absolute", "publication_date", "previous_time", "unresolved")

# What a claim says of its date (CONTRACT.md, `modality`).
MODALITIES = ("asserted", "expected", "negated", "hypothetical")


@dataclass(frozen=True)
class Source:
    """One raw input: an article file (or manifest row) before dating.

    `text` is the body exactly as read, front matter removed; every offset in
    the pipeline points into it. `meta` holds manifest and front-matter keys
    (`published`, `url`, `source`, `title`, ...) as strings; `meta_from` says
    which of the two supplied them ("manifest" or "front_matter").
    """

    id: str
    path: str
    text: str
    meta: tuple[tuple[str, str], ...] = ()
    meta_from: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str = "") -> str:
        for k, v in self.meta:
            if k == key:
                return v
        return default

    def origin(self, key: str) -> str:
        for k, v in self.meta_from:
            if k == key:
                return v
        return ""


@dataclass(frozen=True)
class Evidence:
    """One clue about the publication date, kept for `timeline explain`.

    `start`/`end` are offsets into the article text, or -1 when the clue is
    not in the text (manifest, URL, command line, another article).
    """

    source: str  # one of PUBLISHED_FROM, or "weekday", "year", "today", ...
    text: str
    value: str  # ISO date, partial date ("--06-30", "2021"), or "" when it rules out
    note: str
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class Dating:
    """The publication date of an article and how it was established."""

    published: date | None = None
    published_from: str = "unknown"
    confidence: float = 0.0
    reasons: tuple[str, ...] = ()  # human-readable steps of the reasoning
    evidence: tuple[Evidence, ...] = ()  # the clues that were used
    rejected: tuple[Evidence, ...] = ()  # candidates considered and ruled out
    warnings: tuple[str, ...] = ()
    # Spans of the text that are not body (dateline, byline, page chrome):
    # time expressions inside them are never claims.
    excluded: tuple[tuple[int, int], ...] = ()
    # The day the text was written, when its dateline names a day just before the
    # publication ("WASHINGTON, June 27 -" in the paper of June 28): its 'today' and
    # 'yesterday' count from that day.
    written: date | None = None


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str
    source: str = ""
    url: str = ""
    title: str = ""
    dating: Dating = field(default_factory=Dating)
    # Warnings about the article other than its dating's (those are in dating.warnings).
    warnings: tuple[str, ...] = ()

    @property
    def published(self) -> date | None:
        return self.dating.published

    @property
    def published_from(self) -> str:
        return self.dating.published_from

    @property
    def reference(self) -> date | None:
        """The day the text's relative dates count from."""
        return self.dating.written or self.dating.published


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text and resolved to an inclusive day interval.

    `value`, `type` and `mod` follow ISO-TimeML TIMEX3 as TempEval-3 annotates
    them. `earliest`/`latest` are the inclusive day interval of CONTRACT.md
    (None for an open or unknown side). `rule` names the rule that matched and
    `anchor` how a relative expression was tied to a reference time; `note`
    says in words how the value was reached (for `timeline explain`).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str
    mod: str = ""
    earliest: date | None = None
    latest: date | None = None
    granularity: str = ""
    anchor: str = "unresolved"
    rule: str = ""
    note: str = ""

    @property
    def resolved(self) -> bool:
        return self.earliest is not None or self.latest is not None

    @property
    def bounds(self) -> tuple[date | None, date | None]:
        """The interval as a constraint on what the expression dates. A bound of a state
        ('since March 2', 'until March 8') names the day the state began or ended
        (`earliest`..`latest`), but holds it only on one side: from then on (mod
        ON_OR_AFTER), or up to then (ON_OR_BEFORE), so the other side is open."""
        low = None if self.mod == "ON_OR_BEFORE" else self.earliest
        high = None if self.mod == "ON_OR_AFTER" else self.latest
        return low, high


@dataclass(frozen=True)
class Claim:
    """One time expression that dates something said in an article's body."""

    id: str
    article: str
    timex: TimeExpr
    modality: str  # one of MODALITIES
    sentence: str
    sentence_start: int
    predicate: str = ""  # the normalised thing dated, e.g. "sign agreement"
    participants: tuple[str, ...] = ()
    event_id: str = ""
    # Content stems near the date, its names ("@Turkey") and predicate ("P:sign
    # agreement"): what the merge stage compares.
    context: tuple[str, ...] = ()
    # The parties named before the dated action in its clause: its subject, as a rule.
    doers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Event:
    """Claims from one or more articles about the same real-world happening."""

    id: str
    label: str
    earliest: date | None
    latest: date | None
    claim_ids: tuple[str, ...]
    sources: tuple[str, ...]
    independent_sources: int
    conflict: bool = False
    status: str = "ok"  # ok, conflict, planned, unresolved
    granularity: str = ""
    mod: str = ""
    # Plan against outcome, in words ("planned for Mar 2020; began Jul 12, 2019").
    note: str = ""


@dataclass(frozen=True)
class ConflictSide:
    """The claims of one conflict that agree with each other."""

    claim_ids: tuple[str, ...]
    earliest: date | None
    latest: date | None
    sources: tuple[str, ...]
    independent_sources: int


@dataclass(frozen=True)
class Conflict:
    id: str
    event_id: str
    claim_ids: tuple[str, ...]
    gap_days: int
    explanation: str
    sides: tuple[ConflictSide, ...] = ()


@dataclass(frozen=True)
class Timeline:
    """The result of a build: everything the renderers need."""

    articles: tuple[Article, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    warnings: tuple[str, ...] = ()
