"""BM25 over chunks (bm25s), persisted next to the Chroma store, and the words both share."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path
from typing import Any

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# NLTK's English stopwords (bm25s ships them as `STOPWORDS_EN_PLUS`; not imported from it,
# which would load bm25s for every question), less its contractions and the pieces of them
# ("didn't", "didn", "won", "ma"): `terms` cuts a word at its apostrophe, and "won" is a verb
# too. A test holds the list to bm25s's.
_NLTK_WORDS = (
    "a about above after again against all am an and any are as at be because been before "
    "being below between both but by can did do does doing down during each few for from "
    "further had has have having he her here hers herself him himself his how i if in into "
    "is it its itself just me more most my myself no nor not now of off on once only or "
    "other our ours ourselves out over own same she should so some such than that the their "
    "theirs them themselves then there these they this those through to too under until up "
    "very was we were what when where which while who whom why will with you your yours "
    "yourself yourselves s t don ll re ve d m"
)
_NLTK = frozenset(_NLTK_WORDS.split())
# Words a question about transcripts frames itself with ("What did Dr. Kim say about ...",
# "What was discussed ...", "Did she mention ..."), and speech's fillers and light verbs
# ("Yes, well, thanks, let me make one point"): in nearly every question or turn, they say
# that someone speaks, not what about. (In the index since its first version.)
_SPOKEN_WORDS = (
    "could would say said says tell told think talk talked speak spoke mention mentioned "
    "discuss discussed also ask asked give gave let us get got make made want wants like "
    "well yes thank thanks mr ms mrs dr"
)
SPOKEN_STOPWORDS = frozenset(_SPOKEN_WORDS.split())
STOPWORDS = _NLTK | SPOKEN_STOPWORDS


@functools.cache
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


def unaccented(text: str) -> str:
    """`text` without accents: "Fernández" -> "Fernandez", as a question typed without them
    spells it."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def terms(text: str) -> list[str]:
    """Lower-cased, stemmed content words of `text`, accents left out ("Québec" is "quebec",
    not "qu" and "bec")."""
    words = [w.replace("’", "'").split("'")[0] for w in _WORD.findall(unaccented(text).lower())]
    return _stemmer().stemWords([w for w in words if w and w not in STOPWORDS])


class Lexical:
    """A BM25 index whose document i is chunk ids[i]."""

    def __init__(self, retriever: Any, ids: list[str]) -> None:
        self.retriever = retriever
        self.ids = ids

    @classmethod
    def build(cls, ids: list[str], texts: list[str]) -> Lexical:
        import bm25s

        retriever = bm25s.BM25()
        if ids:
            retriever.index([terms(t) or ["∅"] for t in texts], show_progress=False)
        return cls(retriever, ids)

    def save(self, folder: Path) -> None:
        if self.ids:
            self.retriever.save(str(folder))

    @classmethod
    def load(cls, folder: Path, ids: list[str]) -> Lexical:
        import bm25s

        if not ids:
            return cls(None, [])
        return cls(bm25s.BM25.load(str(folder)), ids)

    def present(self, query_terms: list[str], admitted: set[int] | None = None) -> set[str]:
        """The terms that occur in some chunk (only chunks `admitted`, indexes into `ids`)."""
        if not self.ids:
            return set()
        vocab = self.retriever.vocab_dict
        indptr, rows = self.retriever.scores["indptr"], self.retriever.scores["indices"]
        out = set()
        for t in query_terms:
            i = vocab.get(t)
            if i is None or i + 1 >= len(indptr):
                continue
            docs = rows[indptr[i] : indptr[i + 1]]
            if admitted is None or any(int(d) in admitted for d in docs):
                out.add(t)
        return out

    def begun(self, query_terms: list[str], shortest: int = 4) -> set[str]:
        """The terms of `shortest` letters or more that begin a longer indexed word: a name
        in what is made of it ("Russia" in "Russian", "Obama" in "Obamacare")."""
        wanted = [t for t in query_terms if len(t) >= shortest]
        if not self.ids or not wanted:
            return set()
        return {t for t in wanted if any(v.startswith(t) for v in self.retriever.vocab_dict)}

    def frequency(self, query_terms: list[str]) -> dict[str, int]:
        """How many chunks hold each term."""
        if not self.ids:
            return {t: 0 for t in query_terms}
        vocab = self.retriever.vocab_dict
        indptr = self.retriever.scores["indptr"]
        out = {}
        for t in query_terms:
            i = vocab.get(t)
            out[t] = int(indptr[i + 1] - indptr[i]) if i is not None and i + 1 < len(indptr) else 0
        return out

    def idf(self, query_terms: list[str]) -> dict[str, float]:
        """Each term's rarity across chunks, log(1 + N / (1 + df)); a term the index lacks gets
        the largest value."""
        import math

        if not self.ids:
            return {t: 0.0 for t in query_terms}
        n = len(self.ids)
        return {t: math.log(1 + n / (1 + df)) for t, df in self.frequency(query_terms).items()}

    def scores(self, query_terms: list[str]) -> dict[str, float]:
        """Chunk id -> BM25 score, for chunks sharing a term with the query."""
        if not self.ids or not query_terms:
            return {}
        vocab = self.retriever.vocab_dict
        known = [t for t in query_terms if t in vocab]
        if not known:
            return {}
        raw = self.retriever.get_scores(known)
        return {self.ids[i]: float(s) for i, s in enumerate(raw) if s > 0}
