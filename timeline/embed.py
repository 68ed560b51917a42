"""Sentence vectors for the merge stage, from the `wordllama` package when it is installed.

Its wheel carries the 256-dimensional l2_supercat token embeddings and their tokenizer,
so nothing is downloaded: both are loaded from the package's own folder, downloads
disabled. A sentence's vector is the mean of its tokens' vectors, unit length. Imported
only by the merge stage, and wordllama only on first use, so that other commands start
light; without the package, `vectors` answers None and the merge is lexical only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

CONFIG = "l2_supercat"
DIM = 256


@lru_cache(maxsize=1)
def _model() -> Any | None:
    import logging

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        return None
    finally:
        # wordllama's inference module calls logging.basicConfig(level=INFO) on import.
        root.handlers[:] = handlers
        root.setLevel(level)
    here = os.path.dirname(os.path.abspath(wordllama.__file__))
    try:
        # The packaged files sit in <package>/weights and <package>/tokenizers: the
        # layout wordllama looks for under a cache folder (its own lookup in the package
        # folder seeks 'tokenizer/', and would download the tokenizer).
        return WordLlama.load(CONFIG, dim=DIM, cache_dir=here, disable_download=True)
    except (FileNotFoundError, OSError, ValueError):
        return None


def available() -> bool:
    return _model() is not None


def vectors(texts: Sequence[str]) -> Any | None:
    """Unit vectors (a float32 array, one row per text) or None without the model.
    Each distinct text is embedded once."""
    model = _model()
    if model is None:
        return None
    import numpy as np

    distinct = sorted(set(texts))
    if not distinct:
        return np.zeros((0, DIM), dtype=np.float32)
    rows = {text: k for k, text in enumerate(distinct)}
    table = np.asarray(model.embed(distinct, norm=True, batch_size=256), dtype=np.float32)
    return table[[rows[text] for text in texts]]
