"""Reading a transcript file: metadata, speaker turns with offsets, and where the transcript ends."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval.parse import formats
from retrieval.parse import speakers as sp
from retrieval.parse.boilerplate import is_banner, is_trailer
from retrieval.parse.dates import find_date
from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.header import examiner, heading_names, read_header
from retrieval.parse.label_patterns import TIME_LINE
from retrieval.parse.label_words import ANSWER_LABELS
from retrieval.parse.labels import LabelMatch, find_labels, match_label, time_alone
from retrieval.parse.offices import label_offices, office_of
from retrieval.parse.roles import Turn, assign_roles, principal_speaker
from retrieval.parse.times import hms

__all__ = ["PARSER_VERSION", "Transcript", "TranscriptError", "Turn", "parse", "parse_file"]

# Raised when the same file parses into other turns or metadata than before, so that
# `tqa ingest` reads again the files an older parser indexed. 2: "The President." labels (a
# title, a full stop). 3: times with labels (Rev, Otter, podcasts), "Q45 Chair:", Hansard's two
# parentheses, "A:" and "A.", names alone in capitals, "Mr. SMITH.", short unlabelled lines,
# dates written 2024/03/12 and 12.03.2024, caption tracks copied as text. 4: Zoom's "[Name]
# 10:01:02", "Name - words", SRT saved as .txt. 5: "P1:", "Participant 3:", an interview's "I:"
# and "R:", who a title says is interviewed, a header's "Witnesses: ..." is not speech, "Q:—" and
# "Q:..." (a reporter cut off or resumed), "Chair DURBIN." chairs, prose above a meeting's first
# label is nobody's, "Spokesperson:" after "SPOKESPERSON DUJARRIC:" is Dujarric, "Correspondent:".
# 6: the offices labels give ("Hon. Patty Hajdu (Minister of Health):"), kept with each document.
# 7: a heading in capitals between turns ("STATEMENT OF HON. JANE DOE") is nobody's words; offices
# from the titles before a label's name ("AMBASSADOR KIM:" -> ambassador). 8: labels after a
# paragraph's indent ("    Senator Portman. ..."), a heading of up to three lines, a rule line.
# 9: radio's "STEVE INSKEEP, HOST:", an earnings call's "Tim Cook -- Chief Executive Officer"
# and "Operator" alone on their lines. 10: reporters named in capitals ("RACHEL SIEGEL. Hi,"), and
# a chair who answers questions ("CHAIR POWELL.") is the official. 11: "0:00:05.2 Raj Patel" alone.
# 12: "The Convener (Clare Haughey):", a long office before its holder ("The Cabinet Secretary for
# Health and Social Care (Michael Matheson):", an office too), "the" alone is no title. 13: a
# host named so once ("STEVE INSKEEP, HOST:", "Ann Lee (Moderator):") hosts throughout. 14: the
# Lord Speaker chairs; "Baroness" and "Viscount" are titles. 15: the chair addressed as the
# Commons does ("Mr Speaker:", "Madam Deputy Speaker (Dame Rosie Winterton):", "Mr. Chairman:"),
# and "Madam" is a title ("Madam Secretary:" is the Secretary, not somebody named Madam).
# 16: a US hearing's "The Chairman." chairs; "And a follow-up on Brazil:" is no label ("and" joins
# a title's words, it is none); "Interviewer:", "Correspondent:" are shown as written. 17: India's
# "SHRI", "SMT." are titles, and a holder in capitals in parentheses is title-cased ("THE MINISTER
# OF CONSUMER AFFAIRS (SHRI PIYUSH GOYAL):" is Piyush Goyal, holding that office). 18: a label
# that ends with an office and a full name opens a turn even once ("Transit Director Sam Okoro:").
# 19: a transcript whose text gives no date takes the one its file name gives. 20: Rev's
# published "Joe Biden: (00:05)" (a colon before the time), "Speaker 1: (1:02:05)" included;
# "Ann Lee - 00:05" alone on its line; a time alone on a line between turns (Google Meet's
# "00:05:00") marks the turns below and is not the last speaker's words; "NAME, WHAT THEY ARE
# (through translator):"; the European Parliament's "Ursula von der Leyen, President of the
# Commission. – Madam President, ..."; Downing Street's "Laura Kuenssberg, BBC:"; a title line
# with lower-case words ("Prime Minister's statement on coronavirus: 10 May 2020") is no label;
# "SEC." is a title, and abbreviated titles name whole offices ("GEN. MILLEY" -> general);
# without a chair, one who holds the floor and answers named speakers who each ask a few times
# at most is the official, they reporters (a briefing's "AFP:", "Laura Kuenssberg, BBC:");
# a title's "Remarks by President Biden" names Biden; a header's "Guest: Dr. Maria Lopez, urban
# economist" names who "Guest:" is; a full name alone above the words ("Jane Smith"), where the
# same name opens two lines or more. 21: one word in capitals among labels in mixed case is an
# abbreviation kept as written ("AFP:"); and files read by an index built while 20's changes
# were landing (the same day) are read again. 22: a header's list of who takes part ("Members
# present: Greg Clark (Chair); ...", "Witnesses: Professor Rose Luckin, UCL; ...") names the
# chair and gives surnames their full names. 23: Hansard's question number and reference
# before a label ("Q1. [901234] Mrs Flick Drummond (Meon Valley) (Con):"), and "hon." and
# "Rt." no longer end a sentence ("my right hon. Friend"); a byline's office names who that
# office's label is ("briefing by Stéphane Dujarric, Spokesman for ..." -> `Spokesman:`), and an
# editor's note above the transcript ("The following is a near-verbatim transcript ...") is
# nobody's words; a seat in a label's parentheses makes its speaker the member for it; an
# earnings call's analyst ("Erik Woodring -- Morgan Stanley -- Analyst") is a reporter. 24:
# files read by an index built while 23's changes were landing (the same day) are read again.
# 25: a news anchor hosts ("WOLF BLITZER, CNN ANCHOR:"), a stage direction that ends a turn
# ("(BEGIN VIDEO CLIP)") is left out of it, and a title with a dash is not a header's label.
# 26: so is a transcriber's note in brackets ("[Whereupon, the subcommittee was adjourned.]");
# an office before a name in parentheses is that speaker's ("Host (Ruth Adler):"). 27: a
# heading between turns gives a surname label its full name ("STATEMENT OF JOAN CARTER"). 28:
# a family name's particles ("Fernández de Soto Valderrama"); a header's "President: ..." that
# is prose is a turn ("I give the floor to Mr. Wennesland."); how a member spoke ("(spoke in
# Russian)") or a time is no seat; Australia's "(Grayndler—Prime Minister)" gives the office.
# 29: no change here; the index's words leave accents out ("Québec" is "quebec", not "qu" and
# "bec"), and every file is read again so that the BM25 index is built anew. 30: a
# deposition's title names who answers ("DEPOSITION OF JAMES WHITFIELD") and its
# "EXAMINATION BY MS. LOWRY:" who asks; "COUNCIL MEMBER RUIZ:" is Ruiz, a council member; a
# header's label in capitals followed by a sentence is a turn ("MAYOR GREEN: I SUPPORT ...");
# "APPEARANCES:" lists counsel; "TRANSPORTATION DIRECTOR OKAFOR:" is Okafor. 31: a user
# study's "Participant:" answers its "Interviewer:"; the European Parliament's "Manfred Weber,
# on behalf of the PPE Group. – " is a label though he speaks once. 32: labels in brackets
# ("[Maya Chen]:"), an office after a dash ("Sarah Lin — CEO:"), a company's officers and a
# treasurer are titles; "(Editor, Valley Ledger)" is no seat and party. 33: an interview's
# initials name whom its header names ("JR:" is Jane Roe of "Interviewed by Jane Roe"); Otter's
# "Unknown Speaker" is nobody known. 34: "ENDS", "[END]", "-ENDS-" close a transcript. 35: a
# full name alone with a meeting tool's time below it opens a turn though it does so once. 36:
# a header's line that opens with a date ("Taken on Tuesday, September 17, 2024, at the offices
# of ...") is not the principal speaking. 37: a long office with a comma names its holder in
# parentheses ("The Cabinet Secretary for NHS Recovery, Health and Social Care (Michael
# Matheson):"); "McKENZIE" is McKenzie; "Members in attendance:" lists people and is no title;
# a role's holder after a dash or in parentheses is the speaker ("Guest - Omar Said:", where the
# text writes "guest" in lower case), and
# their name stops at a comma ("Moderator (Ann Lee, CNN):" is Ann Lee); superintendent,
# dean, provost and clerk are titles ("CLERK:" is The Clerk); a header's place is one the text
# never writes in lower case ("Rebuilding Trust in Science" is in no place called Science); the
# labels a format's markup gives (a caption's voice tag) are labels though each opens one turn;
# a cue's span above a name ("0:0:5.150 --> 0:0:9.200" / "Ravi Shah", Microsoft Teams' text) is
# a time mark, and the name a label though it opens one turn.
PARSER_VERSION = 37


@dataclass(frozen=True)
class Transcript:
    source: str  # the path as given
    path: Path  # absolute, for reading
    text: str
    sha256: str
    title: str
    date: str | None
    location: str | None
    speaker: str | None  # the principal speaker
    turns: tuple[Turn, ...] = field(repr=False)
    extracted: bool = False  # `text` was extracted from another format (not the file itself)
    mark_kind: str | None = None  # "time" or "page": what `marks` hold
    marks: tuple[tuple[int, str | int], ...] = field(default=(), repr=False)  # (offset, mark)

    @property
    def doc_id(self) -> str:
        return self.path.stem

    def speakers(self) -> list[str]:
        return sorted({t.speaker for t in self.turns})

    def offices(self) -> dict[str, str]:
        """Speaker -> the office their labels give them (see `offices.label_offices`)."""
        return label_offices(self.turns)


@dataclass
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset just past its last non-newline character
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def parse_file(path: Path, source: str | None = None) -> Transcript:
    """Read any supported format; the transcript's text is what quotes are slices of."""
    read = formats.read(path)
    doc = parse(
        read.text,
        source or str(path),
        path=path.resolve(),
        sha256=read.sha256,
        speech_only=read.speech_only,
        given_labels=read.labels,
    )
    if read.mark_kind is None:
        return replace(doc, extracted=read.extracted)  # times from its labels, if any
    return replace(doc, extracted=read.extracted, mark_kind=read.mark_kind, marks=read.marks)


