"""Parsing: metadata, speaker turns with exact offsets, boilerplate kept out."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from retrieval.answer.verify import source_text
from retrieval.parse.transcript import Transcript, TranscriptError, parse, parse_file
from retrieval.settings import BUNDLED_CORPUS

from .conftest import FIXTURES

# sha256 of the transcripts as shipped in ../shared/corpus.
SHIPPED = {
    "000_c23640fa7ee989c1.txt": "419b3b1364e8772471f802d92afb84c0c1b47e7cda40cfe120678057bdd750c0",
    "001_4b14e850cf881111.txt": "763772b690cb35f937d976c03110bf0395f16b70c4fc2f3bcf75555a970c9740",
}


def _who(doc: Transcript) -> list[tuple[str, str]]:
    """Each turn's speaker and role."""
    return [(t.speaker, t.role) for t in doc.turns]


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
    assert _who(doc)[:2] == [
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
    roles = _who(doc)
    assert ("Moderator", "moderator") in roles and ("Reporter", "reporter") in roles
    assert "Related News" not in doc.text[doc.turns[-1].start : doc.turns[-1].end]


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
    assert doc.text[doc.turns[1].start : doc.turns[1].end] == "How many homes will be built?"


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


def test_committee_labels_with_constituencies_nested_parentheses_and_accents() -> None:
    doc = parse_file(FIXTURES / "committee.txt")
    assert _who(doc) == [
        ("Anthony Rota", "moderator"),
        ("Heather McPherson", "participant"),
        ("Gérard Deltell", "participant"),
        ("Heather McPherson", "participant"),
        ("Gérard Deltell", "participant"),
        ("Anthony Rota", "moderator"),  # the bare "The Chair:" is whoever was named chairing
    ]
    assert doc.text[doc.turns[1].start :].startswith("Thank you, Mr. Chair. Will the minister")
    # A constituency and the chair's own name in parentheses are not offices; chairing is.
    assert doc.offices() == {"Anthony Rota": "Chair"}
    minister = parse(
        "The Chair: Order.\nHon. Patty Hajdu (Minister of Health): Masks work.\n"
        "Mr. John Smith (Calgary, CPC): Do they?\nHon. Patty Hajdu: They do.\n",
        "committee.txt",
    )
    assert minister.offices() == {"Patty Hajdu": "Minister of Health"}
    # Titles before a name, or in its place, are offices too.
    briefing = parse(
        "AMBASSADOR SUNG KIM: Good morning.\nQUESTION: Will you visit?\nAMBASSADOR KIM: No.\n"
        "Professor C: Agreed.\n",
        "briefing.txt",
    )
    assert briefing.offices() == {"Sung Kim": "ambassador", "Professor C": "professor"}


def test_research_meeting_letters_keep_their_title_and_nobody_is_a_reporter() -> None:
    doc = parse_file(FIXTURES / "research_meeting.txt")
    assert [t.speaker for t in doc.turns] == [
        "Professor E",
        "PhD A",
        "Grad F",
        "PhD A",
        "Professor E",
    ]
    # Grad F only asks, but in a meeting that makes a participant, not a reporter.
    assert {t.role for t in doc.turns} == {"participant"}


def test_diarised_speaker_numbers() -> None:
    doc = parse_file(FIXTURES / "diarised.txt")
    assert [t.speaker for t in doc.turns] == ["Speaker 1", "Speaker 00", "Speaker 1", "Speaker 00"]
    assert doc.text[doc.turns[1].start :].startswith("Thanks for having me.")


def test_bare_q_followed_by_several_spaces() -> None:
    text = (
        "President: Barack Obama\n\nTHE PRESIDENT:  Good afternoon, everybody.\n\n"
        "Q    Do you agree the bill can't pass anymore?\n\nTHE PRESIDENT:  No, I do not.\n"
    )
    doc = parse(text, "obama.txt")
    assert _who(doc) == [
        ("Barack Obama", "official"),
        ("Reporter", "reporter"),
        ("Barack Obama", "official"),
    ]
    assert doc.text[doc.turns[1].start : doc.turns[1].end] == (
        "Do you agree the bill can't pass anymore?"
    )


def test_title_labels_ending_in_a_full_stop() -> None:
    # The American Presidency Project's style: once one such label repeats, the document uses
    # it, and a label seen once counts too; "Mr. Smith said" is prose.
    text = (
        "President: Bill Clinton\n\nThe President. Good afternoon.\n"
        "Mr. Smith said the order was ready.\n"
        "Q. Will you appeal the decision?\n"
        "The President. Well, it makes one point.\n"
        "Q. And the Senate?\n"
        "Secretary Aspin. The Senate agreed.\n"
    )
    doc = parse(text, "clinton.txt")
    assert _who(doc) == [
        ("Bill Clinton", "official"),
        ("Reporter", "reporter"),
        ("Bill Clinton", "official"),
        ("Reporter", "reporter"),
        ("Aspin", "official"),
    ]
    assert doc.text[doc.turns[0].start : doc.turns[0].end].rstrip() == (
        "Good afternoon.\nMr. Smith said the order was ready."
    )
    assert doc.text[doc.turns[2].start :].startswith("Well, it makes one point.")


def test_a_title_and_a_full_stop_once_is_prose() -> None:
    text = "President: Bill Clinton\n\nThe President. Good afternoon.\nQ. Why?\nBecause.\n"
    doc = parse(text, "clinton.txt")
    assert [t.role for t in doc.turns] == ["reporter"]


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        (  # Rev: a time after the label, the words on the next line
            "Speaker 1 (00:00):\nWelcome to the show.\n\nSpeaker 2 (00:05):\nThanks for having me."
            "\n\nSpeaker 1 (00:09):\nLet's talk about the budget.\n",
            [("Speaker 1", "Welcome to the show."), ("Speaker 2", "Thanks for having me.")],
        ),
        (  # Rev's published transcripts: the colon before the time
            "Joe Biden: (00:00)\nGood afternoon.\n\nReporter: (05:12)\nWill you veto it?\n\n"
            "Joe Biden: (05:20)\nI will.\n\nSpeaker 1: (1:02:05)\nThank you.\n",
            [
                ("Joe Biden", "Good afternoon."),
                ("Reporter", "Will you veto it?"),
                ("Joe Biden", "I will."),
                ("Speaker 1", "Thank you."),
            ],
        ),
        (  # a broadcast interview: who the guest is, and an aside, after the name
            "CNN INTERVIEW\n\nCHRISTIANE AMANPOUR, CNN ANCHOR: Thank you for joining us.\n\n"
            "VOLODYMYR ZELENSKYY, UKRAINIAN PRESIDENT (through translator): Thank you.\n\n"
            "AMANPOUR: Will you meet him?\n\nZELENSKYY (through translator): I am ready.\n",
            [
                ("Christiane Amanpour", "Thank you for joining us."),
                ("Volodymyr Zelenskyy", "Thank you."),
                ("Christiane Amanpour", "Will you meet him?"),
                ("Volodymyr Zelenskyy", "I am ready."),
            ],
        ),
        (  # the European Parliament: a name's particles, what the speaker is, a full stop, a dash
            "Debate, 14 September 2022\n\nPresident. – The next item is the address.\n"
            "Ursula von der Leyen, President of the Commission. – Madam President, thank you.\n"
            "Manfred Weber, on behalf of the PPE Group. – We stand united.\n"
            "President. – The debate is closed.\n",
            [
                ("The President", "The next item is the address."),
                ("Ursula von der Leyen", "Madam President, thank you."),
                ("Manfred Weber", "We stand united."),
            ],
        ),
        (  # a full name alone above the words, where it opens two lines or more
            "Design review\n\nJane Smith\nWelcome.\n\nBob Jones\nThree steps now.\n\n"
            "Next Steps\nJane Smith\nShip it?\n\nBob Jones\nYes.\n",
            [
                ("Jane Smith", "Welcome."),
                ("Bob Jones", "Three steps now.\n\nNext Steps"),
                ("Jane Smith", "Ship it?"),
            ],
        ),
        (  # name, a dash and the time alone on a line
            "Ann Lee - 00:01\nWelcome.\n\nRaj Patel - 00:05\nThe build is green.\n\n"
            "Ann Lee - 00:09\nShip it.\n",
            [
                ("Ann Lee", "Welcome."),
                ("Raj Patel", "The build is green."),
                ("Ann Lee", "Ship it."),
            ],
        ),
        (  # Otter: name and time alone on a line
            "John Smith  0:03\nWelcome everyone to the sync.\n\nAnn Lee  0:10\nThe release is "
            "on track.\n\nJohn Smith  0:15\nGreat, what about testing?\n",
            [
                ("John Smith", "Welcome everyone to the sync."),
                ("Ann Lee", "The release is on track."),
            ],
        ),
        (  # a podcast: the time in parentheses, no colon
            "Lex Fridman (00:00:00) Welcome to the podcast.\nElon Musk (00:00:05) Thanks.\n"
            "Lex Fridman (00:00:09) Let's talk about rockets.\n",
            [("Lex Fridman", "Welcome to the podcast."), ("Elon Musk", "Thanks.")],
        ),
        (  # a time before the label
            "[00:00:01] John Smith: Welcome everyone.\n[00:00:05] Ann Lee: Thanks, on track.\n"
            "[00:00:09] John Smith: Good.\n[00:00:12] Ann Lee: Yes.\n",
            [("John Smith", "Welcome everyone."), ("Ann Lee", "Thanks, on track.")],
        ),
        (  # a British committee's question numbers
            "Oral evidence: Energy prices\n\nQ45 Chair: Good morning.\nProfessor Smith: Prices "
            "rose.\nQ46 Mr Jones: Why?\nProfessor Smith: Gas supply fell.\n",
            [("Chair", "Good morning."), ("Smith", "Prices rose."), ("Jones", "Why?")],
        ),
        (  # Hansard: two parentheses, and the office named once
            "The Prime Minister (Boris Johnson): I thank my hon. Friend.\nSir Keir Starmer "
            "(Holborn and St Pancras) (Lab): He is wrong.\nThe Prime Minister: No.\n",
            [
                ("Boris Johnson", "I thank my hon. Friend."),
                ("Keir Starmer", "He is wrong."),
                ("Boris Johnson", "No."),
            ],
        ),
        (  # Q and A: the answers are the interviewee's, named above
            "Interview: Jane Roe\nJane Roe, Director of Research\n\nQ: How did it start?\n"
            "A: With a grant.\n",
            [("Reporter", "How did it start?"), ("Jane Roe", "With a grant.")],
        ),
        (  # a deposition: "A." answers once the file has questions
            "DEPOSITION OF JOHN SMITH\n\nQ. Did you see the car?\nA. Yes, I did.\n"
            "Q. What colour was it?\nA. It was red.\n",
            [("Reporter", "Did you see the car?"), ("unknown", "Yes, I did.")],
        ),
        (  # a reporter cut off, and resumed: a dash or dots right after the label
            "THE PRESIDENT: Go ahead.\n\nQ:—and Wuhan was suffering—\n\nTHE PRESIDENT: Yes."
            "\n\nQ:...and Spain. How is that done?\n",
            [
                ("The President", "Go ahead."),
                ("Reporter", "—and Wuhan was suffering—"),
                ("The President", "Yes."),
                ("Reporter", "...and Spain. How is that done?"),
            ],
        ),
        (  # the office named once with the person, then bare; a correspondent asks
            "SPOKESPERSON DUJARRIC: Good afternoon.\n\nCorrespondent: Will he go to Doha?\n\n"
            "Spokesperson: No, there are no plans.\n",
            [
                ("Dujarric", "Good afternoon."),
                ("Correspondent", "Will he go to Doha?"),
                ("Dujarric", "No, there are no plans."),
            ],
        ),
        (  # an oral history: "I:" asks, "R:" answers, the title names who answers
            "Oral history interview with Margaret Hill, 5 May 2010\n\nI: Where did you grow up?"
            "\n\nR: In a mining town.\n\nI: And the strike?\n\nR: The soup kitchens.\n",
            [("Interviewer", "Where did you grow up?"), ("Margaret Hill", "In a mining town.")],
        ),
        (  # user research: a moderator and an anonymised participant
            "Checkout study, session 7\n\nModerator: How do you pay?\n\nP1: With a saved card."
            "\n\nModerator: And the new page?\n\nP1: The form was confusing.\n",
            [("Moderator", "How do you pay?"), ("P1", "With a saved card.")],
        ),
        (  # a hearing's header: its "Witnesses:" line is not anybody speaking
            "Oral evidence: AI safety\n\nWitnesses: Professor Jane Smith, University of Leeds; "
            "Dr Raj Patel, Alan Turing Institute.\n\nQ1 Chair: Welcome to you both.\n\n"
            "Professor Smith: Thank you.\n\nQ2 Chair: What worries you?\n\nDr Patel: Audit.\n",
            [("Chair", "Welcome to you both."), ("Smith", "Thank you.")],
        ),
        (  # names in capitals alone on a line; the title above is not one
            "THE DAILY SHOW\n\nJOHN SMITH\nWelcome back.\n\nMARY LEE\nThanks for having me."
            "\n\nJOHN SMITH\nLet's talk.\n",
            [
                ("John Smith", "Welcome back."),
                ("Mary Lee", "Thanks for having me."),
                ("John Smith", "Let's talk."),
            ],
        ),
        (  # the Congressional Record: the shortest title label that fits
            "Mr. SMITH. Mr. Speaker, I rise today.\nMrs. JONES. Will the gentleman yield?\n"
            "Mr. SMITH. I yield.\n",
            [("Smith", "Mr. Speaker, I rise today."), ("Jones", "Will the gentleman yield?")],
        ),
        (  # Zoom: "[Name] time" alone on a line, the words below
            "[Maria Lopez] 10:01:02\nGood morning, everyone.\n\n[David Chen] 10:01:15\nWe came "
            "in under budget.\n\n[Maria Lopez] 10:01:40\nWhich roles slipped?\n",
            [
                ("Maria Lopez", "Good morning, everyone."),
                ("David Chen", "We came in under budget."),
            ],
        ),
        (  # a name, a dash, the words; the title above, used once, is not a label
            "Town Hall - Transit\n\nJane Rivera - Thank you all for coming.\nTom Baker - Will "
            "route 9 be cut?\nJane Rivera - No, route 9 stays.\n",
            [("Jane Rivera", "Thank you all for coming."), ("Tom Baker", "Will route 9 be cut?")],
        ),
        (  # a caption track copied as text: times above lines without punctuation
            "Town hall on transit\n\n0:00\nso welcome everybody\n0:04\ntonight we talk "
            "about bus routes\n",
            [("unknown", "so welcome everybody"), ("unknown", "tonight we talk about bus routes")],
        ),
        (  # radio: a full name and what they are, the words on the line or below it
            "Morning Edition\n\nSTEVE INSKEEP, HOST:\n\nThe Fed meets. Here's Scott Horsley.\n\n"
            "SCOTT HORSLEY, BYLINE: Inflation has cooled.\n\nINSKEEP: Thanks.\n\n"
            "HORSLEY: Welcome.\n",
            [
                ("Steve Inskeep", "The Fed meets. Here's Scott Horsley."),
                ("Scott Horsley", "Inflation has cooled."),
                ("Steve Inskeep", "Thanks."),
            ],
        ),
        (  # an earnings call: "Name -- Office" and "Operator" alone, the words below
            "Q3 Earnings Call\n\nOperator\n\nWelcome to the call.\n\nTim Cook -- Chief "
            "Executive Officer\n\nServices set a record.\n\nOperator\n\nFirst question.\n\n"
            "Erik Woodring -- Morgan Stanley -- Analyst\n\nHow is margin?\n\n"
            "Tim Cook -- Chief Executive Officer\n\nStable.\n",
            [
                ("Operator", "Welcome to the call."),
                ("Tim Cook", "Services set a record."),
                ("Operator", "First question."),
                ("Erik Woodring", "How is margin?"),
                ("Tim Cook", "Stable."),
            ],
        ),
        (  # a meeting's export: the time, then the name alone, the words below
            "0:00:01.0 Jane Doe\nHello everyone.\n\n0:00:05.2 Raj Patel\nThe build is green.\n\n"
            "0:00:09.1 Jane Doe\nShip it.\n",
            [("Jane Doe", "Hello everyone."), ("Raj Patel", "The build is green.")],
        ),
        (  # Holyrood: the convener chairs; a long office before its holder's name
            "Health Committee\n\nThe Convener (Clare Haughey): Good morning.\n\nThe Cabinet "
            "Secretary for Health and Social Care (Michael Matheson): Thank you, convener.\n\n"
            "Sandesh Gulhane (Glasgow) (Con): Why?\n\nMichael Matheson: Demand.\n\n"
            "The Convener: Thank you.\n",
            [
                ("Clare Haughey", "Good morning."),
                ("Michael Matheson", "Thank you, convener."),
                ("Sandesh Gulhane", "Why?"),
            ],
        ),
        (  # the House of Lords: the Lord Speaker chairs; peers' titles are not their names
            "House of Lords\n\nLord Smith of Finsbury (Lab): My Lords, I rise.\n\nBaroness Jones "
            "(Con): Will he give way?\n\nThe Lord Speaker (Lord McFall of Alcluith): Order.\n\n"
            "Lord Smith of Finsbury (Lab): No.\n\nThe Lord Speaker: Thank you.\n",
            [("Smith", "My Lords, I rise."), ("Jones", "Will he give way?"), ("McFall", "Order.")],
        ),
        (  # "The reason is simple:" opens a sentence, not a turn ("the" alone is no title)
            "Q: Why did you stop?\n\nA: Costs.\n\nThe reason is simple: we ran out.\n\n"
            "Q: And now?\n\nA: We wait.\n",
            [
                ("Reporter", "Why did you stop?"),
                ("unknown", "Costs.\n\nThe reason is simple: we ran out."),
            ],
        ),
        (  # no labels, short lines: still speech
            "Team sync\n\nWe shipped the beta.\nTesting starts Monday.\n",
            [("unknown", "We shipped the beta."), ("unknown", "Testing starts Monday.")],
        ),
    ],
)
def test_recording_committee_and_interview_styles(text: str, turns: list) -> None:
    doc = parse(text, "styles.txt")
    got = [(t.speaker, doc.text[t.start : t.end].strip()) for t in doc.turns]
    assert got[: len(turns)] == turns


