"""Who a question names: its capitalised words, and the speakers a surname, letter, initials or
office stands for."""

from __future__ import annotations

from retrieval.answer.features import question_names
from retrieval.answer.names import (
    asks_of_askers,
    asks_who_asked,
    called,
    subject_of,
    task_words,
    typed_name,
    unnamed,
    whom,
)
from retrieval.answer.query import is_follow_up
from retrieval.answer.speaker_match import speaker_matches, speaker_named, spelt_like


def test_question_names_are_capitalised_words_that_do_not_open_a_sentence() -> None:
    assert question_names("What did Dr. Fauci say about the Warren Commission?") == [
        "Dr",
        "Fauci",
        "Warren",
        "Commission",
    ]
    assert question_names("Did George W. Bush go? Yes. Then Kim spoke.") == [
        "George",
        "W",
        "Bush",
        "Kim",
    ]
    assert question_names("Was it the U.S. Army in Paris. Macron said so") == [
        "U",
        "S",
        "Army",
        "Paris",
    ]


def test_speaker_named_by_surname_or_capital_letter() -> None:
    assert speaker_named("Lyndon B. Johnson", "What did Johnson say about prices?")
    assert speaker_named("PhD F", "What did F think of the XML format?")
    assert not speaker_named("PhD F", "what did they think of the f-test?")
    assert not speaker_named("Sung Kim", "What did the minister say?")
    assert speaker_named("Lyndon B. Johnson", "Why did LBJ think Congress was wrong?")
    assert speaker_named("Bethan Owen", "What was Owen's comment on the high-risk category?")
    assert speaker_named("Marketing", "What is Marketing’s presentation mainly about?")
    assert speaker_named("PhD F", "Why did the group reject F's idea?")
    # A meeting's "Lena" is not the podcast's Lena Ortiz a question names; she is "Lena" alone.
    assert not speaker_named("Lena", "What gives Lena Ortiz hope?")
    assert speaker_named("Lena Ortiz", "What gives Lena Ortiz hope?")
    assert speaker_named("Lena", "What did Lena say about the flag?")
    assert speaker_named("Lena", "Why was Lena's flag removed?")
    assert speaker_named("Lyndon B. Johnson", "Was LBJ's answer a denial?")


def test_a_subject_names_speakers_by_surname_letter_office_or_initials() -> None:
    speakers = ["Lyndon B. Johnson", "PhD F", "The Vice President", "Ursula Smith", "Sung Kim"]
    assert speaker_matches("Ambassador Kim", speakers) == ["Sung Kim"]
    assert speaker_matches("F", speakers) == ["PhD F"]
    assert speaker_matches("Vice President", speakers) == ["The Vice President"]
    assert speaker_matches("LBJ", speakers) == ["Lyndon B. Johnson"]
    assert speaker_matches("US", speakers) == []  # two capitals are a country, not initials
    # What qualifies an office is not part of a name, nor are letters after it.
    assert speaker_matches("Treasury Secretary Smith", speakers) == ["Ursula Smith"]
    assert speaker_matches("Ursula Smith MP", speakers) == ["Ursula Smith"]
    assert speaker_matches("Ursula Jones", speakers) == []


def test_a_subject_names_a_speaker_spelt_without_accents_initials_or_given_name() -> None:
    speakers = ["Gérard Deltell", "Donald Trump", "President Obama", "Michelle Lee", "Kim"]
    assert speaker_matches("Gerard Deltell", speakers) == ["Gérard Deltell"]
    assert speaker_matches("Donald J. Trump", speakers) == ["Donald Trump"]
    # A label that gives only part of the name, the surname included.
    assert speaker_matches("Barack Obama", speakers) == ["President Obama"]
    assert speaker_matches("Sung Kim", speakers) == ["Kim"]
    assert speaker_matches("Michelle Obama", speakers) == ["President Obama"]  # cannot tell
    assert speaker_matches("Michelle Jones", speakers) == []  # a given name alone is not enough
    # The full name wins where the index holds it.
    assert speaker_matches("Barack Obama", [*speakers, "Barack Obama"]) == ["Barack Obama"]


