from datetime import date
from pathlib import Path

import pytest

from timeline.errors import NoArticlesError
from timeline.pipeline import Inputs, build, parse_dct, read_articles


def test_parse_dct_reads_article_date_pairs() -> None:
    assert parse_dct(["a=2021-03-12", "b-2=2020-01-01"]) == {
        "a": date(2021, 3, 12),
        "b-2": date(2020, 1, 1),
    }


@pytest.mark.parametrize("bad", ["2021-03-12", "a=yesterday", "=2021-03-12"])
def test_parse_dct_names_a_malformed_value(bad: str) -> None:
    with pytest.raises(ValueError, match=bad.split("=")[-1]):
        parse_dct([bad])


def test_no_readable_article_raises(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(NoArticlesError):
        read_articles(Inputs(paths=(str(tmp_path),)))


def test_dct_for_an_unknown_article_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Dockers walked out on Tuesday.\n")
    _, warnings = read_articles(
        Inputs(paths=(str(tmp_path),), dct={"zzz": date(2020, 1, 1)}, today=date(2026, 1, 1))
    )
    assert any("--dct zzz" in w for w in warnings)


def test_build_reports_progress_per_article(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text("---\npublished: 2020-05-01\n---\nIt rained.\n")
    seen: list[tuple[int, int]] = []
    build(Inputs(paths=(str(tmp_path),), today=date(2026, 1, 1)),
          progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_relative_dates_count_from_a_dateline_a_day_before_publication(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Flaw found in telescope\n\nJune 28, 1990 · Section A, Page 1\n\n"
        "WASHINGTON, June 27 — The telescope has a flaw, officials said today.\n")
    timeline = build(Inputs(paths=(str(tmp_path),), today=date(2026, 1, 1)))
    (article,) = timeline.articles
    assert article.published == date(1990, 6, 28)
    (claim,) = timeline.claims
    assert claim.timex.earliest == date(1990, 6, 27)


def test_a_photo_captions_date_is_a_claim(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2019-11-02\n---\nFirst jet lands at the base\n\n"
        "The jet at the air base, 31 October 2019. Photo: Ministry of Defence\n\n"
        "The first of the new jets has landed at the air base, the ministry said.\n")
    timeline = build(Inputs(paths=(str(tmp_path),), today=date(2026, 1, 1)))
    assert [c.timex.text for c in timeline.claims] == ["31 October 2019"]


def test_a_bug_on_one_article_keeps_the_others_claims(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline import claims as claims_module

    for name in ("good", "bad"):
        (tmp_path / f"{name}.txt").write_text(
            "---\npublished: 2020-05-01\n---\nThe dockers walked out on Tuesday.\n")
    real = claims_module.extract_claims

    def failing(article, exprs):  # type: ignore[no-untyped-def]
        if article.id == "bad":
            raise IndexError("boom")
        return real(article, exprs)

    monkeypatch.setattr(claims_module, "extract_claims", failing)
    timeline = build(Inputs(paths=(str(tmp_path),), today=date(2026, 1, 1)))
    assert {c.article for c in timeline.claims} == {"good"}
    assert [w for w in timeline.warnings if w.startswith("bad: ")] == [
        "bad: its claims could not be read (IndexError: boom); the article is left out of"
        " events. Please report it."]
