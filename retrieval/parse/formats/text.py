"""Plain text and Markdown: the file is its own transcript text (decoded, when not UTF-8), but
for a court reporter's text file, whose numbered lines are reflowed as a PDF's are, and a
Markdown table of turns, whose rows are written as a web page's table's are."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.formats.pages import numbered_pages, reflow
from retrieval.parse.formats.writer import Paragraphs, clean, table_turns


def extract(path: Path, data: bytes) -> Paragraphs:
    text = decode(path, data)
    if pages := numbered_pages(text):
        return reflow(pages)
    lines = text.splitlines()
    rows = [i for i, line in enumerate(lines) if _TABLE_ROW.match(line) or _BARE_ROW.match(line)]
    if len(rows) >= 3 and len(rows) >= 0.5 * sum(1 for line in lines if line.strip()):
        return _tabled(lines, set(rows))
    return Paragraphs.verbatim(text)


# A Markdown table's row ("| 00:00:02 | Dana | We have ... |") and the rule under its head.
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
# ... and one written without the outer bars, as some exports write their columns: "Anna Berg |
# 00:00:05 | We start with the budget."
_BARE_ROW = re.compile(r"^[^|\s][^|]*(?:\s\|\s[^|]*){2,}$")


def _tabled(lines: list[str], rows: set[int]) -> Paragraphs:
    """A file that is mostly a Markdown table: each table's rows through `table_turns` (a table
    of turns becomes `[time] Name: words`), the lines around them as paragraphs."""
    out = Paragraphs()
    table: list[list[str]] = []
    for i, line in enumerate([*lines, ""]):
        if i in rows:
            if not _TABLE_RULE.match(line):
                cells = re.split(r"(?<!\\)\|", line.strip())
                outer = line.strip().startswith("|")
                table.append([clean(c) for c in (cells[1:-1] if outer else cells)])
            continue
        if table and not line.strip() and i < len(lines):
            continue  # a blank line between a table's rows, as exports space them
        for paragraph in table_turns(table, out.labels) if table else []:
            out.add(paragraph)
        table = []
        out.add(line)
    return out


def decode(path: Path, data: bytes) -> str:
    """UTF-8; UTF-16 with its byte-order mark (what Windows calls "Unicode"); else Windows-1252,
    which older Windows tools write, when nothing in it is UTF-8. A file that is none of these,
    or UTF-8 with a damaged byte, is refused, naming the file."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise TranscriptError(f"{path}: broken UTF-16 (at byte {e.start})") from None
    if b"\x00" in data:
        raise TranscriptError(f"{path}: binary file, not a text transcript")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = f"{path}: not UTF-8 (invalid byte at offset {e.start})"
    if _UTF8_SEQUENCE.search(data):
        # UTF-8 with a damaged byte: read as Windows-1252, its every curly quote would be
        # garbled ("’" as "â€™"); better to say where the damage is.
        raise TranscriptError(utf8_error)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise TranscriptError(f"{utf8_error} nor Windows-1252") from None


# A character UTF-8 writes in several bytes: a lead byte, then continuation bytes.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
