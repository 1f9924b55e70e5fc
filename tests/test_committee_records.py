"""Committee and parliamentary records beyond the dev sets' styles: Scotland's committees,
Australia's Senate estimates, a US hearing as the Government Publishing Office prints it, and a
podcast's roles with their holders."""

from __future__ import annotations

from retrieval.answer.names import whom
from retrieval.answer.speaker_match import speaker_matches
from retrieval.parse.header import read_header
from retrieval.parse.label_speaker import Speaker, normalise
from retrieval.parse.transcript import parse

from .conftest import said, speakers, who


def test_a_long_office_with_a_comma_names_its_holder_in_parentheses() -> None:
    doc = parse(
        "Health, Social Care and Sport Committee\nTuesday 5 March 2024\n\n"
        "The Convener (Clare Haughey): Our first item is waiting times.\n\n"
        "Jackie Baillie (Dumbarton) (Lab): How many patients have waited two years?\n\n"
        "The Cabinet Secretary for NHS Recovery, Health and Social Care (Michael Matheson): "
        "Just under 5,000.\n\n"
        "Sandesh Gulhane (Glasgow) (Con): Why is the figure so high in Lothian?\n\n"
        "Michael Matheson: Lothian has had staffing problems.\n\n"
        "The Convener: Thank you. That concludes our questions.\n",
        "holyrood.txt",
    )
    assert who(doc) == [
        ("Clare Haughey", "moderator"),
        ("Jackie Baillie", "participant"),
        ("Michael Matheson", "participant"),
        ("Sandesh Gulhane", "participant"),
        ("Michael Matheson", "participant"),
        ("Clare Haughey", "moderator"),
    ]
    assert said(doc, 2) == "Just under 5,000."
    assert doc.offices()["Michael Matheson"] == (
        "Cabinet Secretary for NHS Recovery, Health and Social Care"
    )
    # Westminster's Lords: a title and a surname in the parentheses, the party after them.
    lords = parse(
        "Baroness Hayman (CB): To ask what steps they are taking on prepayment meters.\n\n"
        "The Minister of State, Department for Energy Security and Net Zero (Lord Callanan) "
        "(Con): My Lords, we have secured a voluntary agreement.\n\n"
        "Baroness Hayman (CB): Will he make it mandatory?\n\n"
        "Lord Callanan (Con): All options remain on the table.\n",
        "lords.txt",
    )
    assert speakers(lords) == [
        "Baroness Hayman",
        "Lord Callanan",
        "Baroness Hayman",
        "Lord Callanan",
    ]
    assert said(lords, 1).startswith("My Lords, we")
    assert lords.offices()["Lord Callanan"].startswith("Minister of State, Department for Energy")


def test_senate_estimates_list_members_by_surname_and_spell_mc_names_in_capitals() -> None:
    doc = parse(
        "ECONOMICS LEGISLATION COMMITTEE\nBudget Estimates\nWednesday, 31 May 2023\n\n"
        "Members in attendance: Senators Bragg, Canavan, McKenzie, Pocock and Walsh\n\n"
        "CHAIR: I welcome the officers of the department.\n\n"
        "Senator CANAVAN: How many staff work on the critical minerals strategy?\n\n"
        "Ms Jackson: There are currently 42 staff.\n\n"
        "Senator McKENZIE: When will the strategy be released?\n\n"
        "Mr Hartland: Before the end of June.\n",
        "estimates.txt",
    )
    # The list of members is neither the title nor anyone's words.
    assert "attendance" not in doc.title
    assert who(doc)[1:4] == [
        ("Canavan", "participant"),
        ("Jackson", "participant"),
        ("McKenzie", "participant"),
    ]
    assert doc.offices()["McKenzie"].lower() == "senator"


def test_a_printed_hearing_s_surnames_in_capitals() -> None:
    doc = parse(
        "OVERSIGHT OF THE FEDERAL BUREAU OF INVESTIGATION\n\nWEDNESDAY, JULY 12, 2023\n\n"
        "    Chairman JORDAN. The Committee will come to order.\n"
        "    Mrs. McCLAIN. Director, who decides which cases are opened?\n"
        "    Mr. WRAY. Field offices open cases under the guidelines.\n"
        "    Mr. MacDONALD. And who reviews them?\n"
        "    Mr. WRAY. Headquarters reviews the sensitive ones.\n"
        "    Chairman JORDAN. The gentleman's time has expired.\n",
        "hearing.txt",
    )
    assert speakers(doc) == ["Jordan", "McClain", "Wray", "MacDonald", "Wray", "Jordan"]


