"""Speaker labels of meetings, committees, parliaments, hearings, recordings and interviews:
who speaks, in what role, and where each turn's words lie."""

from __future__ import annotations

import pytest

from retrieval.parse.speakers import name_words, title_case
from retrieval.parse.transcript import parse, parse_file

from .conftest import FIXTURES, said, speakers, who


def test_committee_labels_with_constituencies_nested_parentheses_and_accents() -> None:
    doc = parse_file(FIXTURES / "committee.txt")
    assert who(doc) == [
        ("Anthony Rota", "moderator"),
        ("Heather McPherson", "participant"),
        ("Gérard Deltell", "participant"),
        ("Heather McPherson", "participant"),
        ("Gérard Deltell", "participant"),
        ("Anthony Rota", "moderator"),  # the bare "The Chair:" is whoever was named chairing
    ]
    assert doc.text[doc.turns[1].start :].startswith("Thank you, Mr. Chair. Will the minister")
    # The chair's own name in parentheses is not an office; chairing is, and a seat makes a
    # member for it.
    assert doc.offices() == {
        "Anthony Rota": "Chair",
        "Heather McPherson": "Member for Edmonton Strathcona",
    }
    minister = parse(
        "The Chair: Order.\nHon. Patty Hajdu (Minister of Health): Masks work.\n"
        "Mr. John Smith (Calgary, CPC): Do they?\nHon. Patty Hajdu: They do.\n",
        "committee.txt",
    )
    assert minister.offices() == {
        "Patty Hajdu": "Minister of Health",
        "John Smith": "Member for Calgary",
    }
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
    # Any word and a number, where the same label opens two lines: a call-in show's callers.
    show = parse(
        "Host: You're on the air.\n\nCaller 1: The bus lanes slow everyone down.\n\n"
        "Host: Thanks. Next caller.\n\nCaller 1: One more thing.\n\n"
        "Item 2: not a speaker, once.\n",
        "show.txt",
    )
    assert speakers(show) == ["Host", "Caller 1", "Host", "Caller 1"]


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


def test_the_chair_addressed_as_the_commons_does_chairs() -> None:
    doc = parse(
        "Prime Minister's Questions\n\nMr Speaker: Order.\n\n"
        "Sir Keir Starmer (Holborn and St Pancras) (Lab): Did he attend?\n\n"
        "The Prime Minister (Boris Johnson): I apologise.\n\n"
        "Madam Deputy Speaker (Dame Rosie Winterton): Order. Mr Smith.\n\n"
        "Madam Secretary: Thank you.\n",
        "pmqs.txt",
    )
    assert who(doc) == [
        ("The Speaker", "moderator"),
        ("Keir Starmer", "participant"),
        ("Boris Johnson", "participant"),
        ("Rosie Winterton", "moderator"),
        ("The Secretary", "participant"),
    ]


def test_hansard_question_numbers_and_references_are_not_part_of_the_label() -> None:
    doc = parse(
        "Oral Answers to Questions\n\n"
        "Q1. [901234] Mrs Flick Drummond (Meon Valley) (Con): If he will list his engagements.\n\n"
        "The Prime Minister (Rishi Sunak): This morning I had meetings.\n\n"
        "Mrs Drummond: Will he fund flood defences?\n\n"
        "The Prime Minister: We are investing £5.2 billion.\n\n"
        "T2. [901240] Stephen Flynn (Aberdeen South) (SNP): Will he bring in a social tariff?\n\n"
        "3. [901236] Jim Shannon (Strangford) (DUP): What steps is he taking?\n\n"
        "1. Budget: we agreed it.\n",
        "pmqs.txt",
    )
    assert who(doc) == [
        ("Flick Drummond", "participant"),
        ("Rishi Sunak", "participant"),
        ("Flick Drummond", "participant"),
        ("Rishi Sunak", "participant"),
        ("Stephen Flynn", "participant"),
        ("Jim Shannon", "participant"),
    ]
    turn = doc.turns[0]
    assert doc.text[turn.start : turn.end] == "If he will list his engagements."
    # Their seats, which a question may name them by ("the member for Strangford").
    assert doc.offices()["Flick Drummond"] == "Member for Meon Valley"
    assert doc.offices()["Jim Shannon"] == "Member for Strangford"
    assert doc.offices()["Rishi Sunak"] == "Prime Minister"
    # A numbered line without Hansard's reference is the turn's words, not a label.
    assert said(doc, -1).endswith("1. Budget: we agreed it.")


def test_a_house_hearing_chairman_and_a_sentence_that_only_looks_like_a_label() -> None:
    doc = parse(
        "HEARING ON THE ELECTRIC GRID\n\nThe Chairman. The committee will come to order.\n\n"
        "Mr. Pallone. Thank you, Mr. Chairman. Why did the grid fail?\n\n"
        "Mr. Smith. The plants were not winterized.\n\n"
        "And a follow-up on Texas: Who pays for the repairs?\n\n"
        "Mr. Smith. The ratepayers.\n",
        "house.txt",
    )
    assert who(doc) == [
        ("The Chairman", "moderator"),
        ("Pallone", "participant"),
        ("Smith", "participant"),
        ("Smith", "participant"),
    ]
    assert "Who pays for the repairs?" in said(doc, 2)


def test_a_hearing_s_statement_heading_with_a_middle_initial_names_the_witness() -> None:
    doc = parse(
        "HEARING ON THE ANNUAL REPORT\n\n    Chairman Alvarez. Secretary Morrow, please proceed.\n\n"
        "  STATEMENT OF JANET L. MORROW, SECRETARY, DEPARTMENT OF THE TREASURY\n\n"
        "    Secretary Morrow. Thank you. The system remained resilient.\n\n"
        "    Chairman Alvarez. Should regulators claw back bonuses?\n\n"
        "    Secretary Morrow. I support legislation that would allow it.\n",
        "senate.txt",
    )
    # The heading's "L." is an initial, not the end of a label "STATEMENT OF JANET L.".
    assert [s for s, _ in who(doc)] == ["Alvarez", "Janet L. Morrow", "Alvarez", "Janet L. Morrow"]
    assert said(doc, 1) == "Thank you. The system remained resilient."


def test_the_congressional_record_s_presiding_officer_named_in_parentheses() -> None:
    doc = parse(
        "Congressional Record — Senate\nMarch 7, 2024\n\n"
        "  Mr. SCHUMER. Mr. President, I urge my colleagues to act.\n\n"
        "  The PRESIDING OFFICER (Mr. Kaine). The Republican leader.\n\n"
        "  Mr. McCONNELL. Mr. President, the bill must address the border.\n\n"
        "  Mr. SCHUMER. Will the Senator yield?\n\n"
        "  The PRESIDING OFFICER. The Senator from Kentucky.\n",
        "record.txt",
    )
    # The chair's line had been the end of Schumer's words; the bare office after it had been
    # someone called "The Presiding Officer".
    assert who(doc) == [
        ("Schumer", "participant"),
        ("Kaine", "moderator"),
        ("McConnell", "participant"),
        ("Schumer", "participant"),
        ("Kaine", "moderator"),
    ]
    assert said(doc, 0) == "Mr. President, I urge my colleagues to act."


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


def test_an_australian_minister_s_transcript_names_the_office_above_the_name() -> None:
    doc = parse(
        "PRIME MINISTER\nTHE HON ANTHONY ALBANESE MP\nTRANSCRIPT\nPRESS CONFERENCE\n"
        "PARLIAMENT HOUSE, CANBERRA\nWEDNESDAY, 14 FEBRUARY 2024\n\n"
        "SUBJECTS: Cost of living; Housing.\n\n"
        "PRIME MINISTER: Good morning.\n\nJOURNALIST: Is this a broken promise?\n\n"
        "PRIME MINISTER: Circumstances changed.\n",
        "pm.txt",
    )
    # `PRIME MINISTER:` had been "The Prime Minister", and "SUBJECTS" a speaker.
    assert who(doc) == [
        ("Anthony Albanese", "official"),
        ("Journalist", "reporter"),
        ("Anthony Albanese", "official"),
    ]
    assert doc.title == "PRESS CONFERENCE"
    assert doc.offices() == {"Anthony Albanese": "prime minister"}


