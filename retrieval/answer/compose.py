"""Composing the answer without a language model: a lead-in naming who, where and when, then quotes."""

from __future__ import annotations

import bisect

from retrieval.answer.quotes import Quote
from retrieval.answer.select import Selection
from retrieval.index.manifest import Manifest
from retrieval.models import Answer, Citation
from retrieval.parse.dates import long_date


def citation(n: int, q: Quote, selection: Selection, manifest: Manifest) -> Citation:
    quote = selection.retrieved.texts[q.doc_id][q.start : q.end]
    return cite(n, q.doc_id, manifest.docs[q.doc_id], quote, q.start, q.end, q.speaker, q.role)


def cite(
    n: int, doc_id: str, doc: dict, quote: str, start: int, end: int, speaker: str, role: str
) -> Citation:
    """Citation [n]: `quote`, the text at start:end of `doc` (a manifest entry), by `speaker`."""
    mark = mark_at(doc, start)
    return Citation(
        n=n,
        quote=quote,
        speaker=speaker,
        role=role,
        doc_id=doc_id,
        title=doc["title"],
        date=doc["date"],
        source=doc["source"],
        start=start,
        end=end,
        original=doc["original"],
        time=mark if doc.get("mark_kind") == "time" else None,
        page=mark if doc.get("mark_kind") == "page" else None,
        location=doc.get("location"),
        path=doc["path"],
        original_path=doc["original_path"],
    )


def mark_at(doc: dict, offset: int) -> str | int | None:
    """The time or page of the text at `offset`: the last mark at or before it."""
    marks = doc.get("marks") or []
    i = bisect.bisect_right([m[0] for m in marks], offset)
    return marks[i - 1][1] if i else None


def lead_in(c: Citation, principal: str | None) -> str:
    who = c.speaker
    if c.role == "reporter":
        # A bare `Q:` is "Reporter"; an asker with a name keeps it ("Lowry, asking ...").
        who = "A reporter" if who == "Reporter" else who
        who = f"{who}, asking {principal}" if principal else who
    parts = [who]
    if c.location:
        parts.append(c.location.split(",")[0].strip())
    if c.date:
        parts.append(long_date(c.date))
    return ", ".join(parts) + ":"


def replier(manifest: Manifest, asked: Quote) -> str | None:
    """Who answered the question quoted: the speaker of the turn after it, if they answer (at
    a joint press conference, which of two principals a reporter asked)."""
    chunks = manifest.docs[asked.doc_id]["chunks"]
    for cid in chunks[chunks.index(asked.chunk_id) :]:
        for *_, speaker, role, turn in manifest.chunks[cid]["sentences"]:
            if turn > asked.turn:
                return speaker if role in ("official", "participant") else None
    return None


def retrieved_spans(selection: Selection, manifest: Manifest) -> list[tuple[str, int, int]]:
    out = []
    for cid in selection.retrieved.chunk_ids:
        chunk = manifest.chunks[cid]
        out.append((manifest.docs[chunk["doc_id"]]["original"], chunk["start"], chunk["end"]))
    return out


def compose(selection: Selection, manifest: Manifest) -> Answer:
    question = selection.retrieved.query.text
    spans = retrieved_spans(selection, manifest)
    if selection.abstained:
        related = [citation(i + 1, q, selection, manifest) for i, q in enumerate(selection.related)]
        return Answer(
            question=question,
            answer=selection.reason,
            abstained=True,
            related=related,
            retrieved=spans,
        )
    cites = [citation(i + 1, q, selection, manifest) for i, q in enumerate(selection.quotes)]
    first = selection.quotes[0]
    asked = replier(manifest, first) if first.role == "reporter" else None
    lines = [lead_in(cites[0], asked or manifest.docs[first.doc_id].get("speaker"))]
    lines += [f"[{c.n}] “{c.quote}”" for c in cites]
    return Answer(
        question=question,
        answer="\n".join(lines),
        abstained=False,
        citations=cites,
        retrieved=spans,
    )
