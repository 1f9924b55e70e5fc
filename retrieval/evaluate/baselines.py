"""The naive RAG we measure against: fixed 1,000-character chunks, dense retrieval, top chunk.

It is what a common LangChain setup does: `RecursiveCharacterTextSplitter` over the whole file
(banners and all), one Chroma collection, and the best chunk shown as the answer, attributed to
the document's principal speaker. It never abstains.
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from retrieval.index import Manifest
from retrieval.models import Answer, Citation
from retrieval.answer.verify import source_text

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
        cite = Citation(
            n=1,
            quote=top.page_content,
            speaker=doc.get("speaker") or "unknown",
            role="official" if doc.get("speaker") else "unknown",
            doc_id=top.metadata["doc_id"],
            title=doc["title"],
            date=doc["date"],
            source=doc["source"],
            start=start,
            end=start + len(top.page_content),
            path=doc["path"],
        )
        total = round((time.perf_counter() - started) * 1000, 1)
        return Answer(
            question=question,
            answer=top.page_content,
            abstained=False,
            citations=[cite],
            timings_ms={"total": total},
            retrieved=spans,
        )
