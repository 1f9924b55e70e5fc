"""Speaker labels of interviews, magazines' Q&As, podcasts and oral histories: who asks, who
answers, and the names and offices their headers and bylines give."""

from __future__ import annotations

from retrieval.parse.transcript import parse

from .conftest import said, speakers, who


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