def test_a_subject_names_the_speakers_whose_labels_give_that_office() -> None:
    speakers = ["Patty Hajdu", "Justin Trudeau", "Chrystia Freeland", "Garnett Genuis"]
    offices = {
        "Patty Hajdu": ["Minister of Health"],
        "Justin Trudeau": ["Prime Minister"],
        "Chrystia Freeland": ["Deputy Prime Minister and Minister of Intergovernmental Affairs"],
    }

    def who(question: str) -> list[str]:
        return speaker_matches(subject_of(question) or "", speakers, offices)

    assert subject_of("What did the Minister of Health say?") == "the Minister of Health"
    assert who("What did the Minister of Health say about masks?") == ["Patty Hajdu"]
    assert who("What did the Prime Minister say about students?") == ["Justin Trudeau"]
    assert who("Did the Deputy Prime Minister agree?") == ["Chrystia Freeland"]
    # Offices that start so, and one of a label's list of offices.
    assert who("What did the Minister say?") == ["Patty Hajdu", "Chrystia Freeland"]
    assert who("What did the Minister of Seniors say?") == []
    assert who("What did Genuis ask?") == ["Garnett Genuis"]
    # A speaker called by the office in another transcript (`(Prime Minister)`) does not hide
    # the one whose label gives it; it had been the only one searched.
    both = speaker_matches("the Prime Minister", ["The Prime Minister", *speakers], offices)
    assert both == ["The Prime Minister", "Justin Trudeau"]


def test_an_office_names_its_holders_not_the_holders_of_offices_named_after_it() -> None:
    speakers = ["Ruiz", "Janet L. Morrow", "Amina Diallo"]
    offices = {
        "Ruiz": ["Council Member"],
        "Janet L. Morrow": ["Secretary of the Treasury"],
        "Amina Diallo": ["Secretary General"],
    }

    def who(question: str) -> list[str]:
        return speaker_matches(subject_of(question) or "", speakers, offices)

    # The council is not one of its members; a member is.
    assert who("Why did the Council drop the analysis?") == []
    assert who("What did the Council Member say?") == ["Ruiz"]
    # An office goes on with what it is of, or with "general" after it.
    assert who("What did the Secretary say?") == ["Janet L. Morrow", "Amina Diallo"]
    assert called("What did the council decide about the budget?", speakers, offices) == ("", [])


def test_an_office_names_its_holders_whatever_words_before_it_say_which_one() -> None:
    speakers = ["Randhir Jaiswal", "Kamala Harris", "Rishi Sunak", "Andrew Scheer"]
    offices = {
        "Randhir Jaiswal": ["Official Spokesperson"],
        "Kamala Harris": ["Vice President"],
        "Rishi Sunak": ["Prime Minister"],
        "Andrew Scheer": ["Leader of the Opposition"],
    }
    assert called("What did the spokesperson say?", speakers, offices) == (
        "the spokesperson",
        ["Randhir Jaiswal"],
    )
    # Unless they make it another office, or the office is what another one is of.
    assert called("What did the president say?", speakers, offices) == ("", [])
    assert called("What did the minister say?", speakers, offices) == ("", [])
    assert called("What did the opposition say?", speakers, offices) == ("", [])


def test_an_office_before_a_comma_is_held_there() -> None:
    speakers = ["Aisha Khan", "Chrystia Freeland", "Dan Morris", "Michael Matheson"]
    offices = {
        "Aisha Khan": ["Director, Local News Fund"],
        "Chrystia Freeland": ["Deputy Prime Minister, Minister of Finance"],
        "Dan Morris": ["Station Manager, WKRP"],
        "Michael Matheson": ["Cabinet Secretary for NHS Recovery, Health and Social Care"],
    }

    def who(question: str) -> list[str]:
        return called(question, speakers, offices)[1]

    # Neither the director nor the finance minister had been found.
    assert who("What did the director say about trust?") == ["Aisha Khan"]
    assert who("What did the finance minister say?") == ["Chrystia Freeland"]
    assert who("What did the station manager say?") == ["Dan Morris"]
    assert who("What did the prime minister say?") == []
    # A portfolio going on after a comma is no office of its own.
    assert who("What is the health centre's total budget?") == []
    assert who("What did the cabinet secretary say?") == ["Michael Matheson"]


