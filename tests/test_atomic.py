import os
import stat
from pathlib import Path

from timeline.atomic import write_atomic


def test_write_atomic_writes_the_whole_content(tmp_path: Path) -> None:
    target = write_atomic(tmp_path / "sub" / "out.txt", "héllo")
    assert target.read_text(encoding="utf-8") == "héllo"


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    write_atomic(tmp_path / "out.txt", b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_write_atomic_gives_the_mode_of_a_plain_open(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        target = write_atomic(tmp_path / "out.txt", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
