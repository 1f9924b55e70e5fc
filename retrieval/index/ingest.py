"""Ingest: find transcript files, parse and chunk them, and bring the index up to date.

Everything that can fail on bad input (reading, parsing, chunking, embedding) happens before the
index is touched, so a failed ingest leaves the previous index answering as before.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval.index import rows
from retrieval.index.chunking import Chunk, TokenCount, chunk_transcript, tiktoken_counter
from retrieval.index.generations import crash_point
from retrieval.index.lock import writer_lock
from retrieval.index.manifest import Manifest, parsed_by_older_tqa
from retrieval.index.store import KINDS, Store
from retrieval.parse import formats
from retrieval.parse.transcript import PARSER_VERSION, Transcript, TranscriptError, parse_file


@dataclass
class Progress:
    """How far an ingest is: the files to read (unchanged ones are not counted), their bytes."""

    files_done: int
    files_total: int
    chunks: int
    bytes_done: int
    bytes_total: int
    file: str
    started: float = field(default_factory=time.monotonic)

    def eta_s(self) -> float | None:
        """Seconds left at the rate so far, by bytes read (files differ in size, bytes less so)."""
        if not self.bytes_done:
            return None
        elapsed = time.monotonic() - self.started
        return elapsed * (self.bytes_total - self.bytes_done) / self.bytes_done


ProgressFn = Callable[[Progress], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # originals no longer found
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why): not transcripts
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line error)
    chunks: int = 0


@dataclass(frozen=True)
class Found:
    path: Path  # absolute
    source: str  # as given


def find_files(
    paths: Iterable[Path], home: Path | None = None
) -> tuple[list[Found], list[tuple[str, str]]]:
    """Transcript files named or under a named folder, and the folder files skipped (and why).
    A folder's walk leaves out `home`, the index's own folder: the texts it extracted from
    other formats would come back as transcripts of their own."""
    found: dict[Path, str] = {}
    skipped: list[tuple[str, str]] = []
    own = home.resolve() if home is not None else None
    for given in paths:
        if not given.exists():
            raise TranscriptError(f"{given}: no such file or directory")
        if not given.is_dir():
            found.setdefault(given.resolve(), str(given))
            continue
        inside = sorted(p for p in given.rglob("*") if p.is_file() and not _hidden(p, given))
        if own is not None:
            theirs = {p for p in inside if p.resolve().is_relative_to(own)}
            if theirs:
                inside = [p for p in inside if p not in theirs]
                skipped.append((_under(given, own), "the index's own folder (TQA_HOME)"))
        for p in inside:
            if formats.supported(p):
                found.setdefault(p.resolve(), str(p))
            else:
                skipped.append((str(p), f"unsupported file type {p.suffix or '(none)'!r}"))
        if not any(formats.supported(p) for p in inside):
            kinds = ", ".join(f"*{s}" for s in formats.SUFFIXES)
            raise TranscriptError(f"{given}: no transcript files ({kinds}) in this folder")
    return [Found(path, source) for path, source in found.items()], skipped


def _under(given: Path, own: Path) -> str:
    """The index's folder as the user would write it from `given`."""
    root = given.resolve()
    return str(given / own.relative_to(root)) if own.is_relative_to(root) else str(own)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def ingest(
    store: Store,
    paths: list[Path],
    *,
    rebuild: bool = False,
    wait: bool = False,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Bring the index up to date with `paths`, one writer at a time.

    Files that cannot be read are reported in `failed` and keep their previous entries.
    `rebuild` reads every indexed document again from its original file, as well as `paths`.
    """
    with writer_lock(store, wait=wait):
        return _ingest(store, paths, rebuild, progress)


def _ingest(
    store: Store, paths: list[Path], rebuild: bool, progress: ProgressFn | None
) -> IngestReport:
    previous = store.manifest
    rebuild = rebuild or previous.outdated
    if rebuild:
        paths = [*paths, *(Path(d["original_path"]) for d in previous.docs.values())]
        paths = [p for p in paths if p.exists() or p not in _originals(previous)]
    files, skipped = find_files(paths, store.settings.home)
    report = IngestReport(skipped=skipped)
    limit = int(store.settings.index.max_file_mb * 1024 * 1024)
    by_original = {d["original_path"]: doc_id for doc_id, d in previous.docs.items()}
    manifest = previous.copy()
    seen: set[str] = set()  # doc ids read again (or kept as they were) in this ingest
    taken = set(previous.docs)
    # Open the store while the model works: ONNX releases the GIL, so the slow chromadb import
    # overlaps the embedding of the first file. Counting now shows vectors an earlier crash lost.
    if files and hasattr(store.embeddings, "ready"):
        store.embeddings.ready()  # its imports must be done before another thread imports
    opening = Background(lambda: [_open(store, k) for k in KINDS])
    count: TokenCount | None = None
    unchanged = _unchanged(files, previous, by_original, limit) if not rebuild else set()
    work = [f for f in files if f.path not in unchanged]
    status = Progress(0, len(work), 0, 0, sum(_size(f.path) for f in work), "")
    try:
        for f in files:
            prev_id = by_original.get(str(f.path))
            if f.path in unchanged:  # checked readable and hashed by _unchanged
                report.unchanged.append(f.source)
                seen.add(prev_id)
                continue
            try:
                check_readable(f.path, limit)
                doc = parse_file(f.path, f.source)
            except TranscriptError as e:
                report.failed.append((f.source, str(e)))
                if prev_id:
                    seen.add(prev_id)  # its previous entry stays
                _advance(status, f, progress)
                continue
            # Once: a second file of that name in this ingest gets an id of its own.
            claimed = prev_id or doc.doc_id in seen
            moved_from = None if claimed else _vanished(doc.doc_id, previous)
            if moved_from:  # a file moved or renamed takes the place of the one that is gone
                report.removed.append(moved_from)
            doc_id = prev_id or (doc.doc_id if moved_from else _unique_id(doc, taken))
            taken.add(doc_id)
            count = count or tiktoken_counter()
            chunks = _for_doc(
                chunk_transcript(doc, count, store.settings.chunk.max_tokens), doc_id, manifest
            )
            text = store.write_text(doc_id, doc.text) if doc.extracted else None
            _forget(manifest, doc_id)
            manifest.docs[doc_id] = _doc_entry(doc, chunks, text)
            manifest.chunks.update({c.id: _chunk_entry(c) for c in chunks})
            opening.result()
            # New vectors go in under ids made of their content: readers of the current
            # generation do not see them until the commit switches to the new one. Those
            # stored already are kept, on a rebuild too: written again, they would change under
            # the readers of the current generation (Chroma's "Error getting embedding" in a
            # process asking beside `--rebuild`, about one run in thirty of the test).
            ids = _without_stored([c.id for c in chunks], previous, manifest)
            rows.write(store, "chunks", rows.chunk_rows(manifest, ids))
            rows.write(store, "sentences", rows.sentence_rows(manifest, ids, doc.text))
            (report.updated if prev_id else report.added).append(doc.source)
            seen.add(doc_id)
            status.chunks += len(chunks)
            _advance(status, f, progress)
            crash_point("embedding")
    finally:
        opening.wait()  # never leave a thread inside chromadb behind (it aborts the exit)
    for doc_id, d in previous.docs.items():
        if doc_id not in seen and (rebuild or not Path(d["original_path"]).exists()):
            _forget(manifest, doc_id)
            report.removed.append(d["original"])  # its original is gone
    lost = _lost_vectors(previous, opening.result())
    if not (report.added or report.updated or report.removed or rebuild or lost):
        report.chunks = len(manifest.chunks)
        return report
    if lost:
        from retrieval.index.doctor import restore_missing

        restore_missing(store, manifest)
    crash_point("chroma")
    store.commit(manifest)
    report.chunks = len(manifest.chunks)
    return report


def _open(store: Store, kind: str) -> int:
    """The collection's count, with the HNSW settings of tqa's settings."""
    store.set_graph_settings(kind)
    return store.collection(kind).count()


def remove(store: Store, doc_ids: list[str], *, wait: bool = False) -> list[str]:
    """Take documents out of the index (their originals stay where they are); their originals."""
    with writer_lock(store, wait=wait):
        store.refresh()
        manifest = store.manifest.copy()
        removed = [manifest.docs[d]["original"] for d in doc_ids if d in manifest.docs]
        for doc_id in doc_ids:
            _forget(manifest, doc_id)
        if removed:
            store.commit(manifest)
        return removed


def _unchanged(
    files: list[Found], previous: Manifest, by_original: dict[str, str], limit: int
) -> set[Path]:
    """Files whose content is what the index holds (read now, so progress counts the rest)."""
    out = set()
    for f in files:
        prev_id = by_original.get(str(f.path))
        if not prev_id:
            continue
        try:
            check_readable(f.path, limit)  # before reading: a FIFO would hang
            entry = previous.docs[prev_id]
            if parsed_by_older_tqa(entry):
                continue
            if entry["sha256"] == formats.digest(f.path):
                out.add(f.path)
        except TranscriptError:
            pass  # reported when the file's turn comes
    return out


def _advance(status: Progress, f: Found, progress: ProgressFn | None) -> None:
    status.files_done += 1
    status.bytes_done += _size(f.path)
    status.file = f.source
    if progress:
        progress(status)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _originals(manifest: Manifest) -> set[Path]:
    return {Path(d["original_path"]) for d in manifest.docs.values()}


def _without_stored(ids: list[str], previous: Manifest, manifest: Manifest) -> list[str]:
    """The chunks whose vectors must be written: a file read again by a newer parser into the
    same chunks, stored with the same metadata, keeps their vectors."""
    kept = [i for i in ids if i in previous.chunks]
    if kept and rows.chunk_rows(previous, kept).metas == rows.chunk_rows(manifest, kept).metas:
        return [i for i in ids if i not in previous.chunks]
    return ids


def _forget(manifest: Manifest, doc_id: str) -> None:
    for cid in manifest.docs.pop(doc_id, {}).get("chunks", []):
        manifest.chunks.pop(cid, None)


def _lost_vectors(previous: Manifest, counts: object) -> bool:
    """Fewer vectors stored than the current generation holds: an earlier crash lost some."""
    chunks, sentences = counts  # type: ignore[misc]
    return chunks < len(previous.chunks) or sentences < previous.sentence_count()


def check_readable(path: Path, limit: int) -> None:
    """Refuse what is not a regular file (a FIFO would hang) or is larger than the limit."""
    try:
        info = path.stat()
    except OSError as e:
        raise TranscriptError(f"{path}: cannot read ({e.strerror})") from None
    if not stat.S_ISREG(info.st_mode):
        raise TranscriptError(f"{path}: not a regular file")
    if info.st_size > limit:
        raise TranscriptError(
            f"{path}: {round(info.st_size / 2**20, 3):g} MB is over the "
            f"{round(limit / 2**20, 3):g} MB limit "
            "(TQA_INDEX__MAX_FILE_MB)"
        )


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

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> object:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


def _unique_id(doc: Transcript, taken: set[str]) -> str:
    if doc.doc_id not in taken:
        return doc.doc_id
    return f"{doc.doc_id}-{hashlib.sha1(str(doc.path).encode()).hexdigest()[:6]}"


def _vanished(doc_id: str, previous: Manifest) -> str | None:
    """The original of the indexed document `doc_id` when its file no longer exists."""
    d = previous.docs.get(doc_id)
    return d["original"] if d and not Path(d["original_path"]).exists() else None


def _for_doc(chunks: list[Chunk], doc_id: str, manifest: Manifest) -> list[Chunk]:
    """The chunks as document `doc_id`'s. Their ids name content, so two files with the same
    text would share them, and dropping one file would drop the other's chunks: where another
    document holds an id already, this document's are named with its id too. (Naming every
    chunk by its document would re-embed every index the next time its files are read.)"""
    chunks = [c if c.doc_id == doc_id else replace(c, doc_id=doc_id) for c in chunks]
    if not any(
        c.id in manifest.chunks and manifest.chunks[c.id]["doc_id"] != doc_id for c in chunks
    ):
        return chunks
    return [
        replace(c, id=hashlib.sha1(f"{doc_id}\n{c.id}".encode()).hexdigest()[:20]) for c in chunks
    ]


def _doc_entry(doc: Transcript, chunks: list[Chunk], text: Path | None) -> dict:
    """`source`/`path`: the file quotes are slices of; `original`: the file the user gave."""
    return {
        "source": str(text) if text else doc.source,
        "path": str(text or doc.path),
        "original": doc.source,
        "original_path": str(doc.path),
        "sha256": doc.sha256,  # of the original's bytes
        "parser": PARSER_VERSION,
        "text_sha256": hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
        "mark_kind": doc.mark_kind,
        "marks": [list(m) for m in doc.marks],
        "title": doc.title,
        "date": doc.date,
        "location": doc.location,
        "speaker": doc.speaker,
        "speakers": doc.speakers(),
        "offices": doc.offices(),
        "capitals": doc.capitals(),
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
