"""The manifest as a SQLite file: written whole for each generation, read a row at a time.

A JSON manifest is read whole by every process that answers: at 100k chunks, 157 MB and 3.4 s
before the first answer. Here a reader loads the documents (a few per meeting) and looks chunks
up by id as retrieval names them; writers still copy the whole of it (`Manifest.copy`).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE chunks (
    pos INTEGER PRIMARY KEY,  -- the order chunks were given in: BM25's document numbers
    id TEXT NOT NULL UNIQUE,
    doc_id TEXT NOT NULL,
    speakers TEXT NOT NULL,  -- JSON list: filters read it without the rest of the row
    sentences INTEGER NOT NULL,
    data TEXT NOT NULL
);
-- A row for each speaker of each chunk (`pos` as in `chunks`): filters find a speaker's chunks.
CREATE TABLE chunk_speakers (speaker TEXT NOT NULL, pos INTEGER NOT NULL);
"""
# Made after the rows are in (faster than keeping them up to date row by row). A speaker's
# chunks of qmsum-train's 9,824 took 24 ms read from every row's `speakers`; one meeting's
# 10 ms without the index on `doc_id`.
INDEXES = """
CREATE INDEX chunk_speakers_by_speaker ON chunk_speakers (speaker);
CREATE INDEX chunks_by_doc ON chunks (doc_id);
"""
CACHED = 4096  # chunk rows a long-running reader keeps parsed
# The chunks where one of the speakers given (a JSON list) speaks: through the table, or, in a
# file written before it, from each chunk's own list.
_BY_SPEAKER = (
    "pos IN (SELECT pos FROM chunk_speakers WHERE speaker IN (SELECT value FROM json_each(?)))"
)
_BY_SPEAKER_LIST = (
    "EXISTS (SELECT 1 FROM json_each(chunks.speakers) "
    "WHERE value IN (SELECT value FROM json_each(?)))"
)


class ManifestDBError(Exception):
    """The file is not a readable manifest; the message says why."""


def write(path: Path, version: int, docs: dict[str, Any], chunks: Mapping[str, Any]) -> None:
    """Write a new manifest file at `path` (through a temporary file and a rename)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.executescript(SCHEMA)
        db.execute("INSERT INTO meta VALUES ('version', ?)", (str(version),))
        db.executemany(
            "INSERT INTO docs VALUES (?, ?)",
            ((k, json.dumps(v, ensure_ascii=False)) for k, v in docs.items()),
        )
        db.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?)",
            (
                (pos, cid, c["doc_id"], json.dumps(c["speakers"]), len(c["sentences"]),
                 json.dumps(c, ensure_ascii=False))
                for pos, (cid, c) in enumerate(chunks.items())
            ),
        )  # fmt: skip
        db.executemany(
            "INSERT INTO chunk_speakers VALUES (?, ?)",
            ((s, pos) for pos, c in enumerate(chunks.values()) for s in c["speakers"]),
        )
        db.executescript(INDEXES)
        db.commit()
    finally:
        db.close()
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read(path: Path) -> tuple[int, dict[str, Any], ChunkRows]:
    """(version, documents, chunks) of the file at `path`; FileNotFoundError if there is none."""
    if not path.exists():
        raise FileNotFoundError(path)
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        version = int(db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])
        docs = {k: json.loads(v) for k, v in db.execute("SELECT id, data FROM docs")}
        count = db.execute("SELECT count(*) FROM chunks").fetchone()[0]
        # Files written before 2026-12-06 have no table of speakers; their filters read the
        # chunks' own lists until the next ingest writes the file again.
        indexed = bool(
            db.execute("SELECT 1 FROM sqlite_master WHERE name = 'chunk_speakers'").fetchone()
        )
    except (sqlite3.Error, TypeError, ValueError) as e:
        raise ManifestDBError(str(e).splitlines()[0][:80] or type(e).__name__) from None
    return version, docs, ChunkRows(db, path, count, indexed)


class ChunkRows(Mapping[str, dict[str, Any]]):
    """Chunk entries by id, read from the file as asked for (a few thousand kept parsed).

    Safe to share between threads (a server's): one connection, used under a lock.
    """

    def __init__(self, db: sqlite3.Connection, path: Path, count: int, indexed: bool) -> None:
        self._db = db
        self._path = path
        self._count = count
        self._indexed = indexed  # the file has `chunk_speakers`
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as e:
                raise self._damaged(e) from None

    def _damaged(self, e: sqlite3.Error) -> ManifestDBError:
        return ManifestDBError(f"{self._path}: {str(e).splitlines()[0][:80]}")

    def __getitem__(self, cid: str) -> dict[str, Any]:
        with self._lock:
            hit = self._cache.get(cid)
            if hit is not None:
                self._cache.move_to_end(cid)
                return hit
        rows = self._query("SELECT data FROM chunks WHERE id = ?", (cid,))
        if not rows:
            raise KeyError(cid)
        entry = json.loads(rows[0][0])
        with self._lock:
            self._cache[cid] = entry
            if len(self._cache) > CACHED:
                self._cache.popitem(last=False)
        return entry

    def __contains__(self, cid: object) -> bool:
        if cid in self._cache:
            return True
        return bool(self._query("SELECT 1 FROM chunks WHERE id = ?", (cid,)))

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[str]:
        return iter([cid for (cid,) in self._query("SELECT id FROM chunks ORDER BY pos")])

    def _rows(self, sql: str) -> Iterator[tuple]:
        """The rows of a query over every chunk, fetched a thousand at a time."""
        with self._lock:
            cursor = self._db.execute(sql)
        while True:
            with self._lock:
                try:
                    batch = cursor.fetchmany(1000)
                except sqlite3.Error as e:
                    raise self._damaged(e) from None
            if not batch:
                return
            yield from batch

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:  # type: ignore[override]
        """(id, entry) of every chunk in order, parsed as they come, none kept (not one query
        a chunk, as Mapping's would be)."""
        return (
            (cid, json.loads(data))
            for cid, data in self._rows("SELECT id, data FROM chunks ORDER BY pos")
        )

    def values(self) -> Iterator[dict[str, Any]]:  # type: ignore[override]
        return (entry for _, entry in self.items())

    def sentence_count(self) -> int:
        return int(self._query("SELECT coalesce(sum(sentences), 0) FROM chunks")[0][0])

    def ids_where(self, doc_ids: list[str] | None, speakers: list[str]) -> set[str]:
        """Ids of the chunks of these documents (None: any) where one of these speakers speaks
        (none given: anyone)."""
        clauses, args = [], []
        if doc_ids is not None:
            clauses.append("doc_id IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(doc_ids))
        if speakers:
            clauses.append(_BY_SPEAKER if self._indexed else _BY_SPEAKER_LIST)
            args.append(json.dumps(speakers))
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        return {cid for (cid,) in self._query(f"SELECT id FROM chunks{where}", tuple(args))}
