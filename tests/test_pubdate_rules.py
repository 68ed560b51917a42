"""Every rule of rules/pubdate.toml matches its own examples (ids `rule:text`)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from timeline.pubdate_rules import Rule, load_rules, parse_rules
from timeline.pubdate_text import clause_tense, find_url_dates, parse_date

RULES = load_rules()
TODAY = date(2026, 11, 21)


def _params(field: str, tag: str = "") -> list[object]:
    """(rule, text) for each of the rules' `examples` or `counter_examples`."""
    return [
        pytest.param(rule, ex, id=f"{rule.name}:{tag}{ex}")
        for rule in RULES.all_rules()
        for ex in getattr(rule, field)
    ]


@pytest.mark.parametrize(("rule", "example"), _params("examples"))
def test_rule_matches_its_example(rule: Rule, example: str) -> None:
    m = rule.regex.search(example)
    assert m, f"{rule.family} rule {rule.name} does not match {example!r}"
    if rule.family in ("stamp", "dateline"):
        assert parse_date(m.group("date"), rule.date_order, TODAY, rule.languages) is not None
    if rule.family == "url":
        assert any(f.rule.name == rule.name for f in find_url_dates(example, RULES))


@pytest.mark.parametrize(("rule", "example"), _params("counter_examples", "not:"))
def test_rule_does_not_match_its_counter_example(rule: Rule, example: str) -> None:
    assert not rule.regex.search(example), f"rule {rule.name} matches {example!r}"


@pytest.mark.parametrize("rule", RULES.all_rules(), ids=lambda r: r.name)
def test_every_rule_has_examples(rule: Rule) -> None:
    assert rule.examples, f"rule {rule.name} has no examples"


def test_rule_without_examples_is_detected() -> None:
    text = """
[months]
may = 5
[weekdays]
monday = 0
[[url]]
name = "bare"
regex = '/(?P<year>\\d{4})/(?P<month>\\d{2})/'
"""
    rules = parse_rules(text)
    assert [r.name for r in rules.all_rules() if not r.examples] == ["bare"]


def test_rule_names_are_unique() -> None:
    names = [r.name for r in RULES.all_rules()]
    assert len(names) == len(set(names))


def test_weekday_is_not_a_dateline_city() -> None:
    header = "Thursday, February 25, 2021 | Today's Paper"
    assert not any(r.regex.search(header) for r in RULES.datelines)


def test_month_and_weekday_tables_read_abbreviations() -> None:
    assert RULES.month("Sept.") == 9 and RULES.month("dec") == 12
    assert RULES.weekday("Thurs") == 3


def _tense_examples() -> list[object]:
    return [
        pytest.param(tense, sentence, id=f"tense:{sentence}")
        for tense, sentence in RULES.tense.examples
    ]


@pytest.mark.parametrize(("tense", "sentence"), _tense_examples())
def test_tense_cue_example(tense: str, sentence: str) -> None:
    start = sentence.index("[")
    end = sentence.index("]") - 1
    text = sentence.replace("[", "").replace("]", "")
    assert clause_tense(text, start, end, RULES.tense) == tense


def test_tense_rules_have_examples() -> None:
    assert len(RULES.tense.examples) >= 5


def test_a_weekday_date_with_its_year_is_no_site_header_date() -> None:
    (rule,) = [r for r in RULES.all_rules() if r.name == "site_header_date"]
    assert not rule.regex.search("Friday, September 29, 2017")


@pytest.mark.parametrize("text", ["3 days ago", "yesterday", "in 2 weeks"])
def test_parse_date_reads_no_relative_string(text: str) -> None:
    # A located stamp names a whole date; a relative one is not a publication date.
    assert parse_date(text, "DMY", TODAY) is None


_DATE_ONE = (
    "from datetime import date; from timeline.model import Source; "
    "from timeline.pubdate import date_articles; "
    "s = Source(id='a', path='a.txt', text='Headline of the story here\\n\\n"
    "By Jo Lee | March 3, 2021\\n\\nThe council met on Tuesday.\\n'); "
    "print(date_articles([s], today=date(2026, 11, 21))[0].published)"
)


def _run(code: str, cache: Path) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True)
    return done.stdout


def test_the_rules_compiled_programs_are_cached_without_dropping_the_engines(
        tmp_path: Path) -> None:
    # A process that reads only the publication-date rules keeps their programs in a
    # file of their own: the time-expression engine's file is left as it was.
    _run("from timeline.timex import find; find('On May 5, 2019.', None)", tmp_path)
    folder = tmp_path / "timeline"
    engine_files = {f.name: f.read_bytes() for f in folder.iterdir()}
    cold = _run(_DATE_ONE, tmp_path)
    warm = _run(_DATE_ONE, tmp_path)
    assert cold == warm == "2021-03-03\n"
    assert {f.name: f.read_bytes() for f in folder.iterdir()
            if f.name in engine_files} == engine_files
    assert any(f.name.startswith("pubdate-regex-") for f in folder.iterdir())
    assert _run(_SAME_AS_RE_COMPILE, tmp_path) == "same\n"


# The rules from the cached programs against the same rules compiled by re.compile
# (parse_rules does not use the cache): the same patterns, flags and groups, and the
# same matches on every example.
_SAME_AS_RE_COMPILE = (
    "from timeline.pubdate_rules import load_rules, parse_rules; "
    "from timeline.pubdate_given import RULES_FILE; "
    "from timeline.cache import RULES_DIR; import os; "
    "text = open(os.path.join(RULES_DIR, RULES_FILE), encoding='utf-8').read(); "
    "a, b = load_rules().all_rules(), parse_rules(text).all_rules(); "
    "key = lambda r: (r.regex.pattern, r.regex.flags, r.regex.groups, "
    "dict(r.regex.groupindex), [[m.span() for m in r.regex.finditer(x)] "
    "for x in r.examples + r.counter_examples]); "
    "print('same' if [key(r) for r in a] == [key(r) for r in b] else 'different')"
)


def test_a_rule_whose_languages_are_not_a_list_is_refused() -> None:
    from timeline.cache import RULES_DIR
    from timeline.pubdate_given import RULES_FILE

    text = Path(RULES_DIR, RULES_FILE).read_text(encoding="utf-8")
    assert 'languages = ["es", "pt"]' in text
    with pytest.raises(ValueError, match="languages"):
        parse_rules(text.replace('languages = ["es", "pt"]', 'languages = "es"'))
