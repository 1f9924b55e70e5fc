"""Question sets (JSONL): loading with line-numbered errors, and where their expected quotes lie."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


class QuestionSetError(ValueError):
    """A malformed question set; the message names the file, line and field."""


@dataclass(frozen=True)
class Span:
    source: str  # file name
    start: int
    end: int


@dataclass
class Question:
    id: str
    question: str
    answerable: bool
    expected_quotes: list[str] = field(default_factory=list)
    expected_sources: list[str] = field(default_factory=list)
    expected_speaker: str | None = None
    history: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    doc: str | None = None  # asked within this document only, as with `--doc`
    line: int = 0
    spans: list[Span] = field(default_factory=list)  # every place an expected quote stands


_LISTS = ("expected_quotes", "expected_sources", "history", "tags")


def load_questions(path: Path, texts: dict[str, str]) -> list[Question]:
    """Parse and check a question set against `texts` (file name -> text of indexed sources)."""
    try:
        raw_lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise QuestionSetError(f"{path}: no such file") from None
    except UnicodeDecodeError:
        raise QuestionSetError(f"{path}: not UTF-8") from None
    out: list[Question] = []
    seen: set[str] = set()
    for n, line in enumerate(raw_lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise QuestionSetError(f"{where}: bad JSON ({e.msg} at column {e.colno})") from None
        if not isinstance(row, dict):
            raise QuestionSetError(f"{where}: expected a JSON object")
        q = _question(row, where, n)
        if q.id in seen:
            raise QuestionSetError(f"{where}: field 'id': duplicate id {q.id!r}")
        seen.add(q.id)
        q.spans = _spans(q, texts, where)
        out.append(q)
    if not out:
        raise QuestionSetError(f"{path}: no questions")
    return out


def _question(row: dict, where: str, n: int) -> Question:
    question = row.get("question")
    if not isinstance(question, str) or not question.strip():
        raise QuestionSetError(f"{where}: field 'question': missing or empty")
    qid = row.get("id", f"line-{n}")
    if not isinstance(qid, str | int):
        raise QuestionSetError(f"{where}: field 'id': must be a string")
    answerable = row.get("answerable", True)
    if not isinstance(answerable, bool):
        raise QuestionSetError(f"{where}: field 'answerable': must be true or false")
    for name in _LISTS:
        value = row.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise QuestionSetError(f"{where}: field '{name}': must be a list of strings")
    speaker = row.get("expected_speaker") or None
    if speaker is not None and not isinstance(speaker, str):
        raise QuestionSetError(f"{where}: field 'expected_speaker': must be a string")
    doc = row.get("doc")
    if doc is not None and (not isinstance(doc, str) or not doc.strip()):
        raise QuestionSetError(f"{where}: field 'doc': must be a file name or document id")
    if answerable and not row.get("expected_quotes"):
        raise QuestionSetError(
            f"{where}: field 'expected_quotes': an answerable question needs one"
        )
    return Question(
        id=str(qid),
        question=question,
        answerable=answerable,
        expected_quotes=row.get("expected_quotes", []),
        expected_sources=row.get("expected_sources", []),
        expected_speaker=speaker,
        history=row.get("history", []),
        tags=row.get("tags", []),
        doc=doc,
        line=n,
    )


def _spans(q: Question, texts: dict[str, str], where: str) -> list[Span]:
    if q.doc is not None and Path(q.doc).name not in texts:
        raise QuestionSetError(f"{where}: field 'doc': {q.doc!r} is not an indexed source")
    names = [Path(s).name for s in q.expected_sources]
    for name in names:
        if name not in texts:
            raise QuestionSetError(
                f"{where}: field 'expected_sources': {name!r} is not an indexed source"
            )
    spans = []
    for i, quote in enumerate(q.expected_quotes):
        found = [
            Span(name, at, at + len(quote))
            for name in (names or sorted(texts))
            for at in _all(texts[name], quote)
        ]
        if not found:
            raise QuestionSetError(
                f"{where}: field 'expected_quotes[{i}]': not found verbatim in "
                f"{', '.join(names) or 'any indexed source'}: {quote[:60]!r}"
            )
        spans += found
    return spans


def _all(text: str, quote: str) -> list[int]:
    out, at = [], text.find(quote)
    while at >= 0 and quote:
        out.append(at)
        at = text.find(quote, at + 1)
    return out


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Spans overlap by at least half of the shorter one (DESIGN.md's hit rule)."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    return shared > 0 and shared * 2 >= min(a_end - a_start, b_end - b_start)
