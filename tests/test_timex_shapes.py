"""The phrase survey's judge (bench/timex_shapes.py): how a case is counted."""

from __future__ import annotations

from bench.timex_shapes import judge
from bench.timex_shapes_cases import CASES
from bench.timex_shapes_cases2 import CASES as CASES2
from bench.timex_shapes_cases3 import CASES as CASES3
from bench.timex_shapes_cases4 import CASES as CASES4
from bench.timex_shapes_cases5 import CASES as CASES5
from bench.timex_shapes_cases6 import CASES as CASES6
from bench.timex_shapes_cases7 import CASES as CASES7
from bench.timex_shapes_cases8 import CASES as CASES8

ALL_CASES = CASES + CASES2 + CASES3 + CASES4 + CASES5 + CASES6 + CASES7 + CASES8

MET = "The ministers met on Tuesday."


def test_judge_counts_the_right_interval_as_right() -> None:
    case = ("t", "2024-03-14", MET, "Tuesday", "2024-03-12", "2024-03-12")
    assert judge(case)[0] == "right"


def test_judge_counts_another_interval_as_wrong() -> None:
    case = ("t", "2024-03-14", MET, "Tuesday", "2024-03-05", "2024-03-05")
    assert judge(case)[0] == "wrong"


def test_judge_counts_an_interval_where_none_was_expected_as_invented() -> None:
    case = ("t", "2024-03-14", MET, "Tuesday", "", "")
    assert judge(case)[0] == "invented"


def test_judge_counts_no_expression_as_missed() -> None:
    case = ("t", "2024-03-14", "The ministers met to talk.", "talk", "2024-03-12", "2024-03-12")
    assert judge(case)[0] == "missed"


def test_every_case_marks_a_phrase_found_once_in_its_text() -> None:
    assert all(text.count(phrase) == 1 for _n, _d, text, phrase, _e, _l in ALL_CASES)


def test_case_names_are_unique_across_the_surveys() -> None:
    names = [case[0] for case in ALL_CASES]
    assert len(names) == len(set(names))
