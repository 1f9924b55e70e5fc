"""What the index holds (the manifest) and how a question narrows it (filters)."""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# 2: sentences only (version 1 also held clause vectors; an index that old is rebuilt).
# 3: documents name their `original` file and the marks (times, pages) locating quotes in it.
# 4: the same entries in a SQLite file (`manifest_db`) instead of JSON, which is still read.
MANIFEST_VERSION = 4
JSON_VERSIONS = (2, 3)


class IndexProblem(RuntimeError):
    """The index cannot be used as it is; the message says why and what to do, in one line."""


class IndexDamaged(IndexProblem):
    """A file of the index cannot be read."""


def storage_problem(error: BaseException, home: Path) -> IndexProblem | None:
    """A full or read-only data directory behind `error`: an OSError, or a store's message
    (chromadb reports them in words, not error numbers)."""
    reason = str(error).splitlines()[0][:120] if str(error).strip() else type(error).__name__
    code = getattr(error, "errno", None)
    words = reason.lower().replace("-", "").replace(" ", "")
    if code in (errno.ENOSPC, errno.EDQUOT) or "diskisfull" in words or "nospaceleft" in words:
        return IndexProblem(f"no space left on the device holding {home}; free some and retry")
    if code == errno.EROFS or "readonly" in words:
        return IndexProblem(
            f"the data directory {home} is read-only ({reason}); "
            "set TQA_HOME to a writable directory (or a writable copy of this one)"
        )
    if code in (errno.EACCES, errno.EPERM):
        where = getattr(error, "filename", None) or home
        return IndexProblem(
            f"cannot write {where} ({reason}); set TQA_HOME to a writable directory"
        )
    return None


