"""The `timeline` command: parse options, call the library, render.

stdout carries data only; warnings, progress and errors go to stderr. Library
errors become exit 1 (click.ClickException), option mistakes exit 2 (usage).
Heavy modules (rich, pandas, dateparser) are imported by the command that needs
them, so `timeline dates --format jsonl` starts fast.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import io
import json
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from timeline.errors import NoArticlesError, TimelineError
from timeline.pipeline import Inputs, build, iter_dates, parse_dct, read_articles

if TYPE_CHECKING:
    from rich.console import Console

    from timeline.model import Timeline

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


def input_options(command: F) -> F:
    """PATH... plus --meta, --dct and --today, shared by every command."""

    @click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=str))
    @click.option(
        "--meta",
        type=click.Path(exists=True, dir_okay=False, path_type=str),
        help="Manifest CSV: id, path[, published, url, source, title].",
    )
    @click.option(
        "--dct",
        multiple=True,
        metavar="ARTICLE=YYYY-MM-DD",
        help="Publication date of an article (overrides everything else). Repeatable.",
    )
    @click.option(
        "--today",
        metavar="YYYY-MM-DD",
        help="Upper bound for inferred publication dates (default: today; fix it for "
        "reproducible output).",
    )
    @functools.wraps(command)
    def wrapper(paths: tuple[str, ...], meta: str | None, dct: tuple[str, ...],
                today: str | None, **kwargs: Any) -> Any:
        return command(_inputs(paths, meta, dct, today), **kwargs)

    return wrapper  # type: ignore[return-value]


def _inputs(paths: tuple[str, ...], meta: str | None, dct: tuple[str, ...],
            today: str | None) -> Inputs:
    if not paths and not meta:
        raise click.UsageError("give at least one PATH, or a manifest with --meta")
    try:
        overrides = parse_dct(dct)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--dct") from None
    try:
        today_date = date.fromisoformat(today) if today else _today_from_env()
    except ValueError:
        raise click.BadParameter(f"{today!r} is not a YYYY-MM-DD date",
                                 param_hint="--today") from None
    return Inputs(paths=paths, manifest=meta, dct=overrides, today=today_date)


def _today_from_env() -> date | None:
    # TIMELINE_TODAY pins "today" for reproducible runs (tests, golden files).
    value = os.environ.get("TIMELINE_TODAY")
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.UsageError(
            f"environment variable TIMELINE_TODAY={value!r} is not a YYYY-MM-DD date"
        ) from None


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _warn(warnings: tuple[str, ...], quiet: bool = False) -> None:
    if quiet or not warnings:
        return
    console = _stderr()
    for warning in warnings:
        console.print(f"[yellow]warning:[/] {warning}", markup=True, soft_wrap=True)


def _run(action: Callable[[], T]) -> T:
    """Library errors become one-line messages and exit 1."""
    try:
        return action()
    except NoArticlesError as err:
        _warn(err.warnings)  # why each input was skipped, before the verdict
        raise click.ClickException(str(err)) from None
    except TimelineError as err:
        raise click.ClickException(str(err)) from None


def _build(inputs: Inputs, quiet: bool) -> Timeline:
    progress = None if quiet else _progress_bar()
    try:
        timeline = _run(lambda: build(inputs, progress=progress))
    finally:
        if progress is not None:
            progress.close()
    _warn(timeline.warnings, quiet)
    return timeline


class _ProgressBar:
    """A progress bar on stderr that appears only when a build takes a while."""

    DELAY_SECONDS = 2.0

    def __init__(self) -> None:
        import time

        self._clock = time.monotonic
        self._started = self._clock()
        self._bar: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            if self._clock() - self._started < self.DELAY_SECONDS:
                return
            from rich.progress import Progress

            self._bar = Progress(console=_stderr(), transient=True)
            self._bar.start()
            self._task = self._bar.add_task("reading articles", total=total)
        self._bar.update(self._task, completed=done)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _progress_bar() -> _ProgressBar | None:
    return _ProgressBar() if sys.stderr.isatty() else None


def _emit(text: str, output: str | None) -> None:
    """Data to stdout, or atomically to a file."""
    if output:
        from timeline.atomic import write_atomic

        with _writing(output):
            write_atomic(output, text)
    else:
        click.echo(text, nl=not text.endswith("\n"))


@contextlib.contextmanager
def _writing(output: str) -> Iterator[None]:
    """A file that cannot be written is one line on stderr and exit 1, not a traceback."""
    try:
        yield
    except OSError as err:
        raise click.ClickException(f"{output}: cannot write ({err.strerror or err})") from None


PIPE_WIDTH = 160


def _table_text(renderables: list[Any], output: str | None) -> None:
    from rich.console import Console

    if output:
        # Recorded, not shown: the text goes to the file only.
        console = Console(record=True, width=PIPE_WIDTH, file=io.StringIO())
        for item in renderables:
            console.print(item)
        _emit(console.export_text(), output)
        return
    # A pipe or file has no width: give tables room instead of rich's 80 columns.
    width = None if sys.stdout.isatty() else int(os.environ.get("COLUMNS") or PIPE_WIDTH)
    console = Console(width=width)
    for item in renderables:
        console.print(item)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def main() -> None:
    """Turn a pile of news articles into one reconciled, sourced chronology."""
    _short_lived_gc()


# Allocations between two young-generation collections of the garbage collector
# (Python's default: 700).
GC_YOUNG_THRESHOLD = 20_000


@functools.cache  # once per process (tests run many commands in one)
def _short_lived_gc() -> None:
    """Garbage collection for a command's process: loading the rules and modules makes
    hundreds of thousands of objects and little garbage, and the default threshold ran
    a collection every 700 of them, each going over the objects made so far; at exit
    Python collects once more over everything, which a freeze spares (the memory goes
    back to the system whole; all output is written and closed by then)."""
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    atexit.register(gc.freeze)


BUILD_FORMATS = ("table", "json", "csv", "timelinejs", "timelinejs-json")


def output_options(formats: tuple[str, ...]) -> Callable[[F], F]:
    """--format, -o, --excel and -q, shared by the commands that write a timeline."""

    def decorate(command: F) -> F:
        for option in reversed((
            click.option("--format", "fmt", type=click.Choice(formats), default="table",
                         show_default=True),
            click.option("-o", "--output", type=click.Path(path_type=str),
                         help="File to write (a folder for --format csv)."),
            click.option("--excel", is_flag=True, help="CSV with a byte-order mark, for Excel."),
            click.option("-q", "--quiet", is_flag=True, help="No progress bar or warnings."),
        )):
            command = option(command)
        return command

    return decorate


@main.command("build")
@input_options
@output_options(BUILD_FORMATS)
def build_command(inputs: Inputs, fmt: str, output: str | None, excel: bool,
                  quiet: bool) -> None:
    """Build the reconciled timeline of the articles."""
    timeline = _build(inputs, quiet)
    if fmt == "table":
        from timeline.render.table import timeline_table

        _table_text([timeline_table(timeline)], output)
    elif fmt == "json":
        from timeline.render.jsondoc import dumps

        _emit(dumps(timeline), output)
    elif fmt == "csv":
        _csv_bundle(timeline, output, excel, table="events")
    elif fmt == "timelinejs":
        from timeline.render.timelinejs import timelinejs_csv

        _emit(_bom(excel) + timelinejs_csv(timeline), output)
    else:
        from timeline.render.timelinejs import timelinejs_json

        _emit(timelinejs_json(timeline), output)


def _bom(excel: bool) -> str:
    return "\ufeff" if excel else ""


def _csv_bundle(timeline: Timeline, output: str | None, excel: bool, table: str) -> None:
    """With -o DIR the four files; without, one table on stdout."""
    from timeline.render.csvout import write_bundle

    if output:
        with _writing(output):
            write_bundle(timeline, Path(output), excel=excel)
        return
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        write_bundle(timeline, Path(tmp), excel=excel)
        click.echo(Path(tmp, f"{table}.csv").read_text(encoding="utf-8"), nl=False)


@main.command("conflicts")
@input_options
@output_options(("table", "json", "csv"))
def conflicts_command(inputs: Inputs, fmt: str, output: str | None, excel: bool,
                      quiet: bool) -> None:
    """List contradictions: the same event, disjoint asserted dates."""
    timeline = _build(inputs, quiet)
    if fmt == "table":
        from timeline.render.table import conflicts_renderables

        _table_text(conflicts_renderables(timeline), output)
    elif fmt == "json":
        from timeline.render.jsondoc import document

        doc = document(timeline)
        wanted = {cid for conflict in timeline.conflicts for cid in conflict.claim_ids}
        subset = {
            "conflicts": doc["conflicts"],
            "claims": [c for c in doc["claims"] if c["id"] in wanted],
        }
        _emit(json.dumps(subset, ensure_ascii=False, indent=2) + "\n", output)
    else:
        _csv_bundle(timeline, output, excel, table="conflicts")


@main.command("dates")
@input_options
@click.option("--format", "fmt", type=click.Choice(("table", "json", "jsonl", "csv")),
              default="table", show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No warnings.")
def dates_command(inputs: Inputs, fmt: str, quiet: bool) -> None:
    """Every time expression, resolved: the time-expression engine alone."""
    # The engine alone: a given publication date is taken without reading the text.
    articles, warnings = _run(lambda: read_articles(inputs, check_given=False))
    _warn(warnings, quiet)
    pairs = iter_dates(articles)
    if fmt == "table":
        from timeline.render.table import dates_table

        _table_text([dates_table([(a.id, e) for a, e in pairs])], None)
        return
    from timeline.render.jsondoc import timex_record

    records = (timex_record(article.id, expr) for article, expr in pairs)
    if fmt == "jsonl":
        # One encoder for all lines: json.dumps with options builds a new one per call.
        encode = json.JSONEncoder(ensure_ascii=False).encode
        out = sys.stdout
        for record in records:
            out.write(encode(record) + "\n")
    elif fmt == "json":
        click.echo(json.dumps(list(records), ensure_ascii=False, indent=2))
    else:
        _write_csv_records(records)


def _write_csv_records(records: Iterator[dict[str, Any]]) -> None:
    import csv

    writer: csv.DictWriter[str] | None = None
    for record in records:
        if writer is None:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: "" if v is None else v for k, v in record.items()})


@main.command("explain")
@input_options
@click.option("--article", "article_id", help="Explain only this article id.")
def explain_command(inputs: Inputs, article_id: str | None) -> None:
    """How each publication date and time expression was found and anchored."""
    timeline = _build(inputs, quiet=False)
    from timeline.pipeline import time_expressions
    from timeline.render.table import explain_renderables

    by_id = {a.id: a for a in timeline.articles}
    if article_id and article_id not in by_id:
        raise click.BadParameter(f"no article {article_id!r} (have: {', '.join(by_id)})",
                                 param_hint="--article")
    renderables: list[Any] = []
    for ident in [article_id] if article_id else list(by_id):
        # Every expression, so that those that dated nothing are shown with the reason.
        expressions = time_expressions(by_id[ident])
        renderables.extend(explain_renderables(timeline, ident, expressions=expressions))
    _table_text(renderables, None)


@main.command("report")
@input_options
@click.option("-o", "--output", type=click.Path(path_type=str), required=True,
              help="The HTML file to write.")
@click.option("--title", default="Timeline", show_default=True)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or warnings.")
def report_command(inputs: Inputs, output: str, title: str, quiet: bool) -> None:
    """Write a self-contained HTML report with a visual timeline."""
    timeline = _build(inputs, quiet)
    from timeline.render.html import html_report

    _emit(html_report(timeline, title=title), output)


if __name__ == "__main__":
    main()
