"""PDF transcripts (pypdf): lines reflowed into paragraphs, running headers and footers dropped,
and the line numbers of a court's or a deposition's pages left out.

Every paragraph is marked with the page it starts on; a paragraph running onto the next page
gets a mark where that page begins.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from pathlib import Path

from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.formats.writer import Paragraphs
from retrieval.parse.labels import match_label

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)


def extract(path: Path, data: bytes) -> Paragraphs:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    # pypdf logs what it repairs; a file it cannot read raises, and that is what we report.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise TranscriptError(f"{path}: the PDF is encrypted")
        pages = [_unnumbered((page.extract_text() or "").splitlines()) for page in reader.pages]
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as e:
        raise TranscriptError(f"{path}: not a readable PDF ({e})") from None
    if not any(ln.strip() for lines in pages for ln in lines):
        raise TranscriptError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    furniture = _running_lines(pages)
    out = Paragraphs(mark_kind="page")
    width = _typical_width(pages)
    open_paragraph = False
    for number, lines in enumerate(pages, 1):
        kept = [ln.strip() for ln in lines]
        text_at = [i for i, ln in enumerate(kept) if ln]
        edges = set(text_at[:2] + text_at[-2:])
        for i, line in enumerate(kept):
            if not line:
                open_paragraph = False
                continue
            if i in edges and _key(line) in furniture:
                continue
            if open_paragraph and not match_label(line):
                out.extend(line, mark=number)
            else:
                out.add(line, mark=number)
            # Wrapped lines run to the margin: a short one is the last of its paragraph.
            open_paragraph = len(line) >= 0.8 * width
    return out


_LINE_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s+|$)")


def _unnumbered(lines: list[str]) -> list[str]:
    """A page's lines without the numbers a court reporter puts before each: where most of
    its lines open with 1, 2, 3, ... in turn (a page number above them is not one of them)."""
    counted = []  # (line, where its words start)
    for i, line in enumerate(lines):
        m = _LINE_NUMBER.match(line)
        if m and int(m.group(1)) == len(counted) + 1:
            counted.append((i, m.end()))
    written = sum(1 for ln in lines if ln.strip())
    if len(counted) < 5 or len(counted) < 0.7 * written:
        return lines
    out = list(lines)
    for i, start in counted:
        out[i] = lines[i][start:]
    return out


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip().lower())


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines at the top or bottom of most pages: running titles, page numbers."""
    if len(pages) < 2:
        return {k for lines in pages for ln in lines if _PAGE_NUMBER.match(k := ln.strip())}
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = [ln for ln in lines if ln.strip()]
        seen.update({_key(ln) for ln in edge[:2] + edge[-2:]})
    found = {k for k, n in seen.items() if n >= max(2, len(pages) // 2)}
    return found | {"#", "page #", "page # of #", "# of #", "#/#"}


def _typical_width(pages: list[list[str]]) -> int:
    widths = sorted(len(ln.strip()) for lines in pages for ln in lines if ln.strip())
    return widths[int(len(widths) * 0.9)] if widths else 80
