import pytest

from timeline.wordforms import base_forms, fold, lookup_forms, stem


@pytest.mark.parametrize(("word", "base"), [
    ("brought", "bring"), ("gave", "give"), ("left", "leave"), ("came", "come"),
    ("carried", "carry"), ("scrubbed", "scrub"), ("discharged", "discharge"),
    ("filed", "file"), ("waved", "wave"), ("deliveries", "delivery"),
])
def test_inflections_share_their_base_form(word: str, base: str) -> None:
    assert stem(word) == stem(base) == base


def test_an_irregular_past_is_read_as_its_commoner_verb() -> None:
    assert base_forms("found") == ("find",)


def test_a_word_of_its_own_is_looked_up_before_its_base_form() -> None:
    assert lookup_forms("opening")[0] == "opening"


def test_an_unknown_past_form_is_lemmatised_by_its_spelling() -> None:
    assert stem("refloated") == "refloat"


def test_a_word_the_dictionary_does_not_know_keeps_one_stem() -> None:
    assert stem("splashdowns") == stem("splashdown")


def test_possessives_are_dropped() -> None:
    assert stem("Microsoft's") == "microsoft"


@pytest.mark.parametrize(("word", "folded"), [
    ("Kuchyňa", "Kuchyna"), ("Erdoğan", "Erdogan"), ("Scorpène", "Scorpene"),
    ("Łódź", "Lodz"), ("Ørsted", "Orsted"), ("Cochin", "Cochin"),
])
def test_fold_spells_a_word_without_its_accents(word: str, folded: str) -> None:
    assert fold(word) == folded
