from dataclasses import replace
from datetime import date

from helpers import article, timex

from timeline.claims import extract_claims
from timeline.conflicts import find_conflicts
from timeline.merge import merge_claims, syndicated_articles
from timeline.model import Conflict, Event, TimeExpr

TREATY = "Chile and Peru signed the water treaty {phrase}."


def _run(*versions: tuple[str, str, str | None, str | None, str, str]
         ) -> tuple[tuple[Event, ...], tuple[Conflict, ...]]:
    """versions: (article id, phrase, earliest, latest, granularity, outlet)."""
    articles, claims = [], []
    for ident, phrase, earliest, latest, gran, outlet in versions:
        text = TREATY.format(phrase=phrase)
        doc = article(ident, text, source=outlet)
        articles.append(doc)
        claims.extend(extract_claims(doc, (timex(text, phrase, earliest, latest, gran),)))
    groups = syndicated_articles(articles)
    events, merged = merge_claims(articles, claims, groups)
    return find_conflicts(events, merged, articles, groups)


def test_compatible_granularities_refine_each_other() -> None:
    (event,), conflicts = _run(
        ("a", "in 2017", "2017-01-01", "2017-12-31", "year", "A"),
        ("b", "in late 2017", "2017-09-01", "2017-12-31", "year", "B"),
        ("c", "on September 12, 2017", "2017-09-12", "2017-09-12", "day", "C"),
    )
    assert conflicts == ()
    assert (event.earliest, event.latest) == (date(2017, 9, 12), date(2017, 9, 12))
    assert event.granularity == "day"
    assert event.status == "ok"


def test_disjoint_asserted_dates_are_a_conflict_listing_both_sides() -> None:
    (event,), (conflict,) = _run(
        ("a", "on September 12, 2017", "2017-09-12", "2017-09-12", "day", "Wire"),
        ("b", "in December 2017", "2017-12-01", "2017-12-31", "month", "Paper"),
    )
    assert event.conflict and event.status == "conflict"
    assert conflict.event_id == event.id
    assert set(conflict.claim_ids) == set(event.claim_ids)
    assert len(conflict.sides) == 2


def test_gap_is_the_days_between_the_two_sides() -> None:
    _, (conflict,) = _run(
        ("a", "on September 12, 2017", "2017-09-12", "2017-09-12", "day", "Wire"),
        ("b", "in December 2017", "2017-12-01", "2017-12-31", "month", "Paper"),
    )
    assert conflict.gap_days == 80


def test_claims_compatible_with_both_sides_are_not_listed() -> None:
    _, (conflict,) = _run(
        ("a", "on September 12, 2017", "2017-09-12", "2017-09-12", "day", "Wire"),
        ("b", "in December 2017", "2017-12-01", "2017-12-31", "month", "Paper"),
        ("c", "in 2017", "2017-01-01", "2017-12-31", "year", "Blog"),
        ("d", "in late 2017", "2017-09-01", "2017-12-31", "year", "TV"),
    )
    assert conflict.claim_ids == ("a:39-60", "b:39-55")


def test_explanation_names_phrases_outlets_and_gap() -> None:
    _, (conflict,) = _run(
        ("a", "on September 12, 2017", "2017-09-12", "2017-09-12", "day", "Wire"),
        ("b", "in December 2017", "2017-12-01", "2017-12-31", "month", "Paper"),
    )
    for part in ("'on September 12, 2017'", "Wire", "'in December 2017'", "Paper", "80 days"):
        assert part in conflict.explanation


def test_the_side_with_more_independent_support_is_named() -> None:
    texts = {
        "a": ("Chile and Peru signed the water treaty on September 12, 2017.",
              "on September 12, 2017", "2017-09-12", "2017-09-12", "day", "Wire"),
        "b": ("Chile and Peru signed the water treaty in December 2017.",
              "in December 2017", "2017-12-01", "2017-12-31", "month", "Paper"),
        "c": ("Peru's foreign ministry said the treaty with Chile was signed in December 2017 "
              "in Lima.", "in December 2017", "2017-12-01", "2017-12-31", "month", "Radio"),
    }
    articles, claims = [], []
    for ident, (text, phrase, low, high, gran, outlet) in texts.items():
        doc = article(ident, text, source=outlet)
        articles.append(doc)
        claims.extend(extract_claims(doc, (timex(text, phrase, low, high, gran),)))
    groups = syndicated_articles(articles)
    events, merged = merge_claims(articles, claims, groups)
    _, (conflict,) = find_conflicts(events, merged, articles, groups)
    assert [s.independent_sources for s in conflict.sides] == [1, 2]
    assert "'in December 2017' has more independent support (2 vs 1)" in conflict.explanation