def test_a_meeting_s_action_items_listed_below_it_are_nobody_s_words() -> None:
    doc = parse(
        "# Checkout redesign\n\n**Maya Chen:** Luis, can we ship it next sprint?\n\n"
        "**Luis Ortega:** Not next sprint. The API isn't certified.\n\n"
        "**Hannah Park:** I'd like to fix the address form.\n\n"
        "**Maya Chen:** Then Luis owns the migration.\n\n## Action items\n\n"
        "- Luis: finish the payment provider migration\n- Hannah: redesign the address form\n",
        "sync.md",
    )
    # They had been turns of "Luis" and "Hannah", who never said them.
    assert [s for s, _ in who(doc)] == [
        "Maya Chen",
        "Luis Ortega",
        "Hannah Park",
        "Maya Chen",
        "unknown",
    ]
    # Where every turn is a list item, the items are the turns.
    listed = parse("- Ann: Hello.\n- Bob: Hi, Ann.\n- Ann: Shall we start?\n", "chat.md")
    assert [s for s, _ in who(listed)] == ["Ann", "Bob", "Ann"]


def test_minutes_first_names_are_the_full_names_the_attendees_give() -> None:
    doc = parse(
        "Design sync\nAttendees: Maya Chen, Luis Ortega, Hannah Park\n\n"
        "Maya: Let us start.\n\nLuis: The API is late.\n\nHannah: I will fix the form.\n\n"
        "Maya: Thanks.\n",
        "sync.txt",
    )
    # "What did Hannah Park say ...?" had found nobody: she spoke as "Hannah".
    assert [s for s, _ in who(doc)] == ["Maya Chen", "Luis Ortega", "Hannah Park", "Maya Chen"]
    # Two full names with one first name: the label stays as written.
    doc = parse(
        "Sync\nAttendees: Maya Chen, Maya Ortega\n\nMaya: Hi.\n\nLuis: Hello.\n\nMaya: Shall we?\n",
        "sync.txt",
    )
    assert who(doc)[0][0] == "Maya"
    # Each named in full once, then by first name: the first turns had been the header's.
    doc = parse(
        "Weekly sync\n\nMaya Chen: Let us start.\n\nLuis Ortega: The API is late.\n\n"
        "Maya: Thanks.\n\nLuis: Done by Friday.\n\nMaya: Great.\n",
        "sync.txt",
    )
    assert [s for s, _ in who(doc)] == [
        "Maya Chen", "Luis Ortega", "Maya Chen", "Luis Ortega", "Maya Chen"
    ]  # fmt: skip
    assert said(doc, 0) == "Let us start."


def test_who_speaks_once_before_the_labels_that_repeat_speaks() -> None:
    doc = parse(
        "Quarterly planning call\nMay 2, 2024\n\n"
        "Jane Doe: Welcome to the call. I will hand over to Bob for the numbers.\n\n"
        "Bob Smith: Revenue was up four percent.\n\nCarl Jones: Costs were flat.\n\n"
        "Bob Smith: So margin improved.\n\nCarl Jones: Agreed.\n",
        "call.txt",
    )
    # Her welcome had been the header's.
    assert speakers(doc)[:2] == ["Jane Doe", "Bob Smith"]
    assert doc.title == "Quarterly planning call"
    # A title's words above the turns are no one's.
    titled = parse(
        "Trilateral Meeting on North Korea: Remarks to the Press\n\n"
        "Bob Smith: Revenue was up.\n\nCarl Jones: Costs were flat.\n\nBob Smith: Good.\n",
        "t.txt",
    )
    assert speakers(titled) == ["Bob Smith", "Carl Jones", "Bob Smith"]


def test_remarks_by_an_office_holder_name_whom_the_office_s_label_is() -> None:
    doc = parse(
        "Remarks by President Biden on the Economy\nJanuary 5, 2024\n\n"
        "THE PRESIDENT: Thank you. Please have a seat.\n\nWe have created 14 million jobs.\n",
        "remarks.txt",
    )
    # He had been "The President", whom "What did Biden say about jobs?" did not find.
    assert who(doc) == [("Biden", "official")]
    assert doc.offices() == {"Biden": "president"}


def test_an_interview_with_an_office_holder_gives_them_the_office_and_an_interviewer() -> None:
    doc = parse(
        "Interview with the Chancellor, Jeremy Hunt\n22 November 2023\n\n"
        "NICK ROBINSON: Isn't this a giveaway?\n\nJEREMY HUNT: No. This is about growth.\n\n"
        "NICK ROBINSON: The tax burden is at a post-war high.\n\nJEREMY HUNT: It is.\n",
        "today.txt",
    )
    # "What did the Chancellor say?" had found nobody: his labels give no office.
    assert doc.offices() == {"Jeremy Hunt": "Chancellor"}
    # And whoever puts questions and statements to him interviews him (half his turns ask).
    assert who(doc)[:2] == [("Nick Robinson", "reporter"), ("Jeremy Hunt", "official")]
    office = parse(
        "Briefing by the Office of the Spokesperson, United Nations\n\nQ: When?\n\nA: Soon.\n",
        "noon.txt",
    )
    assert office.offices() == {}  # an office's office is no one's


def test_of_two_speakers_the_one_putting_questions_interviews_though_turns_end_on_statements() -> (
    None
):
    doc = parse(
        "The Long Game, Episode 42\n\n"
        "Hannah Cole: Welcome back. My guest today is Rafael Ortiz, who ran the Ledger.\n\n"
        "Rafael Ortiz: Thanks for having me.\n\n"
        "Hannah Cole: What actually killed the Ledger? People assume it was the internet.\n\n"
        "Rafael Ortiz: The sale of the printing plant did.\n\n"
        "Hannah Cole: So it was logistics more than revenue.\n\n"
        "Rafael Ortiz: Both, but logistics came first.\n\n"
        "Hannah Cole: What would a new paper look like?\n\n"
        "Rafael Ortiz: Small, and no printing press.\n\n"
        "Hannah Cole: Would you do it again? You lost a lot of money.\n\n"
        "Rafael Ortiz: Every time.\n",
        "podcast.txt",
    )
    # Her turns that ask end on "?" once in five: both had been officials.
    assert sorted(set(who(doc))) == [("Hannah Cole", "reporter"), ("Rafael Ortiz", "official")]
    # Two who ask each other as often are neither's interviewer.
    talk = parse(
        "Ann Lee: Did you see the figures? They look low.\n\nTom Berg: I did. Did you?\n\n"
        "Ann Lee: Yes.\n\nTom Berg: Good.\n",
        "talk.txt",
    )
    assert {role for _, role in who(talk)} == {"official"}


def test_a_byline_s_office_and_an_interview_s_byline() -> None:
    briefing = parse(
        "Department Press Briefing\nMatthew Miller, Department Spokesperson\nMarch 4, 2024\n\n"
        "MR MILLER: Good afternoon.\n\nQUESTION: Any news?\n\nMR MILLER: None.\n",
        "state.txt",
    )
    # The byline had named him for a `SPOKESPERSON:` label only: "the spokesperson" found nobody.
    assert briefing.offices() == {"Matthew Miller": "Department Spokesperson"}
    interview = parse(
        "An interview with Priya Raman, chief executive of Northwind Software, by Tom Ellis\n"
        "12 September 2025\n\nQ: Why close two offices?\n\nA: Nobody was in them.\n",
        "raman.txt",
    )
    # A magazine writes her office in lower case, and who asks at the end of the line: she had
    # held no office, and the questions had been an unnamed reporter's.
    assert interview.offices() == {"Priya Raman": "chief executive"}
    assert who(interview) == [("Tom Ellis", "reporter"), ("Priya Raman", "official")]
    history = parse(
        "Interview with Dorothy Kowalski by Marcus Bell\n\nMB: Where were you born?\n"
        "DK: Here in Homestead.\nMB: And your father?\nDK: He worked at the mill.\n",
        "kowalski.txt",
    )
    # Without a comma before "by", the interviewer's initials had been nobody's ("Mb").
    assert who(history)[:2] == [("Marcus Bell", "reporter"), ("Dorothy Kowalski", "official")]


