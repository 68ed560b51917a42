"""The outlet an article came from, when no manifest or front matter names it.

Wire copy names its agency in the dateline ('MOSCOW (Sputnik) -',
'ANTALYA, June 30. /TASS/.', 'LISBON, March 3, 2019 (Reuters) -'); that is the
only place in running text where an outlet's name is a reliable fact.
"""

from __future__ import annotations

import re

# Look only near the top: a dateline opens the story, never sits deep inside it.
_HEAD = 2000
_CITY = r"[A-Z][A-Za-z.'-]*(?:[ -][A-Z][A-Za-z.'-]*)*"
_DATELINE_AGENCY = re.compile(
    # A state and a country may follow the city in brackets ('Mumbai (Maharashtra)
    # [India], November 15 (ANI):'): a place, and the agency comes after the date.
    rf"(?m)^\s*{_CITY}(?:(?:\s*\([^()\n]{{1,30}}\))?\s*\[[^\]\n]{{1,30}}\])?"
    r"(?:,[^\n(/]{1,40}?)?\s*"
    r"(?:\((?P<paren>[A-Z][\w&.' -]{1,30}?)\)|/(?P<slash>[A-Z][\w&.' -]{1,30}?)/)"
    # A comma after the brackets goes on to the date: they hold a place, not an agency
    # ('Aschheim (Munich), June 22, 2020 –').
    r"(?!\s*,)\s*\.?\s*[-—–:.]?"
)


def outlet_of(text: str) -> str:
    """The agency named in the article's dateline, or "" when there is none."""
    match = _DATELINE_AGENCY.search(text[:_HEAD])
    if not match:
        return ""
    return (match.group("paren") or match.group("slash") or "").strip()
