"""Chroma rows made from manifest entries: what ingest writes and `tqa doctor --repair` restores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from retrieval.index.manifest import Manifest, date_int, speaker_key


@dataclass(frozen=True)
class Rows:
    """Rows of one collection, columns as Chroma takes them."""

    ids: list[str]
    texts: list[str]
    metas: list[dict]


def chunk_rows(manifest: Manifest, chunk_ids: list[str]) -> Rows:
    ids, texts, metas = [], [], []
    for cid in chunk_ids:
        c = manifest.chunks[cid]
        doc = manifest.docs[c["doc_id"]]
        meta: dict[str, Any] = {
            "doc_id": c["doc_id"],
            "start": c["start"],
            "end": c["end"],
            "source": doc["original"],
            "date_int": date_int(doc["date"]) if doc.get("date") else 0,
        }
        meta.update({speaker_key(s): True for s in c["speakers"]})
        ids.append(cid)
        texts.append(c["embed_text"])
        metas.append(meta)
    return Rows(ids, texts, metas)


def sentence_id(chunk_id: str, n: int) -> str:
    """The row id of a chunk's `n`th sentence."""
    return f"{chunk_id}:{n}"


def sentence_ids(chunks: Iterable[tuple[str, dict[str, Any]]]) -> dict[str, tuple[str, int]]:
    """Sentence row id -> (chunk id, index in the chunk), for every sentence of these (chunk
    id, entry) pairs."""
    return {sentence_id(cid, n): (cid, n) for cid, c in chunks for n in range(len(c["sentences"]))}


def sentence_rows(manifest: Manifest, chunk_ids: list[str], text: str) -> Rows:
    """Every sentence of these chunks of one document whose transcript text is `text`."""
    ids, texts, metas = [], [], []
    for cid in chunk_ids:
        for n, (start, end, *_) in enumerate(manifest.chunks[cid]["sentences"]):
            ids.append(sentence_id(cid, n))
            texts.append(text[start:end])
            metas.append({"chunk_id": cid, "n": n, "start": start, "end": end})
    return Rows(ids, texts, metas)


def write(store: Any, kind: str, rows: Rows) -> None:
    """Embed `rows` with our model and write them to the `kind` collection."""
    if rows.ids:
        vectors = store.embeddings.embed_documents(rows.texts)
        store.upsert(kind, rows.ids, rows.texts, rows.metas, vectors)
