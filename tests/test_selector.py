"""The learned answerer's parts: candidate windows, their features, and the shipped model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.answer.features import (
    FEATURES,
    QUESTION_FEATURES,
    candidates,
    describe,
    question_features,
)
from retrieval.answer.model import MODEL_FILE, load
from retrieval.chain import Ask, Engine
from retrieval.index.ingest import ingest
from retrieval.index.manifest import Filters
from retrieval.settings import Settings

from .conftest import FIXTURES, briefing_engine, engine_over

COL = {name: i for i, name in enumerate(FEATURES)}


def test_candidates_are_sentences_and_windows_inside_one_turn(meeting_engine: Engine) -> None:
    r = meeting_engine.retrieve(Ask("How much did the new features help on noisy data?"))
    spans = candidates(r, max_sentences=3, max_words=60)
    singles = {(s.first, s.last) for s in spans if s.first == s.last}
    assert singles == {(i, i) for i in range(len(r.sentences))}
    for s in spans:
        members = r.sentences[s.first : s.last + 1]
        assert len({(m.chunk_id, m.turn) for m in members}) == 1  # never across turns
        assert (s.start, s.end) == (members[0].start, members[-1].end)
        assert len(r.texts[s.doc_id][s.start : s.end].split()) <= 60 or s.first == s.last
    assert any(s.last > s.first for s in spans)


def test_features_are_finite_and_relative_to_the_best(meeting_engine: Engine) -> None:
    r = meeting_engine.retrieve(Ask("What did Professor E say about the normalization?"))
    spans = candidates(r, 3, 60)
    x = describe(r, spans, r.vectors)
    assert x.shape == (len(spans), len(FEATURES)) and np.isfinite(x).all()
    assert x[:, COL["sim_lead"]].max() == pytest.approx(0.0)
    assert x[:, COL["sim_rank"]].min() == 0.0
    assert x[:, COL["asker_unnamed"]].sum() == 0  # a meeting without a chair: nobody asks by role
    assert (x[:, COL["rarity_mean"]] >= 0).all()
    assert (x[:, COL["rarity_max"]] >= x[:, COL["rarity_mean"]]).all()
    named = {s.speaker for s, row in zip(spans, x, strict=True) if row[COL["speaker_named"]]}
    assert named == {"Professor E"}


def test_the_shipped_model_matches_the_features_and_ranks_an_answer_first(
    meeting_engine: Engine,
) -> None:
    model = load(MODEL_FILE)
    assert model.selector.features == FEATURES
    assert model.answerable.features == QUESTION_FEATURES
    assert set(model.abstain_below) == {"corpus", "documents"}
    assert all(0.0 < t < 1.0 for t in model.abstain_below.values())
    answer = meeting_engine.ask(
        Ask("Why was the wage subsidy not extended to the end of the year?")
    )
    assert not answer.abstained
    # The answer, not the member's question that echoes the user's.
    first = answer.citations[0]
    assert first.speaker == "Gérard Deltell" and not first.quote.endswith("?")


def test_a_question_confined_to_documents_has_its_own_threshold(meeting_engine: Engine) -> None:
    from dataclasses import replace

    from retrieval.answer.select import select
    from retrieval.index.manifest import Filters

    strict_outside = replace(load(MODEL_FILE), abstain_below={"corpus": 1.0, "documents": 0.0})
    question = "Why was the wage subsidy not extended to the end of the year?"
    everywhere = meeting_engine.retrieve(Ask(question))
    doc_ids = tuple(sorted({c.doc_id for c in everywhere.chunks}))
    confined = meeting_engine.retrieve(Ask(question, filters=Filters(doc_ids=doc_ids)))
    settings = meeting_engine.settings.answer
    assert select(everywhere, settings, strict_outside).abstained
    assert not select(confined, settings, strict_outside).abstained


def test_an_index_of_one_transcript_is_a_question_confined_to_it(meeting_engine: Engine) -> None:
    """The threshold follows the reach: one transcript, whether named with `--doc` or all the
    index holds (press-dev's ten briefings each indexed alone: answerable questions abstained
    7 of 56 at the whole index's threshold, 1 of 56 at this one)."""
    from retrieval.index.manifest import Filters

    question = "Why was the wage subsidy not extended to the end of the year?"
    docs = meeting_engine.store.manifest.docs
    assert len(docs) == 2
    assert not meeting_engine.retrieve(Ask(question)).in_documents
    one = sorted(docs)[:1]
    assert meeting_engine.retrieve(Ask(question, filters=Filters(doc_ids=tuple(one)))).in_documents


def test_a_one_transcript_index_reads_the_threshold_within_documents(
    tmp_path: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from retrieval.answer.select import select

    engine = engine_over(tmp_path, embeddings, (FIXTURES / "committee.txt").read_text("utf-8"))
    strict_outside = replace(load(MODEL_FILE), abstain_below={"corpus": 1.0, "documents": 0.0})
    r = engine.retrieve(Ask("Why was the wage subsidy not extended to the end of the year?"))
    assert r.one_transcript and r.in_documents
    assert not select(r, engine.settings.answer, strict_outside).abstained


def test_a_question_confined_to_documents_reads_more_of_them(engine: Engine) -> None:
    from retrieval.index.manifest import Filters

    question = "What role does China play in the Six-Party Talks?"
    everywhere = engine.retrieve(Ask(question))
    doc_ids = tuple(sorted(engine.store.manifest.docs))  # both transcripts, named
    confined = engine.retrieve(Ask(question, filters=Filters(doc_ids=doc_ids)))
    settings = engine.settings.answer
    assert len(everywhere.chunks) == settings.top_k
    assert len(confined.chunks) == settings.top_k_documents > settings.top_k
    asked = engine.retrieve(Ask(question, filters=Filters(doc_ids=doc_ids), top_k=5))
    assert len(asked.chunks) == 5  # `-k` decides when given


def test_the_search_moves_the_question_but_the_abstention_reads_its_own_cosines(
    meeting_engine: Engine,
) -> None:
    from retrieval.answer.query import resolve
    from retrieval.answer.retrieve import retrieve, search_vector

    query = resolve("What did they decide about the noise features?", [])
    store, adapter = meeting_engine.store, load(MODEL_FILE).adapter
    own = retrieve(store, query, Filters(), 6)
    moved = retrieve(store, query, Filters(), 6, adapter)
    vector = search_vector(own.vectors[1], adapter)
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)
    assert vector @ own.vectors[1] > 0.5  # halfway, not somewhere else
    cosines = dict(store.dense(own.vectors[1].tolist(), 50, Filters()))
    for c in moved.chunks:
        assert c.dense == pytest.approx(cosines.get(c.id, 0.0), abs=1e-6)
    assert {c.id for c in own.chunks} & {c.id for c in moved.chunks}
    settings = meeting_engine.settings.model_copy(
        update={
            "answer": meeting_engine.settings.answer.model_copy(update={"adapted_search": False})
        }
    )
    unmoved = Engine(settings, store=store, embeddings=meeting_engine.embeddings)
    assert unmoved.retrieve(Ask(query.text)).chunk_ids == own.chunk_ids


def test_a_model_trained_on_other_features_is_refused(tmp_path: Path) -> None:
    import json

    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    data["selector"]["features"] = data["selector"]["features"][:-1]
    stale = tmp_path / "model.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="make train"):
        load(stale)
    data["selector"]["features"] = list(FEATURES)
    data["abstain_below"] = 0.3  # one threshold for every reach, as before
    older = tmp_path / "older.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="older `make train`"):
        load(older)
    del data["adapter"]
    oldest = tmp_path / "oldest.json"
    oldest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="older `make train`"):
        load(oldest)


