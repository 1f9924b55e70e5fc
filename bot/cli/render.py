"""Answers and listings as terminal text."""

from __future__ import annotations

import textwrap
from pathlib import Path

from retrieval.models import Answer, Citation


def citation_line(c: Citation) -> str:
    who = f"{c.speaker} ({c.role})"
    head = " · ".join(x for x in (who, c.title, c.date or "undated", c.locator) if x)
    return f"{head}\n    {source_line(c)}"


def source_line(c: Citation) -> str:
    """`file.txt:120-180`; for other formats, the original too: `talk.vtt · text.txt:120-180`."""
    span = f"{c.source}:{c.start}-{c.end}"
    return span if not c.original or c.original == c.source else f"{c.original} · {span}"


def _quote_block(c: Citation, width: int) -> str:
    body = textwrap.fill(
        f"“{c.quote}”", width=width, initial_indent=f"[{c.n}] ", subsequent_indent="    "
    )
    return f"{body}\n    — {citation_line(c)}"


def render_answer(answer: Answer, width: int = 88) -> str:
    if answer.abstained:
        out = [answer.answer]
        if answer.related:
            out.append("\nNearest passages (related, not an answer):")
            out += [_quote_block(c, width) for c in answer.related]
        return "\n".join(out)
    lead = answer.answer.splitlines()[0]
    return "\n\n".join([lead, *(_quote_block(c, width) for c in answer.citations)])


def render_sources(docs: dict[str, dict], chunk_counts: dict[str, int]) -> str:
    if not docs:
        return "The index is empty. Run `tqa ingest` to index the bundled corpus."
    rows = [("FILE", "DATE", "TURNS", "CHUNKS", "SPEAKERS", "TITLE")]
    for doc_id in sorted(docs, key=lambda d: (docs[d].get("date") or "", d)):
        d = docs[doc_id]
        rows.append(
            (
                Path(d["original"]).name,
                d.get("date") or "-",
                str(d["turns"]),
                str(chunk_counts.get(doc_id, 0)),
                ", ".join(d["speakers"]),
                d["title"],
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r[:5], widths, strict=True)) + "  " + r[5]
        for r in rows
    )
