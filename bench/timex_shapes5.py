"""The fifth survey of news time phrases (bench/timex_shapes_cases5.py), judged as the
first one is (bench/timex_shapes.py).

    .venv/bin/python -m bench.timex_shapes5 [-v]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bench.timex_shapes import run
from bench.timex_shapes_cases5 import CASES


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    run("-v" in args, CASES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
