"""Property tests: whatever the text, `find` keeps its invariants and never raises.

No timing assertions here (speed is measured by bench/tempeval.py); the
adversarial strategies only make sure odd inputs are handled.
"""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.timex import find

WORDS = ["January", "May", "may", "Friday", "early", "mid-", "late", "2019", "1990s", "-",
         "two", "years", "ago", "a day earlier", "the", "next", "week", "by", "before",
         "12", "3/4/2019", "27.11.2019", "10 a.m.", "noon", "'", '"', ",", ".", " ", "\n",
         "quarter", "third", "fiscal", "Christmas", "now", "between", "and", "$", "%",
         "current", "year", "latest", "this", "last", "ago", "-", "a", "several", "Q3", "FY"]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=80).map("".join),
    st.integers(min_value=1, max_value=3000).map(lambda n: "7" * n),
    st.integers(min_value=1, max_value=3000).map(lambda n: "x" * n),
    st.integers(min_value=1, max_value=400).map(lambda n: "January " * n),
    st.integers(min_value=1, max_value=400).map(lambda n: '"\'in 1990s' * n),
)
refs = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(texts, refs)
def test_find_keeps_invariants(text: str, ref: date | None) -> None:
    exprs = find(text, ref)
    last_end = 0
    for e in exprs:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert e.text == e.text.strip()  # an expression never starts or ends with a space
        assert e.start >= last_end  # sorted and non-overlapping
        last_end = e.end
        if e.earliest is not None and e.latest is not None:
            assert e.earliest <= e.latest
        assert e.type in ("DATE", "TIME", "DURATION", "SET")
        assert e.anchor in ("absolute", "publication_date", "previous_time", "unresolved")
        if ref is None and e.anchor != "absolute":
            assert e.anchor == "unresolved" or e.earliest is None or e.anchor == "previous_time"
