"""What the Slack bot remembers, in SQLite: events seen, conversations, answers and feedback."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

from bot.sqlite_db import MigratedDB

# Named, ordered migrations: each runs once, in this order, recorded in `migrations`.
MIGRATIONS: list[tuple[str, str]] = [
    ("001_events", "CREATE TABLE events (event_id TEXT PRIMARY KEY, seen_at REAL NOT NULL)"),
    (
        "002_turns",
        """CREATE TABLE turns (conversation TEXT NOT NULL, question TEXT NOT NULL,
           created REAL NOT NULL);
           CREATE INDEX turns_by_conversation ON turns (conversation, created)""",
    ),
    (
        "003_answers",
        """CREATE TABLE answers (id TEXT PRIMARY KEY, conversation TEXT NOT NULL,
           question TEXT NOT NULL, history TEXT NOT NULL, answer TEXT NOT NULL,
           created REAL NOT NULL)""",
    ),
    (
        "004_feedback",
        """CREATE TABLE feedback (answer_id TEXT NOT NULL, user TEXT NOT NULL,
           vote INTEGER NOT NULL, created REAL NOT NULL,
           PRIMARY KEY (answer_id, user))""",
    ),
    (
        "005_pending",
        """CREATE TABLE pending (channel TEXT NOT NULL, ts TEXT NOT NULL, created REAL NOT NULL,
           PRIMARY KEY (channel, ts))""",
    ),
]


class SlackStore(MigratedDB):
    def __init__(self, path: Path, event_ttl_s: float = 24 * 3600, history_turns: int = 6):
        self.event_ttl_s = event_ttl_s
        self.history_turns = history_turns
        super().__init__(path, MIGRATIONS)

    def first_time(self, event_id: str) -> bool:
        """Record an event id; False when it was seen within the TTL (a redelivery)."""
        now = time.time()
        with self._db() as db:
            db.execute("DELETE FROM events WHERE seen_at < ?", (now - self.event_ttl_s,))
            cur = db.execute("INSERT OR IGNORE INTO events VALUES (?, ?)", (event_id, now))
            return cur.rowcount == 1

    def history(self, conversation: str) -> list[str]:
        """Earlier questions of a conversation, oldest first."""
        with self._db() as db:
            rows = db.execute(
                "SELECT question FROM turns WHERE conversation = ? ORDER BY created DESC LIMIT ?",
                (conversation, self.history_turns),
            ).fetchall()
        return [r[0] for r in reversed(rows)]

    def knows(self, conversation: str) -> bool:
        with self._db() as db:
            row = db.execute("SELECT 1 FROM turns WHERE conversation = ?", (conversation,))
            return row.fetchone() is not None

    def record(self, conversation: str, question: str, history: list[str], answer: Any) -> str:
        """Store a question and its answer; returns the answer's id (for feedback buttons)."""
        answer_id = uuid.uuid4().hex
        now = time.time()
        with self._db() as db:
            db.execute("INSERT INTO turns VALUES (?, ?, ?)", (conversation, question, now))
            db.execute(
                "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                (
                    answer_id,
                    conversation,
                    question,
                    json.dumps(history),
                    answer.model_dump_json(),
                    now,
                ),
            )
        return answer_id

    def pending(self, channel: str, ts: str) -> None:
        """An "answering…" message posted and not yet replaced by its answer."""
        with self._db() as db:
            db.execute("INSERT OR IGNORE INTO pending VALUES (?, ?, ?)", (channel, ts, time.time()))

    def answered(self, channel: str, ts: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM pending WHERE channel = ? AND ts = ?", (channel, ts))

    def unanswered(self) -> list[tuple[str, str]]:
        """(channel, ts) of "answering…" messages a crash or Slack's rate limits left behind."""
        with self._db() as db:
            return db.execute("SELECT channel, ts FROM pending ORDER BY created").fetchall()

    def vote(self, answer_id: str, user: str, vote: int) -> bool:
        with self._db() as db:
            if not db.execute("SELECT 1 FROM answers WHERE id = ?", (answer_id,)).fetchone():
                return False
            db.execute(
                "INSERT OR REPLACE INTO feedback VALUES (?, ?, ?, ?)",
                (answer_id, user, vote, time.time()),
            )
        return True

    def disliked(self) -> list[dict[str, Any]]:
        """Answers with a 👎 (a user's latest vote), oldest first."""
        with self._db() as db:
            rows = db.execute(
                """SELECT a.id, a.question, a.history, a.answer, COUNT(f.user)
                   FROM answers a JOIN feedback f ON f.answer_id = a.id
                   WHERE f.vote < 0 GROUP BY a.id ORDER BY a.created"""
            ).fetchall()
        return [
            {
                "id": r[0],
                "question": r[1],
                "history": json.loads(r[2]),
                "answer": json.loads(r[3]),
                "votes": r[4],
            }
            for r in rows
        ]


def feedback_question_set(disliked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """👎 answers as question-set rows for `tqa eval` (expected quotes left for a person)."""
    rows = []
    for d in disliked:
        answer = d["answer"]
        rows.append(
            {
                "id": f"feedback-{d['id'][:12]}",
                "question": d["question"],
                # A 👎 says the answer should have been there or been right: a person adds the
                # expected quotes, or sets answerable to false if tqa should have abstained.
                "answerable": True,
                "expected_quotes": [],
                "expected_sources": [],
                "history": d["history"],
                "tags": [
                    "feedback",
                    "thumbs-down",
                    "abstained" if answer["abstained"] else "answered",
                ],
                "rejected_answer": answer["answer"],
                "rejected_quotes": [c["quote"] for c in answer["citations"]],
            }
        )
    return rows
