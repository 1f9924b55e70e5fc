"""A log of what was asked and answered (SQLite under $TQA_HOME), for `tqa log`."""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from bot.sqlite_db import MigratedDB

# Named, ordered migrations: each runs once, in this order, recorded in `migrations`.
MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_asked",
        """CREATE TABLE asked (id INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL,
           via TEXT NOT NULL, question TEXT NOT NULL, history TEXT NOT NULL,
           abstained INTEGER NOT NULL, answer TEXT NOT NULL);
           CREATE INDEX asked_by_time ON asked (at)""",
    ),
]


class QuestionLog(MigratedDB):
    def __init__(self, path: Path) -> None:
        super().__init__(path, MIGRATIONS)

    def record(self, answer: dict[str, Any], history: list[str], via: str) -> None:
        with self._db() as db:
            db.execute(
                "INSERT INTO asked (at, via, question, history, abstained, answer) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    time.time(),
                    via,
                    answer["question"],
                    json.dumps(history, ensure_ascii=False),
                    int(bool(answer["abstained"])),
                    json.dumps(answer, ensure_ascii=False),
                ),
            )

    def recent(self, limit: int = 20, search: str | None = None) -> list[dict[str, Any]]:
        """Newest first; `search` matches the question or the answer's text."""
        sql = "SELECT id, at, via, question, history, answer FROM asked"
        args: list[Any] = []
        if search:
            sql += " WHERE question LIKE ? OR answer LIKE ?"
            args += [f"%{search}%", f"%{search}%"]
        sql += " ORDER BY at DESC, id DESC LIMIT ?"
        args.append(limit)
        with self._db() as db:
            rows = db.execute(sql, args).fetchall()
        return [
            {
                "id": r[0],
                "at": r[1],
                "via": r[2],
                "question": r[3],
                "history": json.loads(r[4]),
                "answer": json.loads(r[5]),
            }
            for r in rows
        ]


def log_path(home: Path) -> Path:
    return home / "log.sqlite3"


@functools.cache
def _opened(path: Path) -> QuestionLog:
    return QuestionLog(path)  # migrations checked once per process, not per question


def record(settings: Any, answer: dict[str, Any], history: list[str], via: str) -> None:
    """Add a question and its answer to the log, unless TQA_LOG_QUESTIONS=false."""
    if not settings.log_questions:
        return
    # A read-only or full data directory still answers: the log is a convenience.
    with contextlib.suppress(OSError, sqlite3.Error):
        _opened(log_path(settings.home)).record(answer, history, via)
