"""Questions that name whose words they want: a speaker by name, initials or office, one who
never speaks, and one asked about with no topic at all."""

from __future__ import annotations

from pathlib import Path

from retrieval.answer.features import FEATURES, candidates, describe
from retrieval.chain import Ask, Engine
from retrieval.index.manifest import Filters

from .conftest import FIXTURES, engine_over, who


def test_a_named_person_who_neither_speaks_nor_is_mentioned_is_abstained_on(
    meeting_engine: Engine,
) -> None:
    from retrieval.answer import names
    from retrieval.answer.speaker_match import speaker_matches

    assert names.subject_of("What did Professor E think of it?") == "Professor E"
    assert names.subject_of("Why did the Chair stop the meeting?") == "the Chair"
    assert speaker_matches("the Chair", ["PhD F", "Chair"]) == ["Chair"]
    # After "the" an office or a thing, which the transcripts may name in other words.
    assert not names.names_a_person("What does the UN resolution show?")
    # A bare name asked what it holds or did may be a place or a country.
    assert not names.names_a_person("Does Washington expect Beijing to act?")
    assert names.names_a_person("Does Ambassador Hwang expect Beijing to act?")
    assert names.names_a_person("What did Putin tell the press?")
    assert names.subject_of("what was said about noise?") is None
    # In lower case, a subject only where it is a speaker's whole name or an office.
    speakers = ["Project Manager", "Industrial Designer", "Professor C", "Sung Kim"]
    offices = {"Sung Kim": ("ambassador",)}
    assert names.called("Why did the industrial designer object?", speakers, offices) == (
        "the industrial designer",
        ["Industrial Designer"],
    )
    assert names.called("What did the professor think?", speakers)[1] == ["Professor C"]
    assert names.called("What did the ambassador say?", speakers, offices)[1] == ["Sung Kim"]
    assert names.called("What did the project achieve?", speakers, offices) == ("", [])
    board = {
        "Jean-Yves Duclos": ("President of the Treasury Board",),
        "Andrew Scheer": ("Leader of the Opposition",),
    }
    assert names.called("Did the leader of the opposition agree?", list(board), board)[1] == [
        "Andrew Scheer"
    ]
    assert (
        names.called("What did the president of the union say?", ["Jean-Yves Duclos"], board)[1]
        == []
    )
    # An office by its initials, as an earnings call's `Laura Chen -- Chief Financial Officer`.
    call = {"Laura Chen": ("Chief Financial Officer",), "Under Sec": ("Under Secretary",)}
    assert names.subject_of("What did the CFO say about margins?") == "the CFO"
    assert speaker_matches("the CFO", list(call), call) == ["Laura Chen"]
    assert speaker_matches("the US", list(call), call) == []  # a country
    # Or the initials themselves, as a panel's `RAJ MEHTA (CEO, Brightline):` gives them.
    panel = {"Raj Mehta": ("CEO, Brightline",), "Sofia Lindqvist": ("COO, Nordhaven",)}
    assert speaker_matches("the CEO", list(panel), panel) == ["Raj Mehta"]
    assert speaker_matches("the COO", list(panel), panel) == ["Sofia Lindqvist"]
    assert speaker_matches("the CEO of Brightline", list(panel), panel) == ["Raj Mehta"]
    assert speaker_matches("the CEO of Nordhaven", list(panel), panel) == []
    # Plural: every speaker the singular names.
    analysts = {"Erik Woodring": ("Analyst",), "Amit Daryanani": ("Analyst",)}
    assert names.called("What did the analysts ask about margins?", list(analysts), analysts) == (
        "the analysts",
        ["Erik Woodring", "Amit Daryanani"],
    )
    assert names.called("What did the ministers say?", list(board), board) == ("", [])
    answer = meeting_engine.ask(Ask("What did Gorbachev say about the noisy test set?"))
    assert answer.abstained and "Gorbachev" in answer.answer
    # Named in the transcripts though not a speaker: no such shortcut, the model decides.
    r = meeting_engine.retrieve(Ask("What did Deltell say about the subsidy?"))
    assert r.absent_subject is None and r.filters.speakers == ("Gérard Deltell",)


