"""Where tqa keeps its data, and paths as people read them (no imports: the CLI's fast path
uses this module)."""

from __future__ import annotations

from pathlib import Path


def default_home() -> Path:
    return Path.home() / ".local" / "share" / "tqa"


def source_name(path: Path, cwd: Path) -> str:
    """The path relative to `cwd` when it lies below it, else absolute."""
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path.resolve())