def test_a_role_then_its_holder_after_a_dash_or_in_parentheses() -> None:
    doc = parse(
        "The Long Game, Episode 88\n\n"
        "[00:00:00] Host - Nina Patel: Welcome back. My guest is Dr. Omar Said.\n\n"
        "[00:00:12] Guest - Omar Said: Thanks for having me, Nina.\n\n"
        "[00:00:15] Interviewer (Jo Li): Why did trust fall?\n\n"
        "[00:00:20] Guest - Omar Said: Partly because we changed our advice in public.\n",
        "podcast.txt",
    )
    assert who(doc) == [
        ("Nina Patel", "moderator"),
        ("Omar Said", "official"),
        ("Jo Li", "reporter"),
        ("Omar Said", "official"),
    ]
    # What follows the holder's name is where they are from.
    assert normalise("Moderator (Ann Lee, CNN)", [], {}) == Speaker("Ann Lee", "moderator")
    assert normalise("Reporter (Jane Doe, NHK)", [], {}) == Speaker("Jane Doe", "reporter")
    # One word is where they work, and calls them, as an outlet's label alone ("AFP:") does.
    assert normalise("Reporter (NHK)", [], {}) == Speaker("NHK", "reporter")
    # A surname is not a role: the transcript never writes it in lower case.
    council = parse(
        "The President: I give the floor to the representative of the United Kingdom.\n\n"
        "Smith (United Kingdom): We condemn the attack.\n\n"
        "The President: Thank you.\n\n"
        "Smith (United Kingdom): And we call for a ceasefire.\n",
        "council.txt",
    )
    assert speakers(council) == ["The President", "Smith", "The President", "Smith"]
    # A role of two words, which the transcript writes in lower case; a name of common words
    # is still a name ("will" and "young" are words too, but not "will young").
    hearing = parse(
        "Mayor Ellen Park: We now open the floor for public comment. Young people will ask.\n\n"
        "Public Comment - Maria Lopez: Nobody asked the parents.\n\n"
        "Public Comment - David Chen: I support the amendment.\n\n"
        "Will Young (Forest Green): So do I.\n\n"
        "Will Young (Forest Green): Twice over.\n",
        "council.txt",
    )
    assert speakers(hearing) == [
        "Ellen Park", "Maria Lopez", "David Chen", "Will Young", "Will Young"
    ]  # fmt: skip
    # In capitals the parentheses are a stage direction, not a name.
    shouted = parse("Q: Will you resign?\nREPORTER (OFF MIC): And the budget?\n", "b.txt")
    assert who(shouted)[1] == ("Reporter", "reporter")


def test_a_part_in_the_proceedings_keeps_its_article() -> None:
    doc = parse(
        "THE COURT: Counsel, your appearances.\n\nMR. GRANT: Michael Grant for the People.\n\n"
        "THE COURT: Go ahead.\n\nTHE WITNESS: Karen Lowry.\n\nMR. GRANT: Thank you.\n",
        "hearing.txt",
    )
    assert speakers(doc) == [
        "The Court", "Grant", "The Court", "The Witness", "Grant"
    ]  # fmt: skip


def test_a_heading_that_reads_as_a_name_is_the_title_when_nothing_else_is() -> None:
    assert read_header(["Design Review", "March 3, 2024"], "design_0303").title == "Design Review"
    assert read_header(["Design Review", "Onboarding flow, round two"], "x").title == (
        "Onboarding flow, round two"
    )


