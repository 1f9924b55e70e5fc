"""Speaker labels of press conferences, briefings, remarks and earnings calls: who answers,
who asks and for which outlet, and the offices their titles and headers give."""

from __future__ import annotations

from retrieval.parse.transcript import parse, parse_file

from .conftest import FIXTURES, said, speakers, who


def test_remarks_by_an_office_holder_name_whom_the_office_s_label_is() -> None:
    doc = parse(
        "Remarks by President Biden on the Economy\nJanuary 5, 2024\n\n"
        "THE PRESIDENT: Thank you. Please have a seat.\n\nWe have created 14 million jobs.\n",
        "remarks.txt",
    )
    # He had been "The President", whom "What did Biden say about jobs?" did not find.
    assert who(doc) == [("Biden", "official")]
    assert doc.offices() == {"Biden": "president"}


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