def test_revs_colon_before_the_time_marks_the_quotes() -> None:
    text = (
        "Joe Biden: (00:00)\nGood afternoon.\n\nReporter: (05:12)\nWhy?\n\nJoe Biden: (05:20)\nNo."
    )
    doc = parse(text, "rev.txt")
    assert doc.marks == ((0, "00:00:00.000"), (36, "00:05:12.000"), (60, "00:05:20.000"))
    assert doc.text[doc.turns[0].start : doc.turns[0].end].strip() == "Good afternoon."


def test_a_time_alone_between_turns_marks_and_is_nobodys_words() -> None:
    text = (
        "Product review\n\n00:00:00\n\nAnn Lee: Welcome.\nRaj Patel: The build is green.\n\n"
        "00:05:00\n\nAnn Lee: Ship it.\nRaj Patel: Done.\n"
    )
    doc = parse(text, "meet.txt")
    assert [doc.text[t.start : t.end] for t in doc.turns][1] == "The build is green."
    assert doc.marks == ((16, "00:00:00.000"), (76, "00:05:00.000"))
    assert text[76:84] == "00:05:00"


def test_the_chair_addressed_as_the_commons_does_chairs() -> None:
    doc = parse(
        "Prime Minister's Questions\n\nMr Speaker: Order.\n\n"
        "Sir Keir Starmer (Holborn and St Pancras) (Lab): Did he attend?\n\n"
        "The Prime Minister (Boris Johnson): I apologise.\n\n"
        "Madam Deputy Speaker (Dame Rosie Winterton): Order. Mr Smith.\n\n"
        "Madam Secretary: Thank you.\n",
        "pmqs.txt",
    )
    assert _who(doc) == [
        ("The Speaker", "moderator"),
        ("Keir Starmer", "participant"),
        ("Boris Johnson", "participant"),
        ("Rosie Winterton", "moderator"),
        ("The Secretary", "participant"),
    ]


