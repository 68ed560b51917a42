"""The self-contained HTML report (timeline.render.html): the string, then a real browser."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import struct
import subprocess
import zlib
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_samples import sample_timeline

from timeline.model import Event, Timeline
from timeline.render.html import html_report

DATA_RE = re.compile(
    r'<script type="application/json" id="timeline-data">(.*?)</script>', re.S)
EVIL = '</script><script>alert("x")</script><b>&amp;'


def report_timeline() -> Timeline:
    """The sample plus a one-day event, so the chart has a point mark too."""
    tl = sample_timeline()
    point = Event(id="e4", label="Ferry service restored", earliest=date(2021, 3, 8),
                  latest=date(2021, 3, 8), claim_ids=("c2",), sources=("Harbour Times",),
                  independent_sources=1)
    return dataclasses.replace(tl, events=(*tl.events, point))


def hostile_timeline() -> Timeline:
    tl = report_timeline()
    e1 = dataclasses.replace(tl.events[0], label="Strike " + EVIL)
    c3 = dataclasses.replace(tl.claims[2], sentence="Islanders said " + EVIL)
    return dataclasses.replace(tl, events=(e1, *tl.events[1:]),
                               claims=(*tl.claims[:2], c3, *tl.claims[3:]))


def data_of(page: str) -> Any:
    match = DATA_RE.search(page)
    assert match is not None
    return json.loads(match.group(1))


# --- the string ---------------------------------------------------------------------


def test_report_loads_nothing_from_the_network() -> None:
    page = html_report(report_timeline())
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_report_forbids_network_by_content_security_policy() -> None:
    page = html_report(report_timeline())
    assert 'http-equiv="Content-Security-Policy"' in page and "default-src &#x27;none&#x27;" in page


def test_report_has_no_external_script_or_stylesheet() -> None:
    page = html_report(report_timeline())
    assert not re.search(r"<script[^>]*\ssrc=", page) and "<style>" in page


def test_data_block_parses_and_holds_every_event() -> None:
    data = data_of(html_report(report_timeline()))
    assert [e["id"] for e in data["events"]] == ["e1", "e4", "e2", "e3"]
    assert data["claims"]["c3"]["outlet"] == "Elwin Daily"
    assert [s["letter"] for s in data["conflicts"][0]["sides"]] == ["A", "B"]


def test_article_text_cannot_close_the_data_block() -> None:
    page = html_report(hostile_timeline())
    assert page.count("</script>") == 2  # the data block's and the code block's own
    assert data_of(page)["claims"]["c3"]["sentence"] == "Islanders said " + EVIL


def test_static_sections_escape_text() -> None:
    page = html_report(hostile_timeline())
    assert "Strike &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)" in page
    assert "<b>&amp;" not in page


def test_title_is_escaped() -> None:
    page = html_report(report_timeline(), title="Strikes & <ferries>")
    assert "<title>Strikes &amp; &lt;ferries&gt;</title>" in page


def test_filters_list_outlets_and_statuses() -> None:
    page = html_report(report_timeline())
    assert '<select id="filter-source">' in page and '<select id="filter-status">' in page
    for value in ("Coastal Courier", "Elwin Daily", "Harbour Times", "conflict", "planned",
                  "unresolved"):
        assert f'<option value="{value}">' in page


def test_conflicts_section_shows_both_sides() -> None:
    page = html_report(report_timeline())
    section = page[page.index('<section id="conflicts">'):page.index('<section id="unresolved">')]
    assert section.count('class="conflict-item"') == 1
    assert 'data-side="A"' in section and 'data-side="B"' in section
    assert "3 days apart" in section and "side A has more independent support" in section


def test_unresolved_section_lists_event_claim_and_undated_article() -> None:
    page = html_report(report_timeline())
    section = page[page.index('<section id="unresolved">'):]
    for hook in ('data-event-id="e3"', 'data-claim-id="c5"', 'data-article-id="a3"'):
        assert hook in section


def test_same_timeline_gives_identical_html() -> None:
    assert html_report(report_timeline()) == html_report(report_timeline())


def test_empty_timeline_still_renders() -> None:
    page = html_report(Timeline())
    assert data_of(page)["range"] is None and "No conflicting dates." in page


# --- in a browser -------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium not installed (Debian: apt-get install -y chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-dev-shm-usage", "--window-size=1400,1000"]


class Dom(HTMLParser):
    """Every element as (tag, attributes), enough to query classes and data attributes."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def having(self, cls: str, **data: str) -> list[dict[str, str]]:
        out = []
        for _, attrs in self.elements:
            if cls in attrs.get("class", "").split() and all(
                    attrs.get(k.replace("_", "-")) == v for k, v in data.items()):
                out.append(attrs)
        return out

    def by_id(self, ident: str) -> dict[str, str]:
        return next(a for _, a in self.elements if a.get("id") == ident)


def chromium(tmp_path: Path, page: str, fragment: str, *extra: str) -> str:
    assert CHROMIUM is not None
    target = tmp_path / "report.html"
    target.write_text(page, encoding="utf-8")
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *extra,
         target.as_uri() + fragment],
        capture_output=True, text=True, timeout=90, check=True)
    return result.stdout


def dump_dom(tmp_path: Path, fragment: str = "") -> Dom:
    return Dom(chromium(tmp_path, html_report(report_timeline()), fragment, "--dump-dom"))


def details_of(dumped: str) -> Dom:
    """Only the #details panel of a dumped page."""
    start = dumped.index('<aside id="details"')
    return Dom(dumped[start:dumped.index("</aside>", start)])


@pytest.fixture(scope="module")
def page_dom(tmp_path_factory: pytest.TempPathFactory) -> Dom:
    """The page as drawn with no fragment, shared: each Chromium start costs seconds."""
    return dump_dom(tmp_path_factory.mktemp("page"))