def test_a_dash_parts_an_office_as_a_comma_does() -> None:
    speakers = ["Rick Perkins", "Christopher Luxon"]
    offices = {
        "Rick Perkins": ["Member for South Shore—St. Margarets"],  # a seat of two places
        "Christopher Luxon": ["Leader—National"],  # New Zealand's office, then party
    }

    def who(question: str) -> list[str]:
        return speaker_matches(subject_of(question) or "", speakers, offices)

    # Neither had been found: the seat's first place, the office without its party.
    assert who("What did the member for South Shore ask?") == ["Rick Perkins"]
    assert called("What did the leader say?", speakers, offices)[1] == ["Christopher Luxon"]
    assert who("What did the member for St. Margarets ask?") == []


def test_an_office_named_by_what_it_is_of_first() -> None:
    speakers = ["Victoria Atkins", "Andrew Stephenson", "James Cleverly", "Chrystia Freeland"]
    offices = {
        "Victoria Atkins": ["Secretary of State for Health and Social Care"],
        "Andrew Stephenson": ["Minister for Health and Secondary Care"],
        "James Cleverly": ["Secretary of State for the Home Department"],
        "Chrystia Freeland": ["Deputy Prime Minister and Minister of Finance"],
    }

    def who(question: str) -> list[str]:
        return speaker_matches(subject_of(question) or "", speakers, offices)

    assert who("What did the Health Secretary say about dentists?") == ["Victoria Atkins"]
    assert who("What did the Home Secretary say?") == ["James Cleverly"]
    assert called("what did the health minister say?", speakers, offices) == (
        "the health minister",
        ["Andrew Stephenson"],
    )
    # Each office of a label's list, with the words before it in that office only.
    assert who("What did the Minister of Finance say?") == ["Chrystia Freeland"]
    assert called("what did the finance minister say?", speakers, offices)[1] == [
        "Chrystia Freeland"
    ]
    assert who("What did the Prime Minister say?") == []
    assert called("what did the deputy health minister say?", speakers, offices) == ("", [])


_SPEAKERS = [
    "Bethan Owen",
    "Project Manager",
    "Industrial Designer",
    "Lyndon B. Johnson",
    "Patty Hajdu",
    "Sung Kim",
]


def asked_for(question: str) -> list[str]:
    """The speakers a question asks for, as retrieval finds them."""
    offices = {"Patty Hajdu": ["Minister of Health"]}
    subject = subject_of(question)
    if subject:
        return speaker_matches(subject, _SPEAKERS, offices)
    return called(question, _SPEAKERS, offices)[1]


def test_a_question_opening_on_whose_words_it_wants_names_them() -> None:
    assert subject_of("What was Bethan Owen's comment on fees?") == "Bethan Owen"
    assert asked_for("What was Bethan Owen’s comment on fees?") == ["Bethan Owen"]
    assert asked_for("Summarize the Project Manager's perspective on the prototype.") == [
        "Project Manager"
    ]
    # The opening names the source, not a possessive later in the question.
    assert asked_for("According to Johnson, how far had Gallup's support dropped?") == [
        "Lyndon B. Johnson"
    ]
    assert asked_for("What is the minister's plan for masks?") == ["Patty Hajdu"]
    assert asked_for("What is the minister doing about masks?") == ["Patty Hajdu"]
    # Someone's work the group talks about is not whose words the question wants.
    assert asked_for("What did the group say about Bethan Owen's report?") == []
    assert subject_of("What is North Korea's position?") == "North Korea"
    assert asked_for("What is North Korea's position?") == []