def test_a_house_hearing_chairman_and_a_sentence_that_only_looks_like_a_label() -> None:
    doc = parse(
        "HEARING ON THE ELECTRIC GRID\n\nThe Chairman. The committee will come to order.\n\n"
        "Mr. Pallone. Thank you, Mr. Chairman. Why did the grid fail?\n\n"
        "Mr. Smith. The plants were not winterized.\n\n"
        "And a follow-up on Texas: Who pays for the repairs?\n\n"
        "Mr. Smith. The ratepayers.\n",
        "house.txt",
    )
    assert _who(doc) == [
        ("The Chairman", "moderator"),
        ("Pallone", "participant"),
        ("Smith", "participant"),
        ("Smith", "participant"),
    ]
    assert "Who pays for the repairs?" in doc.text[doc.turns[2].start : doc.turns[2].end]


def test_india_s_parliament_honorifics_and_a_minister_named_in_capitals() -> None:
    doc = parse(
        "LOK SABHA DEBATES\n\nHON. SPEAKER: Question number 41.\n\n"
        "SHRI RAHUL GANDHI: Sir, what is the price of onions?\n\n"
        "THE MINISTER OF CONSUMER AFFAIRS (SHRI PIYUSH GOYAL): It fell by twelve percent.\n\n"
        "SHRI RAHUL GANDHI: Farmers are not paid fairly.\n",
        "lok_sabha.txt",
    )
    assert _who(doc) == [
        ("The Speaker", "moderator"),
        ("Rahul Gandhi", "participant"),
        ("Piyush Goyal", "participant"),
        ("Rahul Gandhi", "participant"),
    ]
    assert doc.offices()["Piyush Goyal"].lower() == "minister of consumer affairs"


