"""A question typed all in lower case, as in a chat (or so after a capital, as a phone writes
it), finds whom it names as one written with capitals does: the transcripts say which of its
words are names."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.truecase import NameCase, opens_on_capital, uncased
from retrieval.chain import Ask
from retrieval.parse.transcript import parse

from .conftest import engine_over

MEETING = (
    "Reef survey meeting, 3 March 2025\n\n"
    "Mei Lin: Kwame, the marina sites bleached worst this summer. I met Dr. Perez in Lisbon "
    "and she saw the same. The green option is to survey them monthly.\n\n"
    "Kwame Mensah: I'm not convinced. The marina sites are the shallowest, so they warm "
    "first. Green algae tell us more than the survey would.\n\n"
    "Mei Lin: Then we keep the quarterly survey and add temperature loggers at the marina.\n\n"
    "Kwame Mensah: Agreed. Loggers first, and the survey budget stays where it is.\n"
)


def test_a_transcript_keeps_the_words_it_writes_with_a_capital_inside_a_sentence() -> None:
    doc = parse(MEETING, "reef.txt")
    caps = doc.capitals()
    assert caps["lisbon"] == ["Lisbon", 1, 0]
    assert caps["perez"] == ["Perez", 1, 0]
    # A sentence's first word tells nothing: "Green algae" opens one, "green option" does not.
    assert "green" not in caps and "then" not in caps
    # A name its label gives counts at each turn: "Mensah" is never said.
    assert caps["mensah"] == ["Mensah", 2, 0]
    # Captions in capitals say nothing of case.
    shouted = parse("ANNA: WE MET IN LISBON TODAY.\n\nBEN: AND IN PORTO.\n", "c.txt")
    assert "lisbon" not in shouted.capitals()


def test_only_a_question_without_capitals_is_read_again() -> None:
    assert uncased("what did mensah say about the marina")
    assert uncased("WHAT DID MENSAH SAY?")
    assert uncased("what did i miss about what mensah said")
    assert not uncased("What did Mensah say?")
    assert not uncased("What did mensah say?")  # opened on a capital: read as written

    speakers = ["Kwame Mensah", "Mei Lin", "Will Porter", "The Taoiseach", "Project Manager"]
    speakers += ["Marketing", "Moderator", "Lyndon B. Johnson", "Mary Ellen Walsh"]
    offices = {"Chief Financial Officer", "Taoiseach"}
    caps = {
        "mensah": ("Mensah", 2, 0),
        "porter": ("Porter", 3, 0),
        "will": ("Will", 3, 40),  # the transcripts write "will" mostly in lower case
        "mcgrath": ("McGrath", 6, 0),
        "lbj": ("LBJ", 1, 0),
    }

    def cased(question: str, chunks: int = 1) -> str:
        def frequency(ts: list[str]) -> dict[str, int]:
            return {t: chunks for t in ts}

        def names_someone(question: str) -> bool:
            return False

        return NameCase([*speakers, "Mattie McGrath"], offices, caps, frequency, names_someone)(
            question
        )

    assert cased("what did mensah say about the marina") == "what did Mensah say about the marina"
    assert cased("what will happen to porter's plan") == "what will happen to Porter's plan"
    # A whole name as its label writes it; an acronym of an office; a title before a name.
    assert cased("what did the project manager decide") == "what did the Project Manager decide"
    # A one-word name is a name alone, a part after "the" (found in lower case as offices are).
    assert cased("what did marketing think of the buttons") == (
        "what did Marketing think of the buttons"
    )
    assert cased("what did the moderator ask about ai") == "what did the moderator ask about ai"
    assert cased("what did the cfo say about margins") == "what did the CFO say about margins"
    assert cased("what did the taoiseach promise deputy mcgrath") == (
        "what did the taoiseach promise Deputy McGrath"
    )
    # A speaker's initials, unless the transcripts write the word in lower case ("mew").
    assert cased("why did lbj go to catoctin") == "why did LBJ go to catoctin"
    assert cased("why did the cat mew") == "why did the cat mew"
    # A word written in lower case in more chunks than it is capitalised is no name.
    assert cased("what did mensah say", chunks=5) == "what did mensah say"


def test_a_question_in_lower_case_finds_whom_it_names(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = engine_over(tmp_path, embeddings, MEETING)
    for question in (
        "According to Mensah, why did the marina sites bleach?",
        "according to mensah, why did the marina sites bleach",
        "ACCORDING TO MENSAH, WHY DID THE MARINA SITES BLEACH?",
    ):
        assert engine.retrieve(Ask(question)).asked_about == ("Kwame Mensah",), question
        answer = engine.ask(Ask(question))
        assert answer.citations[0].speaker == "Kwame Mensah", question
        assert "shallowest" in answer.citations[0].quote, question


def test_a_question_opening_on_a_capital_reads_its_names_only_where_it_finds_nobody() -> None:
    assert opens_on_capital("What did justice kagan ask?")
    assert opens_on_capital("“According to mensah, what bleached?”")
    assert not opens_on_capital("What did Justice Kagan ask?")
    assert not opens_on_capital("what did kagan ask?")  # `uncased`
    assert opens_on_capital("What did I miss about what mensah said?")

    speakers = ["Kwame Mensah", "Industrial Designer", "Will Porter"]
    caps = {"mensah": ("Mensah", 2, 0), "will": ("Will", 3, 40), "porter": ("Porter", 3, 0)}
    named = {"Mensah", "Industrial Designer", "industrial designer"}

    def names_someone(question: str) -> bool:
        return any(n in question for n in named)

    cased = NameCase(speakers, set(), caps, lambda ts: {t: 1 for t in ts}, names_someone)
    # A phone's keyboard capitalises the first letter of "what did mensah say?".
    assert cased("What did mensah say?") == "What did Mensah say?"
    assert cased("Mensah said what about the marina?") == "Mensah said what about the marina?"
    # Read as written where that names someone: offices in lower case are found so, and a
    # whole name given its capitals would make "the industrial designer and ..." one person.
    assert cased("What did the industrial designer think?") == (
        "What did the industrial designer think?"
    )
    # Where the capitals name nobody either, as written too.
    assert cased("Will the bank cut rates?") == "Will the bank cut rates?"
    assert cased("What did mei lin propose?") == "What did mei lin propose?"


def test_a_question_opening_on_a_capital_finds_whom_it_names(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = engine_over(tmp_path, embeddings, MEETING)
    for question in (
        "According to mensah, why did the marina sites bleach?",
        "What did mensah say?",
    ):
        assert engine.retrieve(Ask(question)).asked_about == ("Kwame Mensah",), question


def test_the_lower_case_check_counts_questions_asking_about_the_same_speakers(
    tmp_path: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    from retrieval.evaluate.lowercase import agreement

    engine_over(tmp_path, embeddings, MEETING)
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        '{"question": "According to Mensah, why did the marina sites bleach?"}\n'
        '{"question": "What did Mei Lin propose?"}\n'
        '{"question": "Why add temperature loggers?"}\n',
        encoding="utf-8",
    )
    assert agreement(tmp_path / "home", questions) == (3, 2, 3, 3)
