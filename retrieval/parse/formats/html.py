"""Saved web pages: the main text (readability-lxml), site furniture dropped, blocks as paragraphs.

readability-lxml was measured against trafilatura on State Department and White House page
layouts: both keep `MR PRICE:` and `Q` labels and drop navigation and footers; readability also
keeps the byline, place and date lines above the transcript (trafilatura dropped them), keeps
`Q    ` spacing, and needs lxml alone where trafilatura pulls in dateparser.
"""

from __future__ import annotations

import re
from pathlib import Path

from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.formats.writer import (
    Paragraphs,
    bold_label,
    bold_question,
    clean,
    table_turns,
)

BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre",
    "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5",
    "h6", "figure", "figcaption", "address", "hr", "br",
}  # fmt: skip
_DATE_META = ("article:published_time", "date", "dc.date", "dcterms.date", "og:updated_time")


def extract(path: Path, data: bytes) -> Paragraphs:
    import lxml.html
    from lxml.etree import ParserError
    from readability import Document

    try:
        page = lxml.html.document_fromstring(data)
        doc = Document(data)
        main = lxml.html.fragment_fromstring(doc.summary(html_partial=True))
    except (ParserError, ValueError, TypeError) as e:
        raise TranscriptError(f"{path}: not a readable HTML page ({e})") from None
    out = Paragraphs()
    title = clean(doc.short_title() or "") or _first(page, "//h1")
    blocks = _blocks(main, out.labels)
    if title and not any(_same(b, title) for b in blocks[:5]):
        out.add(title)
    date = _published(page)
    if date and not any(date[:4] in b for b in blocks[:8]):
        out.add(date)
    for block in blocks:
        out.add(block)
    return out


def _blocks(root, labels: set[str]) -> list[str]:  # type: ignore[no-untyped-def]
    """The text of each block of `root`, in order; a bold lead-in becomes a `Label:`, and a
    table of turns `Name: words` (`table_turns`, its names added to `labels`)."""
    blocks: list[str] = []
    pieces: list[str] = []
    lead: list[str | None] = [None]  # bold text that opened the current block
    italic: list[str | None] = [None]  # ... italic text

    def flush() -> None:
        text = clean("".join(pieces))
        if text:
            bold = lead[0]
            labelled = (
                bold_label(bold, text[len(bold) :]) if bold and text.startswith(bold) else None
            )
            asked = bold_question(bold, text) or bold_question(italic[0], text)
            blocks.append(asked or labelled or text)
        pieces.clear()
        lead[0] = italic[0] = None

    def walk(el) -> None:  # type: ignore[no-untyped-def]
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript", "nav", "form", "button", "svg", "footer"):
            return
        if tag in BLOCKS:
            flush()
        if tag == "table":
            rows = [
                [clean(cell.text_content()) for cell in row.xpath("./td|./th")]
                for row in el.iter("tr")
                if next(row.iterancestors("table")) is el  # not a nested table's
            ]
            blocks.extend(table_turns(rows, labels))
            return
        if tag in ("strong", "b") and not clean("".join(pieces)):
            lead[0] = clean(el.text_content())
        if tag in ("em", "i") and not clean("".join(pieces)):
            italic[0] = clean(el.text_content())
        pieces.append(el.text or "")
        for child in el:
            walk(child)
            pieces.append(child.tail or "")
        if tag in BLOCKS:
            flush()

    walk(root)
    flush()
    return blocks


def _same(a: str, b: str) -> bool:
    """Equal but for punctuation (readability writes the title's en dash as a hyphen)."""
    return [w for w in re.split(r"\W+", a.lower()) if w] == [
        w for w in re.split(r"\W+", b.lower()) if w
    ]


def _first(page, xpath: str) -> str:  # type: ignore[no-untyped-def]
    found = page.xpath(xpath)
    return clean(found[0].text_content()) if found else ""


def _published(page) -> str | None:  # type: ignore[no-untyped-def]
    """The page's publication date (`2023-03-03`) from its metadata or a <time> element."""
    for key in _DATE_META:
        for attr in ("property", "name"):
            for value in page.xpath(f"//meta[@{attr}=$k]/@content", k=key):
                if len(value) >= 10 and value[:4].isdigit():
                    return value[:10]
    for value in page.xpath("//time/@datetime"):
        if len(value) >= 10 and value[:4].isdigit():
            return value[:10]
    return None