def test_a_label_once_with_an_office_then_a_name_opens_a_turn() -> None:
    doc = parse(
        "# Town hall on transit, 12 April 2024\n\n**Mayor Jane Rivera:** Welcome.\n\n"
        "**Resident:** Will route 9 be cut?\n\n**Mayor Jane Rivera:** No, it stays.\n\n"
        "**Resident:** What about the shuttle?\n\n"
        "**Transit Director Sam Okoro:** It runs every ten minutes from September.\n",
        "townhall.md",
    )
    assert [t.speaker for t in doc.turns] == [
        "Jane Rivera",
        "Resident",
        "Jane Rivera",
        "Resident",
        "Sam Okoro",
    ]


def test_downing_street_reporters_with_their_outlets_and_a_title_that_is_no_label() -> None:
    doc = parse(
        "Prime Minister's statement on coronavirus: 10 May 2020\n\n"
        "Prime Minister: Good afternoon. Tonight I set out the next steps.\n"
        "Laura Kuenssberg, BBC: Are you confident?\n"
        "Prime Minister: Yes, I think people will use their common sense.\n"
        "Robert Peston, ITV: When will schools reopen?\n"
        "Prime Minister: We hope some pupils can return from the first of June.\n",
        "no10.txt",
    )
    assert doc.date == "2020-05-10"
    assert [t.speaker for t in doc.turns] == [
        "The Prime Minister",
        "Laura Kuenssberg",
        "The Prime Minister",
        "Robert Peston",
        "The Prime Minister",
    ]
    # The Prime Minister holds the floor and answers; those who each ask once are reporters.
    assert {t.speaker: t.role for t in doc.turns} == {
        "The Prime Minister": "official",
        "Laura Kuenssberg": "reporter",
        "Robert Peston": "reporter",
    }


