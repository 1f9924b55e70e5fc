"""Word documents (python-docx): paragraphs and tables in order, bold speaker labels read as
labels.

A bold name opening a paragraph (`**Sara Lind** Set your…`) or alone on the line above the words
(as Teams and many transcription services write it) becomes `Sara Lind: Set your…`; a table's
row of a time, a name and the words (transcription services' layout, in any order) becomes
`[00:01:05] Sara Lind: Set your…`.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.formats.writer import (
    Paragraphs,
    bold_label,
    bold_question,
    clean,
    table_turns,
)

_TIMESTAMP = re.compile(r"\s*\(?\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\)?\s*$")


def extract(path: Path, data: bytes) -> Paragraphs:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        reason = "not a Word document" if not data.startswith(b"PK") else f"damaged ({e})"
        raise TranscriptError(f"{path}: {reason} (.docx)") from None
    from docx.table import Table

    out = Paragraphs()
    pending: str | None = None  # a speaker named alone on the line before the words
    for paragraph in document.iter_inner_content():
        if isinstance(paragraph, Table):
            rows = [[clean(c.text) for c in row.cells] for row in paragraph.rows]
            for text in table_turns(rows, out.labels):
                out.add(text)
            pending = None
            continue
        text = clean(paragraph.text)
        if not text:
            continue
        bold = _lead(paragraph, "bold")
        if asked := bold_question(bold, text) or bold_question(_lead(paragraph, "italic"), text):
            out.add(asked)
            pending = None
            continue
        if bold and clean(bold) == text and len(text.split()) <= 6:
            pending = _TIMESTAMP.sub("", text).rstrip(":") or None
            continue
        labelled = bold_label(bold, text[len(bold) :]) if bold and text.startswith(bold) else None
        if pending and not labelled:
            out.add(text, pending)
        else:
            out.add(labelled or text)
        pending = None
    return out


def _lead(paragraph, emphasis: str) -> str | None:  # type: ignore[no-untyped-def]
    """The runs in `emphasis` ("bold", "italic") that open the paragraph, as text."""
    lead = []
    for run in paragraph.runs:
        if not run.text.strip() and lead:
            lead.append(run.text)
            continue
        if getattr(run, emphasis) or (run.style is not None and getattr(run.style.font, emphasis)):
            lead.append(run.text)
        else:
            break
    text = "".join(lead)
    return text.lstrip() if text.strip() else None
