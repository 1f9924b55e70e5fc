"""`tqa doctor`: does the index hold what its manifest says, and `--repair` what is missing."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from retrieval.answer.verify import source_text
from retrieval.index import rows
from retrieval.index.generations import Generation, current_generation
from retrieval.index.lexical import Lexical
from retrieval.index.manifest import IndexDamaged, IndexProblem, Manifest, parsed_by_older_tqa
from retrieval.index.store import KINDS, Store


@dataclass
class Findings:
    """What `check` found: one line each, and what `repair` can act on."""

    problems: list[str] = field(default_factory=list)
    missing_chunks: set[str] = field(default_factory=set)  # vectors to embed again
    missing_sentences: set[str] = field(default_factory=set)  # chunk ids with a sentence missing
    orphans: int = 0  # vectors no manifest holds
    lexical_stale: bool = False


def check(store: Store) -> Findings:
    found = Findings()
    manifest = store.manifest
    expected = set(manifest.chunks)
    present = _present(store, "chunks", expected)
    found.missing_chunks = expected - present
    if found.missing_chunks:
        found.problems.append(
            f"chroma: {len(found.missing_chunks)} of {len(expected)} chunk vectors are missing"
        )
    sentence_ids = rows.sentence_ids(manifest.chunks.items())
    have = _present(store, "sentences", set(sentence_ids))
    found.missing_sentences = {cid for sid, (cid, _) in sentence_ids.items() if sid not in have}
    if len(sentence_ids) - len(have):
        found.problems.append(
            f"chroma: {len(sentence_ids) - len(have)} of {len(sentence_ids)} sentence vectors "
            "are missing"
        )
    stored = store.collection("chunks").count() + store.collection("sentences").count()
    found.orphans = stored - len(present) - len(have)
    if found.orphans:
        found.problems.append(
            f"chroma: {found.orphans} vectors belong to no document (an interrupted ingest)"
        )
    try:
        lexical = Lexical.load(Generation(store.home, store.generation).lexical, list(expected))
        if expected and lexical.retriever.scores.get("num_docs") != len(expected):
            raise ValueError("size differs")
    except Exception:
        found.lexical_stale = True
        found.problems.append("bm25: the keyword index does not match the manifest")
    # An older tqa re-ingesting a moved folder dropped the chunks the new entries shared.
    lost = sorted(d["original"] for d in manifest.docs.values() if not expected >= set(d["chunks"]))
    if lost:
        more = f" and {len(lost) - 1} more" if len(lost) > 1 else ""
        found.problems.append(
            f"manifest: {lost[0]}{more} lost chunks; `tqa ingest --rebuild` reads them again"
        )
    for d in manifest.docs.values():
        problem = _text_problem(d)
        if problem:
            found.problems.append(problem)
    return found


def read_by_older_parser(manifest: Manifest) -> list[str]:
    """The originals indexed before the parser last changed (see `PARSER_VERSION`)."""
    return sorted(d["original"] for d in manifest.docs.values() if parsed_by_older_tqa(d))


GRAPH_SAYS = {
    "ef_search": "Chroma searches {} wide, the settings say {} (TQA_INDEX__SEARCH_EF)",
    "sync_threshold": "Chroma saves its search graph every {} vectors, the settings say {} "
    "(TQA_INDEX__SYNC_THRESHOLD)",
}


def graph_differs(store: Store) -> list[str]:
    """How the chunk collection's HNSW settings differ from tqa's settings (an index made before
    them, or with others): "Chroma searches 100 wide, the settings say 1000 ..."."""
    return [
        GRAPH_SAYS[name].format(stored, wanted)
        for name, (stored, wanted) in store.graph_differences("chunks").items()
    ]


def repair(store: Store) -> list[str]:
    """Embed what is missing, delete what belongs to nothing, rebuild BM25; what was done."""
    done = []
    try:
        _ = store.manifest  # reading it is the check
    except IndexDamaged as damaged:
        done.append(_fall_back(store, damaged))
    found = check(store)
    if found.missing_chunks or found.missing_sentences:
        restored = restore_missing(store, store.manifest, found)
        done.append(f"embedded {restored} missing vectors again")
    if found.orphans:
        done.append(f"deleted {store.sweep()} vectors that belonged to no document")
    if found.lexical_stale:
        store.commit(store.manifest.copy())
        done.append("rebuilt the keyword index")
    if any([store.set_graph_settings(kind) for kind in KINDS]):  # a list: both, not the first
        wanted = ", ".join(f"{k} {v}" for k, v in store.graph_wanted().items())
        done.append(f"Chroma's search graph takes {wanted} from the next process")
    return done


def _fall_back(store: Store, damaged: IndexDamaged) -> str:
    """Make the newest readable earlier generation current again."""
    broken = current_generation(store.home).number
    for number in reversed(store.generations()):
        if number == broken:
            continue
        try:
            Manifest.load_existing(Generation(store.home, number).manifest)
        except (IndexDamaged, FileNotFoundError):
            continue
        store.switch_to(number)
        return (
            f"went back to generation {number} (generation {broken} was damaged); "
            "run `tqa ingest` with your transcripts to bring in later changes"
        )
    raise damaged


def restore_missing(store: Store, manifest: Manifest, found: Findings | None = None) -> int:
    """Embed again the vectors of `manifest` that the store lacks; how many were written."""
    if found is None:
        expected = set(manifest.chunks)
        missing_chunks = expected - _present(store, "chunks", expected)
        sentence_ids = rows.sentence_ids(manifest.chunks.items())
        have = _present(store, "sentences", set(sentence_ids))
        missing_sentences = {cid for sid, (cid, _) in sentence_ids.items() if sid not in have}
    else:
        missing_chunks, missing_sentences = found.missing_chunks, found.missing_sentences
    written = 0
    chunk_part = rows.chunk_rows(manifest, sorted(missing_chunks))
    rows.write(store, "chunks", chunk_part)
    written += len(chunk_part.ids)
    by_doc: dict[str, list[str]] = {}
    for cid in sorted(missing_sentences):
        by_doc.setdefault(manifest.chunks[cid]["doc_id"], []).append(cid)
    for doc_id, cids in by_doc.items():
        doc = manifest.docs[doc_id]
        if _text_problem(doc):
            continue  # its text changed: `tqa ingest` reads it again
        part = rows.sentence_rows(manifest, cids, source_text(doc["path"]))
        rows.write(store, "sentences", part)
        written += len(part.ids)
    return written


def _present(store: Store, kind: str, ids: Iterable[str]) -> set[str]:
    wanted, out = sorted(ids), set()
    for i in range(0, len(wanted), 1000):
        got = store.collection(kind).get(ids=wanted[i : i + 1000], include=[])
        out.update(got["ids"])
    return out


def _text_problem(doc: dict[str, Any]) -> str | None:
    try:
        text = source_text(doc["path"])
    except (OSError, UnicodeDecodeError):
        return f"{doc['source']}: cannot be read; run `tqa ingest` to update the index"
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != doc["text_sha256"]:
        return f"{doc['source']}: changed since it was indexed; run `tqa ingest`"
    return None


__all__ = ["Findings", "IndexProblem", "check", "repair", "restore_missing"]
