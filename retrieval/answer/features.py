"""Candidate quotes and what describes them, in terms that carry over to any transcript.

A candidate is a sentence of a retrieved chunk, or a window of adjacent sentences of one turn.
Its features are similarities, word overlap, role and length: nothing about a particular
corpus. The selector (`model.py`) turns them into the probability that the candidate lies in
the passage that answers the question; `question_features` describes the whole retrieval, for
the probability that the question is answered at all.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from retrieval.answer.retrieved import ASKING_ROLES, Retrieved
from retrieval.index.lexical import terms
from retrieval.parse.label_words import TITLE_WORDS
from retrieval.vectors import unit

FEATURES = (
    "sim_question",  # cosine of the candidate with the question as asked
    "sim_resolved",  # ... with the question read with its history
    "sim_best_sentence",  # its closest sentence's cosine
    "sim_turn",  # cosine of the turn it belongs to
    "sim_previous_turn",  # cosine of the turn just before it (another speaker's), 0 if none
    "previous_turn_asks",  # that turn asks: it ends with "?", or is a reporter's, not short
    # It opens a reply to a question: where a press conference's, a hearing's or an
    # interview's answers begin (offline replay: press-dev +2, qmsum-val scoped +4, whole -1).
    "opens_reply",
    "sim_lead",  # its cosine less the best candidate's
    "sim_rank",  # its place among the candidates by cosine, 0 = best, 1 = worst
    "lexical",  # share of the question's words (weighted by rarity) it contains
    "lexical_turn",  # ... that its turn contains
    # ... that the exchange it replies to contains: the question before it and the turn that
    # question follows ("... the chemical spill in lab three." "What caused it?" "A cracked
    # bottle."), 0 when the turn before asks nothing. (Its cosine as well was given no weight.)
    "lexical_exchange",
    "lexical_lead",  # its share less the best candidate's
    # A reporter's or the chair's words, and the question does not name them. QMSum's chairs
    # seldom hold the answer, so the fit weighs an asker's words down hard (about -4 log-odds);
    # a question about what a reporter said must not pay that (press-dev +3 questions, QMSum
    # unchanged). As a separate "asker named" feature it learned nothing: QMSum never asks that.
    "asker_unnamed",
    "role_unknown",  # nobody is known to say it
    "speaker_named",  # the question names its speaker (by name, initials or office)
    "is_question",  # it ends with a question mark
    "turn_asks",  # its turn asks (as above)
    "short",  # under `SHORT` words
    # How rare its words are among the retrieved sentences, on average and at most: content
    # rather than "Yeah, I think that's right." (offline: press-dev +2, qmsum-val whole +4,
    # scoped -2 questions).
    "rarity_mean",
    "rarity_max",
)
# Also tried, and left out because they made answers worse on the dev sets (press-dev and
# qmsum-val): the chunk's dense, BM25 and fused rank, and a candidate's position in its turn,
# length and number of sentences. QMSum's long answer passages reward them; press conferences,
# whose answers are a sentence or two, do not. Tried again with an interaction (opening a turn,
# times the cosine of the turn it replies to) and with gradient-boosted trees over these
# features: within a question or two of this selector on press-dev and qmsum-val together, and
# the trees fit QMSum's long passages worse. Opening a turn only where that turn replies to a
# question (`opens_reply`) is what carried over; the closest sentence of the turn before, or its
# last one, instead of the whole turn, added nothing.

# Not among them: the selector's own scores, which rank the candidates of one retrieval but
# do not compare across questions (they separated nothing on press-dev).
QUESTION_FEATURES = (
    "sim_best",  # the best cosine of any candidate
    "sim_top5_mean",
    "lexical_best",  # the largest share of the question's words in one candidate
    "chunk_dense_best",
    "known_terms",  # share of the question's words that occur where the search can reach
    "chunk_terms_best",  # largest share of the question's words in one retrieved chunk
    "known_rare",  # share, weighted by rarity in the index, of the question's words it holds
    "chunk_rare_best",  # ... that one retrieved chunk holds (the rarest words matter most)
    "known_names",  # share of the names the question gives (capitalised inside a sentence; not
    # its history's) in reach, or a speaker's
    "log_question_terms",
)


# Words under which a candidate is short, and a reporter's turn no point put to anyone.
SHORT = 5

# A capitalised word, and the word and mark before it: after "Dr." or "George W." a capital
# opens a name, after any other full stop a sentence.
_CAPITAL = re.compile(r"(?<![\w'’\-])[A-Z][\w'’\-]*")
_BEFORE = re.compile(r"(\w*)([.?!]?)\s*$")


def question_names(text: str) -> list[str]:
    """The capitalised words of `text` that do not open a sentence: "the Warren Commission"."""
    out = []
    for m in _CAPITAL.finditer(text):
        before, stop = _BEFORE.search(text, 0, m.start()).groups()
        opens = (
            not before
            or stop in ("?", "!")
            or (stop == "." and before.lower() not in TITLE_WORDS and len(before) > 1)
        )
        if not opens:
            out.append(m.group())
    return out


@dataclass(frozen=True)
class Span:
    """A candidate quote: sentences first..last (inclusive) of `Retrieved.sentences`."""

    first: int
    last: int
    doc_id: str
    chunk_id: str
    start: int
    end: int
    speaker: str
    role: str
    turn: int


def candidates(r: Retrieved, max_sentences: int, max_words: int) -> list[Span]:
    """Every sentence, and windows of up to `max_sentences` adjacent ones in one turn."""
    spans = []
    for group in _turn_groups(r):
        for i, a in enumerate(group):
            for j in group[i : i + max_sentences]:
                s, e = r.sentences[a], r.sentences[j]
                if j > a and len(r.words(s.start, e.end, s.doc_id).split()) > max_words:
                    break
                spans.append(
                    Span(a, j, s.doc_id, s.chunk_id, s.start, e.end, s.speaker, s.role, s.turn)
                )
    return spans


def _turn_groups(r: Retrieved) -> list[list[int]]:
    """Indexes of `r.sentences`, grouped by (chunk, turn), in order."""
    groups: dict[tuple[str, int], list[int]] = {}
    for i, s in enumerate(r.sentences):
        groups.setdefault((s.chunk_id, s.turn), []).append(i)
    return list(groups.values())


def describe(r: Retrieved, spans: list[Span], questions: Any) -> Any:
    """An (len(spans), len(FEATURES)) float32 matrix. `questions` are the two vectors the
    candidates are compared with: the question as asked and read with its history (the
    retrieval's own, or as the model's adapter moves them)."""
    import numpy as np

    if not spans:
        return np.zeros((0, len(FEATURES)), dtype=np.float32)
    q_own, q_resolved = questions[0], questions[1]
    sv = r.sentence_vectors
    sentence_sim = sv @ q_resolved

    # Turns within chunks: their vectors, similarity, and the one before each.
    groups = _turn_groups(r)
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    turn_vectors = unit(np.stack([sv[m].sum(axis=0) for m in groups]))
    turn_sim = turn_vectors @ q_resolved
    turn_asks = []
    for members in groups:
        first, last = r.sentences[members[0]], r.sentences[members[-1]]
        # A reporter's turn asks whatever its marks: an interviewer's "But the tax burden is
        # still at a post-war high." is answered as a question is; not a short one ("Thank
        # you, Madam President.", "(Off-mic.)").
        said = r.words(first.start, last.end, first.doc_id).rstrip()
        put = first.role == "reporter" and len(said.split()) >= SHORT
        turn_asks.append(said.endswith("?") or put)
    previous: dict[int, int] = {}
    for g, members in enumerate(groups):
        first = r.sentences[members[0]]
        if g > 0:
            before = r.sentences[groups[g - 1][0]]
            if before.chunk_id == first.chunk_id and before.speaker != first.speaker:
                previous[g] = g - 1
    exchanges: dict[int, list[int]] = {}  # turn -> the sentences of the exchange it replies to
    for g, p in previous.items():
        if not turn_asks[p]:
            continue
        context = list(groups[p])
        if p > 0 and r.sentences[groups[p - 1][0]].chunk_id == r.sentences[context[0]].chunk_id:
            context += groups[p - 1]
        exchanges[g] = context

    # Word overlap, each of the question's words weighted by its rarity among the sentences.
    sentence_terms = r.sentence_terms
    df = Counter(t for ts in sentence_terms for t in ts)
    q_terms = r.question_terms
    rarity = {t: math.log(1 + len(sentence_terms) / (1 + n)) for t, n in df.items()}
    idf = {t: rarity.get(t, math.log(1 + len(sentence_terms))) for t in q_terms}
    q_weight = sum(idf.values()) or 1.0

    def rarities(first: int, last: int) -> tuple[float, float]:
        values = [rarity[t] for t in set().union(*sentence_terms[first : last + 1])]
        return (sum(values) / len(values), max(values)) if values else (0.0, 0.0)

    def overlap(members: range | list[int]) -> float:
        seen = set().union(*(sentence_terms[i] for i in members))
        return sum(idf[t] for t in q_terms & seen) / q_weight

    turn_lexical = [overlap(m) for m in groups]
    exchange_lexical = {g: overlap(c) for g, c in exchanges.items()}

    rows = []
    cumulative = np.vstack([np.zeros((1, sv.shape[1]), dtype=sv.dtype), np.cumsum(sv, axis=0)])
    vectors = unit(np.stack([cumulative[s.last + 1] - cumulative[s.first] for s in spans]))
    sim_q = vectors @ q_own
    sim_r = vectors @ q_resolved
    for k, s in enumerate(spans):
        g = group_of[s.first]
        members = groups[g]
        text = r.words(s.start, s.end, s.doc_id)
        words = len(text.split())
        prev = previous.get(g)
        # "Who asked about dental vans?" of a parliament, where members asking are participants:
        # an asking turn is an asker's, whatever their role.
        named = r.names_speaker(s.speaker, s.role) or (r.wants_askers and bool(turn_asks[g]))
        rows.append(
            [
                sim_q[k],
                sim_r[k],
                float(sentence_sim[s.first : s.last + 1].max()),
                turn_sim[g],
                turn_sim[prev] if prev is not None else 0.0,
                float(prev is not None and turn_asks[prev]),
                float(prev is not None and turn_asks[prev] and s.first == members[0]),
                0.0,  # sim_lead, below
                0.0,  # sim_rank, below
                overlap(range(s.first, s.last + 1)),
                turn_lexical[g],
                exchange_lexical.get(g, 0.0),
                0.0,  # lexical_lead, below
                float(s.role in ASKING_ROLES and not named),
                float(s.role == "unknown"),
                float(named),
                float(text.rstrip().endswith("?")),
                float(turn_asks[g]),
                float(words < SHORT),
                *rarities(s.first, s.last),
            ]
        )
    x = np.asarray(rows, dtype=np.float32)
    col = {name: i for i, name in enumerate(FEATURES)}
    sims = x[:, col["sim_resolved"]]
    x[:, col["sim_lead"]] = sims - sims.max()
    order = np.argsort(-sims, kind="stable")
    ranks = np.empty(len(sims), dtype=np.float32)
    ranks[order] = np.arange(len(sims)) / max(1, len(sims) - 1)
    x[:, col["sim_rank"]] = ranks
    lexical = x[:, col["lexical"]]
    x[:, col["lexical_lead"]] = lexical - lexical.max()
    return x


def question_features(r: Retrieved, x: Any) -> Any:
    """A (len(QUESTION_FEATURES),) vector: how well the retrieval as a whole answers."""
    import numpy as np

    col = {name: i for i, name in enumerate(FEATURES)}
    # The words of a speaker's name that no transcript says say whose words, not what about:
    # a full name the labels shorten ("Rose Luckin" for `Professor Luckin:`) is not a word
    # the transcripts lack.
    # Nor are the words only a transcript's title holds ("Northwind" of its all-hands): where.
    q_terms = r.question_terms - r.subject_terms - r.title_terms
    n_terms = max(1, len(q_terms))
    chunk_terms: dict[str, set[str]] = {}
    for s, ts in zip(r.sentences, r.sentence_terms, strict=True):
        chunk_terms.setdefault(s.chunk_id, set()).update(ts)
    in_chunk = max((len(q_terms & ts) / n_terms for ts in chunk_terms.values()), default=0.0)
    idf = r.term_idf
    weight = sum(idf.get(t, 0.0) for t in q_terms) or 1.0
    known_rare = sum(idf.get(t, 0.0) for t in q_terms & r.corpus_terms) / weight
    rare_in_chunk = max(
        (sum(idf.get(t, 0.0) for t in q_terms & ts) / weight for ts in chunk_terms.values()),
        default=0.0,
    )
    # The names the question itself gives: a follow-up's history was asked (and known) already,
    # and its names would hide the one the follow-up adds ("And what about Iran?").
    names = set(terms(" ".join(question_names(r.query.text))))
    known = names & (r.corpus_terms | r.speaker_terms | r.subject_terms | r.title_terms)
    known_names = len(known) / len(names) if names else 1.0
    if len(x) == 0:
        reach = len(r.corpus_terms & q_terms) / n_terms
        nothing = [0, 0, 0, 0, reach, 0, known_rare, 0, known_names, math.log1p(len(q_terms))]
        return np.asarray(nothing, dtype=np.float32)
    sims = np.sort(x[:, col["sim_resolved"]])[::-1]
    return np.asarray(
        [
            sims[0],
            sims[:5].mean(),
            x[:, col["lexical"]].max(),
            max(c.dense for c in r.chunks),
            len(r.corpus_terms & q_terms) / n_terms,
            in_chunk,
            known_rare,
            rare_in_chunk,
            known_names,
            math.log1p(len(q_terms)),
        ],
        dtype=np.float32,
    )