def test_an_office_s_head_may_come_last_and_an_asker_s_outlet_is_no_seat() -> None:
    bundestag = parse(
        "Deutscher Bundestag, 150th sitting\nBerlin, Wednesday, 14 February 2024\n\n"
        "Friedrich Merz (CDU/CSU): Chancellor, when will the budget be presented?\n\n"
        "Olaf Scholz, Federal Chancellor: The Cabinet will adopt the draft in July.\n\n"
        "Friedrich Merz (CDU/CSU): And will it respect the debt brake?\n\n"
        "Olaf Scholz, Federal Chancellor: Yes. The debt brake applies.\n",
        "bundestag.txt",
    )
    assert bundestag.offices()["Olaf Scholz"] == "Federal Chancellor"
    briefing = parse(
        "Weekly Media Briefing by the Official Spokesperson\nFebruary 15, 2024\n\n"
        "Shri Randhir Jaiswal, Official Spokesperson: Good afternoon.\n\n"
        "Question (Sidhant Sibal, WION): Sir, what are the outcomes of the visit?\n\n"
        "Shri Randhir Jaiswal, Official Spokesperson: Ten agreements were signed.\n\n"
        "Question (Rezaul Laskar, Hindustan Times): Any update on Qatar?\n\n"
        "Shri Randhir Jaiswal, Official Spokesperson: Seven of the eight have returned.\n",
        "briefing.txt",
    )
    assert who(briefing)[1] == ("Sidhant Sibal", "reporter")
    # The outlet is where the reporter works ("the reporter from WION"), not a seat.
    assert briefing.offices() == {
        "Randhir Jaiswal": "Official Spokesperson",
        "Sidhant Sibal": "Reporter, WION",
        "Rezaul Laskar": "Reporter, Hindustan Times",
    }
    board = parse(
        "Board of Education Regular Meeting\nApril 9, 2024\n\n"
        "President Alvarez: I call this meeting to order.\n\n"
        "Superintendent Okafor: We are projecting a deficit of 4.2 million dollars.\n\n"
        "Board Member Chen: Will we have to cut teaching positions?\n\n"
        "Superintendent Okafor: We hope not.\n",
        "board.txt",
    )
    assert speakers(board) == ["Alvarez", "Okafor", "Chen", "Okafor"]
    assert board.offices()["Okafor"] == "superintendent"


def test_the_congressional_record_s_presiding_officers_pro_tempore() -> None:
    doc = parse(
        "CONGRESSIONAL RECORD -- HOUSE\nMarch 4, 2021\n\n"
        "  The SPEAKER pro tempore. The gentleman from Texas is recognized.\n"
        "  Mr. BRADY. Madam Speaker, this bill spends too much.\n"
        "  The SPEAKER pro tempore. The gentlewoman from California.\n"
        "  Ms. PELOSI. Madam Speaker, this bill helps working families.\n",
        "record.txt",
    )
    # Each member speaks once: the presiding officer's repeated label shows the style.
    assert who(doc) == [
        ("The Speaker Pro Tempore", "moderator"),
        ("Brady", "participant"),
        ("The Speaker Pro Tempore", "moderator"),
        ("Pelosi", "participant"),
    ]


def test_the_dail_s_and_a_south_african_committee_s_chairs() -> None:
    dail = parse(
        "Dáil Éireann debate - Tuesday, 14 March 2023\n\n"
        "An Ceann Comhairle: I call the Minister.\n\n"
        "Minister for Housing (Deputy Darragh O'Brien): We delivered 29,851 new homes.\n\n"
        "Deputy Eoin Ó Broin: Will he extend the eviction ban?\n\n"
        "Deputy Darragh O'Brien: Not beyond 31 March.\n\n"
        "An Leas-Cheann Comhairle: The Deputy's time is up.\n",
        "dail.txt",
    )
    # The Ceann Comhairle's words had been the header's, and his deputy a participant.
    assert who(dail)[0] == ("An Ceann Comhairle", "moderator")
    assert who(dail)[-1] == ("An Leas-Cheann Comhairle", "moderator")
    # Their offices in English, as a question names them: "What did the chair say?"
    offices = dail.offices()
    assert (offices["An Ceann Comhairle"], offices["An Leas-Cheann Comhairle"]) == (
        "Chair",
        "Deputy Chair",
    )
    assert speaker_matches("the chair", dail.speakers(), {k: [v] for k, v in offices.items()}) == [
        "An Ceann Comhairle"
    ]
    committee = parse(
        "PORTFOLIO COMMITTEE ON HEALTH\n\n"
        "The CHAIRPERSON: Today we receive a briefing on the Bill.\n\n"
        "Dr N Crisp: The Bill will create a single fund.\n\n"
        "Ms H Ismail (DA): How will the fund be financed?\n\n"
        "Dr N Crisp: From general taxes.\n",
        "committee.txt",
    )
    # The chair had been an official, and so the members asking reporters.
    assert who(committee)[:3] == [
        ("The Chairperson", "moderator"),
        ("N Crisp", "participant"),
        ("H Ismail", "participant"),
    ]


