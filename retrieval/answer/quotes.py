"""A quote an answer gives, and what choosing and ordering quotes ask of one: its words, who
said them, whether it asks, whether it overlaps another."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.answer.features import Span
from retrieval.answer.retrieved import Retrieved, RetrievedSentence
from retrieval.parse.roles import puts_question
from retrieval.parse.speakers import name_words


@dataclass(frozen=True)
class Quote:
    chunk_id: str
    doc_id: str
    start: int
    end: int
    speaker: str
    role: str
    score: float  # the selector's probability
    turn: int  # index of its turn in the transcript


def quote_of(s: Span | RetrievedSentence, score: float) -> Quote:
    return Quote(s.chunk_id, s.doc_id, s.start, s.end, s.speaker, s.role, score, s.turn)


def text_of(r: Retrieved, s: Span | Quote) -> str:
    return r.words(s.start, s.end, s.doc_id)


def said_by(r: Retrieved, s: Span | Quote) -> tuple[str, str]:
    """Who said what, however the text is laid out."""
    return s.speaker, " ".join(text_of(r, s).split())


def repeats(said: tuple[str, str], quoted: list[tuple[str, str]]) -> bool:
    """Whether these words of theirs are quoted already, or hold a quote of theirs: the same
    passage of two copies of a transcript."""
    who, words = said
    return any(who == other and (words in those or those in words) for other, those in quoted)


def overlap(s: Span | Quote, q: Quote) -> bool:
    return s.doc_id == q.doc_id and s.start < q.end and q.start < s.end


def asks(r: Retrieved, s: Span | Quote) -> bool:
    """The quote is a question someone put."""
    return text_of(r, s).rstrip().endswith("?")


def puts_question_in(r: Retrieved, s: Span | Quote) -> bool:
    """Some sentence of the quote is a question: "Dana, what does the package include? People
    want to know." asks, as its last sentence does not."""
    return puts_question(text_of(r, s))


def names_other(r: Retrieved, s: Span | Quote, people: tuple[str, ...]) -> bool:
    """Someone else's words name one of `people` (whose task the question asks, or who they
    are), not as whose something is ("Sofia's question")."""
    text = text_of(r, s)
    return s.speaker not in people and any(
        re.search(rf"\b{re.escape(w)}\b(?!['’]s\b)", text) for t in people for w in name_words(t)
    )