def test_a_reporters_words_are_not_marked_down_when_the_question_asks_about_them(
    tmp_path: Path, embeddings
) -> None:
    engine = briefing_engine(
        tmp_path,
        embeddings,
        "Q. Madam President, the Governor says your budget will raise property taxes. "
        "Is he right?\n"
        "The President. No. Property taxes stay where they are.\n",
    )
    asked = {"the reporter": "What did the reporter say the Governor claims about the budget?"}
    asked["Doe"] = "What did Doe say about property taxes?"
    for who, question in asked.items():
        r = engine.retrieve(Ask(question))
        spans = candidates(r, 3, 60)
        x = describe(r, spans, r.vectors)
        for s, row in zip(spans, x, strict=True):
            named = row[COL["speaker_named"]] == 1.0
            assert named == (s.speaker.lower().endswith(who.split()[-1].lower()))
            assert row[COL["asker_unnamed"]] == float(s.role == "reporter" and not named)
        # The president is named by the file's header only, never in what is said: a speaker's
        # name still counts as a name the transcripts know.
        if who == "Doe":
            assert "doe" in r.speaker_terms and "doe" not in r.corpus_terms
            assert question_features(r, x)[QUESTION_FEATURES.index("known_names")] == 1.0


def test_a_follow_up_is_judged_by_the_names_it_adds(engine: Engine) -> None:
    def known_names(question: str, history: tuple[str, ...] = ()) -> float:
        r = engine.retrieve(Ask(question, history))
        x = describe(r, candidates(r, 3, 60), r.vectors)
        return float(question_features(r, x)[QUESTION_FEATURES.index("known_names")])

    history = ("What did Kim say about China and Japan?",)
    assert known_names("And what about China?", history) == 1.0
    # Iran occurs nowhere: the history's names (all known) must not hide it.
    assert known_names("And what about Iran?", history) == 0.0
    assert known_names("What did Kim say about Iran?") == 0.5  # Kim speaks
    # Initials name a speaker as `speaker_named` reads them: three or four capitals.
    from retrieval.answer.speaker_match import speakers_name_terms

    known = speakers_name_terms(("Lyndon B. Johnson", "Sung Kim"))
    assert {"lbj", "johnson", "kim"} <= known and "sk" not in known