def test_a_country_named_as_its_delegate_s_is_no_absent_person(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = engine_over(
        tmp_path,
        embeddings,
        "The President: I give the floor to the representative of the Russian Federation.\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian): The draft resolution is "
        "unbalanced and says nothing about the root causes.\n"
        "Mrs. Thomas-Greenfield (United States of America): We support a ceasefire now.\n",
    )
    # "Russia" is no word of the record; "Russian" is, and begins with it.
    r = engine.retrieve(Ask("What did Russia say about the draft resolution?"))
    assert r.absent_subject is None
    assert engine.retrieve(Ask("What did Putin say about the draft resolution?")).absent_subject


def test_a_question_about_an_office_is_answered_by_its_holder(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = engine_over(
        tmp_path,
        embeddings,
        "The Chair: Order. We begin with questions on masks.\n"
        "Mr. John Smith (Calgary Centre, CPC): Masks are useless in schools, I say. Do they "
        "work in schools?\n"
        "Hon. Patty Hajdu (Minister of Health): Masks reduce transmission in schools, and we "
        "fund them.\n"
        "Mr. John Smith: Masks in schools cost too much.\n"
        "Hon. Patty Hajdu: The cost of masks in schools is small.\n",
    )
    question = "What did the Minister of Health say about masks in schools?"
    r = engine.retrieve(Ask(question))
    assert r.asked_about == r.filters.speakers == ("Patty Hajdu",)
    x = describe(r, candidates(r, 3, 60), r.vectors)
    named = [s.speaker == "Patty Hajdu" for s in candidates(r, 3, 60)]
    assert x[:, FEATURES.index("speaker_named")].tolist() == [float(n) for n in named]
    answer = engine.ask(Ask(question))
    assert answer.citations[0].speaker == "Patty Hajdu"
    assert "Masks reduce transmission" in answer.citations[0].quote
    assert engine.retrieve(Ask("What did the minister say?")).filters.speakers == ("Patty Hajdu",)
    # A member by their seat, as a parliament names them.
    for asked in ("the member for Calgary Centre", "the hon. Member for Calgary Centre"):
        r = engine.retrieve(Ask(f"What did {asked} say about masks?"))
        assert r.filters.speakers == ("John Smith",), asked
    # Asked for one speaker (`--speaker`): her words only, though the member's in the same
    # passages are as close to the question.
    hers = engine.ask(Ask("Masks in schools?", filters=Filters(speakers=("Patty Hajdu",))))
    assert hers.citations and {c.speaker for c in hers.citations} == {"Patty Hajdu"}


def test_the_named_speaker_s_words_lead_not_the_question_that_named_them(
    tmp_path: Path,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "LOK SABHA DEBATES\n\nHON. SPEAKER: Question number 41.\n\n"
        "SHRI RAHUL GANDHI: Sir, I want to ask the Minister about the price of onions in "
        "Delhi markets.\n\nTHE MINISTER OF CONSUMER AFFAIRS (SHRI PIYUSH GOYAL): Sir, the "
        "price has come down by twelve percent since October because of the buffer stock.\n\n"
        "SHRI RAHUL GANDHI: But farmers are not getting a fair price.\n",
    )
    answer = engine.ask(Ask("What did the minister say about the price of onions?"))
    assert answer.citations[0].speaker == "Piyush Goyal"
    assert "come down by twelve percent" in answer.citations[0].quote


def test_a_question_asking_only_for_a_speaker_s_words_is_answered_with_theirs(
    meeting_engine: Engine,
) -> None:
    from retrieval.answer.speaker_match import speaker_matches
    from retrieval.answer.wanted import asks_only_for

    assert asks_only_for("What did McPherson ask?", "McPherson")
    assert asks_only_for("What did the Chair say?", "the Chair")
    assert not asks_only_for("What did McPherson ask about the subsidy?", "McPherson")
    assert not asks_only_for("What was McPherson's view?", "McPherson")
    # Asking for a summary or a recap of their words asks for nothing else: read as a topic,
    # "Summarize what Victor Nunez said." of a product review had been abstained on.
    assert asks_only_for("Summarize what McPherson said.", "McPherson")
    assert asks_only_for("Give me a recap of what McPherson asked.", "McPherson")
    assert not asks_only_for("Summarize what McPherson said about the subsidy.", "McPherson")
    # What they said, named as theirs: "Summarize Kim's remarks" had been abstained on.
    assert asks_only_for("Summarize McPherson's remarks.", "McPherson")
    assert asks_only_for("What were McPherson's questions?", "McPherson")
    assert not asks_only_for("What were McPherson's remarks about the subsidy?", "McPherson")
    assert not asks_only_for("What did McPherson say about the statement?", "McPherson")
    # A verb that goes on asks for nothing more: "... want to know?" had been abstained on.
    assert asks_only_for("What did McPherson want to know?", "McPherson")
    assert not asks_only_for("What did McPherson want to know about the subsidy?", "McPherson")
    # When is no topic: "What did the Chancellor say on 20 October?" had been abstained on.
    assert asks_only_for("What did McPherson say on 20 October?", "McPherson")
    assert asks_only_for("What did McPherson ask in March 2021?", "McPherson")
    # Nor where, as the titles and places of their transcripts say: "In the Dáil on 14 May,
    # what did McGrath raise?" had been abstained on.
    hearing = "Budget hearing Ottawa"
    assert asks_only_for(
        "What did McPherson say at the budget hearing?", "McPherson", setting=hearing
    )
    assert asks_only_for("In Ottawa, what did McPherson ask?", "McPherson", setting=hearing)
    assert not asks_only_for("What did McPherson say at the budget hearing?", "McPherson")

    # Whom they asked, if a speaker, is no topic; what about is.
    def speaking(who: str) -> bool:
        offices = {"William Barr": ["Attorney General"]}
        return bool(speaker_matches(who, ["Elizabeth Warren", "William Barr"], offices))

    assert asks_only_for("What did Senator Warren ask Barr?", "Senator Warren", speaking)
    assert asks_only_for("What did Warren say to Barr?", "Warren", speaking)
    assert not asks_only_for("What did Warren ask about Barr?", "Warren", speaking)
    assert not asks_only_for("What did Warren ask Barr about lending?", "Warren", speaking)
    assert not asks_only_for("What did Warren ask Powell?", "Warren", speaking)
    # ... by their office too: "What did Luxon ask the Prime Minister?" had been abstained on.
    assert asks_only_for("What did Warren ask the Attorney General?", "Warren", speaking)
    assert asks_only_for("What did Warren ask the attorney general?", "Warren", speaking)
    assert not asks_only_for("What did Warren ask the Fed chair?", "Warren", speaking)
    # Its nearest passages are far from it whatever they say: no topic to be off, so no
    # abstention; and no topic to share with another speaker, so every quote is theirs.
    for question, speaker in (
        ("What did Deltell say?", "Gérard Deltell"),
        ("What did Heather McPherson ask?", "Heather McPherson"),
        ("Summarize what Deltell said.", "Gérard Deltell"),
    ):
        answer = meeting_engine.ask(Ask(question))
        assert not answer.abstained, question
        assert answer.citations and {c.speaker for c in answer.citations} == {speaker}
    # Asked about a topic, the learned abstention still judges it.
    about = meeting_engine.retrieve(Ask("What did Deltell say about the subsidy?"))
    assert not about.topic_free and about.asked_about == ("Gérard Deltell",)


def test_the_name_of_the_speaker_asked_about_is_not_a_word_the_transcripts_lack(
    tmp_path: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    from retrieval.answer.features import QUESTION_FEATURES, question_features

    engine = engine_over(
        tmp_path,
        embeddings,
        "Q1 Chair: How widely are teachers using AI tools?\n\n"
        "Professor Luckin: Widely, but few have had any training.\n\n"
        "Q2 Chair: What should come first?\n\n"
        "Professor Luckin: Fund proper training for every teacher.\n",
    )
    # The label gives a surname; the question the full name, whose "Rose" the text never says.
    r = engine.retrieve(Ask("What did Rose Luckin say about training?"))
    assert r.asked_about == ("Luckin",) and r.subject_terms == {"rose"}
    x = describe(r, candidates(r, 3, 60), r.vectors)
    known = question_features(r, x)[QUESTION_FEATURES.index("known_terms")]
    assert known == 1.0  # "training" is said; the name says whose words, not what about


def test_the_speaker_asked_about_is_searched_for_without_their_name(
    tmp_path: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    fixture = FIXTURES / "styles" / "retention_meeting.txt"
    engine = engine_over(tmp_path, embeddings, fixture.read_text(encoding="utf-8"))

    def searched_with(question: str, filters: Filters | None = None) -> str:
        vector = engine.retrieve(Ask(question, filters=filters or Filters())).vectors[0]
        for text in (question, question.replace("Chris Dunn", "they")):
            if np.allclose(vector, embeddings.embed_array([text])[0], atol=1e-5):
                return text
        return ""

    asked = "What retention did Chris Dunn propose?"
    # Held to his words, his name says nothing of what about.
    assert searched_with(asked) == "What retention did they propose?"
    # Held to another's (`--speaker Elena`), the name is part of what is asked.
    assert searched_with(asked, Filters(speakers=("Elena Vasquez",))) == asked


def test_words_typed_without_their_accents_are_words_the_transcripts_say(
    tmp_path: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    engine = engine_over(
        tmp_path,
        embeddings,
        "The Chair (Hon. Anthony Rota): Mr. Deltell, you have the floor.\n\n"
        "Mr. Gérard Deltell: The Government of Québec asked for the subsidy in April.\n\n"
        "The Chair (Hon. Anthony Rota): Thank you. Ms. May?\n\n"
        "Ms. Elizabeth May: My question is about the wage subsidy too.\n",
    )
    r = engine.retrieve(Ask("What did Gerard Deltell say about Quebec?"))
    assert r.asked_about == ("Gérard Deltell",)
    assert "quebec" in r.corpus_terms  # not "qu" and "bec"


def test_a_named_asker_s_question_is_introduced_by_their_name(
    tmp_path: Path,
    embeddings,  # type: ignore[no-untyped-def]
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "DEPOSITION OF JAMES WHITFIELD\nTaken on April 4, 2023\n\nEXAMINATION BY MS. LOWRY:\n\n"
        "Q. Where were you employed in 2021?\nA. At Harbor Logistics, as a shift supervisor.\n"
        "Q. Did you see the forklift accident on March 9?\nA. No. I arrived after it happened.\n",
    )
    answer = engine.ask(Ask("What did Lowry ask about the forklift accident?"))
    assert answer.citations[0].speaker == "Lowry"
    # Her name, not "A reporter": the deposition says who asks.
    assert answer.answer.startswith("Lowry, asking James Whitfield, 4 April 2023:")
    # At a joint press conference, whom the reporter asked is who answered, not the one who
    # spoke most ("A reporter, asking Kamikawa" had introduced a question put to Blinken).
    (tmp_path / "joint").mkdir()
    joint = engine_over(
        tmp_path / "joint",
        embeddings,
        "Joint Press Conference\nApril 10, 2024\n\n"
        "FOREIGN MINISTER KAMIKAWA: Japan will raise its defence spending to two percent of "
        "GDP by 2027, and we will build new destroyers with our allies over the decade.\n\n"
        "QUESTION: Mr. Secretary, did you discuss the sale of U.S. Steel to Nippon Steel?\n\n"
        "SECRETARY BLINKEN: It came up.\n\n"
        "QUESTION: Foreign Minister, how will Japan pay for the increase?\n\n"
        "FOREIGN MINISTER KAMIKAWA: The cabinet approved a plan of spending reform and new "
        "revenue.\n",
    )
    answer = joint.ask(Ask("Who asked about the sale of U.S. Steel to Nippon Steel?"))
    assert answer.citations[0].speaker == "Reporter"
    assert answer.answer.startswith("A reporter, asking Blinken, 10 April 2024:")
    answer = engine.ask(Ask("Where did Whitfield work in 2021?"))
    assert answer.citations[0].speaker == "James Whitfield"
    assert "Harbor Logistics" in answer.citations[0].quote


def test_a_follow_up_that_names_nobody_asks_about_whom_the_question_before_named(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "Aisha Khan: The decision today is whether dark mode ships in April.\n"
        "Ben Porter: QA found contrast problems on the settings page, and billing is late.\n"
        "Aisha Khan: How long would the contrast fixes take?\n"
        "Chloe Wu: About a week, if nobody pulls me onto the billing bug.\n"
        "Aisha Khan: Then dark mode ships in April. Ben, keep Chloe off billing.\n",
    )
    before = ("What did Chloe say about the contrast fixes?",)
    r = engine.retrieve(Ask("And what about billing?", before))
    assert r.asked_about == r.filters.speakers == ("Chloe Wu",)
    answer = engine.ask(Ask("And what about billing?", before))
    assert answer.citations[0].speaker == "Chloe Wu"
    # Asked who asked her, or whom she answered, the asker is wanted, not Chloe's words.
    assert engine.retrieve(Ask("Who asked her?", before)).asked_about == ()
    # Nor when it speaks of others.
    assert engine.retrieve(Ask("What did the others say?", before)).asked_about == ()
    assert engine.retrieve(Ask("What else did she say?", before)).asked_about == ("Chloe Wu",)
    # A follow-up that names someone asks about them.
    named = engine.retrieve(Ask("And what did Ben say about it?", before))
    assert named.asked_about == ("Ben Porter",)


def test_what_the_interviewer_asked_is_any_question_they_put(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    engine = engine_over(
        tmp_path,
        embeddings,
        "Interview with Mayor Lucia Fernandez on the transit levy\n"
        "Interview by Sam Ortega, 14 May 2025\n\n"
        "Q: The levy failed last November. Why bring it back?\n\n"
        "A: Because the buses still run on 1990s routes, and we cut the levy to half a cent.\n\n"
        "Q: If it fails again, is there a plan B?\n\n"
        "A: Honestly, no. Without the levy we cut weekend service in January.\n",
    )
    r = engine.retrieve(Ask("What did the interviewer ask?"))
    assert r.topic_free  # no topic to be off: it had been abstained on
    answer = engine.ask(Ask("What did the interviewer ask?"))
    assert not answer.abstained and {c.speaker for c in answer.citations} == {"Sam Ortega"}
    # With a topic, the topic counts; and where nobody reports, a chair's words do not answer.
    assert not engine.retrieve(Ask("What did the interviewer ask about weekend buses?")).topic_free
    (tmp_path / "board").mkdir()
    board = engine_over(
        tmp_path / "board",
        embeddings,
        "PRESIDENT HARTLEY: First item is the superintendent's report.\n"
        "SUPERINTENDENT MORENO: We are still short eleven bus drivers.\n",
    )
    assert not board.retrieve(Ask("What did the reporter ask?")).topic_free


def test_what_a_named_speaker_asked_is_led_by_the_questions_they_put(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "The Long Game, Episode 42: Rebuilding trust in local news\n\n"
        "Hannah Cole: Welcome back to The Long Game. I'm Hannah Cole. My guest today is Rafael "
        "Ortiz, who ran the Tri-County Ledger for eleven years before it closed last spring. "
        "Rafael, thanks for coming on.\n\n"
        "Rafael Ortiz: Thanks for having me, Hannah.\n\n"
        "Hannah Cole: What actually killed the Ledger? People assume it was the internet.\n\n"
        "Rafael Ortiz: The internet took the classified ads, but we survived it. What killed us "
        "was the sale of the printing plant.\n\n"
        "Hannah Cole: If you could start a paper tomorrow, what would it look like?\n\n"
        "Rafael Ortiz: Small. Four reporters, no printing press, a newsletter every morning.\n",
    )
    answer = engine.ask(Ask("What did Hannah Cole ask?"))
    # Her welcome had led: nothing else is asked, and every quote is hers.
    assert answer.citations[0].quote.startswith("What actually killed the Ledger?")
    assert engine.retrieve(Ask("What did Hannah Cole ask?")).wants_questions
    # A request is no question: "What did she ask Rafael to do?" wants what she asked for.
    assert not engine.retrieve(Ask("What did Hannah Cole ask Rafael to do?")).wants_questions


def test_a_named_speaker_s_reply_follows_up_on_whom_the_question_before_named(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "Q3 Earnings Call\n\nOperator\n\nOur first question comes from Marcus Hale with Barclays."
        "\n\nMarcus Hale -- Barclays -- Analyst\n\nTom, is the Northeast loss permanent?\n\n"
        "Tom Becker -- Chief Executive Officer\n\nI think one of those customers comes back "
        "within a year.\n\nOperator\n\nOur next question comes from Dana Whitfield with Morgan "
        "Stanley.\n\nDana Whitfield -- Morgan Stanley -- Analyst\n\nCan you talk about labor?\n\n"
        "Tom Becker -- Chief Executive Officer\n\nWages in Memphis are up about 7% since we "
        "signed the lease.\n\nAlicia Gomez -- Chief Financial Officer\n\nAnd we built that "
        "into the plan.\n",
    )
    history = ("What did the analyst from Morgan Stanley ask?",)
    r = engine.retrieve(Ask("How did Tom answer?", history))
    # Read alone, "How did Tom answer?" had been Tom's words about anything (his reply to
    # Marcus Hale led).
    assert r.replies_to == ("Dana Whitfield",) and r.topic_free
    answer = engine.ask(Ask("How did Tom answer?", history))
    assert answer.citations[0].quote.startswith("Wages in Memphis")
    # Not where the reply is to someone the question names itself.
    assert engine.retrieve(Ask("How did Tom answer Marcus?", history)).replies_to == (
        "Marcus Hale",
    )


_WHO_BRIEFING = (
    "COVID-19 virtual press conference, 12 January 2022\n\n"
    "Speaker key:\nTJ Tarik Jasarevic\nTAG Dr Tedros Adhanom Ghebreyesus\n"
    "MK Dr Maria Van Kerkhove\nHB Helen Branswell\nJM Jamie Morrison\n\n"
    "TJ  Welcome to this press conference. I give the floor to Dr Tedros.\n\n"
    "TAG  Last week more than fifteen million new cases were reported to WHO. Eighty-five "
    "percent of Africa's population has yet to receive a single dose.\n\n"
    "TJ  Thank you. The first question is from Helen Branswell from STAT. Helen, go ahead.\n\n"
    "HB  Some countries now offer fourth doses. Is a second booster needed for healthy "
    "adults?\n\n"
    "MK  At the moment the evidence does not support a second booster for healthy adults.\n\n"
    "TJ  The next question is from Jamie Morrison from Sky News. Jamie, please go ahead.\n\n"
    "JM  Is Omicron the last variant? Many people are saying this is the beginning of the "
    "end.\n\n"
    "MK  It is very unlikely that Omicron will be the last variant.\n\n"
    "TAG  Endemic does not mean harmless.\n"
)


def test_askers_a_moderator_gives_the_floor_by_name_are_reporters(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    from retrieval.answer import names
    from retrieval.parse.transcript import parse

    doc = parse(_WHO_BRIEFING, "who.txt")
    roles = dict(who(doc))
    # Everyone had been a participant, as in a meeting: no label said who asked.
    assert roles == {
        "Tarik Jasarevic": "moderator",
        "Tedros Adhanom Ghebreyesus": "official",
        "Helen Branswell": "reporter",
        "Maria Van Kerkhove": "official",
        "Jamie Morrison": "reporter",
    }
    assert doc.offices() == {
        "Helen Branswell": "Reporter, STAT",
        "Jamie Morrison": "Reporter, Sky News",
    }
    # An earnings call's operator introduces analysts so: "the analyst from Evercore" is the
    # one from Evercore ISI (who had been no one, an analyst no reporter's office), though
    # another call's labels name analysts.
    call = {
        "Amit Daryanani": ("Reporter, Evercore ISI",),
        "Erik Woodring": ("Reporter, UBS",),
        "Tom Becker": ("Analyst, Goldman Sachs",),
    }
    assert names.whom("What did the analyst from Evercore ask?", tuple(call), call)[1] == [
        "Amit Daryanani"
    ]
    assert names.whom("What did the analyst ask?", tuple(call), call)[1] == ["Tom Becker"]
    # Whom "the UBS analyst" names, the analyst included: the word is who, not what about.
    assert names.whom("What did the UBS analyst ask Tim?", tuple(call), call) == (
        "the UBS analyst",
        ["Erik Woodring"],
    )
    engine = engine_over(tmp_path, embeddings, _WHO_BRIEFING)
    # "According to a reporter" had quoted Dr Van Kerkhove; "the Sky News reporter" the
    # moderator's introduction.
    answer = engine.ask(Ask("According to a reporter, what are many people saying?"))
    assert answer.citations[0].speaker == "Jamie Morrison"
    for question in (
        "What did the Sky News reporter ask?",
        "What did the journalist from Sky News ask?",
    ):
        answer = engine.ask(Ask(question))
        assert {c.speaker for c in answer.citations} == {"Jamie Morrison"}, question


def test_an_asker_labelled_by_their_outlet_is_that_outlet_s_asker(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "Press briefing by Commissioner Valdis Dombrovskis, Brussels, 3 April 2025\n\n"
        "Dombrovskis: We are finalising a first package of countermeasures, which will take "
        "effect in mid-April if negotiations fail.\n\n"
        "Journalist (Politico): Will the countermeasures include digital services?\n\n"
        "Dombrovskis: The first package covers goods. All options are on the table.\n\n"
        "Journalist (Reuters): Has Washington responded to your zero-for-zero offer?\n\n"
        "Dombrovskis: We have not had a substantive response so far.\n",
    )
    # Every asker had been one "Journalist", where no outlet was found.
    answer = engine.ask(Ask("What did the journalist from Reuters ask?"))
    assert [c.speaker for c in answer.citations] == ["Reuters"]
    assert answer.citations[0].quote.startswith("Has Washington responded")
    answer = engine.ask(Ask("What did the Politico reporter ask?"))
    assert {c.speaker for c in answer.citations} == {"Politico"}


def test_what_someone_was_asked_to_do_is_in_the_words_that_asked_them(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    from retrieval.answer import names

    assert names.asks_tasks("What was Felix asked to do?", "Felix")
    assert names.asks_tasks("What task was Sofia given?", "Sofia")
    assert names.asks_tasks("What is the Project Manager responsible for?", "the Project Manager")
    # Their own plans and words are theirs.
    assert not names.asks_tasks("Is Kim going to travel to Pyongyang?", "Kim")
    assert not names.asks_tasks("What did Felix say about the sprint?", "Felix")
    engine = engine_over(
        tmp_path,
        embeddings,
        "Vision group weekly sync\n\n"
        "Ana Souza: The ablation finished. Removing the depth branch costs four points.\n\n"
        "Chloe Martin: Reviewer two wrote that our gains might come from longer training. I "
        "would rather submit in June with a complete paper than rush it.\n\n"
        "Ben Osei: If the rerun comes in this week, March is realistic.\n\n"
        "Ana Souza: Dmitri, could you run the Segformer comparison?\n\n"
        "Dmitri Ivanov: Sure, I can have that by Thursday.\n\n"
        "Ana Souza: Okay, action items. Ben reruns the baseline with the cosine schedule. "
        "Chloe drafts the rebuttal and shares it by Friday.\n\n"
        "Chloe Martin: Nothing from me.\n",
    )
    # Her own "Nothing from me." had led, as the words of whom the question names.
    answer = engine.ask(Ask("What is Chloe supposed to do by Friday?"))
    assert answer.citations[0].quote == "Chloe drafts the rebuttal and shares it by Friday."
    # "supposed" says a task was given, and is no word of a topic the transcripts lack (the
    # abstention reads the share of the question's words they hold).
    retrieved = engine.retrieve(Ask("What is Chloe supposed to do by Friday?"))
    assert retrieved.question_terms == {"chloe", "friday"}
    answer = engine.ask(Ask("What was Ben asked to do?"))
    assert answer.citations[0].speaker == "Ana Souza"
    assert "Ben reruns the baseline" in answer.citations[0].quote
    # The request, not the reply to it ("Sure, I can ..."), as for a question put.
    answer = engine.ask(Ask("What was Dmitri asked to do?"))
    assert answer.citations[0].quote == "Dmitri, could you run the Segformer comparison?"


def test_who_someone_is_is_led_by_another_s_introduction_of_them(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    from retrieval.answer import names

    assert names.asks_who_is("Who is Jenny Schuetz?") == "Jenny Schuetz"
    assert names.asks_who_is("Who's Dana?") == "Dana"
    assert names.asks_who_is("Who is coordinating it?") == ""
    text = (FIXTURES / "styles" / "npr_morning_edition.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, text)
    answer = engine.ask(Ask("Who is Jenny Schuetz?"))
    assert answer.citations[0].quote == (
        "Jenny Schuetz is a senior fellow at the Brookings Institution."
    )


def test_what_one_asked_another_is_the_question_their_answer_follows(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    engine = engine_over(
        tmp_path,
        embeddings,
        "Treasury Committee, oral evidence, 22 May 2024\n\n"
        "Witnesses: Andrew Bailey, Governor, Bank of England; Swati Dhingra, External Member.\n\n"
        "Q1 Chair: Governor, services inflation is still close to 6%. Why should we believe the "
        "job is done?\n\n"
        "Andrew Bailey: We do not say the job is done. Services inflation has come down more "
        "slowly than we forecast.\n\n"
        "Q2 Chair: Dr Dhingra, you have voted to cut rates since February. Why?\n\n"
        "Swati Dhingra: Because policy works with long lags.\n",
    )
    # The chair's question to Dr Dhingra had answered it: it comes after the governor's words.
    answer = engine.ask(Ask("What did the chair ask the governor?"))
    assert [c.quote[:9] for c in answer.citations] == ["Governor,"]
    answer = engine.ask(Ask("What did the chair ask Dhingra?"))
    assert [c.quote[:12] for c in answer.citations] == ["Dr Dhingra, "]


def test_a_follow_up_naming_someone_else_asks_the_question_before_of_them(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    from retrieval.answer.query import named_alone

    assert named_alone("And Teague?") == "Teague"
    assert named_alone("What about the sheriff?") == "the sheriff"
    assert named_alone("Why did Teague say that?") == ""
    engine = engine_over(
        tmp_path,
        embeddings,
        "Mayoral Debate\n\nWHITFIELD: Councilmember Voss, will you raise property taxes?\n"
        "VOSS: No. I will not raise property taxes on homeowners.\n"
        "WHITFIELD: Mr. Teague, same question.\n"
        "TEAGUE: Nobody wants to raise taxes. But I will tell the voters the truth.\n"
        "WHITFIELD: Thank you both.\n",
    )
    history = ("Will Voss raise property taxes?",)
    r = engine.retrieve(Ask("And Teague?", history))
    assert r.asked_about == ("Teague",)
    # Teague's words lead: Voss, named by the question before, is no longer asked about.
    answer = engine.ask(Ask("And Teague?", history))
    assert answer.citations[0].speaker == "Teague"
    # A later follow-up that names nobody carries on with the latest one named.
    later = engine.retrieve(Ask("What about the pension?", (*history, "And Teague?")))
    assert later.asked_about == ("Teague",)
