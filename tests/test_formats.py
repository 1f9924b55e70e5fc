"""Transcripts as people have them: WebVTT, SRT, HTML, PDF and DOCX, with cue times and pages.

The fixtures in tests/fixtures/formats/ were written by hand (VTT, SRT, HTML) or by the real
libraries (PDF with fpdf2, DOCX with python-docx; see make_fixtures.py there).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.cli.render import render_answer
from bot.slack.render import answer_blocks
from retrieval.models import Answer
from retrieval.parse.boilerplate import is_banner
from retrieval.parse.transcript import TranscriptError, parse, parse_file

from .conftest import FIXTURES, ROOT, said, speakers

FORMATS = FIXTURES / "formats"
GOOD = [
    "town_hall.vtt",
    "council_stream.srt",
    "state_briefing.html",
    "whitehouse_remarks.html",
    "broadband_hearing.pdf",
    "court_argument.pdf",
    "product_sync.docx",
]
BAD = {
    "broken_timing.vtt": "line 6: bad cue timing",
    "renamed_text.docx": "not a Word document",
    "truncated.pdf": "not a readable PDF",
}
FURNITURE = [
    "An official website",
    "Here's how you know",
    "Policy Issues",
    "Privacy Policy",
    "Related Articles",
    "Stay Connected",
    "Skip to content",
    "1600 Pennsylvania",
    "Hearing Transcript",
    "Page 1",
]


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The format fixtures, good and bad, with a file tqa does not read."""
    target = tmp_path / "mixed"
    shutil.copytree(FORMATS, target, ignore=shutil.ignore_patterns("*.py"))
    (target / "notes.rtf").write_text("{\\rtf1 not a transcript}")
    return target


# -- reading each format -----------------------------------------------------------------------
def turns(name: str) -> list[tuple[str, str]]:
    doc = parse_file(FORMATS / name)
    return [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns]


def mark_of(name: str, words: str) -> str | int:
    doc = parse_file(FORMATS / name)
    at = doc.text.index(words)
    return [m for offset, m in doc.marks if offset <= at][-1]


def test_webvtt_voices_prefixes_merged_cues_and_times() -> None:
    got = turns("town_hall.vtt")
    assert [s for s, _ in got] == ["John Park", "Sara Lind", "John Park", "Omar Haddad"]
    # Three cues of John Park make one turn; the timing lines and tags are gone.
    assert got[0][1].startswith("Good evening and welcome") and "-->" not in got[0][1]
    assert got[0][1].endswith("single cheapest thing a household can do this winter?")
    assert got[2][1].startswith("And what about heat pumps?")  # a "John Park:" prefix
    assert mark_of("town_hall.vtt", "Set your thermostat") == "00:00:42.500"
    assert mark_of("town_hall.vtt", "and lower it at night") == "00:00:47.000"
    assert mark_of("town_hall.vtt", "The county rebate") == "00:01:10.000"


def test_srt_chevron_and_bracket_speakers() -> None:
    got = turns("council_stream.srt")
    assert [s for s, _ in got] == ["Diaz", "Okafor", "Diaz", "Reyes"]
    # A cue without a speaker continues the one before it.
    assert got[0][1].endswith("Tonight we vote on the bus lane pilot for Harbor Street.")
    assert mark_of("council_stream.srt", "ridership went up") == "00:00:15.000"
    assert mark_of("council_stream.srt", "Shop owners") == "00:00:27.000"


def test_rolling_captions_are_written_once(tmp_path: Path) -> None:
    rolling = tmp_path / "rolling.vtt"
    rolling.write_text(
        "WEBVTT\n\n"
        "00:00:01.000 --> 00:00:03.000\nwe are going to talk about\n\n"
        "00:00:03.000 --> 00:00:05.000\nwe are going to talk about\nthe budget tonight\n\n"
        "00:00:05.000 --> 00:00:07.000\nthe budget tonight\nand the new library\n"
    )
    doc = parse_file(rolling)
    assert doc.text == "we are going to talk about the budget tonight and the new library"
    assert [m for _, m in doc.marks] == ["00:00:01.000", "00:00:03.000", "00:00:05.000"]


