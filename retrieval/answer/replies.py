"""Questions that want the reply to someone: "What was the response to Dutton's question?"
names who asked, not who answered, and "What was Easterly's answer to Rubio?" both; the words
wanted are the turn after the asker's."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from retrieval.answer.query import REPLY_WORDS
from retrieval.index.lexical import terms
from retrieval.parse.roles import FLOOR_WORDS

# A word of a name in capitals, not its possessive: "O'Brien", "Sen.", "Dutton" of "Dutton's".
_WORD = r"[A-Z][\w.\-]*(?:['’](?!s\b)[A-Za-z][\w.\-]*)?"
# "the response to Dutton's question", "the answer to the Leader of the Opposition's
# questions", "the reply given to Senator Cruz's remarks"; with who replied named too,
# "Easterly's answer to Rubio", "say in reply to Mei", "respond to Sian Gwenllian", "answer
# Kuenssberg". A name or an office, in capitals.
_NAMED = rf"(?P<who>(?:the\s+)?{_WORD}(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?{_WORD}){{0,4}})"
# What someone says that another may take up: English's nouns for a turn's point.
_SAID = (
    r"(?i:question|questions|query|queries|point|points|remarks?|comments?|challenge|argument"
    r"|arguments|proposal|proposals|suggestion|suggestions|idea|ideas|objection|objections)\b"
)
_REPLY_TO = re.compile(
    rf"\b(?:(?i:in)\s+)?(?i:{REPLY_WORDS})\s+"
    rf"(?:(?i:given)\s+)?(?:(?i:to)\s+)?{_NAMED}(?:['’]s\s+{_SAID})?"
)
# What someone named thought of another's point: "What did Hannah think about Marcus's
# argument?", "Did Ben agree with Dana's idea?" want Hannah's (Ben's) words after Marcus's
# (Dana's). English's verbs for taking a point up.
_VIEW_OF = re.compile(
    r"\b(?i:(?:think|thought|feel|felt)\s+(?:about|of)|(?:dis)?agreed?\s+with|react(?:ed)?\s+to"
    r"|(?:support|oppos|accept|reject|lik)(?:e|es|ed)?)\s+"
    rf"{_NAMED}['’]s\s+{_SAID}"
)


def replied_to(question: str, answerer_named: bool = False) -> str:
    """Whom the question wants the reply to ("Dutton", "Rubio"), or "". With
    `answerer_named` (the question names whose words it wants), whose point they took up too
    ("Marcus" of "What did Hannah think about Marcus's argument?")."""
    m = _REPLY_TO.search(question) or (_VIEW_OF.search(question) if answerer_named else None)
    return m.group("who").rstrip(".") if m else ""


def nothing_else(question: str) -> bool:
    """Whether the question wants the reply and nothing about it ("What was the response to
    Dutton's question?", not "... question about power bills?"): any reply answers it."""
    m = _REPLY_TO.search(question)
    return m is not None and not set(terms(question)) - set(terms(m.group(0)))


def without_reply(question: str) -> str:
    """The question without whom it wants the reply to: "What was Easterly's ?" of "What was
    Easterly's answer to Rubio?", to be read for what else it asks."""
    return _VIEW_OF.sub(" ", _REPLY_TO.sub(" ", question, count=1), count=1)


def answering(
    spans: Sequence[Any], askers: Sequence[str], ranked: list[int], asks: Callable[[Any], bool]
) -> list[int]:
    """Of `ranked`, the candidates that reply to an asker: in the turn after one of theirs that
    puts a question (`asks`: of a candidate), by someone else."""
    asked = {(s.doc_id, s.turn) for s in spans if s.speaker in askers and asks(s)}
    return [i for i in ranked if follows(spans[i], asked, askers)]


def put_to(spans: Sequence[Any], addressees: Sequence[str], ranked: list[int]) -> list[int]:
    """Of `ranked`, the candidates said to an addressee: in the turn before one of theirs, by
    someone else ("What did the chair ask the governor?": the question his answer follows)."""
    answered = {(s.doc_id, s.turn) for s in spans if s.speaker in addressees}
    return [
        i
        for i in ranked
        if (spans[i].doc_id, spans[i].turn + 1) in answered and spans[i].speaker not in addressees
    ]


def follows(s: Any, asked: set[tuple[str, int]], askers: Sequence[str]) -> bool:
    """Whether candidate or quote `s` is in the turn after one of `asked` ((document, turn)
    pairs), by someone other than `askers`: a reply."""
    return (s.doc_id, s.turn - 1) in asked and s.speaker not in askers


# Words between two turns' sentences beyond which something lies between them (more than a
# label, "The Chair (Hon. Anthony Rota (Nipissing—Timiskaming, Lib.)):").
_LABEL_WORDS = 10


def reply_turn(sentences: Sequence[Any], texts: dict[str, str], doc_id: str, turn: int) -> int:
    """The turn that replies to `turn`: the next, or the one after it where the next is a word
    of the floor's ("That is an important question. Martin?", "Mm-hmm."), no more than
    `FLOOR_WORDS`, whole among the retrieved `sentences` (of `texts`), between two other
    speakers' turns."""
    mine = sorted((s for s in sentences if s.doc_id == doc_id), key=lambda s: s.start)
    text = texts.get(doc_id, "")
    floor = [i for i, s in enumerate(mine) if s.turn == turn + 1]
    if not floor or floor[0] == 0 or floor[-1] + 1 == len(mine):
        return turn + 1
    before, after = mine[floor[0] - 1], mine[floor[-1] + 1]
    said = text[mine[floor[0]].start : mine[floor[-1]].end].split()
    whole = (
        before.turn == turn
        and after.turn == turn + 2
        and len(text[before.end : mine[floor[0]].start].split()) <= _LABEL_WORDS
        and len(text[mine[floor[-1]].end : after.start].split()) <= _LABEL_WORDS
    )
    if whole and len(said) <= FLOOR_WORDS and after.speaker != before.speaker:
        return turn + 2
    return turn + 1
