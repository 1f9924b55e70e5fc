"""Paged text (a PDF's pages, a court reporter's text file): lines reflowed into paragraphs,
running headers and footers dropped, and the line numbers of a court's or a deposition's pages
left out.

Every paragraph is marked with the page it starts on; a paragraph running onto the next page
gets a mark where that page begins.
"""

from __future__ import annotations

import re
from collections import Counter

from retrieval.parse.formats.writer import Paragraphs
from retrieval.parse.labels import match_label

_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_LINE_NUMBER = re.compile(r"^\s*(\d{1,2})(?:\s+|$)")


def reflow(pages: list[list[str]]) -> Paragraphs:
    """The pages' lines as paragraphs, each marked with its page (counted from 1)."""
    pages = [unnumbered(lines) for lines in pages]
    furniture = _running_lines(pages)
    out = Paragraphs(mark_kind="page")
    width = _typical_width(pages)
    open_paragraph = False
    indent = 0
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
            # A line set in further than the one before begins something (a court's
            # "LINDA PEREZ, GOVERNMENT'S WITNESS, SWORN" below a turn); wrapped lines do not.
            deeper = len(lines[i]) - len(lines[i].lstrip()) > indent
            indent = len(lines[i]) - len(lines[i].lstrip())
            if open_paragraph and not deeper and not match_label(line):
                out.extend(line, mark=number)
            else:
                out.add(line, mark=number)
            # Wrapped lines run to the margin: a short one is the last of its paragraph.
            open_paragraph = len(line) >= 0.8 * width
    return out


def numbered_pages(text: str) -> list[list[str]] | None:
    """A court reporter's text file cut into its pages, or None for any other text: most of
    its lines open with a number, 1, 2, 3, ... starting again on each page (a form feed or
    the count's return to 1 begins one)."""
    pages: list[list[str]] = []
    for sheet in text.split("\f"):
        page: list[str] = []
        count = 0
        for line in sheet.splitlines():
            m = _LINE_NUMBER.match(line)
            if m and int(m.group(1)) == 1 and count:
                pages.append(page)
                page, count = [], 0
            if m and int(m.group(1)) == count + 1:
                count += 1
            page.append(line)
        pages.append(page)
    written = sum(1 for lines in pages for ln in lines if ln.strip())
    counted = sum(len(_numbered(lines)) for lines in pages)
    return pages if counted >= 10 and counted >= 0.7 * written else None


def unnumbered(lines: list[str]) -> list[str]:
    """A page's lines without the numbers a court reporter puts before each: where most of
    its lines open with 1, 2, 3, ... in turn (a page number above them is not one of them)."""
    counted = _numbered(lines)
    written = sum(1 for ln in lines if ln.strip())
    if len(counted) < 5 or len(counted) < 0.7 * written:
        return lines
    out = list(lines)
    for i, end in counted:
        out[i] = lines[i][end:]  # the spaces after the number kept: they set lines in
    return out


def _numbered(lines: list[str]) -> list[tuple[int, int]]:
    """(line, where its number ends) of the lines numbered 1, 2, 3, ... in turn."""
    counted: list[tuple[int, int]] = []
    for i, line in enumerate(lines):
        m = _LINE_NUMBER.match(line)
        if m and int(m.group(1)) == len(counted) + 1:
            counted.append((i, m.end(1)))
    return counted


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
