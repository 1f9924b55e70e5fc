"""Choosing the quotes: score every candidate with the learned selector, abstain when the
learned answerability falls below its threshold, else keep the best non-overlapping ones."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from retrieval.answer import commitments, phrases, quantity, replies
from retrieval.answer.arrange import introduction_first, lead_in_whole, reply_first, with_its_answer
from retrieval.answer.features import (
    FEATURES,
    Span,
    candidates,
    describe,
    question_features,
)
from retrieval.answer.model import Model
from retrieval.answer.query import asks_reply
from retrieval.answer.quotes import (
    Quote,
    asks,
    names_other,
    overlap,
    puts_question_in,
    quote_of,
    repeats,
    said_by,
    text_of,
)
from retrieval.answer.retrieved import Retrieved
from retrieval.parse.speakers import name_words
from retrieval.settings import AnswerSettings


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
        ranked = _put_first([i for i in ranked if puts_question_in(r, spans[i])], ranked)
    if r.wants_askers:
        # "Who asked about dental vans?": a question put that holds as much of the user's words
        # as the best candidate leads, not the reply that repeats them (in a parliament the
        # member who asks is no reporter); not a question about something else.
        words = x[:, FEATURES.index("lexical")]
        ranked = _put_first(
            [i for i in ranked if asks(r, spans[i]) and words[i] >= words[ranked[0]]], ranked
        )
    if r.replies_to and r.asked_about and r.wants_questions and not asks_reply(r.query.text):
        # "What did the chair ask the governor?": her questions his answers follow, not those
        # after them; and, when it asks nothing else, not hers to anyone else.
        put = replies.put_to(spans, r.replies_to, ranked)
        ranked = (put or ranked) if r.topic_free else _put_first(put, ranked)
    elif r.replies_to:  # "What was the response to Dutton's question?": the turn after his
        # question; "Kwame's reply to Mei": after anything she said.
        asked = (lambda s: True) if r.asked_about else (lambda s: asks(r, s))
        answers = replies.answering(spans, r.replies_to, ranked, asked)
        ranked = _put_first(answers, ranked)
    related = _one_per_chunk(r, [(spans[i], float(p[i])) for i in ranked], 3)
    figure = quantity.asks_quantity(r.query.text)
    no_figure = False
    if figure:
        numbered = [i for i in ranked if quantity.states_number(text_of(r, spans[i]))]
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
    saying = (
        _saying(r, [(spans[i], float(p[i])) for i in ranked], settings.max_quotes)
        if r.said_words
        else []
    )
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
    tasking = [i for i in ranked if names_other(r, spans[i], r.tasked)] if r.tasked else []
    if tasking and tasking[0] in ranked[: quantity.BEST]:
        ranked = tasking
    if r.wants_actions:
        # "What are the action items?": the passages that give or take a task lead; asked of
        # nothing else, they alone answer.
        tasks = {i: commitments.tasks_in(text_of(r, spans[i])) for i in ranked}
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
        if per_turn[(s.doc_id, s.turn)] >= 2 or any(overlap(s, q) for q in chosen):
            continue
        words = said_by(r, s)
        if repeats(words, said):
            continue  # the same words in another copy of the transcript (a .txt and a .docx)
        per_turn[(s.doc_id, s.turn)] += 1
        said.append(words)
        chosen.append(quote_of(s, score))
    chosen = reply_first(r, with_its_answer(r, chosen, spans, p), spans, p, settings.max_quotes)
    chosen = lead_in_whole(r, introduction_first(r, chosen), settings.max_quote_words)
    return Selection(r, chosen, [], False, answerable, ranked=best_apart)


def _put_first(first: list[int], ranked: list[int]) -> list[int]:
    """`ranked` with the candidates of `first` (in their order) ahead of the others."""
    leading = set(first)
    return first + [i for i in ranked if i not in leading]


def _apart(scored: list[tuple[Span, float]], n: int) -> list[Quote]:
    """The best `n` candidates that do not overlap one another."""
    out: list[Quote] = []
    for s, score in scored:
        if not any(overlap(s, q) for q in out):
            out.append(quote_of(s, score))
        if len(out) == n:
            break
    return out


def _saying(r: Retrieved, scored: list[tuple[Span, float]], most: int) -> list[Quote]:
    """The candidates that say the words the question asks who said, each place once and in
    as few sentences as hold it, in the selector's order otherwise; those of the speakers it
    names, where they say them ("Did Powell say 'transitory'?", not the reporter who asked)."""
    holding = [
        (s, score)
        for s, score in scored
        if next(phrases.said_at(r.texts[s.doc_id], s.start, s.end, r.said_words), None)
    ]
    theirs = [(s, score) for s, score in holding if s.speaker in r.asked_about]
    holding = theirs or holding
    holding.sort(key=lambda pair: pair[0].last - pair[0].first)  # stable: the order kept
    out: list[Quote] = []
    said: list[tuple[str, str]] = []
    for s, score in holding:
        words = said_by(r, s)
        if not any(overlap(s, q) for q in out) and not repeats(words, said):
            said.append(words)
            out.append(quote_of(s, score))
        if len(out) == most:
            break
    return out


def _one_per_chunk(r: Retrieved, scored: list[tuple[Span, float]], n: int) -> list[Quote]:
    seen: set[str] = set()
    said: list[tuple[str, str]] = []
    out = []
    for s, score in scored:
        words = said_by(r, s)
        if s.chunk_id not in seen and not repeats(words, said):
            seen.add(s.chunk_id)
            said.append(words)
            out.append(quote_of(s, score))
        if len(out) == n:
            break
    return out
