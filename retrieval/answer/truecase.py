"""A question typed in lower case (as in a chat, or after a capital, as a phone writes it),
read with the capitals the transcripts give the names of who speaks: "what did mcgrath ask
the taoiseach" as "what did McGrath ask the Taoiseach", so that whom it names is found as in
a question written with them. (Its other words are left: the embedding model and the word
search ignore case, and offices in lower case are found as they are.)"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from retrieval.index.lexical import terms
from retrieval.parse.casing import WORD, words
from retrieval.parse.label_words import TITLE_WORDS
from retrieval.parse.speakers import initials as speaker_initials

_THE = re.compile(r"^the\s+", re.IGNORECASE)
_TITLE = "|".join(sorted(TITLE_WORDS - {"the", "and", "of", "for"}, key=len, reverse=True))
_TITLED = re.compile(rf"\b(?:(?:{_TITLE})\.?\s+)+(?=[A-Z])")


def uncased(question: str) -> bool:
    """No capital at all ("I" aside), as typed in a chat, or no lower-case letter."""
    letters = re.sub(r"\bI\b", "", question)
    return not any(c.isupper() for c in letters) or not any(c.islower() for c in letters)


# What may stand before a question's first letter.
_BEFORE_FIRST = " \t\"'“‘(¿¡"


def opens_on_capital(question: str) -> bool:
    """Its first letter its only capital ("I" aside), as a phone's keyboard writes a question
    typed in lower case: "What did justice kagan ask"."""
    letters = re.sub(r"\bI\b", "", question.lstrip(_BEFORE_FIRST))
    return letters[:1].isupper() and not any(c.isupper() for c in letters[1:])


class NameCase:
    """Gives a question typed in lower case the capitals of the names it gives: the speakers'
    whole names as their labels write them ("industrial designer"), offices' and speakers'
    initials of three letters or more ("the cfo", "lbj"), a title before a name so written
    ("deputy McGrath"), and each other word of a speaker's name (not of a title or of
    `offices`, which are found in lower case) as the transcripts write it, where they
    capitalise it (`Manifest.capitals`) more often than not and at least as often as there are
    chunks holding it (`frequency`, of its index term: transcripts that write it only in lower
    case count against it, as "green" does against a Green).

    A question that `opens_on_capital` (as a phone writes it) is read as written when that
    names someone (`names_someone`): offices in lower case are found as they are ("the project
    manager"), and capitals given to "the industrial designer and the user interface designer"
    would make the two one name. One that names nobody as written is read with capitals if it
    then names someone."""

    def __init__(
        self,
        speakers: Sequence[str],
        offices: Collection[str],
        capitals: Mapping[str, tuple[str, int, int]],
        frequency: Callable[[list[str]], dict[str, int]],
        names_someone: Callable[[str], bool],
    ) -> None:
        whole = {n.lower(): n for s in speakers if words(n := _THE.sub("", s))}
        self._whole = whole
        # A one-word name after "the" is a part, as written in lower case: "the moderator"
        # (found as an office is), but "marketing" of `Marketing:` alone.
        alternatives = [
            re.escape(n) if " " in n else rf"(?<!\bthe\s){re.escape(n)}"
            for n in sorted(whole, key=len, reverse=True)
        ]
        self._names = (
            re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)
            if whole
            else None
        )
        named = {w.lower() for s in speakers for w in words(s)} - TITLE_WORDS
        self._named = named - {w.lower() for o in offices for w in words(o)}
        initials = {
            "".join(w[0] for w in words(part) if w[0].isupper())
            for office in offices
            for part in office.split(",")
        }
        # Not two letters: "me" of a Minister of Education, "us", "ad" are words.
        self._acronyms = {a.lower(): a for a in initials if len(a) > 2}
        # A speaker's initials, "lbj" for Lyndon B. Johnson (`speaker_matches` reads three
        # capitals or more so), unless the transcripts write the word in lower case.
        self._initials = {i.lower(): i for s in speakers if len(i := speaker_initials(s)) > 2}
        self._capitals = capitals
        self._frequency = frequency
        self._names_someone = names_someone

    def __call__(self, question: str) -> str:
        if uncased(question):
            return self._cased(question if any(c.islower() for c in question) else question.lower())
        if not opens_on_capital(question) or self._names_someone(question):
            return question
        start = len(question) - len(question.lstrip(_BEFORE_FIRST))
        first = question[start]
        cased = self._cased(question[:start] + first.lower() + question[start + 1 :])
        if cased[start] == first.lower():  # not a name ("Will ..." of "Will the bank ...")
            cased = cased[:start] + first + cased[start + 1 :]
        return cased if self._names_someone(cased) else question

    def _cased(self, question: str) -> str:
        if self._names:
            question = self._names.sub(lambda m: self._whole[m.group().lower()], question)
        cased = WORD.sub(self._written, question)
        # A title before a name so written is part of it: "Deputy McGrath", "Dr. Santos".
        return _TITLED.sub(lambda m: m.group().title(), cased)

    def _written(self, m: re.Match) -> str:
        w = m.group()
        if w in self._acronyms:  # "the cfo": the Chief Financial Officer
            return self._acronyms[w]
        if not w.islower() or (w not in self._initials and w not in self._named):
            return w
        term = terms(w)  # none for "the"
        form, capital, lower = self._capitals.get(w, (w, 0, 0))
        chunks = self._frequency(term)[term[0]] if term else 0
        if w in self._initials and term and capital >= max(lower, chunks):
            return self._initials[w]  # as a name never written at all is one
        named = w in self._named and capital > lower and capital >= chunks
        return form if named else w
