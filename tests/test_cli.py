"""The command line through click's CliRunner: stdout, stderr and exit code apart."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from cli import main

ROOT = Path(__file__).parent.parent
TODAY = ["--today", "2026-11-21"]


@pytest.fixture(autouse=True)
def _in_checkout() -> Iterator[None]:
    with contextlib.chdir(ROOT):
        yield


def _run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_build_prints_a_table_sorted_by_date() -> None:
    result = _run("build", "seeds", *TODAY)
    assert result.exit_code == 0
    out = result.stdout
    assert out.index("2007") < out.index("Nov 2016") < out.index("mid-Jul 2019")
    assert "conflict" in out and "planned" in out and "unresolved" in out


def test_build_warns_on_stderr_which_article_lacks_a_date_and_how_to_give_one() -> None:
    result = _run("build", "seeds", *TODAY)
    assert "003_b77fc6697218271b" in result.stderr
    assert "--dct 003_b77fc6697218271b=YYYY-MM-DD" in result.stderr
    assert "--dct" not in result.stdout


def test_build_json_is_the_contract_document() -> None:
    result = _run("build", "seeds", "--format", "json", *TODAY)
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert {"articles", "claims", "events", "conflicts"} <= set(doc)
    assert {"id", "path", "source", "url", "title", "published", "published_from", "text",
            "warnings"} <= set(doc["articles"][0])


def test_same_input_gives_byte_identical_output() -> None:
    first = _run("build", "seeds", "--format", "json", *TODAY).stdout
    second = _run("build", "seeds", "--format", "json", *TODAY).stdout
    assert first == second


def test_csv_bundle_writes_four_files(tmp_path: Path) -> None:
    result = _run("build", "seeds", "--format", "csv", "-o", str(tmp_path / "out"), *TODAY)
    assert result.exit_code == 0
    assert result.stdout == ""
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["articles.csv", "claims.csv", "conflicts.csv", "events.csv"]


def test_conflicts_shows_both_sides_and_the_gap() -> None:
    result = _run("conflicts", "seeds", *TODAY)
    assert result.exit_code == 0
    for part in ("September 12, 2017", "December 2017", "TASS", "Sputnik", "80 days"):
        assert part in result.stdout


def test_conflicts_json_lists_the_conflicts_and_their_claims() -> None:
    result = _run("conflicts", "seeds", "--format", "json", *TODAY)
    doc = json.loads(result.stdout)
    assert len(doc["conflicts"]) == 1
    assert {c["id"] for c in doc["claims"]} == set(doc["conflicts"][0]["claim_ids"])


def test_dates_jsonl_prints_one_object_per_expression() -> None:
    result = _run("dates", "seeds/004_8e9136e739b8f44d.txt", "--format", "jsonl", *TODAY)
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    assert {"article", "start", "end", "text", "type", "value", "mod", "earliest", "latest",
            "granularity", "anchor"} <= set(records[0])
    mid_july = [r for r in records if r["text"] == "mid-July"]
    assert mid_july[0]["earliest"] == "2019-07-11"


def test_dct_option_dates_an_article() -> None:
    result = _run("dates", "seeds/003_b77fc6697218271b.txt", "--format", "json",
                  "--dct", "003_b77fc6697218271b=2021-03-12", *TODAY)
    records = json.loads(result.stdout)
    (friday,) = [r for r in records if r["text"] == "Friday"]
    assert friday["earliest"] == "2021-03-12"
    assert result.stderr == ""


def test_explain_prints_the_inference_of_a_yearless_dateline() -> None:
    result = _run("explain", "seeds/000_bce791e2e05ad2a5.txt", *TODAY)
    assert result.exit_code == 0
    assert "inferred" in result.stdout
    assert "Wednesday" in result.stdout
    assert "2021-06-30" in result.stdout


def test_missing_path_is_a_usage_error() -> None:
    result = _run("build", "no/such/folder")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
    assert result.stdout == ""


def test_no_path_and_no_manifest_is_a_usage_error() -> None:
    result = _run("build")
    assert result.exit_code == 2


def test_malformed_dct_is_a_usage_error() -> None:
    result = _run("build", "seeds", "--dct", "000=yesterday")
    assert result.exit_code == 2
    assert "--dct" in result.stderr


def test_bad_files_are_skipped_with_a_warning_and_the_rest_is_built(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "good.txt").write_text(
        "---\npublished: 2022-05-04\n---\nDockers walked out on Tuesday, the union said.\n"
    )
    result = _run("build", str(tmp_path), "--format", "json", *TODAY)
    assert result.exit_code == 0
    assert [a["id"] for a in json.loads(result.stdout)["articles"]] == ["good"]
    assert "empty.txt: empty file" in result.stderr
    assert "binary.txt: binary file" in result.stderr


def test_no_readable_article_exits_1_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = _run("build", str(tmp_path), *TODAY)
    assert result.exit_code == 1
    assert "no article could be read" in result.stderr
    assert result.stdout == ""


def test_when_nothing_is_readable_each_file_still_gets_its_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    result = _run("build", str(tmp_path), *TODAY)
    assert "empty.txt: empty file" in result.stderr
    assert "binary.txt: binary file" in result.stderr


def test_output_file_is_written_and_stdout_stays_empty(tmp_path: Path) -> None:
    out = tmp_path / "timeline.json"
    result = _run("build", "seeds", "--format", "json", "-o", str(out), *TODAY)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text())["conflicts"]


def test_manifest_alone_is_enough_input() -> None:
    result = _run("build", "--meta", "fixtures/load/manifest.csv", "--format", "json", *TODAY)
    assert result.exit_code == 0
    (article,) = json.loads(result.stdout)["articles"]
    assert article["id"] == "bridge-1"
    assert article["published_from"] == "manifest"


def test_report_writes_one_self_contained_html_file(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = _run("report", "seeds", "-o", str(out), *TODAY)
    assert result.exit_code == 0
    assert result.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") or html.lower().startswith("<!doctype html>")
    assert "<script src=" not in html and "<link " not in html


def test_timelinejs_sheet_has_the_knight_lab_columns() -> None:
    result = _run("build", "seeds", "--format", "timelinejs", *TODAY)
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0]
    assert header.startswith("Year,Month,Day,Time,End Year,End Month,End Day,End Time,")
    assert header.endswith("Type,Group,Background")


def test_excel_flag_writes_a_byte_order_mark(tmp_path: Path) -> None:
    result = _run("build", "seeds", "--format", "csv", "-o", str(tmp_path), "--excel", *TODAY)
    assert result.exit_code == 0
    assert (tmp_path / "events.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_no_colour_codes_when_stdout_is_not_a_terminal() -> None:
    result = _run("build", "seeds", *TODAY)
    assert "\x1b[" not in result.stdout


def test_quiet_silences_warnings() -> None:
    result = _run("build", "seeds", "-q", *TODAY)
    assert result.exit_code == 0
    assert result.stderr == ""


def test_explain_lists_expressions_that_date_nothing() -> None:
    result = _run("explain", "seeds/003_b77fc6697218271b.txt", *TODAY)
    assert result.exit_code == 0
    other = result.stdout.split("other time expressions (not claims)")[1]
    assert "the future" in other


def test_explain_shows_the_anchor_of_a_relative_phrase() -> None:
    result = _run("explain", "seeds/003_b77fc6697218271b.txt", "--dct",
                  "003_b77fc6697218271b=2021-03-12", *TODAY)
    line = next(li for li in result.stdout.splitlines() if "a day earlier" in li)
    assert "previous" in result.stdout
    assert "Mar 11, 2021" in line


def test_a_second_build_skips_the_first_builds_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2022-05-04\n---\nDockers walked out on Tuesday, the union said.\n")
    first = _run("build", str(tmp_path), "--format", "csv", "-o", str(tmp_path / "out"), *TODAY)
    _run("build", str(tmp_path), "--format", "json", "-o", str(tmp_path / "out.json"), *TODAY)
    second = _run("build", str(tmp_path), "--format", "json", *TODAY)
    assert first.exit_code == second.exit_code == 0
    assert [a["id"] for a in json.loads(second.stdout)["articles"]] == ["a"]
    assert "the tool's output" in second.stderr


def test_an_unwritable_output_is_one_line_and_exit_1(tmp_path: Path) -> None:
    result = _run("build", "seeds", "--format", "json", "-o", str(tmp_path), *TODAY)
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_timeline_today_names_the_variable() -> None:
    result = CliRunner(env={"TIMELINE_TODAY": "garbage"}).invoke(main, ["build", "seeds"])
    assert result.exit_code == 2
    assert "TIMELINE_TODAY='garbage'" in result.stderr