def parse(
    text: str,
    source: str,
    *,
    path: Path | None = None,
    sha256: str = "",
    speech_only: bool = False,
    given_labels: frozenset[str] = frozenset(),
) -> Transcript:
    """Speaker turns of `text`; `speech_only`: no header or trailer, every line is spoken;
    `given_labels`: labels an extracted format's markup gave."""
    lines = _split_lines(text)
    labels = find_labels([ln.text for ln in lines], given_labels)
    first = 0 if speech_only else min(labels) if labels else len(lines)
    header = [ln for ln in lines[:first] if not ln.blank and not is_banner(ln.text)]
    meta = read_header([ln.text for ln in header], Path(source).stem)
    body_end = len(lines) if speech_only else _body_end(lines, labels, first)
    # A deposition's "EXAMINATION BY MS. LOWRY:" (a label's line with no words after it) says
    # who its `Q.` is.
    for i in sorted(labels)[:3]:
        if lines[i].text[labels[i].end :].strip():
            continue
        if who := examiner(lines[i].text, meta.names):
            meta.aliases.setdefault("q", who)

    # A time alone on its line (Google Meet's "00:05:00") marks what follows; nobody says it.
    times = {i: t for i, ln in enumerate(lines[:body_end]) if (t := time_alone(ln.text))}
    # Headings between turns ("STATEMENT OF HON. JANE DOE, SECRETARY OF ENERGY") end a turn.
    headings = set()
    if not speech_only:
        headings = {i for i in range(first, body_end) if i not in labels and _is_heading(lines, i)}
    raw_turns = _raw_turns(
        lines, labels, first, body_end, header, speech_only, set(times), headings
    )
    line_marks: list[tuple[int, str]] = []
    if not labels and not raw_turns and not speech_only:
        raw_turns, line_marks = _unlabelled_lines(lines)
    names = meta.names + [
        " ".join(sp.name_words(lbl)) for _, _, lbl in raw_turns if len(sp.name_words(lbl)) > 1
    ]
    # A hearing's "STATEMENT OF JOAN CARTER, DIRECTOR" gives `Ms. Carter.` her full name.
    surnames = {w[0].lower() for _, _, lbl in raw_turns if len(w := sp.name_words(lbl)) == 1}
    names += heading_names([lines[i].text for i in sorted(headings)], surnames)
    names = [sp.title_case(n.split()) for n in names]
    turns = []
    # "the chair" -> who chairs now, "the prime minister" -> who that is: named once in
    # parentheses or after the office ("SPOKESPERSON DUJARRIC:"), then the bare office.
    holders: dict[str, str] = {}
    # Among labels written in mixed case, one word in capitals is an abbreviation ("AFP:",
    # "CCTV:"); where every label is in capitals, "KIM:" is a name.
    mixed_case = any(c.islower() for _, _, lbl in raw_turns for c in lbl)
    common = frozenset(re.findall(r"\b[a-z]+\b", text))
    for start, end, lbl in raw_turns:
        s = (
            sp.normalise(lbl, names, meta.aliases, mixed_case, common)
            if lbl
            else sp.Speaker("", "")
        )
        has_name = bool(lbl) and bool(sp.name_words(lbl))
        if has_name and "(" not in lbl and (office := office_of(sp.base_label(lbl), leading=True)):
            holders[office] = s.name
        elif lbl and (s.role == "moderator" or not has_name):
            office = office_of(sp.base_label(lbl))
            if "(" in lbl:
                holders[office] = s.name
            s = sp.Speaker(holders.get(office, s.name), s.role)
        turns.append(Turn(s.name, s.role, start, end, lbl))
    turns = assign_roles(turns, text)
    # A deposition's or an interview's answers ("A.") are whose the title says, though its
    # counsel's objections may be longer.
    answered = any(sp.base_label(m.label) in ANSWER_LABELS for m in labels.values())
    principal = (answered and meta.featured) or principal_speaker(turns, meta.names)
    # Prose above a meeting's or a hearing's first label describes it ("The Committee met,
    # pursuant to notice, ..."); nobody in particular says it.
    prose_by = None if any(t.role == "participant" for t in turns) else principal
    # A recording's times written with the labels ("Ann Lee (00:05):") locate its quotes.
    marks = [(lines[i].start, hms(m.time)) for i, m in labels.items() if m.time]
    marks += [(lines[i].start, hms(t)) for i, t in times.items()]
    marks = tuple(sorted(marks)) or tuple(line_marks)
    turns = [
        Turn(prose_by or "unknown", "official" if prose_by else "unknown", t.start, t.end)
        if t.speaker == ""
        else t
        for t in turns
    ]
    return Transcript(
        source=source,
        path=path or Path(source).resolve(),
        text=text,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.title,
        date=meta.date,
        location=meta.location if meta.location and _proper(meta.location, text) else None,
        speaker=principal,
        turns=tuple(turns),
        mark_kind="time" if marks else None,
        marks=marks,
    )


