"""How a speaker label is written, whatever the transcript: titles and offices before or after
a name, parentheses, brackets, bold, capitals, invisible marks; who speaks and where each
turn's words lie. (By kind of transcript: test_parliament_labels.py, test_briefing_labels.py,
test_interview_labels.py, test_meeting_labels.py.)"""

from __future__ import annotations

import pytest

from retrieval.parse.speakers import name_words, title_case
from retrieval.parse.transcript import parse

from .conftest import said, speakers, who


def test_bare_q_followed_by_several_spaces() -> None:
    text = (
        "President: Barack Obama\n\nTHE PRESIDENT:  Good afternoon, everybody.\n\n"
        "Q    Do you agree the bill can't pass anymore?\n\nTHE PRESIDENT:  No, I do not.\n"
    )
    doc = parse(text, "obama.txt")
    assert who(doc) == [
        ("Barack Obama", "official"),
        ("Reporter", "reporter"),
        ("Barack Obama", "official"),
    ]
    assert said(doc, 1) == ("Do you agree the bill can't pass anymore?")
    # A Q with its outlet is a label too; "(Reuters):" had been the first words of the question.
    # The outlet calls its asker, as an outlet's label alone ("AFP:") does.
    outlet = parse(text.replace("Q    Do", "Q (Reuters): Do"), "obama.txt")
    assert who(outlet) == [who(doc)[0], ("Reuters", "reporter"), who(doc)[2]]
    assert said(outlet, 1) == ("Do you agree the bill can't pass anymore?")


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
    assert who(doc) == [
        ("Bill Clinton", "official"),
        ("Reporter", "reporter"),
        ("Bill Clinton", "official"),
        ("Reporter", "reporter"),
        ("Aspin", "official"),
    ]
    assert said(doc, 0).rstrip() == ("Good afternoon.\nMr. Smith said the order was ready.")
    assert doc.text[doc.turns[2].start :].startswith("Well, it makes one point.")


def test_a_title_and_a_full_stop_once_is_prose() -> None:
    text = "President: Bill Clinton\n\nThe President. Good afternoon.\nQ. Why?\nBecause.\n"
    doc = parse(text, "clinton.txt")
    assert [t.role for t in doc.turns] == ["reporter"]


def test_an_office_ending_in_an_occupation_before_a_name() -> None:
    doc = parse(
        "City Transit Board\nApril 2, 2024\n\n"
        "CHAIR LINDA PARK:\nGood evening.\n\n"
        "GENERAL MANAGER ROBERT HALE:\nWithout the increase we face a gap.\n\n"
        "City Planner Tom Hale: The lanes are funded.\n\n"
        "CHAIR LINDA PARK:\nThank you.\n\n"
        "GENERAL MANAGER ROBERT HALE:\nWe will report in September.\n\n"
        "City Planner Tom Hale: So will we.\n",
        "board.txt",
    )
    # They had been "Manager Robert Hale" and "City Planner Tom Hale", named by their office.
    assert [s for s, _ in who(doc)][:3] == ["Linda Park", "Robert Hale", "Tom Hale"]
    assert doc.offices()["Robert Hale"] == "general manager"
    # An occupation alone is a meeting's label, as AMI's are: not the name "Project".
    meeting = parse(
        "Kick-off meeting\n\nProject Manager: Let's start with the remote.\n\n"
        "Marketing: Users want it small.\n\nProject Manager: Agreed.\n\n"
        "Marketing: And cheap.\n",
        "m.txt",
    )
    assert [s for s, _ in who(meeting)][:2] == ["Project Manager", "Marketing"]


def test_a_note_opening_a_turn_is_not_said() -> None:
    doc = parse(
        "Joint Press Conference\n\n"
        "PRESIDENT ZELENSKYY: (As interpreted.) Now is not the time for elections.\n\n"
        "Q: [inaudible] Will there be a vote next year?\n\n"
        "PRESIDENT BIDEN: (a) we support them, and (b) they decide.\n",
        "joint.txt",
    )
    assert said(doc, 0) == "Now is not the time for elections."
    assert said(doc, 1) == "Will there be a vote next year?"
    assert said(doc, 2) == "(a) we support them, and (b) they decide."  # a list's letter


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
        ("Jane Doe", "Thank you."),  # the heading gives her full name
        ("Durbin", "Thank you.\n\n[APPLAUSE AND LAUGHTER]\n\nWe will recess."),
    ]


