"""Reading a transcript file: metadata, speaker turns with offsets, and where the transcript ends."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from retrieval.parse import formats
from retrieval.parse import speakers as sp
from retrieval.parse.askers import introduced_guest, self_named_turns
from retrieval.parse.boilerplate import is_banner
from retrieval.parse.casing import capitals
from retrieval.parse.examinations import (
    examinations,
    examined_turn,
    examiners_named,
    opens_examination,
)
from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.header import read_header
from retrieval.parse.inline import split_inline
from retrieval.parse.label_choice import find_labels
from retrieval.parse.label_patterns import LABEL_CODE
from retrieval.parse.label_speaker import Speaker, normalise
from retrieval.parse.label_words import (
    ANSWER_LABELS,
    ANSWERING_LETTERS,
    ASKING_PARTS,
)
from retrieval.parse.labels import speaker_key
from retrieval.parse.lines import (
    is_heading,
    mostly_timed,
    split_lines,
    topic_headings,
    unlabelled_lines,
)
from retrieval.parse.listed import heading_names
from retrieval.parse.offices import (
    introduced_offices,
    label_offices,
    office_of,
    self_introduced_offices,
    spoken_offices,
)
from retrieval.parse.raw_turns import find_body_end, find_raw_turns
from retrieval.parse.roles import Turn, assign_roles, principal_speaker
from retrieval.parse.times import hms, time_alone, time_opening
from retrieval.parse.version import PARSER_VERSION

__all__ = ["PARSER_VERSION", "Transcript", "TranscriptError", "Turn", "parse", "parse_file"]


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
    # Speaker -> the part the header's list of who takes part gives them ("Priya Raman (PI)").
    parts: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    @property
    def doc_id(self) -> str:
        return self.path.stem

    def speakers(self) -> list[str]:
        return sorted({t.speaker for t in self.turns})

    def offices(self) -> dict[str, str]:
        """Speaker -> the office their labels give them (see `offices.label_offices`), or else
        the part the header's list of who takes part gives them ("the PI" of "Attendees:
        Priya Raman (PI), Tomas Berg"), or where the moderator who gave them the floor says a
        reporter works ("Reporter, STAT"), or else the office another speaker gives them before
        their name ("Sheriff" of "I'm joined by Sheriff Linda Park")."""
        turns = list(self.turns)
        return (
            spoken_offices(turns, self.text)
            | dict(self.parts)
            | self_introduced_offices(turns, self.text)
            | introduced_offices(turns, self.text)
            | label_offices(turns)
            # The header's "Moderator: Prof. James Okoro" says the part he plays, which the
            # title his label gives him (`PROF. OKORO:`) does not.
            | {n: part for n, part in self.parts if part.lower() in ASKING_PARTS}
        )

    def capitals(self) -> dict[str, list]:
        """The words it writes with a capital inside a sentence (see `casing.capitals`)."""
        return capitals(self.text, self.turns)


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
    lines = split_lines(text)
    # The initials a speaker key lists label the turns ("TAG Good afternoon."); the key's own
    # lines are the header's.
    key = {} if speech_only else speaker_key([ln.text for ln in lines])
    given_labels |= {initials for initials, _ in key.values()}
    labels = find_labels([ln.text for ln in lines], given_labels)
    if not labels and not speech_only and (split := split_inline(lines)) is not lines:
        # No label opens a line, but labels run on within paragraphs: a turn each.
        lines = split
        key = speaker_key([ln.text for ln in lines])
        labels = find_labels([ln.text for ln in lines], given_labels)
    labels = {i: m for i, m in labels.items() if i not in key}
    first = 0 if speech_only else min(labels) if labels else len(lines)
    header = [
        ln
        for i, ln in enumerate(lines[:first])
        if not ln.blank and not is_banner(ln.text) and i not in key
    ]
    meta = read_header([ln.text for ln in header], Path(source).stem)
    for initials, who in key.values():
        meta.aliases.setdefault(initials.lower(), who)
        meta.names.append(who)
    body_end = len(lines) if speech_only else find_body_end(lines, labels, first)
    # A deposition's or a trial's examinations: "EXAMINATION BY MS. LOWRY:" (a label's line with
    # no words after it) says who its `Q.` is, "RYAN CHO, GOVERNMENT'S WITNESS, SWORN" who its
    # `A.` is, from there on.
    examined = examinations(lines, labels, meta.names)
    if askers := [e.who for e in examined if e.kind == "q" and e.who]:
        meta.aliases.setdefault("q", askers[0])

    # A time alone on its line (Google Meet's "00:05:00") marks what follows; nobody says it.
    times = {i: t for i, ln in enumerate(lines[:body_end]) if (t := time_alone(ln.text))}
    # Headings between turns ("STATEMENT OF HON. JANE DOE, SECRETARY OF ENERGY") end a turn.
    headings = set()
    if not speech_only:
        headings = {i for i in range(first, body_end) if i not in labels and is_heading(lines, i)}
        headings |= {i for i in topic_headings(lines, set(labels)) if first < i < body_end}
        # So do the lines that swear a witness in or begin an examination (nobody says them).
        headings |= {at for at in range(first, body_end) if opens_examination(lines, labels, at)}
    # A time opening a line of a turn ("(00:01:02) The chimpanzees were shy"), as podcasts'
    # transcripts write each stretch of a speaker's words: when, not what, they said.
    stamped = {
        i: opening
        for i in range(first, body_end)
        if labels and i not in labels and (opening := time_opening(lines[i].text))
    }
    raw_turns = find_raw_turns(
        lines,
        labels,
        first,
        body_end,
        header,
        speech_only,
        set(times),
        headings,
        stamped,
    )
    line_marks: list[tuple[int, str]] = []
    if not labels and not speech_only and (not raw_turns or mostly_timed(lines)):
        raw_turns, line_marks = unlabelled_lines(lines)
    # Whom the title features is known by name too: "Press availability with Minister Ana
    # Ruiz" gives `MINISTER RUIZ:` her full name.
    # "Interviewer (IV):" once, then "IV:": the code is that label (its speaker and role).
    coded = {
        sp.outer_paren(lbl): lbl
        for _, _, lbl in raw_turns
        if LABEL_CODE.fullmatch(sp.outer_paren(lbl))
    }
    raw_turns = [(s, e, coded.get(lbl.strip(), lbl)) for s, e, lbl in raw_turns]
    # Radio's `GUEST:`, named only as the host introduces them in the first turns.
    guested = any(sp.base_label(lbl) == "guest" for _, _, lbl in raw_turns)
    if guested and "guest" not in meta.aliases:
        opening = text[raw_turns[0][0] : raw_turns[:3][-1][1]]
        if guest := introduced_guest(opening):
            meta.aliases["guest"] = guest
            meta.names.append(guest)
    names = [*filter(None, [meta.featured]), *meta.names] + [
        " ".join(sp.name_words(lbl)) for _, _, lbl in raw_turns if len(sp.name_words(lbl)) > 1
    ]
    # A hearing's "STATEMENT OF JOAN CARTER, DIRECTOR" gives `Ms. Carter.` her full name, and
    # a title `Vestager:` hers: "Lunch with the FT: Margrethe Vestager".
    surnames = {w[0].lower() for _, _, lbl in raw_turns if len(w := sp.name_words(lbl)) == 1}
    names += heading_names([meta.title, *(lines[i].text for i in sorted(headings))], surnames)
    names = [sp.title_case(n.split()) for n in names]
    turns = []
    # "the chair" -> who chairs now, "the prime minister" -> who that is: named once in
    # parentheses or after the office ("SPOKESPERSON DUJARRIC:"), then the bare office.
    holders: dict[str, str] = {}
    # Among labels written in mixed case, one word in capitals is an abbreviation ("AFP:",
    # "CCTV:"); where every label is in capitals, "KIM:" is a name.
    mixed_case = any(c.islower() for _, _, lbl in raw_turns for c in lbl)
    common = _lower_case_words(text, [lbl for _, _, lbl in raw_turns])
    lettered = sp.by_letter(lbl for _, _, lbl in raw_turns)
    for start, end, lbl in raw_turns:
        s = (
            normalise(lbl, names, meta.aliases, mixed_case, common, lettered)
            if lbl
            else Speaker("", "")
        )
        if s.role == "official" and meta.parts.get(s.name, "").lower() in ASKING_PARTS:
            # The header says who asks: "Moderated by Dana Whitfield" or "Moderator: Dana
            # Whitfield" above `WHITFIELD:`. (Not a chair it lists, "JD = Jane Doyle (chair)",
            # who may decide as much as ask.)
            s = Speaker(s.name, "moderator")
        # "The PRESIDING OFFICER" is no one's name, though "presiding" is no title's word.
        has_name = bool(lbl) and bool(sp.name_words(lbl)) and not s.name.startswith("The ")
        if has_name and "(" not in lbl and (office := office_of(sp.base_label(lbl), leading=True)):
            holders[office] = s.name
        elif lbl and (s.role == "moderator" or not has_name):
            office = office_of(sp.base_label(lbl))
            if "(" in lbl:
                holders[office] = s.name
            s = Speaker(holders.get(office, s.name), s.role)
        turns.append(Turn(s.name, s.role, start, end, lbl))
    turns = self_named_turns(turns, text)
    examined, examiners = examiners_named(examined, turns, text)
    for who, office in examiners.items():
        meta.parts.setdefault(who, office)  # "Lead Counsel to the Inquiry"
    turns = assign_roles([examined_turn(t, examined) for t in turns], text, meta.featured)
    # A deposition's or an interview's answers ("A.") are whose the title says, though its
    # counsel's objections may be longer.
    answered = not lettered and any(
        sp.base_label(m.label) in ANSWER_LABELS for m in labels.values()
    )
    # Where no label says who speaks most, whom the title features does ("Dr. Amara Okafor on
    # antibiotic resistance"), before the header's other names (its interviewer's byline).
    featured_first = [meta.featured, *meta.names] if meta.featured else meta.names
    principal = (answered and meta.featured) or principal_speaker(turns, featured_first)
    # Prose above a meeting's or a hearing's first label describes it ("The Committee met,
    # pursuant to notice, ..."); nobody in particular says it.
    prose_by = None if answered or any(t.role == "participant" for t in turns) else principal
    # A recording's times written with the labels ("Ann Lee (00:05):") locate its quotes.
    marks = [(lines[i].start, hms(m.time)) for i, m in labels.items() if m.time]
    marks += [(lines[i].start, hms(t)) for i, t in times.items()]
    marks += [(lines[i].start, hms(t)) for i, (_, t) in stamped.items()]
    marks = tuple(sorted(marks)) or tuple(line_marks)

    def unnamed(t: Turn) -> Turn:
        # An answer's label ("A.") gives the principal's words, or where nobody is known its
        # own ("Interviewee"; a letter's as `ANSWERING_LETTERS` says); prose outside any
        # label, `prose_by`'s.
        who = prose_by
        if t.label:
            base = sp.base_label(t.label)
            who = principal or (base.title() if len(base) > 1 else ANSWERING_LETTERS.get(base))
        return Turn(who or "unknown", "official" if who else "unknown", t.start, t.end)

    turns = [unnamed(t) if t.speaker == "" else t for t in turns]
    speaking = {t.speaker for t in turns}
    return Transcript(
        source=source,
        path=path or Path(source).resolve(),
        text=text,
        sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=meta.title,
        date=meta.date,
        location=meta.location if meta.location and _proper(meta.location, common) else None,
        speaker=principal,
        turns=tuple(turns),
        mark_kind="time" if marks else None,
        marks=marks,
        parts=tuple((n, r) for n, r in meta.parts.items() if n in speaking),
    )


def _lower_case_words(text: str, labels: list[str]) -> frozenset[str]:
    """The words `text` writes in lower case: common words, not names ("science", "guest");
    and the labels of several words it writes so ("public comment", not "will young")."""
    words = set(re.findall(r"\b[^\W\d_A-Z]+\b", text))
    for base in {sp.base_label(lbl) for lbl in labels}:
        if " " in base and words.issuperset(base.split()):
            phrase = r"\s+".join(map(re.escape, base.split()))
            if re.search(rf"\b{phrase}\b", text):
                words.add(base)
    return frozenset(words)


def _proper(place: str, common: frozenset[str]) -> bool:
    """Whether a place the header gives reads as a proper name: the text never writes all its
    words in lower case (`common`): "Tokyo", but not "Science" of "Rebuilding Trust in
    Science", a podcast that speaks of "how science works"."""
    words = re.findall(r"[^\W\d_]+", place)
    return not words or not all(w.lower() in common for w in words)
