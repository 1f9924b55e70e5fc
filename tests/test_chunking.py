"""Chunks and sentences: exact slices of the file, turn-aware, deterministic, within budget."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from retrieval.answer.verify import source_text
from retrieval.index.chunking import chunk_transcript, tiktoken_counter
from retrieval.parse.sentences import split_sentences
from retrieval.parse.transcript import parse_file
from retrieval.settings import BUNDLED_CORPUS

from .conftest import FIXTURES

FORMATS = FIXTURES / "formats"
FILES = (
    sorted(BUNDLED_CORPUS.glob("*.txt"))
    + sorted(p for p in FIXTURES.iterdir() if p.is_file())
    + [FORMATS / n for n in ("town_hall.vtt", "council_stream.srt", "state_briefing.html")]
    + [
        FORMATS / n
        for n in ("whitehouse_remarks.html", "broadband_hearing.pdf", "product_sync.docx")
    ]
)


@pytest.fixture(scope="module")
def count():  # type: ignore[no-untyped-def]
    return tiktoken_counter()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_chunk_and_sentence_is_a_slice_of_the_file(path: Path, count) -> None:  # type: ignore[no-untyped-def]
    doc = parse_file(path)
    raw = doc.text if doc.extracted else source_text(str(path))
    chunks = chunk_transcript(doc, count, 220)
    assert chunks
    for c in chunks:
        assert c.text == raw[c.start : c.end]
        for s in c.sentences:
            assert c.start <= s.start < s.end <= c.end
            turn = doc.turns[s.turn]
            assert turn.start <= s.start and s.end <= turn.end
            assert s.speaker == turn.speaker


def test_a_question_travels_with_its_answer(count) -> None:  # type: ignore[no-untyped-def]
    doc = parse_file(BUNDLED_CORPUS / "000_c23640fa7ee989c1.txt")
    chunks = chunk_transcript(doc, count, 220)
    china = next(c for c in chunks if "role of China" in c.text)
    assert "China has a very important role to play" in china.text
    assert {s.role for s in china.sentences} == {"reporter", "official"}


def test_long_turns_split_at_sentences_and_keep_the_question_as_context(count) -> None:  # type: ignore[no-untyped-def]
    doc = parse_file(BUNDLED_CORPUS / "001_4b14e850cf881111.txt")
    chunks = chunk_transcript(doc, count, 60)
    assert len(chunks) > 15
    for c in chunks:
        if len(c.sentences) > 1:
            assert count(c.text) <= 60 + 5
        assert c.text.rstrip()[-1] in ".?!”\"'"  # whole sentences only
    split = [c for c in chunks if c.context]
    assert split and all(
        c.context.startswith(("Ambassador", "As the", "I have", "Mr.", "Could")) for c in split
    )


def test_chunk_ids_are_deterministic(count) -> None:  # type: ignore[no-untyped-def]
    doc = parse_file(BUNDLED_CORPUS / "000_c23640fa7ee989c1.txt")
    first = [c.id for c in chunk_transcript(doc, count, 220)]
    again = [
        c.id
        for c in chunk_transcript(
            parse_file(BUNDLED_CORPUS / "000_c23640fa7ee989c1.txt"), count, 220
        )
    ]
    assert first == again and len(set(first)) == len(first)


def test_a_file_parsed_into_other_turns_gets_new_chunk_ids(count) -> None:  # type: ignore[no-untyped-def]
    # Sentence vectors are stored under their chunk's id: an id reused for other sentences
    # would leave the previous generation answering with vectors it does not describe.
    doc = parse_file(FIXTURES / "q_dot.txt")
    relabelled = replace(
        doc, turns=tuple(replace(t, speaker=t.speaker + " Jr.") for t in doc.turns)
    )
    before = {(c.start, c.end): c.id for c in chunk_transcript(doc, count, 10_000)}
    after = {(c.start, c.end): c.id for c in chunk_transcript(relabelled, count, 10_000)}
    assert set(before) & set(after)  # the same stretches of text...
    assert not set(before.values()) & set(after.values())  # ...under other ids


def test_sentence_split_respects_abbreviations() -> None:
    text = "We met the U.S. team and Mr. Smith today. The U.S. We are ready. Thank you."
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == [
        "We met the U.S. team and Mr. Smith today.",
        "The U.S.",
        "We are ready.",
        "Thank you.",
    ]


def test_a_list_s_items_are_sentences_but_a_line_wrapped_onto_a_dash_is_not() -> None:
    text = (
        "Actions:\n- Tom: loosen the webhook alert (Wed)\n- Kwame: snapshot in staging\n"
        "1. Design freeze\nWe went there\n- and then we left."
    )
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    # The three items had been one quote, without a full stop between them.
    assert got == [
        "Actions:",
        "- Tom: loosen the webhook alert (Wed)",
        "- Kwame: snapshot in staging",
        "1. Design freeze\nWe went there\n- and then we left.",
    ]


def test_a_parliament_s_forms_of_address_do_not_end_a_sentence() -> None:
    text = "Will my right hon. Friend meet her? I thank the Rt. Hon. Member. Yes."
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert got == ["Will my right hon. Friend meet her?", "I thank the Rt. Hon. Member.", "Yes."]


def test_text_without_punctuation_is_cut_into_pieces_of_a_sentence_s_length() -> None:
    # Automatic captions end no sentence: the whole recording had been one quote.
    words = [f"w{i}" for i in range(50)]
    text = " ".join(words)
    got = [text[s:e] for s, e in split_sentences(text, 0, len(text))]
    assert [len(g.split()) for g in got] == [17, 16, 17]
    assert " ".join(got) == text  # every word in one piece, in order
    # A long sentence with any punctuation stays whole, as does a short one without.
    long = "so, " + " ".join(words)
    assert [long[s:e] for s, e in split_sentences(long, 0, len(long))] == [long]
    short = " ".join(words[:40])
    assert len(split_sentences(short, 0, len(short))) == 1
    # In a punctuated transcript a run-on without punctuation stays one sentence.
    punctuated = "Yes. " * 20 + text
    assert len(split_sentences(punctuated, 100, len(punctuated))) == 1


def test_the_stopwords_are_nltk_s_as_bm25s_ships_them_and_the_words_questions_frame_with() -> None:
    from bm25s.stopwords import STOPWORDS_EN_PLUS

    from retrieval.index.lexical import _NLTK, SPOKEN_STOPWORDS, STOPWORDS, terms

    assert set(STOPWORDS_EN_PLUS) >= _NLTK
    # Left out: contractions, and the pieces of them `terms` would see ("didn", "won", "ma").
    pieces = {part for w in STOPWORDS_EN_PLUS for part in w.split("'")}
    assert all("'" in w or (w in pieces or len(w) <= 3) for w in set(STOPWORDS_EN_PLUS) - _NLTK)
    assert STOPWORDS == _NLTK | SPOKEN_STOPWORDS and not _NLTK & SPOKEN_STOPWORDS
    assert terms("What did Dr. Kim say about the talks?") == ["kim", "talk"]