def test_a_title_with_a_dash_is_no_header_alias() -> None:
    doc = parse(
        "Sprint Planning - Payments Team\nMeeting date: April 2, 2024\n\n"
        "Jordan Lee   0:05\nLet's start.\n\nSam Patel   0:24\nI need the designs.\n\n"
        "Jordan Lee   0:40\nFine.\n",
        "teams.txt",
    )
    assert doc.title == "Sprint Planning - Payments Team"
    assert [t.speaker for t in doc.turns] == ["Jordan Lee", "Sam Patel", "Jordan Lee"]


def test_a_transcriber_s_note_in_brackets_is_nobody_s() -> None:
    doc = parse(
        "HEARING ON RURAL BROADBAND\n\n"
        "    Mr. Latta. The subcommittee will come to order.\n\n"
        "    Ms. Carter. Sixty days would be reasonable.\n\n"
        "    (Laughter.)\n\n"
        "    Some states already do it in thirty.\n\n"
        "    Mr. Latta. The subcommittee stands adjourned.\n\n"
        "    [Whereupon, at 11:42 a.m., the subcommittee\n    was adjourned.]\n",
        "hearing.txt",
    )
    words = [doc.text[t.start : t.end] for t in doc.turns]
    assert words[-1] == "The subcommittee stands adjourned."
    # Inside a turn it stays, as a stage direction does.
    assert words[1].endswith("(Laughter.)\n\n    Some states already do it in thirty.")
    # A paragraph that only opens on a bracket is speech.
    doc = parse(
        "HEARING\n\n    Mr. Latta. Do you agree?\n\n    Ms. Carter. Yes.\n\n"
        "    (As I said) we agree.\n\n    Mr. Latta. Thank you.\n",
        "hearing.txt",
    )
    assert said(doc, 1).endswith("we agree.")


def test_an_office_before_a_name_in_parentheses() -> None:
    doc = parse(
        "The Long Table, Episode 42\n\n"
        "Host (Ruth Adler): Welcome back to The Long Table. My guest today is Dr. Kwame Mensah,"
        " who studies urban food systems.\n\n"
        "Kwame Mensah: Thanks for having me.\n\nRuth Adler: Is the term still useful?\n\n"
        "Kwame Mensah: It hides more than it shows.\n",
        "podcast.txt",
    )
    assert who(doc) == [
        ("Ruth Adler", "moderator"),
        ("Kwame Mensah", "official"),
        ("Ruth Adler", "moderator"),
        ("Kwame Mensah", "official"),
    ]
    assert doc.offices() == {"Ruth Adler": "Host"}  # "What did the host ask?"


def test_a_heading_between_turns_gives_a_surname_its_full_name() -> None:
    doc = parse(
        "HEARING ON RURAL BROADBAND\n\n"
        "    Mr. LATTA. I now recognize our first witness, Ms. Carter.\n\n"
        "STATEMENT OF HON. JOAN CARTER, DIRECTOR, RURAL BROADBAND ALLIANCE\n\n"
        "    Ms. CARTER. Thank you, Chairman Latta.\n\n"
        "    Mr. LATTA. How long should a permit take?\n\n"
        "    Ms. CARTER. Sixty days would be reasonable.\n\n"
        "ORAL ARGUMENT OF LATTA ON BEHALF OF THE PETITIONER\n\n"
        "    Mr. LATTA. Thank you.\n",
        "hearing.txt",
    )
    # "OF LATTA" gives no first name: Latta stays Latta.
    assert [t.speaker for t in doc.turns] == [
        "Latta",
        "Joan Carter",
        "Latta",
        "Joan Carter",
        "Latta",
    ]
    # So does a title, though no "interview with" says she speaks; not whose she is.
    for title, name in (
        ("Lunch with the FT: Margrethe Vestager", "Margrethe Vestager"),
        ("EU's Vestager on Big Tech", "Vestager"),
    ):
        interview = parse(
            f"{title}\n\nFT: Did you win against Big Tech?\n\nVestager: Win is the wrong "
            "word.\n\nFT: What next?\n\nVestager: I don't know yet.\n",
            "lunch.txt",
        )
        assert [t.speaker for t in interview.turns] == ["FT", name, "FT", name]


