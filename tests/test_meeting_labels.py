"""Speaker labels of meetings, minutes and speech recognisers' output: letters, numbers and
initials as speakers, who takes part, and where each turn's words lie."""

from __future__ import annotations

from retrieval.parse.speakers import name_words, title_case
from retrieval.parse.transcript import parse, parse_file

from .conftest import FIXTURES, said, speakers, who


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


def test_an_unknown_speaker_is_nobody_known() -> None:
    doc = parse(
        "Budget planning\n\nUnknown Speaker  0:03\nCan everyone hear me?\n\n"
        "Maria Lopez  0:08\nThe marketing budget is flat.\n\n"
        "Unknown Speaker  0:17\nDid finance say why?\n\nMaria Lopez  0:20\nThey want results.\n",
        "otter.txt",
    )
    assert who(doc)[:2] == [("Unknown Speaker", "unknown"), ("Maria Lopez", "official")]


def test_a_recogniser_s_speakers_hold_no_office() -> None:
    doc = parse(
        "Speaker A: Let's start with the pricing page.\nSpeaker B: Most visitors never scroll.\n"
        "Speaker A: So the popular plan goes first?\nSpeaker B: Yes.\n",
        "sync.txt",
    )
    # Each had been "the speaker", as the chair of a parliament is.
    assert speakers(doc) == ["Speaker A", "Speaker B", "Speaker A", "Speaker B"]
    assert doc.offices() == {}


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
