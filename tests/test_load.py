import json
from pathlib import Path

import pytest

from timeline.errors import InputError
from timeline.load import html_to_text, load, read_file, read_html, split_front_matter

FIXTURES = Path(__file__).parent.parent / "fixtures" / "load"


def test_front_matter_keys_become_metadata() -> None:
    (source,) = read_file(FIXTURES / "with_front_matter.txt")
    assert source.get("published") == "2022-05-04"
    assert source.get("source") == "Harbour Gazette"
    assert source.origin("published") == "front_matter"


def test_front_matter_is_removed_from_the_body() -> None:
    (source,) = read_file(FIXTURES / "with_front_matter.txt")
    assert source.text.startswith("Dockers at the northern terminal")


def test_article_id_is_the_file_name_without_extension() -> None:
    (source,) = read_file(FIXTURES / "with_front_matter.txt")
    assert source.id == "with_front_matter"


def test_a_leading_rule_that_is_not_key_value_is_kept_as_body() -> None:
    meta, body = split_front_matter((FIXTURES / "rule_not_front_matter.md").read_text())
    assert meta == {}
    assert body.startswith("---\nThis article opens")


def test_line_endings_are_normalised() -> None:
    (source,) = read_file(FIXTURES / "crlf.txt")
    assert "\r" not in source.text
    assert source.text == "Line one.\nLine two on Monday.\n"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "not UTF-8 text (byte 0xe9 at offset 3)"),
    ],
)
def test_unusable_file_raises_input_error_naming_file_and_reason(name: str, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        read_file(FIXTURES / name)
    assert name in str(caught.value)
    assert reason in caught.value.reason


def test_bad_files_are_skipped_with_one_warning_each_and_the_rest_is_read() -> None:
    loaded = load([FIXTURES])
    ids = {s.id for s in loaded.sources}
    assert {"with_front_matter", "crlf", "bridge", "vax-1", "vax-2"} <= ids
    skipped = [w for w in loaded.warnings if any(n in w for n in ("empty", "binary", "latin1"))]
    assert len(skipped) == 3
    assert all("\n" not in w for w in loaded.warnings)


def test_manifest_supplies_id_and_metadata_with_paths_relative_to_it() -> None:
    loaded = load([], manifest=FIXTURES / "manifest.csv")
    (bridge,) = [s for s in loaded.sources if s.id == "bridge-1"]
    assert bridge.get("published") == "2023-02-10"
    assert bridge.origin("published") == "manifest"
    assert bridge.get("source") == "City Herald"


def test_manifest_row_with_missing_file_is_a_warning() -> None:
    loaded = load([], manifest=FIXTURES / "manifest.csv")
    assert any("none.txt" in w and "no such file" in w for w in loaded.warnings)


def test_manifest_without_required_columns_is_an_input_error(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("name,file\na,b.txt\n")
    with pytest.raises(InputError, match="lacks column"):
        load([], manifest=manifest)


def test_manifest_metadata_applies_to_the_same_file_given_as_path() -> None:
    loaded = load([FIXTURES / "articles"], manifest=FIXTURES / "manifest.csv")
    bridges = [s for s in loaded.sources if "bridge" in s.path]
    assert [b.id for b in bridges] == ["bridge-1"]


def test_jsonl_holds_one_article_per_line() -> None:
    sources = read_file(FIXTURES / "batch.jsonl")
    assert [s.id for s in sources] == ["vax-1", "vax-2"]
    assert sources[1].text == "Clinics opened last week."
    assert sources[1].get("url") == "https://example.com/2021/01/12/clinics"


def test_csv_without_text_column_is_not_an_article_table(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="no text"):
        read_file(table)


def test_duplicate_ids_are_renamed_with_a_warning(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text("Text on Monday.\n")
    loaded = load([tmp_path])
    assert sorted(s.id for s in loaded.sources) == ["story", "story~2"]
    assert any("already used" in w for w in loaded.warnings)


def test_html_keeps_visible_text_and_drops_scripts() -> None:
    text = html_to_text("<html><script>var x=1;</script><p>Talks &amp; deals</p><p>Two</p>")
    assert text == "Talks & deals\n\nTwo\n"


def test_a_renamed_id_never_takes_an_id_a_file_already_has(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("e.txt", "e~2.txt", "sub/e.txt"):
        (tmp_path / name).write_text("Text on Monday.\n")
    ids = [s.id for s in load([tmp_path]).sources]
    assert len(ids) == len(set(ids)) == 3


def test_html_head_gives_published_url_source_and_title() -> None:
    (source,) = read_file(FIXTURES / "saved_page.html")
    assert dict(source.meta) == {
        "published": "2021-04-13T06:45:00+01:00",
        "url": "https://www.harbourgazette.example/news/dockers-end-strike",
        "source": "The Harbour Gazette",
        "title": "Dockers end five-week strike",
    }
    assert dict(source.meta_from)["published"] == "front_matter"


def test_html_json_ld_gives_the_publication_date_when_no_meta_tag_does() -> None:
    (source,) = read_file(FIXTURES / "saved_page_json_ld.html")
    assert source.get("published") == "2021-04-13"


def test_html_title_element_is_not_article_text() -> None:
    (source,) = read_file(FIXTURES / "saved_page.html")
    assert "The Harbour Gazette" not in source.text


def test_front_matter_may_hold_yaml_lists_under_a_key() -> None:
    # A web clipper's block: an author list and tags under their keys.
    meta, body = split_front_matter(
        "---\ntitle: Dockers end strike\nauthor:\n  - \"[[Jane Doe]]\"\npublished: 2021-04-13\n"
        "tags:\n  - clippings\n---\nDock workers returned on Monday.\n")
    assert meta["published"] == "2021-04-13"
    assert body == "Dock workers returned on Monday.\n"


def test_an_unclosed_html_title_does_not_swallow_the_body() -> None:
    text, head = read_html("<html><head><title>Council approves charges</head><body>"
                           "<p>The council approved parking charges on Monday.</p></body></html>")
    assert text == "The council approved parking charges on Monday.\n"
    assert head["title"] == "Council approves charges"


def test_json_ld_date_of_a_listed_story_is_not_the_page_date() -> None:
    _, head = read_html(
        '<html><head><script type="application/ld+json">{"@type": "ItemList", '
        '"itemListElement": [{"@type": "NewsArticle", "datePublished": "2019-06-01"}]}'
        '</script><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2024-03-05"}</script></head><body><p>Text.</p></body></html>')
    assert head["published"] == "2024-03-05"


def test_indented_text_between_rules_is_no_front_matter() -> None:
    text = "---\n    \"The sea took everything,\" a fisherman said on 3 March 2019.\n---\nBody.\n"
    assert split_front_matter(text) == ({}, text)


def test_an_html_title_without_a_head_element_is_read() -> None:
    _, head = read_html("<html><title>Port strike ends</title><p>Text on Monday.</p></html>")
    assert head["title"] == "Port strike ends"


def test_front_matter_date_key_gives_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: 2021-04-13\nlink: https://x.example/a\n---\n"
                                   "Dockers walked out on Tuesday.\n")
    (source,) = read_file(tmp_path / "a.md")
    assert (source.get("published"), source.get("url")) == ("2021-04-13", "https://x.example/a")


def test_front_matter_published_key_wins_over_its_alias(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ndate: 2021-04-20\npublished: 2021-04-13\n---\n"
                                   "Dockers walked out on Tuesday.\n")
    (source,) = read_file(tmp_path / "a.md")
    assert source.get("published") == "2021-04-13"


def test_a_modification_date_is_no_publication_date(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\nupdated: 2021-04-20\n---\nDockers walked out.\n")
    (source,) = read_file(tmp_path / "a.md")
    assert source.get("published") == ""


def test_news_api_records_give_date_outlet_url_and_title(tmp_path: Path) -> None:
    record = {"source": {"id": None, "name": "Harbour Wire"}, "title": "Dockers strike",
              "url": "https://x.example/a", "publishedAt": "2021-04-13T06:45:00Z",
              "content": "Dockers walked out on Tuesday."}
    (tmp_path / "feed.json").write_text(json.dumps([record]))
    (source,) = read_file(tmp_path / "feed.json")
    assert dict(source.meta) == {"published": "2021-04-13T06:45:00Z",
                                 "url": "https://x.example/a", "source": "Harbour Wire",
                                 "title": "Dockers strike"}


def test_a_manifest_date_column_gives_the_publication_date(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Dockers walked out on Tuesday.\n")
    (tmp_path / "m.csv").write_text("id,path,date\na,a.txt,2021-04-13\n")
    (source,) = load([tmp_path / "a.txt"], str(tmp_path / "m.csv")).sources
    assert (source.get("published"), source.origin("published")) == ("2021-04-13", "manifest")
