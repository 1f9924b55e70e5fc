"""Questions that ask who said given words ("Who said 'we will not be deterred'?") and where a
transcript says them word for word.

A quote's words are what the user remembers; the passages that hold them are found by reading,
not by likeness: where any reachable transcript says them, those passages alone answer, whoever
said them. Compared word by word, whatever the case, accents, quotation marks or punctuation
between the words ("Nobody, and I mean nobody, ..." holds "nobody and I mean nobody"). Where no
transcript says them, the question is answered as any other: the user may misremember.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from retrieval.index.lexical import unaccented

# Asked who (or where, when, which speaker, whether) said, used or called something: "Who said
# ...", "Which senator called the plan ...", "When did the chair use the words ...", "Did Powell
# say ..."; or a search for the words themselves ("Find the quote ...").
_ASKS = re.compile(
    r"^\W*(?:(?:who|whom|which|where|when|in\s+(?:which|what)|did|does|do|has|have|had)\b.*?"
    r"\b(?:say|says|said|saying|use|uses|used|using|call|calls|called|coin|coined|mention"
    r"|mentions|mentioned|ask|asks|asked|write|wrote|written|describe|describes|described"
    r"|utter|uttered|quote|quoted|put\s+it)\b"
    r"|(?:find|locate|search\s+for|show\s+me)\b)",
    re.IGNORECASE,
)
# Words in quotation marks: double ones, or single ones that are no apostrophe (an opening mark
# after a space or a bracket, a closing one before a space, a mark or the end).
_QUOTED = re.compile(
    r"[\"“”„](?P<double>[^\"“”„]+)[\"“”„]"
    r"|(?:^|(?<=[\s(\[:]))['‘’](?P<single>.+?)['‘’](?=[\s?.!,;:)\]]|$)"
)
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def asked_words(question: str) -> list[str]:
    """The words a question asks who said, folded (`fold`), or none when it asks no such
    thing: "Who called the plan 'reckless'?" -> ["reckless"]."""
    if not _ASKS.search(question):
        return []
    quoted = _QUOTED.search(question)
    if not quoted:
        return []
    return [fold(w) for w in _WORD.findall(quoted.group("double") or quoted.group("single"))]


def fold(word: str) -> str:
    """A word as two spellings of it compare: lower case, no accents, one apostrophe."""
    return unaccented(word.lower()).replace("’", "'")


def said_at(text: str, start: int, end: int, words: Sequence[str]) -> Iterator[tuple[int, int]]:
    """Where `text[start:end]` says `words` one after another: (start, end) of each place."""
    if not words:
        return
    found = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text, start, end)]
    n = len(words)
    for i in range(len(found) - n + 1):
        if all(found[i + k][2] == w for k, w in enumerate(words)):
            yield found[i][0], found[i + n - 1][1]