def _split_lines(text: str) -> list[_Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(content), content))
        pos += len(raw)
    return out


def _body_end(lines: list[_Line], labels: dict[int, LabelMatch], first: int) -> int:
    """Index of the first line after the transcript (news teasers, tags, end marks)."""
    start = first if labels else 0
    last_label = max(labels) if labels else start
    gaps_in_body, gap = [0], 0
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln.blank:
            gap += 1
            continue
        if i > last_label and (is_trailer(ln.text) or (gap >= 2 and gap > max(gaps_in_body))):
            return i
        if i <= last_label and gap:
            gaps_in_body.append(gap)
        gap = 0
    return len(lines)


def _raw_turns(
    lines: list[_Line],
    labels: dict[int, LabelMatch],
    first: int,
    body_end: int,
    header: list[_Line],
    speech_only: bool,
    time_lines: set[int],
    headings: set[int],
) -> list[tuple[int, int, str]]:
    """(start, end, label) of every turn; label "" for unlabelled prose; `time_lines` hold a
    time alone, and `headings` end a turn: neither is anybody's words."""
    turns: list[tuple[int, int, str]] = []
    # Unlabelled prose above the first label (or in a file with none) is the principal speaking;
    # "Witnesses: Professor Jane Smith, ..." above a hearing is a header's key and value.
    for ln in lines[: first if labels or speech_only else body_end]:
        if ln.blank or is_banner(ln.text) or (ln not in header and labels):
            continue
        if labels and match_label(ln.text):
            continue
        if labels and _dateline(ln.text):
            continue  # "Taken on Tuesday, September 17, 2024, at the offices of ...": when, where
        if _is_prose(ln.text, min_words=12 if labels else 3):
            s = ln.start + len(ln.text) - len(ln.text.lstrip())
            turns.append((s, ln.end - (len(ln.text) - len(ln.text.rstrip())), ""))
    current: tuple[int, int, str] | None = None
    for i in range(first, body_end):
        ln = lines[i]
        if i in labels:
            if current:
                turns.append(current)
            m = labels[i]
            rest = ln.text[m.end :]
            s = ln.start + m.end + len(rest) - len(rest.lstrip())
            content = rest.strip()
            current = (s, s + len(content), m.label) if content else (-1, -1, m.label)
            continue
        if ln.blank or (current is None and not speech_only) or i in time_lines:
            continue
        if _DIRECTION.fullmatch(ln.text.strip()) or _is_note(lines, i):
            # "(BEGIN VIDEO CLIP)", "[APPLAUSE]", "[Whereupon, at 11:42 a.m., the subcommittee
            # was adjourned.]": nobody says it; inside a turn it stays (the words after it are
            # the same speaker's), at a turn's end it is left out.
            continue
        if i in headings:
            # "STATEMENT OF HON. JANE DOE, SECRETARY OF STATE" between a hearing's turns, "ORAL
            # ARGUMENT OF ..." in a court's: a section's title, not the last speaker's words;
            # unlabelled text after it is nobody's in particular.
            if current:
                turns.append(current)
            current = (-1, -1, "")
            continue
        s = ln.start + len(ln.text) - len(ln.text.lstrip())
        e = ln.start + len(ln.text.rstrip())
        current = (current[0] if current[0] >= 0 else s, e, current[2]) if current else (s, e, "")
    if current:
        turns.append(current)
    return [t for t in turns if t[0] >= 0 and t[1] > t[0]]


