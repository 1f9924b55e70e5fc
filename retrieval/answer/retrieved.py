"""What a retrieval found, and what the selector and the abstention read of it."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from retrieval.answer import names, speaker_match
from retrieval.answer.query import Query
from retrieval.index.chunking import Sentence
from retrieval.index.lexical import terms
from retrieval.index.manifest import Filters


@dataclass(frozen=True)
class RetrievedSentence(Sentence):
    """A sentence of a retrieved chunk: where it sits, besides its span, speaker and turn."""

    chunk_id: str
    doc_id: str
    n: int  # index in its chunk


@dataclass(frozen=True)
class RetrievedChunk:
    id: str
    doc_id: str
    rank: int  # after fusion, 0 = best
    dense: float  # cosine with the question read with its history (0 when not in the dense list)


# Reporters and chairs ask; officials and participants answer. One feature for the askers, so
# what is learned from committee chairs carries over to reporters.
ASKING_ROLES = ("reporter", "moderator")
# Verbs that ask for questions put: "What did she ask?", "... want to know?"; not a request:
# "What did Putin ask the Government to do?", "What did she ask for?".
_ASKING = re.compile(
    r"\b(?:ask|asked|question|questioned|quer(?:y|ied)|want(?:s|ed)?\s+to\s+know)\b", re.I
)
_REQUEST = re.compile(r"\bask(?:s|ed)?\b(?:\s+[\w'’.\-]+){0,4}?\s+(?:to|for)\b", re.I)


@dataclass
class Retrieved:
    query: Query
    filters: Filters
    vectors: Any  # (2, 384): the question, and the question read with its history
    chunks: list[RetrievedChunk]
    sentences: list[RetrievedSentence]
    sentence_vectors: Any  # (len(sentences), 384)
    texts: dict[str, str] = field(default_factory=dict)  # doc_id -> file text
    titles: dict[str, str] = field(default_factory=dict)  # doc_id -> title, of those texts
    question_terms: frozenset[str] = frozenset()  # of the question read with its history
    corpus_terms: frozenset[str] = frozenset()  # those of them the search can reach
    speaker_terms: frozenset[str] = frozenset()  # those of them that are words of a speaker's name
    # Those naming the speakers it asks about that no transcript or label says: the given name
    # in "What did Rose Luckin say?" of a `Professor Luckin:` (who, not what about).
    subject_terms: frozenset[str] = frozenset()
    term_idf: dict[str, float] = field(default_factory=dict)  # the question's terms' rarity
    absent_subject: str | None = None  # a person asked about whom the transcripts never name
    spelt_like: tuple[str, ...] = ()  # speakers whose names are spelt nearly as that one's
    asked_about: tuple[str, ...] = ()  # the speakers the question names (by name or office)
    tasked: tuple[str, ...] = ()  # those it asks what others gave them to do (`asks_tasks`)
    # It asks what was left to do ("What are the action items?"): passages that give or take
    # a task answer it (`commitments`).
    wants_actions: bool = False
    # The words it asks who said ("Who said 'we will not be deterred'?"), folded, where a
    # retrieved passage says them (`phrases`): those passages alone answer.
    said_words: tuple[str, ...] = ()
    introduced: tuple[str, ...] = ()  # the speakers it asks who they are ("Who is Jo Ng?")
    only_speakers: tuple[str, ...] = ()  # the speaker filter the asker gave (`--speaker`)
    one_transcript: bool = False  # the search reaches a single transcript
    # The question asks only for a named speaker's words ("What did McPherson ask?"): its
    # passages are far from it whatever they say, and it cannot be off-topic.
    topic_free: bool = False
    # Whose question it wants the reply to ("What was the response to Dutton's question?").
    replies_to: tuple[str, ...] = ()
    # The sentences of the turn that opens the chunk after a retrieved one ending on a
    # question, where that chunk was not retrieved: the reply may open the next chunk.
    next_turns: tuple[RetrievedSentence, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)  # ms of each stage, by name

    @property
    def in_documents(self) -> bool:
        """Confined to documents (`--doc`) or to the one transcript an index holds: what
        answers is then less close to the question than the best of many transcripts."""
        return bool(self.filters.doc_ids) or self.one_transcript

    @property
    def chunk_ids(self) -> list[str]:
        return [c.id for c in self.chunks]

    def words(self, start: int, end: int, doc_id: str) -> str:
        return self.texts[doc_id][start:end]

    @functools.cached_property
    def wants_askers(self) -> bool:
        """ "Who asked about ...?": the words it wants are an asker's."""
        return names.asks_who_asked(self.query.text)

    def names_speaker(self, speaker: str, role: str) -> bool:
        """Whether the question names this speaker: one it asks about, by name, initials or
        office ("What did Owen's comment ..."), or an asker where it asks who asked."""
        if speaker in self.tasked:
            return False  # a topic: "What was Felix asked to do?"
        # Whom the question asks about, once found, are those it names: "And Teague?" after
        # "Will Voss raise property taxes?" names Voss no longer.
        asked = self.query.text if self.asked_about else self.query.resolved
        return (
            speaker in self.asked_about
            or speaker_match.speaker_named(speaker, asked)
            or ((self.wants_askers or self.about_askers) and role in ASKING_ROLES)
        )

    @functools.cached_property
    def wants_questions(self) -> bool:
        """ "What did Hannah ask?": the words it wants are questions (when it asks for nothing
        else: `topic_free`)."""
        text = self.query.text
        return _ASKING.search(text) is not None and _REQUEST.search(text) is None

    @functools.cached_property
    def about_askers(self) -> bool:
        """ "What did a reporter ask about ...?": any asker is whom it asks about."""
        return names.asks_of_askers(self.query.text)

    @functools.cached_property
    def sentence_terms(self) -> list[set[str]]:
        """The stemmed content words of each sentence."""
        return [set(terms(self.words(s.start, s.end, s.doc_id))) for s in self.sentences]

    @functools.cached_property
    def title_terms(self) -> frozenset[str]:
        """The question's words that only the titles of the passages' transcripts hold, none of
        their sentences: where it was said, not what ("Northwind" of "When does Northwind
        expect to break even?" at the "Northwind All-Hands")."""
        titled = set(terms(" ".join(self.titles.values()))) & self.question_terms
        return frozenset(titled - set().union(*self.sentence_terms))