def test_the_senedd_s_labels_in_two_languages() -> None:
    doc = parse(
        "Plenary\nTuesday, 16 January 2024\n\n"
        "Y Llywydd / The Presiding Officer: The first question is from Llyr Gruffydd.\n\n"
        "Llyr Gruffydd: What assessment has been made of the bluetongue outbreak?\n\n"
        "Y Prif Weinidog / The First Minister: There are no confirmed cases in Wales.\n\n"
        "Llyr Gruffydd: When will farmers get guidance?\n\n"
        "Y Prif Weinidog / The First Minister: This week.\n",
        "senedd.txt",
    )
    # The Welsh and English labels had been words of the turn above.
    assert speakers(doc) == [
        "The Presiding Officer", "Llyr Gruffydd", "The First Minister", "Llyr Gruffydd",
        "The First Minister",
    ]  # fmt: skip
    assert said(doc, 2) == "There are no confirmed cases in Wales."


def test_a_committee_s_numbered_panels_and_questions() -> None:
    doc = parse(
        "Health and Social Care Committee\nOral evidence: Dentistry\nTuesday 25 April 2023\n\n"
        "Members present: Steve Brine (Chair); Rachael Maskell.\n\nWitnesses\n\n"
        "I: Eddie Crouch, Chair, British Dental Association; Louise Ansari, Healthwatch.\n\n"
        "Q1 Chair: Mr Crouch, how would you describe NHS dentistry?\n\n"
        "Eddie Crouch: The worst crisis I have seen.\n\n"
        "Q2 Chair: Ms Ansari, what are patients telling you?\n\n"
        "Louise Ansari: People are told to wait two years.\n\n"
        "Q3 Rachael Maskell: Would reforming the contract be enough?\n\n"
        "Eddie Crouch: No. Reform is necessary, but not enough.\n",
        "hsc.txt",
    )
    # "I:" numbered the panel: it had been an interviewer's turn, and the members officials.
    assert who(doc) == [
        ("Steve Brine", "moderator"),
        ("Eddie Crouch", "participant"),
        ("Steve Brine", "moderator"),
        ("Louise Ansari", "participant"),
        ("Rachael Maskell", "participant"),
        ("Eddie Crouch", "participant"),
    ]


def test_a_role_and_a_company_in_parentheses_are_no_seat_and_party() -> None:
    doc = parse(
        "Customer interview\n\n**Interviewer**\n\nHow do you plan routes today?\n\n"
        "**Dana Whitfield (Ops Lead, Acme)**\n\nIn spreadsheets.\n\n**Interviewer**\n\n"
        "And when a driver calls in sick?\n\n**Dana Whitfield (Ops Lead, Acme)**\n\nWe phone.\n",
        "acme.md",
    )
    assert speakers(doc) == ["Interviewer", "Dana Whitfield"] * 2
    # Her job and employer (she had been the "Member for Ops Lead").
    assert doc.offices()["Dana Whitfield"] == "Ops Lead, Acme"
    # So with an employer in capitals, a party's way, where the name has no title as a
    # member's has: "Ms. Heather McPherson (Edmonton Strathcona, NDP)".
    panel = parse(
        "Panel: public broadcasting\n\nMODERATOR (Ruth Alvarez): Dan, how are you coping?\n\n"
        "DAN MORRIS (Station Manager, WKRP): Membership is up twelve percent.\n\n"
        "MODERATOR (Ruth Alvarez): Is AI a threat?\n\n"
        "DAN MORRIS (Station Manager, WKRP): A tool, for now.\n",
        "panel.txt",
    )
    assert panel.offices()["Dan Morris"] == "Station Manager, WKRP"  # no "Member for"


def test_a_un_record_names_its_president_above_it_by_title_and_surname() -> None:
    doc = parse(
        "United Nations S/PV.9999\nSecurity Council\n9999th meeting\n"
        "Tuesday, 12 March 2024, 10 a.m.\n\n"
        "President: Mr. Fernandes (Mozambique)\n\n"
        "The meeting was called to order at 10.05 a.m.\n\n"
        "The President: I give the floor to Mr. Griffiths.\n\n"
        "Mr. Griffiths: Aid trucks wait for days at the crossing.\n\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian): The draft is unbalanced.\n\n"
        "The President: I thank Mr. Griffiths for his briefing.\n",
        "spv.txt",
    )
    # The roster's line had opened a turn of "The President" holding the record's notes.
    assert speakers(doc) == ["Fernandes", "Griffiths", "Nebenzia", "Fernandes"]
    assert said(doc, 0) == "I give the floor to Mr. Griffiths."
    offices = {k: [v] for k, v in doc.offices().items()}
    assert speaker_matches("the president", doc.speakers(), offices) == ["Fernandes"]


