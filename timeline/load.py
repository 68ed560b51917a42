"""Reading inputs: article files, front matter, manifests.

Everything here turns paths into `Source` values or `InputError`s; one bad file
never stops the others. Article bodies keep their text exactly as read, except
that line endings are normalised to "\\n" so offsets mean the same on every OS.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError
from .model import Source

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
META_KEYS = ("published", "url", "source", "title")
TEXT_KEYS = ("text", "body", "content")
# Other names the same keys go by in front matter and in the records that scrapers and
# news APIs write (Hugo's `date`, NewsAPI's `publishedAt`, trafilatura's `sitename`,
# Media Cloud's `publish_date`), lowercased. The key's own name wins when both are given;
# a modification or crawl date (`updated`, `seendate`) is not a publication date.
META_ALIASES = {
    "published": ("date", "pubdate", "pub_date", "publish_date", "published_at",
                  "publishedat", "date_published", "datepublished", "published_date",
                  "publication_date"),
    "url": ("link", "canonical_url", "canonical"),
    "source": ("outlet", "publisher", "site_name", "sitename", "source_name", "media_name"),
    "title": ("headline",),
}
# Bytes that never occur in text files; a NUL is the classic sign of a binary file.
_BINARY_MARK = b"\x00"


@dataclass
class Loaded:
    """What reading the inputs gave: the sources and one warning per skipped input."""

    sources: list[Source] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def load(paths: Sequence[str | Path], manifest: str | Path | None = None) -> Loaded:
    """Read every article under `paths` and in `manifest`, skipping bad inputs with a warning."""
    result = Loaded()
    rows = _manifest_rows(Path(manifest), result) if manifest else {}
    manifest_file = Path(manifest).resolve() if manifest else None
    seen: set[Path] = set()
    for path in _article_files(paths, manifest_file):
        # Resolving a path costs a system call per component: only a manifest needs it.
        resolved = path.resolve() if rows else path
        seen.add(resolved)
        _read_into(result, path, rows.get(resolved))
    for resolved, row in rows.items():
        if resolved not in seen:
            _read_into(result, resolved, row, display=row["_display"])
    result.sources = _unique_ids(result.sources, result.warnings)
    return result


def _read_into(
    result: Loaded, path: Path, row: dict[str, str] | None, display: str | None = None
) -> None:
    try:
        for source in read_file(path, display=display):
            result.sources.append(_with_manifest(source, row) if row else source)
    except InputError as err:
        result.warnings.append(str(err))


def _article_files(paths: Sequence[str | Path], skip: Path | None) -> Iterator[Path]:
    """Files named directly, and article files found recursively in folders, in sorted order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = (p for p in sorted(path.rglob("*")) if p.is_file())
            for candidate in found:
                hidden = any(part.startswith(".") for part in candidate.relative_to(path).parts)
                wanted = candidate.suffix.lower() in ARTICLE_SUFFIXES and not hidden
                if wanted and (skip is None or candidate.resolve() != skip):
                    yield candidate
        else:
            yield path


def read_file(path: Path, display: str | None = None) -> list[Source]:
    """Read one article file; a table or JSON-lines file may hold several articles."""
    name = display or str(path)
    text = decode(path, name)
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonl"):
        return _json_articles(text, path, name)
    if suffix == ".csv":
        return _csv_articles(text, path, name)
    meta, body = split_front_matter(text)
    if suffix in (".html", ".htm"):
        body, head = read_html(body)
        # The page's own head is its front matter; a front-matter block says more.
        meta = {**head, **meta}
    return [_make_source(path.stem, name, body, meta, "front_matter")]


def decode(path: Path, name: str) -> str:
    """The file's text, or an InputError saying in one line why it is unusable."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a folder, not a file") from None
    except OSError as err:
        raise InputError(name, f"cannot be read ({err.strerror})") from None
    if not data.strip():
        raise InputError(name, "empty file")
    if _BINARY_MARK in data[:8192]:
        raise InputError(name, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            name, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<block>(?:.*\n)*?)---[ \t]*(?:\n|\Z)")
_META_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]?(?P<value>.*)$")
# YAML a clipping tool writes under a key: "  - clippings", "  - \"[[Jane Doe]]\"".
_YAML_MORE = re.compile(r"^[ \t]+(?:-[ \t]|\S)")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a leading `---` / `key: value` / `---` block from the body.

    A block whose lines are not all `key: value` (or blank) is not front matter:
    an article may well open with a horizontal rule.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group("block").splitlines():
        if not line.strip() or (meta and _YAML_MORE.match(line)):
            continue  # a blank line, or a list item or continuation of the key above
        pair = _META_LINE.match(line)
        if not pair:
            return {}, text
        meta[pair.group("key").lower()] = _unquote(pair.group("value").strip())
    if not meta:
        return {}, text
    return meta, text[match.end() :]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _make_source(
    default_id: str, name: str, body: str, meta: dict[str, str], origin: str
) -> Source:
    if not body.strip():
        raise InputError(name, "no article text (only metadata)")
    ident = meta.get("id", "").strip() or default_id
    meta = _with_aliases(meta)
    kept = tuple((k, meta[k]) for k in META_KEYS if meta.get(k, "").strip())
    return Source(
        id=ident,
        path=name,
        text=body,
        meta=kept,
        meta_from=tuple((k, origin) for k, _ in kept),
    )


def _with_aliases(meta: dict[str, str]) -> dict[str, str]:
    """The metadata with each key that is missing or empty taken from its first alias
    with a value."""
    filled = dict(meta)
    for key, aliases in META_ALIASES.items():
        if not filled.get(key, "").strip():
            value = next((meta[a] for a in aliases if meta.get(a, "").strip()), "")
            if value:
                filled[key] = value
    return filled


def _with_manifest(source: Source, row: dict[str, str]) -> Source:
    """Manifest values win over front matter: the manifest is the user's explicit word."""
    row = _with_aliases(row)
    meta = dict(source.meta)
    origin = dict(source.meta_from)
    for key in META_KEYS:
        if row.get(key, "").strip():
            meta[key] = row[key].strip()
            origin[key] = "manifest"
    ident = row.get("id", "").strip() or source.id
    return Source(
        id=ident,
        path=source.path,
        text=source.text,
        meta=tuple((k, meta[k]) for k in META_KEYS if k in meta),
        meta_from=tuple((k, origin[k]) for k in META_KEYS if k in meta),
    )


