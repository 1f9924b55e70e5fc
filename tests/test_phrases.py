"""Who said given words: "Who said 'nobody, and I mean nobody'?" is answered with the passages
that say them word for word, whoever said them, and as any other question where none does."""

from __future__ import annotations

import pytest

from retrieval.answer.phrases import asked_words, said_at
from retrieval.chain import Ask, Engine
from retrieval.index.manifest import Filters

from .conftest import engine_over

DEBATE = (
    "Mayoral debate\n\n"
    "Moderator: When will the Harbor Street bridge reopen?\n\n"
    "Voss: The contractor says spring of 2027 if the steel arrives on time. I will hold them "
    "to it.\n\n"
    "Teague: Honestly, I don't know. Nobody, and I mean nobody, can promise a date tonight.\n\n"
    "Voss: I don't know either, but I know who to call.\n\n"
    "Moderator: Let's turn to housing. What would you do about rents?\n\n"
    "Teague: Build more homes near the rail line, and fast.\n"
)
BRIEFING = (
    "Sheriff's briefing on the warehouse fire\n\n"
    "Ana Ruiz: We will not be deterred. The investigation continues tonight.\n\n"
    "Reporter: Do you know when the road will reopen?\n\n"
    "Ana Ruiz: I don’t know yet. The engineers are on site now.\n"
)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who said 'we will not be deterred'?", ["we", "will", "not", "be", "deterred"]),
        ("Which senator called the plan “reckless”?", ["reckless"]),
        ("When did the chair use the words 'point of order'?", ["point", "of", "order"]),
        ('Did Powell say "transitory"?', ["transitory"]),
        ("Find the quote 'A fine punishes the past'", ["a", "fine", "punishes", "the", "past"]),
        ("Who said ‘it’s not the time’?", ["it's", "not", "the", "time"]),
        # Quoted words that name a topic, not words to find; apostrophes; no quotation marks.
        ('What was said of the "where is X" construction?', []),
        ("Where did Johnson stand on the 'black power' slogan?", []),
        ("Who's the chair's deputy?", []),
        ("Who said we don't know?", []),
    ],
)
def test_a_question_asks_who_said_the_words_it_quotes(question: str, words: list[str]) -> None:
    assert asked_words(question) == words


def test_words_are_found_whatever_their_case_accents_and_punctuation_between() -> None:
    text = "Honestly, I don’t know. Nobody, and I mean NOBODY, can promise a date. Café au lait."
    place = next(said_at(text, 0, len(text), asked_words("Who said 'nobody and I mean nobody'?")))
    assert text[slice(*place)] == "Nobody, and I mean NOBODY"
    assert [text[s:e] for s, e in said_at(text, 0, len(text), ["i", "don't", "know"])] == [
        "I don’t know"
    ]
    assert list(said_at(text, 0, len(text), ["cafe", "au", "lait"]))  # accents aside
    assert not list(said_at(text, 0, 20, ["nobody"]))  # only within the span asked about
    assert not list(said_at(text, 0, len(text), ["mean", "nobody", "can", "not"]))


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    return engine_over(tmp_path_factory.mktemp("phrases"), embeddings, DEBATE, BRIEFING)


def test_who_said_the_words_is_answered_by_the_one_sentence_that_says_them(
    places: Engine,
) -> None:
    answer = places.ask(Ask("Who said 'nobody and I mean nobody'?"))
    assert not answer.abstained
    assert [(c.speaker, c.quote) for c in answer.citations] == [
        ("Teague", "Nobody, and I mean nobody, can promise a date tonight.")
    ]


def test_words_said_by_several_speakers_are_quoted_from_each(places: Engine) -> None:
    answer = places.ask(Ask("Who said “I don't know”?"))
    assert {c.speaker for c in answer.citations} == {"Teague", "Voss", "Ana Ruiz"}
    assert {c.quote for c in answer.citations} == {
        "Honestly, I don't know.",
        "I don't know either, but I know who to call.",
        "I don’t know yet.",
    }
    # Held to a speaker, or asked whether one said them, only theirs.
    held = places.ask(Ask("Who said 'I don't know'?", filters=Filters(speakers=("Ana Ruiz",))))
    assert [c.speaker for c in held.citations] == ["Ana Ruiz"]
    asked = places.ask(Ask("Did Teague say 'I don't know'?"))
    assert [c.speaker for c in asked.citations] == ["Teague"]


def test_words_that_run_over_two_sentences_are_quoted_in_both(places: Engine) -> None:
    answer = places.ask(Ask("Who said 'we will not be deterred, the investigation continues'?"))
    assert [c.quote for c in answer.citations] == [
        "We will not be deterred. The investigation continues tonight."
    ]
    assert answer.citations[0].speaker == "Ana Ruiz"


def test_words_nobody_said_are_asked_as_any_other_question(places: Engine) -> None:
    question = "Who said 'we will never surrender'?"
    assert asked_words(question)
    assert places.retrieve(Ask(question)).said_words == ()
    assert places.retrieve(Ask("Who said 'we will not be deterred'?")).said_words
