"""Plain text and Markdown: the file is its own transcript text."""

from __future__ import annotations

from pathlib import Path

from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.formats.writer import Paragraphs


def extract(path: Path, data: bytes) -> Paragraphs:
    if b"\x00" in data:
        raise TranscriptError(f"{path}: binary file, not a text transcript")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise TranscriptError(f"{path}: not UTF-8 (invalid byte at offset {e.start})") from None
    return Paragraphs.verbatim(text)