def test_an_unnamed_change_of_speaker_in_captions_opens_a_turn(tmp_path: Path) -> None:
    # Subtitles' dialogue dashes, two speakers in one cue, and broadcast captions' bare ">>".
    dialogue = tmp_path / "dialogue.srt"
    dialogue.write_text(
        "1\n00:00:01,000 --> 00:00:04,000\n- Who pays for the new lines?\n- A half-cent sales tax.\n\n"
        "2\n00:00:04,500 --> 00:00:08,000\n- When does service start?\n- Next September.\n"
    )
    doc = parse_file(dialogue)
    # All four had been one turn, the dashes in its words.
    assert [doc.text[t.start : t.end] for t in doc.turns] == [
        "Who pays for the new lines?",
        "A half-cent sales tax.",
        "When does service start?",
        "Next September.",
    ]
    assert {t.speaker for t in doc.turns} == {"unknown"}
    assert [m for _, m in doc.marks] == ["00:00:01.000", "00:00:04.500"]
    broadcast = tmp_path / "broadcast.vtt"
    broadcast.write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n>> SENATOR LOPEZ: We will take calls.\n\n"
        "00:00:04.500 --> 00:00:08.000\n>> Hi, I am calling from Ohio.\n\n"
        "00:00:08.500 --> 00:00:10.000\nMy question is about the farm bill.\n\n"
        "00:00:10.500 --> 00:00:12.000\n>> SENATOR LOPEZ: Go ahead.\n"
    )
    doc = parse_file(broadcast)
    assert [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns] == [
        ("Lopez", "We will take calls."),
        ("unknown", "Hi, I am calling from Ohio. My question is about the farm bill."),
        ("Lopez", "Go ahead."),
    ]


def test_a_caption_in_capitals_goes_on_with_its_speaker(tmp_path: Path) -> None:
    # Broadcast captions are in capitals: a cue opening "WE HAVE ..." had been a speaker "We".
    hearing = tmp_path / "hearing.srt"
    hearing.write_text(
        "1\n00:00:01,000 --> 00:00:05,000\n>> DIRECTOR EASTERLY: CHINESE HACKERS ARE\n"
        "POSITIONING THEMSELVES.\n\n"
        "2\n00:00:05,000 --> 00:00:09,000\nWE HAVE FOUND THEM IN WATER\nSYSTEMS.\n\n"
        "3\n00:00:09,000 --> 00:00:12,000\nTHIS IS NOT ESPIONAGE.\n\n"
        "4\n00:00:12,000 --> 00:00:15,000\n>> SEN. RUBIO: HOW MANY?\n"
    )
    doc = parse_file(hearing)
    assert [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns] == [
        (
            "Easterly",
            "CHINESE HACKERS ARE POSITIONING THEMSELVES. WE HAVE FOUND THEM IN WATER SYSTEMS. "
            "THIS IS NOT ESPIONAGE.",
        ),
        ("Rubio", "HOW MANY?"),
    ]


def test_a_meeting_tool_s_voices_are_speakers_though_each_speaks_once(tmp_path: Path) -> None:
    # Teams writes `<v Name>` with a cue id; Zoom a `Name:` prefix. A short meeting whose
    # people speak once each had been one turn nobody was known to say.
    teams = tmp_path / "sync.vtt"
    teams.write_text(
        "WEBVTT\n\n3f1c2d9e-5b7a/12-0\n00:00:03.520 --> 00:00:07.680\n"
        "<v Priya Raman>Okay, the main thing today is the onboarding drop-off.</v>\n\n"
        "3f1c2d9e-5b7a/15-0\n00:00:08.100 --> 00:00:12.400\n"
        "<v Tom Becker>We lose forty percent of new users at the permissions screen.</v>\n\n"
        "3f1c2d9e-5b7a/20-0\n00:00:17.000 --> 00:00:21.300\n"
        "<v Ana Souza>I can redesign that screen by Friday.</v>\n"
    )
    zoom = tmp_path / "zoom.vtt"
    zoom.write_text(
        "WEBVTT\n\n1\n00:00:02.100 --> 00:00:06.900\n"
        "Priya Raman: Okay, the main thing today is the onboarding drop-off.\n\n"
        "2\n00:00:07.200 --> 00:00:11.000\n"
        "Tom Becker: We lose forty percent of new users at the permissions screen.\n\n"
        "3\n00:00:15.000 --> 00:00:19.000\nAna Souza: I can redesign that screen by Friday.\n"
    )
    for path in (teams, zoom):
        doc = parse_file(path)
        assert [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns] == [
            ("Priya Raman", "Okay, the main thing today is the onboarding drop-off."),
            ("Tom Becker", "We lose forty percent of new users at the permissions screen."),
            ("Ana Souza", "I can redesign that screen by Friday."),
        ]


