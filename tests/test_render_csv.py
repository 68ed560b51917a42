"""The CSV bundle (timeline.render.csvout): read back as a spreadsheet user would."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_samples import sample_timeline

from timeline.model import Timeline
from timeline.render.csvout import (
    ARTICLES_COLUMNS,
    CLAIMS_COLUMNS,
    COLUMNS,
    CONFLICTS_COLUMNS,
    EVENTS_COLUMNS,
    escape_formula,
    tables,
    write_bundle,
)

CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
NAMES = ["articles.csv", "claims.csv", "events.csv", "conflicts.csv"]


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def hostile_timeline() -> Timeline:
    """The sample with cells a spreadsheet would run as formulas."""
    tl = sample_timeline()
    a1 = dataclasses.replace(tl.articles[0], title='=HYPERLINK("http://evil.example","x")')
    e1 = dataclasses.replace(tl.events[0], label="+1 strike begins")
    c1 = dataclasses.replace(tl.claims[0], sentence="@SUM(A1:A9) walked out")
    x1 = dataclasses.replace(tl.conflicts[0], explanation="-2 days by one count")
    return dataclasses.replace(tl, articles=(a1, *tl.articles[1:]), events=(e1, *tl.events[1:]),
                               claims=(c1, *tl.claims[1:]), conflicts=(x1,))


def test_writes_the_four_files_in_order(tmp_path: Path) -> None:
    paths = write_bundle(sample_timeline(), tmp_path)
    assert [p.name for p in paths] == NAMES and all(p.is_file() for p in paths)


def test_headers_follow_documented_column_order(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    for name in NAMES:
        assert tuple(read(tmp_path / name).columns) == COLUMNS[name]


def test_contract_fields_lead_each_header() -> None:
    assert ARTICLES_COLUMNS[:7] == ("id", "path", "source", "url", "title", "published",
                                    "published_from")
    assert CLAIMS_COLUMNS[:15] == ("id", "article", "start", "end", "text", "type", "value",
                                   "mod", "earliest", "latest", "granularity", "anchor",
                                   "modality", "sentence", "event_id")
    assert EVENTS_COLUMNS[:8] == ("id", "label", "earliest", "latest", "claim_ids", "sources",
                                  "independent_sources", "conflict")
    assert CONFLICTS_COLUMNS[:5] == ("id", "event_id", "claim_ids", "gap_days", "explanation")


def test_article_body_is_not_a_column(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    assert "text" not in read(tmp_path / "articles.csv").columns


def test_one_row_per_record(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    assert [len(read(tmp_path / n)) for n in NAMES] == [3, 6, 3, 1]


def test_iso_dates_beside_display(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    events = read(tmp_path / "events.csv").set_index("id")
    assert events.loc["e2", ["earliest", "latest", "display"]].tolist() == [
        "2021-04-11", "2021-04-20", "mid-Apr 2021"]
    assert events.loc["e3", ["earliest", "latest"]].tolist() == ["", ""]


def test_list_fields_joined_with_semicolons(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    events = read(tmp_path / "events.csv").set_index("id")
    assert events.loc["e1", "claim_ids"] == "c1;c2;c3"


def test_numbers_and_dates_parse_as_such(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    conflicts = pd.read_csv(tmp_path / "conflicts.csv", parse_dates=["side_a_earliest"])
    assert conflicts["gap_days"].dtype.kind == "i"
    assert conflicts["side_a_earliest"].dt.year.tolist() == [2021]


def test_sentence_with_comma_and_quotes_round_trips(tmp_path: Path) -> None:
    tl = sample_timeline()
    c2 = dataclasses.replace(tl.claims[1], sentence='He said, "on Monday, March 1"\nthen left.')
    write_bundle(dataclasses.replace(tl, claims=(tl.claims[0], c2, *tl.claims[2:])), tmp_path)
    claims = read(tmp_path / "claims.csv").set_index("id")
    assert claims.loc["c2", "sentence"] == 'He said, "on Monday, March 1"\nthen left.'


def test_formula_cells_are_escaped(tmp_path: Path) -> None:
    write_bundle(hostile_timeline(), tmp_path)
    assert read(tmp_path / "articles.csv").loc[0, "title"].startswith("'=HYPERLINK")
    assert read(tmp_path / "events.csv").loc[0, "label"] == "'+1 strike begins"
    assert read(tmp_path / "claims.csv").loc[0, "sentence"].startswith("'@SUM")
    assert read(tmp_path / "conflicts.csv").loc[0, "explanation"] == "'-2 days by one count"


def test_own_date_and_number_columns_are_not_escaped(tmp_path: Path) -> None:
    write_bundle(hostile_timeline(), tmp_path)
    claims = read(tmp_path / "claims.csv")
    assert not claims["earliest"].str.startswith("'").any()
    assert not claims["start"].str.startswith("'").any()


def test_plain_csv_has_no_bom(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    assert (tmp_path / "events.csv").read_bytes().startswith(b"id,label,")


def test_excel_flag_writes_utf8_bom(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path, excel=True)
    for name in NAMES:
        assert (tmp_path / name).read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_same_timeline_gives_identical_bytes(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path / "one")
    write_bundle(sample_timeline(), tmp_path / "two")
    for name in NAMES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_no_temporary_files_left_behind(tmp_path: Path) -> None:
    write_bundle(sample_timeline(), tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(NAMES)


def test_libreoffice_reads_the_bundle_as_xlsx(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    pytest.importorskip("openpyxl", reason="pandas needs openpyxl to read xlsx")
    write_bundle(hostile_timeline(), tmp_path, excel=True)
    # CSV filter: comma (44), double quote (34), UTF-8 (76), from line 1.
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", str(tmp_path / "x"),
         str(tmp_path / "events.csv")],
        check=True, capture_output=True, timeout=120,
    )
    sheet = pd.read_excel(tmp_path / "x" / "events.xlsx", dtype=str)
    assert tuple(sheet.columns) == EVENTS_COLUMNS
    assert sheet.loc[0, "label"].lstrip("'") == "+1 strike begins"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=30))
def test_any_label_reads_back_as_written_or_defused(label: str) -> None:
    tl = sample_timeline()
    e1 = dataclasses.replace(tl.events[0], label=label)
    text = tables(dataclasses.replace(tl, events=(e1, *tl.events[1:])))["events.csv"]
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    expected = escape_formula(label.translate(CONTROL))
    assert frame.loc[0, "label"] == expected
