"""Speaker labels of parliaments, committees, councils and hearings: who speaks, in what role,
what office or seat they hold, and where each turn's words lie."""

from __future__ import annotations

from retrieval.parse.transcript import parse, parse_file

from .conftest import FIXTURES, said, who


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