def test_a_word_only_the_title_holds_says_where_not_what(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    transcript = tmp_path / "all_hands.txt"
    transcript.write_text(
        "Northwind All-Hands\n\nMaya Chen: We signed 140 new customers this quarter.\n"
        "Raj Patel: We are not profitable yet, but we expect to break even next year.\n"
        "Elena Ruiz: Parental leave goes to twenty weeks.\n",
        encoding="utf-8",
    )
    engine = Engine(Settings(home=tmp_path / "home"), embeddings=embeddings)
    ingest(engine.store, [transcript])

    def question(text: str) -> dict[str, float]:
        r = engine.retrieve(Ask(text))
        x = describe(r, candidates(r, 3, 60), r.vectors)
        return dict(zip(QUESTION_FEATURES, question_features(r, x).tolist(), strict=True))

    # "Northwind" had been a name and a rare word no passage holds, as if asked of another
    # company; the all-hands is where it was said. A word the passages hold counts as ever.
    asked = question("When does Northwind expect to break even?")
    assert asked["known_names"] == 1.0 and asked["chunk_rare_best"] == 1.0
    assert question("When does Contoso expect to break even?")["known_names"] == 0.0
    assert question("What did Northwind sign this quarter?")["chunk_terms_best"] == 1.0


def test_opens_reply_marks_where_an_answer_to_a_question_begins(tmp_path: Path, embeddings) -> None:
    engine = briefing_engine(
        tmp_path,
        embeddings,
        "Q. Will property taxes rise?\n"
        "The President. No. Property taxes stay where they are.\n"
        "Q. Thank you, Madam President.\n"
        "The President. And one more thing on the budget. Schools get more.\n",
    )
    rows = _rows_by_text(engine, "Will property taxes go up?")
    opens = {text for text, row in rows.items() if row[COL["opens_reply"]]}
    # Only after a turn that asks; "Thank you, Madam President." asks nothing.
    assert opens == {"No. Property taxes stay where they are."}


def test_a_reporter_s_statement_is_put_to_whoever_replies(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = briefing_engine(
        tmp_path,
        embeddings,
        "Q. Will property taxes rise?\n"
        "The President. No. Property taxes stay where they are.\n"
        "Q. But the deficit is at a record high.\n"
        "The President. It is, and we will bring it down. Schools still get more.\n",
    )
    rows = _rows_by_text(engine, "What did the President say about the deficit?")
    opens = {text for text, row in rows.items() if row[COL["opens_reply"]]}
    # An interviewer's point is answered as a question is, and its words are the exchange's.
    assert "It is, and we will bring it down." in opens
    reply = rows["It is, and we will bring it down."]
    assert reply[COL["lexical_exchange"]] > reply[COL["lexical"]] == 0


def _rows_by_text(engine: Engine, question: str) -> dict[str, np.ndarray]:
    """Each candidate's quoted text and its features, for `question`."""
    r = engine.retrieve(Ask(question))
    spans = candidates(r, 3, 60)
    x = describe(r, spans, r.vectors)
    return {r.texts[s.doc_id][s.start : s.end]: row for s, row in zip(spans, x, strict=True)}


def test_lexical_exchange_reads_the_question_a_reply_answers_with_what_it_follows(
    tmp_path: Path,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "Safety review\n\nAnn Lee: The main incident this month was the chemical spill in lab "
        "three.\n\nTom Berg: What caused it?\n\nAnn Lee: A cracked bottle on the top shelf.\n\n"
        "Tom Berg: Thanks. Next item.\n\nAnn Lee: The fire drill is on Friday.\n",
    )
    by_text = _rows_by_text(engine, "What caused the chemical spill?")
    reply = by_text["A cracked bottle on the top shelf."]
    # The reply shares no word with the question; "What caused it?" with the statement it
    # follows holds all three ("caused", "chemical", "spill").
    assert reply[COL["lexical"]] == 0
    assert reply[COL["lexical_exchange"]] == pytest.approx(1.0)
    # After a turn that asks nothing ("Thanks. Next item."), and for a turn that follows a
    # statement, there is no exchange.
    assert by_text["The fire drill is on Friday."][COL["lexical_exchange"]] == 0
    assert by_text["What caused it?"][COL["lexical_exchange"]] == 0


def test_a_question_asking_for_a_figure_is_answered_by_a_passage_stating_one(
    meeting_engine: Engine,
) -> None:
    from retrieval.answer.quantity import asks_quantity, needs_figure, states_number
    from retrieval.answer.select import NO_FIGURE

    assert needs_figure("How many planes were lost?")
    assert needs_figure("What was the dollar value of the sale?")
    # "How much" puts figures first but may ask a degree: it does not abstain for want of one.
    assert asks_quantity("Which firms got the contract, and how much was it worth?")
    assert asks_quantity("How much does he trust them?")
    assert not needs_figure("How much does he trust them?")
    assert not asks_quantity("On what date did she say it?")  # the transcript's date may answer
    assert not asks_quantity("What did the minister say about the subsidy?")
    assert not asks_quantity("What did Price say about the deal?")  # Mr. Price, no price
    assert states_number("about ten percent") and states_number("cut by 25,000")
    assert not states_number("we will review it again then")
    answer = meeting_engine.ask(Ask("How much improvement did the new features give?"))
    assert "ten percent" in answer.citations[0].quote
    # The subsidy is discussed, but nobody gives a figure for it.
    answer = meeting_engine.ask(Ask("What was the total cost of the wage subsidy?"))
    assert answer.abstained and answer.answer == NO_FIGURE
    # A language model composer is still offered the candidates: it may find a figure.
    from retrieval.answer.select import select

    request = Ask("What was the total cost of the wage subsidy?")
    chosen = select(
        meeting_engine.retrieve(request), meeting_engine.settings.answer, meeting_engine.model
    )
    assert chosen.abstained and chosen.reason == NO_FIGURE and chosen.ranked and chosen.related


def test_a_question_naming_a_day_month_or_year_prefers_transcripts_of_that_date(
    tmp_path: Path,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    from retrieval.parse.dates import agrees, mentioned_dates

    assert mentioned_dates("at the March 13, 2020 press conference") == [(2020, 3, 13)]
    assert mentioned_dates("Johnson mentioned in March 1964?") == [(1964, 3, None)]
    assert mentioned_dates("Which attack came up at the January briefing?") == [(None, 1, None)]
    assert mentioned_dates("in early 1964, on March 7") == [(None, 3, 7), (1964, None, None)]
    # The day first, as British and Irish dates are written: it had been the month alone.
    assert mentioned_dates("on 14 May, and on the 3rd of March") == [(None, 5, 14), (None, 3, 3)]
    # A modal, a verb, a decade, a sum and a count are no dates.
    assert mentioned_dates("May I ask whether they march on the 1990s budget of $2010?") == []
    assert agrees("1964-03-07", (1964, 3, None)) and not agrees("1964-03-07", (None, 1, None))
    assert not agrees(None, (1964, None, None))

    body = (
        "MODERATOR: Good {}.\n\nSPOKESPERSON LEE: The budget talks with the provinces "
        "continue, and we expect an agreement on the budget soon.\n\n"
        "QUESTION: Will the budget pass?\n\nSPOKESPERSON LEE: We expect it to pass.\n"
    )
    for name, greeting in (
        ("2021-01-14-briefing.txt", "morning"),
        ("2021-03-11-briefing.txt", "day"),
    ):
        (tmp_path / name).write_text(body.format(greeting), "utf-8")
    engine = Engine(Settings(home=tmp_path / "home"), embeddings=embeddings)
    ingest(engine.store, [tmp_path])
    question = "What did the spokesperson say about the budget at the {} briefing?"
    for month, name in (
        ("January", "2021-01-14-briefing.txt"),
        ("March", "2021-03-11-briefing.txt"),
    ):
        answer = engine.ask(Ask(question.format(month)))
        assert Path(answer.retrieved[0][0]).name == name


def test_two_copies_of_a_transcript_are_quoted_once(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    # The same briefing as text and as the same text laid out again: each passage had been
    # quoted twice, once from each copy.
    text = (FIXTURES / "styles" / "kremlin_meeting.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, text, text.replace("\n\n", "\n\n\n"))
    for question in (
        "What did Putin ask the Government to do by 1 May?",
        "What did Putin say about sanctions?",  # abstained on: its nearest passages
    ):
        answer = engine.ask(Ask(question))
        quotes = answer.related if answer.abstained else answer.citations
        words = [" ".join(q.quote.split()) for q in quotes]
        assert quotes and not any(
            a in b for i, a in enumerate(words) for j, b in enumerate(words) if i != j
        ), (question, words)
