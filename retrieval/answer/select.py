"""Choosing the quotes: score every candidate with the learned selector, abstain when the
learned answerability falls below its threshold, else keep the best non-overlapping ones."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from retrieval.answer import commitments, phrases, quantity, replies
from retrieval.answer.features import (
    FEATURES,
    SHORT,
    Span,
    candidates,
    describe,
    question_features,
)
from retrieval.answer.model import Model
from retrieval.answer.query import asks_reply
from retrieval.answer.retrieved import Retrieved, RetrievedSentence
from retrieval.index.lexical import terms
from retrieval.parse.label_words import REPORTER_LABELS
from retrieval.parse.roles import puts_question
from retrieval.parse.speakers import name_words
from retrieval.settings import AnswerSettings


@dataclass(frozen=True)
class Quote:
    chunk_id: str
    doc_id: str
    start: int
    end: int
    speaker: str
    role: str
    score: float  # the selector's probability
    turn: int  # index of its turn in the transcript


@dataclass
class Selection:
    retrieved: Retrieved
    quotes: list[Quote]
    related: list[Quote]
    abstained: bool
    confidence: float  # probability that the transcripts answer the question
    reason: str = ""  # why it abstained, in a sentence
    ranked: list[Quote] = field(default_factory=list)  # best non-overlapping candidates, best first


RANKED = 12  # candidates kept for a language model to compose from
NO_MATCH = "Nothing in the indexed transcripts matches this question."
NOT_ANSWERED = (
    "The transcripts do not seem to answer this question: no passage matches it closely enough."
)
NO_TASKS = (
    "The transcripts do not seem to say what was left to do: none of the passages found gives "
    "anyone a task or takes one on."
)
NO_FIGURE = (
    "The transcripts do not seem to give that figure: none of the passages that match the "
    "question best states a number."
)


def select(r: Retrieved, settings: AnswerSettings, model: Model) -> Selection:
    spans = candidates(r, settings.window_sentences, settings.max_quote_words)
    if r.absent_subject:
        name = (
            " ".join(name_words(r.absent_subject)) or r.absent_subject
        )  # "Putin", not "President Putin"
        reason = (
            f"Nobody named {name} speaks in the transcripts, and no speaker mentions that name."
        )
        if r.spelt_like:
            reason += f" Did you mean {' or '.join(r.spelt_like)}?"
        return Selection(r, [], [], True, 0.0, reason)
    if not spans:
        return Selection(r, [], [], True, 0.0, NO_MATCH)
    import numpy as np

    x = describe(r, spans, model.adapter.adapt(r.vectors))
    scores = model.selector.score(x)
    answerable = float(model.answerable.predict(question_features(r, x)[None, :])[0])
    # The selector is a softmax over the candidates: each one's share of the probability.
    p = np.exp(scores - scores.max())
    p /= p.sum()
    ranked = sorted(range(len(spans)), key=lambda i: (-p[i], spans[i].start))
    # `--speaker Kim`, or a question that asks for nothing but Kim's words ("What did Kim
    # say?"): Kim's words, not the question put to him in the same passage; scored among all
    # candidates, so the probabilities stay those the selector learned. A question about
    # something Kim said leaves it to the selector: QMSum's answers to "What did the
    # professor think about ..." run through other speakers' turns (held to the named
    # speakers, qmsum-val scoped 0.691 -> 0.682, whole 0.441 -> 0.436; press-dev 0.714).
    held = r.only_speakers or (r.asked_about if r.topic_free else ())
    if held and any(spans[i].speaker in held for i in ranked):
        ranked = [i for i in ranked if spans[i].speaker in held]
    elif r.topic_free and r.about_askers:  # "What did the interviewer ask?": theirs alone
        ranked = [i for i in ranked if spans[i].role == "reporter"] or ranked
    if r.topic_free and r.wants_questions:
        # "What did Hannah ask?": the questions she put first, not her welcome to the guest.
        ranked = _put_first([i for i in ranked if _puts_question(r, spans[i])], ranked)
    if r.wants_askers:
        # "Who asked about dental vans?": a question put that holds as much of the user's words
        # as the best candidate leads, not the reply that repeats them (in a parliament the
        # member who asks is no reporter); not a question about something else.
        words = x[:, FEATURES.index("lexical")]
        ranked = _put_first(
            [i for i in ranked if _asks(r, spans[i]) and words[i] >= words[ranked[0]]], ranked
        )
    if r.replies_to and r.asked_about and r.wants_questions and not asks_reply(r.query.text):
        # "What did the chair ask the governor?": her questions his answers follow, not those
        # after them; and, when it asks nothing else, not hers to anyone else.
        put = replies.put_to(spans, r.replies_to, ranked)
        ranked = (put or ranked) if r.topic_free else _put_first(put, ranked)
    elif r.replies_to:  # "What was the response to Dutton's question?": the turn after his
        # question; "Kwame's reply to Mei": after anything she said.
        asked = (lambda s: True) if r.asked_about else (lambda s: _asks(r, s))
        answers = replies.answering(spans, r.replies_to, ranked, asked)
        ranked = _put_first(answers, ranked)
    related = _one_per_chunk(r, [(spans[i], float(p[i])) for i in ranked], 3)
    figure = quantity.asks_quantity(r.query.text)
    no_figure = False
    if figure:
        numbered = [i for i in ranked if quantity.states_number(_text(r, spans[i]))]
        top = set(ranked[: quantity.BEST])
        no_figure = quantity.needs_figure(r.query.text) and not top.intersection(numbered)
        ranked = _put_first(numbered, ranked)
    best = float(p[ranked[0]])  # further quotes need a share of this one's probability
    if r.asked_about and not r.only_speakers and not figure:
        # "What did the minister say ...": of the quotes the answer gives, the named speaker's
        # leads, not the member's question that named the minister. The order only (no dev
        # set moved: a hit is any of the quotes).
        theirs = [i for i in ranked if spans[i].speaker in r.asked_about]
        if theirs and p[theirs[0]] >= settings.extra_quote_ratio * best:
            ranked = [theirs[0], *(i for i in ranked if i != theirs[0])]
    best_apart = _apart([(spans[i], float(p[i])) for i in ranked], RANKED)
    # "Who said '...'?": the passages that say the words, whoever said them (where a turn's
    # end parts them, as any other question).
    saying = _saying(r, [(spans[i], float(p[i])) for i in ranked], settings.max_quotes)
    if saying:
        return Selection(r, saying, [], False, answerable, ranked=best_apart)
    if no_figure:  # a language model still sees the candidates, and may find the figure
        return Selection(r, [], related, True, answerable, NO_FIGURE, best_apart)
    threshold = (
        settings.min_confidence
        if settings.min_confidence is not None
        else model.threshold(r.in_documents)
    )
    # A task given by name ("Kenji, can you set up the dashboard?") answers what Kenji was
    # asked to do: where the best few hold one, such words lead, and the answer is theirs.
    tasking = [i for i in ranked if _names_other(r, spans[i], r.tasked)] if r.tasked else []
    if tasking and tasking[0] in ranked[: quantity.BEST]:
        ranked = tasking
    if r.wants_actions:
        # "What are the action items?": the passages that give or take a task lead; asked of
        # nothing else, they alone answer.
        tasks = {i: commitments.tasks_in(_text(r, spans[i])) for i in ranked}
        giving = [i for i in ranked if tasks[i]]
        if r.topic_free and not giving:
            return Selection(r, [], related, True, answerable, NO_TASKS, best_apart)
        if r.topic_free:
            # The question says nothing the selector could rank them by but that they are
            # tasks: those that give or take most lead, and any may follow (no share of the
            # first's probability is asked of them).
            ranked, best = (
                sorted(giving, key=lambda i: (-tasks[i], spans[i].doc_id, spans[i].start)),
                0.0,
            )
        elif giving and giving[0] in ranked[: quantity.BEST]:
            ranked = _put_first(giving, ranked)
    if answerable < threshold and not r.topic_free:
        return Selection(r, [], related, True, answerable, NOT_ANSWERED, best_apart)
    chosen: list[Quote] = []
    per_turn: Counter[tuple[str, int]] = Counter()
    said: list[tuple[str, str]] = []
    for i in ranked:
        s, score = spans[i], float(p[i])
        # The first is always quoted: a task's words put first may fall below the share.
        further = bool(chosen) and score < settings.extra_quote_ratio * best
        if len(chosen) == settings.max_quotes or further:
            break
        if per_turn[(s.doc_id, s.turn)] >= 2 or any(_overlap(s, q) for q in chosen):
            continue
        words = _said(r, s)
        if _repeats(words, said):
            continue  # the same words in another copy of the transcript (a .txt and a .docx)
        per_turn[(s.doc_id, s.turn)] += 1
        said.append(words)
        chosen.append(_quote(s, score))
    chosen = _reply_first(r, _with_its_answer(r, chosen, spans, p), spans, p, settings.max_quotes)
    chosen = _lead_in_whole(r, _introduction_first(r, chosen), settings.max_quote_words)
    return Selection(r, chosen, [], False, answerable, ranked=best_apart)


def _introduction_first(r: Retrieved, chosen: list[Quote]) -> list[Quote]:
    """ "Who is Jenny Schuetz?": of the quotes, another's words naming her lead ("Jenny Schuetz
    is a senior fellow at the Brookings Institution."); her own stay after them."""
    naming = [q for q in chosen if _names_other(r, q, r.introduced)] if r.introduced else []
    return [naming[0], *(q for q in chosen if q is not naming[0])] if naming else chosen


