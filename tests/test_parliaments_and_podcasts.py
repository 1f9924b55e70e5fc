"""Labels of Westminster's and New Zealand's Hansard, a summit's press remarks, a study's
interview and a podcast's timed transcript: who speaks, and where each turn's words lie."""

from __future__ import annotations

from retrieval.parse.transcript import parse

from .conftest import said, speakers, who


def test_lords_question_its_asker_and_a_minister_named_after_the_office() -> None:
    doc = parse(
        "House of Lords\nThursday 14 March 2024\nSocial Care: Workforce\nQuestion\n"
        "Asked by Baroness Wheeler\n"
        "To ask His Majesty's Government what steps they are taking on care vacancies.\n"
        "Baroness Wheeler (Lab): My Lords, there are 152,000 vacancies. What is being done?\n"
        "The Parliamentary Under-Secretary of State, Department of Health and Social Care "
        "(Lord Markham) (Con): My Lords, we have launched a recruitment fund of £15 million.\n"
        "Lord Allan of Hallam (LD): My Lords, will the immigration changes reduce it?\n"
        "Lord Markham (Con): My Lords, we expect the numbers to stabilise.\n",
        "lords.txt",
    )
    # The minister's first answer had been words of Baroness Wheeler's turn, and the order
    # paper's question nobody's.
    assert speakers(doc) == [
        "Baroness Wheeler",
        "Baroness Wheeler",
        "Lord Markham",
        "Lord Allan",
        "Lord Markham",
    ]
    assert said(doc, 0).startswith("To ask His Majesty's Government")
    assert said(doc, 2) == "My Lords, we have launched a recruitment fund of £15 million."
    # A peer is named with their title: "Lord Markham", not "Markham".
    assert doc.offices()["Lord Markham"] == (
        "Parliamentary Under-Secretary of State, Department of Health and Social Care"
    )


def test_commons_oral_questions_numbered_without_their_reference() -> None:
    doc = parse(
        "House of Commons\nTuesday 9 January 2024\nOral Answers to Questions\n"
        "1. Dr Caroline Johnson (Sleaford and North Hykeham) (Con): What steps she is taking "
        "to improve access to NHS dentistry.\n"
        "The Secretary of State for Health and Social Care (Victoria Atkins): We will publish "
        "our dental recovery plan shortly.\n"
        "Dr Johnson: Will the plan include rural areas?\n"
        "Victoria Atkins: Yes.\n"
        "2. Jim Shannon (Strangford) (DUP): What assessment she has made of waiting times.\n"
        "Victoria Atkins: They have fallen by a quarter.\n",
        "commons.txt",
    )
    # The numbered questions had been nobody's, and the last one words of the answer above.
    assert speakers(doc) == [
        "Caroline Johnson",
        "Victoria Atkins",
        "Caroline Johnson",
        "Victoria Atkins",
        "Jim Shannon",
        "Victoria Atkins",
    ]
    assert said(doc, 0) == "What steps she is taking to improve access to NHS dentistry."
    # A numbered list's item is no label: it names no seat nor party.
    notes = parse(
        "Alice: The agenda.\n1. Budget: we agreed on it.\nBob: Good.\nAlice: Next.\nBob: Yes.\n",
        "notes.txt",
    )
    assert speakers(notes) == ["Alice", "Bob", "Alice", "Bob"]
    assert said(notes, 0) == "The agenda.\n1. Budget: we agreed on it."