def _manifest_rows(path: Path, result: Loaded) -> dict[Path, dict[str, str]]:
    """Manifest rows keyed by the resolved article path; bad rows become warnings."""
    import csv  # only a manifest or a CSV of articles needs it
    import io

    text = decode(path, str(path))
    reader = csv.DictReader(io.StringIO(text))
    columns = {c.strip().lower() for c in reader.fieldnames or ()}
    missing = {"id", "path"} - columns
    if missing:
        raise InputError(str(path), f"manifest lacks column(s) {', '.join(sorted(missing))}")
    rows: dict[Path, dict[str, str]] = {}
    for number, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        if not row.get("path"):
            result.warnings.append(f"{path}:{number}: manifest row has no path; skipped")
            continue
        article = (path.parent / row["path"]).resolve()
        row["_display"] = str(path.parent / row["path"])
        rows[article] = row
    return rows


# Keys of the JSON document `timeline build --format json` writes: our own output.
_OUTPUT_KEYS = frozenset(("articles", "claims", "events", "conflicts"))


def _json_articles(text: str, path: Path, name: str) -> list[Source]:
    try:
        if path.suffix.lower() == ".jsonl":
            items = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            loaded = json.loads(text)
            items = loaded if isinstance(loaded, list) else [loaded]
    except json.JSONDecodeError as err:
        raise InputError(name, f"invalid JSON (line {err.lineno}: {err.msg})") from None
    if len(items) == 1 and isinstance(items[0], dict) and set(items[0]) >= _OUTPUT_KEYS:
        raise InputError(name, "a timeline JSON document (the tool's output), not an article")
    return list(_records_to_sources(items, path, name))


def _csv_articles(text: str, path: Path, name: str) -> list[Source]:
    import csv
    import io

    from .render.csvout import COLUMNS  # only when a CSV is read

    reader = csv.DictReader(io.StringIO(text))
    header = tuple(c.strip().lower() for c in reader.fieldnames or ())
    if header in COLUMNS.values():
        raise InputError(name, "a timeline CSV table (the tool's output), not articles")
    columns = set(header)
    if not columns & set(TEXT_KEYS):
        raise InputError(name, "CSV has no text/body/content column, so holds no articles")
    items = [{(k or "").strip().lower(): v or "" for k, v in row.items()} for row in reader]
    return list(_records_to_sources(items, path, name))


def _records_to_sources(items: Iterable[object], path: Path, name: str) -> Iterator[Source]:
    for index, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(name, f"record {index} is not an object")
        record = {str(k).lower(): _record_value(v) for k, v in item.items()}
        body = next((record[k] for k in TEXT_KEYS if record.get(k, "").strip()), "")
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        yield _make_source(f"{path.stem}-{index}", f"{name}#{index}", body, record, "front_matter")


def _record_value(value: object) -> str:
    """A record's value as text; an object with a name stands for that name (NewsAPI's
    `"source": {"id": null, "name": "Reuters"}`)."""
    if value is None:
        return ""
    if isinstance(value, dict) and isinstance(value.get("name"), str):
        return str(value["name"])
    return str(value)


def _unique_ids(sources: list[Source], warnings: list[str]) -> list[Source]:
    """Give every source a distinct id: two `a.txt` in different folders must not collide,
    nor may a renamed id take one that a later file has ('a~2.txt')."""
    taken = {source.id for source in sources}
    seen: set[str] = set()
    unique: list[Source] = []
    for source in sources:
        if source.id not in seen:
            seen.add(source.id)
            unique.append(source)
            continue
        n = 2
        while f"{source.id}~{n}" in taken:
            n += 1
        new_id = f"{source.id}~{n}"
        taken.add(new_id)
        seen.add(new_id)
        warnings.append(f"{source.path}: id {source.id!r} already used; renamed {new_id!r}")
        unique.append(replace(source, id=new_id))
    return unique


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page (htmltext.py, imported only when one is read)."""
    return read_html(markup)[0]


def read_html(markup: str) -> tuple[str, dict[str, str]]:
    """Visible text of an HTML page and the metadata of its head."""
    from .htmltext import read_html as read_page

    return read_page(markup)
