"""Copied sentences count their relative dates from their earliest-dated holder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.model import Claim, Timeline
from timeline.pipeline import Inputs, build

COPIES = Path(__file__).resolve().parent.parent / "fixtures" / "copies"
TODAY = date(2026, 11, 21)
# Tuesday of the week of the original (published Wednesday 2021-04-14).
STRIKE_DAY = date(2021, 4, 13)


def _build(*names: str) -> Timeline:
    return build(Inputs(paths=tuple(str(COPIES / n) for n in names), today=TODAY))


def _claim(timeline: Timeline, article: str, phrase: str, occurrence: int = 0) -> Claim:
    found = [c for c in timeline.claims if c.article == article and c.timex.text == phrase]
    return found[occurrence]


def test_copy_dated_later_counts_a_copied_weekday_from_the_original() -> None:
    timeline = _build("wire_original.txt", "aggregator_copy_week_later.txt")
    claim = _claim(timeline, "aggregator_copy_week_later", "Tuesday")
    assert (claim.timex.earliest, claim.timex.latest) == (STRIKE_DAY, STRIKE_DAY)


def test_copied_claim_keeps_its_own_offsets_and_names_the_original() -> None:
    timeline = _build("wire_original.txt", "aggregator_copy_week_later.txt")
    claim = _claim(timeline, "aggregator_copy_week_later", "Tuesday")
    article = next(a for a in timeline.articles if a.id == claim.article)
    assert article.text[claim.timex.start:claim.timex.end] == "Tuesday"
    assert "copies wire_original word for word" in claim.timex.note


def test_copied_plan_stays_expected_after_the_copy_is_published() -> None:
    timeline = _build("wire_original.txt", "aggregator_copy_week_later.txt")
    claim = _claim(timeline, "aggregator_copy_week_later", "Thursday")
    assert (claim.timex.earliest, claim.modality) == (date(2021, 4, 15), "expected")


def test_copy_s_own_sentence_counts_from_its_own_date() -> None:
    timeline = _build("wire_original.txt", "aggregator_copy_week_later.txt")
    own = [c for c in timeline.claims if c.article == "aggregator_copy_week_later"
           and c.sentence.startswith("NewsPile readers")]
    assert [c.timex.earliest for c in own] == [date(2021, 4, 19)]


def test_copy_and_original_report_no_conflict() -> None:
    timeline = _build("wire_original.txt", "aggregator_copy_week_later.txt")
    assert timeline.conflicts == ()


def test_undated_copy_takes_the_original_s_dates() -> None:
    timeline = _build("wire_original.txt", "aggregator_copy_undated.txt")
    claim = _claim(timeline, "aggregator_copy_undated", "Tuesday")
    assert claim.timex.earliest == STRIKE_DAY


def test_one_shared_sentence_does_not_make_a_copy() -> None:
    timeline = _build("wire_original.txt", "later_story_one_shared_sentence.txt")
    claim = _claim(timeline, "later_story_one_shared_sentence", "Tuesday", occurrence=1)
    assert claim.timex.earliest == date(2021, 4, 20)


def test_original_keeps_its_own_reading() -> None:
    timeline = _build("wire_original.txt", "aggregator_copy_week_later.txt")
    claim = _claim(timeline, "wire_original", "Tuesday")
    assert "word for word" not in claim.timex.note


def test_a_copy_without_the_dateline_counts_its_lead_from_the_original() -> None:
    timeline = _build("wire_dateline_lead.txt", "copy_without_dateline.txt")
    claim = _claim(timeline, "copy_without_dateline", "Tuesday")
    assert claim.timex.earliest == STRIKE_DAY


def test_a_copy_of_a_copy_counts_from_the_first_writing() -> None:
    timeline = _build("chain_first.txt", "chain_second.txt", "chain_third.txt")
    claim = _claim(timeline, "chain_third", "Tuesday")
    assert claim.timex.earliest == STRIKE_DAY
    assert timeline.conflicts == ()


def test_a_copy_of_a_copy_names_the_day_of_the_first_writing() -> None:
    timeline = _build("chain_first.txt", "chain_second.txt", "chain_third.txt")
    note = _claim(timeline, "chain_third", "Tuesday").timex.note
    assert note.count("word for word") == 1 and "counted from 2021-04-14" in note


def test_a_later_story_reusing_a_short_brief_is_no_copy_of_it() -> None:
    timeline = _build("brief_january.txt", "later_story_reusing_brief.txt")
    claim = _claim(timeline, "later_story_reusing_brief", "March")
    assert claim.timex.earliest == date(2022, 3, 1)