def _proper(place: str, text: str) -> bool:
    """Whether a place the header gives reads as a proper name: the text never writes all its
    words in lower case ("Tokyo", but not "Science" of "Rebuilding Trust in Science", a
    podcast that speaks of "how science works")."""
    words = re.findall(r"[^\W\d_]+", place)
    lower = set(re.findall(r"\b[^\W\d_A-Z]+\b", text))
    return not words or not all(w.lower() in lower for w in words)


def _dateline(line: str) -> bool:
    """A header's line that opens with when it took place: a date among its first six words."""
    found = find_date(line)
    return bool(found) and len(line[: found[1]].split()) <= 6


def _is_heading(lines: list[_Line], i: int) -> bool:
    """A rule (`-----`), or a paragraph of up to three lines in capitals, of two words or more,
    that is not a sentence and not a stage direction ("[APPLAUSE]")."""
    text = lines[i].text.strip()
    if _RULE.fullmatch(text):
        return True
    if text.upper() != text:
        return False
    paragraph = _short_paragraph(lines, i)
    return (
        len(paragraph.split()) >= 2
        and paragraph.upper() == paragraph
        and any(c.isalpha() for c in paragraph)
        and paragraph[:1] not in "[("
        and paragraph[-1:] not in '.?!,;:"”’…-—)]'
    )


