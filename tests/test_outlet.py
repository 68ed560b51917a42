import pytest

from timeline.outlet import outlet_of


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("LISBON, March 3, 2019 (Reuters) - The port reopened.", "Reuters"),
        ("WASHINGTON (AP) — The Senate voted.", "AP"),
        ("Headline\n\nBEIJING, Dec. 4 (Xinhua) -- China said.", "Xinhua"),
        ("ANTALYA, June 30. /TASS/. Moscow values the position.", "TASS"),
        ("MOSCOW (Sputnik) - Ankara will continue to negotiate.", "Sputnik"),
        ("New Delhi [India], March 3 (ANI): The port reopened.", "ANI"),
        ("Mumbai (Maharashtra) [India], November 15 (ANI): The port reopened.", "ANI"),
    ],
)
def test_the_agency_named_in_a_dateline_is_the_outlet(text: str, outlet: str) -> None:
    assert outlet_of(text) == outlet


def test_a_parenthesis_in_running_text_is_not_an_outlet() -> None:
    assert outlet_of("The minister (who spoke briefly) - said little.") == ""


def test_a_place_in_brackets_before_a_dateline_comma_is_not_an_outlet() -> None:
    assert outlet_of("Leverkusen (Cologne), May 4, 2021 – The board said.") == ""


def test_a_dateline_deep_in_the_text_is_not_looked_for() -> None:
    assert outlet_of("x " * 1500 + "\nLONDON (Reuters) - Late line.") == ""
