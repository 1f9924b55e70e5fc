"""Choosing the quotes: score the sentences of the retrieved chunks, grow the best into quotes."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from retrieval.answer import names as entities
from retrieval.lexical import terms
from retrieval.answer.retrieve import Candidate, Retrieved
from retrieval.settings import AnswerSettings

ASKING_ROLES = ("reporter", "moderator")
ASKS_ABOUT_REPORTERS = re.compile(
    r"\b(?:reporters?|journalists?|questioners?|press|brought up|raised?)\b", re.I
)
ANAPHORA = re.compile(r"(?:They|It|This|That|These|Those|He|She|So|And|But|Also)\b")


@dataclass
class Scored:
    c: Candidate
    dense: float  # cosine with the question (read with its history, for a follow-up)
    lex: float  # share of the question's rarer words the sentence contains
    score: float


@dataclass
class Quote:
    chunk_id: str
    start: int
    end: int
    speaker: str
    role: str
    score: float


@dataclass
class Selection:
    retrieved: Retrieved
    quotes: list[Quote]
    related: list[Quote]
    abstained: bool
    confidence: float
    reason: str = ""  # why it abstained, in a sentence


def score(retrieved: Retrieved, settings: AnswerSettings) -> list[Scored]:
    import numpy as np

    cands = retrieved.candidates
    if not cands:
        return []

    # A sentence is as close as its closest part: itself, or one of its clauses less a
    # discount (a clause is shorter, so its similarity runs higher).
    def closest(c: Candidate, q: Any) -> float:
        sims = c.vectors @ q
        return float(max(sims[0], (sims[1:] - settings.clause_discount).max(initial=-1.0)))

    own = np.array([closest(c, retrieved.vectors[0]) for c in cands])
    with_history = np.array([closest(c, retrieved.vectors[1]) for c in cands])
    followup = bool(retrieved.query.context)
    about_reporters = ASKS_ABOUT_REPORTERS.search(retrieved.query.text) is not None
    q_terms = set(terms(retrieved.query.text))
    sentence_terms = [set(terms(retrieved.words(c))) for c in cands]
    df = Counter(t for ts in sentence_terms for t in ts)
    idf = {t: math.log(1 + len(cands) / (1 + df[t])) for t in q_terms}
    q_weight = sum(idf.values()) or 1.0

    # How well each question turn matches: its answer inherits part of it.
    asked: dict[tuple[str, int], float] = {}
    # For a follow-up, the question turn is matched against the question read with its history.
    for c, sim in zip(cands, with_history if followup else own, strict=True):
        if c.role in ASKING_ROLES:
            key = (c.chunk_id, c.turn)
            asked[key] = max(asked.get(key, 0.0), float(sim))
    out = []
    for c, sim, sim_h, st in zip(cands, own, with_history, sentence_terms, strict=True):
        dense = 0.4 * float(sim) + 0.6 * float(sim_h) if followup else float(sim)
        lex = sum(idf[t] for t in q_terms & st) / q_weight
        s = dense + 0.15 * lex + 0.03 / (1 + c.rank)
        if c.role in ASKING_ROLES:
            s += settings.reporter_penalty if about_reporters else -settings.reporter_penalty
        else:
            question = max(
                (v for (cid, turn), v in asked.items() if cid == c.chunk_id and turn < c.turn),
                default=0.0,
            )
            s += settings.question_match_weight * max(0.0, question - 0.35)
        if len(retrieved.words(c).split()) < 5:
            s -= 0.1  # "Thank you." answers nothing
        out.append(Scored(c, float(sim_h) if followup else float(sim), lex, s))
    return sorted(out, key=lambda x: (-x.score, x.c.start))


def confidence(scored: list[Scored]) -> float:
    """How clearly the best sentence answers: its similarity, its lead over the typical
    candidate, and the question's rarer words it shares."""
    import statistics

    best = max(s.dense for s in scored)
    return (
        best
        + (best - statistics.median(s.dense for s in scored))
        + 0.3 * max(s.lex for s in scored)
    )


