"""How intervals are written for people (timeline.render.display)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from timeline.render.display import display_interval


def test_single_day_is_month_day_year() -> None:
    assert display_interval(date(2017, 9, 12), date(2017, 9, 12), "day", "") == "Sep 12, 2017"


def test_whole_month_is_month_year() -> None:
    assert display_interval(date(2017, 12, 1), date(2017, 12, 31), "month", "") == "Dec 2017"


def test_mid_month_uses_hyphen() -> None:
    assert display_interval(date(2019, 7, 11), date(2019, 7, 20), "month", "MID") == "mid-Jul 2019"


def test_early_month() -> None:
    assert display_interval(date(2019, 3, 1), date(2019, 3, 10), "month", "START") == (
        "early Mar 2019")


def test_late_month_ends_on_last_day() -> None:
    assert display_interval(date(2019, 2, 21), date(2019, 2, 28), "month", "END") == (
        "late Feb 2019")


def test_late_year() -> None:
    assert display_interval(date(2017, 9, 1), date(2017, 12, 31), "year", "END") == "late 2017"


def test_whole_year() -> None:
    assert display_interval(date(2017, 1, 1), date(2017, 12, 31), "year", "") == "2017"


def test_quarter() -> None:
    assert display_interval(date(2019, 7, 1), date(2019, 9, 30), "quarter", "") == "Q3 2019"


def test_summer() -> None:
    assert display_interval(date(2019, 6, 1), date(2019, 8, 31), "season", "") == "summer 2019"


def test_winter_names_both_years() -> None:
    assert display_interval(date(2019, 12, 1), date(2020, 2, 29), "season", "") == (
        "winter 2019–20")


def test_on_or_before_with_open_start_is_by() -> None:
    assert display_interval(None, date(2020, 4, 30), "month", "ON_OR_BEFORE") == "by Apr 2020"


def test_on_or_before_anchored_at_publication_is_still_by() -> None:
    assert display_interval(date(2019, 11, 27), date(2020, 4, 30), "month", "ON_OR_BEFORE") == (
        "by Apr 2020")


def test_before_end_of_year_is_before_next_year() -> None:
    assert display_interval(None, date(2021, 12, 31), "year", "BEFORE") == "before 2022"


def test_after_year() -> None:
    assert display_interval(date(2020, 1, 1), None, "year", "AFTER") == "after 2019"


def test_open_end_without_mod_is_from() -> None:
    assert display_interval(date(2020, 3, 1), None, "month", "") == "from Mar 2020"


def test_open_start_without_mod_is_by() -> None:
    assert display_interval(None, date(2020, 3, 14), "day", "") == "by Mar 14, 2020"


def test_month_range_across_years() -> None:
    assert display_interval(date(2019, 9, 1), date(2020, 4, 30), "range", "") == (
        "Sep 2019 – Apr 2020")


def test_day_range_within_a_month() -> None:
    assert display_interval(date(2021, 3, 2), date(2021, 3, 9), "day", "") == "Mar 2–9, 2021"


def test_year_range() -> None:
    assert display_interval(date(2017, 1, 1), date(2019, 12, 31), "", "") == "2017 – 2019"


def test_both_sides_open_is_unresolved() -> None:
    assert display_interval(None, None, "", "") == "unresolved"


def test_missing_granularity_is_derived_from_interval() -> None:
    assert display_interval(date(2019, 3, 11), date(2019, 3, 20), "", "") == "mid-Mar 2019"


def test_month_mod_on_whole_month_does_not_widen_to_year() -> None:
    assert display_interval(date(2019, 7, 1), date(2019, 7, 31), "month", "MID") == "Jul 2019"


def test_approx_is_around() -> None:
    assert display_interval(date(2019, 7, 1), date(2019, 7, 31), "month", "APPROX") == (
        "around Jul 2019")


def test_decade() -> None:
    assert display_interval(date(1990, 1, 1), date(1999, 12, 31), "", "") == "1990s"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
       st.integers(min_value=0, max_value=4000),
       st.sampled_from(["", "day", "month", "year", "quarter", "season", "range", "week"]),
       st.sampled_from(["", "START", "MID", "END", "BEFORE", "ON_OR_BEFORE", "AFTER",
                        "ON_OR_AFTER", "APPROX"]))
def test_any_interval_gets_a_nonempty_wording(first: date, days: int, granularity: str,
                                              mod: str) -> None:
    from datetime import timedelta

    last = min(first + timedelta(days=days), date(2100, 12, 31))
    text = display_interval(first, last, granularity, mod)
    assert text and text != "unresolved"
