"""A publication date the user gave: `--dct`, a manifest `published` column, front matter.

Apart from pubdate.py, which weighs these against what the text says, so that
`timeline dates` (which takes a given date without reading the text) imports
neither the text scanners nor their compiled rules (pubdate_rules.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from timeline.cache import parsed_rule_files
from timeline.model import Dating, Evidence, Source

RULES_FILE = "pubdate.toml"  # in timeline/rules/


@dataclass(frozen=True)
class Choice:
    """A dated candidate from one source, before the others are weighed."""

    value: date
    source: str  # one of model.PUBLISHED_FROM
    text: str
    note: str
    start: int = -1
    end: int = -1


@cache
def rules_data() -> dict[str, Any]:
    """rules/pubdate.toml parsed (through the user cache), with no pattern compiled: a
    given date needs only its [confidence] table; pubdate_rules compiles the rest."""
    return dict(parsed_rule_files((RULES_FILE,), "pubdate-rules")[RULES_FILE])


@cache
def confidence_table() -> dict[str, float]:
    """How far a date from each source is trusted (the [confidence] table)."""
    table = rules_data().get("confidence", {})
    return {str(k): float(v) for k, v in table.items()}


def given_datings(
    sources: Sequence[Source], today: date, overrides: Mapping[str, date]
) -> list[Dating | None]:
    """For each source its given date taken as it is (see `given_dating`), or None."""
    return [given_dating(src, today, overrides) for src in sources]


def given_dating(src: Source, today: date, overrides: Mapping[str, date]) -> Dating | None:
    """The date the user gave for an article, taken without reading the text."""
    warnings: list[str] = []
    if src.id in overrides:
        choice: Choice | None = Choice(overrides[src.id], "cli", f"--dct {src.id}",
                                       "command line")
    else:
        choice = meta_choice(src, today, warnings)
    if choice is None:
        return None
    label = choice.source.replace("_", " ")
    return Dating(
        published=choice.value,
        published_from=choice.source,
        confidence=confidence_table().get(choice.source, 0.9),
        reasons=(f"Published {choice.value.isoformat()} from the {label}: '{choice.text}' "
                 "(the text was not checked against it).",),
        evidence=(Evidence(choice.source, choice.text, choice.value.isoformat(), choice.note),),
        warnings=tuple(warnings),
    )


def meta_choice(src: Source, today: date, warnings: list[str]) -> Choice | None:
    """The manifest or front-matter `published` value; a warning when it is no date."""
    raw = src.get("published").strip()
    if not raw:
        return None
    # Only the two metadata origins are valid `published_from` values.
    origin = src.origin("published")
    origin = origin if origin in ("manifest", "front_matter") else "manifest"
    value = _read_meta_date(raw, today)
    if value is None:
        warnings.append(f"{origin} `published` value '{raw}' is not a date; ignored")
        return None
    if value > today:
        warnings.append(f"{origin} `published` {value.isoformat()} is after today; kept")
    return Choice(value, origin, raw, f"`published` in the {origin.replace('_', ' ')}")


_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _read_meta_date(raw: str, today: date) -> date | None:
    if not _FULL_YEAR.search(raw):
        return None  # 'yesterday', '3 days ago', '2019-11': not a publication date
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        # Common non-ISO strings ("March 4, 2019", "04/03/2019"): day first is
        # the reading for numeric dates outside the US, so prefer DMY.
        from timeline.pubdate_text import parse_date  # dateparser: only for such strings

        return parse_date(raw, "DMY", today)
