"""Time-expression engine: find TIMEX3 expressions in text and resolve them to day intervals.

`find(text, ref)` is the whole public interface; the rules it applies are data in
`timeline/rules/timex_*.toml` and the resolvers they name live in `resolvers.py`.
"""

from timeline.timex.engine import find

__all__ = ["find"]
