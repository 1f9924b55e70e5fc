"""A question typed all in lower case (as in a chat), read with the capitals the transcripts
give the names of who speaks: "what did mcgrath ask the taoiseach" as "what did McGrath ask
the Taoiseach", so that whom it names is found as in a question written with them. (Its other
words are left: the embedding model and the word search ignore case, and offices in lower
case are found as they are.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from retrieval.index.lexical import terms
from retrieval.parse.casing import WORD, words
from retrieval.parse.label_words import TITLE_WORDS

_THE = re.compile(r"^the\s+", re.IGNORECASE)
_TITLE = "|".join(sorted(TITLE_WORDS - {"the", "and", "of", "for"}, key=len, reverse=True))
_TITLED = re.compile(rf"\b(?:(?:{_TITLE})\.?\s+)+(?=[A-Z])")


def uncased(question: str) -> bool:
    """No capital at all ("I" aside), as typed in a chat, or no lower-case letter. (A question
    that opens on a capital is read as written: one that names "the project manager" in lower
    case asks about the project's manager as often as about `Project Manager:`.)"""
    letters = re.sub(r"\bI\b", "", question)
    return not any(c.isupper() for c in letters) or not any(c.islower() for c in letters)


def truecase(
    question: str,
    speakers: Sequence[str],
    offices: Collection[str],
    capitals: Mapping[str, tuple[str, int, int]],
    chunks_with: Callable[[str], int],
) -> str:
    """An `uncased` question with the speakers' whole names it gives written as their labels
    write them ("industrial designer"), and each other word of a speaker's name (not of a
    title or of `offices`, which are found in lower case) as the transcripts write it, where
    they capitalise it (`Manifest.capitals`) more often than not and at least as often as
    there are chunks holding it (`chunks_with`, of its index term: transcripts that write it
    only in lower case count against it, as "green" does against a Green)."""
    if not any(c.islower() for c in question):
        question = question.lower()
    for name in sorted((_THE.sub("", s) for s in speakers), key=len, reverse=True):
        if len(words(name)) > 1:
            pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
            question = re.sub(pattern, name, question, flags=re.IGNORECASE)
    named = {w.lower() for s in speakers for w in words(s)} - TITLE_WORDS
    named -= {w.lower() for o in offices for w in words(o)}
    acronyms = {
        "".join(w[0] for w in words(part) if w[0].isupper())
        for office in offices
        for part in office.split(",")
    }
    acronyms = {a.lower(): a for a in acronyms if len(a) > 2}  # not "me", "us" or "ad"

    def written(m: re.Match) -> str:
        w = m.group()
        if w in acronyms:  # "the cfo": the Chief Financial Officer
            return acronyms[w]
        if not w.islower() or w not in named:
            return w
        form, capital, lower = capitals.get(w, (w, 0, 0))
        term = terms(w)  # none for "the"
        if capital > lower and capital >= (chunks_with(term[0]) if term else 0):
            return form
        return w

    # A title before a name so written is part of it: "Deputy McGrath", "Dr. Santos".
    return _TITLED.sub(lambda m: m.group().title(), WORD.sub(written, question))