def test_a_briefing_whose_reporters_are_named_by_their_outlets() -> None:
    doc = parse(
        "Regular Press Conference on March 1, 2022\n\nWang Wenbin: Good afternoon.\n"
        "AFP: What is China's position on the sanctions?\nWang Wenbin: We oppose them.\n"
        "Bloomberg: Will trade with Russia go on?\nWang Wenbin: Normal trade will go on.\n"
        "Bloomberg: Even in dollars?\nWang Wenbin: I have nothing more to add on that.\n",
        "mfa.txt",
    )
    roles = {t.speaker: t.role for t in doc.turns}
    assert roles == {"Wang Wenbin": "official", "AFP": "reporter", "Bloomberg": "reporter"}


def test_a_label_with_one_lower_case_word_is_still_a_label() -> None:
    doc = parse(
        "Town hall, 12 April 2024\n\nMayor Jane Rivera: Welcome.\n"
        "Audience member: Will route 9 be cut?\nMayor Jane Rivera: No.\n"
        "Audience member: Thanks.\n",
        "townhall.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        "Jane Rivera",
        "Audience Member",
        "Jane Rivera",
        "Audience Member",
    ]


def test_abbreviated_titles_name_whole_offices() -> None:
    doc = parse(
        "Press conference, May 23, 2022\n\nSEC. AUSTIN: Good afternoon.\nQ: How many?\n"
        "SEC. AUSTIN: I won't say.\nQ: General, are you worried?\nGEN. MILLEY: We are.\n",
        "pentagon.txt",
    )
    assert doc.offices() == {"Austin": "secretary", "Milley": "general"}


