"""A small hand-built Timeline for the renderer tests (a ferry strike, invented).

Three articles, six claims, three events: one with a conflict (when the strike
began), one planned (talks resume), one unresolved (pier closure), plus a claim
tied to no event. Offsets are computed from the texts so that
`text[start:end] == claim text` holds as the contract requires.
"""

from __future__ import annotations

from datetime import date

from timeline.model import (
    Article,
    Claim,
    Conflict,
    ConflictSide,
    Dating,
    Event,
    Evidence,
    TimeExpr,
    Timeline,
)

TEXT_A1 = (
    "PORT ELWIN, March 4, 2021 - Dock workers in Port Elwin walked out on March 1, 2021, "
    "halting every ferry to the islands. The union said talks would resume in mid-April."
)
TEXT_A2 = (
    "The ferry strike began on Monday, March 1, union leaders said. "
    "The operator said a new timetable would be published by June 2021."
)
TEXT_A3 = (
    "Islanders said the stoppage started on February 26, 2021, days before the union "
    "called it. The old pier was closed last week."
)


def _timex(text: str, phrase: str, **kw: object) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(start=start, end=start + len(phrase), text=phrase, **kw)  # type: ignore[arg-type]


def _sentence(text: str, phrase: str) -> tuple[str, int]:
    at = text.index(phrase)
    begin = text.rfind(". ", 0, at)
    begin = 0 if begin < 0 else begin + 2
    end = text.find(".", at)
    return text[begin : end + 1], begin


def _claim(cid: str, article: str, text: str, expr: TimeExpr, modality: str, event: str,
           predicate: str) -> Claim:
    sentence, start = _sentence(text, expr.text)
    return Claim(id=cid, article=article, timex=expr, modality=modality, sentence=sentence,
                 sentence_start=start, predicate=predicate, event_id=event)


def articles() -> tuple[Article, ...]:
    dateline = TEXT_A1.index("March 4, 2021")
    a1 = Article(
        id="a1", path="news/a1.txt", text=TEXT_A1, source="Coastal Courier",
        url="https://courier.example/strike", title="Ferry strike halts island crossings",
        dating=Dating(
            published=date(2021, 3, 4), published_from="dateline", confidence=0.9,
            reasons=("dateline 'March 4, 2021' at the top of the body",),
            evidence=(Evidence(source="dateline", text="March 4, 2021", value="2021-03-04",
                               note="dateline", start=dateline, end=dateline + 13),),
            rejected=(Evidence(source="url", text="/strike", value="",
                               note="no date in the URL"),),
        ),
    )
    a2 = Article(
        id="a2", path="news/a2.txt", text=TEXT_A2, source="Harbour Times",
        url="https://harbour.example/a2", title="Ferries idle as strike enters day four",
        dating=Dating(published=date(2021, 3, 5), published_from="front_matter",
                      confidence=1.0, reasons=("front matter 'published: 2021-03-05'",)),
    )
    a3 = Article(
        id="a3", path="news/a3.md", text=TEXT_A3, source="Elwin Daily", title="Island view",
        dating=Dating(published=None, published_from="unknown", confidence=0.0,
                      reasons=("no date clue found",),
                      warnings=("a3: publication date unknown",)),
    )
    return a1, a2, a3


def claims() -> tuple[Claim, ...]:
    day = {"type": "DATE", "granularity": "day"}
    c1 = _claim("c1", "a1", TEXT_A1, _timex(
        TEXT_A1, "on March 1, 2021", value="2021-03-01", earliest=date(2021, 3, 1),
        latest=date(2021, 3, 1), anchor="absolute", rule="month_day_year", **day),
        "asserted", "e1", "strike begin")
    c2 = _claim("c2", "a2", TEXT_A2, _timex(
        TEXT_A2, "on Monday, March 1", value="2021-03-01", earliest=date(2021, 3, 1),
        latest=date(2021, 3, 1), anchor="publication_date", rule="weekday_month_day",
        note="March 1 before the publication date 2021-03-05", **day),
        "asserted", "e1", "strike begin")
    c3 = _claim("c3", "a3", TEXT_A3, _timex(
        TEXT_A3, "on February 26, 2021", value="2021-02-26", earliest=date(2021, 2, 26),
        latest=date(2021, 2, 26), anchor="absolute", rule="month_day_year", **day),
        "asserted", "e1", "strike begin")
    c4 = _claim("c4", "a1", TEXT_A1, _timex(
        TEXT_A1, "in mid-April", type="DATE", value="2021-04", mod="MID",
        earliest=date(2021, 4, 11), latest=date(2021, 4, 20), granularity="month",
        anchor="publication_date", rule="mod_month", note="future: 'would resume'"),
        "expected", "e2", "talks resume")
    c5 = _claim("c5", "a3", TEXT_A3, _timex(
        TEXT_A3, "last week", type="DATE", value="XXXX-WXX", granularity="week",
        anchor="unresolved", rule="last_unit", note="no publication date to anchor to"),
        "asserted", "e3", "pier close")
    c6 = _claim("c6", "a2", TEXT_A2, _timex(
        TEXT_A2, "by June 2021", type="DATE", value="2021-06", mod="ON_OR_BEFORE",
        earliest=None, latest=date(2021, 6, 30), granularity="month", anchor="absolute",
        rule="by_month_year"),
        "expected", "", "publish timetable")
    return c1, c2, c3, c4, c5, c6


def events() -> tuple[Event, ...]:
    return (
        Event(id="e1", label="Ferry strike begins", earliest=date(2021, 2, 26),
              latest=date(2021, 3, 1), claim_ids=("c1", "c2", "c3"),
              sources=("Coastal Courier", "Harbour Times", "Elwin Daily"),
              independent_sources=3, conflict=True, status="conflict", granularity="day"),
        Event(id="e2", label="Talks resume", earliest=date(2021, 4, 11),
              latest=date(2021, 4, 20), claim_ids=("c4",), sources=("Coastal Courier",),
              independent_sources=1, status="planned", granularity="month", mod="MID"),
        Event(id="e3", label="Old pier closed", earliest=None, latest=None, claim_ids=("c5",),
              sources=("Elwin Daily",), independent_sources=1, status="unresolved"),
    )


def conflicts() -> tuple[Conflict, ...]:
    return (
        Conflict(
            id="x1", event_id="e1", claim_ids=("c1", "c2", "c3"), gap_days=3,
            explanation="Two outlets date the walkout to March 1, one to February 26.",
            sides=(
                ConflictSide(claim_ids=("c1", "c2"), earliest=date(2021, 3, 1),
                             latest=date(2021, 3, 1),
                             sources=("Coastal Courier", "Harbour Times"),
                             independent_sources=2),
                ConflictSide(claim_ids=("c3",), earliest=date(2021, 2, 26),
                             latest=date(2021, 2, 26), sources=("Elwin Daily",),
                             independent_sources=1),
            ),
        ),
    )


def sample_timeline() -> Timeline:
    return Timeline(articles=articles(), claims=claims(), events=events(),
                    conflicts=conflicts(), warnings=("a3: publication date unknown",))
