"""Every article's publication date: found, inferred with its reasons, or unknown.

Sources, most trusted first: the command line (--dct), the manifest or front
matter, a timestamp or byline in the text, a dateline with a year, a date in
the URL, and last a year-less dateline whose year is inferred
(timeline/pubdate_infer.py). Lower-ranked sources that disagree with the chosen
date become warnings, never silent overrides. Page chrome (site headers with
the scrape day, related-article lists, captions, footers) is excluded from the
evidence and, but for captions, which tell the story, reported in `excluded` so
later stages do not read it as claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from timeline.model import Dating, Evidence, Source
from timeline.pubdate_given import Choice, meta_choice
from timeline.pubdate_infer import Clues, infer_year
from timeline.pubdate_rules import Rules, load_rules
from timeline.pubdate_text import (
    Found,
    Mention,
    Span,
    body_head_end,
    chrome_spans,
    find_dateless_datelines,
    find_datelines,
    find_noyear_datelines,
    find_stamps,
    find_url_dates,
    merge_spans,
    paragraph_end,
    printed_url,
    reread_by_dateline,
    reread_by_lead,
    weekday_mentions,
    year_mentions,
)
from timeline.timex.calendar import second_year

_HOW_TO = (
    "supply it with --dct {id}=YYYY-MM-DD, a manifest `published` column, "
    "or front matter `published:`"
)
# Paragraphs after the lead searched for a reporting weekday when the lead has
# none; they get the default (wider) weekday gaps.
_FOLLOW_PARAGRAPHS = 2


@dataclass
class _Scan:
    """Everything found in one source before any decision."""

    chrome: list[Span] = field(default_factory=list)
    chrome_found: list[tuple[str, int, int]] = field(default_factory=list)
    tells: list[Span] = field(default_factory=list)  # chrome that tells the story (captions)
    stamps: list[Found] = field(default_factory=list)
    # Unlabelled date lines in the head (role "loose"): the last resort, read only when
    # nothing else dates the article, and not page chrome unless one of them dates it
    # (a short body sentence may match).
    loose: list[Found] = field(default_factory=list)
    hard: list[Span] = field(default_factory=list)  # chrome that no stamp may read
    head: int = 0  # where the body's second paragraph starts (body_head_end)
    datelines: list[Found] = field(default_factory=list)
    noyear: list[Found] = field(default_factory=list)
    urls: list[Found] = field(default_factory=list)
    dateless: list[Span] = field(default_factory=list)
    years: list[Mention] = field(default_factory=list)


def date_articles(
    sources: Sequence[Source],
    *,
    today: date,
    overrides: Mapping[str, date] = {},
    given: Sequence[Dating | None] = (),
) -> tuple[Dating, ...]:
    """One Dating per source, in the same order.

    `overrides` maps article ids to `--dct` dates. Articles with a firm date
    (anything but a year-less dateline) are dated first, so that the inference
    for the others can use the years of the build and the days of the articles that
    tell the same story (alike in words and naming someone in common: a story's reports
    cluster in time).

    `given` (one per source, from `pubdate_given.given_datings`) holds the datings of
    articles whose date is given (`--dct`, manifest, front matter) and that are not
    to be read at all: no excluded spans, no check of their text against that date.
    `timeline dates`, the engine alone, needs only the date. Empty: every article is
    read.
    """
    given = list(given) or [None] * len(sources)
    todo = [i for i, dating in enumerate(given) if dating is None]
    if not todo:
        return tuple(d for d in given if d is not None)
    rules = load_rules()
    scans = {i: _scan(sources[i], rules, today) for i in todo}
    firm = [
        dating if dating is not None else _firm(sources[i], scans[i], rules, today, overrides)
        for i, dating in enumerate(given)
    ]
    out = []
    dated = {j: d.published for j, d in enumerate(firm) if d and d.published}
    build = tuple(day.year for day in dated.values())
    yearless = [i for i in todo if firm[i] is None and scans[i].noyear]
    stories = _stories(sources, yearless, sorted(dated), rules) if yearless and dated else {}
    for i, src in enumerate(sources):
        dating = firm[i]
        if dating is None:
            story = tuple((sources[j].id, dated[j]) for j in stories.get(i, ()))
            dating = _inferred(src, scans[i], rules, today, build, story)
            # A `published` value that could not be read must still be reported.
            unread: list[str] = []
            meta_choice(src, today, unread)
            dating = replace(dating, warnings=(*unread, *dating.warnings))
        out.append(dating)
    return tuple(out)


def _stories(sources: Sequence[Source], yearless: list[int], dated: list[int],
             rules: Rules) -> dict[int, list[int]]:
    """The firmly dated articles (by position) that tell the story of each article with
    a year-less dateline: their content words are alike (the cosine of their TF-IDF
    vectors is at least [inference].story_alike) and they name someone in common. (In a
    small build the IDF of common words is high, so words alone may tie two stories:
    'said on Wednesday', 'the chairman'.)"""
    from .claims import participants, share_party
    from .textsim import TfIdf

    vectors = TfIdf.of_content((str(i), src.text) for i, src in enumerate(sources))
    bar = float(rules.inference.get("story_alike", 0.1))
    near = vectors.neighbours([str(i) for i in yearless], [str(j) for j in dated], bar)
    names: dict[int, tuple[str, ...]] = {}

    def named(k: int) -> tuple[str, ...]:
        if k not in names:
            names[k] = participants(sources[k].text)
        return names[k]

    return {i: [j for j in sorted(int(k) for k in near.get(str(i), ()))
                if share_party(named(i), named(j))]
            for i in yearless}


# --- scanning -------------------------------------------------------------------


def _scan(src: Source, rules: Rules, today: date) -> _Scan:
    sc = _Scan()
    # Chrome that a stamp may still read ("Published ... / Updated ...") is
    # excluded from the body but does not hide the stamp from the stamp rules.
    hard: list[Span] = []
    for rule, s, e in chrome_spans(src.text, rules):
        sc.chrome.append((s, e))
        sc.chrome_found.append((rule.name, s, e))
        if rule.tells:
            sc.tells.append((s, e))
        if not rule.stamp_ok:
            hard.append((s, e))
    sc.hard = hard
    sc.head = body_head_end(src.text, hard)
    sc.stamps = find_stamps(src.text, rules, hard, sc.head, today)
    sc.datelines = find_datelines(src.text, rules, hard, today)
    sc.noyear = find_noyear_datelines(src.text, rules, hard)
    sc.stamps = reread_by_dateline(sc.stamps, sc.noyear)
    if not sc.noyear and not sc.datelines:
        # A dateline names the day; a lead's weekday only says which reading fits.
        sc.stamps = reread_by_lead(sc.stamps, src.text, hard, rules)
    sc.dateless = find_dateless_datelines(src.text, rules, hard, sc.head)
    sc.urls = find_url_dates(src.get("url") or printed_url(src.text, sc.head), rules)
    sc.years = year_mentions(src.text, rules, _excluded(sc))
    return sc


def _excluded(sc: _Scan) -> list[Span]:
    spans = list(sc.chrome) + sc.dateless
    spans += [(f.start, f.end) for f in sc.stamps + sc.datelines + sc.noyear]
    return spans


def _not_body(sc: _Scan, extra: Sequence[Span] = ()) -> tuple[Span, ...]:
    """What is not the article's body, whose dates are no claims: the spans scans leave
    out, but a caption, which tells the story ('The F-35 at Leeuwarden Air Base, 31
    October 2019. Photo: Ministry of Defence')."""
    tells = set(sc.tells)
    return merge_spans([span for span in _excluded(sc) if span not in tells] + list(extra))


# --- firm sources ----------------------------------------------------------------


def _text_choices(sc: _Scan, today: date, rejected: list[Evidence]) -> list[Choice]:
    """Publication stamps (a reprint's original date first, then labelled before bare
    dates, then in reading order),
    datelines with a year, URL dates, a print edition's date, and last update stamps:
    a paper prints a story the day after it goes online and an update time is later
    than the publication, so any other printed date is the better one ("NEW DELHI,
    July 13, 2015 23:18 IST" above "Updated: July 14, 2015")."""
    stamps = sorted(sc.stamps, key=lambda f: (not f.rule.labelled, f.start))
    original = [f for f in stamps if f.rule.role == "original"]
    published = [f for f in stamps if f.rule.role == "published"]
    printed = [f for f in stamps if f.rule.role == "print"]
    updated = [f for f in stamps if f.rule.role == "updated"]
    out = _stamp_choices(original + published, today, rejected)
    for f in sc.datelines:
        if f.value and f.value <= today:
            note = f"dateline with a year ({f.rule.name})"
            out.append(Choice(f.value, "dateline", f.text, note, f.start, f.end))
    for f in sc.urls:
        if f.value and f.value <= today:
            out.append(Choice(f.value, "url", f.text, f"date in the URL ({f.rule.name})"))
    return out + _stamp_choices(printed, today, rejected) + _stamp_choices(updated, today,
                                                                          rejected)


def _loose_choices(
    loose: list[Found], noyear: list[Found], today: date, rejected: list[Evidence]
) -> list[Choice]:
    """The last resort, when nothing else dates the article: unlabelled date lines in
    the head, if they all name one day (several days may be a list of events) and
    that day is the year-less dateline's, when there is one."""
    days = {f.value for f in loose}
    if len(days) != 1:
        for f in loose:
            why = "one of several unlabelled dates in the head; none is taken"
            rejected.append(Evidence("byline", f.text, "", why, f.start, f.end))
        return []
    if noyear and loose[0].value and (loose[0].value.month, loose[0].value.day) != (
        noyear[0].month,
        noyear[0].day,
    ):
        why = f"not the day of the dateline '{noyear[0].text}'"
        rejected.append(Evidence("byline", loose[0].text, "", why, loose[0].start, loose[0].end))
        return []
    return _stamp_choices(loose, today, rejected)


def _stamp_choices(stamps: list[Found], today: date, rejected: list[Evidence]) -> list[Choice]:
    out: list[Choice] = []
    for f in stamps:
        note = f"{f.rule.role} stamp ({f.rule.name})" + (f"; {f.reread}" if f.reread else "")
        if f.value is None or f.value > today:
            why = "unreadable date" if f.value is None else "after today"
            rejected.append(Evidence("byline", f.text, "", f"{note}: {why}", f.start, f.end))
            continue
        out.append(Choice(f.value, "byline", f.text, note, f.start, f.end))
    return out


def _firm(
    src: Source, sc: _Scan, rules: Rules, today: date, overrides: Mapping[str, date]
) -> Dating | None:
    warnings: list[str] = []
    rejected: list[Evidence] = _chrome_rejections(src, sc)
    choices: list[Choice] = []
    if src.id in overrides:
        choices.append(Choice(overrides[src.id], "cli", f"--dct {src.id}", "command line"))
    meta = meta_choice(src, today, warnings)
    if meta:
        choices.append(meta)
    choices += _text_choices(sc, today, rejected)
    if not choices:
        # The last resort: no metadata, stamp, dateline or URL dates the article.
        taken = frozenset(f.start for f in sc.stamps)
        sc.loose = find_stamps(src.text, rules, sc.hard, sc.head, today, loose=True,
                               taken=taken)
        choices = _loose_choices(sc.loose, sc.noyear, today, rejected)
    if not choices:
        return None
    best = choices[0]
    label = best.source.replace("_", " ")
    reasons = [f"Published {best.value.isoformat()} from the {label}: '{best.text}' ({best.note})."]
    evidence = [
        Evidence(best.source, best.text, best.value.isoformat(), best.note, best.start, best.end)
    ]
    for other in choices[1:]:
        _compare(best, other, evidence, rejected, warnings)
    _check_noyear(best, sc, warnings)
    written = _written_day(best.value, sc)
    if written is not None:
        reasons.append(f"Written {written.isoformat()}, the day of the dateline "
                       f"'{sc.noyear[0].text}': relative dates count from it.")
    _check_url_month(best, sc, warnings)
    _check_tense(best.value, sc.years, warnings)
    if any(w.startswith("disagree") for w in warnings):
        reasons.append("Other sources disagree; kept the more trusted one (see warnings).")
    conf = rules.confidence.get(best.source, 0.9)
    loose: list[Span] = []
    if best.note.startswith("updated"):
        conf = rules.confidence.get("byline_updated", conf)
        reasons.append("Only an update time is printed; the first publication may be earlier.")
    elif best.note.startswith("loose"):
        conf = rules.confidence.get("byline_loose", conf)
        reasons.append("Only an unlabelled date line dates the article; check it is not an "
                       "event's date.")
        loose = [(f.start, f.end) for f in sc.loose]
    return Dating(
        published=best.value,
        published_from=best.source,
        confidence=conf if not warnings else round(conf * 0.9, 2),
        reasons=tuple(reasons),
        evidence=tuple(evidence),
        rejected=tuple(rejected),
        warnings=tuple(warnings),
        excluded=_not_body(sc, loose),
        written=written,
    )


def _compare(
    best: Choice,
    other: Choice,
    evidence: list[Evidence],
    rejected: list[Evidence],
    warnings: list[str],
) -> None:
    ev = Evidence(
        other.source, other.text, other.value.isoformat(), other.note, other.start, other.end
    )
    if other.value == best.value:
        evidence.append(ev)
        return
    if other.note.startswith("updated") and other.value > best.value:
        evidence.append(ev)  # an update after publication is expected
        return
    if other.note.startswith("print") and 0 < (other.value - best.value).days <= PRINT_DAYS:
        evidence.append(ev)  # so is the paper of the next morning
        return
    rejected.append(ev)
    warnings.append(
        f"disagree: the {best.source.replace('_', ' ')} says {best.value.isoformat()} but the "
        f"{other.source} '{other.text}' says {other.value.isoformat()}; kept the "
        f"{best.source.replace('_', ' ')}"
    )


# How many days after its online publication a story may appear in print.
PRINT_DAYS = 2
# How many days before its publication a wire dateline may name: the day the story was
# filed ('WASHINGTON, June 27 —' in the paper of June 28).
FILING_DAYS = 1


def _check_noyear(best: Choice, sc: _Scan, warnings: list[str]) -> None:
    # A wire dateline carries the filing day: publication is that day or the next.
    for f in sc.noyear[:1]:
        near = {best.value + timedelta(days=k) for k in range(-FILING_DAYS, FILING_DAYS + 1)}
        if not any((d.month, d.day) == (f.month, f.day) for d in near):
            warnings.append(
                f"disagree: the dateline '{f.text}' names {f.month:02d}-{f.day:02d}, not near "
                f"{best.value.isoformat()} from the {best.source.replace('_', ' ')}"
            )


def _written_day(published: date, sc: _Scan) -> date | None:
    """The dateline's day when it falls just before the publication: a paper prints the
    story filed the day before, and its 'today' is the filing day."""
    for f in sc.noyear[:1]:
        for back in range(1, FILING_DAYS + 1):
            day = published - timedelta(days=back)
            if (day.month, day.day) == (f.month, f.day):
                return day
    return None


def _check_url_month(best: Choice, sc: _Scan, warnings: list[str]) -> None:
    for f in sc.urls:
        if f.value is None and (f.year, f.month) != (best.value.year, best.value.month):
            warnings.append(
                f"disagree: the URL '{f.text}' names {f.year}-{f.month:02d}, not the month of "
                f"{best.value.isoformat()}"
            )


def _month_interval(m: Mention) -> tuple[date, date]:
    if m.month:
        first = date(m.year, m.month, 1)
        nxt = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        return first, nxt - timedelta(days=1)
    return date(m.year, 1, 1), date(m.year, 12, 31)


def _check_tense(published: date, years: list[Mention], warnings: list[str]) -> None:
    """Warn when the text's tenses only make sense at another time: something
    still expected before the publication date, or reported as past after it."""
    for m in years:
        if not m.dated:
            continue  # "its 2030 target" names a year, it does not date an event
        first, last = _month_interval(m)
        if m.tense == "future" and last < published:
            warnings.append(
                f"disagree: the text still expects '{m.text}' (future), which is before "
                f"the publication date {published.isoformat()}"
            )
        elif m.tense == "past" and first > published:
            warnings.append(
                f"disagree: the text reports '{m.text}' in the past tense, after the "
                f"publication date {published.isoformat()}"
            )


def _chrome_rejections(src: Source, sc: _Scan) -> list[Evidence]:
    """Dates seen in page chrome, listed so `explain` shows why they were not used."""
    out = []
    stamp_lines = {f.start for f in sc.stamps}
    for name, s, e in sc.chrome_found:
        if s in stamp_lines:
            continue  # a stamp read this line (see _scan): it is evidence, not chrome
        chunk = src.text[s:e]
        if re.search(r"\b(?:19|20)\d{2}\b|\b\d{1,2}\b", chunk):
            first = " ".join(chunk.split())[:120]
            note = f"page chrome ({name}), not the publication date"
            out.append(Evidence("chrome", first, "", note, s, e))
    return out


# --- inference and unknown -----------------------------------------------------------


def _lead_weekdays(
    src: Source, sc: _Scan, dateline: Found, rules: Rules
) -> tuple[list[Mention], bool]:
    """Weekdays of the reporting clauses: those of the dateline's paragraph, or
    else of the next paragraphs (then `False`: the looser default gaps apply)."""
    excluded = _excluded(sc)
    end = paragraph_end(src.text, dateline.end)
    lead = [
        m
        for m in weekday_mentions(src.text, dateline.start, end, excluded, rules)
        if m.tense != "future"
    ]
    if lead:
        return lead, True
    stop = end
    for _ in range(_FOLLOW_PARAGRAPHS):
        nxt = src.text.find("\n", stop + 1)
        while nxt >= 0 and not src.text[stop:nxt].strip():
            stop, nxt = nxt, src.text.find("\n", nxt + 1)
        stop = len(src.text) if nxt < 0 else nxt
    follow = [
        m for m in weekday_mentions(src.text, end, stop, excluded, rules) if m.tense == "past"
    ]
    return follow, False


def _copyright(text: str, sc: _Scan) -> tuple[int, str] | None:
    """The latest year the page's copyright notices give, with the notice: not a
    caption's ('Photo: © Wire 2009' may credit an old picture)."""
    notices = [text[s:e] for name, s, e in sc.chrome_found if name == "copyright_notice"
               and not any(a <= s < b for a, b in sc.tells)]
    years = [(_notice_year(m), n.strip()) for n in notices for m in _NOTICE_YEARS.finditer(n)]
    return max(years) if years else None


# A notice's year, or its range ('© 2019-23'): the later year counts.
_NOTICE_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[\-–—]\s*((?:19|20)?\d{2}))?(?!\d)")


