"""The index: chunks in Chroma (dense) and BM25 (lexical), a manifest of what is in them."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retrieval.lexical import Lexical
from retrieval.settings import Settings

# 2: sentences only (version 1 also held clause vectors; an index that old is rebuilt).
# 3: documents name their `original` file and the marks (times, pages) locating quotes in it.
MANIFEST_VERSION = 3


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
        day = date_int(doc["date"]) if doc.get("date") else 0
        if self.since and day < date_int(self.since):
            return False
        if self.until and (not day or day > date_int(self.until)):
            return False
        return not self.doc_ids or chunk["doc_id"] in self.doc_ids


def speaker_key(name: str) -> str:
    return "spk_" + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def date_int(iso: str) -> int:
    return int(iso.replace("-", ""))


@dataclass
class Manifest:
    """What the index holds: documents (by doc_id) and chunks (by id), kept as JSON."""

    docs: dict[str, dict[str, Any]] = field(default_factory=dict)
    chunks: dict[str, dict[str, Any]] = field(default_factory=dict)
    outdated: bool = False  # written by an older tqa: the index must be rebuilt

    @classmethod
    def load(cls, path: Path) -> Manifest:
        if not path.exists():
            return cls()
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") == 2:
            for d in data["docs"].values():  # text files only: each is its own original
                d.update(original=d["source"], original_path=d["path"], text_sha256=d["sha256"])
                d.update(mark_kind=None, marks=[])
        elif data.get("version") != MANIFEST_VERSION:
            return cls(outdated=True)
        return cls(data["docs"], data["chunks"])

    def save(self, path: Path) -> None:
        tmp = path.with_suffix(".tmp")
        data = {"version": MANIFEST_VERSION, "docs": self.docs, "chunks": self.chunks}
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    def speakers(self) -> list[str]:
        return sorted({s for d in self.docs.values() for s in d["speakers"]})


class Store:
    """Chroma collections (chunks, sentences) through langchain-chroma, plus BM25 and the manifest."""

    def __init__(self, settings: Settings, embeddings: Any) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.home = settings.home
        self._client: Any = None
        self._stores: dict[str, Any] = {}
        self._manifest: Manifest | None = None
        self._lexical: Lexical | None = None

    # -- files -------------------------------------------------------------------------------
    @property
    def manifest_path(self) -> Path:
        return self.home / "manifest.json"

    @property
    def lexical_dir(self) -> Path:
        return self.home / "lexical"

    @property
    def texts_dir(self) -> Path:
        """Transcript text extracted from other formats (VTT, HTML, PDF...), one file a version."""
        return self.home / "texts"

    def write_text(self, doc_id: str, text: str) -> Path:
        """Write `text` once under a name made of `doc_id` and its hash; never edited after."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        path = self.texts_dir / f"{doc_id}-{digest}.txt"
        if not path.exists():
            self.texts_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            os.replace(tmp, path)
        return path

    @property
    def manifest(self) -> Manifest:
        if self._manifest is None:
            self._manifest = Manifest.load(self.manifest_path)
        return self._manifest

    @property
    def lexical(self) -> Lexical:
        if self._lexical is None:
            ids = list(self.manifest.chunks)
            self._lexical = Lexical.load(self.lexical_dir, ids)
        return self._lexical

    def is_empty(self) -> bool:
        return not self.manifest.chunks

    # -- chroma ------------------------------------------------------------------------------
    def client(self) -> Any:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            chroma_settings = ChromaSettings(anonymized_telemetry=False)
            if self.settings.chroma_url:
                from urllib.parse import urlparse

                url = urlparse(self.settings.chroma_url)
                self._client = chromadb.HttpClient(
                    host=url.hostname or "localhost",
                    port=url.port or (443 if url.scheme == "https" else 8000),
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
            else:
                self.home.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(
                    path=str(self.home / "chroma"), settings=chroma_settings
                )
        return self._client

    def vectorstore(self, kind: str) -> Any:
        """The langchain-chroma store of `chunks` or `sentences`."""
        if kind not in self._stores:
            from langchain_chroma import Chroma

            self._stores[kind] = Chroma(
                collection_name=f"{self.settings.index.collection}_{kind}",
                embedding_function=self.embeddings,
                client=self.client(),
                collection_metadata={"hnsw:space": "cosine"},
            )
        return self._stores[kind]

    def drop_all(self) -> None:
        for kind in ("chunks", "sentences"):
            self.vectorstore(kind).delete_collection()
        self._stores.clear()

    # -- writing -----------------------------------------------------------------------------
    def commit(self, manifest: Manifest) -> None:
        """Rebuild BM25 from `manifest`, then make it and the manifest current (atomic renames)."""
        self.home.mkdir(parents=True, exist_ok=True)
        ids = list(manifest.chunks)
        lexical = Lexical.build(ids, [manifest.chunks[i]["embed_text"] for i in ids])
        tmp = self.home / "lexical.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir()
        lexical.save(tmp)
        old = self.home / "lexical.old"
        shutil.rmtree(old, ignore_errors=True)
        if self.lexical_dir.exists():
            os.replace(self.lexical_dir, old)
        os.replace(tmp, self.lexical_dir)
        manifest.save(self.manifest_path)
        shutil.rmtree(old, ignore_errors=True)
        self._manifest, self._lexical = manifest, lexical
        self._drop_unused_texts(manifest)

    def _drop_unused_texts(self, manifest: Manifest) -> None:
        if not self.texts_dir.exists():
            return
        used = {Path(d["path"]) for d in manifest.docs.values()}
        for path in self.texts_dir.iterdir():
            if path not in used:
                path.unlink(missing_ok=True)

    # -- reading -----------------------------------------------------------------------------
    def dense(self, vector: list[float], n: int, filters: Filters) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first."""
        if self.is_empty():
            return []
        hits = self.vectorstore("chunks").similarity_search_by_vector_with_relevance_scores(
            vector, k=min(n, len(self.manifest.chunks)), filter=filters.chroma_where()
        )
        # The score is Chroma's cosine distance.
        return [(doc.id, 1.0 - distance) for doc, distance in hits]

    def sentence_vectors(self, chunk_ids: list[str]) -> dict[tuple[str, int], Any]:
        """(chunk id, sentence index) -> the sentence's unit vector."""
        if not chunk_ids:
            return {}
        got = self.vectorstore("sentences").get(
            where={"chunk_id": {"$in": chunk_ids}}, include=["embeddings", "metadatas"]
        )
        return {
            (m["chunk_id"], int(m["n"])): e
            for m, e in zip(got["metadatas"], got["embeddings"], strict=True)
        }