def test_diarised_speakers_in_lower_case_and_who_speaks_once_among_them() -> None:
    doc = parse(
        "spk_0: Today we review churn.\nspk_1: Churn went up to 4.1 percent.\n"
        "spk_0: Do we know why?\nspk_2: The exit survey says price.\nspk_1: A discount?\n",
        "call.txt",
    )
    # Amazon Transcribe's labels had been words, and the file no one's.
    assert speakers(doc) == ["spk 0", "spk 1", "spk 0", "spk 2", "spk 1"]
    icsi = parse(
        "me013: Where are we?\nfe008: Twenty hours.\nmn015: Digits done.\nme013: Good.\n", "b.txt"
    )
    assert speakers(icsi) == ["me013", "fe008", "mn015", "me013"]


def test_a_moderator_named_by_first_name_in_the_header() -> None:
    doc = parse(
        "Focus group 2\nModerator: Priya (UX research)\n\n"
        "Moderator: How do you check your balance?\n\nR1: The app.\n\nR2: The ATM.\n\n"
        "Moderator: Why?\n\nR2: Habit.\n",
        "group.txt",
    )
    # The header's line had been her first turn, and she "Moderator".
    assert speakers(doc)[:2] == ["Priya", "R1"]
    assert said(doc, 0) == "How do you check your balance?"
    # A stage direction in parentheses is no one's description.
    laughing = parse(
        "Moderator: Okay (laughs)\n\nR1: Hi.\n\nModerator: Go on.\n\nR1: Yes.\n", "g.txt"
    )
    assert speakers(laughing)[0] == "Moderator"


def test_a_magazine_that_asks_under_a_page_s_key_asks() -> None:
    doc = parse(
        "Zelensky on the war\nTIME interview, November 2023\n\n"
        "TIME: How is the counteroffensive going?\n\nZelensky: We are not going backward.\n\n"
        "TIME: What happens if American aid stops?\n\nZelensky: Then we will lose people.\n",
        "time.txt",
    )
    # "TIME:" had been a page's key (as "Time: 10 a.m."), and its questions no one's.
    assert who(doc) == [
        ("TIME", "reporter"), ("Zelensky", "official"), ("TIME", "reporter"),
        ("Zelensky", "official"),
    ]  # fmt: skip
    keyed = parse(
        "Budget hearing\nTime: 10 a.m.\n\nAnn Lee: Welcome.\n\nBo Li: Why now?\n\n"
        "Ann Lee: Because.\n\nBo Li: Thanks.\n",
        "t.txt",
    )
    assert speakers(keyed) == ["Ann Lee", "Bo Li", "Ann Lee", "Bo Li"]


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