def _with_its_answer(r: Retrieved, chosen: list[Quote], spans: list[Span], p: Any) -> list[Quote]:
    """When the first quote is a question its speaker goes on to answer in the same turn (a
    press conference's echo, "My opinion of American companies that want to resume business
    with Iran?", or a meeting's "Should we use rubber?"), it is quoted with the sentence that
    follows: the shortest window from it that ends on no question. An asker's further words
    are not an answer, and `_reply_first` finds the reply to those."""
    if not chosen or chosen[0].role == "reporter" or not _asks(r, chosen[0]):
        return chosen
    first = chosen[0]
    longer = [
        i
        for i, s in enumerate(spans)
        if (s.doc_id, s.turn, s.start) == (first.doc_id, first.turn, first.start)
        and s.end > first.end
        and not _asks(r, s)
    ]
    if not longer:
        return chosen
    i = min(longer, key=lambda i: spans[i].end)
    rest = [q for q in chosen[1:] if not _overlap(spans[i], q)]
    return [_quote(spans[i], float(p[i])), *rest]


def _lead_in_whole(r: Retrieved, chosen: list[Quote], most_words: int) -> list[Quote]:
    """A first quote too short to say anything alone ("Two things.", "Yes.") is quoted with
    the sentences after it in its turn, up to `SHORT` words or more (not past `most_words`),
    as far as the retrieved passages hold them (the next may open another chunk)."""
    if not chosen or len(_text(r, first := chosen[0]).split()) >= SHORT:
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
    return [whole, *(q for q in chosen[1:] if not _overlap(whole, q))]