def test_html_keeps_the_transcript_and_drops_the_site() -> None:
    doc = parse_file(FORMATS / "state_briefing.html")
    assert doc.title == "Department Press Briefing – February 7, 2022"
    assert (doc.date, doc.speaker) == ("2022-02-07", "Ned Price")
    assert {(t.speaker, t.role) for t in doc.turns} == {
        ("Ned Price", "official"),
        ("Reporter", "reporter"),
    }
    white_house = parse_file(FORMATS / "whitehouse_remarks.html")
    assert white_house.date == "2023-03-03"  # from the page's <time datetime>
    assert white_house.speaker == "The President"
    for page in (doc, white_house):
        for junk in FURNITURE:
            assert junk not in page.text


def test_a_short_page_s_footer_is_no_one_s_words(tmp_path: Path) -> None:
    page = tmp_path / "briefing.html"
    page.write_text(
        "<html><body><main><h1>Press Briefing</h1><p>MS. JEAN-PIERRE: Good afternoon.</p>"
        "<p>Q Will he veto the bill?</p><p>MS. JEAN-PIERRE: He will veto it.</p></main>"
        "<footer>The White House 1600 Pennsylvania Ave NW</footer></body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    # A page too short for readability to cut its furniture had given the footer's address
    # to the last speaker.
    assert said(doc, 2) == "He will veto it." and "Pennsylvania" not in doc.text


def test_pdf_pages_reflowed_paragraphs_and_no_running_headers() -> None:
    doc = parse_file(FORMATS / "broadband_hearing.pdf")
    assert (doc.title, doc.date) == ("Closing the Rural Broadband Gap", "2024-04-18")
    speakers = [t.speaker for t in doc.turns]
    assert speakers == ["Maria Ortiz", "Maria Ortiz", "Whitfield", "Hale", "Whitfield", "Hale",
                        "Whitfield"]  # fmt: skip
    # Lines wrapped by the PDF are one paragraph again.
    first = said(doc, 2)
    assert "\n" not in first and first.endswith("can take nineteen months.")
    assert mark_of("broadband_hearing.pdf", "two hundred and forty thousand") == 1
    assert mark_of("broadband_hearing.pdf", "firm deadline of ninety days") == 2
    for junk in FURNITURE:
        assert junk not in doc.text


def test_docx_bold_labels_inline_and_on_their_own_line() -> None:
    got = turns("product_sync.docx")
    assert [s for s, _ in got] == [
        "Priya Natarajan", "Tom Becker", "Priya Natarajan", "Tom Becker", "Lena Vogel",
    ]  # fmt: skip
    assert got[1][1].startswith("Most of the feedback is about onboarding.")
    assert "0:13" not in parse_file(FORMATS / "product_sync.docx").text


_TURNS_TABLE = [
    ("Time", "Speaker", "Text"),
    ("00:00:05", "Interviewer", "How many shifts do you run?"),
    ("00:00:09", "Respondent 1", "Three shifts on weekdays. Nights are the hardest to fill."),
    ("00:00:21", "Interviewer", "Why nights?"),
    ("00:01:02", "Respondent 1", "The night premium is only a pound an hour."),
]


def test_a_court_reporter_s_line_numbers_are_left_out_of_a_pdf() -> None:
    doc = parse_file(FORMATS / "court_argument.pdf")
    # Every label had followed a line number ("7 MR. CLEMENT: ..."), so none was read, and
    # the numbers were words of the quotes.
    assert speakers(doc) == ["Roberts", "Paul D. Clement", "Kagan", "Paul D. Clement"]
    assert (
        said(doc, 2)
        == "Mr. Clement, what happens to the thousands of cases that relied on Chevron?"
    )
    assert "3 thousands" not in doc.text and "Heritage Reporting" not in doc.text
    # "for the monitors ..." opens page 2; the page number above the lines is not one of them.
    assert mark_of("court_argument.pdf", "for the monitors") == 2


def test_a_court_reporter_s_text_file_is_read_as_its_pages_and_examinations(
    tmp_path: Path,
) -> None:
    page_one = [
        "            THE COURT: Please be seated. Ms. Okafor, you may call",
        "  your next witness.",
        "            MS. OKAFOR: The government calls Linda Perez.",
        "                 LINDA PEREZ, GOVERNMENT'S WITNESS, SWORN",
        "                        DIRECT EXAMINATION",
        "  BY MS. OKAFOR:",
        "  Q. Who did you report to?",
        "  A. To David Halverson directly. He signed off on every",
        "  payment over ten thousand dollars.",
        "            MR. DALE: Objection.",
        "            THE COURT: Overruled.",
        "  A. He told me to pay them.",
    ]
    page_two = [
        "                        CROSS-EXAMINATION",
        "  BY MR. DALE:",
        "  Q. You were let go in January, weren't you?",
        "            THE WITNESS: I was, yes.",
        "            THE COURT: Call your next witness.",
        "               RYAN CHO, GOVERNMENT'S WITNESS, SWORN",
        "  BY MS. OKAFOR:",
        "  Q. Did Brightline have any employees?",
        "  A. None that we could find.",
    ]
    numbered = [
        "\n".join(f"{n:2} {line}" for n, line in enumerate(page, 1))
        for page in (page_one, page_two)
    ]
    path = tmp_path / "trial.txt"
    path.write_text("TRANSCRIPT OF PROCEEDINGS\n" + "\n\f                    2\n".join(numbered))
    doc = parse_file(path)
    assert speakers(doc) == [
        "The Court", "Okafor", "Okafor", "Linda Perez", "Dale", "The Court", "Linda Perez",
        "Dale", "Linda Perez", "The Court", "Okafor", "Ryan Cho",
    ]  # fmt: skip
    # The numbers are no words of the quotes, and a wrapped line joins its turn.
    assert said(doc, 3) == (
        "To David Halverson directly. He signed off on every payment over ten thousand dollars."
    )
    assert " 9 " not in doc.text and "GOVERNMENT'S WITNESS" in doc.text
    at = doc.text.index("I was, yes.")
    assert [m for offset, m in doc.marks if offset <= at][-1] == 2
    # Numbers opening a few lines of an ordinary transcript are its words.
    listed = tmp_path / "minutes.txt"
    listed.write_text("Chair: Items.\n1 Budget.\n2 Staffing.\n3 Roads.\nAnn Lee: Agreed.\n")
    assert "1 Budget." in parse_file(listed).text


def test_an_inquiry_s_hanging_lines_sworn_witness_and_counsel_asking(tmp_path: Path) -> None:
    lines = [
        "  LADY HALLETT: Good morning, Mr Keith. Whenever you are ready, please.",
        "  MR KEITH: Good morning, my Lady. The first witness this morning is",
        "      Professor Dame Angela Reid.",
        "             PROFESSOR DAME ANGELA REID (sworn)",
        "            Questions from LEAD COUNSEL TO THE INQUIRY",
        "  MR KEITH: Professor, you were the chief scientific adviser to the",
        "      Department of Health from 2018. Is that right?",
        "  A. That is right. I took up the post in the spring of 2018 and stayed",
        "      until the summer of 2022.",
        "  Q. In January 2020, when did you first become aware that the virus",
        "      was spreading between people?",
        "  A. Around the 20th of January. The reports from Wuhan made it clear that",
        "      health workers were being infected, and that is a strong signal of",
        "      human-to-human transmission.",
    ]
    path = tmp_path / "inquiry.txt"
    path.write_text(
        "UK Covid-19 Inquiry\n" + "\n".join(f"{n:2} {ln}" for n, ln in enumerate(lines, 1))
    )
    doc = parse_file(path)
    # The lines set in below a label are its turn's, not paragraphs of their own; the `A.` are
    # the sworn witness's, the `Q.` of counsel who spoke first after "Questions from".
    assert speakers(doc) == ["Hallett", "Keith", "Keith", "Angela Reid", "Keith", "Angela Reid"]
    assert said(doc, 5) == (
        "Around the 20th of January. The reports from Wuhan made it clear that health workers"
        " were being infected, and that is a strong signal of human-to-human transmission."
    )
    assert "PROFESSOR DAME ANGELA REID (sworn)" in doc.text
    # The lines swearing her in and saying who asks are nobody's words, and give counsel his office.
    assert said(doc, 1) == (
        "Good morning, my Lady. The first witness this morning is Professor Dame Angela Reid."
    )
    assert doc.offices()["Keith"] == "Lead Counsel to the Inquiry"


def test_a_markdown_table_of_turns_is_read_as_a_web_page_s_table(tmp_path: Path) -> None:
    path = tmp_path / "call.md"
    path.write_text(
        "# Customer call\n\n| Time | Speaker | Text |\n| --- | --- | --- |\n"
        "| 00:00:02 | Dana (Acme) | We have been on the enterprise plan for two years. |\n"
        "| 00:00:09 | Sam (Sales) | What made you consider switching? |\n"
        "| 00:00:15 | Dana (Acme) | The SSO integration breaks with every update. |\n"
    )
    doc = parse_file(path)
    # The file had been read as no one's words: no turn, nothing indexed.
    assert speakers(doc) == ["Dana", "Sam", "Dana"]
    assert said(doc, 2) == "The SSO integration breaks with every update."
    at = doc.text.index("What made you")
    assert [m for offset, m in doc.marks if offset <= at][-1] == "00:00:09.000"
    assert doc.title == "Customer call"


def test_columns_without_the_outer_bars_are_a_table_of_turns(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(
        "Anna Berg | 00:00:05 | We start with the budget today.\n\n"
        "Tom Ruiz | 00:00:12 | The numbers are in.\n\n"
        "Anna Berg | 00:00:20 | Good, go on.\n"
    )
    doc = parse_file(path)
    # Its lines had been taken for a web page's breadcrumbs ("Home : Media : News"): no turn.
    assert speakers(doc) == ["Anna Berg", "Tom Ruiz", "Anna Berg"]
    assert said(doc, 1) == "The numbers are in."
    at = doc.text.index("The numbers")
    assert [m for offset, m in doc.marks if offset <= at][-1] == "00:00:12.000"
    # Breadcrumbs are still no one's words; a sentence between bars is someone's.
    assert is_banner("Home | Briefing Room | Statements and Releases")
    assert not is_banner("Anna Berg | 00:00:05 | We start with the budget today.")


def test_a_web_page_s_table_of_times_names_and_words_is_a_transcript(tmp_path: Path) -> None:
    rows = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in _TURNS_TABLE
    )
    page = tmp_path / "study.html"
    page.write_text(
        "<html><body><article><h1>Interview transcript: warehouse staffing study</h1>"
        f"<table>{rows}</table></article></body></html>",
        encoding="utf-8",
    )
    doc = parse_file(page)
    # Each cell had been a paragraph, and the respondent's words the interviewer's.
    spoken = [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns]
    assert spoken == [(name, words) for _, name, words in _TURNS_TABLE[1:]]
    assert [time for _, time in doc.marks][:2] == ["00:00:05.000", "00:00:09.000"]


def test_a_word_table_of_times_names_and_words_is_a_transcript(tmp_path: Path) -> None:
    import docx

    word = docx.Document()
    word.add_paragraph("Interview transcript: warehouse staffing study, 3 May 2024")
    table = word.add_table(rows=0, cols=3)
    for row in _TURNS_TABLE:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    agenda = word.add_table(rows=0, cols=2)
    for row in [("Next steps", "Ask HR for the premium's cost"), ("Owner", "Sam Lee")]:
        for cell, value in zip(agenda.add_row().cells, row, strict=True):
            cell.text = value
    word.save(str(tmp_path / "study.docx"))
    doc = parse_file(tmp_path / "study.docx")
    # A table's text had been left out of the transcript altogether.
    spoken = [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns]
    assert spoken[:3] == [
        ("Interviewer", "How many shifts do you run?"),
        ("Respondent 1", "Three shifts on weekdays. Nights are the hardest to fill."),
        ("Interviewer", "Why nights?"),
    ]
    assert spoken[3][1].startswith("The night premium is only a pound an hour.")
    assert [time for _, time in doc.marks][:2] == ["00:00:05.000", "00:00:09.000"]
    # A table whose short cells never repeat names nobody: its rows are text.
    assert "Next steps Ask HR for the premium's cost" in doc.text
    assert "Sam Lee" not in {t.speaker for t in doc.turns}


@pytest.mark.parametrize(("tag", "emphasis"), [("strong", "bold"), ("em", "italic")])
def test_a_magazine_s_questions_in_bold_or_italics_are_its_interviewer_s(
    tmp_path: Path, tag: str, emphasis: str
) -> None:
    import docx

    qa = [
        ("Why are antibiotics failing more often now?", "Because we used them carelessly."),
        ("What worries you most?", "Gonorrhoea. We are down to one reliable treatment."),
    ]
    page = tmp_path / "okafor.html"
    page.write_text(
        "<html><body><article><h1>Dr. Amara Okafor on antibiotic resistance</h1>"
        "<p>Interview by Lena Park, March 2, 2026</p>"
        + "".join(f"<p><{tag}>{q}</{tag}></p><p>{a}</p>" for q, a in qa)
        + "</article></body></html>",
        encoding="utf-8",
    )
    word = docx.Document()
    word.add_paragraph("Dr. Amara Okafor on antibiotic resistance")
    word.add_paragraph("Interview by Lena Park, March 2, 2026")
    for q, a in qa:
        setattr(word.add_paragraph().add_run(q), emphasis, True)
        word.add_paragraph(a)
    word.save(str(tmp_path / "okafor.docx"))
    for name in ("okafor.html", "okafor.docx"):
        doc = parse_file(tmp_path / name)
        # The questions had been the interviewee's words (and in Word, short ones a name).
        spoken = [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns]
        assert spoken == [
            ("Lena Park", qa[0][0]),
            ("Amara Okafor", qa[0][1]),
            ("Lena Park", qa[1][0]),
            ("Amara Okafor", qa[1][1]),
        ], name


@pytest.mark.parametrize(("name", "message"), sorted(BAD.items()))
def test_bad_files_get_one_line_errors_naming_them(name: str, message: str) -> None:
    with pytest.raises(TranscriptError) as caught:
        parse_file(FORMATS / name)
    text = str(caught.value)
    assert name in text and message in text and "\n" not in text


@pytest.mark.parametrize("original", ["town_hall.vtt", "SRT"])
def test_a_text_file_that_is_really_captions_is_read_as_captions(
    tmp_path: Path, original: str
) -> None:
    saved = tmp_path / "captions.txt"
    srt = "1\n00:00:01,000 --> 00:00:04,000\nJOHN SMITH: Welcome to the hearing.\n\n2\n" + (
        "00:00:04,500 --> 00:00:09,000\nJANE DOE: We found lead in twelve schools.\n"
    )
    if original == "SRT":
        saved.write_text(srt, encoding="utf-8")
    else:
        saved.write_bytes((FORMATS / original).read_bytes())
    doc = parse_file(saved)
    assert doc.extracted and doc.mark_kind == "time" and "-->" not in doc.text
    if original == "SRT":
        spoken = [(t.speaker, doc.text[t.start : t.end]) for t in doc.turns]
        assert spoken == [
            ("John Smith", "Welcome to the hearing."),
            ("Jane Doe", "We found lead in twelve schools."),
        ]
        assert doc.marks[1][1] == "00:00:04.500"


def test_format_libraries_load_only_for_their_files() -> None:
    libraries = ["webvtt", "readability", "lxml", "pypdf", "docx"]
    script = (
        "import sys; from pathlib import Path; from retrieval.index.ingest import ingest; "
        "from retrieval.parse.transcript import parse_file; "
        f"parse_file(Path({str(FIXTURES / 'committee.txt')!r})); "
        f"print([m for m in {libraries!r} if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


# -- ingest and answers ------------------------------------------------------------------------
def test_folder_ingest_reports_skipped_and_failed_and_indexes_the_rest(folder: Path) -> None:
    result = run("ingest", str(folder))
    assert result.exit_code == 1
    assert result.stdout.startswith(
        f"{len(GOOD)} added, 0 updated, 0 unchanged, 0 removed, 3 failed"
    )
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(errors) == 3
    for name, message in BAD.items():
        assert any(name in ln and message in ln for ln in errors)
    assert any("notes.rtf" in ln and "unsupported" in ln for ln in result.stderr.splitlines())
    rows = json.loads(run("sources", "--json").stdout)
    assert sorted(Path(r["original"]).name for r in rows) == sorted(GOOD)

    # Unchanged originals change nothing, not even the extracted texts.
    before = texts()
    again = run("ingest", str(folder))
    assert again.stdout.startswith(
        f"0 added, 0 updated, {len(GOOD)} unchanged, 0 removed, 3 failed"
    )
    assert texts() == before and len(before) == len(GOOD)


def test_a_folder_holding_the_index_is_ingested_without_the_index_s_own_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The index kept inside the transcripts' folder (a dot folder is skipped anyway): the text
    # extracted from the VTT lay in the folder walked and came back as a transcript of its own.
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy(FORMATS / "town_hall.vtt", project)
    monkeypatch.setenv("TQA_HOME", str(project / "index"))
    for _ in range(2):
        result = run("ingest", str(project))
        assert result.exit_code == 0
    assert f"{project / 'index'}: the index's own folder" in result.stderr
    rows = json.loads(run("sources", "--json").stdout)
    assert [Path(r["original"]).name for r in rows] == ["town_hall.vtt"]


def texts() -> list[tuple[str, float]]:
    folder = Path(os.environ["TQA_HOME"]) / "texts"
    return sorted((p.name, p.stat().st_mtime) for p in folder.iterdir())


QUESTIONS = [
    ("What does the county rebate cover for heat pumps?", "town_hall.vtt", "Omar Haddad",
     "time", "00:01:10.000"),
    ("What did the pilot do to travel times on route 12?", "council_stream.srt", "Okafor",
     "time", "00:00:09.500"),
    ("Will the Secretary travel to Europe next week?", "state_briefing.html", "Ned Price",
     None, None),
    ("Will the President veto the bill?", "whitehouse_remarks.html", "The President", None, None),
    ("How many rural homes have been connected?", "broadband_hearing.pdf", "Whitfield", "page", 1),
    ("Can the launch stay on March fourth?", "product_sync.docx", "Lena Vogel", None, None),
]  # fmt: skip


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("formats-home")
    good = tmp_path_factory.mktemp("formats")
    for name in GOOD:
        shutil.copy(FORMATS / name, good / name)
    mp = pytest.MonkeyPatch()
    mp.setenv("TQA_HOME", str(home))
    try:
        assert run("ingest", str(good)).exit_code == 0
    finally:
        mp.undo()
    return home


@pytest.mark.parametrize(("question", "original", "speaker", "kind", "mark"), QUESTIONS)
def test_an_answer_from_each_format_cites_speaker_original_and_a_slice_of_source(
    indexed: Path,
    monkeypatch: pytest.MonkeyPatch,
    question: str,
    original: str,
    speaker: str,
    kind: str | None,
    mark: str | int | None,
) -> None:
    monkeypatch.setenv("TQA_HOME", str(indexed))
    answer = json.loads(run("ask", question, "--json").stdout)
    assert not answer["abstained"], answer["answer"]
    cited = [c for c in answer["citations"] if c["speaker"] == speaker]
    assert cited, answer["citations"]
    c = cited[0]
    assert Path(c["original"]).name == original
    assert Path(c["source"]).parent == indexed / "texts"
    with open(c["source"], encoding="utf-8", newline="") as f:
        assert f.read()[c["start"] : c["end"]] == c["quote"]
    assert c["time"] == (mark if kind == "time" else None)
    assert c["page"] == (mark if kind == "page" else None)
    for junk in FURNITURE:
        assert all(junk not in x["quote"] for x in answer["citations"] + answer["related"])


def test_times_show_in_the_terminal_and_in_slack(indexed: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TQA_HOME", str(indexed))
    out = run("ask", QUESTIONS[0][0], "--json").stdout
    answer = Answer.model_validate(json.loads(out))
    terminal = render_answer(answer)
    assert "00:01:10.000" in terminal and "town_hall.vtt" in terminal
    slack = json.dumps(answer_blocks(answer))
    assert "at 00:01:10.000" in slack and "town_hall.vtt" in slack


def test_a_changed_original_replaces_its_extracted_text(folder: Path) -> None:
    for name in BAD:
        (folder / name).unlink()
    run("ingest", str(folder))
    before = texts()
    vtt = folder / "town_hall.vtt"
    vtt.write_text(vtt.read_text().replace("four thousand dollars", "five thousand dollars"))
    assert run("ingest", str(folder)).stdout.startswith(
        f"0 added, 1 updated, {len(GOOD) - 1} unchanged"
    )
    after = texts()
    assert len(after) == len(before) == len(GOOD)
    assert {n for n, _ in after} - {n for n, _ in before} == {
        n for n, _ in after if n.startswith("town_hall-")
    }
    answer = json.loads(run("ask", "What does the county rebate cover?", "--json").stdout)
    assert "five thousand dollars" in " ".join(c["quote"] for c in answer["citations"])


def _first_citation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes, question: str
) -> dict:
    """Index one file alone, ask, and return the first citation."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / name).write_bytes(content)
    monkeypatch.setenv("TQA_HOME", str(tmp_path / "home"))
    assert run("ingest", str(tmp_path / "corpus")).exit_code == 0
    return json.loads(run("ask", question, "--json").stdout)["citations"][0]


def test_a_text_transcript_with_times_in_its_labels_cites_the_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rev's export: "Name (mm:ss):" and the words on the lines below.
    standup = (
        "Weekly standup\n\n"
        "Priya Nair (00:04):\nMorning all. Let's start with the billing migration.\n\n"
        "Tom Becker (00:11):\nThe billing migration is done for ninety percent of accounts. "
        "The last ten percent move on Thursday night.\n\n"
        "Priya Nair (01:02:30):\nAnd the mobile release?\n\n"
        "Sam Ortiz (01:02:41):\nThe mobile release slips a week because the app store review "
        "flagged our new payment screen.\n"
    )
    c = _first_citation(
        tmp_path, monkeypatch, "standup.txt", standup.encode(), "Why is the mobile release late?"
    )
    assert c["speaker"] == "Sam Ortiz" and "app store review" in c["quote"]
    assert c["time"] == "01:02:41.000"
    assert Path(c["source"]).name == "standup.txt"  # the file itself: no text extracted


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_text_transcript_from_windows_is_quoted_from_its_decoded_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    briefing = (
        "Press briefing, 3 May 2021\r\n\r\nMR. PRICE: Good afternoon.\r\n"
        "QUESTION: What about the café deal?\r\n"
        "MR. PRICE: We’re “pleased” with the café deal: it opens the market to exporters.\r\n"
    )
    question = "What did Price say about the café deal?"
    c = _first_citation(tmp_path, monkeypatch, "cafe.txt", briefing.encode(encoding), question)
    assert c["speaker"] == "Price" and "“pleased” with the café deal" in c["quote"]
    assert Path(c["original"]).name == "cafe.txt"
    assert Path(c["source"]).parent == tmp_path / "home" / "texts"
    with open(c["source"], encoding="utf-8", newline="") as f:
        assert f.read()[c["start"] : c["end"]] == c["quote"]


def test_a_byte_order_mark_hides_neither_the_first_label_nor_the_title(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Notepad's "UTF-8 with BOM": the mark is the file's first character, before a label.
    call = "\ufeffAnna Berg: The gym opens in June.\n\nTom Ruiz: Good.\n\nAnna Berg: Yes.\n"
    c = _first_citation(
        tmp_path, monkeypatch, "call.txt", call.encode("utf-8"), "When does the gym open?"
    )
    assert (c["speaker"], c["quote"]) == ("Anna Berg", "The gym opens in June.")
    assert Path(c["source"]).name == "call.txt"  # quoted from the file itself, mark and all
    assert call[c["start"] : c["end"]] == c["quote"]
    titled = parse("\ufeffBoard call\n\nAnna Berg: The gym opens.\n\nTom Ruiz: Good.\n", "b.txt")
    assert titled.title == "Board call"
