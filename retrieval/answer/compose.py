"""Composing the answer without a language model: a lead-in naming who, where and when, then quotes."""

from __future__ import annotations

from retrieval.answer.select import Quote, Selection
from retrieval.dates import long_date
from retrieval.index import Manifest
from retrieval.models import Answer, Citation


def citation(n: int, q: Quote, selection: Selection, manifest: Manifest) -> Citation:
    doc_id = q.doc_id
    doc = manifest.docs[doc_id]
    return Citation(
        n=n,
        quote=selection.retrieved.texts[doc_id][q.start : q.end],
        speaker=q.speaker,
        role=q.role,
        doc_id=doc_id,
        title=doc["title"],
        date=doc["date"],
        source=doc["source"],
        start=q.start,
        end=q.end,
        location=doc.get("location"),
        path=doc["path"],
    )


def lead_in(c: Citation, principal: str | None) -> str:
    who = c.speaker
    if c.role == "reporter":
        who = f"A reporter, asking {principal}" if principal else "A reporter"
    parts = [who]
    if c.location:
        parts.append(c.location.split(",")[0].strip())
    if c.date:
        parts.append(long_date(c.date))
    return ", ".join(parts) + ":"


def retrieved_spans(selection: Selection, manifest: Manifest) -> list[tuple[str, int, int]]:
    out = []
    for cid in selection.retrieved.chunk_ids:
        chunk = manifest.chunks[cid]
        out.append((manifest.docs[chunk["doc_id"]]["source"], chunk["start"], chunk["end"]))
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
    principal = manifest.docs[cites[0].doc_id].get("speaker")
    lines = [lead_in(cites[0], principal)]
    lines += [f"[{c.n}] “{c.quote}”" for c in cites]
    return Answer(
        question=question,
        answer="\n".join(lines),
        abstained=False,
        citations=cites,
        retrieved=spans,
    )
