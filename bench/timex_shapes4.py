"""The fourth survey of news time phrases (bench/timex_shapes_cases4.py), judged as the
first one is (bench/timex_shapes.py).

    .venv/bin/python -m bench.timex_shapes4 [-v]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.timex_shapes import run
from bench.timex_shapes_cases4 import CASES


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    run("-v" in args, CASES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