def test_a_request_or_a_bare_possessive_names_whose_words_it_wants() -> None:
    assert asked_for("Tell me what Kim said about China.") == ["Sung Kim"]
    assert asked_for("Kim's view on China?") == ["Sung Kim"]
    assert asked_for("The Industrial Designer's view on cost?") == ["Industrial Designer"]
    assert asked_for("The minister's view on masks?") == ["Patty Hajdu"]
    assert asked_for("Let me know what the minister said about masks.") == ["Patty Hajdu"]
    assert asked_for("How the industrial designer described the chips") == ["Industrial Designer"]
    # A contraction is not a possessive, and a country's role is not a speaker's.
    assert subject_of("What's the plan for masks?") is None
    assert subject_of("Let's hear about masks.") is None
    assert asked_for("China's role in the talks?") == []


def test_an_office_named_is_not_the_deputy_s_or_the_vice_s() -> None:
    speakers = ["The Vice President", "The President", "The Deputy Chair", "Chair"]
    assert speaker_matches("the President", speakers) == ["The President"]
    assert speaker_matches("the Vice President", speakers) == ["The Vice President"]
    assert speaker_matches("the chair", speakers) == ["Chair"]
    assert speaker_matches("the Deputy Chair", speakers) == ["The Deputy Chair"]


def test_the_chair_by_any_of_its_words_but_the_convener_s() -> None:
    offices = {"Clare Haughey": ["Convener"], "Bob Smith": ["Chairwoman"]}
    for asked in ("the chair", "the chairman", "the chairwoman", "the chairperson"):
        question = f"What did {asked} say about the budget?"
        # A speaker so called (`The Chair:`), or one whose label gives the office.
        assert called(question, ["The Chair", "Ann Lee"], offices) == (asked, ["The Chair"])
        assert called(question, ["Bob Smith", "Ann Lee"], offices) == (asked, ["Bob Smith"])
    assert speaker_matches("Chairman Smith", ["Bob Smith", "Ann Lee"], offices) == ["Bob Smith"]
    # A convener chairs too, but "the convener" is whom a transcript calls so.
    assert called("What did the convener say?", ["Bob Smith", "Clare Haughey"], offices) == (
        "the convener",
        ["Clare Haughey"],
    )


def test_speaker_option_takes_a_name_or_an_office() -> None:
    from retrieval.chain import speakers_named

    known = ["Patty Hajdu", "Justin Trudeau", "Gérard Deltell"]
    offices = {"Patty Hajdu": ["Minister of Health"], "Justin Trudeau": ["Prime Minister"]}
    assert speakers_named("the Minister of Health", known, offices) == ["Patty Hajdu"]
    assert speakers_named("Prime Minister", known, offices) == ["Justin Trudeau"]
    assert speakers_named("gerard deltell", known, offices) == ["Gérard Deltell"]
    assert speakers_named("Hon. Patty Hajdu", known, offices) == ["Patty Hajdu"]
    assert speakers_named("Freeland", known, offices) == []


def test_a_subject_said_as_a_pronoun_for_the_search() -> None:
    # The search holds to the subject's words; what is left says what about.
    assert unnamed("What retention did Chris Dunn propose?", "Chris Dunn") == (
        "What retention did they propose?"
    )
    assert unnamed("Summarize the Project Manager's view.", "the Project Manager") == (
        "Summarize their view."
    )
    assert unnamed("What did Kim say to Kimberly?", "Kim") == "What did they say to Kimberly?"
    assert unnamed("What did Kim say?", "") == "What did Kim say?"


def test_a_family_name_s_particles_are_part_of_the_subject() -> None:
    from retrieval.parse.speakers import looks_like_name

    assert subject_of("What did Ursula von der Leyen say about trade?") == "Ursula von der Leyen"
    assert looks_like_name("Fernández de Soto Valderrama") and looks_like_name(
        "Ursula von der Leyen"
    )
    assert not looks_like_name("So") and not looks_like_name("de Soto")
    assert subject_of("What did the Minister of Health say?") == "the Minister of Health"