def atomic_write(path: Path, text: str) -> None:
    """Write `text` to `path` so that a reader sees the old file or the new one, never half."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)  # the rename itself survives a crash
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Filters:
    speakers: tuple[str, ...] = ()  # exact speaker names
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    doc_ids: tuple[str, ...] = ()

    def chroma_where(self) -> dict[str, Any] | None:
        clauses: list[dict[str, Any]] = []
        if self.speakers:
            one = [{speaker_key(s): True} for s in self.speakers]
            clauses.append(one[0] if len(one) == 1 else {"$or": one})
        if self.since:
            clauses.append({"date_int": {"$gte": date_int(self.since)}})
        if self.until:
            clauses.append({"date_int": {"$lte": date_int(self.until)}})
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def admits(self, chunk: dict[str, Any], doc: dict[str, Any]) -> bool:
        if self.speakers and not set(self.speakers) & set(chunk["speakers"]):
            return False
        return self.admits_doc(chunk["doc_id"], doc)

    def admits_doc(self, doc_id: str, doc: dict[str, Any]) -> bool:
        """The document passes the date and document filters (speakers aside)."""
        day = date_int(doc["date"]) if doc.get("date") else 0
        if self.since and day < date_int(self.since):
            return False
        if self.until and (not day or day > date_int(self.until)):
            return False
        return not self.doc_ids or doc_id in self.doc_ids


def parsed_by_older_tqa(doc: dict[str, Any]) -> bool:
    """Whether a document's entry was written by a parser since changed (`PARSER_VERSION`):
    `tqa ingest` reads such files again even when their bytes are the same."""
    from retrieval.parse import transcript

    return doc.get("parser", 1) != transcript.PARSER_VERSION


def speaker_key(name: str) -> str:
    return "spk_" + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def date_int(iso: str) -> int:
    return int(iso.replace("-", ""))


@dataclass
class Manifest:
    """What the index holds: documents (by doc_id) and chunks (by id). Read from a generation's
    file, chunks come from it as they are asked for; `copy()` gives a writer all of them."""

    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    chunks: Mapping[str, dict[str, Any]] = field(default_factory=dict)
    outdated: bool = False  # written by an older tqa: the index must be rebuilt
    _capitals: dict[str, tuple[str, int, int]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    @classmethod
    def load(cls, path: Path) -> Manifest:
        """The manifest at `path`, empty if there is none."""
        try:
            return cls.load_existing(path)
        except FileNotFoundError:
            return cls()

    @classmethod
    def load_existing(cls, path: Path) -> Manifest:
        """The manifest at `path`; FileNotFoundError if there is none, IndexDamaged if unreadable."""
        if path.suffix == ".json":
            return cls._load_json(path)
        from retrieval.index import manifest_db

        try:
            version, docs, chunks = manifest_db.read(path)
        except FileNotFoundError:
            raise
        except manifest_db.ManifestDBError as e:
            raise damaged(path, str(e)) from None
        if version != MANIFEST_VERSION:
            return cls(outdated=True)
        return cls(docs, chunks)

    @classmethod
    def _load_json(cls, path: Path) -> Manifest:
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise
        except OSError as e:
            raise IndexDamaged(f"{path}: cannot be read ({e.strerror})") from None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or not {"docs", "chunks"} <= set(data):
                raise ValueError("not a tqa manifest")
        except (ValueError, UnicodeDecodeError) as e:
            raise damaged(path, str(e).splitlines()[0][:80]) from None
        if data.get("version") == 2:
            for d in data["docs"].values():  # text files only: each is its own original
                d.update(original=d["source"], original_path=d["path"], text_sha256=d["sha256"])
                d.update(mark_kind=None, marks=[])
        elif data.get("version") not in JSON_VERSIONS:
            return cls(outdated=True)
        return cls(data["docs"], data["chunks"])

    def save(self, path: Path) -> None:
        from retrieval.index import manifest_db

        manifest_db.write(path, MANIFEST_VERSION, self.docs, self.chunks)

    def copy(self) -> Manifest:
        """A manifest of plain dicts with the same entries, for a writer to change."""
        return Manifest({k: dict(v) for k, v in self.docs.items()}, dict(self.chunks.items()))

    def speakers(self) -> list[str]:
        return sorted({s for d in self.docs.values() for s in d["speakers"]})

    def offices(self) -> dict[str, tuple[str, ...]]:
        """Speaker -> the offices their labels give them (indexes before parser 6 have none)."""
        out: dict[str, set[str]] = {}
        for d in self.docs.values():
            for speaker, office in d.get("offices", {}).items():
                out.setdefault(speaker, set()).add(office)
        return {s: tuple(sorted(o)) for s, o in out.items()}

    def capitals(self) -> dict[str, tuple[str, int, int]]:
        """Lower-cased word -> (the form the transcripts write it in with a capital inside a
        sentence, how often they do, how often they write it in lower case where they also
        capitalise it), summed over the documents once, when first asked (indexes before
        parser 121 have none)."""
        if self._capitals is None:
            from retrieval.parse.casing import summed

            self._capitals = summed(d.get("capitals", {}) for d in self.docs.values())
        return self._capitals

    def sentence_count(self) -> int:
        """Sentences of all chunks: the vectors the sentence collection should hold."""
        from retrieval.index.manifest_db import ChunkRows

        if isinstance(self.chunks, ChunkRows):
            return self.chunks.sentence_count()
        return sum(len(c["sentences"]) for c in self.chunks.values())

    def admitted(self, filters: Filters) -> set[str]:
        """Ids of the chunks the filters let through."""
        from retrieval.index.manifest_db import ChunkRows

        if not isinstance(self.chunks, ChunkRows):
            return {
                cid for cid, c in self.chunks.items() if filters.admits(c, self.docs[c["doc_id"]])
            }
        # Documents by date and id here (there are few), chunks by speaker in SQLite.
        docs = None
        if filters.doc_ids or filters.since or filters.until:
            docs = [d for d, doc in self.docs.items() if filters.admits_doc(d, doc)]
        return self.chunks.ids_where(docs, list(filters.speakers))


def damaged(path: Path, reason: str) -> IndexDamaged:
    return IndexDamaged(
        f"{path} is damaged ({reason}); "
        "run `tqa doctor --repair`, or `tqa ingest --rebuild PATH` with your transcripts"
    )
