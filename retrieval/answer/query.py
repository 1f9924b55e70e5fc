"""Follow-up questions ("And what about China?", "Who is coordinating it?") read with their history."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.index.lexical import terms

_OPENERS = re.compile(
    r"^\s*(?:and|but|also|so|then|what about|how about|and what about|what else|anything else|"
    r"why|how so|did he|did she|does he|was that|is that|what did he|what did she)\b",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(
    r"\b(?:it|its|it's|that|this|they|them|their|those|these|he|him|his|she|her|there|"
    r"the same|such|one)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Query:
    text: str  # the question as asked
    context: str  # earlier turns it leans on ("" for a standalone question)

    @property
    def resolved(self) -> str:
        return f"{self.context} {self.text}".strip()


# English's words for a reply ("replies.py" reads whom it is to). One asked for with little
# else, "How did Tom answer?", answers what came before.
REPLY_WORDS = r"respon(?:se|ses|d|ds|ded)|repl(?:y|ies|ied)|answer(?:s|ed)?"
_REPLY = re.compile(rf"\b(?i:{REPLY_WORDS})\b")


def asks_reply(question: str) -> bool:
    """The question wants a reply, whether or not it says to whom."""
    return _REPLY.search(question) is not None


def is_follow_up(question: str) -> bool:
    content = terms(question)
    return (
        bool(_OPENERS.match(question))
        or (len(content) <= 3 and (bool(_ANAPHORA.search(question)) or asks_reply(question)))
        or len(content) <= 1
    )


# A follow-up that names someone and asks nothing else: "And Teague?", "What about the sheriff?"
# asks the question before of them.
_NAMED_ALONE = re.compile(
    r"^\s*(?:and|but|also|and what about|what about|how about)\s+(?P<who>[^?.!,]+?)\s*[?.!]?\s*$",
    re.IGNORECASE,
)


def named_alone(question: str) -> str:
    """Who a follow-up names with nothing else asked ("Teague" of "And Teague?"), or ""."""
    m = _NAMED_ALONE.match(question)
    return m.group("who") if m else ""


def resolve(question: str, history: list[str]) -> Query:
    """The question, with the earlier turn it follows on from (itself resolved) as context."""
    history = [h for h in history if h.strip()]
    if not history or not is_follow_up(question):
        return Query(question, "")
    previous = resolve(history[-1], history[:-1])
    return Query(question, previous.resolved)
