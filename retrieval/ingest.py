"""Ingest: find transcript files, parse and chunk them, and bring the index up to date.

Everything that can fail on bad input (reading, parsing, chunking, embedding) happens before the
index is touched, so a failed ingest leaves the previous index answering as before.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval import formats
from retrieval.chunking import Chunk, chunk_transcript, tiktoken_counter
from retrieval.index import Manifest, Store, date_int, speaker_key
from retrieval.transcript import Transcript, TranscriptError, parse_file

Progress = Callable[[int, int, str], None]  # (files done, files to index, file)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why): not transcripts
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line error)
    chunks: int = 0


@dataclass(frozen=True)
class Found:
    path: Path  # absolute
    source: str  # as given


def find_files(paths: Iterable[Path]) -> tuple[list[Found], list[tuple[str, str]]]:
    """Transcript files named or under a named folder, and the folder files skipped (and why)."""
    found: dict[Path, str] = {}
    skipped: list[tuple[str, str]] = []
    for given in paths:
        if not given.exists():
            raise TranscriptError(f"{given}: no such file or directory")
        if not given.is_dir():
            found.setdefault(given.resolve(), str(given))
            continue
        inside = sorted(p for p in given.rglob("*") if p.is_file() and not _hidden(p, given))
        for p in inside:
            if formats.supported(p):
                found.setdefault(p.resolve(), str(p))
            else:
                skipped.append((str(p), f"unsupported file type {p.suffix or '(none)'!r}"))
        if not any(formats.supported(p) for p in inside):
            kinds = ", ".join(f"*{s}" for s in formats.SUFFIXES)
            raise TranscriptError(f"{given}: no transcript files ({kinds}) in this folder")
    return [Found(path, source) for path, source in found.items()], skipped


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


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
    """Bring the index up to date with `paths`; files that cannot be read are reported in
    `failed` and leave their previous entries as they were."""
    files, skipped = find_files(paths)
    report = IngestReport(skipped=skipped)
    rebuild = rebuild or store.manifest.outdated
    old = Manifest() if rebuild else store.manifest
    by_original = {d["original_path"]: doc_id for doc_id, d in old.docs.items()}
    manifest = Manifest(dict(old.docs), dict(old.chunks))
    stale: list[str] = []  # doc ids whose chunks leave the index
    fresh: list[tuple[str, Transcript]] = []
    taken = {doc_id for doc_id, d in old.docs.items() if Path(d["original_path"]).exists()}
    for f in files:
        previous = by_original.get(str(f.path))
        try:
            if previous and old.docs[previous]["sha256"] == formats.digest(f.path):
                report.unchanged.append(f.source)
                continue
            doc = parse_file(f.path, f.source)
        except TranscriptError as e:
            report.failed.append((f.source, str(e)))
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
        if not Path(d["original_path"]).exists():
            stale.append(doc_id)
            report.removed.append(d["original"])
    if not fresh and not stale and not rebuild:
        report.chunks = len(manifest.chunks)
        return report

    count = tiktoken_counter() if fresh else None
    planned: list[tuple[str, Transcript, list[Chunk]]] = []
    for doc_id, doc in fresh:
        chunks = chunk_transcript(doc, count, store.settings.chunk.max_tokens)  # type: ignore[arg-type]
        planned.append((doc_id, doc, [_with_doc_id(c, doc_id) for c in chunks]))

    # Open the store while the model works: ONNX releases the GIL, so the slow chromadb
    # import overlaps the embedding instead of following it.
    if fresh and hasattr(store.embeddings, "ready"):
        store.embeddings.ready()  # its imports must be done before another thread imports
    opening = Background(lambda: [store.vectorstore(k) for k in ("chunks", "sentences")])

    # Embed before writing anything: a failure here leaves the index as it was.
    chunk_rows: list[Row] = []
    sentence_rows: list[Row] = []
    for done, (doc_id, doc, chunks) in enumerate(planned, 1):
        rows = _chunk_rows(doc_id, doc, chunks), _sentence_rows(doc, chunks)
        for part, out in zip(rows, (chunk_rows, sentence_rows), strict=True):
            vectors = store.embeddings.embed_documents([r.text for r in part])
            out += [replace(r, vector=v) for r, v in zip(part, vectors, strict=True)]
        if progress:
            progress(done, len(planned), doc.source)

    # The extracted text of other formats, written once under its content's hash.
    texts = {
        doc_id: store.write_text(doc_id, doc.text) for doc_id, doc, _ in planned if doc.extracted
    }
    opening.result()
    if rebuild:
        store.drop_all()
    for doc_id in stale:
        ids = manifest.docs.pop(doc_id)["chunks"]
        for cid in ids:
            manifest.chunks.pop(cid, None)
        if ids and not rebuild:
            store.vectorstore("chunks").delete(ids=ids)
            store.vectorstore("sentences").delete(where={"chunk_id": {"$in": ids}})
    _add(store.vectorstore("chunks"), chunk_rows)
    _add(store.vectorstore("sentences"), sentence_rows)
    for doc_id, doc, chunks in planned:
        manifest.docs[doc_id] = _doc_entry(doc, chunks, texts.get(doc_id))
        for c in chunks:
            manifest.chunks[c.id] = _chunk_entry(c)
    report.chunks = len(manifest.chunks)
    store.commit(manifest)
    return report


class Background:
    """Run `fn` in a thread; `result()` waits for it and re-raises what it raised."""

    def __init__(self, fn: Callable[[], object]) -> None:
        self._value: object = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn,), daemon=True)
        self._thread.start()

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            self._value = fn()
        except BaseException as e:
            self._error = e

    def result(self) -> object:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def _unique_id(doc: Transcript, taken: set[str]) -> str:
    if doc.doc_id not in taken:
        return doc.doc_id
    return f"{doc.doc_id}-{hashlib.sha1(str(doc.path).encode()).hexdigest()[:6]}"


def _with_doc_id(chunk: Chunk, doc_id: str) -> Chunk:
    return chunk if chunk.doc_id == doc_id else replace(chunk, doc_id=doc_id)


@dataclass(frozen=True)
class Row:
    """One entry of a Chroma collection."""

    id: str
    text: str
    meta: dict
    vector: list[float] | None = None


def _chunk_rows(doc_id: str, doc: Transcript, chunks: list[Chunk]) -> list[Row]:
    rows = []
    for c in chunks:
        meta = {
            "doc_id": doc_id,
            "start": c.start,
            "end": c.end,
            "source": doc.source,
            "date_int": date_int(doc.date) if doc.date else 0,
        }
        meta.update({speaker_key(s): True for s in c.speakers()})
        rows.append(Row(c.id, c.embed_text, meta))
    return rows


def _sentence_rows(doc: Transcript, chunks: list[Chunk]) -> list[Row]:
    """Every sentence of every chunk (windows of sentences are scored from these vectors)."""
    rows = []
    for c in chunks:
        for n, s in enumerate(c.sentences):
            meta = {"chunk_id": c.id, "n": n, "start": s.start, "end": s.end}
            rows.append(Row(f"{c.id}:{n}", doc.text[s.start : s.end], meta))
    return rows


def _add(vectorstore, rows: list[Row]) -> None:  # type: ignore[no-untyped-def]
    # The vectors are already computed: write them to the collection as they are.
    batch = 1000
    for i in range(0, len(rows), batch):
        part = rows[i : i + batch]
        vectorstore._collection.upsert(
            ids=[r.id for r in part],
            documents=[r.text for r in part],
            metadatas=[r.meta for r in part],
            embeddings=[r.vector for r in part],
        )


def _doc_entry(doc: Transcript, chunks: list[Chunk], text: Path | None) -> dict:
    """`source`/`path`: the file quotes are slices of; `original`: the file the user gave."""
    return {
        "source": str(text) if text else doc.source,
        "path": str(text or doc.path),
        "original": doc.source,
        "original_path": str(doc.path),
        "sha256": doc.sha256,  # of the original's bytes
        "text_sha256": hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        "mark_kind": doc.mark_kind,
        "marks": [list(m) for m in doc.marks],
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
