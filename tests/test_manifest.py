"""The manifest in SQLite: read a row at a time, the same entries as written, and an index
written by an older tqa (a JSON manifest) still answers and is upgraded by the next ingest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from retrieval.chain import Ask, Engine
from retrieval.index.generations import current_generation, load_manifest
from retrieval.index.manifest import Filters, Manifest
from retrieval.index.manifest_db import ChunkRows
from retrieval.settings import Settings


def test_rows_read_back_as_written(module_home: Path, tmp_path: Path) -> None:
    stored = load_manifest(module_home)
    assert isinstance(stored.chunks, ChunkRows)
    plain = stored.copy()
    assert isinstance(plain.chunks, dict) and plain.docs == stored.docs
    assert list(stored.chunks) == list(plain.chunks)  # BM25 numbers documents in this order
    assert len(stored.chunks) == len(plain.chunks) > 0
    first = next(iter(plain.chunks))
    assert stored.chunks[first] == plain.chunks[first] and first in stored.chunks
    assert "no-such-chunk" not in stored.chunks
    assert stored.sentence_count() == sum(len(c["sentences"]) for c in plain.chunks.values())
    speaker = stored.speakers()[0]
    doc = next(iter(stored.docs))
    dates = sorted(d["date"] for d in stored.docs.values() if d.get("date"))
    for filters in (
        Filters(speakers=(speaker,)),
        Filters(doc_ids=(doc,)),
        Filters(since=dates[len(dates) // 2]),
        Filters(speakers=(speaker,), until=dates[len(dates) // 2]),
    ):
        assert stored.admitted(filters) == plain.admitted(filters)
        assert 0 < len(stored.admitted(filters)) < len(plain.chunks), filters
    plain.save(tmp_path / "again.db")
    again = Manifest.load_existing(tmp_path / "again.db")
    assert dict(again.chunks.items()) == plain.chunks and again.docs == plain.docs
    # A file written before the table of speakers (2026-12-06) filters the same from the
    # chunks' own lists.
    with sqlite3.connect(tmp_path / "again.db") as db:
        db.execute("DROP TABLE chunk_speakers")
    older = Manifest.load_existing(tmp_path / "again.db")
    assert isinstance(older.chunks, ChunkRows) and not older.chunks._indexed
    for filters in (Filters(speakers=(speaker,)), Filters(speakers=(speaker,), doc_ids=(doc,))):
        assert older.admitted(filters) == plain.admitted(filters)


def test_a_json_manifest_of_an_older_tqa_answers_and_is_upgraded(
    module_home: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    generation = current_generation(module_home)
    stored = load_manifest(module_home).copy()
    older = generation.folder / "manifest.json"
    older.write_text(json.dumps({"version": 3, "docs": stored.docs, "chunks": stored.chunks}))
    (generation.folder / "manifest.db").unlink()
    engine = Engine(Settings(home=module_home), embeddings=embeddings)
    assert engine.store.manifest.chunks == stored.chunks
    assert engine.ask(Ask("What role does China play in the Six-Party Talks?")).citations
    engine.store.commit(engine.store.manifest.copy())
    now = current_generation(module_home)
    assert (now.folder / "manifest.db").exists() and not (now.folder / "manifest.json").exists()
    assert list(load_manifest(module_home).chunks) == list(stored.chunks)


def test_a_filtered_search_finds_what_chroma_s_filtered_search_finds(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every admitted chunk scored (UNFILTERED_FIRST 10: up to 10 times the chunks wanted), or
    # the nearest of all first (1: the admitted ones outnumber the 5 wanted of the corpus's 17
    # chunks), else Chroma's search among the admitted ids (0, and 1 when the nearest admit
    # too few for 20): the same chunks, in the same order, as Chroma's metadata filter.
    from retrieval.index import store as store_module

    store = engine.store
    chunks, docs = store.manifest.chunks, store.manifest.docs
    vector = store.embeddings.embed_query("What role does China play in the talks?")
    for n in (5, 20):
        for filters in (Filters(speakers=("Sung Kim",)), Filters(speakers=("Reporter",))):
            chroma = [cid for cid, _ in store._nearest(vector, n, filters.chroma_where())]
            assert chroma
            for first_pass in (10, 1, 0):
                monkeypatch.setattr(store_module, "UNFILTERED_FIRST", first_pass)
                found = store.dense(vector, n, filters)
                assert [cid for cid, _ in found] == chroma
                assert all(filters.admits(chunks[c], docs[chunks[c]["doc_id"]]) for c, _ in found)
            monkeypatch.undo()


def test_a_filtered_search_without_some_vectors_finds_the_others(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Chroma refuses a search among ids one of which has no vector; the metadata filter then
    # finds the rest (a vector lost outside tqa, or an older generation's being tidied away).
    from retrieval.index import store as store_module

    store = engine.store
    vector = store.embeddings.embed_query("What role does China play in the talks?")
    filters = Filters(speakers=("Sung Kim",))
    monkeypatch.setattr(store_module, "UNFILTERED_FIRST", 0)
    admitted = store.manifest.admitted(filters)
    monkeypatch.setattr(store.manifest, "admitted", lambda f: admitted | {"no-such-chunk"})
    found = store.dense(vector, 5, filters)
    assert [cid for cid, _ in found] == [
        cid for cid, _ in store._nearest(vector, 5, filters.chroma_where())
    ]