def _reply_first(
    r: Retrieved, chosen: list[Quote], spans: list[Span], p: Any, most: int
) -> list[Quote]:
    """When the first quote is a question someone put (the user's own words echoed: "Will the
    bank cut rates in June?"), the reply to it leads, as DESIGN.md prefers the answer over the
    question text. The reply is the next turn, another speaker's: one of the quotes already,
    it moves to the front (the quotes stay the same); where every quote is a question, its
    best candidate in the retrieved passages is added in front. Not when the question asks
    about the questioner ("What did the reporter ask ...?")."""
    if not chosen or not _puts_question(r, chosen[0]):
        return chosen
    first = chosen[0]
    if r.wants_askers or r.tasked or r.names_speaker(first.speaker, first.role):
        return chosen  # nor when a task is asked for: "Kenji, can you ...?", not "Will do."

    # The next turn, or the one after a word of the floor's ("That is an important question.
    # Martin?").
    reply = replies.reply_turn(r.sentences, r.texts, first.doc_id, first.turn)

    def replies_to_first(s: Span | Quote) -> bool:
        return (s.doc_id, s.turn) == (first.doc_id, reply) and s.speaker != first.speaker

    quoted = [q for q in chosen if replies_to_first(q) and not _asks(r, q)]
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
    if not (room or all(_asks(r, q) for q in chosen) or _echoes_an_asker(r, first)):
        return chosen
    following = [
        i
        for i, s in enumerate(spans)
        if replies_to_first(s) and not any(_overlap(s, q) for q in chosen) and not _asks(r, s)
    ]
    if following:
        best = max(following, key=lambda i: (p[i], -spans[i].start))
        return [_quote(spans[best], float(p[best])), *chosen][:most]
    # The reply opens the next chunk, which the search did not bring: its first sentences.
    opening = [s for s in r.next_turns if replies_to_first(s)]
    if not opening or _puts_question(r, opening[0]):
        return chosen
    end = opening[0].end
    for s in opening[1:]:
        if len(r.words(opening[0].start, end, first.doc_id).split()) >= SHORT:
            break
        end = s.end
    return [replace(_quote(opening[0], first.score), end=end), *chosen][:most]


