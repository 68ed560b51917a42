"""The build, stage by stage: load, date, find time expressions, claims, copies, merge,
conflicts.

The per-article stages (dating aside, which may compare articles) share no state,
so they can run in parallel later; only copies, merge and conflicts look across articles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from .errors import BUG_ERRORS, NoArticlesError
from .load import load
from .model import Article, Claim, Dating, Source, TimeExpr, Timeline
from .outlet import outlet_of

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Inputs:
    """What the user pointed the tool at."""

    paths: tuple[str, ...] = ()
    manifest: str | None = None
    dct: Mapping[str, date] = field(default_factory=dict)
    today: date | None = None


def read_articles(
    inputs: Inputs, *, check_given: bool = True
) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """Load and date every article; raise NoArticlesError when none could be read.

    `check_given=False` takes a given publication date without reading the text
    (see `pubdate.date_articles`): for `timeline dates`, which needs only the date.
    """
    loaded = load(inputs.paths, inputs.manifest)
    warnings = list(loaded.warnings)
    if not loaded.sources:
        raise NoArticlesError("no article could be read", tuple(warnings))
    unknown_ids = sorted(set(inputs.dct) - {s.id for s in loaded.sources})
    warnings.extend(f"--dct {ident}: no article has this id; ignored" for ident in unknown_ids)
    today = inputs.today or date.today()
    datings = _date(loaded.sources, today, inputs.dct, check_given)
    articles = tuple(
        _article(source, dating) for source, dating in zip(loaded.sources, datings, strict=True)
    )
    for article in articles:
        warnings.extend(
            w if w.startswith(article.id) else f"{article.id}: {w}" for w in article.dating.warnings
        )
    return articles, tuple(warnings)


def _date(sources: Sequence[Source], today: date, overrides: Mapping[str, date],
          check_given: bool) -> Sequence[Dating]:
    """The publication date of every source (see `pubdate.date_articles`)."""
    given: list[Dating | None] = []
    if not check_given:
        from .pubdate_given import given_datings

        given = given_datings(sources, today, overrides)
        if all(dating is not None for dating in given):
            # Every date was given: the text scanners and their rules are not needed.
            return [dating for dating in given if dating is not None]
    from .pubdate import date_articles

    return date_articles(sources, today=today, overrides=overrides, given=given)


def _article(source: Source, dating: Dating) -> Article:
    return Article(
        id=source.id,
        path=source.path,
        text=source.text,
        source=source.get("source") or outlet_of(source.text),
        url=source.get("url"),
        title=source.get("title"),
        dating=dating,
    )


def time_expressions(article: Article) -> tuple[TimeExpr, ...]:
    from .timex import find

    return find(article.text, article.reference)


def iter_dates(articles: Sequence[Article]) -> Iterator[tuple[Article, TimeExpr]]:
    """Every time expression of every article, for `timeline dates`."""
    for article in articles:
        for expr in time_expressions(article):
            yield article, expr


def build(inputs: Inputs, progress: Progress | None = None) -> Timeline:
    """Run the whole pipeline on the inputs."""
    from .claims import extract_claims
    from .conflicts import find_conflicts
    from .copies import date_copies
    from .merge import merge_claims, shared_long_sentences, syndicated_articles

    articles, read_warnings = read_articles(inputs)
    warnings = list(read_warnings)
    claims: list[Claim] = []
    for done, article in enumerate(articles, start=1):
        try:
            claims.extend(extract_claims(article, time_expressions(article)))
        except BUG_ERRORS as err:
            # A bug on one article must not stop a run over many or lose the others'
            # results: the article is kept, without claims, and the error is reported.
            warnings.append(f"{article.id}: its claims could not be read ({type(err).__name__}:"
                            f" {err}); the article is left out of events. Please report it.")
        if progress:
            progress(done, len(articles))
    shared = shared_long_sentences(articles)
    syndication = syndicated_articles(articles, shared)
    claims = list(date_copies(articles, claims, shared))
    del shared  # pairs of articles sharing a sentence: many in big corpora, not needed again
    events, merged = merge_claims(articles, claims, syndication)
    events, conflicts = find_conflicts(events, merged, articles, syndication)
    return Timeline(
        articles=articles,
        claims=merged,
        events=events,
        conflicts=conflicts,
        warnings=tuple(warnings),
    )


def parse_dct(values: Sequence[str]) -> dict[str, date]:
    """`ARTICLE=YYYY-MM-DD` pairs from the command line; ValueError names the bad one."""
    result: dict[str, date] = {}
    for value in values:
        ident, sep, iso = value.rpartition("=")
        if not sep or not ident:
            raise ValueError(f"{value!r} is not ARTICLE=YYYY-MM-DD")
        try:
            result[ident] = date.fromisoformat(iso.strip())
        except ValueError:
            raise ValueError(f"{value!r}: {iso!r} is not a YYYY-MM-DD date") from None
    return result