def abstain_reason(
    r: Retrieved, conf: float, settings: AnswerSettings, scored: list[Scored]
) -> str:
    if r.subject and not r.subject_speakers and not scored:
        return f"The transcripts hold no words of {r.subject}: nobody by that name speaks, and no speaker reports what they said."
    if r.unknown_names:
        return f"The transcripts do not mention {' or '.join(r.unknown_names)}."
    if conf < settings.min_confidence:
        return "The transcripts do not cover this; none of the indexed remarks answers it."
    return ""


def select(retrieved: Retrieved, settings: AnswerSettings) -> Selection:
    scored = score(retrieved, settings)
    if not scored:
        reason = "Nothing in the indexed transcripts matches this question."
        return Selection(retrieved, [], [], True, 0.0, reason)
    conf = confidence(scored)
    if retrieved.subject and not retrieved.subject_speakers:
        # A question about someone who does not speak: only a speaker's report of their words.
        subject = retrieved.subject
        scored = [s for s in scored if entities.reports_words_of(retrieved.words(s.c), subject)]
    reason = abstain_reason(retrieved, conf, settings, scored)
    if reason:
        related = _distinct_chunks(score(retrieved, settings), 3)
        return Selection(retrieved, [], [_as_quote(s) for s in related], True, conf, reason)
    best = scored[0]
    quotes: list[Quote] = []
    used: set[tuple[str, int]] = set()
    per_turn: Counter[tuple[str, int]] = Counter()
    for s in scored:
        if len(quotes) == settings.max_quotes:
            break
        key = (s.c.chunk_id, s.c.n)
        if key in used or per_turn[(s.c.chunk_id, s.c.turn)] >= 2:
            continue
        if quotes and s.score < best.score - settings.extra_quote_margin:
            break
        quote, members = _grow(s, scored, retrieved, settings, used)
        used |= members
        per_turn[(s.c.chunk_id, s.c.turn)] += 1
        quotes.append(quote)
    return Selection(retrieved, quotes, [], False, conf)


def _grow(
    seed: Scored,
    scored: list[Scored],
    retrieved: Retrieved,
    settings: AnswerSettings,
    used: set[tuple[str, int]],
) -> tuple[Quote, set[tuple[str, int]]]:
    """The seed sentence plus neighbours in the same paragraph that score close to it."""
    text = retrieved.texts[seed.c.doc_id]
    same_turn = {
        s.c.n: s for s in scored if s.c.chunk_id == seed.c.chunk_id and s.c.turn == seed.c.turn
    }
    members = [seed]
    words = len(text[seed.c.start : seed.c.end].split())
    # "They are the chair ..." leans on the sentence before it: look back first.
    leans_back = ANAPHORA.match(text[seed.c.start : seed.c.end]) is not None
    for step in (-1, 1, -1, 1) if leans_back else (1, -1, 1, -1):
        edge = members[-1] if step == 1 else members[0]
        nb = same_turn.get(edge.c.n + step)
        if nb is None or (nb.c.chunk_id, nb.c.n) in used:
            continue
        gap = text[min(edge.c.end, nb.c.end) : max(edge.c.start, nb.c.start)]
        nb_words = len(text[nb.c.start : nb.c.end].split())
        if "\n" in gap or words + nb_words > settings.max_quote_words:
            continue
        needed = words < 10 or (step == -1 and leans_back and len(members) == 1)
        if needed or nb.score >= seed.score - 0.05:
            members = [*members, nb] if step == 1 else [nb, *members]
            words += nb_words
    start, end = members[0].c.start, members[-1].c.end
    quote = Quote(seed.c.chunk_id, start, end, seed.c.speaker, seed.c.role, seed.score)
    return quote, {(m.c.chunk_id, m.c.n) for m in members}


def _distinct_chunks(scored: list[Scored], n: int) -> list[Scored]:
    seen: set[str] = set()
    out = []
    for s in scored:
        if s.c.chunk_id not in seen and s.c.role not in ASKING_ROLES:
            seen.add(s.c.chunk_id)
            out.append(s)
        if len(out) == n:
            break
    return out


def _as_quote(s: Scored) -> Quote:
    return Quote(s.c.chunk_id, s.c.start, s.c.end, s.c.speaker, s.c.role, s.score)