def test_expected_claims_never_conflict_with_asserted_ones() -> None:
    text_plan = "Chile and Peru will sign the water treaty in March 2018."
    text_done = "Chile and Peru signed the water treaty in July 2018."
    plan = article("p", text_plan, published="2018-01-10")
    done = article("d", text_done, published="2018-08-01")
    claims = [
        *extract_claims(plan, (timex(text_plan, "in March 2018", "2018-03-01", "2018-03-31",
                                     "month"),)),
        *extract_claims(done, (timex(text_done, "in July 2018", "2018-07-01", "2018-07-31",
                                     "month"),)),
    ]
    groups = syndicated_articles([plan, done])
    events, merged = merge_claims([plan, done], claims, groups)
    (event,), conflicts = find_conflicts(events, merged, [plan, done], groups)
    assert conflicts == ()
    assert event.status == "ok"
    assert "planned 'in March 2018'" in event.note
    assert event.earliest == date(2018, 7, 1)


def test_an_event_with_only_expected_claims_is_planned() -> None:
    text = "Chile and Peru will sign the water treaty in March 2031."
    doc = article("p", text, published="2030-01-10")
    claims = extract_claims(doc, (timex(text, "in March 2031", "2031-03-01", "2031-03-31",
                                        "month"),))
    groups = syndicated_articles([doc])
    events, merged = merge_claims([doc], claims, groups)
    (event,), _ = find_conflicts(events, merged, [doc], groups)
    assert event.status == "planned"


def test_an_event_without_resolved_dates_is_unresolved() -> None:
    (event,), conflicts = _run(("a", "on Friday", None, None, "day", "Wire"))
    assert event.status == "unresolved"
    assert (event.earliest, event.latest) == (None, None)
    assert conflicts == ()



def test_an_asserted_bound_disjoint_from_a_date_is_a_conflict() -> None:
    _, (conflict,) = _run(
        ("a", "by April 2019", None, "2019-04-30", "month", "Wire"),
        ("b", "in June 2019", "2019-06-01", "2019-06-30", "month", "Paper"),
    )
    assert conflict.gap_days == 32


def _run_texts(*docs: tuple[str, str, str, TimeExpr]) -> tuple[Conflict, ...]:
    """docs: (article id, text, outlet, the text's one expression)."""
    articles, claims = [], []
    for ident, text, outlet, expr in docs:
        doc = article(ident, text, source=outlet)
        articles.append(doc)
        claims.extend(extract_claims(doc, (expr,)))
    groups = syndicated_articles(articles)
    events, merged = merge_claims(articles, claims, groups)
    return find_conflicts(events, merged, articles, groups)[1]


def test_a_state_since_a_day_does_not_contradict_a_later_day() -> None:
    # 'since March 2' names the day the strike began, but says of the strike only that
    # it went on from then: a report of it on March 9 does not disagree.
    since = "The dockers of Arvik have been on strike since March 2, 2020."
    later = "The dockers of Arvik were on strike on March 9, 2020."
    conflicts = _run_texts(
        ("a", since, "Wire", replace(timex(since, "March 2, 2020", "2020-03-02", "2020-03-02"),
                                     mod="ON_OR_AFTER")),
        ("b", later, "Paper", timex(later, "March 9, 2020", "2020-03-09", "2020-03-09")),
    )
    assert conflicts == ()


def test_a_bound_of_a_state_shows_its_open_side_in_the_explanation() -> None:
    since = "Opposition leader Ali Musa has been detained since March 9, 2020, his lawyer said."
    before = "Opposition leader Ali Musa was detained on March 2, 2020, his lawyer said."
    (conflict,) = _run_texts(
        ("a", since, "Wire", replace(timex(since, "March 9, 2020", "2020-03-09", "2020-03-09"),
                                     mod="ON_OR_AFTER")),
        ("b", before, "Paper", timex(before, "March 2, 2020", "2020-03-02", "2020-03-02")),
    )
    assert "2020-03-09..…" in conflict.explanation
