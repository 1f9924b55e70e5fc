"""The index on disk: generations of manifest and BM25 switched atomically, vectors in Chroma.

A commit writes generation N+1 (manifest and BM25) to a folder of its own, then replaces the
one-line file `current` that names the generation readers use. Vectors are stored under ids made
from the content they embed, so a commit adds new ids beside the old ones; readers ignore ids
their manifest does not hold, and the old generation's vectors are deleted after the switch. A
crash at any moment leaves the previous generation answering; the next ingest sweeps up.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from retrieval.index import rows
from retrieval.index.chroma import chroma_problem, open_client
from retrieval.index.generations import (
    Generation,
    crash_point,
    current_generation,
    load_manifest,
    read_current,
)
from retrieval.index.lexical import Lexical
from retrieval.index.manifest import (
    Filters,
    IndexProblem,
    Manifest,
    atomic_write,
)
from retrieval.settings import Settings

KINDS = ("chunks", "sentences")
# A filtered search scores every admitted chunk where they are at most this many times the
# chunks it wants, else first looks among that many times as many nearest chunks of all,
# unfiltered, where they are at least a share of one in this many (`dense`).
UNFILTERED_FIRST = 10
_NAME = re.compile(r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,50}[a-zA-Z0-9]$")


class Store:
    """Chroma collections (chunks, sentences) through langchain-chroma, plus BM25 and the manifest."""

    def __init__(self, settings: Settings, embeddings: Any) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.home = settings.home
        self._client: Any = None
        self._stores: dict[str, Any] = {}
        self._loaded: tuple[int, Manifest] | None = None
        self._lexical: Lexical | None = None

    # -- generations -------------------------------------------------------------------------
    @property
    def generation(self) -> int:
        self._load()
        return self._loaded[0]  # type: ignore[index]

    @property
    def manifest(self) -> Manifest:
        self._load()
        return self._loaded[1]  # type: ignore[index]

    @property
    def lexical(self) -> Lexical:
        if self._lexical is None:
            number, manifest = self._load()
            ids = list(manifest.chunks)
            self._lexical = Lexical.load(Generation(self.home, number).lexical, ids)
        return self._lexical

    def _load(self) -> tuple[int, Manifest]:
        if self._loaded is None:
            self._loaded, self._lexical = read_current(self.home), None
        return self._loaded

    def generations(self) -> list[int]:
        """Numbers of the generations on disk, oldest first."""
        folder = self.home / "generations"
        if not folder.exists():
            return []
        return sorted(int(p.name) for p in folder.iterdir() if p.name.isdigit())

    def switch_to(self, number: int) -> None:
        """Make an existing generation current (repair: back to the one before a damaged one)."""
        atomic_write(self.home / "current", f"{number}\n")
        self._loaded, self._lexical = None, None

    def refresh(self) -> None:
        """Read the current generation again if a writer switched since (long-running servers)."""
        if self._loaded is not None and current_generation(self.home).number != self._loaded[0]:
            self._loaded, self._lexical = None, None
            self._reopen()

    def _reopen(self, *_: Any) -> None:
        """Open the embedded store again: it holds its vector index in this process's memory,
        which does not see what another process wrote since (a server's client needs nothing)."""
        if not self.settings.chroma_url and self._client is not None:
            from chromadb.api.client import SharedSystemClient

            SharedSystemClient.clear_system_cache()
            self._client, self._stores = None, {}

    def is_empty(self) -> bool:
        return not self.manifest.chunks

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
            atomic_write(path, text)
        return path

    # -- chroma ------------------------------------------------------------------------------
    @property
    def namespace(self) -> str:
        """Prefix of this index's collections: set, or derived from the data directory."""
        chosen = self.settings.index.namespace
        if chosen:
            return chosen
        if not self.settings.chroma_url:
            return self.settings.index.collection  # one index per embedded store
        return "tqa-" + hashlib.sha1(str(self.home.resolve()).encode()).hexdigest()[:12]

    def client(self) -> Any:
        if self._client is None:
            self._client = open_client(self.settings.chroma_url, self.home)
        return self._client

    def vectorstore(self, kind: str) -> Any:
        """The langchain-chroma store of `chunks` or `sentences`."""
        if kind not in self._stores:
            from langchain_chroma import Chroma

            try:
                self._stores[kind] = Chroma(
                    collection_name=f"{self.namespace}_{kind}",
                    embedding_function=self.embeddings,
                    client=self.client(),
                    collection_metadata={"hnsw:space": "cosine"},
                    collection_configuration={"hnsw": {"space": "cosine", **self.graph_wanted()}},
                )
            except IndexProblem:
                raise
            except Exception as e:
                raise chroma_problem(e, self.settings.chroma_url, self.home) from None
        return self._stores[kind]

    def collection(self, kind: str) -> Any:
        return self.vectorstore(kind)._collection

    def graph_wanted(self) -> dict[str, int]:
        """The HNSW settings tqa's settings give a collection (both can change after it is made)."""
        index = self.settings.index
        return {"ef_search": index.search_ef, "sync_threshold": index.sync_threshold}

    def graph_differences(self, kind: str) -> dict[str, tuple[int | None, int]]:
        """The collection's HNSW settings that are not `graph_wanted`'s: name -> (stored, wanted)."""
        stored = self.collection(kind).configuration_json.get("hnsw", {})
        wanted = self.graph_wanted()
        return {k: (stored.get(k), v) for k, v in wanted.items() if stored.get(k) != v}

    def set_graph_settings(self, kind: str) -> bool:
        """Give a collection made before (or with other settings) the HNSW settings of tqa's; a
        process that opens it afterwards uses them. Whether anything changed."""
        changed = {k: wanted for k, (_, wanted) in self.graph_differences(kind).items()}
        if changed:
            self.collection(kind).modify(configuration={"hnsw": changed})
        return bool(changed)

    def upsert(self, kind: str, ids: list[str], texts: list[str], metas: list[dict], vectors):  # type: ignore[no-untyped-def]
        """Write vectors as they are (computed by our model), in batches Chroma accepts. A
        chunk's text goes with its vector (what a reader of the collection sees embedded); a
        sentence's does not: it is a slice of its transcript by the offsets in its metadata, and
        Chroma would index its words for a full-text search nobody runs (measured: a quarter of
        the time of a write)."""
        collection = self.collection(kind)
        documents = texts if kind == "chunks" else None
        batch = 1000
        for i in range(0, len(ids), batch):
            collection.upsert(
                ids=ids[i : i + batch],
                documents=documents[i : i + batch] if documents else None,
                metadatas=metas[i : i + batch],
                embeddings=vectors[i : i + batch],
            )

    def delete_chunks(self, chunk_ids: Iterable[str]) -> None:
        """Remove the vectors of these chunks and of their sentences."""
        ids = list(chunk_ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            self.collection("chunks").delete(ids=part)
            self.collection("sentences").delete(where={"chunk_id": {"$in": part}})

    def stored_ids(self, kind: str) -> set[str]:
        """Every id in a collection (for `tqa doctor` and the sweep after an interrupted ingest)."""
        collection, out, step = self.collection(kind), set(), 5000
        total = collection.count()
        for offset in range(0, total, step):
            out.update(collection.get(include=[], limit=step, offset=offset)["ids"])
        return out

    # -- writing -----------------------------------------------------------------------------
    def commit(self, manifest: Manifest) -> None:
        """Make `manifest` (whose vectors are written) the current generation, then tidy up."""
        old = self.manifest if self._loaded else load_manifest(self.home)
        folders = self.home / "generations"
        folders.mkdir(parents=True, exist_ok=True)
        number = max([current_generation(self.home).number, *self.generations()]) + 1
        building = folders / f"{number}.tmp"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        ids = list(manifest.chunks)
        lexical = Lexical.build(ids, [manifest.chunks[i]["embed_text"] for i in ids])
        (building / "lexical").mkdir()
        lexical.save(building / "lexical")
        manifest.save(building / "manifest.db")
        os.replace(building, folders / str(number))
        crash_point("lexical")
        atomic_write(self.home / "current", f"{number}\n")
        self._loaded, self._lexical = (number, manifest), lexical
        crash_point("switch")
        self.tidy(old)

    def tidy(self, old: Manifest | None = None) -> None:
        """After a switch: drop what only older generations used (vectors, folders, texts)."""
        manifest = self.manifest
        if old is not None:
            self.delete_chunks(set(old.chunks) - set(manifest.chunks))
        expected = manifest.sentence_count()
        counts = self.collection("chunks").count(), self.collection("sentences").count()
        if counts != (len(manifest.chunks), expected):
            self.sweep()
        # The generation before stays on disk: `tqa doctor --repair` falls back to it if the
        # current one is ever damaged (its missing vectors are embedded again then).
        keep = {str(self.generation), *[str(n) for n in self.generations()[-2:]]}
        for folder in (self.home / "generations").iterdir():
            if folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)
        for legacy in ("manifest.json", "manifest.tmp", "lexical", "lexical.tmp", "lexical.old"):
            path = self.home / legacy
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(True)
        self._drop_unused_texts(manifest)

    def sweep(self) -> int:
        """Delete vectors no manifest holds (left by an interrupted ingest); how many."""
        manifest = self.manifest
        orphans = self.stored_ids("chunks") - set(manifest.chunks)
        self.delete_chunks(orphans)
        sentences = [
            sid
            for sid in self.stored_ids("sentences")
            if sid.rsplit(":", 1)[0] not in manifest.chunks
        ]
        for i in range(0, len(sentences), 1000):
            self.collection("sentences").delete(ids=sentences[i : i + 1000])
        return len(orphans) + len(sentences)

    def _drop_unused_texts(self, manifest: Manifest) -> None:
        if not self.texts_dir.exists():
            return
        used = {Path(d["path"]) for d in manifest.docs.values()}
        for path in self.texts_dir.iterdir():
            if path not in used:
                path.unlink(missing_ok=True)

    # -- reading -----------------------------------------------------------------------------
    def _read(self, fn):  # type: ignore[no-untyped-def]
        """Retry a read a writer's commit got in the way of (SQLite busy, a segment reloading),
        the embedded store opened again before each retry: a query reaches every record, and
        those another process's compaction moved out of the log into its index file are not
        in the index this process holds ("Error getting embedding" until it is read again)."""
        return self._retry(fn)()

    @functools.cached_property
    def _retry(self) -> Any:
        return _retrying(self._reopen)

    def dense(
        self, vector: list[float], n: int, filters: Filters, admitted: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity), best first, among this generation's chunks;
        `admitted`: the ids `filters` let through, where the caller has them already."""
        if self.is_empty():
            return []
        known = self.manifest.chunks
        where = filters.chroma_where()
        if where is not None:
            admitted = self.manifest.admitted(filters) if admitted is None else admitted
            if len(admitted) <= n * UNFILTERED_FIRST:
                # Few enough to score every one (200 vectors fetched in about 13 ms): one
                # meeting's chunks, a speaker who says little.
                return self._exact(vector, sorted(admitted))[:n]
            if len(admitted) * UNFILTERED_FIRST >= len(known):
                # The nearest 200 of all (3-12 ms) hold the nearest admitted ones whenever
                # they hold enough of them, which a share under 1 / UNFILTERED_FIRST cannot be
                # expected to.
                wide = min(n * UNFILTERED_FIRST, len(known))
                first = [(c, score) for c, score in self._nearest(vector, wide) if c in admitted]
                if len(first) >= n:
                    return first[:n]
            # Chroma searches among the ids it is given (8-11 ms for 900 to 3,600 of
            # qmsum-train's 9,824 chunks, the same chunks as scoring them all) far faster than
            # with a metadata filter (90-100 ms there; 0.3-0.9 s on a server that also holds a
            # million sentences, whose metadata the filter reads too).
            from chromadb.errors import InternalError

            try:
                return self._nearest(vector, n, ids=sorted(admitted), retried=False)
            except InternalError:
                # One of them has no vector (lost outside tqa, or an older generation's being
                # tidied away under this reader): the metadata filter finds the others.
                pass
        ask = min(n, len(known))
        while True:
            hits = self._nearest(vector, ask, where)
            ours = [(cid, score) for cid, score in hits if cid in known]
            # Vectors of a commit in progress (or of one that was killed) are not ours: when
            # they took places, ask for more (rare, so the count is only read then).
            if len(ours) >= n or len(hits) < ask or ask >= self.collection("chunks").count():
                return ours[:n]
            ask *= 2

    def _exact(self, vector: list[float], ids: list[str]) -> list[tuple[str, float]]:
        """`ids` with their cosines, best first (the stored vectors are unit vectors)."""
        if not ids:
            return []
        import numpy as np

        got = self._read(lambda: self.collection("chunks").get(ids=ids, include=["embeddings"]))
        cosines = np.asarray(got["embeddings"], dtype=np.float32) @ np.asarray(vector, np.float32)
        scored = zip(got["ids"], map(float, cosines), strict=True)
        return sorted(scored, key=lambda pair: (-pair[1], pair[0]))

    def _nearest(
        self,
        vector: list[float],
        k: int,
        where: dict | None = None,
        ids: list[str] | None = None,
        retried: bool = True,
    ) -> list[tuple[str, float]]:
        """Chroma's `k` nearest chunks (ids and cosines only: their texts and metadata cost
        more than the search), among `ids` or those `where` admits when given."""

        def search() -> Any:
            return self.collection("chunks").query(
                query_embeddings=[vector], n_results=k, where=where, ids=ids, include=["distances"]
            )

        got = self._read(search) if retried else search()
        # Chroma gives the cosine distance.
        return [(cid, 1.0 - d) for cid, d in zip(got["ids"][0], got["distances"][0], strict=True)]

    def sentence_vectors(self, chunk_ids: list[str]) -> dict[tuple[str, int], Any]:
        """(chunk id, sentence index) -> the sentence's unit vector."""
        if not chunk_ids:
            return {}
        chunks = self.manifest.chunks
        # By id, not by a `chunk_id` filter on their metadata: 5 ms against 24 ms for a
        # retrieval's 12 chunks of qmsum-train, 13 against 134 ms on a server holding a
        # million sentences.
        wanted = rows.sentence_ids((cid, chunks[cid]) for cid in chunk_ids)
        got = self._read(
            lambda: self.collection("sentences").get(ids=list(wanted), include=["embeddings"])
        )
        return {wanted[sid]: e for sid, e in zip(got["ids"], got["embeddings"], strict=True)}


def _retrying(before_retry: Any) -> Any:
    import tenacity

    # Eight tries over some 3.5 s: a reader beside `tqa ingest --rebuild` once met Chroma's
    # "Error getting embedding" on four tries in a row (0.35 s) while the writer's compaction
    # ran, in one of five CI runs of the suite (and twice in 57 runs of the test alone, before
    # the store was opened again between tries); a damaged index (`IndexProblem`) is not
    # retried.
    return tenacity.retry(
        retry=tenacity.retry_if_not_exception_type(IndexProblem),
        stop=tenacity.stop_after_attempt(8),
        wait=tenacity.wait_exponential(multiplier=0.05, max=1.0),
        before_sleep=before_retry,
        reraise=True,
    )