def test_india_s_parliament_honorifics_and_a_minister_named_in_capitals() -> None:
    doc = parse(
        "LOK SABHA DEBATES\n\nHON. SPEAKER: Question number 41.\n\n"
        "SHRI RAHUL GANDHI: Sir, what is the price of onions?\n\n"
        "THE MINISTER OF CONSUMER AFFAIRS (SHRI PIYUSH GOYAL): It fell by twelve percent.\n\n"
        "SHRI RAHUL GANDHI: Farmers are not paid fairly.\n",
        "lok_sabha.txt",
    )
    assert who(doc) == [
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
    got = who(doc)
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
        ("Jane Doe", "Thank you."),  # the heading gives her full name
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
        ("Alejandro N. Mayorkas", "Thank you, Senator. The number is large."),
        ("unknown", "\\2\\ The prepared statement of Secretary Mayorkas appears in the Appendix."),
        ("Hawley", "Mr. Secretary, will you resign?"),
        ("Alejandro N. Mayorkas", "No."),
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
    assert who(doc) == [
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
    got = who(doc)
    # The chair answers the questions here: the official, not a meeting's chair.
    assert got[:4] == [
        ("Powell", "official"),
        ("Michelle Smith", "moderator"),  # who gives the floor ("Steve."), since parser 154
        ("Rachel Siegel", "reporter"),
        ("Powell", "official"),
    ]
    assert said(doc, 2).endswith("this year?")
    # In a transcript written in capitals such lines are not labels.
    caps = parse(
        "PRESS CONFERENCE\n\nTHE PRESIDENT: WE MET OUR ALLIES TODAY.\n\nQ: WHAT ABOUT THE\n"
        "UNITED STATES. FORCES WILL STAY THERE FOR A LONG TIME?\n\nTHE PRESIDENT: AS FOR THE\n"
        "UNITED STATES. FORCES WILL LEAVE THE REGION AFTER THE VOTE.\n",
        "c.txt",
    )
    assert {t.speaker for t in caps.turns} == {"The President", "Reporter"}


def test_a_header_listing_who_takes_part_names_the_chair_and_full_names() -> None:
    text = (
        "Science and Technology Committee\n"
        "Oral evidence: Artificial intelligence in schools\n\n"
        "Members present: Greg Clark (Chair); Dawn Butler; Stephen Metcalfe.\n\n"
        "Witnesses: Professor Rose Luckin, University College London; Daisy Christodoulou, "
        "Director of Education, No More Marking.\n\n"
        "Q1 Chair: Professor Luckin, how widely are teachers using AI tools?\n\n"
        "Professor Luckin: Far more widely than most people realise.\n\n"
        "Q2 Dawn Butler: Can AI mark essays fairly?\n\n"
        "Daisy Christodoulou: For short answers, it already matches human markers.\n\n"
        "Q3 Dawn Butler: And long ones?\n\n"
        "Daisy Christodoulou: Less reliably.\n"
    )
    doc = parse(text, "committee.txt")
    assert [t.speaker for t in doc.turns[:4]] == [
        "Greg Clark",
        "Rose Luckin",
        "Dawn Butler",
        "Daisy Christodoulou",
    ]
    assert doc.turns[0].role == "moderator"
    # A meeting's attendees with their parts: a label giving the part names the person.
    notes = "Attendees: Priya (PM), Tom (Design)\n\nPM: Let's start.\nTom: Ready.\n"
    assert [t.speaker for t in parse(notes, "sync.txt").turns] == ["Priya", "Tom"]
    # ... and the part is their office where their labels give none: "the PI" is Priya Raman.
    notes = (
        "Weekly NLP Group Meeting\nAttendees: Priya Raman (PI), Tomas Berg\n\n"
        "Priya Raman: Let's start.\n\nTomas Berg: The draft is done.\n\n"
        "Priya Raman: Good.\n"
    )
    assert parse(notes, "lab.txt").offices() == {"Priya Raman": "PI"}
    assert doc.offices()["Greg Clark"] == "chair"  # as the label `Chair:` gives it


def test_an_earnings_call_s_analysts_ask_and_its_executives_answer() -> None:
    doc = parse(
        "Q3 Earnings Call\n\nOperator\n\nWelcome to the call.\n\n"
        "Tim Cook -- Chief Executive Officer\n\nServices set a record.\n\n"
        "Kevan Parekh -- Chief Financial Officer\n\nMargins were 46%.\n\n"
        "Operator\n\nFirst question.\n\n"
        "Erik Woodring -- Morgan Stanley -- Analyst\n\nHow is margin?\n\n"
        "Kevan Parekh -- Chief Financial Officer\n\nStable.\n",
        "call.txt",
    )
    assert who(doc) == [
        ("Operator", "moderator"),
        ("Tim Cook", "official"),
        ("Kevan Parekh", "official"),
        ("Operator", "moderator"),
        ("Erik Woodring", "reporter"),
        ("Kevan Parekh", "official"),
    ]
    assert doc.offices() == {
        "Tim Cook": "Chief Executive Officer",
        "Kevan Parekh": "Chief Financial Officer",
        # "What did the analyst ask?", "... the Morgan Stanley analyst ...?"
        "Erik Woodring": "Analyst, Morgan Stanley",
    }


def test_television_news_anchors_host_and_stage_directions_are_nobody_s() -> None:
    doc = parse(
        "THE SITUATION ROOM\nAired March 14, 2024 - 18:00 ET\n\n"
        "WOLF BLITZER, CNN ANCHOR: Manu, what's the latest?\n\n"
        "MANU RAJU, CNN CHIEF CONGRESSIONAL CORRESPONDENT: The bill passed.\n\n"
        "(BEGIN VIDEO CLIP)\n\nSEN. MARIA CANTWELL (D-WA): We will hold hearings.\n\n"
        "(END VIDEO CLIP)\n\nBLITZER: And the White House?\n\n"
        "RAJU: It would sign it.\n\n[LAUGHTER]\n\nIt really would.\n",
        "cnn.txt",
    )
    assert who(doc) == [
        ("Wolf Blitzer", "moderator"),
        ("Manu Raju", "participant"),
        ("Maria Cantwell", "participant"),
        ("Wolf Blitzer", "moderator"),
        ("Manu Raju", "participant"),
    ]
    words = [doc.text[t.start : t.end] for t in doc.turns]
    assert words[1] == "The bill passed." and words[2] == "We will hold hearings."
    # Inside a turn a direction stays: the words after it are the same speaker's.
    assert words[4] == "It would sign it.\n\n[LAUGHTER]\n\nIt really would."


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


def test_a_security_council_record_names_its_president_and_how_members_spoke() -> None:
    doc = parse(
        "United Nations S/PV.9876\nSecurity Council\n9876th meeting\nTuesday, 14 May 2024, "
        "10 a.m.\n\nPresident: Mr. Fernández de Soto Valderrama (Colombia)\n\n"
        "The meeting was called to order at 10.05 a.m.\n\n"
        "The President (spoke in Spanish): I give the floor to Mr. Wennesland.\n\n"
        "Mr. Wennesland: Thank you, Mr. President. Fuel deliveries have fallen by half.\n\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian): A ceasefire must come first.\n\n"
        "Mr. Zhang Jun (China) (spoke in Chinese): China supports an immediate ceasefire.\n\n"
        "The President (spoke in Spanish): Colombia will support any resolution that protects "
        "civilians.\n",
        "unsc.txt",
    )
    # The header's "President:" names who presides (a family name's particles and all); "I give
    # the floor to Mr. Wennesland." is the President's words, not a header naming Wennesland.
    assert [t.speaker for t in doc.turns] == [
        "Fernández de Soto Valderrama",
        "Wennesland",
        "Nebenzia",
        "Zhang Jun",
        "Fernández de Soto Valderrama",
    ]
    # How a member spoke is no seat: Russia's delegate is no "Member for Russian Federation".
    assert doc.offices() == {"Fernández de Soto Valderrama": "president"}


def test_australia_s_hansard_gives_the_office_after_the_seat() -> None:
    doc = parse(
        "HOUSE OF REPRESENTATIVES\nWednesday, 15 May 2024\n\n"
        "Mr DUTTON (Dickson—Leader of the Opposition) (14:01): Why are energy bills rising?\n\n"
        "Mr ALBANESE (Grayndler—Prime Minister) (14:02): Relief of $300 will flow from July.\n\n"
        "Mr DUTTON (Dickson—Leader of the Opposition) (14:04): When will households see it?\n\n"
        "Mr ALBANESE (Grayndler—Prime Minister) (14:05): From the first quarter after July.\n",
        "hansard.txt",
    )
    assert [t.speaker for t in doc.turns] == ["Dutton", "Albanese", "Dutton", "Albanese"]
    assert doc.offices() == {"Dutton": "Leader of the Opposition", "Albanese": "Prime Minister"}
    # The Senate's seats are states, of two words, and its offices long: they had been read as
    # no seat, and each senator's office as "senator".
    senate = parse(
        "Senate Hansard\nWednesday, 7 February 2024\n\n"
        "Senator BIRMINGHAM (South Australia—Leader of the Opposition in the Senate) (14:05): "
        "Will the government admit its promise has been broken?\n\n"
        "Senator WONG (South Australia—Leader of the Government in the Senate) (14:06): The "
        "government has delivered energy bill relief to five million households.\n",
        "senate.txt",
    )
    assert senate.offices() == {
        "Birmingham": "Leader of the Opposition in the Senate",
        "Wong": "Leader of the Government in the Senate",
    }


def test_a_deposition_s_answers_are_the_deponent_s_and_its_questions_the_examiner_s() -> None:
    doc = parse(
        "DEPOSITION OF JAMES WHITFIELD\nTaken on Tuesday, April 4, 2023, at the offices of Pell "
        "& Hart LLP, Spokane, Washington.\n\nAPPEARANCES:\n"
        "For the Plaintiff: Karen Lowry, Pell & Hart LLP\n"
        "For the Defendant: Daniel Reyes, Reyes Law Group\n\nEXAMINATION BY MS. LOWRY:\n\n"
        "Q. Did you see the forklift accident on March 9?\n"
        "A. No. I arrived after it happened.\n"
        "MR. REYES: Objection. Foundation. The witness has said he was not there, and counsel "
        "knows it.\n"
        "Q. Who told you about the accident?\n"
        "A. Dana Ruiz, the safety officer, called me at home.\n",
        "deposition.txt",
    )
    # The answers are the deponent's, named in capitals by the title, though counsel's
    # objection is longer; the questions are the examiner's, named in full by the appearances.
    # When and where it was taken is nobody's words.
    assert doc.speaker == "James Whitfield"
    assert doc.date == "2023-04-04"
    assert who(doc) == [
        ("Karen Lowry", "reporter"),
        ("James Whitfield", "official"),
        ("Daniel Reyes", "official"),
        ("Karen Lowry", "reporter"),
        ("James Whitfield", "official"),
    ]


def test_a_city_council_s_captions_in_capitals_with_two_word_titles() -> None:
    doc = parse(
        "CITY COUNCIL REGULAR MEETING\nJune 3, 2024\n\n"
        ">> MAYOR GREEN: GOOD EVENING. THE FIRST ITEM IS THE BIKE LANE ORDINANCE.\n"
        ">> COUNCIL MEMBER PATEL: I SUPPORT THE ORDINANCE.\n"
        ">> COUNCIL MEMBER RUIZ: I WANT A PHASED ROLLOUT.\n"
        ">> TRANSPORTATION DIRECTOR OKAFOR: THE GRANT REQUIRES THE WHOLE CORRIDOR.\n"
        ">> PATEL: ELEVEN CRASHES LAST YEAR.\n",
        "council.txt",
    )
    assert doc.title == "CITY COUNCIL REGULAR MEETING"
    assert [t.speaker for t in doc.turns] == ["Green", "Patel", "Ruiz", "Okafor", "Patel"]
    assert doc.offices() == {
        "Green": "mayor",
        "Patel": "council member",
        "Ruiz": "council member",
        "Okafor": "transportation director",  # an office that a word qualifies
    }


def test_a_user_study_s_participant_answers_the_interviewer() -> None:
    doc = parse(
        "Customer interview: onboarding study\n\nInterviewer\n00:00:03\n"
        "Can you walk me through the first day you used the product?\n\nParticipant\n00:00:09\n"
        "Sure. I signed up on my phone, but the setup needed a laptop.\n\nInterviewer\n00:00:21\n"
        "What would have helped?\n\nParticipant\n00:00:25\nA way to finish setup on the phone.\n",
        "study.txt",
    )
    # Both are askers' labels elsewhere (a town hall's "PARTICIPANT:" asks); here one answers.
    assert who(doc) == [
        ("Interviewer", "reporter"),
        ("Participant", "official"),
        ("Interviewer", "reporter"),
        ("Participant", "official"),
    ]
    # So where who asks has a label of no asker: a facilitator, whose turns end on questions.
    session = parse(
        "Usability session 4\n\nFacilitator: Can you show me how you would book a room?\n"
        "Participant: Sure. I'd click on Rooms, I guess.\nFacilitator: What do you expect?\n"
        "Participant: A calendar. But I see a list.\n",
        "session.txt",
    )
    assert who(session)[:2] == [("Facilitator", "reporter"), ("Participant", "official")]
    assert session.speaker == "Participant"


def test_the_european_parliament_s_speakers_each_once_with_what_they_are() -> None:
    doc = parse(
        "Debates - Wednesday, 13 September 2023 - Strasbourg\n\n"
        "Ursula von der Leyen, President of the Commission. – Madam President, honourable "
        "Members, we have delivered on the Green Deal.\n\n"
        "Manfred Weber, on behalf of the PPE Group. – Madam President, farmers are worried.\n\n"
        "President. – Thank you, Mr Weber. The debate is closed.\n\n"
        "President. – The vote will take place tomorrow.\n",
        "europarl.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        "Ursula von der Leyen",
        "Manfred Weber",
        "The President",
        "The President",
    ]
    assert doc.text[doc.turns[1].start :].startswith("Madam President, farmers")
    assert doc.offices() == {"Ursula von der Leyen": "President of the Commission"}


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


def test_a_panellist_s_affiliation_is_no_seat() -> None:
    doc = parse(
        "Panel: The future of local news\n\nMODERATOR (Dana Whitaker): Is subscription enough?\n\n"
        "ANA TORRES (Editor, Valley Ledger): Not on its own.\n\n"
        "MODERATOR (Dana Whitaker): And AI?\n\nANA TORRES (Editor, Valley Ledger): No.\n",
        "panel.txt",
    )
    # "(Edmonton Strathcona, NDP)" is a seat and a party; "(Editor, Valley Ledger)" is her job
    # and employer.
    assert doc.offices()["Ana Torres"] == "Editor, Valley Ledger"
    assert [t.speaker for t in doc.turns] == ["Dana Whitaker", "Ana Torres"] * 2


def test_an_oral_history_s_initials_name_who_its_header_names() -> None:
    doc = parse(
        "Oral history: Sam Kent, retired shipyard welder\n"
        "Interviewed by Jane Roe, 3 March 2022\n\n"
        "JR: When did you start at the shipyard?\nSK: In 1971. I was nineteen.\n"
        "JR: When did the yard close?\nSK: 1989. They told us on a Friday.\n",
        "oral_history.txt",
    )
    assert doc.title == "Oral history: Sam Kent, retired shipyard welder"
    assert doc.date == "2022-03-03"
    assert who(doc) == [
        ("Jane Roe", "reporter"),
        ("Sam Kent", "official"),
        ("Jane Roe", "reporter"),
        ("Sam Kent", "official"),
    ]


def test_a_magazine_s_q_and_a_answers_are_whom_its_title_names() -> None:
    doc = parse(
        '# "We are running out of time": Dr. Amara Okafor on antibiotic resistance\n\n'
        "*Published June 4, 2024*\n\n"
        "Amara Okafor leads the microbiology lab at a teaching hospital in Lagos.\n\n"
        "**Q: Why is resistance rising so fast?**\n\n"
        "**A:** Because antibiotics are sold without prescription.\n\n"
        "**Q: What would you change first?**\n\n"
        "**A:** I would fund rapid diagnostics.\n",
        "okafor.md",
    )
    assert doc.speaker == "Amara Okafor" and doc.date == "2024-06-04"
    # The introduction is the magazine's, not hers.
    assert who(doc) == [
        ("unknown", "unknown"),
        ("Reporter", "reporter"),
        ("Amara Okafor", "official"),
        ("Reporter", "reporter"),
        ("Amara Okafor", "official"),
    ]
    # No name after a title in the title: nobody named answers, the interviewee does.
    untitled = parse("Antibiotics\n\nQ: Why?\n\nA: Because.\n", "x.txt")
    assert who(untitled)[1] == ("Interviewee", "official")
    # A label that says what the speaker is stays theirs: "Interviewee".
    role = parse(
        "Antibiotics\n\nInterviewer: Why?\n\nInterviewee: Because.\n\n"
        "Interviewer: And now?\n\nInterviewee: Worse.\n",
        "x.txt",
    )
    assert who(role)[:2] == [("Interviewer", "reporter"), ("Interviewee", "official")]


def test_a_speaker_key_s_initials_label_the_turns() -> None:
    doc = parse(
        "COVID-19 Virtual Press conference - 11 March 2020\n\nSpeaker key:\n"
        "TAG Dr Tedros Adhanom Ghebreyesus\nMK Dr Maria Van Kerkhove\nTJ Tarik Jasarevic\n"
        "HE Helen Branswell\nMA Marie\n\n"
        "00:00:00\nTJ Hello everyone, and welcome. Dr Tedros will start.\n\n"
        "TAG Good afternoon. We have made the assessment that COVID-19 is a pandemic.\n\n"
        "WHO is sending tests to 120 countries.\n\n"
        "MK And I would add that we have called for aggressive action for weeks.\n\n"
        "HE Is it too late to contain the virus?\n\n"
        "TJ Thank you. Next is Marie from AFP.\n\nMA Will you declare a pandemic again?\n",
        "who.txt",
    )
    # "HE": the WHO's initials for a journalist need not be her names' first letters; "MA":
    # the WHO keys some journalists by their first name alone, and her question is hers, not
    # the moderator's who introduced her.
    assert speakers(doc) == [
        "Tarik Jasarevic", "Tedros Adhanom Ghebreyesus", "Maria Van Kerkhove", "Helen Branswell",
        "Tarik Jasarevic", "Marie",
    ]  # fmt: skip
    assert said(doc, 5) == "Will you declare a pandemic again?"
    assert said(doc, 1).endswith("to 120 countries.")
    assert doc.title == "COVID-19 Virtual Press conference - 11 March 2020"
    # Without a key, capitals opening a paragraph are words ("US"); nor do two lines of a
    # header make a key when the initials are not the name's ("UK Prime Minister Rishi Sunak").
    plain = parse(
        "Summit\nUS President Joe Biden\nUK Prime Minister Rishi Sunak\n\n"
        "Biden: Welcome.\n\nUS forces will stay.\n\nSunak: Thank you.\n\nBiden: Good.\n",
        "summit.txt",
    )
    assert speakers(plain) == ["Joe Biden", "Rishi Sunak", "Joe Biden"]


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


def test_turns_run_together_in_one_paragraph_are_told_apart() -> None:
    # A copy from a web page, or a PDF's text layer, that lost the line breaks between turns.
    doc = parse(
        "Board call\n\nAnna Berg: The gym opens in June. Tom Ruiz: Good, and the pool? "
        "Anna Berg: The pool opens in July. Tom Ruiz: Great.\n",
        "call.txt",
    )
    assert speakers(doc) == ["Anna Berg", "Tom Ruiz", "Anna Berg", "Tom Ruiz"]
    assert [said(doc, i) for i in (1, 2)] == ["Good, and the pool?", "The pool opens in July."]
    # A speech's colons are no speakers: "First: roads." twice, "Note: ..." twice.
    speech = parse(
        "Remarks on the budget\n\nThank you all. First: roads, which we repave. Second: "
        "schools. First: again, roads. Note: the numbers are final. Note: they were approved.\n",
        "speech.txt",
    )
    assert [t.label for t in speech.turns] == [""]


def test_new_zealand_s_media_ask_and_a_page_s_media_field_is_no_speaker() -> None:
    doc = parse(
        "Post-Cabinet press conference: Monday, 6 March 2023\n\n"
        "PM: Today Cabinet agreed to extend the fuel tax cut.\n\n"
        "Media: Prime Minister, how much will that cost?\n\nPM: About 370 million dollars.\n",
        "nz.txt",
    )
    assert who(doc) == [("PM", "official"), ("Media", "reporter"), ("PM", "official")]
    page = parse(
        "Budget speech\nMedia: Getty Images\n\nNicola Willis: Today I present the budget.\n\n"
        "Chris Hipkins: It is a fair budget.\n\nNicola Willis: It is.\n",
        "page.txt",
    )
    assert speakers(page) == ["Nicola Willis", "Chris Hipkins", "Nicola Willis"]


def test_an_unknown_speaker_is_nobody_known() -> None:
    doc = parse(
        "Budget planning\n\nUnknown Speaker  0:03\nCan everyone hear me?\n\n"
        "Maria Lopez  0:08\nThe marketing budget is flat.\n\n"
        "Unknown Speaker  0:17\nDid finance say why?\n\nMaria Lopez  0:20\nThey want results.\n",
        "otter.txt",
    )
    assert who(doc)[:2] == [("Unknown Speaker", "unknown"), ("Maria Lopez", "official")]


def test_an_australian_prime_minister_s_press_conference_and_its_end_mark() -> None:
    doc = parse(
        "PRIME MINISTER\nTRANSCRIPT\nPRESS CONFERENCE\nWEDNESDAY, 7 FEBRUARY 2024\n\n"
        "PRIME MINISTER: Every taxpayer gets a tax cut.\n\n"
        "JOURNALIST: Isn't this a broken promise?\n\n"
        "PRIME MINISTER: Circumstances changed.\n\n"
        "TREASURER: The changes were costed by Treasury.\n\nENDS\n",
        "pm.txt",
    )
    assert who(doc) == [
        ("The Prime Minister", "official"),
        ("Journalist", "reporter"),
        ("The Prime Minister", "official"),
        ("The Treasurer", "official"),
    ]
    # "ENDS" (or "[END]", "-ENDS-") closes the transcript: nobody's words.
    assert said(doc, -1) == "The changes were costed by Treasury."


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


def test_a_conversation_s_speakers_by_letter_keep_their_letters() -> None:
    doc = parse(
        "A: Did you get a chance to look at the budget numbers?\n"
        "B: Yeah, I went through them last night. Travel is way over.\n"
        "A: How much over?\nB: About forty percent.\n",
        "call.txt",
    )
    # "A:" answers beside "Q:"; beside "B:" it is a speaker. A's lines had been the header
    # and B's words.
    assert speakers(doc) == ["A", "B", "A", "B"]
    assert said(doc, 2) == "How much over?"
    qa = parse("Interview with Jane Roe\n\nQ: Where do you work?\nA: At the plant.\n", "roe.txt")
    assert who(qa)[-1] == ("Jane Roe", "official")


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


def test_a_party_before_the_state_is_no_seat() -> None:
    doc = parse(
        "WOLF BLITZER, CNN ANCHOR: Let's go to Manu Raju. Manu?\n\n"
        "MANU RAJU, CNN CHIEF CONGRESSIONAL CORRESPONDENT: Three senators are undecided.\n\n"
        "SEN. SUSAN COLLINS (R), MAINE: I have not made a decision.\n\n"
        "BLITZER: Thank you.\n",
        "cnn.txt",
    )
    # She had been the member for "R".
    assert doc.offices()["Susan Collins"] == "senator"


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


def test_a_magazine_interview_s_questions_in_bold_are_its_interviewer_s() -> None:
    doc = parse(
        "# Dr. Amara Okafor on antibiotic resistance\n\n"
        "*Interview by Lena Park, March 2, 2026*\n\n"
        "**Why are antibiotics failing more often now?**\n\n"
        "Because we have used them carelessly for decades.\n\n"
        "**What worries you most?**\n\nGonorrhoea. We are down to one reliable treatment.\n",
        "okafor.md",
    )
    # Every answer had been Lena Park's, whose byline had been read as whom the interview
    # features, and the questions nobody's words.
    assert who(doc) == [
        ("Lena Park", "reporter"),
        ("Amara Okafor", "official"),
        ("Lena Park", "reporter"),
        ("Amara Okafor", "official"),
    ]
    assert said(doc, 2) == "What worries you most?"
    labelled = parse(
        "Interview with Senator John Reed\nInterviewed by Jane Roe, 3 March 2022\n\n"
        "Q: Will you run again?\nA: I have not decided.\n",
        "reed.txt",
    )
    assert who(labelled) == [("Jane Roe", "reporter"), ("John Reed", "official")]


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


def test_an_oral_history_s_header_says_who_asks_and_who_answers() -> None:
    keyed = parse(
        "Oral History Project\nInterviewee: Margaret Chen\nInterviewer: David Ross\n"
        "Date: April 4, 2019\nLocation: Oakland, California\n\n"
        "Q: Where did you grow up?\n\nA: In Stockton.\n",
        "chen.txt",
    )
    # The answers had been the "Oral History Project"'s, and the title the interviewee's line.
    assert who(keyed) == [("David Ross", "reporter"), ("Margaret Chen", "official")]
    assert (keyed.title, keyed.location) == ("Oral History Project", "Oakland, California")
    initialled = parse(
        "Interview with Margaret Chen, conducted by David Ross on April 4, 2019.\n\n"
        "DR: Where did you grow up?\n\nMC: In Stockton.\n\nDR: And then?\n\nMC: Oakland.\n",
        "chen2.txt",
    )
    # The line about the interview had been her words, and "DR" the title "The Dr".
    assert who(initialled)[:2] == [("David Ross", "reporter"), ("Margaret Chen", "official")]
    assert initialled.text[initialled.turns[0].start :].startswith("Where did you grow up?")


def test_a_recogniser_s_speakers_hold_no_office() -> None:
    doc = parse(
        "Speaker A: Let's start with the pricing page.\nSpeaker B: Most visitors never scroll.\n"
        "Speaker A: So the popular plan goes first?\nSpeaker B: Yes.\n",
        "sync.txt",
    )
    # Each had been "the speaker", as the chair of a parliament is.
    assert speakers(doc) == ["Speaker A", "Speaker B", "Speaker A", "Speaker B"]
    assert doc.offices() == {}


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


def test_minutes_key_their_initials_and_a_surname_may_be_a_title() -> None:
    doc = parse(
        "Budget Committee notes, 14 February 2024\n"
        "Attendees: JD = Jane Doe (chair), MK = Mark King (finance), SL - Sara Lund\n\n"
        "JD: Let's start with the overtime overrun.\nMK: Overtime is forty percent over.\n"
        "SL: We could not hire in time.\nJD: What would earlier hiring cost?\n",
        "minutes.txt",
    )
    # They had been "Jd", "Mk" and "Sl"; and "King" had been dropped as a title ("Mark").
    assert speakers(doc) == ["Jane Doe", "Mark King", "Sara Lund", "Jane Doe"]
    assert name_words("Martin Luther King") == ["Martin", "Luther", "King"]
    assert name_words("John Major") == ["John", "Major"]
    assert name_words("King Charles") == ["Charles"]


def test_two_speakers_of_one_surname_told_apart_by_their_initials() -> None:
    doc = parse(
        "CNN LARRY KING LIVE\nInterview With Mervyn King\n\n"
        "LARRY KING, HOST: Good evening.\n\n"
        "MERVYN KING, GOVERNOR, BANK OF ENGLAND: Thank you, Larry.\n\n"
        "L. KING: Will rates rise?\n\nM. KING: Not this year.\n",
        "cnn.txt",
    )
    # The office after a second comma had left the governor's label words of the host's turn;
    # "Interview With Mervyn King" had been a name.
    assert speakers(doc) == ["Larry King", "Mervyn King", "Larry King", "Mervyn King"]
    assert said(doc, 1) == "Thank you, Larry."


def test_a_caption_s_change_of_speaker_opens_a_turn_of_someone_unknown() -> None:
    doc = parse(
        "CSPAN WASHINGTON JOURNAL\n\n>> GOOD MORNING. JOINING US IS SENATOR MARIA LOPEZ.\n"
        ">> SENATOR LOPEZ: THANK YOU FOR HAVING ME.\n>> WHAT CHANGED IN THE TALKS?\n"
        ">> SENATOR LOPEZ: BOTH SIDES AGREED TO PAY FOR IT.\n>> WILL THE HOUSE VOTE THIS WEEK?\n",
        "cspan.txt",
    )
    # The host's questions had been words of the senator's turns above them, the ">>" in the
    # quotes; and "THANK YOU" had been taken for the senator's name, as "President: Joe Biden"
    # names the president.
    assert who(doc) == [
        ("unknown", "unknown"),
        ("Lopez", "official"),
        ("unknown", "unknown"),
        ("Lopez", "official"),
        ("unknown", "unknown"),
    ]
    assert said(doc, 0) == "GOOD MORNING. JOINING US IS SENATOR MARIA LOPEZ."
    assert said(doc, 2) == "WHAT CHANGED IN THE TALKS?"


def test_a_chat_s_clock_before_a_label_and_a_featured_speaker_s_surname() -> None:
    chat = parse(
        "Incident review\n[10:02 AM] Jane Doe: Let's walk through the timeline.\n"
        "[10:03 AM] John Smith: The deploy changed the pool size.\n"
        "[1:04 PM] Jane Doe: Why didn't the canary catch it?\n",
        "chat.txt",
    )
    # "AM] Jane Doe:" had been the words of someone unknown.
    assert speakers(chat) == ["Jane Doe", "John Smith", "Jane Doe"]
    assert [time for _, time in chat.marks] == ["10:02:00.000", "10:03:00.000", "13:04:00.000"]
    doc = parse(
        "Press availability with Minister Ana Ruiz\n\nMINISTER RUIZ: Good morning.\n\n"
        "QUESTION: When does the cap take effect?\n\nANSWER: On the first of June.\n",
        "ruiz.txt",
    )
    # `MINISTER RUIZ:` had been "Ruiz", another speaker than the answers' Ana Ruiz.
    assert speakers(doc) == ["Ana Ruiz", "Reporter", "Ana Ruiz"]


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


def test_a_label_in_parentheses_opens_a_turn_as_japan_s_prime_minister_s_office_writes() -> None:
    doc = parse(
        "Press Conference by Prime Minister Kishida\n\n"
        "[Opening Statement by Prime Minister Kishida]\n"
        "Today the ordinary Diet session closed, and I would like to speak about the birthrate.\n\n"
        "(Moderator)\nWe will now take questions.\n\n(Reporter)\nWill you dissolve the House?\n\n"
        "(Prime Minister Kishida)\nI am not thinking about dissolution.\n\n"
        "(Reporter) How will you fund the child policies? (Laughter)\n\n"
        "(Prime Minister Kishida) Through spending reform.\n",
        "kantei.txt",
    )
    # The reporters' questions had been the Prime Minister's words.
    assert who(doc) == [
        ("Kishida", "official"),
        ("Moderator", "moderator"),
        ("Reporter", "reporter"),
        ("Kishida", "official"),
        ("Reporter", "reporter"),
        ("Kishida", "official"),
    ]
    assert said(doc, 4) == "How will you fund the child policies? (Laughter)"


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


def test_a_guest_label_is_whom_the_host_introduces() -> None:
    doc = parse(
        "Money Matters, episode 112\nBroadcast 4 March 2024\n\n"
        "PRESENTER: Good evening. My guest tonight is the economist Sam Patel, who used to "
        "advise the Bank of England. Sam, welcome.\n\nGUEST: Thanks for having me.\n\n"
        "PRESENTER: Is inflation beaten?\n\nGUEST: Not quite.\n",
        "money.txt",
    )
    # `GUEST:` had been a speaker called "Guest", whom "What did Sam Patel say?" did not find.
    assert speakers(doc) == ["Presenter", "Sam Patel", "Presenter", "Sam Patel"]
    # Two guests introduced together: which one `GUEST:` is, the words do not say.
    two = parse(
        "Panel\n\nHOST: We're joined by Ken Adams and Sara Lee.\n\nGUEST: Hello.\n\n"
        "HOST: Welcome.\n\nGUEST: Thanks.\n",
        "two.txt",
    )
    assert "Ken Adams" not in speakers(two)


def test_a_title_s_office_before_its_briefer_s_name_is_theirs() -> None:
    mfa = parse(
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 12, 2023\n\n"
        "CCTV: What are China's expectations for the visit?\n\nMao Ning: Agreements on trade.\n\n"
        "AFP: Can you confirm the visit?\n\nMao Ning: I have nothing to release.\n",
        "mfa.txt",
    )
    # Neither had held an office: "the spokesperson" found whoever a label gave it elsewhere.
    assert mfa.offices()["Mao Ning"] == "Foreign Ministry Spokesperson"
    nato = parse(
        "Press conference by NATO Secretary General Jens Stoltenberg\n16 February 2023\n\n"
        "Jens Stoltenberg: Ministers agreed to increase stockpiles.\n\n"
        "Sabine Siebold (Reuters): When will Sweden join?\n\nJens Stoltenberg: Soon.\n",
        "nato.txt",
    )
    assert nato.offices()["Jens Stoltenberg"] == "NATO Secretary General"
    # A form of address is no office: "Interview with Dr. Amara Okafor".
    talk = parse(
        "Interview with Dr. Amara Okafor\n\nQ: Why now?\n\nA: Because resistance is rising.\n",
        "talk.txt",
    )
    assert "Amara Okafor" not in talk.offices()


def test_an_earnings_call_s_list_of_participants_names_who_speaks_once() -> None:
    doc = parse(
        "Harbor Systems, Inc. (HBSY) Q3 2025 Earnings Call Transcript\nNov. 5, 2025\n\n"
        "Company Participants\nDana Whitfield - Vice President, Investor Relations\n"
        "Marcus Lindqvist - Chief Executive Officer\n\n"
        "Conference Call Participants\nRavi Menon - Morgan Stanley\nClaire Dubois - Jefferies\n\n"
        "Operator\nGood day, and welcome to the call.\n\n"
        "Dana Whitfield\nThank you, operator. With me today is our CEO.\n\n"
        "Marcus Lindqvist\nWe delivered record revenue.\n\n"
        "Operator\nOur first question comes from Ravi Menon.\n\n"
        "Ravi Menon\nAre customers pushing back on price?\n\n"
        "Marcus Lindqvist\nVery little.\n\n"
        "Claire Dubois\nWhen will margin recover?\n\n"
        "Marcus Lindqvist\nNext year.\n",
        "harbor.txt",
    )
    # Who speaks once had been words of the turn above: the analyst's question the operator's.
    assert speakers(doc) == [
        "Operator",
        "Dana Whitfield",
        "Marcus Lindqvist",
        "Operator",
        "Ravi Menon",
        "Marcus Lindqvist",
        "Claire Dubois",
        "Marcus Lindqvist",
    ]
    # And the list's parts are their offices: "the CEO" had found nobody.
    assert doc.offices()["Marcus Lindqvist"] == "Chief Executive Officer"
    assert doc.offices()["Ravi Menon"] == "Morgan Stanley"


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


def test_a_header_byline_names_the_moderator_or_host() -> None:
    debate = (
        "Mayoral Candidates Debate\nOctober 14, 2026\n"
        "Moderated by Dana Whitfield, with panelist Marcus Oyelaran of the Riverton Ledger.\n\n"
        "WHITFIELD: Mr. Teague, what would you do about rents?\n"
        "TEAGUE: Build more homes.\n"
        "OYELARAN: Councilmember Voss, will you raise taxes?\n"
        "VOSS: No.\n"
        "WHITFIELD: Thank you both.\n"
    )
    doc = parse(debate, "debate.txt")
    assert doc.offices() == {"Dana Whitfield": "Moderator"}
    # (The byline, a sentence above a meeting's labels, is nobody's words.)
    assert sorted({(t.speaker, t.role) for t in doc.turns}) == [
        ("Dana Whitfield", "moderator"),
        ("Oyelaran", "participant"),
        ("Teague", "participant"),
        ("Voss", "participant"),
        ("unknown", "unknown"),
    ]
    # A label of the part is whom the byline names.
    show = parse(
        "Morning Call\nHosted by Ann Lee\n\nHOST: Welcome, Bob.\nBOB KING: Glad to be here.\n"
        "HOST: What happened?\nBOB KING: The bridge closed.\n",
        "show.txt",
    )
    assert [t.speaker for t in show.turns] == ["Ann Lee", "Bob King", "Ann Lee", "Bob King"]
    assert show.offices() == {"Ann Lee": "Host"}
    # A chair the header names keeps the role the turns give: a chair decides as well as asks.
    chaired = parse(
        "Finance Committee\nChaired by Jane Doyle\n\nJANE DOYLE: We recommend it.\n"
        "MARK KING: Agreed.\nSARA LUND: Agreed.\n",
        "minutes.txt",
    )
    assert chaired.offices() == {"Jane Doyle": "Chair"}
    assert chaired.turns[0].role == "participant"


def test_an_office_after_a_members_party_is_theirs() -> None:
    # American television's labels: the party in parentheses, then the office.
    doc = parse(
        "JAKE MORROW, CNN HOST: Welcome.\n"
        "SEN. JOHN THUNE (R-SD), MAJORITY LEADER: We will act.\n"
        "SEN. SUSAN COLLINS (R), MAINE: So will I.\n"
        "REP. JIM JORDAN (R-OH): Not I.\n"
        "MORROW: Thank you all.\n",
        "cnn.txt",
    )
    assert doc.offices() == {
        "Jake Morrow": "CNN HOST",
        "John Thune": "MAJORITY LEADER",
        "Susan Collins": "senator",  # a state after the party is no office
        "Jim Jordan": "representative",
    }


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


def test_a_title_naming_two_briefers_gives_both_their_offices() -> None:
    doc = parse(
        "Press Briefing by Press Secretary Maya Torres and National Security Adviser Paul "
        "Greer\nMarch 3, 2026\n\n"
        "MS. TORRES: Good afternoon. Paul.\nMR. GREER: Thanks. The ceasefire starts Saturday.\n"
        "Q: Are troops going?\nMR. GREER: No.\nMS. TORRES: Thanks, everybody.\n",
        "briefing.txt",
    )
    assert doc.offices() == {
        "Maya Torres": "Press Secretary",
        "Paul Greer": "National Security Adviser",
    }


def test_a_numbered_label_of_two_words_opens_turns() -> None:
    # A lecture's questions from the floor; an agenda's numbered item once is no speaker.
    doc = parse(
        "Moderator: Our speaker today is Dr. Lena Ortiz. Lena.\n"
        "Dr. Lena Ortiz: Flash floods give forty minutes of warning. Thank you.\n"
        "Moderator: Questions? Yes, in the front.\n"
        "Audience Member 1: How do you handle gauges that fail?\n"
        "Dr. Lena Ortiz: The model needs only radar.\n"
        "Audience Member 2: Have you compared it with the European system?\n"
        "Dr. Lena Ortiz: Not directly.\n"
        "Audience Member 1: Is the code open source?\n"
        "Dr. Lena Ortiz: It is, on our website.\n"
        "Action Item 1: publish the slides.\n",
        "lecture.txt",
    )
    assert [t.speaker for t in doc.turns][3:7] == [
        "Audience Member 1",
        "Lena Ortiz",
        "Audience Member 2",
        "Lena Ortiz",
    ]
    assert doc.text[doc.turns[5].start :].startswith("Have you compared it")
    # Numbered askers beside a named speaker who answers are the floor's reporters.
    assert {t.speaker: t.role for t in doc.turns}["Audience Member 2"] == "reporter"
    assert "Action Item 1" not in {t.speaker for t in doc.turns}


def test_a_numbered_person_opens_a_turn_even_once() -> None:
    lines = [
        "Anna Berg: We start with the budget.",
        "Tom Ruiz: The numbers are in.",
        "Anna Berg: Good, go on.",
        "Tom Ruiz: Revenue is up four percent.",
        "{}: Could you repeat the figure?",
        "Tom Ruiz: Four percent.",
        "Anna Berg: Thank you.",
    ]
    for label in ("Guest 2", "Caller #3", "Juror No. 5", "AUDIENCE MEMBER 2", "Respondent 12"):
        doc = parse("\n".join(lines).format(label) + "\n", "call.txt")
        (asked,) = [t for t in doc.turns if doc.text[t.start :].startswith("Could you")]
        assert asked.speaker == title_case(label.split()), label
    # One the label says nobody knows is unknown, numbered or not.
    doc = parse("\n".join(lines).format("Unknown Speaker 2") + "\n", "call.txt")
    assert ("Unknown Speaker 2", "unknown") in {(t.speaker, t.role) for t in doc.turns}
    # A list's numbered item is no one.
    for item in ("Item 2", "Step 1", "Action Item 1", "Exhibit 12"):
        doc = parse("\n".join(lines).format(item) + "\n", "notes.txt")
        assert item not in {t.speaker for t in doc.turns}


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


def test_an_asker_named_in_parentheses_after_q_as_the_fia_writes_them() -> None:
    doc = parse(
        "2024 BRITISH GRAND PRIX – Thursday Drivers' Press Conference\n\n"
        "Q: (Tom Clarkson) Lewis, how much confidence does that give you?\n"
        "Lewis HAMILTON: It gives me a lot.\n\n"
        "QUESTIONS FROM THE FLOOR\n\n"
        "Q: (Andrew Benson – BBC Sport) Lando, have you spoken to Max since Austria?\n"
        "Lando NORRIS: Yeah, we've spoken.\n"
        "Q: (inaudible) And Lewis?\n"
        "Lewis HAMILTON: Same.\n",
        "fia.txt",
    )
    # Every asker had been "Floor", as if "QUESTIONS FROM THE FLOOR" named who asks.
    assert who(doc) == [
        ("Tom Clarkson", "reporter"),
        ("Lewis Hamilton", "official"),
        ("Andrew Benson", "reporter"),
        ("Lando Norris", "official"),
        ("Reporter", "reporter"),
        ("Lewis Hamilton", "official"),
    ]
    assert said(doc, 2) == "Lando, have you spoken to Max since Austria?"
    # Where the parenthesis says the asker works: "the BBC Sport reporter".
    assert doc.offices() == {"Andrew Benson": "Reporter, BBC Sport"}


def test_askers_who_say_where_they_work_and_outlets_as_labels_hold_it_as_an_office() -> None:
    fomc = parse_file(FIXTURES / "styles" / "fomc_press_conference.txt")
    # Who gives the floor by first name alone ("MICHELLE SMITH. Steve.") moderates; she had
    # been an official.
    assert who(fomc)[1:3] == [("Michelle Smith", "moderator"), ("Steve Liesman", "reporter")]
    # "What did the reporter from CNBC ask?" had found nobody: only the chair held an office.
    assert (
        fomc.offices()
        == {
            "Steve Liesman": "Reporter, CNBC",
            "Rachel Siegel": "Reporter, Washington Post",  # "Thanks, Chair Powell. Rachel Siegel from ..."
            "Nick Timiraos": "Reporter, Wall Street Journal",
            "Victoria Guida": "Reporter, Politico",
            "Edward Lawrence": "Reporter, Fox Business",
            "Powell": "chair",
        }
    )
    mfa = parse(
        "Regular Press Conference\n\nLin Jian: Good afternoon.\n\nAFP: How will China respond?"
        "\n\nLin Jian: With all necessary measures.\n\nReuters: Will that include pork?\n\n"
        "Lin Jian: Ask the ministry.\n\nAFP: And dairy?\n\nLin Jian: The same.\n",
        "mfa.txt",
    )
    assert mfa.offices() == {"AFP": "Reporter, AFP", "Reuters": "Reporter, Reuters"}