def test_a_senate_hearing_chair_and_its_opening_description() -> None:
    doc = parse(
        "OVERSIGHT OF THE FBI\n\nThe Committee met, pursuant to notice, at 10:00 a.m., in Room "
        "216, Senator Durbin presiding.\n\nChair DURBIN. Good morning. Director Wray, welcome."
        "\n\nSenator GRASSLEY. How big is the backlog?\n\nDirector WRAY. It has fallen by a "
        "third.\n\nChair DURBIN. Thank you.\n",
        "hearing.txt",
    )
    got = _who(doc)
    # Nobody says the description; the chair chairs; the others take part.
    assert got == [
        ("unknown", "unknown"),
        ("Durbin", "moderator"),
        ("Grassley", "participant"),
        ("Wray", "participant"),
        ("Durbin", "moderator"),
    ]


def test_a_heading_between_turns_is_nobodys_words() -> None:
    doc = parse(
        "HEARING ON GRID SECURITY\n\nChair DURBIN. Secretary Doe, you may begin.\n\n"
        "STATEMENT OF HON. JANE DOE, SECRETARY OF ENERGY\n\nSecretary DOE. Thank you.\n\n"
        "Chair DURBIN. Thank you.\n\n[APPLAUSE AND LAUGHTER]\n\nWe will recess.\n\n"
        "10:06 A.M. EST\n",
        "hearing.txt",
    )
    got = [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns]
    # The heading ends the chair's turn and is nobody's; a stage direction does not; the time
    # the hearing ended is not the chair's words either.
    assert got == [
        ("Durbin", "Secretary Doe, you may begin."),
        ("Doe", "Thank you."),
        ("Durbin", "Thank you.\n\n[APPLAUSE AND LAUGHTER]\n\nWe will recess."),
    ]