def test_hansard_copied_from_its_web_pages_names_alone_above_the_words() -> None:
    lords = parse(
        "Social Care: Workforce\nVolume 836: debated on Thursday 14 March 2024\n\nQuestion\n\n"
        "Baroness Wheeler\n\nTo ask His Majesty's Government what steps they are taking.\n\n"
        "The Parliamentary Under-Secretary of State, Department of Health and Social Care "
        "(Lord Markham) (Con)\n\nMy Lords, vacancies fell by 10% last year.\n\n"
        "Baroness Wheeler (Lab)\n\nMy Lords, when will the Government act on pay?\n\n"
        "Lord Markham (Con)\n\nMy Lords, pay is set by employers.\n\n"
        "Lord Allan of Hallam (LD)\n\nMy Lords, the visa rule cut applications by half.\n\n"
        "Lord Markham (Con)\n\nMy Lords, we are watching the numbers monthly.\n",
        "lords.txt",
    )
    # Every turn had been someone unknown's, the names among the words.
    assert speakers(lords) == [
        "Baroness Wheeler",
        "Lord Markham",
        "Baroness Wheeler",
        "Lord Markham",
        "Lord Allan",
        "Lord Markham",
    ]
    assert said(lords, 0) == "To ask His Majesty's Government what steps they are taking."
    commons = parse(
        "NHS Dentistry\nVolume 743: debated on Tuesday 9 January 2024\n\n"
        "Dr Caroline Johnson (Sleaford and North Hykeham) (Con)\n\n"
        "1. What steps she is taking to improve access to NHS dentistry.\n\n"
        "The Secretary of State for Health and Social Care (Victoria Atkins)\n\n"
        "We will shortly publish our dental recovery plan.\n\n"
        "Dr Johnson\n\nWill the plan include mobile dental vans?\n\n"
        "Victoria Atkins\n\nYes.\n\nMr Speaker\n\nOrder. Question 2.\n",
        "commons.txt",
    )
    # Who speaks once is named so too, where names alone on their lines label the turns.
    assert speakers(commons) == [
        "Caroline Johnson",
        "Victoria Atkins",
        "Caroline Johnson",
        "Victoria Atkins",
        "The Speaker",
    ]
    assert said(commons, 4) == "Order. Question 2."
    # Canada's, a title with its dot first: not the label "Right Hon." before the words.
    ottawa = parse(
        "House of Commons Debates\nWednesday, February 7, 2024\n\n"
        "Hon. Pierre Poilievre (Leader of the Opposition, CPC)\nMr. Speaker, will he cancel it?\n\n"
        "Right Hon. Justin Trudeau (Prime Minister, Lib.)\nMr. Speaker, the rebate pays more.\n\n"
        "Hon. Pierre Poilievre (Leader of the Opposition, CPC)\nMr. Speaker, the PBO disagrees.\n",
        "ottawa.txt",
    )
    assert speakers(ottawa) == ["Pierre Poilievre", "Justin Trudeau", "Pierre Poilievre"]
    assert said(ottawa, 1) == "Mr. Speaker, the rebate pays more."


def test_new_zealand_oral_question_put_to_a_minister() -> None:
    doc = parse(
        "Oral Questions — Questions to Ministers\nWednesday, 15 March 2023\n"
        "Question No. 1—Prime Minister\n"
        "1. Hon CHRISTOPHER LUXON (Leader—National) to the Prime Minister: Does he stand by "
        "all his Government's statements?\n"
        "Hon CHRIS HIPKINS (Prime Minister): Yes, in the context in which they were made.\n"
        "Hon Christopher Luxon: Why has food inflation reached 12 percent?\n"
        "Hon CHRIS HIPKINS: Food prices are rising around the world.\n",
        "nz.txt",
    )
    # The first question had been nobody's.
    assert speakers(doc) == [
        "Christopher Luxon",
        "Chris Hipkins",
        "Christopher Luxon",
        "Chris Hipkins",
    ]
    assert said(doc, 0) == "Does he stand by all his Government's statements?"
    assert doc.offices()["Chris Hipkins"] == "Prime Minister"


def test_a_name_with_an_office_of_several_words_after_a_comma() -> None:
    doc = parse(
        "Press remarks following the European Council\nBrussels, 15 December 2023\n\n"
        "Charles Michel, President of the European Council: Today we decided to open "
        "accession negotiations with Ukraine.\n\n"
        "Question: Was the Prime Minister of Hungary in the room?\n\n"
        "Charles Michel, President of the European Council: He was not in the room.\n",
        "council.txt",
    )
    # His words had been nobody's in particular, and his answer the reporter's question's.
    assert who(doc) == [
        ("Charles Michel", "official"),
        ("Reporter", "reporter"),
        ("Charles Michel", "official"),
    ]
    assert doc.offices() == {"Charles Michel": "President of the European Council"}


def test_a_study_s_respondent_when_nobody_is_named() -> None:
    doc = parse(
        "Interview 07 - nurse, ward B\n\nI: How did the new rota affect you?\n"
        "R: It made the nights worse.\nI: What would you change first?\n"
        "R: I'd bring back the float nurse.\n",
        "interview_07.txt",
    )
    # The answers had been someone unknown's.
    assert who(doc) == [
        ("Interviewer", "reporter"),
        ("Respondent", "official"),
        ("Interviewer", "reporter"),
        ("Respondent", "official"),
    ]


