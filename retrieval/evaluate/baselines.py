"""Baselines we measure against, beside tqa in the same `tqa eval` run.

- `NaiveRAG`: what a common LangChain setup does: `RecursiveCharacterTextSplitter` (1,000
  characters) over the whole file, banners and all, one Chroma collection, the best chunk shown
  as the answer, attributed to the document's principal speaker.
- `DenseSentences`: every sentence embedded, the three closest to the question returned.

Neither abstains.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from retrieval.answer.compose import cite
from retrieval.answer.verify import source_text
from retrieval.index.manifest import Manifest
from retrieval.models import Answer

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200


class NaiveRAG:
    def __init__(self, manifest: Manifest, embeddings: Any, k: int = 5) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        self.k = k
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP, add_start_index=True
        )
        docs = []
        for doc_id, d in sorted(manifest.docs.items()):
            meta = {"doc_id": doc_id, "source": d["source"], "path": d["path"]}
            docs += splitter.split_documents([Document(source_text(d["path"]), metadata=meta)])
        self.manifest = manifest
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(
            collection_name=f"naive_{uuid.uuid4().hex[:8]}",
            embedding_function=embeddings,
            client=client,
            collection_metadata={"hnsw:space": "cosine"},
        )
        ids = [f"{d.metadata['doc_id']}:{d.metadata['start_index']}" for d in docs]
        self.store.add_documents(docs, ids=ids)

    def ask(self, question: str, history: tuple[str, ...] = ()) -> Answer:
        started = time.perf_counter()
        hits = self.store.similarity_search(question, k=self.k)
        spans = [
            (
                h.metadata["source"],
                h.metadata["start_index"],
                h.metadata["start_index"] + len(h.page_content),
            )
            for h in hits
        ]
        top = hits[0]
        doc = self.manifest.docs[top.metadata["doc_id"]]
        start = top.metadata["start_index"]
        end = start + len(top.page_content)
        speaker = doc.get("speaker") or "unknown"
        role = "official" if doc.get("speaker") else "unknown"
        first = cite(1, top.metadata["doc_id"], doc, top.page_content, start, end, speaker, role)
        total = round((time.perf_counter() - started) * 1000, 1)
        return Answer(
            question=question,
            answer=top.page_content,
            abstained=False,
            citations=[first],
            timings_ms={"total": total},
            retrieved=spans,
        )


class DenseSentences:
    """The plainest answerer: every indexed sentence, embedded with the same MiniLM model; the
    three closest to the question are the answer. It never abstains."""

    def __init__(self, store: Any, n: int = 3) -> None:
        import numpy as np

        self.store = store
        self.n = n
        collection = store.vectorstore("sentences")
        chunks = store.manifest.chunks
        self.rows = []  # (doc_id, start, end, speaker, role)
        vectors = []
        page = 5000  # a larger index overflows SQLite's limit on variables in one query
        for offset in range(0, collection._collection.count(), page):
            got = collection.get(include=["embeddings", "metadatas"], limit=page, offset=offset)
            for m in got["metadatas"]:
                chunk = chunks[m["chunk_id"]]
                start, end, speaker, role, _turn = chunk["sentences"][int(m["n"])]
                self.rows.append((chunk["doc_id"], start, end, speaker, role))
            vectors.append(np.asarray(got["embeddings"], dtype=np.float32))
        self.vectors = np.vstack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)
        self.texts: dict[str, str] = {}

    def ask(self, question: str, doc_ids: tuple[str, ...] = ()) -> Answer:
        import numpy as np

        started = time.perf_counter()
        q = self.store.embeddings.embed_array([question])[0]
        sims = self.vectors @ q
        if doc_ids:
            sims = np.where([r[0] in doc_ids for r in self.rows], sims, -np.inf)
        best = [int(i) for i in np.argsort(-sims, kind="stable")[: self.n] if sims[i] > -np.inf]
        docs = self.store.manifest.docs
        cites = []
        for n, i in enumerate(best, 1):
            doc_id, start, end, speaker, role = self.rows[i]
            doc = docs[doc_id]
            if doc_id not in self.texts:
                self.texts[doc_id] = source_text(doc["path"])
            cites.append(
                cite(n, doc_id, doc, self.texts[doc_id][start:end], start, end, speaker, role)
            )
        total = round((time.perf_counter() - started) * 1000, 1)
        return Answer(
            question=question,
            answer="\n".join(c.quote for c in cites),
            abstained=False,
            citations=cites,
            timings_ms={"total": total},
            retrieved=[(c.source, c.start, c.end) for c in cites],
        )
