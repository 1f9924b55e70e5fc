"""Where tqa keeps its data unless told otherwise (no imports: the CLI's fast path reads it)."""

from __future__ import annotations

from pathlib import Path


def default_home() -> Path:
    return Path.home() / ".local" / "share" / "tqa"
