"""Parsing: metadata, speaker turns with exact offsets, boilerplate kept out."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from retrieval.answer.verify import source_text
from retrieval.parse.transcript import TranscriptError, parse, parse_file
from retrieval.settings import BUNDLED_CORPUS

from .conftest import FIXTURES, said, speakers, who

# sha256 of the transcripts as shipped in ../shared/corpus.
SHIPPED = {
    "000_c23640fa7ee989c1.txt": "419b3b1364e8772471f802d92afb84c0c1b47e7cda40cfe120678057bdd750c0",
    "001_4b14e850cf881111.txt": "763772b690cb35f937d976c03110bf0395f16b70c4fc2f3bcf75555a970c9740",
}


def test_bundled_corpus_is_byte_identical_to_the_shipped_transcripts() -> None:
    assert sorted(p.name for p in BUNDLED_CORPUS.iterdir()) == sorted(SHIPPED)
    shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    for name, digest in SHIPPED.items():
        ours = (BUNDLED_CORPUS / name).read_bytes()
        assert hashlib.sha256(ours).hexdigest() == digest
        if shared.is_dir():
            assert ours == (shared / name).read_bytes()


def test_trilateral_remarks_metadata_and_turns() -> None:
    doc = parse_file(BUNDLED_CORPUS / "000_c23640fa7ee989c1.txt")
    assert doc.title == "Trilateral Meeting on North Korea: Remarks at Iikura House, Tokyo"
    assert doc.date == "2015-01-29"
    assert doc.location == "Tokyo"
    assert doc.speaker == "Sung Kim"
    assert [t.role for t in doc.turns[:3]] == ["official", "reporter", "official"]
    assert doc.text[doc.turns[0].start :].startswith("Good afternoon. It’s great to be back")
    assert doc.text[: doc.turns[-1].end].endswith("making some real progress.\n\nThank you.")


def test_ministry_remarks_metadata() -> None:
    doc = parse_file(BUNDLED_CORPUS / "001_4b14e850cf881111.txt")
    assert doc.title == "Remarks at Ministry of Foreign Affairs in Tokyo"
    assert doc.date == "2014-12-09"  # the page's date, not the photo caption's 12/08/2014
    assert doc.location == "Tokyo, Japan"
    assert {t.speaker for t in doc.turns} == {"Sung Kim", "Reporter"}
    assert len(doc.turns) == 15


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_boilerplate_is_not_in_any_turn(name: str) -> None:
    doc = parse_file(BUNDLED_CORPUS / name)
    spoken = " ".join(doc.text[t.start : t.end] for t in doc.turns)
    for furniture in (
        "official website",
        "Here’s how you know",
        ".mil website",
        "Indo-Pacific",
        "Balikatan",
        "State Dept Image",
        "Home : Media",
    ):
        assert furniture not in spoken
    # ...while the file itself still holds it: nothing is deleted.
    assert "An official website" in doc.text or "State Dept Image" in doc.text


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_turn_offsets_are_exact_and_labels_excluded(name: str) -> None:
    doc = parse_file(BUNDLED_CORPUS / name)
    raw = source_text(str(BUNDLED_CORPUS / name))
    for t in doc.turns:
        spoken = raw[t.start : t.end]
        assert spoken == spoken.strip() and spoken
        assert not spoken.startswith(("AMBASSADOR", "QUESTION:"))
        line_start = raw.rfind("\n", 0, t.start) + 1
        label = raw[line_start : t.start]
        assert label in ("", "QUESTION: ", "AMBASSADOR KIM: ", "AMBASSADOR SUNG KIM: ")


def test_white_house_style_with_header_alias_and_bare_q() -> None:
    doc = parse_file(FIXTURES / "whitehouse_press.txt")
    assert doc.title == "Remarks by the President Before Departure"
    assert doc.date == "2023-03-03"
    assert doc.speaker == "Joe Biden"  # "THE PRESIDENT." resolved through "President: Joe Biden"
    assert who(doc)[:2] == [
        ("Joe Biden", "official"),
        ("Reporter", "reporter"),
    ]
    assert doc.text[doc.turns[1].start :].startswith("Mr. President, will you veto")
    assert doc.text[: doc.turns[-1].end].endswith("That is all I have to say on it.")


def test_a_speech_whose_title_names_the_speaker_by_title_and_surname() -> None:
    doc = parse(
        "Remarks by President Biden on the Economy\nMarch 9, 2023\n\n"
        "Thank you. Please have a seat.\n\nToday I'm releasing my budget, which cuts the "
        "deficit by nearly three trillion dollars.\n",
        "remarks.txt",
    )
    assert doc.speaker == "Biden"
    assert {t.speaker for t in doc.turns} == {"Biden"}


def test_a_header_naming_the_guest_with_a_title_and_what_they_are() -> None:
    doc = parse(
        "The Policy Hour, Episode 42: Housing\nGuest: Dr. Maria Lopez, urban economist\n\n"
        "Host: Welcome back.\nGuest: Thanks for having me.\nHost: Why are rents rising?\n"
        "Guest: We have not built enough homes.\n",
        "podcast.txt",
    )
    assert [(t.speaker, t.role) for t in doc.turns][:2] == [
        ("Host", "moderator"),
        ("Maria Lopez", "official"),
    ]


def test_a_byline_s_office_names_who_speaks_under_that_office() -> None:
    # The UN's noon briefing: the spokesman is named once, in a sentence above the transcript.
    doc = parse(
        "DAILY PRESS BRIEFING BY THE OFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL\n"
        "Thursday, 8 February 2024\n\nThe following is a near-verbatim transcript of today's "
        "noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\n"
        "Question: Has he spoken to the Prime Minister?\n\nSpokesman: Not this week.\n\n"
        "Question: And Sudan?\n\nSpokesman: The appeal opens in April.\n",
        "noon.txt",
    )
    assert doc.speaker == "Stéphane Dujarric"
    # The editor's note above the transcript is nobody's words.
    assert who(doc)[:2] == [("Reporter", "reporter"), ("Stéphane Dujarric", "official")]
    # A byline on its own line, the label in capitals.
    doc = parse(
        "Department Press Briefing\nNed Price, Department Spokesperson\nMarch 1, 2022\n\n"
        "SPOKESPERSON: Good afternoon.\n\nQUESTION: Any news?\n\nSPOKESPERSON: None.\n",
        "state.txt",
    )
    assert who(doc)[:2] == [("Ned Price", "official"), ("Reporter", "reporter")]


def test_a_reporter_greeting_the_official_first_is_no_header_alias() -> None:
    text = (
        "Briefing, 3 May 2021\n\nQ: Ambassador Sung Kim, welcome\nAMBASSADOR KIM: Thank you."
        "\nQ: What about sanctions?\nAMBASSADOR KIM: We keep them.\n"
    )
    doc = parse(text, "briefing.txt")
    assert [(t.role, text[t.start : t.end]) for t in doc.turns][:2] == [
        ("reporter", "Ambassador Sung Kim, welcome"),
        ("official", "Thank you."),
    ]


def test_state_briefing_with_moderator_and_surname_label() -> None:
    doc = parse_file(FIXTURES / "state_briefing.txt")
    assert doc.speaker == "Ned Price"  # "MR. PRICE:" matched to the header's full name
    assert doc.location == "Washington, DC"
    roles = who(doc)
    assert ("Moderator", "moderator") in roles and ("Reporter", "reporter") in roles
    assert "Related News" not in said(doc, -1)


def test_markdown_interview() -> None:
    doc = parse_file(FIXTURES / "interview.md")
    assert doc.title == "Interview with the Secretary on Climate Policy"
    assert (doc.date, doc.location) == ("2021-06-12", "Geneva, Switzerland")
    assert [t.speaker for t in doc.turns] == ["Interviewer", "Jane Doe", "Interviewer", "Jane Doe"]
    assert doc.text[doc.turns[1].start :].startswith("Thank you for having me.")


def test_q_dot_style() -> None:
    doc = parse_file(FIXTURES / "q_dot.txt")
    assert doc.date == "2018-10-10"
    assert [t.role for t in doc.turns] == [
        "official",
        "reporter",
        "official",
        "reporter",
        "official",
    ]
    assert said(doc, 1) == "How many homes will be built?"


def test_a_title_s_last_words_after_in_are_a_place_only_when_the_text_names_it_so() -> None:
    body = "Host: Why did trust fall?\nGuest: Because we never said how science works.\n"
    podcast = parse("The Long Game: Rebuilding Trust in Science\n\n" + body, "ep88.txt")
    assert podcast.location is None  # the text writes "science" in lower case
    remarks = parse("Remarks by the Ambassador in Tokyo\n\n" + body, "tokyo.txt")
    assert remarks.location == "Tokyo"


def test_unlabelled_prose_falls_back_to_the_principal_speaker() -> None:
    doc = parse_file(FIXTURES / "plain_remarks.txt")
    assert (doc.title, doc.speaker, doc.location) == (
        "Remarks on Ocean Conservation",
        "Maria Lopez",
        "Lisbon, Portugal",
    )
    assert doc.turns and all(t.speaker == "Maria Lopez" for t in doc.turns)
    assert doc.text[doc.turns[1].start :].startswith("We have lost half of the coral reefs")


def test_unlabelled_prose_without_a_known_speaker_is_unknown() -> None:
    text = (
        "Notes\n\n" + "This paragraph has no speaker label at all but is long enough to count. " * 2
    )
    doc = parse(text, "notes.txt")
    assert doc.turns and doc.turns[0].speaker == "unknown" and doc.turns[0].role == "unknown"


def test_a_file_named_by_its_day_is_dated_by_it_unless_the_text_says() -> None:
    body = "THE PRESIDENT. Good afternoon.\n\nQ. Mr. President, is it true?\n\nTHE PRESIDENT. No.\n"
    assert parse(body, "archive/1964-03-07-press-conference.txt").date == "1964-03-07"
    dated = "News Conference\nMarch 9, 1977\n\n" + body
    assert parse(dated, "1964-03-07-press-conference.txt").date == "1977-03-09"
    assert parse(body, "press-conference.txt").date is None
    assert parse(body, "2021_06_08_briefing.txt").date == "2021-06-08"


def test_crlf_offsets_are_offsets_of_the_file_as_read() -> None:
    text = "Title Line\r\n\r\nMODERATOR: Welcome.\r\n\r\nQUESTION: Is it raining?\r\n"
    doc = parse(text, "crlf.txt")
    assert [text[t.start : t.end] for t in doc.turns] == ["Welcome.", "Is it raining?"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"abc\x00def", "binary"),
        (b"QUESTION: caf\x81?\n", "not UTF-8"),
        ("QUESTION: It’s café?\n".encode() + b"\xe9\n", "not UTF-8 .invalid byte at offset 24"),
        (b"\xff\xfeQ\x00\x00\xd8", "broken UTF-16"),
    ],
)
def test_unreadable_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(TranscriptError, match=message) as err:
        parse_file(bad)
    assert str(bad) in str(err.value)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Oral evidence taken on Tuesday 12 March 2024", "2024-03-12"),
        ("March 12th, 2024", "2024-03-12"),
        ("Mar. 12, 2024", "2024-03-12"),
        ("3/12/2024", "2024-03-12"),  # American order
        ("Meeting of 25/01/2022", "2022-01-25"),  # the day first, where the month cannot be
        ("2024/03/12", "2024-03-12"),
        ("Sitzung vom 12.03.2024", "2024-03-12"),  # European order
        ("2024.03.12 Regular Briefing", "2024-03-12"),  # East Asian order
        ("Recorded: 2024-03-12T10:00:00Z", "2024-03-12"),  # ISO with a time
    ],
)
def test_header_dates_in_several_styles(line: str, iso: str) -> None:
    doc = parse(f"{line}\n\nSPEAKER 1: We met.\nSPEAKER 2: We did.\n", "dated.txt")
    assert doc.date == iso


def test_times_of_a_caption_track_copied_as_text_locate_its_lines() -> None:
    text = "[00:00:01] so welcome everybody\n[01:02:04] tonight we talk about bus routes\n"
    doc = parse(text, "captions.txt")
    assert doc.mark_kind == "time"
    assert doc.marks == ((0, "00:00:01.000"), (32, "01:02:04.000"))
    assert said(doc, 1) == "tonight we talk about bus routes"


def test_whisper_s_lines_are_located_by_their_spans_and_named_by_the_diariser() -> None:
    plain = parse(
        "[00:00.000 --> 00:04.000]  Good morning, everyone.\n"
        "[00:04.000 --> 00:09.000]  Should we start with the hiring update?\n",
        "whisper.txt",
    )
    # The spans had been words of the quotes.
    assert plain.marks == ((0, "00:00:00.000"), (51, "00:00:04.000"))
    assert [plain.text[t.start : t.end] for t in plain.turns] == [
        "Good morning, everyone.",
        "Should we start with the hiring update?",
    ]
    diarised = parse(
        "[00:00:01.000 --> 00:00:05.500] SPEAKER_00: The main item is the migration.\n"
        "[00:00:05.500 --> 00:00:11.200] SPEAKER_01: Replicas first, then the primary.\n"
        "[00:00:11.200 --> 00:00:14.000] SPEAKER_00: What's the risk?\n"
        "[00:00:14.000 --> 00:00:21.300] SPEAKER_01: Replication lag.\n",
        "diarised.txt",
    )
    assert speakers(diarised) == ["Speaker 00", "Speaker 01", "Speaker 00", "Speaker 01"]
    assert [time for _, time in diarised.marks][:2] == ["00:00:01.000", "00:00:05.500"]
    cpp = parse(
        "[00:00:00.000 --> 00:00:04.000]  (speaker 0) Good morning, thanks for coming.\n"
        "[00:00:04.000 --> 00:00:09.000]  (speaker 1) Morning. Shall we start?\n"
        "[00:00:09.000 --> 00:00:15.000]  (speaker 0) Yes, two offers were accepted.\n",
        "whisper-cpp.txt",
    )
    assert speakers(cpp) == ["Speaker 0", "Speaker 1", "Speaker 0"]
    assert said(cpp, 1) == "Morning. Shall we start?"
