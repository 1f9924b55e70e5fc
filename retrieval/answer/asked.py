"""Whom a question asks about, read with the conversation it follows on from: its own names,
a follow-up's name alone ("And Teague?"), or whom the latest question before named."""

from __future__ import annotations

import re
from typing import Any

from retrieval.answer import names, replies
from retrieval.answer.query import Query, named_alone
from retrieval.answer.speaker_match import speaker_matches


def whom_asked(query: Query, speakers: tuple[str, ...], offices: Any) -> tuple[str, list[str]]:
    """Whom the question asks about (`names.whom`), or a follow-up names alone ("And Teague?").
    A follow-up that names nobody asks about whom the latest question before named ("And what
    about billing?" after "What did Chloe say about the fixes?": Chloe's words still); not when
    it wants whoever asked or replied ("Who asked her?") or speaks of others ("What did the
    others say?", "What did they decide?")."""
    subject, named = _named(query.text, speakers, offices, follow_up=bool(query.context))
    if named or not query.context or _about_asking(query.text) or names.means_others(query.text):
        return subject, named
    carried, carried_named = _carried(query.context, speakers, offices)
    return (carried, carried_named) if carried_named else (subject, named)


def _carried(context: str, speakers: tuple[str, ...], offices: Any) -> tuple[str, list[str]]:
    """Whom the latest earlier question that names anyone asks about: Teague, in "Will Voss
    raise property taxes? And Teague?"."""
    for part in reversed(re.split(r"(?<=[?!])\s+", context)):
        subject, named = _named(part, speakers, offices, follow_up=True)
        if named:
            return subject, named
    return names.whom(context, speakers, offices)


def _named(
    question: str, speakers: tuple[str, ...], offices: Any, follow_up: bool
) -> tuple[str, list[str]]:
    """`names.whom`, or, in a follow-up, whom it names alone ("And Teague?" after "Will Voss
    raise property taxes?")."""
    subject, named = names.whom(question, speakers, offices)
    alone = named_alone(question) if follow_up and not named else ""
    found = speaker_matches(alone, speakers, offices) if alone else []
    return (alone, found) if found else (subject, named)


def _about_asking(question: str) -> bool:
    """The question is about who asked, or about a reply to someone."""
    return (
        names.asks_who_asked(question)
        or names.asks_of_askers(question)
        or bool(replies.replied_to(question))
    )