def test_who_asked_wants_an_asker_s_words() -> None:
    assert asks_who_asked("Who asked about Indians fighting for Russia?")
    assert asks_who_asked("Who first raised the border closures?")
    assert asks_who_asked("who brought up the ICC?")
    assert not asks_who_asked("Who was asked about the border?")
    assert not asks_who_asked("What did the minister say when asked about the border?")


def test_a_name_typed_in_lower_case_before_what_they_said() -> None:
    assert typed_name("what did carter say about three mile island") == "carter"
    assert typed_name("how did kim describe china's role") == "kim"
    assert typed_name("what did he say about it") is None  # a stopword
    assert typed_name("What did the caller from Phoenix complain about?") is None
    assert typed_name("what does marketing think of the buttons") is None  # no words asked for


def test_according_to_whom_wherever_the_question_says_it() -> None:
    assert subject_of("Why, according to Hunt, were taxes cut?") == "Hunt"
    assert subject_of("What was the top priority, according to Meilyr Rowlands?") == (
        "Meilyr Rowlands"
    )
    assert subject_of("Summarize the role of Qualification Wales, according to Philip Blaker.") == (
        "Philip Blaker"
    )
    # In lower case, whoever is called so, though "the network" stands where a subject may.
    speakers = ["Respondent", "Interviewer"]
    asked = "Why is the network a problem, according to the respondent?"
    assert called(asked, speakers) == ("the respondent", ["Respondent"])
    assert called("according to the respondent, why is it late?", speakers)[1] == ["Respondent"]
    assert called("Why is it late, according to the data?", speakers) == ("", [])
    assert asks_of_askers("Why is it late, according to a reporter?")


def test_capitals_are_initials_or_a_speaker_so_called() -> None:
    assert speaker_matches("LBJ", ["Lyndon B. Johnson", "TIME"]) == ["Lyndon B. Johnson"]
    assert speaker_matches("TIME", ["Lyndon B. Johnson", "TIME"]) == ["TIME"]


def test_a_question_about_a_reporter_is_about_whoever_asked() -> None:
    assert asks_of_askers("What did the CBC reporter ask?")
    assert asks_of_askers("What did the journalist from Canadian Press ask about the deficit?")
    assert asks_of_askers("According to a reporter, what did Boehner say?")
    assert not asks_of_askers("What did Johnson tell a reporter about Selma?")
    assert not asks_of_askers("Did the minister answer the journalist?")
    # A podcast's host asks too, where nobody is called so ("the host country" is no one).
    assert asks_of_askers("What did the host ask about modified gravity?")
    assert asks_of_askers("According to the host, what is new?")
    assert not asks_of_askers("What did the host country say about the games?")


def test_an_office_in_lower_case_names_a_speaker_so_called_and_its_holders() -> None:
    speakers = ["Moderator", "Ruth Alvarez", "Participant 1"]
    offices = {"Ruth Alvarez": ["MODERATOR"]}
    # A focus group's `Moderator:` and a panel's `MODERATOR (Ruth Alvarez):` in one index; the
    # panel's had not been found.
    assert called("What did the moderator ask about AI?", speakers, offices) == (
        "the moderator",
        ["Moderator", "Ruth Alvarez"],
    )


def test_a_part_that_letters_tell_apart_in_lower_case_names_every_one() -> None:
    speakers = ["Postdoc A", "Postdoc F", "PhD B", "Professor C", "Project Manager"]
    # A research meeting's "Postdoc A:" had been nobody "the postdoc" names.
    assert called("What did the postdoc say about transcripts?", speakers) == (
        "the postdoc",
        ["Postdoc A", "Postdoc F"],
    )
    assert called("What did the phd think about noise?", speakers)[1] == ["PhD B"]
    assert called("What did the project team decide?", speakers) == ("", [])


