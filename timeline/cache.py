"""Files kept in the user cache directory to make short-lived processes start fast.

Everything here is best effort: a missing, stale, corrupt or unwritable cache only
costs speed, never changes a result.
"""

from __future__ import annotations

import json
import marshal
import os
import zlib
from typing import Any

# os.path rather than pathlib: pathlib pulls in urllib and ipaddress at import time.
RULES_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules")


def cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "timeline")


def checkout_key() -> str:
    """A short key of this copy of the package, for the names of its cache files.

    Each process keeps only the entries it used; two checkouts with different rules
    (a main tree and a worktree, say) sharing one file would keep dropping each
    other's entries, and every process of either would recompile and re-read."""
    here = os.path.dirname(os.path.abspath(__file__))
    return f"{zlib.crc32(here.encode('utf-8')):08x}"


def write_cache(path: str, payload: dict[str, Any], binary: bool = False) -> None:
    """Best effort: a read-only home or a concurrent writer only costs speed."""
    import tempfile  # only when a cache is written

    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        if binary:
            with os.fdopen(fd, "wb") as bfh:
                marshal.dump(payload, bfh)
        else:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def _stamp(name: str) -> list[int]:
    st = os.stat(os.path.join(RULES_DIR, name))
    return [st.st_mtime_ns, st.st_size]


def rules_cache_path(cache_name: str) -> str:
    return os.path.join(cache_dir(), f"{cache_name}-{checkout_key()}.json")


def parsed_rule_files(names: tuple[str, ...], cache_name: str) -> dict[str, Any]:
    """The TOML files `names` of timeline/rules parsed, keyed by file name.

    tomllib is pure Python (a 40 KB rule file takes 5 ms, the timex rules a tenth of
    a second), so the parsed data is kept as JSON in the user cache directory, as
    `cache_name-<checkout>.json`, and reused while the files' modification times
    and sizes are unchanged."""
    stamps = {n: _stamp(n) for n in names}
    path = rules_cache_path(cache_name)
    try:
        with open(path, encoding="utf-8") as fh:
            cached = json.load(fh)
        # Anything else in the file (another version's layout, a hand edit) is stale.
        if (isinstance(cached, dict) and cached.get("stamps") == stamps
                and isinstance(cached.get("data"), dict)):
            return dict(cached["data"])
    except (OSError, ValueError):
        pass
    import tomllib  # only when the cache is stale

    data = {}
    for n in names:
        with open(os.path.join(RULES_DIR, n), "rb") as fh:
            data[n] = tomllib.load(fh)
    write_cache(path, {"stamps": stamps, "data": data})
    return data
