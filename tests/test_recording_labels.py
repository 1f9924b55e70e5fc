"""Speaker labels with a recording's times, and the label styles of meeting tools, committees
and interviews, each read into its turns' speakers and words."""

from __future__ import annotations

import pytest

from retrieval.parse.transcript import parse

from .conftest import said


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
        (  # name, a comma and the time alone on a line (had been no one's words)
            "Ann Lee, 00:01\nWelcome.\n\nRaj Patel, 00:05\nThe build is green.\n\n"
            "Ann Lee, 00:09\nShip it.\n",
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
        (  # Markdown: a bold that the time opens, closing after the name or after the time
            "# Design crit\n\n**[00:00:03] Sam Ortiz:** The toggles are too close.\n\n"
            "**[00:00:15]** Kira Novak: They are 28 pixels apart.\n\n"
            "**[00:00:24] Sam Ortiz:** Then stack them.\n",
            [
                ("Sam Ortiz", "The toggles are too close."),
                ("Kira Novak", "They are 28 pixels apart."),
                ("Sam Ortiz", "Then stack them."),
            ],
        ),
        (  # a recorder's export: the name in square brackets; a stage direction is no one
            "Sprint review\n\n[Sam Ortiz] The search page is done.\n[Kira Novak] Did you test "
            "it?\n[Sam Ortiz] Not yet. [Laughter] Next week.\n[Lena Wu] Then not this sprint.\n",
            [
                ("Sam Ortiz", "The search page is done."),
                ("Kira Novak", "Did you test it?"),
                ("Sam Ortiz", "Not yet. [Laughter] Next week."),
                ("Lena Wu", "Then not this sprint."),
            ],
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
        (  # a deposition: "A." answers once the file has questions, and the title says whose
            "DEPOSITION OF JOHN SMITH\n\nQ. Did you see the car?\nA. Yes, I did.\n"
            "Q. What colour was it?\nA. It was red.\n",
            [("Reporter", "Did you see the car?"), ("John Smith", "Yes, I did.")],
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
        (  # a hearing's header: its "Witnesses:" line is nobody speaking, and gives full names
            "Oral evidence: AI safety\n\nWitnesses: Professor Jane Smith, University of Leeds; "
            "Dr Raj Patel, Alan Turing Institute.\n\nQ1 Chair: Welcome to you both.\n\n"
            "Professor Smith: Thank you.\n\nQ2 Chair: What worries you?\n\nDr Patel: Audit.\n",
            [("Chair", "Welcome to you both."), ("Jane Smith", "Thank you.")],
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
        (  # Happy Scribe: the time, a dash, the name alone, the words below
            "[00:00:01.12] - Speaker 1\nGood evening.\n\n[00:00:09.40] - Speaker 2\nI run the "
            "bakery.\n\n[00:00:19.05] - Speaker 1\nThank you.\n",
            [("Speaker 1", "Good evening."), ("Speaker 2", "I run the bakery.")],
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
        (  # the House of Lords: the Lord Speaker chairs; a peer is named with their title
            "House of Lords\n\nLord Smith of Finsbury (Lab): My Lords, I rise.\n\nBaroness Jones "
            "(Con): Will he give way?\n\nThe Lord Speaker (Lord McFall of Alcluith): Order.\n\n"
            "Lord Smith of Finsbury (Lab): No.\n\nThe Lord Speaker: Thank you.\n",
            [
                ("Lord Smith", "My Lords, I rise."),
                ("Baroness Jones", "Will he give way?"),
                ("Lord McFall", "Order."),
            ],
        ),
        (  # "The reason is simple:" opens a sentence, not a turn ("the" alone is no title)
            "Q: Why did you stop?\n\nA: Costs.\n\nThe reason is simple: we ran out.\n\n"
            "Q: And now?\n\nA: We wait.\n",
            [
                ("Reporter", "Why did you stop?"),
                ("Interviewee", "Costs.\n\nThe reason is simple: we ran out."),
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
    assert said(doc, 0).strip() == "Good afternoon."


def test_a_time_alone_between_turns_marks_and_is_nobodys_words() -> None:
    text = (
        "Product review\n\n00:00:00\n\nAnn Lee: Welcome.\nRaj Patel: The build is green.\n\n"
        "00:05:00\n\nAnn Lee: Ship it.\nRaj Patel: Done.\n"
    )
    doc = parse(text, "meet.txt")
    assert [doc.text[t.start : t.end] for t in doc.turns][1] == "The build is green."
    assert doc.marks == ((16, "00:00:00.000"), (76, "00:05:00.000"))
    assert text[76:84] == "00:05:00"


def test_a_cue_s_span_above_a_name_marks_and_opens_its_turn() -> None:
    # Microsoft Teams' and Stream's transcripts: the span, the name, the words; a speaker who
    # speaks once is one too.
    text = (
        "0:0:0.0 --> 0:0:4.510\nMaya Chen\nOkay, the first thing is the ablation table.\n\n"
        "0:0:5.150 --> 0:0:9.200\nRavi Shah\nI reran it last night. The gap is four points.\n\n"
        "0:0:9.900 --> 0:0:12.100\nMaya Chen\nAcross how many seeds?\n"
    )
    doc = parse(text, "teams.txt")
    assert [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns] == [
        ("Maya Chen", "Okay, the first thing is the ablation table."),
        ("Ravi Shah", "I reran it last night. The gap is four points."),
        ("Maya Chen", "Across how many seeds?"),
    ]
    assert [m for _, m in doc.marks] == ["00:00:00.000", "00:00:05.150", "00:00:09.900"]


def test_numbered_speakers_who_ask_named_ones_are_reporters() -> None:
    # Rev's press conferences name the officials and number the press.
    doc = parse(
        "Wildfire Update Press Conference\n\n"
        "Governor Ana Reyes: (00:04)\nThe fire has burned 41,000 acres.\n\n"
        "Chief Tom Whitaker: (00:49)\nThe wind is our biggest problem.\n\n"
        "Speaker 4: (02:05)\nChief, do you have a cause yet?\n\n"
        "Chief Tom Whitaker: (02:08)\nNot yet. It's under investigation.\n\n"
        "Speaker 5: (02:31)\nGovernor, will there be a review of the alerts?\n\n"
        "Governor Ana Reyes: (02:36)\nYes. I've asked for a full review.\n\n"
        "Sheriff Linda Park: (03:23)\nPlease do not go back for your belongings.\n",
        "presser.txt",
    )
    assert sorted({(t.speaker, t.role) for t in doc.turns}) == [
        ("Ana Reyes", "official"),
        ("Linda Park", "official"),  # "Sheriff" is a title
        ("Speaker 4", "reporter"),
        ("Speaker 5", "reporter"),
        ("Tom Whitaker", "official"),
    ]
    assert doc.offices()["Linda Park"] == "sheriff"
    # A meeting's numbered speaker who asks once stays a participant like the others.
    meeting = parse(
        "Ana Reyes: The budget is due Friday.\nTom Whitaker: I have the numbers.\n"
        "Speaker 4: Do we include travel?\nLinda Park: Yes, travel is in.\n"
        "Ana Reyes: Good, then we are done.\n",
        "sync.txt",
    )
    assert {t.role for t in meeting.turns} == {"participant"}


def test_a_time_inside_a_bold_label_locates_the_turn() -> None:
    # Rev's layout written in Markdown: "**Name (time):** words".
    doc = parse(
        "**Anna Berg (00:00:05):** We start with the budget.\n\n"
        "**Tom Ruiz (00:00:12):** The numbers are in.\n\n"
        "**Anna Berg (00:00:20):** Good.\n",
        "call.md",
    )
    assert [t.speaker for t in doc.turns] == ["Anna Berg", "Tom Ruiz", "Anna Berg"]
    assert said(doc, 1) == "The numbers are in."
    assert [m for _, m in doc.marks] == ["00:00:05.000", "00:00:12.000", "00:00:20.000"]


def test_a_time_of_day_after_the_name_on_the_line_above_marks_the_turn() -> None:
    doc = parse(
        "Product sync\n\nPriya Natarajan 10:02:15 AM\nOkay, the launch moves to March.\n"
        "Tom Becker 1:02:31 PM\nWhy March?\nPriya Natarajan 1:02:40 p.m.\nBilling slipped.\n",
        "sync.txt",
    )
    # Every turn had been "unknown"'s, the names and times its words.
    assert [t.speaker for t in doc.turns] == ["Priya Natarajan", "Tom Becker", "Priya Natarajan"]
    assert said(doc, 1) == "Why March?"
    assert [m for _, m in doc.marks] == ["10:02:15.000", "13:02:31.000", "13:02:40.000"]


def test_google_meet_s_closing_note_is_nobody_s_words() -> None:
    doc = parse(
        "Pricing sync (2025-04-17 14:02 GMT+1) - Transcript\n\nAttendees\n\n"
        "Amara Okafor, Ben Hollis\n\nTranscript\n\n00:00:00\n\n"
        "Amara Okafor: Okay, I think we have everyone.\n"
        "Ben Hollis: So my view is we roll back the starter price.\n"
        "Amara Okafor: Anything else? No? Thanks, everyone.\n\n"
        "Meeting ended after 00:12:41 👋\n"
        "This editable transcript was computer generated and might contain errors. People can "
        "also change the text after it was created.\n",
        "meet.txt",
    )
    # The note had been Amara's last words.
    assert said(doc, len(doc.turns) - 1) == "Anything else? No? Thanks, everyone."