def test_a_time_opening_a_line_of_a_turn_marks_it_and_is_nobody_s_words() -> None:
    text = (
        "Transcript for Dr. Jane Goodall: Chimpanzees and Hope | Podcast #999\n\n"
        "Lex Fridman\n(00:00:00) The following is a conversation with Jane Goodall.\n\n"
        "Jane Goodall\n(00:00:20) Thank you for having me.\n"
        "(00:01:02) The chimpanzees were very shy at first.\n\n"
        "Lex Fridman\n(00:01:30) What surprised you most?\n"
    )
    doc = parse(text, "podcast.txt")
    # The title is no label of hers ("Transcript for Dr. Jane Goodall:"), and its words not hers.
    assert doc.title.startswith("Transcript for Dr. Jane Goodall: Chimpanzees")
    assert speakers(doc) == ["Lex Fridman", "Jane Goodall", "Jane Goodall", "Lex Fridman"]
    # The times had opened every quote.
    assert said(doc, 2) == "The chimpanzees were very shy at first."
    shy = text.index("(00:01:02)")
    assert (shy, "00:01:02.000") in doc.marks
    assert len(doc.marks) == 4


def test_hansard_s_subject_headings_between_turns_are_nobody_s_words() -> None:
    doc = parse(
        "HOUSE OF REPRESENTATIVES\nWednesday, 7 August 2024\n\nQUESTIONS WITHOUT NOTICE\n"
        "Cost of Living\n\n"
        "Mr DUTTON (Dickson—Leader of the Opposition) (14:00): Why should anyone believe "
        "that things are getting better?\n\n"
        "Mr ALBANESE (Grayndler—Prime Minister) (14:01): Inflation has come down.\n\n"
        "Housing\n\n"
        "Ms CHESTERS (Bendigo) (14:06): How is the government helping more Australians into "
        "a home?\n\n"
        "Ms ROWLAND (Greenway—Minister for Housing) (14:06): Those opposite blocked this "
        "scheme in the Senate for months.\n\n"
        "Nuclear Energy\n\n"
        "Mr O'BRIEN (Fairfax) (14:10): Will the minister rule out new gas projects?\n\n"
        "Mr BOWEN (McMahon—Minister for Climate Change and Energy) (14:10): No.\n\n"
        "Mr O'Brien: Thank you\n\n"
        "Mr BOWEN: Absolutely\n",
        "reps.txt",
    )
    # "Housing" and "Nuclear Energy" had ended the turns above them, and so their quotes.
    assert said(doc, 1) == "Inflation has come down."
    assert said(doc, 3) == "Those opposite blocked this scheme in the Senate for months."
    assert doc.offices()["Rowland"] == "Minister for Housing"
    # Beside seats with an office after a dash, one place alone is a seat: "the member for Bendigo".
    assert doc.offices()["Chesters"] == "Member for Bendigo"
    # Words without a sentence's end after words without one are a speaker's.
    assert said(doc, 6) == "Thank you"


def test_a_podcast_s_chapters_and_a_title_that_lists_its_topics() -> None:
    doc = parse(
        "Transcript for Priya Natarajan: Gravitational Lensing, Dark Matter and Black Holes | "
        "Deep Field #212\n\n"
        "Sam Oduya\n(00:00:00) The following is a conversation with Priya Natarajan.\n\n"
        "Dark matter\n\n"
        "Sam Oduya\n(00:04:12) How do you map something you can't see?\n\n"
        "Priya Natarajan\n(00:04:18) You watch what it does to light.\n\n"
        "Black holes\n\n"
        "Sam Oduya\n(00:11:40) What's the puzzle there?\n\n"
        "Priya Natarajan\n(00:11:47) They started big.\n",
        "podcast.txt",
    )
    # The topics after the colon are no list of people, and the title stays the first line's.
    assert doc.title.startswith("Transcript for Priya Natarajan: Gravitational Lensing")
    assert "Dark Matter" not in doc.speakers()
    # A chapter's heading ended the turn above it, whose last words it had been.
    assert said(doc, 0) == "The following is a conversation with Priya Natarajan."
    assert said(doc, 2) == "You watch what it does to light."
