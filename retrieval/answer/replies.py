"""Questions that want the reply to someone's question: "What was the response to Dutton's
question?" names who asked, not who answered; the words wanted are the turn after theirs."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from retrieval.index.lexical import terms

# "the response to Dutton's question", "the answer to the Leader of the Opposition's
# questions", "the reply given to Senator Cruz's remarks".
_REPLY_TO = re.compile(
    r"\b(?i:response|responses|reply|replies|answer|answers)\s+(?:(?i:given)\s+)?(?i:to)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’.\-]*){0,4})['’]s\s+"
    r"(?i:question|questions|query|queries|point|points|remarks?|comments?|challenge)\b"
)


def replied_to(question: str) -> str:
    """Whose question the question wants the reply to ("Dutton"), or ""."""
    m = _REPLY_TO.search(question)
    return m.group("who") if m else ""


def nothing_else(question: str) -> bool:
    """Whether the question wants the reply and nothing about it ("What was the response to
    Dutton's question?", not "... question about power bills?"): any reply answers it."""
    m = _REPLY_TO.search(question)
    return m is not None and not set(terms(question)) - set(terms(m.group(0)))


def answering(
    spans: Sequence[Any], askers: Sequence[str], ranked: list[int], asks: Callable[[Any], bool]
) -> list[int]:
    """Of `ranked`, the candidates that reply to an asker: in the turn after one of theirs that
    puts a question (`asks`: of a candidate), by someone else."""
    asked = {(s.doc_id, s.turn) for s in spans if s.speaker in askers and asks(s)}
    return [i for i in ranked if follows(spans[i], asked, askers)]


def follows(s: Any, asked: set[tuple[str, int]], askers: Sequence[str]) -> bool:
    """Whether candidate or quote `s` is in the turn after one of `asked` ((document, turn)
    pairs), by someone other than `askers`: a reply."""
    return (s.doc_id, s.turn - 1) in asked and s.speaker not in askers