def test_labels_in_brackets_and_an_office_after_a_dash() -> None:
    doc = parse(
        "Weekly infra sync\n\n[Maya Chen]: The migration finished on Monday.\n"
        "[Omar Haddad]: What caused the outage?\n[Maya Chen]: A DNS record.\n",
        "sync.txt",
    )
    assert [t.speaker for t in doc.turns] == ["Maya Chen", "Omar Haddad", "Maya Chen"]
    assert doc.text[doc.turns[0].start :].startswith("The migration")
    call = parse(
        "Earnings call\n\n[Operator] Welcome to the call.\n[Jane Doe, CEO] Revenue grew 12%.\n"
        "[Laughter] Our first question comes from Tom Lee.\n[Tom Lee, UBS] What about margins?\n"
        "[Jane Doe, CEO] Margins rose.\n",
        "call.txt",
    )
    # A role after a comma, or a role alone, in the brackets: these had been nobody's words.
    assert [t.speaker for t in call.turns] == [
        "Operator", "Jane Doe", "Tom Lee", "Jane Doe",
    ]  # fmt: skip
    assert call.offices()["Jane Doe"] == "CEO"
    # A stage direction in brackets opens no turn: its line is the words of the turn above.
    assert said(call, 1) == "Revenue grew 12%.\n[Laughter] Our first question comes from Tom Lee."
    doc = parse(
        "Q3 All-Hands\n\nSarah Lin — CEO: Revenue grew eleven percent.\n"
        "Raj Mehta — CFO: Margin was nineteen percent.\nEmployee: Will there be a freeze?\n"
        "Raj Mehta — CFO: No freeze.\nSarah Lin — CEO: Thank you all.\n",
        "allhands.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        "Sarah Lin",
        "Raj Mehta",
        "Employee",
        "Raj Mehta",
        "Sarah Lin",
    ]
    assert doc.text[doc.turns[0].start :].startswith("Revenue grew")  # not "CEO: Revenue"
    assert doc.offices() == {"Sarah Lin": "CEO", "Raj Mehta": "CFO"}


@pytest.mark.parametrize("before, after", [("\u200b", " "), ("", "\u00a0"), ("\u200e", "\u202f")])
def test_a_label_after_an_invisible_mark_or_before_a_no_break_space_is_a_label(
    before: str, after: str
) -> None:
    # Copies from Word and web pages: a zero-width space or a direction mark before the label,
    # a no-break space after its colon ("MR. PRICE:&nbsp;Good afternoon.").
    doc = parse(
        f"Board call\n\n{before}Anna Berg:{after}The gym opens in June.\n\n"
        f"{before}Tom Ruiz:{after}Good.\n\n{before}Anna Berg:{after}Yes.\n",
        "call.txt",
    )
    assert speakers(doc) == ["Anna Berg", "Tom Ruiz", "Anna Berg"]
    assert said(doc, 0) == "The gym opens in June."  # offsets into the file as written


def test_a_name_above_a_time_opens_a_turn_though_its_speaker_speaks_once() -> None:
    doc = parse(
        "Design sync - Mobile checkout\n\nPriya Nair\n00:00:03\nCompletion went up?\n\n"
        "Tom Becker\n00:00:09\nYes, from 61 to 68 percent.\n\nPriya Nair\n00:00:15\nProblems?\n\n"
        "Tom Becker\n00:00:18\nApple Pay users dropped slightly.\n\n"
        "Lena Wu\n00:00:27\nI can move the button this sprint.\n",
        "sync.txt",
    )
    # Lena Wu's words had been Tom Becker's: a full name alone opens a turn where it does so
    # twice, or where a meeting tool's time stands below it.
    assert [t.speaker for t in doc.turns][-2:] == ["Tom Becker", "Lena Wu"]
    assert doc.text[doc.turns[-1].start :].startswith("I can move the button")