def _notice_year(m: re.Match[str]) -> int:
    first, last = m.group(1), m.group(2)
    if not last:
        return int(first)
    return int(last) if len(last) == 4 else second_year(int(first), last)  # '© 1998-02': 2002


def _printed_weekday(noyear: list[Found]) -> Found | None:
    """The year-less stamp that prints the weekday of the day the dateline gives (or is
    the dateline itself): 'Fri, Aug 15 · 21:40 PST' above 'ISLAMABAD, Aug 15 (APP):'."""
    first = noyear[0]
    return next((f for f in noyear if f.weekday >= 0
                 and (f.month, f.day) == (first.month, first.day)), None)


def _inferred(src: Source, sc: _Scan, rules: Rules, today: date, build: tuple[int, ...],
              story: tuple[tuple[str, date], ...] = ()) -> Dating:
    excluded = _not_body(sc)
    if not sc.noyear:
        return _unknown(
            src,
            sc,
            [
                "No publication date: no metadata, stamp, dated dateline, "
                "URL date or year-less dateline was found."
            ],
        )
    dateline = sc.noyear[0]
    weekdays, in_lead = _lead_weekdays(src, sc, dateline, rules)
    default = tuple(float(x) for x in rules.inference.get("weekday_offsets", [1.0, 0.5]))
    offsets = dateline.rule.offsets if in_lead and dateline.rule.offsets else default
    printed = _printed_weekday(sc.noyear)
    if printed is not None:
        # A stamp that prints its weekday: the year must put its day on that weekday.
        weekdays = [Mention(printed.text, printed.start, printed.end, "past",
                            weekday=printed.weekday)]
        offsets = (1.0,)
    url_year = next((f for f in sc.urls if f.value is None), None)
    clues = Clues(dateline, tuple(weekdays), offsets, tuple(sc.years), url_year, build, today,
                  story, printed=printed is not None, copyright=_copyright(src.text, sc))
    res = infer_year(clues, rules.inference)
    chrome = _chrome_rejections(src, sc)
    if res.published is None:
        return _unknown(src, sc, res.reasons, res.evidence, res.rejected + chrome)
    warnings: list[str] = []
    _check_tense(res.published, sc.years, warnings)
    return Dating(
        published=res.published,
        published_from="inferred",
        confidence=res.confidence,
        reasons=tuple(res.reasons),
        evidence=tuple(res.evidence),
        rejected=tuple(res.rejected + chrome),
        warnings=tuple(warnings),
        excluded=excluded,
    )


def _unknown(
    src: Source,
    sc: _Scan,
    reasons: list[str],
    evidence: Sequence[Evidence] = (),
    rejected: Sequence[Evidence] = (),
) -> Dating:
    warning = f"{src.id}: publication date unknown; " + _HOW_TO.format(id=src.id)
    return Dating(
        published=None,
        published_from="unknown",
        confidence=0.0,
        reasons=(*reasons, "Relative dates in this article stay unresolved."),
        evidence=tuple(evidence),
        rejected=tuple(rejected) or tuple(_chrome_rejections(src, sc)),
        warnings=(warning,),
        excluded=_not_body(sc),
    )
