"""timeline: turn a pile of news articles into one reconciled, sourced chronology."""

__version__ = "0.1.0"