def test_an_office_of_a_place_before_the_name_is_the_office_and_not_the_name() -> None:
    doc = parse(
        "Press statements following talks\nDecember 5, 2026, The Kremlin, Moscow\n\n"
        "President of Russia Vladimir Putin: Our talks were constructive.\n\n"
        "Question: Will the pipeline be finished on schedule?\n\n"
        "Vladimir Putin: Yes, we expect the first deliveries in 2028.\n\n"
        "Question: In which currencies?\n\nVladimir Putin: Roubles and yuan.\n\n"
        "Prime Minister of India Narendra Modi (retranslated): We welcome that.\n",
        "kremlin.txt",
    )
    # The Kremlin's first label had made "Russia Vladimir Putin" another speaker, whose
    # office was "president of".
    assert speakers(doc)[:3] == ["Vladimir Putin", "Reporter", "Vladimir Putin"]
    assert speakers(doc)[-1] == "Narendra Modi"
    assert doc.offices()["Vladimir Putin"] == "president of russia"
    assert doc.offices()["Narendra Modi"] == "prime minister of india"
    assert name_words("President of the European Commission Ursula von der Leyen") == [
        "Ursula",
        "von",
        "der",
        "Leyen",
    ]


def test_a_name_in_bold_or_before_a_tab_labels_its_words_where_it_repeats() -> None:
    md = parse(
        "# Interview: Sam Reyes on offline-first apps\n\n"
        "**Maya Ortiz** Why did you go offline-first?\n\n"
        "**Sam Reyes** Our users are field biologists.\n\n"
        "**Maya Ortiz** What was the hardest part?\n\n**Sam Reyes** Sync conflicts.\n\n"
        "**Note** The interview was edited for length.\n",
        "interview.md",
    )
    # The names had been words of the quotes, and every turn nobody's.
    assert speakers(md)[:4] == ["Maya Ortiz", "Sam Reyes", "Maya Ortiz", "Sam Reyes"]
    assert md.text[md.turns[3].start :].startswith("Sync conflicts.")
    assert "Note" not in speakers(md)  # once in bold is emphasis
    rows = parse(
        "Weekly sync\n\n00:00:05\tMaya Chen\tLet us start with the launch.\n"
        "00:00:09\tTom Ruiz\tThe launch moved to Thursday.\n"
        "00:00:15\tMaya Chen\tWhich crash?\n00:00:18\tTom Ruiz\tThe Android one.\n",
        "sync.txt",
    )
    assert speakers(rows) == ["Maya Chen", "Tom Ruiz", "Maya Chen", "Tom Ruiz"]
    assert said(rows, 2) == "Which crash?"
    assert [time for _, time in rows.marks][:2] == ["00:00:05.000", "00:00:09.000"]


def test_a_long_office_in_capitals_before_a_name_with_an_initial_and_a_generation() -> None:
    doc = parse(
        "Press Briefing\nNov. 16, 2022\n\n"
        "SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Good afternoon, everyone.\n\n"
        "Q: Mr. Secretary, was the missile Ukrainian?\n\n"
        "SEC. AUSTIN: We have no information that contradicts that assessment.\n",
        "dod.txt",
    )
    # Seven words in capitals had been no label (the words the header's), and "SEC. AUSTIN"
    # nobody's full name.
    assert speakers(doc) == ["Lloyd J. Austin", "Reporter", "Lloyd J. Austin"]
    assert doc.offices()["Lloyd J. Austin"] == "secretary of defense"
    assert name_words("Rep. John Lewis Jr.") == ["John", "Lewis"]
    assert name_words("President of China Xi Jinping") == ["Xi", "Jinping"]  # "Xi" no initial


def test_a_bold_label_and_its_words_in_one_bold_end_before_the_closing_mark() -> None:
    doc = parse(
        "# Interview with Mayor Lucia Fernandez\n\n*Interview by Sam Ortega.*\n\n"
        "**Q: If the levy fails again, is there a plan B?**\n\n"
        "A: Honestly, no. We start cutting weekend service.\n\n"
        "**Q: And the streetcar? It is a big-ticket item, and it is\n"
        "gone from the plan.**\n\nA: Gone for good.\n",
        "levy.md",
    )
    assert said(doc, 0) == "If the levy fails again, is there a plan B?"
    assert said(doc, 2).endswith("gone from the plan.")
    # A bold phrase inside the words keeps both marks.
    inside = parse("**Q:** Is the **plan B** ready?\n\nA: Not yet, **sadly**\n", "b.md")
    assert said(inside, 0) == "Is the **plan B** ready?"
    assert said(inside, 1) == "Not yet, **sadly**"


