"""Generations of the index: each commit's manifest and BM25 in a folder of its own, and the
one-line file `current` that names the generation readers use (see `store.py`)."""

from __future__ import annotations

import os
from pathlib import Path

from retrieval.index.manifest import IndexDamaged, Manifest


def crash_point(phase: str) -> None:
    """Tests set TQA_TEST_KILL_AT=phase to kill -9 this process at that phase of a commit."""
    if os.environ.get("TQA_TEST_KILL_AT") == phase:
        import signal

        os.kill(os.getpid(), signal.SIGKILL)


class Generation:
    """Where one generation's manifest and BM25 live (0: the layout of tqa before generations)."""

    def __init__(self, home: Path, number: int) -> None:
        self.number = number
        self.folder = home / "generations" / str(number) if number else home

    @property
    def manifest(self) -> Path:
        """Its SQLite file; a JSON one if an older tqa wrote this generation."""
        older = self.folder / "manifest.json"
        return older if older.exists() else self.folder / "manifest.db"

    @property
    def lexical(self) -> Path:
        return self.folder / "lexical"


def current_generation(home: Path) -> Generation:
    try:
        text = (home / "current").read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return Generation(home, 0)
    except (OSError, UnicodeDecodeError) as e:
        raise IndexDamaged(f"{home / 'current'}: cannot be read ({e})") from None
    if not text.isdigit():
        raise IndexDamaged(
            f"{home / 'current'} is damaged; run `tqa doctor --repair`, "
            "or `tqa ingest --rebuild PATH` with your transcripts"
        )
    return Generation(home, int(text))


def read_current(home: Path) -> tuple[int, Manifest]:
    """(generation, manifest) that readers use now; a writer may switch between two reads."""
    for _ in range(3):
        generation = current_generation(home)
        try:
            return generation.number, Manifest.load_existing(generation.manifest)
        except FileNotFoundError:
            if generation.number == 0:
                return 0, Manifest()
    raise IndexDamaged(
        f"{home}: the current generation's manifest is missing; run `tqa doctor --repair`"
    )


def load_manifest(home: Path) -> Manifest:
    return read_current(home)[1]