def test_an_organisation_after_an_office_s_comma_is_named_whole_or_by_initials() -> None:
    speakers = ["Steve Brine", "Emma Runswick", "Pat Cullen"]
    offices = {
        "Steve Brine": ["Chair"],
        "Emma Runswick": ["Deputy Chair of Council, British Medical Association"],
        "Pat Cullen": ["General Secretary and Chief Executive, Royal College of Nursing"],
    }

    def who(question: str) -> list[str]:
        subject = subject_of(question)
        return speaker_matches(subject, speakers, offices) if subject else []

    assert who("What did the BMA say about pay?") == ["Emma Runswick"]
    assert who("What did the RCN say?") == ["Pat Cullen"]
    assert who("What did the Royal College of Nursing say about the pay offer?") == ["Pat Cullen"]
    assert called("What did the general secretary say?", speakers, offices)[1] == ["Pat Cullen"]
    # A deputy chair is no chair.
    assert called("What did the chair ask?", speakers, offices)[1] == ["Steve Brine"]


def test_a_name_nobody_has_offers_the_speakers_spelt_nearly_so() -> None:
    speakers = ["John Swinney", "Marcus Lindqvist", "Anas Sarwar", "Reporter"]
    # Offered beside the abstention ("Did you mean John Swinney?"), never assumed.
    assert spelt_like("Swinny", speakers) == ["John Swinney"]
    assert spelt_like("First Minister Swiney", speakers) == ["John Swinney"]
    assert spelt_like("Marcus Lindquist", speakers) == ["Marcus Lindqvist"]
    assert spelt_like("Putin", speakers) == []


def test_two_subjects_joined_by_and_name_both_speakers() -> None:
    speakers = ["Grad C", "Grad D", "Industrial Designer", "Project Manager", "Kwame Mensah"]
    # Only the first had been found: "and" was read as the verb after "Grad D".
    assert whom("What did Grad D and Grad C discuss about the wizard?", speakers, {}) == (
        "Grad D and Grad C",
        ["Grad D", "Grad C"],
    )
    # In lower case, and an office's words: "the industrial designer and" had named nobody.
    assert whom(
        "Why did the industrial designer and the project manager disagree?", speakers, {}
    ) == (
        "the industrial designer and the project manager",
        ["Industrial Designer", "Project Manager"],
    )
    # What is not a speaker after "and" leaves the subject as it was.
    assert whom("What did Mensah and the team decide?", speakers, {}) == (
        "Mensah",
        ["Kwame Mensah"],
    )
    assert whom("What did Mensah say and why?", speakers, {}) == ("Mensah", ["Kwame Mensah"])
    # Said as one pronoun for the search: "What did they discuss about the wizard?".
    assert unnamed("What did Grad D and Grad C discuss?", "Grad D and Grad C") == (
        "What did they discuss?"
    )


def test_a_negated_auxiliary_asks_about_its_subject_too() -> None:
    speakers = ["Mei Lin", "Sofia Reyes", "Chair"]
    # "didn't" had hidden the subject: the question had named nobody.
    assert whom("Why didn't Mei want to submit the paper yet?", speakers, {}) == (
        "Mei",
        ["Mei Lin"],
    )
    assert whom("Why doesn’t Sofia trust the outdoor split?", speakers, {})[1] == ["Sofia Reyes"]
    assert whom("Why wasn't the chair happy?", speakers, {})[1] == ["Chair"]


def test_where_an_asker_works_tells_which_asker_a_question_means() -> None:
    speakers = ["Dana Whitfield", "Marcus Hale", "Rezaul Laskar", "Reporter"]
    offices = {
        "Dana Whitfield": ["Analyst, Morgan Stanley"],
        "Marcus Hale": ["Analyst, Barclays"],
        "Rezaul Laskar": ["Reporter, Hindustan Times"],
    }
    assert whom("What did the analyst from Morgan Stanley ask?", speakers, offices) == (
        "the analyst from Morgan Stanley",
        ["Dana Whitfield"],
    )
    assert whom("What did the Barclays analyst ask about wages?", speakers, offices)[1] == [
        "Marcus Hale"
    ]
    assert whom("What did the reporter from the Hindustan Times ask?", speakers, offices)[1] == [
        "Rezaul Laskar"
    ]
    # Typed in lower case, as many of the words as name where it is held (every analyst had
    # been meant).
    assert whom("what did the analyst from barclays ask about wages", speakers, offices) == (
        "the analyst from barclays",
        ["Marcus Hale"],
    )
    # Every analyst where none works there, or no firm is named; a time is no employer.
    assert whom("What did the analyst from Citi ask?", speakers, offices)[1] == [
        "Dana Whitfield",
        "Marcus Hale",
    ]
    assert whom("What did the reporter ask at Monday's briefing?", speakers, offices)[1] == [
        "Reporter",
        "Rezaul Laskar",
    ]