def test_a_witness_listed_with_an_office_and_organisation_holds_them() -> None:
    doc = parse(
        "Health and Social Care Committee\nTuesday 7 March 2023\n\n"
        "Members present: Steve Brine (Chair); Lucy Allan.\n\n"
        "Witnesses: Dr Emma Runswick, Deputy Chair of Council, British Medical Association; "
        "Pat Cullen, General Secretary and Chief Executive, Royal College of Nursing.\n\n"
        "Q1 Chair: Dr Runswick, why are junior doctors striking?\n\n"
        "Dr Runswick: Because their pay has been cut.\n\n"
        "Q2 Chair: Pat Cullen, how many nurses left?\n\nPat Cullen: Around 40,000.\n\n"
        "Q3 Lucy Allan: What would end the strikes?\n\nPat Cullen: A pay offer.\n",
        "hsc.txt",
    )
    offices = doc.offices()
    # Neither had held an office: "the general secretary" and "the BMA" found nobody.
    assert (
        offices["Pat Cullen"] == "General Secretary and Chief Executive, Royal College of Nursing"
    )
    assert offices["Emma Runswick"] == "Deputy Chair of Council, British Medical Association"


def test_a_witness_s_office_before_what_it_is_of_and_a_seat_of_two_places() -> None:
    doc = parse(
        "Standing Committee on Industry and Technology\nThursday, March 21, 2024\n\n"
        "The Chair (Mr. Joël Lightbound (Louis-Hébert, Lib.)): Commissioner, go ahead.\n\n"
        "Mr. Philippe Dufresne (Privacy Commissioner of Canada, Office of the Privacy "
        "Commissioner of Canada): The bill is a step forward.\n\n"
        "Mr. Rick Perkins (South Shore—St. Margarets, CPC): Could you fine a company?\n\n"
        "Mr. Philippe Dufresne: I could recommend penalties to a tribunal.\n",
        "industry.txt",
    )
    # The commissioner had held no office ("privacy" opens it), and Mr. Perkins had held
    # "St. Margarets", the seat's second place read as an office after a dash.
    assert doc.offices() == {
        "Joël Lightbound": "Chair",
        "Philippe Dufresne": (
            "Privacy Commissioner of Canada, Office of the Privacy Commissioner of Canada"
        ),
        "Rick Perkins": "Member for South Shore—St. Margarets",
    }


def test_a_header_lists_who_takes_part_with_their_parts_in_a_column() -> None:
    # The Senedd's committees list members and witnesses so, the Welsh beside the English.
    doc = parse(
        "The Health and Social Care Committee\n18/09/2025\n\n"
        "Russell George MS   Cadeirydd y Pwyllgor / Committee Chair\n"
        "Mabon ap Gwynfor MS\n\n"
        "Judith Paget\tChief Executive, NHS Wales\n"
        "Dr Andrew Goodall   Permanent Secretary\n\n"
        "Russell George MS: How many are still waiting more than two years?\n"
        "Judith Paget: Just under 8,900.\n"
        "Mabon ap Gwynfor MS: What did the money buy?\n"
        "Dr Andrew Goodall: Around 31,000 additional procedures.\n"
        "Russell George MS: Thank you both.\n",
        "senedd.txt",
    )
    assert doc.offices() == {
        "Russell George": "Cadeirydd y Pwyllgor / Committee Chair",
        "Judith Paget": "Chief Executive, NHS Wales",
        "Andrew Goodall": "Permanent Secretary",
    }
    assert "Mabon ap Gwynfor" in {t.speaker for t in doc.turns}
    named = sorted({t.speaker for t in doc.turns})
    offices = {s: [o] for s, o in doc.offices().items()}
    assert whom("What did the chair ask?", named, offices)[1] == ["Russell George"]
    assert whom("What did the Permanent Secretary say?", named, offices)[1] == ["Andrew Goodall"]
    assert whom("What did Mabon ap Gwynfor ask?", named, offices)[1] == ["Mabon ap Gwynfor"]
