"""Transcript files as people have them: each format becomes transcript text to quote from.

Plain text and Markdown are their own transcript text. WebVTT, SRT, HTML, PDF and DOCX are
extracted (speaker turns as `Label: words` paragraphs, markup and timing removed) with marks that
locate the text in the original: a cue's start time or a page number. A format's library is
imported only when a file of that format is read.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.parse.formats.errors import TranscriptError

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
EXTRACTED_SUFFIXES = (".vtt", ".srt", ".html", ".htm", ".pdf", ".docx")
SUFFIXES = TEXT_SUFFIXES + EXTRACTED_SUFFIXES

__all__ = ["SUFFIXES", "Extracted", "TranscriptError", "digest", "read", "supported"]


@dataclass(frozen=True)
class Extracted:
    """Transcript text read from one file."""

    text: str
    sha256: str  # of the original file's bytes
    extracted: bool  # False: `text` is the file itself
    mark_kind: str | None = None  # "time" (VTT, SRT) or "page" (PDF)
    marks: tuple[tuple[int, str | int], ...] = field(default=(), repr=False)  # (offset, mark)
    speech_only: bool = False  # every line is somebody speaking (captions have no header)
    # The speaker labels the file's markup gave (a caption's voice tag or `Name:` prefix, a
    # label in bold alone): labels for certain, though each opens one turn.
    labels: frozenset[str] = frozenset()


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def digest(path: Path) -> str:
    """sha256 of the file's bytes (TranscriptError when it cannot be read)."""
    return hashlib.sha256(_bytes(path)).hexdigest()


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise TranscriptError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise TranscriptError(f"{path}: is a directory") from None
    except OSError as e:
        raise TranscriptError(f"{path}: cannot read ({e.strerror})") from None


def read(path: Path) -> Extracted:
    """The transcript text of `path`; TranscriptError (naming the file) when it cannot be read."""
    data = _bytes(path)
    if not data.strip():
        raise TranscriptError(f"{path}: empty file")
    digest = hashlib.sha256(data).hexdigest()
    kind = _kind(path, data)
    if kind == "captions":
        from retrieval.parse.formats.captions import extract
    elif kind == "html":
        from retrieval.parse.formats.html import extract
    elif kind == "pdf":
        from retrieval.parse.formats.pdf import extract
    elif kind == "docx":
        from retrieval.parse.formats.docx import extract
    else:
        from retrieval.parse.formats.text import extract
    out = extract(path, data)
    if not out.text.strip():
        raise TranscriptError(f"{path}: no transcript text in this file")
    return Extracted(
        out.text,
        digest,
        # A text file in another encoding than UTF-8 is quoted from its decoded copy.
        kind != "text" or out.text.encode("utf-8") != data,
        out.mark_kind,
        tuple(out.marks),
        out.speech_only,
        frozenset(out.labels),
    )


# SRT's first cue: its number, then its timing ("1" above "00:00:01,000 --> 00:00:04,000").
_SRT_HEAD = re.compile(rb"\d+[ \t]*\r?\n[ \t]*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->")


def _kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix in (".vtt", ".srt"):
        return "captions"
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".pdf", ".docx"):
        return suffix[1:]
    if suffix and suffix not in TEXT_SUFFIXES:
        known = ", ".join(SUFFIXES)
        raise TranscriptError(f"{path}: unsupported file type {suffix!r} (tqa reads {known})")
    # A text file that is really another format (captions or a web page saved as .txt).
    head = data[:200].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"webvtt") or _SRT_HEAD.match(head):
        return "captions"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"
