"""PDF transcripts (pypdf): each page's lines, reflowed as `pages.reflow` does."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.formats.pages import reflow
from retrieval.parse.formats.writer import Paragraphs


def extract(path: Path, data: bytes) -> Paragraphs:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    # pypdf logs what it repairs; a file it cannot read raises, and that is what we report.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise TranscriptError(f"{path}: the PDF is encrypted")
        pages = [(page.extract_text() or "").splitlines() for page in reader.pages]
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as e:
        raise TranscriptError(f"{path}: not a readable PDF ({e})") from None
    if not any(ln.strip() for lines in pages for ln in lines):
        raise TranscriptError(f"{path}: the PDF has no text layer (a scan?); run OCR on it first")
    return reflow(pages)