def test_names_in_capitals_keep_their_hyphens_and_prefixes() -> None:
    doc = parse(
        "Press Briefing by Press Secretary Karine Jean-Pierre\n\n"
        "MS. JEAN-PIERRE: Good afternoon, everyone.\n\n"
        "Q: Thank you, Karine.\n\n"
        "MS. JEAN-PIERRE: Go ahead.\n\n"
        "Mr. DeSANTIS: And a question from Florida.\n",
        "briefing.txt",
    )
    # They had been "Jean-pierre" and "DeSANTIS".
    assert speakers(doc) == ["Karine Jean-Pierre", "Reporter", "Karine Jean-Pierre", "DeSantis"]
    # "REP." had been a label of its own, the office alone ("The Rep").
    assert speakers(parse("REP. DeSANTIS: A question.\nQ: Yes?\n", "r.txt"))[0] == "DeSantis"


def test_a_markdown_heading_of_a_name_labels_the_words_below_it() -> None:
    doc = parse(
        "# Product review, 12 June 2024\n\n### Jane Doe\nShould dark mode ship now?\n\n"
        "### John Smith\nAndroid still has contrast bugs.\n\n### Jane Doe\nCan iOS go first?\n\n"
        "### Priya Natarajan\nSupport would rather not.\n\n## Action Items\nJohn fixes contrast.\n",
        "review.md",
    )
    # John and Priya head one turn each; they had been words of Jane's turns above.
    assert speakers(doc)[:4] == ["Jane Doe", "John Smith", "Jane Doe", "Priya Natarajan"]
    # A heading at another level is a section, not a speaker, and ends the turn above it; a
    # dated heading is the title.
    assert said(doc, 3) == "Support would rather not."
    assert "Action Items" not in speakers(doc)
    assert (doc.title, doc.date) == ("Product review, 12 June 2024", "2024-06-12")


def test_a_name_in_bold_alone_labels_the_words_below_it_though_said_once() -> None:
    doc = parse(
        "Sprint review\n\n**Sam Ortiz**\nThe search page is done.\n\n**Kira Novak**\nDid you "
        "test it on the large accounts?\n\n**Sam Ortiz**\nNot yet.\n\n**Lena Wu**\nThen "
        "not this sprint.\n\n**Sam Ortiz**\nAgreed.\n\n**Action Items**\nSam tests the large "
        "accounts.\n",
        "review.md",
    )
    # Kira and Lena speak once: their words had been Sam's.
    assert speakers(doc)[:5] == ["Sam Ortiz", "Kira Novak", "Sam Ortiz", "Lena Wu", "Sam Ortiz"]
    # A line in bold after the last turn is a section: it ends the turn above it.
    assert said(doc, 4) == "Agreed."
    assert "Action Items" not in speakers(doc)


def test_a_name_that_gives_its_initials_once_then_speaks_by_them() -> None:
    doc = parse(
        "Research interview, 2 May 2024\n\n"
        "Anna Berg (AB): Thanks for joining. Can you describe your role?\n\n"
        "Carlos Mendes (CM): I run the data platform team.\n\n"
        "AB: What slows your team down most?\n\nCM: Access requests.\n",
        "interview.txt",
    )
    # The first two turns had been the header (lost), and the rest "Ab" and "Cm".
    assert speakers(doc) == ["Anna Berg", "Carlos Mendes", "Anna Berg", "Carlos Mendes"]
    assert said(doc, 1) == "I run the data platform team."
    coded = parse(
        "Study interview\n\nInterviewer (IV): How long have you used the app?\n\n"
        "Participant 3 (P3): About two years.\n\nIV: What for?\n\nP3: Mostly invoices.\n",
        "study.txt",
    )
    # "Participant 3 (P3):" had been words of the interviewer's turn, and "IV" someone else.
    assert who(coded) == [
        ("Interviewer", "reporter"),
        ("Participant 3", "participant"),
        ("Interviewer", "reporter"),
        ("Participant 3", "participant"),
    ]
    named = parse(
        "Team sync\n\nSpeaker 1 (Jane Doe): Let us start.\n\nSpeaker 2 (Tom Ruiz): It moved.\n",
        "sync.txt",
    )
    # A diariser's number with the name someone gave it is that name (no label had been read).
    assert speakers(named) == ["Jane Doe", "Tom Ruiz"]