def _is_note(lines: list[_Line], i: int) -> bool:
    """Line `i` is part of a short paragraph in one pair of brackets: a transcriber's note
    ("[Whereupon, at 11:42 a.m., the subcommittee was adjourned.]", "(Laughter.)")."""
    paragraph = _short_paragraph(lines, i)
    if not paragraph or paragraph[-1:] != {"[": "]", "(": ")"}.get(paragraph[0]):
        return False
    depth = 0
    for n, c in enumerate(paragraph):
        depth += (c in "[(") - (c in "])")
        if depth == 0:
            return n == len(paragraph) - 1  # the first bracket closes at the end, not before
    return False


def _short_paragraph(lines: list[_Line], i: int) -> str:
    """The paragraph (between blank lines) that holds line `i`, if it has at most three lines;
    else "". Look no further than that: a file of one long paragraph stays linear."""
    first, last = i, i
    while first > max(i - 3, 0) and not lines[first - 1].blank:
        first -= 1
    while last + 1 < min(i + 4, len(lines)) and not lines[last + 1].blank:
        last += 1
    alone = (first == 0 or lines[first - 1].blank) and (
        last + 1 == len(lines) or lines[last + 1].blank
    )
    if not alone or last - first >= 3:
        return ""
    return " ".join(ln.text.strip() for ln in lines[first : last + 1])


