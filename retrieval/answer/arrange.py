"""The order an answer's quotes read best in: the reply before the question it answers, a
question with the answer its speaker goes on to give, another's introduction of whom the user
asks about first, a lead-in too short to say anything with what follows it."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from retrieval.answer import replies
from retrieval.answer.features import SHORT, Span
from retrieval.answer.quotes import (
    Quote,
    asks,
    names_other,
    overlap,
    puts_question_in,
    quote_of,
    text_of,
)
from retrieval.answer.retrieved import Retrieved
from retrieval.index.lexical import terms
from retrieval.parse.label_words import REPORTER_LABELS


def introduction_first(r: Retrieved, chosen: list[Quote]) -> list[Quote]:
    """ "Who is Jenny Schuetz?": of the quotes, another's words naming her lead ("Jenny Schuetz
    is a senior fellow at the Brookings Institution."); her own stay after them."""
    naming = [q for q in chosen if names_other(r, q, r.introduced)] if r.introduced else []
    return [naming[0], *(q for q in chosen if q is not naming[0])] if naming else chosen


def with_its_answer(r: Retrieved, chosen: list[Quote], spans: list[Span], p: Any) -> list[Quote]:
    """When the first quote is a question its speaker goes on to answer in the same turn (a
    press conference's echo, "My opinion of American companies that want to resume business
    with Iran?", or a meeting's "Should we use rubber?"), it is quoted with the sentence that
    follows: the shortest window from it that ends on no question. An asker's further words
    are not an answer, and `reply_first` finds the reply to those."""
    if not chosen or chosen[0].role == "reporter" or not asks(r, chosen[0]):
        return chosen
    first = chosen[0]
    longer = [
        i
        for i, s in enumerate(spans)
        if (s.doc_id, s.turn, s.start) == (first.doc_id, first.turn, first.start)
        and s.end > first.end
        and not asks(r, s)
    ]
    if not longer:
        return chosen
    i = min(longer, key=lambda i: spans[i].end)
    rest = [q for q in chosen[1:] if not overlap(spans[i], q)]
    return [quote_of(spans[i], float(p[i])), *rest]


def lead_in_whole(r: Retrieved, chosen: list[Quote], most_words: int) -> list[Quote]:
    """A first quote too short to say anything alone ("Two things.", "Yes.") is quoted with
    the sentences after it in its turn, up to `SHORT` words or more (not past `most_words`),
    as far as the retrieved passages hold them (the next may open another chunk)."""
    if not chosen or len(text_of(r, first := chosen[0]).split()) >= SHORT:
        return chosen
    after = sorted(
        (s for s in r.sentences if (s.doc_id, s.turn) == (first.doc_id, first.turn)),
        key=lambda s: s.start,
    )
    end = first.end
    for s in after:
        if s.start < end:
            continue
        if r.words(end, s.start, first.doc_id).strip():
            break  # not the next sentence: it was not retrieved
        if len(r.words(first.start, s.end, first.doc_id).split()) > most_words:
            break
        end = s.end
        if len(r.words(first.start, end, first.doc_id).split()) >= SHORT:
            break
    if end == first.end:
        return chosen
    whole = replace(first, end=end)
    return [whole, *(q for q in chosen[1:] if not overlap(whole, q))]


def reply_first(
    r: Retrieved, chosen: list[Quote], spans: list[Span], p: Any, most: int
) -> list[Quote]:
    """When the first quote is a question someone put (the user's own words echoed: "Will the
    bank cut rates in June?"), the reply to it leads, as DESIGN.md prefers the answer over the
    question text. The reply is the next turn, another speaker's: one of the quotes already,
    it moves to the front (the quotes stay the same); where every quote is a question, its
    best candidate in the retrieved passages is added in front. Not when the question asks
    about the questioner ("What did the reporter ask ...?")."""
    if not chosen or not puts_question_in(r, chosen[0]):
        return chosen
    first = chosen[0]
    if r.wants_askers or r.tasked or r.names_speaker(first.speaker, first.role):
        return chosen  # nor when a task is asked for: "Kenji, can you ...?", not "Will do."

    # The next turn, or the one after a word of the floor's ("That is an important question.
    # Martin?").
    reply = replies.reply_turn(r.sentences, r.texts, first.doc_id, first.turn)

    def replies_to_first(s: Span | Quote) -> bool:
        return (s.doc_id, s.turn) == (first.doc_id, reply) and s.speaker != first.speaker

    quoted = [q for q in chosen if replies_to_first(q) and not asks(r, q)]
    if quoted:
        return [quoted[0], *(q for q in chosen if q is not quoted[0])]
    # Adding the reply in front of answers that are not all questions would push one of them
    # out when the answer is full (qmsum-val lost two questions over the whole corpus and one
    # scoped that way): a meeting's questions are part of its discussion. A reporter's (or an
    # analyst's) is not, unless the user asks about the asking ("What did a reporter say ..."),
    # nor a member's that holds most of the user's words (no dev hit moved; the styles set's
    # senate estimates gained one). With room for it, the reply joins any question's answer,
    # and nothing is pushed out. A reply that only asks answers nothing ("Bethan, did you want
    # to say something on this?", of a qmsum-val committee, had led).
    room = len(chosen) < most
    if not (room or all(asks(r, q) for q in chosen) or _echoes_an_asker(r, first)):
        return chosen
    following = [
        i
        for i, s in enumerate(spans)
        if replies_to_first(s) and not any(overlap(s, q) for q in chosen) and not asks(r, s)
    ]
    if following:
        best = max(following, key=lambda i: (p[i], -spans[i].start))
        return [quote_of(spans[best], float(p[best])), *chosen][:most]
    # The reply opens the next chunk, which the search did not bring: its first sentences.
    opening = [s for s in r.next_turns if replies_to_first(s)]
    if not opening or puts_question_in(r, opening[0]):
        return chosen
    end = opening[0].end
    for s in opening[1:]:
        if len(r.words(opening[0].start, end, first.doc_id).split()) >= SHORT:
            break
        end = s.end
    return [replace(quote_of(opening[0], first.score), end=end), *chosen][:most]


def _echoes_an_asker(r: Retrieved, first: Quote) -> bool:
    """The first quote is a reporter's question, or one that holds most of the user's words
    ("When will the strategy be released?" for "When is the strategy due out?"), and the user's
    question is not about those who ask (it names none of their labels: "reporter",
    "question", "analyst", ...)."""
    asked = {w.lower() for w in re.findall(r"\w{2,}", r.query.resolved)}
    if asked & REPORTER_LABELS:
        return False
    if first.role == "reporter":
        return True
    mine = r.question_terms - r.subject_terms
    return 2 * len(mine & set(terms(text_of(r, first)))) > len(mine)