def test_names_with_long_offices_joined_by_small_words_of_any_language() -> None:
    doc = parse(
        "Press Briefing\n\nJune 4, 2024\n\n"
        "Karine Jean-Pierre, White House Press Secretary: Good afternoon. I'll turn it to Jake.\n\n"
        "Jake Sullivan, Assistant to the President for National Security Affairs: Thanks, "
        "Karine. The President leaves tomorrow for France.\n\n"
        "Reporter: Will he announce new aid for Ukraine?\n\n"
        "Jake Sullivan, Assistant to the President for National Security Affairs: We will have "
        "an announcement on air defence.\n\n"
        "BONNIE JENKINS, UNDER SECRETARY OF STATE FOR ARMS CONTROL AND INTERNATIONAL SECURITY: "
        "I'd add a word on the treaty.\n\n"
        "Nancy Faeser, Bundesministerin des Innern und für Heimat: Five years instead of eight.\n",
        "briefing.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        "Karine Jean-Pierre",
        "Jake Sullivan",
        "Reporter",
        "Jake Sullivan",
        "Bonnie Jenkins",
        "Nancy Faeser",
    ]
    assert doc.text[doc.turns[1].start :].startswith("Thanks, Karine.")


def test_what_square_brackets_hold_after_a_name_is_read_as_if_in_parentheses() -> None:
    doc = parse(
        "Quarterly security review\nJanuary 22, 2025\n\n"
        "Jane Okoro [CISO]: Let's start with the phishing test results.\n\n"
        "Raj Patel [IT Ops]: Click rate was 11 percent.\n\n"
        "Jane Okoro [CISO]: Finance gets targeted training then.\n\n"
        "SEN. TED CRUZ [R-TX]: The border is open.\n",
        "review.txt",
    )
    # Every line had been nobody's words.
    assert speakers(doc) == ["Jane Okoro", "Raj Patel", "Jane Okoro", "Ted Cruz"]
    assert said(doc, 1) == "Click rate was 11 percent."
    assert [t.label for t in doc.turns][:2] == ["Jane Okoro (CISO)", "Raj Patel (IT Ops)"]


def test_a_long_rank_and_office_in_capitals_before_the_name_is_a_label() -> None:
    doc = parse(
        "Pentagon Press Secretary Holds a Press Briefing\nNov. 14, 2023\n\n"
        "PRESS SECRETARY AIR FORCE BRIG. GEN. PAT RYDER: Good afternoon, everyone. Lita.\n\n"
        "Q: How many attacks have there been?\n\n"
        "GEN. RYDER: As of today there have been 55 attacks.\n\n"
        "CHAIRMAN OF THE JOINT CHIEFS OF STAFF ARMY GEN. MARK A. MILLEY: I'd add one thing.\n\n"
        "Q: Will there be more strikes?\n\n"
        "GEN. RYDER: I'm not going to forecast future operations.\n",
        "briefing.txt",
    )
    # His opening had been a turn whose words began with the label.
    assert speakers(doc) == [
        "Pat Ryder", "Reporter", "Pat Ryder", "Mark A. Milley", "Reporter", "Pat Ryder",
    ]  # fmt: skip
    assert said(doc, 0) == "Good afternoon, everyone. Lita."


def test_a_name_after_a_long_office_and_a_title_in_mixed_case_is_a_label() -> None:
    doc = parse(
        "PM statement at press conference: 23 September 2021\n\n"
        "Prime Minister Boris Johnson: Good afternoon. We will offer booster jabs.\n\n"
        "Chief Medical Officer Professor Chris Whitty: Thank you, Prime Minister. Cases are "
        "stable but high.\n\n"
        "Chief Scientific Adviser Sir Patrick Vallance: The vaccines are working.\n\n"
        "Laura Kuenssberg, BBC: Can you rule out another lockdown?\n\n"
        "Prime Minister Boris Johnson: I can't rule anything out.\n\n"
        "Chief Medical Officer Professor Chris Whitty: Winter is always the hardest time.\n",
        "no10.txt",
    )
    # Their words had been the Prime Minister's, and the last a reporter's.
    assert speakers(doc) == [
        "Boris Johnson", "Chris Whitty", "Patrick Vallance", "Laura Kuenssberg",
        "Boris Johnson", "Chris Whitty",
    ]  # fmt: skip
    assert said(doc, 5) == "Winter is always the hardest time."
    # A professor's title after the office is his, not the office's ("the chief medical
    # officer" had found nobody).
    assert doc.offices()["Chris Whitty"] == "chief medical officer"