# A line drawn across the page: "-----", "=====" (a footnote's or a section's border).
_RULE = re.compile(r"[-=_*]{3,}")
# A stage direction alone on its line, in capitals: "(BEGIN VIDEO CLIP)", "[LAUGHTER]".
_DIRECTION = re.compile(r"\([^()a-z]*[A-Z][^()a-z]*\)|\[[^\[\]a-z]*[A-Z][^\[\]a-z]*\]")


def _unlabelled_lines(lines: list[_Line]) -> tuple[list[tuple[int, int, str]], list]:
    """A file with neither labels nor sentences (a caption track copied as text: "0:03" above
    "so today we're going to"): every line is speech, and its times locate it. A first block
    of up to five lines above a blank one is the title."""
    blank = next((i for i, ln in enumerate(lines) if ln.blank), None)
    start = blank + 1 if blank is not None and blank <= 5 and blank < len(lines) - 1 else 0
    turns: list[tuple[int, int, str]] = []
    marks: list[tuple[int, str]] = []
    for ln in lines[start:]:
        if ln.blank or is_banner(ln.text):
            continue
        text_from = ln.start + len(ln.text) - len(ln.text.lstrip())
        timed = TIME_LINE.match(ln.text)
        if timed:
            marks.append((ln.start, hms(timed.group("time"))))
            text_from = ln.start + timed.end()
        end = ln.start + len(ln.text.rstrip())
        if end > text_from:
            turns.append((text_from, end, ""))
    return turns, marks


def _is_prose(line: str, min_words: int) -> bool:
    """A sentence, not a title, date or caption. Above a labelled transcript only long ones
    count; in a file without labels a short line is speech too ("Budget is fine.")."""
    text = line.strip()
    if text.lower().startswith(("date:", "description:", "photo", "image", "caption")):
        return False
    if _ABOUT_ITSELF.search(text):
        return False
    return len(text.split()) >= min_words and text[-1:] in '.?!"”’)'


# An editor's note on the transcript: "The following is a near-verbatim transcript of today's
# noon briefing by ...", "This is a rush transcript." Nobody says it.
_ABOUT_ITSELF = re.compile(
    r"^(?:the following|this) is an? (?:[\w\-]+ ){0,3}(?:transcript|record)\b", re.IGNORECASE
)