def _text(r: Retrieved, s: Span | Quote) -> str:
    return r.words(s.start, s.end, s.doc_id)


def _said(r: Retrieved, s: Span | Quote) -> tuple[str, str]:
    """Who said what, however the text is laid out."""
    return s.speaker, " ".join(_text(r, s).split())


def _repeats(said: tuple[str, str], quoted: list[tuple[str, str]]) -> bool:
    """Whether these words of theirs are quoted already, or hold a quote of theirs: the same
    passage of two copies of a transcript."""
    who, words = said
    return any(who == other and (words in those or those in words) for other, those in quoted)


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
    return 2 * len(mine & set(terms(_text(r, first)))) > len(mine)


def _put_first(first: list[int], ranked: list[int]) -> list[int]:
    """`ranked` with the candidates of `first` (in their order) ahead of the others."""
    leading = set(first)
    return first + [i for i in ranked if i not in leading]


def _names_other(r: Retrieved, s: Span | Quote, people: tuple[str, ...]) -> bool:
    """Someone else's words name one of `people` (whose task the question asks, or who they
    are), not as whose something is ("Sofia's question")."""
    text = _text(r, s)
    return s.speaker not in people and any(
        re.search(rf"\b{re.escape(w)}\b(?!['’]s\b)", text) for t in people for w in name_words(t)
    )


def _asks(r: Retrieved, s: Span | Quote) -> bool:
    """The quote is a question someone put."""
    return _text(r, s).rstrip().endswith("?")


def _puts_question(r: Retrieved, s: Span | Quote) -> bool:
    """Some sentence of the quote is a question: "Dana, what does the package include? People
    want to know." asks, as its last sentence does not."""
    return puts_question(_text(r, s))


def _overlap(s: Span | Quote, q: Quote) -> bool:
    return s.doc_id == q.doc_id and s.start < q.end and q.start < s.end


def _quote(s: Span | RetrievedSentence, score: float) -> Quote:
    return Quote(s.chunk_id, s.doc_id, s.start, s.end, s.speaker, s.role, score, s.turn)


def _apart(scored: list[tuple[Span, float]], n: int) -> list[Quote]:
    """The best `n` candidates that do not overlap one another."""
    out: list[Quote] = []
    for s, score in scored:
        if not any(_overlap(s, q) for q in out):
            out.append(_quote(s, score))
        if len(out) == n:
            break
    return out


def _saying(r: Retrieved, scored: list[tuple[Span, float]], most: int) -> list[Quote]:
    """The candidates that say the words the question asks who said, each place once and in
    as few sentences as hold it, in the selector's order otherwise."""
    if not r.said_words:
        return []
    holding = [
        (s, score)
        for s, score in scored
        if next(phrases.said_at(r.texts[s.doc_id], s.start, s.end, list(r.said_words)), None)
    ]
    holding.sort(key=lambda pair: pair[0].last - pair[0].first)  # stable: the order kept
    out: list[Quote] = []
    said: list[tuple[str, str]] = []
    for s, score in holding:
        words = _said(r, s)
        if not any(_overlap(s, q) for q in out) and not _repeats(words, said):
            said.append(words)
            out.append(_quote(s, score))
        if len(out) == most:
            break
    return out


def _one_per_chunk(r: Retrieved, scored: list[tuple[Span, float]], n: int) -> list[Quote]:
    seen: set[str] = set()
    said: list[tuple[str, str]] = []
    out = []
    for s, score in scored:
        words = _said(r, s)
        if s.chunk_id not in seen and not _repeats(words, said):
            seen.add(s.chunk_id)
            said.append(words)
            out.append(_quote(s, score))
        if len(out) == n:
            break
    return out
