"""Answers and listings as terminal text."""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

import click

from retrieval.models import Answer, Citation
from retrieval.paths import source_name


def terminal_width() -> int:
    """The terminal's width (40 to 120 columns), 88 when output is not a terminal."""
    if not sys.stdout.isatty():
        return 88
    return max(40, min(120, shutil.get_terminal_size((88, 24)).columns - 1))


def citation_line(c: Citation, width: int = 88) -> str:
    who = f"{c.speaker} ({c.role})"
    head = " · ".join(x for x in (who, c.title, c.date or "undated", c.locator) if x)
    wrapped = textwrap.fill(head, width=width, initial_indent="    — ", subsequent_indent="      ")
    lines = [
        wrapped.replace(who, click.style(who, bold=True), 1),
        click.style(f"    {source_line(c)}", fg="cyan"),
    ]
    if c.url:
        lines.append(click.style(f"    {c.url}", fg="cyan", underline=True))
    return "\n".join(lines)


def source_line(c: Citation) -> str:
    """`file.txt:120-180`; for other formats, the original too: `talk.vtt · text.txt:120-180`."""
    span = f"{source_name(Path(c.source), Path.cwd())}:{c.start}-{c.end}"
    if not c.original or c.original == c.source:
        return span
    return f"{source_name(Path(c.original), Path.cwd())} · {span}"


def _quote_block(c: Citation, width: int) -> str:
    # Not at a hyphen: "Six-" above "Party" reads as a break the speaker's words do not have.
    body = textwrap.fill(
        f"“{c.quote}”",
        width=width,
        initial_indent=f"[{c.n}] ",
        subsequent_indent="    ",
        break_on_hyphens=False,
    )
    return f"{body}\n{citation_line(c, width)}"


def render_answer(answer: Answer, width: int = 88) -> str:
    notice = ""
    if answer.composer.startswith("extractive ("):
        notice = (
            f"\n({answer.composer.removeprefix('extractive (').rstrip(')')}: extractive answer)"
        )
    if answer.abstained:
        out = [answer.answer]
        if answer.related:
            out.append("\nNearest passages (related, not an answer):")
            out += [_quote_block(c, width) for c in answer.related]
        return "\n".join(out) + notice
    if answer.composer.startswith("llm"):
        lead = textwrap.fill(answer.answer, width=width)  # the model's prose, citing [n]
    else:
        lead = answer.answer.splitlines()[0]
    return "\n\n".join([lead, *(_quote_block(c, width) for c in answer.citations)]) + notice


SOURCE_FIELDS = ("source", "original", "title", "date", "location", "speaker", "speakers", "turns")


def source_rows(manifest: Any) -> list[dict[str, Any]]:
    """The indexed documents as `tqa sources --json` (and `GET /sources`) list them."""
    return [
        {"doc_id": doc_id, **{f: d[f] for f in SOURCE_FIELDS}, "chunks": len(d["chunks"])}
        for doc_id, d in manifest.docs.items()
    ]


def render_sources(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return "The index is empty. Run `tqa ingest` to index the bundled corpus."
    table = [("FILE", "DATE", "TURNS", "CHUNKS", "SPEAKERS", "TITLE")]
    for r in sorted(rows, key=lambda r: (r.get("date") or "", r["doc_id"])):
        table.append(
            (
                Path(r["original"]).name,
                r.get("date") or "-",
                str(r["turns"]),
                str(r["chunks"]),
                ", ".join(r["speakers"]),
                r["title"],
            )
        )
    widths = [max(len(r[i]) for r in table) for i in range(5)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r[:5], widths, strict=True)) + "  " + r[5]
        for r in table
    )
