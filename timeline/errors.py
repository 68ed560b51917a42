"""The library's errors. The CLI maps them to exit codes; the library never exits."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(TimelineError):
    """One input (file, manifest row) cannot be used; the run goes on without it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NoArticlesError(TimelineError):
    """Not a single article could be read: there is nothing to build.

    `warnings` says, one line per input, why each was skipped.
    """

    def __init__(self, message: str, warnings: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.warnings = warnings


# What a bug in the code raises on one input (not an I/O or memory error, which stop the
# run): a per-article stage that meets one reports it and goes on with the others.
BUG_ERRORS = (ArithmeticError, LookupError, ValueError, TypeError, AssertionError)
