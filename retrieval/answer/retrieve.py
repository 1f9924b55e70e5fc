"""Hybrid retrieval: dense (Chroma) and lexical (BM25) chunk rankings fused by reciprocal rank."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from typing import Any

from retrieval.answer import names as entities
from retrieval.answer.query import Query
from retrieval.index import Filters, Manifest, Store
from retrieval.lexical import terms
from retrieval.answer.verify import source_text

log = logging.getLogger(__name__)


@dataclass
class Candidate:
    """A sentence of a retrieved chunk, with what the selector needs to score it."""

    chunk_id: str
    doc_id: str
    n: int  # index in its chunk
    start: int
    end: int
    speaker: str
    role: str
    turn: int
    rank: int  # rank of its chunk after fusion
    vectors: Any  # (parts, 384): the sentence, then its clauses


@dataclass
class Retrieved:
    query: Query
    filters: Filters
    vectors: Any  # (2, 384): the question, and the question read with its history
    chunk_ids: list[str]
    candidates: list[Candidate]
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> file text
    unknown_names: list[str] = field(default_factory=list)  # names the corpus never mentions
    subject: str | None = None  # who the question asks about ("What did X say ...")
    subject_speakers: list[str] = field(default_factory=list)  # indexed speakers it names

    def words(self, c: Candidate) -> str:
        return self.texts[c.doc_id][c.start : c.end]


def rrf(rankings: list[list[str]], k: int) -> list[str]:
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores, key=lambda c: (-scores[c], c))


def retrieve(store: Store, query: Query, filters: Filters, top_k: int) -> Retrieved:
    import numpy as np

    settings = store.settings.index
    vectors = store.embeddings.embed_array([query.text, query.resolved])
    manifest = store.manifest
    subject = entities.subject_of(query.text)
    speakers = entities.speaker_matches(subject, manifest.speakers()) if subject else []
    if subject and not speakers and not entities.is_named(subject):
        subject = None  # "the President" with no speaker of that title: no restriction
    if speakers and not filters.speakers:
        # "What did Kim say ..." asks for Kim's words only.
        filters = replace(filters, speakers=tuple(speakers))
    n = max(settings.candidates, top_k)
    dense = [cid for cid, _ in store.dense(vectors[1].tolist(), n, filters)]

    # The question's own words count double against those of the turn it follows.
    query_terms = terms(entities.expand(query.text)) * 2 + terms(entities.expand(query.context))
    lexical = store.lexical.scores(query_terms)
    admitted = [
        cid
        for cid in sorted(lexical, key=lambda c: (-lexical[c], c))
        if filters.admits(manifest.chunks[cid], manifest.docs[manifest.chunks[cid]["doc_id"]])
    ][:n]
    fused = [cid for cid in rrf([dense, admitted], settings.rrf_k) if cid in manifest.chunks]

    texts: dict[str, str] = {}
    chosen: list[str] = []
    for cid in fused:
        doc_id = manifest.chunks[cid]["doc_id"]
        if doc_id not in texts:
            text = _current_text(manifest.docs[doc_id])
            if text is None:
                continue
            texts[doc_id] = text
        chosen.append(cid)
        if len(chosen) == top_k:
            break

    sentence_vectors = store.sentence_vectors(chosen)
    candidates = [
        Candidate(
            cid,
            manifest.chunks[cid]["doc_id"],
            i,
            *s[:5],
            rank,
            np.asarray(sentence_vectors[(cid, i)], dtype=np.float32),
        )
        for rank, cid in enumerate(chosen)
        for i, s in enumerate(manifest.chunks[cid]["sentences"])
        if (cid, i) in sentence_vectors and (not filters.speakers or s[2] in filters.speakers)
    ]
    return Retrieved(
        query,
        filters,
        vectors,
        chosen,
        candidates,
        texts,
        unknown_names=_unknown_names(store, manifest, query.text),
        subject=subject,
        subject_speakers=speakers,
    )


def _unknown_names(store: Store, manifest: Manifest, question: str) -> list[str]:
    vocab = store.lexical.retriever.vocab_dict if store.lexical.ids else {}
    known = set(vocab)
    for doc in manifest.docs.values():
        known.update(terms(" ".join([doc["title"], doc.get("location") or "", *doc["speakers"]])))
    return [
        " ".join(words)
        for words in entities.name_phrases(question)
        if not set(terms(" ".join(words))) <= known
    ]


def _current_text(doc: dict[str, Any]) -> str | None:
    """The file's text, or None (and a warning) when it changed or vanished since ingest."""
    import hashlib

    try:
        text = source_text(doc["path"])
    except (OSError, UnicodeDecodeError):
        log.warning(
            "%s: cannot be read any more; run `tqa ingest` to update the index", doc["source"]
        )
        return None
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != doc["sha256"]:
        log.warning("%s: changed since it was indexed; run `tqa ingest`", doc["source"])
        return None
    return text
