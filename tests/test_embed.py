import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import embed

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("wordllama")


def test_vectors_are_unit_rows_in_the_order_of_the_texts() -> None:
    texts = ["The ship struck the bridge", "The telescope unfolded its mirror",
             "The ship struck the bridge"]
    rows = embed.vectors(texts)
    assert rows is not None
    assert rows.shape == (3, embed.DIM)
    assert [round(float(r @ r), 5) for r in rows] == [1.0, 1.0, 1.0]
    assert (rows[0] == rows[2]).all()


def test_sentences_alike_in_meaning_are_nearer_than_unrelated_ones() -> None:
    rows = embed.vectors(["Rescuers pulled the trapped miners out of the flooded mine",
                          "Rescue teams freed the workers stuck in the flooded pit",
                          "The central bank raised interest rates by half a point"])
    assert rows is not None
    assert float(rows[0] @ rows[1]) > 0.5 > 0.2 > float(rows[0] @ rows[2])


def test_no_texts_give_no_rows() -> None:
    rows = embed.vectors([])
    assert rows is not None and rows.shape == (0, embed.DIM)


def test_the_model_loads_from_the_package_with_no_network_and_no_cache(tmp_path: Path) -> None:
    # A fresh home (no ~/.cache/wordllama) and every download refused: the packaged
    # weights and tokenizer must do.
    script = (
        "import requests, socket\n"
        "def refuse(*a, **k): raise AssertionError('network')\n"
        "requests.get = requests.Session.request = refuse\n"
        "socket.socket.connect = refuse\n"
        "from timeline import embed\n"
        "import json; print(json.dumps(embed.available()))\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "HF_HUB_OFFLINE": "1"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, env=env, check=True)
    assert json.loads(done.stdout) is True
    assert not (tmp_path / ".cache" / "wordllama").exists()


def test_loading_leaves_the_logging_setup_alone() -> None:
    script = (
        "import logging\n"
        "from timeline import embed\n"
        "assert embed.available()\n"
        "root = logging.getLogger()\n"
        "print(len(root.handlers), root.level)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    assert done.stdout.split() == ["0", str(logging.WARNING)]


def test_without_the_package_there_are_no_vectors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wordllama", None)  # import fails
    embed._model.cache_clear()
    try:
        assert embed.vectors(["The ship struck the bridge"]) is None
        assert not embed.available()
    finally:
        embed._model.cache_clear()