def test_in_whose_view_names_them_as_according_to_does() -> None:
    speakers = ["Mei Lin", "Tom Becker", "Alicia Gomez", "Chair"]
    offices = {"Alicia Gomez": ["Chief Financial Officer"]}
    # "In Mei" had been the subject, a name nobody has.
    assert whom("In Mei's view, why should they wait?", speakers, offices) == ("Mei", ["Mei Lin"])
    assert whom("What, in Becker's opinion, drives wages?", speakers, offices)[1] == ["Tom Becker"]
    assert whom("In the CFO's view, what drove margins?", speakers, offices)[1] == ["Alicia Gomez"]
    assert whom("In the chair's own words, what went wrong?", speakers, offices)[1] == ["Chair"]
    assert whom("In Memphis's case, what happened?", speakers, offices)[1] == []


def test_a_reply_asked_for_with_little_else_is_a_follow_up() -> None:
    assert is_follow_up("How did Tom answer?")
    assert is_follow_up("What was Alicia's response?")
    assert not is_follow_up("How did the minister respond to the criticism of waiting lists?")


def test_where_an_office_is_held_is_no_office() -> None:
    speakers = ["Swati Dhingra", "Andrew Bailey", "Harriett Baldwin"]
    offices = {
        "Swati Dhingra": ["External Member, Monetary Policy Committee"],
        "Andrew Bailey": ["Governor, Bank of England"],
        "Harriett Baldwin": ["chair"],
    }
    # "The committee" had been Dr Dhingra, "the bank" the governor: their offices' heads were
    # looked for in where they are held.
    assert whom("What did the committee recommend to the board?", speakers, offices) == ("", [])
    assert whom("Will the bank cut rates in June?", speakers, offices) == ("", [])
    assert whom("What did the governor say?", speakers, offices)[1] == ["Andrew Bailey"]
    assert whom("What did the external member say?", speakers, offices)[1] == ["Swati Dhingra"]


def test_a_congressman_is_a_representative() -> None:
    speakers = ["Dale Hutchins", "Anna Kovac", "Jake Morrow"]
    offices = {
        "Dale Hutchins": ["representative"],
        "Anna Kovac": ["SPEAKER OF THE HOUSE"],
        "Jake Morrow": ["CNN HOST"],
    }
    for question in ("What did the congressman say?", "What did the Congresswoman say?"):
        assert whom(question, speakers, offices)[1] == ["Dale Hutchins"]
    assert whom("What did the Speaker say?", speakers, offices)[1] == ["Anna Kovac"]


def test_an_office_after_a_body_s_name_names_its_holder() -> None:
    speakers = ["Jerome Powell", "Jenny Schuetz", "Mihai Popescu"]
    offices = {"Jerome Powell": ["Fed chair"], "Mihai Popescu": ["Moldovan foreign minister"]}
    assert whom("What did the Fed chair say about rents?", speakers, offices) == (
        "the Fed chair",
        ["Jerome Powell"],
    )
    assert whom("What did the Moldovan foreign minister say?", speakers, offices)[1] == [
        "Mihai Popescu"
    ]
    # The body alone is nobody who speaks.
    assert whom("What did the Fed say about rents?", speakers, offices) == ("the Fed", [])


def test_the_words_that_say_a_task_was_given() -> None:
    assert task_words("What is Ben supposed to do before Friday?", "Ben") == " supposed to"
    assert task_words("What was Felix asked to do?", "Felix") == " asked to"
    assert task_words("What did Ben say about Friday?", "Ben") == ""
