"""Paged text (a PDF's pages, a court reporter's text file): lines reflowed into paragraphs,
running headers and footers dropped, and the line numbers of a court's or a deposition's pages
left out.

Every paragraph is marked with the page it starts on; a paragraph running onto the next page
gets a mark where that page begins.
"""

from __future__ import annotations

import itertools
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
    indent = label_indent = 0
    hanging = _hanging_indent(pages)
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
            # "LINDA PEREZ, GOVERNMENT'S WITNESS, SWORN" below a turn); wrapped lines do not,
            # nor do those set in as the transcript sets in the lines below a label.
            at = _indent(lines[i])
            hangs = at > label_indent and at - label_indent == hanging
            # Set in so, a line is no label, though it may read as one ("Dame Angela Reid.").
            labelled = match_label(line) and not hangs
            deeper = at > indent and not hangs
            indent = at
            if labelled:
                label_indent = at
            if open_paragraph and not deeper and not labelled:
                out.extend(line, mark=number)
            else:
                out.add(line, mark=number)
            # Wrapped lines run to the margin: a short one is the last of its paragraph.
            open_paragraph = len(line) >= 0.8 * width
    return out


def _hanging_indent(pages: list[list[str]]) -> int | None:
    """How much further than a label's line the lines wrapped below it are set in, where the
    transcript hangs its turns so ("A.  I would say around the 20th ..." over "from Wuhan
    ..."): the depth most lines set in below a label have, three or more of them. None if
    no depth is so common."""
    depths: Counter[int] = Counter()
    for lines in pages:
        written = [ln for ln in lines if ln.strip()]
        for above, below in itertools.pairwise(written):
            if match_label(above.strip()) and not match_label(below.strip()):
                deeper = _indent(below) - _indent(above)
                depths[deeper if deeper > 0 else 0] += 1
    if not depths:
        return None
    depth, n = depths.most_common(1)[0]
    return depth if depth and n >= 3 and n >= 0.5 * sum(depths.values()) else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


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