def test_a_congressional_hearing_as_printed_indented_with_headings_and_footnotes() -> None:
    doc = parse(
        "                    THREATS TO THE HOMELAND\n\n                          NOVEMBER 17, 2022"
        "\n\n    The Committee met, pursuant to notice, at 10:15 a.m., in room \n342, Dirksen "
        "Building.\n\n           OPENING STATEMENT OF CHAIRMAN PETERS\\1\\\n\n"
        "    Chairman Peters. The Committee will come to order. Today we \nwill hear from "
        "the Secretary.\n\n    Senator Portman. Secretary, how \nmany crossed the border?\n\n"
        "STATEMENT OF THE HONORABLE ALEJANDRO N. MAYORKAS,\\2\\ SECRETARY, U.S. \n"
        "                    DEPARTMENT OF HOMELAND SECURITY\n\n"
        "    Secretary Mayorkas. Thank you, Senator. The number is large.\n"
        "-------------------------------------------------------------------\n"
        "    \\2\\ The prepared statement of Secretary Mayorkas appears in the Appendix.\n"
        "-------------------------------------------------------------------\n\n"
        "    Senator Hawley. Mr. Secretary, will you resign?\n    Secretary Mayorkas. No.\n",
        "hearing.txt",
    )
    got = [(t.speaker, " ".join(doc.text[t.start : t.end].split())) for t in doc.turns]
    # Labels after an indent; the two-line heading and the footnote are nobody's words.
    assert got == [
        ("Peters", "The Committee will come to order. Today we will hear from the Secretary."),
        ("Portman", "Secretary, how many crossed the border?"),
        ("Mayorkas", "Thank you, Senator. The number is large."),
        ("unknown", "\\2\\ The prepared statement of Secretary Mayorkas appears in the Appendix."),
        ("Hawley", "Mr. Secretary, will you resign?"),
        ("Mayorkas", "No."),
    ]
    assert (doc.title, doc.date) == ("THREATS TO THE HOMELAND", "2022-11-17")


