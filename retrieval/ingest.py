"""Ingest: find transcript files, parse and chunk them, and bring the index up to date.

Everything that can fail on bad input (reading, parsing, chunking, embedding) happens before the
index is touched, so a failed ingest leaves the previous index answering as before.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.chunking import Chunk, chunk_transcript, tiktoken_counter
from retrieval.index import Manifest, Store, date_int, speaker_key
from retrieval.transcript import Transcript, TranscriptError, parse_file

SUFFIXES = (".txt", ".md", ".markdown")

Progress = Callable[[int, int, str], None]  # (files done, files to index, file)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    chunks: int = 0


def find_files(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """(absolute path, path as given) for every transcript file named or under a named folder."""
    found: dict[Path, str] = {}
    for given in paths:
        if not given.exists():
            raise TranscriptError(f"{given}: no such file or directory")
        if given.is_dir():
            inside = sorted(
                p
                for p in given.rglob("*")
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
            if not inside:
                raise TranscriptError(f"{given}: no transcript files (*.txt, *.md) in this folder")
            for p in inside:
                found.setdefault(p.resolve(), str(p))
        else:
            found.setdefault(given.resolve(), str(given))
    return list(found.items())


def source_name(path: Path, cwd: Path) -> str:
    """The path relative to `cwd` when it lies below it, else absolute."""
    try:
        return str(path.resolve().relative_to(cwd.resolve()))
    except ValueError:
        return str(path.resolve())


def ingest(
    store: Store,
    paths: list[Path],
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    files = find_files(paths)
    docs = [parse_file(path, source) for path, source in files]
    old = Manifest() if rebuild else store.manifest
    by_path = {d["path"]: doc_id for doc_id, d in old.docs.items()}
    report = IngestReport()
    manifest = Manifest(dict(old.docs), dict(old.chunks))
    stale: list[str] = []  # doc ids whose chunks leave the index
    fresh: list[tuple[str, Transcript]] = []
    taken = {doc_id for doc_id, d in old.docs.items() if Path(d["path"]).exists()}
    for doc in docs:
        previous = by_path.get(str(doc.path))
        if previous and old.docs[previous]["sha256"] == doc.sha256:
            report.unchanged.append(doc.source)
            continue
        if previous:
            stale.append(previous)
            report.updated.append(doc.source)
            doc_id = previous
        else:
            report.added.append(doc.source)
            doc_id = _unique_id(doc, taken)
        taken.add(doc_id)
        fresh.append((doc_id, doc))
    for doc_id, d in old.docs.items():
        if not Path(d["path"]).exists():
            stale.append(doc_id)
            report.removed.append(d["source"])

    count = tiktoken_counter() if fresh else None
    planned: list[tuple[str, Transcript, list[Chunk]]] = []
    for doc_id, doc in fresh:
        chunks = chunk_transcript(doc, count, store.settings.chunk.max_tokens)  # type: ignore[arg-type]
        planned.append((doc_id, doc, [_with_doc_id(c, doc_id) for c in chunks]))

    # Embed before writing anything: a failure here leaves the index as it was.
    chunk_vectors: list[list[float]] = []
    sentence_vectors: list[list[float]] = []
    for done, (_, doc, chunks) in enumerate(planned, 1):
        chunk_vectors += store.embeddings.embed_documents([c.embed_text for c in chunks])
        sentence_vectors += store.embeddings.embed_documents(
            [doc.text[s.start : s.end] for c in chunks for s in c.sentences]
        )
        if progress:
            progress(done, len(planned), doc.source)
    all_chunks = [c for _, _, cs in planned for c in cs]

    if rebuild:
        store.drop_all()
    for doc_id in stale:
        ids = manifest.docs.pop(doc_id)["chunks"]
        for cid in ids:
            manifest.chunks.pop(cid, None)
        if ids and not rebuild:
            store.vectorstore("chunks").delete(ids=ids)
            store.vectorstore("sentences").delete(where={"chunk_id": {"$in": ids}})
    if all_chunks:
        _write_vectors(store, planned, chunk_vectors, sentence_vectors)
    for doc_id, doc, chunks in planned:
        manifest.docs[doc_id] = _doc_entry(doc, chunks)
        for c in chunks:
            manifest.chunks[c.id] = _chunk_entry(c)
    report.chunks = len(manifest.chunks)
    store.commit(manifest)
    return report


def _unique_id(doc: Transcript, taken: set[str]) -> str:
    if doc.doc_id not in taken:
        return doc.doc_id
    return f"{doc.doc_id}-{hashlib.sha1(str(doc.path).encode()).hexdigest()[:6]}"


def _with_doc_id(chunk: Chunk, doc_id: str) -> Chunk:
    from dataclasses import replace

    return chunk if chunk.doc_id == doc_id else replace(chunk, doc_id=doc_id)


def _write_vectors(store, planned, chunk_vectors, sentence_vectors) -> None:  # type: ignore[no-untyped-def]
    chunk_rows: list[tuple[str, str, dict]] = []
    sentence_rows: list[tuple[str, str, dict]] = []
    for doc_id, doc, chunks in planned:
        for c in chunks:
            meta = {
                "doc_id": doc_id,
                "start": c.start,
                "end": c.end,
                "source": doc.source,
                "date_int": date_int(doc.date) if doc.date else 0,
            }
            meta.update({speaker_key(s): True for s in c.speakers()})
            chunk_rows.append((c.id, c.embed_text, meta))
            for n, s in enumerate(c.sentences):
                sentence_rows.append(
                    (
                        f"{c.id}:{n}",
                        doc.text[s.start : s.end],
                        {"chunk_id": c.id, "n": n, "start": s.start, "end": s.end},
                    )
                )
    _add(store.vectorstore("chunks"), chunk_rows, chunk_vectors)
    _add(store.vectorstore("sentences"), sentence_rows, sentence_vectors)


def _add(vectorstore, rows, vectors) -> None:  # type: ignore[no-untyped-def]
    # The vectors are already computed: write them to the collection as they are.
    batch = 1000
    for i in range(0, len(rows), batch):
        part = rows[i : i + batch]
        vectorstore._collection.upsert(
            ids=[r[0] for r in part],
            documents=[r[1] for r in part],
            metadatas=[r[2] for r in part],
            embeddings=vectors[i : i + batch],
        )


def _doc_entry(doc: Transcript, chunks: list[Chunk]) -> dict:
    return {
        "source": doc.source,
        "path": str(doc.path),
        "sha256": doc.sha256,
        "title": doc.title,
        "date": doc.date,
        "location": doc.location,
        "speaker": doc.speaker,
        "speakers": doc.speakers(),
        "turns": len(doc.turns),
        "chunks": [c.id for c in chunks],
        "mtime": os.path.getmtime(doc.path),
    }


def _chunk_entry(c: Chunk) -> dict:
    return {
        "doc_id": c.doc_id,
        "start": c.start,
        "end": c.end,
        "context": c.context,
        "embed_text": c.embed_text,
        "speakers": c.speakers(),
        "sentences": [[s.start, s.end, s.speaker, s.role, s.turn] for s in c.sentences],
    }
