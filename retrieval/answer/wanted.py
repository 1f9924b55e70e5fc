"""Whether a question naming a speaker wants their words and nothing else ("What did McPherson
ask?"), and whom they spoke to ("What did Warren ask Barr?")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from retrieval.index.lexical import terms
from retrieval.parse.dates import without_dates


@functools.cache
def _summary_terms() -> frozenset[str]:
    """Words that ask for someone's words as a whole (stemmed once, not at import)."""
    return frozenset(terms("summarize summarise summary recap"))


@functools.cache
def _speech_terms() -> frozenset[str]:
    """Nouns for what someone said (stemmed once, not at import)."""
    return frozenset(
        terms("remarks comments words statement speech testimony answers questions response reply")
    )


def asks_only_for(
    question: str,
    subject: str,
    names_speaker: Callable[[str], bool] = lambda who: False,
    setting: str = "",
) -> bool:
    """Whether the question asks for the subject's words and nothing else ("What did
    McPherson ask?", "What did the Chair say?"): no word but the subject's and the verb after
    it, and whom they spoke to if `names_speaker` finds a speaker so named ("What did Warren
    ask Barr?", "... ask the Prime Minister?"). Such a question has no topic to be off; any
    of their words answer it. When they spoke is no topic ("What did she say on 20 October?"),
    nor where: the words of the `setting` (the titles and places of their transcripts: "What
    did she say at the budget hearing?")."""
    question = without_dates(question)
    after = re.search(re.escape(subject) + r"\W+(\w+)(.*)", question, re.IGNORECASE)
    allowed = (
        set(terms(subject)) | set(terms(after.group(1) if after else "")) | set(terms(setting))
    )
    if (to := addressee(question, subject)) and names_speaker(to):
        allowed |= set(terms(to))
    if after and (then := re.fullmatch(r"\s+to\s+(\w+)\W*", after.group(2))):
        allowed |= set(terms(then.group(1)))  # a verb going on: "want to know", "have to say"
    if after and after.group(1).lower() == "s":
        # What they said, as theirs: "Summarize Kim's remarks", "What were McPherson's
        # questions?" (not "McPherson's view", which is of something).
        allowed |= set(terms(after.group(2))) & _speech_terms()
    # Words that ask for someone's words as a whole, not about anything: "Summarize what
    # Victor said.", "Give me a summary of what she said", "Recap what the chair said."
    allowed |= _summary_terms()
    return not set(terms(question)) - allowed


def addressee(question: str, subject: str) -> str:
    """Whom the subject's words were said to, by name or office, right after the verb: "Barr"
    of "What did Warren ask Barr?", "the Prime Minister" of "... say to the Prime Minister?";
    or ""."""
    after = re.search(re.escape(subject) + r"\W+\w+(.*)", question, re.IGNORECASE)
    to = _ADDRESSEE.fullmatch(after.group(1)) if after else None
    return to.group(1).strip() if to else ""


_ADDRESSEE = re.compile(
    r"\s+(?:to\s+)?((?:[A-Z][\w'’.\-]*\s*){1,4}|the\s+(?:[\w'’.\-]+\s*){1,4})\W*"
)