def test_a_host_named_with_their_role_once_hosts_throughout() -> None:
    doc = parse(
        "Morning Edition\n\nSTEVE INSKEEP, HOST:\n\nThe Fed meets. Here's Scott Horsley.\n\n"
        "SCOTT HORSLEY, BYLINE: Inflation has cooled.\n\nINSKEEP: Will rates rise?\n\n"
        "HORSLEY: Perhaps.\n",
        "radio.txt",
    )
    # One guest and a host: the guest answers.
    assert _who(doc) == [
        ("Steve Inskeep", "moderator"),
        ("Scott Horsley", "official"),
        ("Steve Inskeep", "moderator"),
        ("Scott Horsley", "official"),
    ]
    assert doc.offices() == {"Steve Inskeep": "HOST"}


def test_a_press_conference_whose_reporters_are_named_in_capitals() -> None:
    doc = parse(
        "Transcript of Chair Powell's Press Conference\nJuly 26, 2023\n\n"
        "CHAIR POWELL. Good afternoon. We remain focused on our mandate.\n\n"
        "MICHELLE SMITH. Thank you. Let's go to Rachel.\n\n"
        "RACHEL SIEGEL. Hi, Chair Powell. Are rate cuts coming this year?\n\n"
        "CHAIR POWELL. The staff no longer forecasts a recession.\n\nMICHELLE SMITH. Steve.\n\n"
        "STEVE LIESMAN. Steve Liesman, CNBC. Is the job done?\n\nCHAIR POWELL. Not yet.\n",
        "fomc.txt",
    )
    got = _who(doc)
    # The chair answers the questions here: the official, not a meeting's chair.
    assert got[:4] == [
        ("Powell", "official"),
        ("Michelle Smith", "official"),
        ("Rachel Siegel", "reporter"),
        ("Powell", "official"),
    ]
    assert doc.text[doc.turns[2].start : doc.turns[2].end].endswith("this year?")
    # In a transcript written in capitals such lines are not labels.
    caps = parse(
        "PRESS CONFERENCE\n\nTHE PRESIDENT: WE MET OUR ALLIES TODAY.\n\nQ: WHAT ABOUT THE\n"
        "UNITED STATES. FORCES WILL STAY THERE FOR A LONG TIME?\n\nTHE PRESIDENT: AS FOR THE\n"
        "UNITED STATES. FORCES WILL LEAVE THE REGION AFTER THE VOTE.\n",
        "c.txt",
    )
    assert {t.speaker for t in caps.turns} == {"The President", "Reporter"}


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Oral evidence taken on Tuesday 12 March 2024", "2024-03-12"),
        ("March 12th, 2024", "2024-03-12"),
        ("Mar. 12, 2024", "2024-03-12"),
        ("3/12/2024", "2024-03-12"),  # American order
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
    assert doc.text[doc.turns[1].start : doc.turns[1].end] == "tonight we talk about bus routes"
