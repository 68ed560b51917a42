"""Behaviour of the time-expression engine, one behaviour per test.

The per-rule examples live in the rule files (tests/test_timex_rules.py); these
tests pin down the contract of `find` and `clause_tense` as a whole.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.model import TimeExpr
from timeline.timex import find, regexes, ruleset
from timeline.timex.ruleset import tense_markers
from timeline.timex.tense import UNSAFE_TO_LOWER, _compiled, _markers_regex, clause_tense

REF = date(2019, 11, 27)  # a Wednesday


def one(text: str, phrase: str, ref: date | None = REF) -> TimeExpr:
    hits = [e for e in find(text, ref) if e.text == phrase]
    assert len(hits) == 1, [(e.text, e.rule) for e in find(text, ref)]
    return hits[0]


def tense_of(text: str, phrase: str) -> str:
    i = text.index(phrase)
    return clause_tense(text, i, i + len(phrase))


def test_spans_index_the_text_exactly() -> None:
    text = "Talks began on March 3, 2019 and ended late 2019-early 2020."
    for e in find(text, REF):
        assert text[e.start : e.end] == e.text


def test_results_are_sorted_and_do_not_overlap() -> None:
    exprs = find("In early March 2019, two years ago, on Tuesday and next month.", REF)
    assert [e.start for e in exprs] == sorted(e.start for e in exprs)
    assert all(a.end <= b.start for a, b in itertools.pairwise(exprs))


def test_longest_match_wins_over_its_parts() -> None:
    assert [e.text for e in find("It opened on September 12, 2017.", REF)] == ["September 12, 2017"]


def test_year_resolves_to_whole_year() -> None:
    e = one("The law passed in 2017.", "2017")
    assert (e.earliest, e.latest, e.granularity, e.anchor) == (
        date(2017, 1, 1), date(2017, 12, 31), "year", "absolute")


def test_part_of_a_single_day_is_that_day() -> None:
    # Thirds of a one-day span would end before they begin.
    e = one("EARLY January1", "EARLY January1", date(2000, 1, 1))
    assert (e.earliest, e.latest) == (date(2000, 1, 1), date(2000, 1, 1))


def test_past_weekday_same_as_reference_is_the_reference_day() -> None:
    assert one("The minister said on Wednesday that talks failed.", "Wednesday").earliest == REF


def test_past_weekday_is_most_recent_before_reference() -> None:
    assert one("The board met on Wednesday.", "Wednesday", date(2021, 9, 30)).earliest == date(
        2021, 9, 29)


def test_future_clause_sends_yearless_month_forward() -> None:
    text = "Officials said in early March that the process would begin in October."
    e = one(text, "October", date(2019, 3, 29))
    assert e.value == "2019-10" and "future" in e.note


def test_past_clause_sends_yearless_month_back() -> None:
    assert one("The fleet sailed in December.", "December", date(2020, 3, 2)).value == "2019-12"


def test_anaphora_uses_previous_time_not_publication_date() -> None:
    text = "The rebels struck on Friday. A day earlier they had warned the town."
    e = one(text, "A day earlier")
    assert (e.earliest, e.anchor) == (date(2019, 11, 21), "previous_time")


def test_clock_times_fall_on_the_day_named_right_after_them() -> None:
    text = "The quake struck at 10:05 a.m. local time (0805 GMT) on Tuesday."
    for phrase in ("10:05 a.m.", "0805 GMT"):
        e = one(text, phrase, date(2021, 5, 15))
        assert (e.earliest, e.value[:10]) == (date(2021, 5, 11), "2021-05-11")


def test_a_list_of_clock_times_falls_on_the_day_its_last_one_names() -> None:
    text = "Buses leave at 9 a.m., 1 p.m. and 5 p.m. on Tuesday."
    assert one(text, "9 a.m.", date(2021, 5, 16)).earliest == date(2021, 5, 18)


def test_a_clock_time_that_names_its_day_keeps_it() -> None:
    text = "The rally started at 8:30 p.m. EDT Monday (0030 GMT Tuesday)."
    assert one(text, "8:30 p.m. EDT Monday", date(2021, 5, 16)).earliest == date(2021, 5, 17)


def test_a_day_after_a_comma_opens_another_clause_not_the_clock_day() -> None:
    text = "Police arrived at 9 p.m. (1800 GMT), on Saturday the army came."
    assert one(text, "9 p.m.", date(2021, 5, 16)).earliest == date(2021, 5, 16)


def test_without_reference_relative_phrases_stay_unresolved() -> None:
    text = "On Friday it closed. A day earlier, In January, On December 14 last year it said so."
    for phrase, value in (("Friday", "XXXX-WXX-5"), ("January", "XXXX-01"),
                          ("December 14 last year", "XXXX-12-14")):
        e = one(text, phrase, None)
        assert (e.value, e.earliest, e.latest, e.anchor) == (value, None, None, "unresolved")


def test_without_reference_a_day_after_a_later_year_is_not_given_an_older_one() -> None:
    text = ("On 2 February 1990, the president spoke. Talks began in December 1991. "
            "On 17 March they voted.")
    e = one(text, "17 March", None)
    assert (e.earliest, e.anchor) == (None, "unresolved")


def test_without_reference_a_year_told_whole_does_not_hide_the_day_written_out() -> None:
    text = ("On 14 July 2023 the council approved a budget for 2025. "
            "On 26 August the mayor resigned.")
    assert one(text, "26 August", None).earliest == date(2023, 8, 26)


def test_without_reference_a_later_season_also_moves_the_story_on() -> None:
    text = ("On 2 February 1990 the strike began. In late 1991 it ended. "
            "On 17 March the union voted.")
    assert one(text, "17 March", None).anchor == "unresolved"


def test_without_reference_absolute_dates_still_resolve() -> None:
    e = one("The plant was built in late 2017.", "late 2017", None)
    assert (e.earliest, e.latest, e.anchor) == (date(2017, 9, 1), date(2017, 12, 31), "absolute")


def test_by_keeps_only_the_latest_day() -> None:
    e = one("The port must be finished by April 2020.", "April 2020")
    assert (e.mod, e.earliest, e.latest) == ("ON_OR_BEFORE", None, date(2020, 4, 30))


def test_before_the_end_of_keeps_the_end() -> None:
    e = one("The mine must close before the end of 2021.", "the end of 2021")
    assert (e.value, e.mod, e.latest) == ("2021", "BEFORE", date(2021, 12, 31))


def test_first_time_since_names_that_one_earlier_time() -> None:
    e = one("Petrol rose above $3 for the first time since 2014.", "2014")
    assert (e.mod, e.earliest, e.latest) == ("", date(2014, 1, 1), date(2014, 12, 31))


def test_since_with_a_when_clause_names_that_time() -> None:
    e = one("It was the second attack on the dam since 2017, when a drone hit it.", "2017")
    assert (e.mod, e.earliest, e.latest) == ("", date(2017, 1, 1), date(2017, 12, 31))


def test_before_a_night_clock_time_may_fall_on_an_earlier_day() -> None:
    e = one("He left before 5 a.m. on May 7, 2021.", "5 a.m. on May 7, 2021")
    assert (e.mod, e.earliest, e.latest) == ("BEFORE", None, date(2021, 5, 7))


def test_before_a_daytime_clock_time_is_that_day() -> None:
    e = one("He left before 5 p.m. on May 7, 2021.", "5 p.m. on May 7, 2021")
    assert (e.mod, e.earliest, e.latest) == ("BEFORE", date(2021, 5, 7), date(2021, 5, 7))


def test_after_a_clock_time_may_still_fall_on_that_day() -> None:
    e = one("Power came back after 11 p.m. on May 7, 2021.", "11 p.m. on May 7, 2021")
    assert (e.mod, e.earliest, e.latest) == ("AFTER", date(2021, 5, 7), None)


def test_just_before_a_clock_time_is_that_day() -> None:
    e = one("Staff found the note just before 5 a.m. on May 7, 2021.", "5 a.m. on May 7, 2021")
    assert (e.mod, e.earliest, e.latest) == ("BEFORE", date(2021, 5, 7), date(2021, 5, 7))


def test_shortly_after_a_clock_time_is_that_day() -> None:
    e = one("He went into the garden shortly after 6pm on 20 May 2020.", "6pm on 20 May 2020")
    assert (e.mod, e.earliest, e.latest) == ("AFTER", date(2020, 5, 20), date(2020, 5, 20))


def test_range_has_empty_value_and_spans_both_ends() -> None:
    e = one("Deliveries are set for late 2019-early 2020.", "late 2019-early 2020")
    assert (e.value, e.granularity, e.earliest, e.latest) == (
        "", "range", date(2019, 9, 1), date(2020, 4, 30))


def test_duration_has_no_interval() -> None:
    e = one("The war lasted two years.", "two years")
    assert (e.type, e.value, e.earliest, e.latest) == ("DURATION", "P2Y", None, None)


def test_ago_makes_a_date() -> None:
    e = one("The dam was finished two years ago.", "two years ago")
    assert (e.type, e.value) == ("DATE", "2017")


def test_modal_may_is_not_a_month() -> None:
    assert find("They may go ahead, and we may 5 times try.", REF) == ()


def test_numbers_units_and_names_are_not_times() -> None:
    text = ("The S-400 (SA-21) and F-35 have a 400 km and 30 km range, 70% of $2.5 billion "
            "or $3.4-billion. We saw Roku, the first regiment, fifth-generation jets, "
            "four batteries and a Patriot.")
    assert find(text, REF) == ()


def test_ambiguous_numeric_date_says_which_reading() -> None:
    e = one("Dated 03/04/2019.", "03/04/2019", date(2019, 3, 6))
    assert e.value == "2019-03-04" and "nearest" in e.note


def test_every_expression_names_its_rule_and_note() -> None:
    for e in find("Last week, on May 5, 2019, now and then in the 1990s.", REF):
        assert e.rule and e.note


def test_tense_future_markers() -> None:
    for text, phrase in (("The plant would begin in October.", "October"),
                         ("The plant is expected to open in May.", "May"),
                         ("The firm plans to finish in June.", "June"),
                         ("Parts will be delivered in October.", "October")):
        assert tense_of(text, phrase) == "future", text


def test_tense_past_markers() -> None:
    for text, phrase in (("The union vowed in October to strike.", "October"),
                         ("The minister said on Monday it was over.", "Monday"),
                         ("Output was low in March.", "March")):
        assert tense_of(text, phrase) == "past", text


def test_a_capitalised_ed_word_is_a_name_not_a_past_marker() -> None:
    text = ("The winners will share the prize of 5 million kronor (about $550,000) and "
            "receive it at a dinner in Oslo on May 4, the birthday of founder Alfred Nobel.")
    assert tense_of(text, "May 4") == "future"


def test_a_time_clause_right_after_the_span_does_not_give_its_tense() -> None:
    text = ("The league dropped the two northern host cities in April after they could not "
            "promise fans would come.")
    assert tense_of(text, "April") == "past"


def test_an_appositive_relative_clause_does_not_give_its_tense() -> None:
    text = ("The city is due to host the world rowing championships on the lake in February, "
            "a race that several crews have threatened to boycott.")
    assert tense_of(text, "February") == "future"


def test_a_purpose_looks_ahead_of_the_act_that_serves_it() -> None:
    text = "A task force has been set up with the aim of clearing the backlog by 30 June."
    assert tense_of(text, "30 June") == "future"


def test_a_date_fixed_for_something_in_the_past_lies_ahead_of_the_fixing() -> None:
    text = ("The premier dismissed the cabinet, dissolved parliament and called a snap "
            "election for March 4.")
    assert tense_of(text, "March 4") == "future"


def test_a_demand_called_for_a_date_is_past() -> None:
    assert tense_of("Protesters called for May 1 rallies across the country.", "May 1") == "past"


def test_a_range_end_lends_its_year_only_to_a_range() -> None:
    ref = date(2021, 10, 5)
    spaced = one("Schools reopened on 8 September - March 2020 was the worst.", "8 September",
                 ref)
    joined = one("Exports fell on March 3 and May 2020 saw a rebound.", "March 3", ref)
    assert (spaced.value, joined.value) == ("2021-09-08", "2021-03-03")


def test_a_record_set_for_a_month_is_no_date_fixed() -> None:
    assert tense_of("Rainfall set a record for March.", "March") == "past"


def test_a_capitalised_ed_word_opening_the_sentence_is_a_verb() -> None:
    text = "Founded in August, the group will hold its first congress."
    assert tense_of(text, "August") == "past"


def test_a_subject_and_its_verb_after_the_comma_are_the_main_clause() -> None:
    assert tense_of("In November, a court ruled that the strike was illegal.",
                    "November") == "past"


def test_tense_is_empty_without_markers() -> None:
    assert tense_of("October.", "October") == ""


def test_import_is_light() -> None:
    code = ("import sys, timeline.timex; "
            "print(any(m in sys.modules for m in ('pandas', 'rich', 'dateparser')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_since_keeps_the_time_it_names_with_its_mod() -> None:
    # 'since 2017' names when the state began: the interval is 2017, the mod says the
    # state holds from then (the reading of the blind-written surveys and dev sets).
    e = one("Prices have doubled since 2017.", "2017")
    assert (e.mod, e.earliest, e.latest) == ("ON_OR_AFTER", date(2017, 1, 1), date(2017, 12, 31))


def test_until_keeps_the_time_it_names_with_its_mod() -> None:
    e = one("He ruled the province until March 1990.", "March 1990")
    assert (e.mod, e.earliest, e.latest) == ("ON_OR_BEFORE", date(1990, 3, 1), date(1990, 3, 31))


def test_by_still_opens_the_start() -> None:
    e = one("The bridge will reopen by April 2020.", "April 2020")
    assert (e.mod, e.earliest, e.latest) == ("ON_OR_BEFORE", None, date(2020, 4, 30))


def test_after_starts_the_day_after() -> None:
    e = one("Shops reopen after Christmas 2019.", "Christmas 2019")
    assert (e.mod, e.earliest, e.latest) == ("AFTER", date(2019, 12, 26), None)


def test_mid_month_of_past_clause() -> None:
    e = one("The deliveries of turbines started in mid-July.", "mid-July")
    assert (e.value, e.mod, e.earliest, e.latest) == (
        "2019-07", "MID", date(2019, 7, 11), date(2019, 7, 20))


def test_weekday_chain_in_a_friday_story() -> None:
    text = ("The agency announced on Friday that it had closed the case. A day earlier, police "
            "had raided the office. In January the firm cut jobs. On December 14 last year the "
            "mayor resigned.")
    ref = date(2021, 3, 12)  # a Friday
    assert one(text, "Friday", ref).earliest == ref
    assert one(text, "A day earlier", ref).earliest == date(2021, 3, 11)
    assert one(text, "January", ref).value == "2021-01"
    assert one(text, "December 14 last year", ref).earliest == date(2020, 12, 14)


def test_reporting_verb_does_not_date_a_future_payment() -> None:
    text = "The dividend will be payable Jan. 3 to stock of record Nov. 16, the company said."
    assert one(text, "Nov. 16", date(1989, 11, 1)).value == "1989-11-16"


def test_unresolved_keeps_its_part_of_month() -> None:
    e = one("The deliveries started in mid-July.", "mid-July", None)
    assert (e.value, e.mod, e.anchor, e.earliest) == ("XXXX-07", "MID", "unresolved", None)


def test_rule_cache_gives_the_same_results_cold_warm_and_corrupt(tmp_path: object) -> None:
    code = ("from timeline.timex import find; from datetime import date; "
            "print([(e.text, e.value) for e in find('On May 5, 2019, two years ago, "
            "Friday at 8 p.m. EST, in mid-July.', date(2019, 11, 27))])")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True, env=env)
        return done.stdout

    cold = run()
    warm = run()
    for f in (Path(str(tmp_path)) / "timeline").iterdir():
        f.write_bytes(b"not a cache")
    corrupt = run()
    assert cold == warm == corrupt
    assert "May 5, 2019" in cold


def test_each_checkout_has_its_own_cache_files(tmp_path: Path) -> None:
    # Checkouts with different rules sharing a cache file would keep overwriting it.
    code = "from timeline.timex import find; find('On May 5, 2019.', None)"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    names = sorted(f.name for f in (tmp_path / "timeline").iterdir())
    key = regexes.checkout_key()
    assert len(names) == 2 and all(key in n for n in names), names


@pytest.mark.parametrize("content", [b"[]", b'"x"', b"null", b'{"stamps": 1}'])
def test_a_rules_cache_of_another_shape_is_ignored(tmp_path: Path, content: bytes,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    code = ("from timeline.timex import find; from datetime import date; "
            "print([(e.text, e.value) for e in find('On May 5, 2019.', date(2019, 11, 27))])")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "timeline").mkdir()
    Path(ruleset._cache_path()).write_bytes(content)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env)
    assert done.returncode == 0, done.stderr
    assert "May 5, 2019" in done.stdout


def test_earlier_this_month_runs_up_to_the_reference_date() -> None:
    # The day of writing is included: what happened 'earlier this month' may have
    # happened that morning; a narrower interval would make false conflicts.
    e = one("Officials met earlier this month.", "earlier this month", date(2019, 11, 27))
    assert (e.value, e.earliest, e.latest) == ("2019-11", date(2019, 11, 1), date(2019, 11, 27))


def test_later_this_year_runs_from_the_reference_date() -> None:
    e = one("The plant will open later this year.", "later this year", date(2019, 11, 27))
    assert (e.earliest, e.latest) == (date(2019, 11, 27), date(2019, 12, 31))


def test_tense_markers_must_start_at_a_word_boundary() -> None:
    # The marker regex tests one word boundary ahead of all markers (for speed),
    # which is only right if each marker starts at one.
    data = tense_markers()
    ok = _markers_regex(data)
    assert ok.startswith("\\b(?:")
    bad = {**data, "markers": {**data["markers"], "past": ["(?<!\\bto\\s)(?:was|were)\\b"]}}
    with pytest.raises(ValueError, match="word boundary"):
        _markers_regex(bad)


def test_tense_markers_match_the_same_in_the_lower_cased_text() -> None:
    # The markers are searched without IGNORECASE in the lower-cased text, unless it
    # holds one of UNSAFE_TO_LOWER. For every other character (all of Unicode), each
    # character and class the markers use must match it with IGNORECASE exactly when
    # it matches its lower case without.
    source = _compiled().regex.pattern
    chars = "".join(chr(i) for i in range(0x110000)
                    if not 0xD800 <= i <= 0xDFFF and chr(i) not in UNSAFE_TO_LOWER)
    lowered = chars.lower()
    assert len(lowered) == len(chars)
    # (Upper-case letters in the source are syntax, "(?P<past>": literals are refused.)
    atoms = {re.escape(c) for c in source if not c.isupper()} | {"[a-z]", r"\w", r"\s", r"\d"}
    for atom in atoms:
        with_case = [m.start() for m in re.finditer(atom, chars, re.IGNORECASE)]
        assert with_case == [m.start() for m in re.finditer(atom, lowered)], atom


def test_tense_of_a_text_that_cannot_be_lower_cased_safely() -> None:
    # 'İ' lower-cases to two characters and 'ı' is its own lower case: such a text
    # is searched as it is, with IGNORECASE.
    for text in ("İSTANBUL - Officials WERE told in March.", "Kırıkkale: output WAS low in March."):
        assert tense_of(text, "March") == "past", text


def test_trigger_words_are_found_at_every_word_start() -> None:
    # The word regex consumes the character before a word; one at the very start of
    # the text, right after another one, or inside a phrase must still be found.
    text = "Yesterday, today;now the year ago. Monday"
    got = [e.text for e in find(text, REF)]
    assert got == ["Yesterday", "today", "now", "year ago", "Monday"], got


def test_anaphora_refers_to_the_day_named_not_the_stretch_before_it() -> None:
    # "before last Tuesday" keeps only the days before it, but "the next morning"
    # counts from that Tuesday itself; "now" in between names no day to count from.
    text = ("The day before last Tuesday's hearing, he went to the house. He is now fine; "
            "he appeared in court the next morning.")
    e = one(text, "the next morning", date(2000, 2, 24))
    assert e.value == "2000-02-23"


def test_a_month_without_a_fifth_monday_gives_no_date_for_it() -> None:
    from timeline.timex.calendar import nth_weekday

    assert nth_weekday(2024, 2, 1, 5) is None
    assert nth_weekday(2024, 2, 4, -1) == date(2024, 2, 29)


def test_the_following_spring_after_a_decade_is_the_spring_after_it() -> None:
    e = one("Rents rose in the 1990s, and the following spring the market fell.",
            "the following spring", date(2019, 8, 15))
    assert (e.earliest, e.latest) == (date(2000, 3, 1), date(2000, 5, 31))


def test_a_resolver_that_fails_leaves_its_phrase_unresolved_and_the_rest_resolved(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline.timex import engine

    def broken(*_args: object) -> None:
        raise ValueError("min() arg is an empty sequence")

    monkeypatch.setitem(engine.RESOLVERS, "season", broken)
    exprs = find("It rained in the spring of 2019 and on March 3, 2020.", date(2021, 1, 1))
    spring = next(e for e in exprs if "spring" in e.text)
    assert (spring.anchor, spring.earliest, spring.latest) == ("unresolved", None, None)
    assert "resolver 'season' failed" in spring.note
    assert any(e.value == "2020-03-03" for e in exprs)


def test_a_day_has_no_halves() -> None:
    from timeline.timex.calendar import half_of

    day = date(2023, 3, 12)
    assert half_of((day, day), "day", first=True) == (day, day)


def test_a_quarter_told_with_its_closing_day_is_the_three_months_to_that_day() -> None:
    # A company's fiscal fourth quarter may end in August; the value stays as written.
    e = one("Profit rose 21% for the fourth quarter ended Aug. 26.", "the fourth quarter",
            date(1989, 10, 27))
    assert (e.earliest, e.latest, e.value) == (date(1989, 5, 27), date(1989, 8, 26), "1989-Q4")


def test_a_number_of_months_ended_on_a_day_is_anchored_there() -> None:
    e = one("For the six months ended Aug. 12, Provigo posted net income.", "the six months",
            date(1989, 10, 27))
    assert (e.type, e.earliest, e.latest) == ("DURATION", date(1989, 2, 13), date(1989, 8, 12))


def test_a_year_told_with_its_closing_month_end_is_twelve_whole_months() -> None:
    e = one("Net income for the year ended June 30 was $2 million.", "the year",
            date(1989, 10, 27))
    assert (e.earliest, e.latest) == (date(1988, 7, 1), date(1989, 6, 30))


@pytest.mark.parametrize(("text", "phrase"), [
    ("Sales rose from the first quarter to June.", "the first quarter"),
    ("Talks that began in the first quarter ended Aug. 26 without a deal.", "the first quarter"),
    ("The strike that began in 2019 ended on March 3, 2020.", "2019"),
])
def test_a_period_before_a_range_end_or_a_clause_verb_keeps_its_own_interval(
        text: str, phrase: str) -> None:
    e = one(text, phrase, date(2021, 9, 15))
    assert (e.earliest.month, e.earliest.day) == (1, 1)


def test_an_amount_of_delay_is_no_period_closed_by_the_new_date() -> None:
    e = one("The program was delayed by a year to March 2022.", "a year", date(2021, 9, 15))
    assert (e.earliest, e.latest) == (None, None)


def test_a_calendar_half_closed_in_another_year_takes_that_year() -> None:
    e = one("Sales rose in the second half to Dec. 31.", "the second half", date(2021, 9, 15))
    assert (e.value, e.earliest) == ("2020-H2", date(2020, 7, 1))


def test_a_modal_that_opens_a_name_is_no_tense_marker() -> None:
    e = one("Will Smith slapped Chris Rock at the Oscars in March.", "March", date(2022, 7, 1))
    assert e.value == "2022-03"


def test_a_weekday_s_event_on_whose_eve_something_is_told_is_the_nearest() -> None:
    e = one("The road was packed with traffic on the eve of Wednesday's holiday.", "Wednesday",
            date(2018, 8, 14))
    assert e.earliest == date(2018, 8, 15)


def test_a_month_that_a_past_when_clause_describes_lies_behind() -> None:
    text = ("The board said it would look into the Test at Centurion in January, when the "
            "captain persuaded his rival to forfeit an innings.")
    assert one(text, "January", date(2000, 6, 1)).value == "2000-01"


def test_a_when_clause_in_the_future_perfect_tells_no_past() -> None:
    e = one("The plant will be finished by December, when the work will have been completed.",
            "December", date(2000, 6, 1))
    assert e.value == "2000-12"


def test_a_half_not_yet_begun_in_a_past_clause_is_last_year_s() -> None:
    e = one("Demand weakened sharply in the second half, the company said.", "the second half",
            date(2019, 2, 20))
    assert e.value == "2018-H2"


def test_the_same_period_after_a_quarter_named_first_is_that_quarter() -> None:
    text = ("Third-quarter profit rose, and the company expects a stronger first half of 1990. "
            "In the year-ago period, it earned $2 million.")
    assert one(text, "the year-ago period", date(1989, 10, 26)).value == "1988-Q3"


def test_the_same_period_after_a_month_that_closes_a_stretch_is_no_month() -> None:
    e = one("Sales rose 8 per cent in the three months to June compared with the same period "
            "last year.", "the same period last year", date(2023, 7, 27))
    assert e.granularity != "month"


def test_a_modal_opening_a_question_before_a_name_is_a_tense_marker() -> None:
    assert one("Will Russia invade on Friday?", "Friday", date(2019, 4, 1)).value == "2019-04-05"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The team will play in Denver on Friday, when the injured striker returns.", "Friday",
     "2019-02-08"),
    ("Shares will start trading on Thursday, when the newly listed company opens.", "Thursday",
     "2019-02-07"),
])
def test_a_when_clause_without_a_past_verb_or_under_will_tells_no_past(
        text: str, phrase: str, value: str) -> None:
    assert one(text, phrase, date(2019, 2, 5)).value == value


def test_a_comparison_after_a_period_ended_on_a_day_is_that_stretch_a_year_back() -> None:
    e = one("Sales in its fiscal third quarter ended July 31 rose 11 per cent over the comparable "
            "quarter.", "the comparable quarter", date(2010, 8, 19))
    assert (e.earliest, e.latest, e.value) == (date(2009, 5, 1), date(2009, 7, 31), "2009-Q3")


def test_a_comparison_in_the_next_sentence_keeps_its_own_reading() -> None:
    text = "Net income rose for the fourth quarter ended Aug. 26. A year earlier it fell."
    assert one(text, "A year earlier", date(1989, 10, 27)).earliest != date(1988, 5, 27)


def test_the_first_months_of_a_period_are_its_first_months() -> None:
    e = one("Sales rose in the first nine months of last year.", "the first nine months",
            date(2024, 3, 5))
    assert (e.type, e.value, e.earliest, e.latest) == (
        "DURATION", "P9M", date(2023, 1, 1), date(2023, 9, 30))


def test_the_last_days_of_a_month_are_its_last_days() -> None:
    e = one("Prices fell in the last 10 days of July 2023.", "the last 10 days",
            date(2024, 3, 5))
    assert (e.earliest, e.latest) == (date(2023, 7, 22), date(2023, 7, 31))


def test_a_part_longer_than_its_period_gets_no_interval() -> None:
    e = one("Prices fell in the first 40 days of July 2023.", "the first 40 days",
            date(2024, 3, 5))
    assert (e.earliest, e.latest) == (None, None)
