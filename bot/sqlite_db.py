"""A small SQLite database with named, ordered migrations (the Slack store, the question log)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class MigratedDB:
    """Each migration runs once, in order, and is recorded in the `migrations` table."""

    def __init__(self, path: Path, migrations: list[tuple[str, str]]) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._db() as db:
            db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, at REAL)")
            done = {row[0] for row in db.execute("SELECT name FROM migrations")}
            for name, sql in migrations:
                if name not in done:
                    db.executescript(sql)
                    db.execute("INSERT INTO migrations VALUES (?, ?)", (name, time.time()))

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        # One connection per use: callers run on several threads.
        db = sqlite3.connect(self.path, timeout=10)
        try:
            with db:
                yield db
        finally:
            db.close()
