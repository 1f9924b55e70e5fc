"""Who a question names: its capitalised words, and the speakers a surname, letter, initials or
office stands for."""

from __future__ import annotations

from retrieval.answer.features import question_names
from retrieval.answer.names import speaker_matches, speaker_named, subject_of


def test_question_names_are_capitalised_words_that_do_not_open_a_sentence() -> None:
    assert question_names("What did Dr. Fauci say about the Warren Commission?") == [
        "Dr",
        "Fauci",
        "Warren",
        "Commission",
    ]
    assert question_names("Did George W. Bush go? Yes. Then Kim spoke.") == [
        "George",
        "W",
        "Bush",
        "Kim",
    ]
    assert question_names("Was it the U.S. Army in Paris. Macron said so") == [
        "U",
        "S",
        "Army",
        "Paris",
    ]


def test_speaker_named_by_surname_or_capital_letter() -> None:
    assert speaker_named("Lyndon B. Johnson", "What did Johnson say about prices?")
    assert speaker_named("PhD F", "What did F think of the XML format?")
    assert not speaker_named("PhD F", "what did they think of the f-test?")
    assert not speaker_named("Sung Kim", "What did the minister say?")
    assert speaker_named("Lyndon B. Johnson", "Why did LBJ think Congress was wrong?")


def test_a_subject_names_speakers_by_surname_letter_office_or_initials() -> None:
    speakers = ["Lyndon B. Johnson", "PhD F", "The Vice President", "Ursula Smith", "Sung Kim"]
    assert speaker_matches("Ambassador Kim", speakers) == ["Sung Kim"]
    assert speaker_matches("F", speakers) == ["PhD F"]
    assert speaker_matches("Vice President", speakers) == ["The Vice President"]
    assert speaker_matches("LBJ", speakers) == ["Lyndon B. Johnson"]
    assert speaker_matches("US", speakers) == []  # two capitals are a country, not initials
    # What qualifies an office is not part of a name, nor are letters after it.
    assert speaker_matches("Treasury Secretary Smith", speakers) == ["Ursula Smith"]
    assert speaker_matches("Ursula Smith MP", speakers) == ["Ursula Smith"]
    assert speaker_matches("Ursula Jones", speakers) == []


def test_a_subject_names_the_speakers_whose_labels_give_that_office() -> None:
    speakers = ["Patty Hajdu", "Justin Trudeau", "Chrystia Freeland", "Garnett Genuis"]
    offices = {
        "Patty Hajdu": ["Minister of Health"],
        "Justin Trudeau": ["Prime Minister"],
        "Chrystia Freeland": ["Deputy Prime Minister and Minister of Intergovernmental Affairs"],
    }

    def who(question: str) -> list[str]:
        return speaker_matches(subject_of(question) or "", speakers, offices)

    assert subject_of("What did the Minister of Health say?") == "the Minister of Health"
    assert who("What did the Minister of Health say about masks?") == ["Patty Hajdu"]
    assert who("What did the Prime Minister say about students?") == ["Justin Trudeau"]
    assert who("Did the Deputy Prime Minister agree?") == ["Chrystia Freeland"]
    assert who("What did the Minister say?") == ["Patty Hajdu"]  # offices that start so
    assert who("What did the Minister of Seniors say?") == []
    assert who("What did Genuis ask?") == ["Garnett Genuis"]
