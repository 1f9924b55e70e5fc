"""Which words a transcript writes with a capital inside a sentence (names, places, acronyms),
so that the names in a question typed all in lower case ("what did mcgrath say about the
hse") can be read as if written with them ("McGrath")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from retrieval.parse.roles import Turn
from retrieval.parse.sentences import split_sentences

# A word, with an apostrophe inside a name ("O'Brien") but not a possessive's ("Marcus's").
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]{2,})*")


def words(text: str) -> list[str]:
    """The words of `text` as `capitals` counts them (one letter is no word here)."""
    return [w for w in WORD.findall(text) if len(w) > 1]


def capitals(text: str, turns: tuple[Turn, ...]) -> dict[str, list]:
    """Lower-cased word -> [its usual capitalised form, times written so, times in lower case],
    for the words written with a capital somewhere other than a sentence's start. A sentence
    with no lower-case letter (captions in capitals) tells nothing. A speaker's name counts at
    each of their turns, as its label names them ("Kwame Mensah" whom the text calls only
    "Kwame"), unless the text writes the word in lower case: a part, not a name ("Project
    Manager", "Participant 2", "Professor B")."""
    forms: dict[str, Counter] = {}
    lower: Counter = Counter()
    for turn in turns:
        for s, e in split_sentences(text, turn.start, turn.end):
            sentence = text[s:e]
            if not any(c.islower() for c in sentence):
                continue
            for w in words(sentence)[1:]:
                if w[0].isupper():
                    forms.setdefault(w.lower(), Counter())[w] += 1
                else:
                    lower[w.lower()] += 1
    for speaker, n in Counter(t.speaker for t in turns).items():
        for w in words(speaker):
            if w[0].isupper() and w.lower() not in lower:
                forms.setdefault(w.lower(), Counter())[w] += n
    return {key: list(counted) for key, counted in _counted(forms, lower).items()}


def summed(entries: Iterable[Mapping[str, Sequence]]) -> dict[str, tuple[str, int, int]]:
    """The `capitals` of several transcripts as one: each word's form most often written, and
    its counts added up."""
    forms: dict[str, Counter] = {}
    lower: Counter = Counter()
    for entry in entries:
        for key, (form, capital, lowered) in entry.items():
            forms.setdefault(key, Counter())[form] += capital
            lower[key] += lowered
    return _counted(forms, lower)


def _counted(forms: dict[str, Counter], lower: Counter) -> dict[str, tuple[str, int, int]]:
    """Word -> (its form most often written, times capitalised, times in lower case)."""
    return {
        key: (counts.most_common(1)[0][0], counts.total(), lower[key])
        for key, counts in sorted(forms.items())
    }
