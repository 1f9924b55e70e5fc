"""Who a transcript says its speakers are beyond their labels: a header's list a line each, an
office as a label, a moderator the header names, askers who say their own names."""

from __future__ import annotations

from retrieval.answer.quantity import states_number
from retrieval.parse.askers import self_named
from retrieval.parse.transcript import parse

from .conftest import who

AGM = """HARBOUR FOODS PLC
ANNUAL GENERAL MEETING
Thursday 16 May 2024

Present:
Fiona Grant (Chair)
Martin Osei (Chief Executive)
Company Secretary: Daniel Reyes

THE CHAIR: I declare the meeting open. Martin will say a few words about the year.

MR OSEI: Thank you, Chair. Revenue rose 6% to £1.42 billion.

THE COMPANY SECRETARY: Chair, the poll results will be announced this afternoon.
"""


def test_a_list_below_its_key_a_line_each_names_who_takes_part_and_their_parts() -> None:
    doc = parse(AGM, "agm.txt")
    # "The Chair" is the Fiona Grant the list says chairs, "MR OSEI" its Martin Osei, and "THE
    # COMPANY SECRETARY" an office (its last word an office's), whom the header names: not a
    # person called "Company".
    assert who(doc) == [
        ("Fiona Grant", "moderator"),
        ("Martin Osei", "participant"),
        ("Daniel Reyes", "participant"),
    ]
    offices = doc.offices()
    assert offices["Martin Osei"] == "Chief Executive"
    assert offices["Daniel Reyes"] == "company secretary"
    # A list ends at its blank line: the title above it is no one's part.
    assert doc.title == "ANNUAL GENERAL MEETING"


def test_an_office_as_a_label_is_no_name_before_a_title() -> None:
    doc = parse(
        "THE CHAIR: Order.\nTHE PERMANENT SECRETARY: The figures are final.\n"
        "THE CHAIR: Thank you.\n",
        "committee.txt",
    )
    assert who(doc)[1][0] == "The Permanent Secretary"


SEMINAR = """Spring Seminar Series: Grid Batteries
Speaker: Dr. Naomi Feld, Senior Research Fellow
Moderator: Prof. James Okoro
April 9, 2025

PROF. OKORO: Thank you, Naomi. Please tell us who you are.

AUDIENCE MEMBER: Hi, I'm Leah, a PhD student here. Will prices keep falling?

DR. FELD: Not at that pace.

AUDIENCE MEMBER 2: Tom Reyes, from the state utility commission. How long do they last?

DR. FELD: Ten to fifteen years.

AUDIENCE MEMBER: What about fire risk?

DR. FELD: Much lower with newer cells.
"""


def test_a_moderator_the_header_names_moderates_and_askers_go_by_the_names_they_give() -> None:
    doc = parse(SEMINAR, "seminar.txt")
    assert who(doc) == [
        ("James Okoro", "moderator"),  # the header's "Moderator:", though his label is a title's
        ("Leah", "reporter"),
        ("Naomi Feld", "official"),
        ("Tom Reyes", "participant"),
        ("Naomi Feld", "official"),
        ("Audience Member", "reporter"),  # the next asker may be anyone
        ("Naomi Feld", "official"),
    ]
    # The header's part wins over the title a label gives: "the moderator" finds him. What
    # follows a name's comma may be where they work ("For the Plaintiff: Daniel Reyes, Reyes Law
    # Group"), which no question about "the group" means: no part.
    assert doc.offices() == {"James Okoro": "Moderator"}


def test_a_recognisers_speaker_who_names_themselves_is_so_called_in_every_turn() -> None:
    doc = parse(
        "Speaker 1: Welcome, everyone.\nSpeaker 2: Hi, I'm Maria Lopez from Acme. Thanks.\n"
        "Speaker 1: Go ahead, Maria.\nSpeaker 2: Our numbers are up.\n",
        "call.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        "Speaker 1",
        "Maria Lopez",
        "Speaker 1",
        "Maria Lopez",
    ]


def test_an_asker_who_only_says_who_they_are_asks_in_their_labels_next_turn() -> None:
    doc = parse(
        "Q: Thank you, Mr. President. Yamiche Alcindor from PBS NewsHour.\n\n"
        "THE PRESIDENT: Yes.\n\nQ: My first question is about the pandemic office.\n\n"
        "THE PRESIDENT: We did nothing wrong.\n\nQ: And testing?\n",
        "briefing.txt",
    )
    assert [t.speaker for t in doc.turns] == [
        "Yamiche Alcindor",
        "The President",
        "Yamiche Alcindor",
        "The President",
        "Reporter",
    ]
    assert doc.offices()["Yamiche Alcindor"] == "Reporter, PBS NewsHour"


def test_the_name_an_asker_gives_is_a_name_not_a_title_a_place_or_whom_they_greet() -> None:
    assert self_named("Hi, I'm Leah, a second-year PhD student here.") == "Leah"
    assert self_named("My name is Ana Silva and I work in sales.") == "Ana Silva"
    assert self_named("Yes, Sam Hill, AP. What now?") == "Sam Hill"
    assert self_named("Good morning, Chair Powell. Rachel Siegel from the Post.") == "Rachel Siegel"
    assert self_named("Mr. President, Ross Palombo from ABC News Miami. As a ...") == "Ross Palombo"
    for words in (
        "Mr. President, thank you.",
        "Mr. President, speaking of Vice Presidents, who?",
        "North Korea, Jim Smith from CNN said.",
        "Thank you, Madam Secretary, for coming.",
        "North Korea, as you know, is a problem.",
        "Sung Kim, welcome to Tokyo.",
        "I'm Not sure.",
    ):
        assert self_named(words) is None, words


def test_a_fraction_states_a_figure() -> None:
    assert states_number("About a third of the queue will be cancelled.")
    assert states_number("Two thirds have taken jobs elsewhere.")
    assert not states_number("In the third quarter we grew.")


def test_an_office_set_beside_a_name_by_a_comma_is_theirs() -> None:
    doc = parse(
        "MORNING EDITION\n\n"
        "STEVE INSKEEP, HOST: Here's the Fed chair, Jerome Powell, in January.\n\n"
        "JEROME POWELL: We expect housing inflation to come down over time.\n\n"
        "INSKEEP: And Ana Ruiz, the county sheriff, told us the roads are closed.\n\n"
        "ANA RUIZ: The roads are closed until Friday.\n\n"
        "INSKEEP: Thank you, Madam Chair, Senator Hale, for the time.\n\n"
        "HALE: You are welcome.\n",
        "npr.txt",
    )
    offices = doc.offices()
    assert offices["Jerome Powell"] == "Fed chair"
    assert offices["Ana Ruiz"] == "sheriff"
    # Without "the", a title by a comma addresses someone: Hale is not the chair.
    assert "Hale" not in offices