def test_a_title_in_capitals_on_the_first_line_is_no_speaker() -> None:
    # A post-game press conference as sports' transcription services lay it out.
    doc = parse(
        "NCAA WOMEN'S BASKETBALL TOURNAMENT: ELITE EIGHT\nMarch 30, 2026\n\n"
        "THE MODERATOR: Coach, an opening statement.\n"
        "DENISE ALVARADO: Credit to Lakeshore. They made us earn every possession.\n"
        "Q. What did you change at halftime?\n"
        "DENISE ALVARADO: We went to a zone.\n"
        "THE MODERATOR: Thank you, Coach.\n",
        "postgame.txt",
    )
    assert doc.title == "NCAA WOMEN'S BASKETBALL TOURNAMENT: ELITE EIGHT"
    assert doc.date == "2026-03-30"
    # "THE MODERATOR" moderates as "MODERATOR" does.
    assert sorted({(t.speaker, t.role) for t in doc.turns}) == [
        ("Denise Alvarado", "official"),
        ("Reporter", "reporter"),
        ("The Moderator", "moderator"),
    ]
    # A speaker's first line is still a turn, however short.
    assert who(parse("JANE DOE: Good morning.\nBOB KING: Hi.\n", "x.txt")) == [
        ("Jane Doe", "official"),
        ("Bob King", "official"),
    ]


def test_an_office_another_speaker_gives_before_a_name_is_theirs() -> None:
    doc = parse(
        "Wildfire Update\n\n"
        "Ana Reyes: Good afternoon. I'm joined by Cal Fire Chief Tom Whitaker and Sheriff Linda "
        "Park of Sonoma County. Thank you, Mr. President. Dr. Ann Lee is here too.\n"
        "Tom Whitaker: The wind is our biggest problem.\n"
        "Linda Park: Please do not go back.\n"
        "Ann Lee: The shelters are open.\n"
        "Ana Reyes: Thank you all.\n",
        "update.txt",
    )
    # A sentence's end is no office ("President."), nor a form of address ("Dr.").
    assert doc.offices() == {"Tom Whitaker": "Cal Fire Chief", "Linda Park": "Sheriff"}
    # A surname's label is introduced with the given name; a label's own office comes first.
    debate = parse(
        "WHITFIELD: The candidates are Councilmember Elena Voss and former school superintendent "
        "Raymond Teague. Mr. Teague, you first.\n"
        "TEAGUE: Build more homes.\nWHITFIELD: Councilmember?\nVOSS: No.\n"
        "WHITFIELD: Thank you both.\n",
        "debate.txt",
    )
    assert debate.offices() == {"Voss": "Councilmember", "Teague": "superintendent"}


def test_words_in_capitals_are_written_as_names_are() -> None:
    assert title_case(["JEAN-PIERRE", "O'NEILL", "McKENZIE"]) == "Jean-Pierre O'Neill McKenzie"
    # A possessive's letter stays small: a title's "WOMEN'S" read as a label's words.
    assert title_case(["NCAA", "WOMEN'S", "TOURNAMENT"]) == "Ncaa Women's Tournament"


def test_a_name_its_office_and_where_it_is_held_after_two_commas_is_a_label() -> None:
    doc = parse(
        "Q3 Earnings Call\n\n"
        "Operator: Welcome to the call.\n"
        "Amy Hood, Chief Financial Officer, Microsoft: Revenue grew twelve percent.\n"
        "Operator: Our first question comes from Keith Weiss.\n"
        "Keith Weiss, Analyst, Morgan Stanley: What drove the growth?\n"
        "Amy Hood, Chief Financial Officer, Microsoft: Cloud, mostly.\n",
        "call.txt",
    )
    # Its turns had been read as the operator's words, the labels and all.
    assert [t.speaker for t in doc.turns][1:] == ["Amy Hood", "Operator", "Keith Weiss", "Amy Hood"]
    assert doc.offices()["Amy Hood"] == "Chief Financial Officer, Microsoft"