@needs_chromium
def test_browser_script_runs_under_the_pages_own_csp(page_dom: Dom) -> None:
    (body,) = [a for tag, a in page_dom.elements if tag == "body"]
    assert body.get("data-rendered") == "true"


@needs_chromium
def test_browser_renders_an_empty_timeline_without_error(tmp_path: Path) -> None:
    dom = Dom(chromium(tmp_path, html_report(Timeline()), "", "--dump-dom"))
    (body,) = [a for tag, a in dom.elements if tag == "body"]
    assert body.get("data-rendered") == "true" and not dom.having("event-bar")


@needs_chromium
def test_browser_draws_a_bar_per_dated_event(page_dom: Dom) -> None:
    dom = page_dom
    bars = dom.having("event-bar")
    assert sorted(b["data-event-id"] for b in bars) == ["e1", "e2", "e4"]
    assert all(re.search(r"left:\s*[\d.]+%", b.get("style", "")) for b in bars)


@needs_chromium
def test_browser_marks_conflict_and_draws_both_sides(page_dom: Dom) -> None:
    dom = page_dom
    assert [b["data-event-id"] for b in dom.having("event-bar")
            if "conflict" in b["class"].split()] == ["e1"]
    assert sorted(s["data-side"] for s in dom.having("conflict-side", data_event_id="e1")) == [
        "A", "B"]


@needs_chromium
def test_browser_draws_one_day_event_as_point(page_dom: Dom) -> None:
    dom = page_dom
    (bar,) = dom.having("event-bar", data_event_id="e4")
    assert "point" in bar["class"].split()


@needs_chromium
def test_browser_leaves_unresolved_event_without_bar(page_dom: Dom) -> None:
    dom = page_dom
    assert dom.having("event-row", data_event_id="e3") and not dom.having(
        "event-bar", data_event_id="e3")
    assert dom.having("unresolved-note")


@needs_chromium
def test_browser_click_shows_claims_in_details(tmp_path: Path) -> None:
    # `#event=e1` makes the page call .click() on e1's bar: this runs the real handler.
    dumped = chromium(tmp_path, html_report(report_timeline()), "#event=e1", "--dump-dom")
    details = details_of(dumped)
    assert details.by_id("details").get("data-event-id") == "e1"
    assert [c["data-claim-id"] for c in details.having("claim")] == ["c1", "c2", "c3"]
    assert "selected" in Dom(dumped).having("event-row", data_event_id="e1")[0]["class"].split()


@needs_chromium
def test_browser_click_on_conflict_side_shows_only_that_side(tmp_path: Path) -> None:
    # Calls .click() on side B's mark, which runs the page's own handler.
    page = html_report(report_timeline()).replace(
        "</body>",
        "<script>document.querySelector('.conflict-side[data-side=\"B\"]').click();</script>"
        "</body>")
    details = details_of(chromium(tmp_path, page, "", "--dump-dom"))
    assert [c["data-claim-id"] for c in details.having("claim")] == ["c3"]


@needs_chromium
def test_browser_status_filter_hides_other_rows(tmp_path: Path) -> None:
    dom = dump_dom(tmp_path, "#status=planned")
    visible = [r["data-event-id"] for r in dom.having("event-row") if "hidden" not in r]
    assert visible == ["e2"]


@needs_chromium
def test_browser_source_filter_keeps_events_that_outlet_reported(tmp_path: Path) -> None:
    dom = dump_dom(tmp_path, "#source=Elwin%20Daily")
    visible = [r["data-event-id"] for r in dom.having("event-row") if "hidden" not in r]
    assert visible == ["e1", "e3"]


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA PNG (what Chromium writes) into rows of raw pixels."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, rows = zlib.decompress(idat), width * channels, []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, channels, rows


def count_colour(png: bytes, rgb: tuple[int, int, int], tolerance: int = 12) -> int:
    width, channels, rows = png_pixels(png)
    hits = 0
    for line in rows:
        for x in range(0, width * channels, channels):
            if all(abs(line[x + k] - rgb[k]) <= tolerance for k in range(3)):
                hits += 1
    return hits


@needs_chromium
def test_browser_paints_the_conflict_in_its_own_colour(tmp_path: Path) -> None:
    page = html_report(report_timeline())
    chromium(tmp_path, page, "", f"--screenshot={tmp_path / 'all.png'}")
    chromium(tmp_path, page, "#status=ok", f"--screenshot={tmp_path / 'ok.png'}")
    red = (0xC5, 0x30, 0x30)
    # Same page, same static sections: only the conflict row's bar differs.
    assert count_colour((tmp_path / "all.png").read_bytes(), red) > count_colour(
        (tmp_path / "ok.png").read_bytes(), red) + 20


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_any_label_stays_inside_the_data_block(label: str) -> None:
    tl = report_timeline()
    e1 = dataclasses.replace(tl.events[0], label=label)
    page = html_report(dataclasses.replace(tl, events=(e1, *tl.events[1:])))
    assert page.count("</script>") == 2
    assert data_of(page)["events"][0]["label"] == label


def test_reversed_interval_is_drawn_forwards() -> None:
    tl = report_timeline()
    e2 = dataclasses.replace(tl.events[1], earliest=date(2021, 4, 20), latest=date(2021, 4, 11))
    data = data_of(html_report(dataclasses.replace(tl, events=(tl.events[0], e2,
                                                                *tl.events[2:]))))
    e2_data = next(e for e in data["events"] if e["id"] == "e2")
    assert (e2_data["earliest"], e2_data["latest"]) == ("2021-04-11", "2021-04-20")
