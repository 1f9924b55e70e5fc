"""Which of the lines that look like labels open speaker turns in a document: the styles it
uses (a style that prose could look like counts only where the document uses it), the labels
that repeat, and not its title."""

from __future__ import annotations

import re
from collections import Counter

from retrieval.parse import speakers as sp
from retrieval.parse.label_patterns import LABEL_CODE, NUMBERED, TIME_RANGE
from retrieval.parse.label_words import NUMBERED_PEOPLE, REPORTER_LABELS
from retrieval.parse.labels import (
    LabelMatch,
    header_alias,
    is_title_label,
    match_label,
    office_holder,
)
from retrieval.parse.times import time_alone, time_opening


def find_labels(lines: list[str], given: frozenset[str] = frozenset()) -> dict[int, LabelMatch]:
    """Line index -> label, for the lines that open a speaker turn; those of the `given` labels
    (a format's markup gave them) whatever their style or however often they occur."""
    found = {i: m for i, ln in enumerate(lines) if (m := match_label(ln))}
    certain = {
        i: m
        for i, m in found.items()
        if m.label in given and (m.style == "initials" or not sp.is_metadata_key(m.label))
    }  # a key's "TAG" (Tedros Adhanom Ghebreyesus) is no "Tag:"
    letters = [c for ln in lines for c in ln if c.isalpha()]
    if sum(c.isupper() for c in letters) > len(letters) / 2:
        # Written in capitals, "UNITED STATES. WE ..." may open two lines without a speaker.
        found = {i: m for i, m in found.items() if m.style != "caps_dot"}
    # A list's items are notes, not turns, where the turns are not listed: "- Luis: finish the
    # migration" under "## Action items", below "**Luis Ortega:** Not next sprint."
    listed = {i for i in found if _LIST_ITEM.match(lines[i])}
    if len(listed) * 2 < len(found):
        found = {i: m for i, m in found.items() if i not in listed}
    mixed = Counter(who for m in found.values() if not m.upper for who in _people(m.label))
    found = _in_used_styles(found, lines)
    repeated = [i for i, m in found.items() if m.upper or _again(mixed, m.label)]
    # A diarised recording's speaker who speaks once: "spk_2:" among "spk_0:" and "spk_1:"
    # that repeat, "mn015:" among "me013:" (the same shape), not "Item 2:" among "Caller 1:".
    numbered = {i for i, m in found.items() if not m.upper and NUMBERED.match(lines[i])}
    shapes = {_shape(found[i].label) for i in numbered if _again(mixed, found[i].label)}
    # "Anna Berg (AB):" once, then "AB:": the code in parentheses is her later label.
    codes = {m.label.strip() for m in found.values() if LABEL_CODE.fullmatch(m.label.strip())}
    opening = next((i for i, ln in enumerate(lines) if ln.strip()), -1)  # the file's title?
    # A key that asks again and again is an interviewer: the magazine's "TIME: Why now?"
    asking = Counter(
        sp.base_label(m.label) for i, m in found.items() if lines[i].rstrip().endswith("?")
    )
    # "I:" once, among labels that repeat, numbers a list (a committee's panels of witnesses,
    # "I: Eddie Crouch, Chair, British Dental Association; ...", then "II: ..."): an interviewer
    # who asks once would have been given no label of their own.
    bases = Counter(sp.base_label(m.label) for m in found.values())
    numeral = bases["i"] == 1 and any(n >= 2 for b, n in bases.items() if b != "i")
    keep = {}
    for i, m in found.items():
        rest = lines[i][m.end :].strip()
        metadata = sp.is_metadata_key(m.label) and asking[sp.base_label(m.label)] < 2
        if metadata or (not m.upper and sp.reads_as_prose(m.label)):
            continue
        if numeral and sp.base_label(m.label) == "i":
            continue
        if i == opening and _title_words(rest):
            continue  # "Transcript for Dr. Lena Ortiz: Coral Reefs and Ocean Heat | Podcast #212"
        if (
            m.upper
            or sp.is_known_role_label(m.label)
            or sp.starts_with_title(m.label)
            or sp.ends_with_titled_name(m.label)
            or office_holder(m.label)
        ):
            ok = True
        else:
            # "Trilateral Meeting on North Korea: Remarks ..." is a title, not a speaker; but
            # "Grad F:" who speaks once in a meeting is one, as is a name with what the speaker
            # is and a dash ("Manfred Weber, on behalf of the PPE Group. – ").
            ok = (
                _again(mixed, m.label)
                or _first_name_again(mixed, m.label)
                or sp.outer_paren(m.label) in codes
                or (i in numbered and (_shape(m.label) in shapes or _numbered_person(m.label)))
                or (
                    ((bool(repeated) and i > repeated[0]) or _says_what(m)) and _short_name(m.label)
                )
                or (bool(repeated) and _opens_speaking(m.label, rest))
            )
        if ok and header_alias(m, rest) and not keep:
            continue  # "President: Joe Biden" above the transcript names the speaker
        if ok:
            keep[i] = m
    return dict(sorted((keep | certain).items()))


_LIST_ITEM = re.compile(r"\s*[-*+•]\s+\S")


def _in_used_styles(found: dict[int, LabelMatch], lines: list[str]) -> dict[int, LabelMatch]:
    """The labels whose style the document uses (see `LabelMatch.style`)."""
    styles = Counter((m.style, sp.base_label(m.label)) for m in found.values() if m.style)
    used = {style for (style, _), n in styles.items() if n >= 2}

    def timed(i: int) -> bool:
        """A meeting tool's time below the name ("Lena Wu" / "00:00:27"), or opening the line
        below (a podcast's "(00:00:20) Thank you"), or its cue's span above it
        ("0:0:5.150 --> 0:0:9.200" / "Ravi Shah"): who speaks once."""
        below = i + 1 < len(lines) and bool(time_alone(lines[i + 1]) or time_opening(lines[i + 1]))
        return below or (i > 0 and bool(TIME_RANGE.match(lines[i - 1])))

    asks = any(sp.base_label(m.label) in REPORTER_LABELS for m in found.values())
    lettered = sp.by_letter(m.label for m in found.values())

    # A name alone on its line (or a heading's) that opens it once counts below the first
    # that repeats at the same heading level (a title above the transcript does not, nor a
    # "## Action Items" below "### Jane Doe").
    def level(i: int) -> tuple[str, int]:
        return found[i].style, len(lines[i]) - len(lines[i].lstrip("#"))

    alone = ("alone", "name_alone", "paren_alone")
    # A list of who takes part names them too: "Dana Whitfield - Vice President, Investor
    # Relations" above an earnings call's "Dana Whitfield" alone on the line over her words.
    people = Counter(
        who for m in found.values() if m.style in (*alone, "dash") for who in _people(m.label)
    )
    # Names alone on their lines, one of them at least twice: a web page's layout of turns,
    # where who speaks once ("Dr Caroline Johnson (Sleaford and North Hykeham) (Con)", "Mr
    # Speaker") is named so too.
    layout = any(n >= 2 for n in people.values())
    first_repeated: dict[tuple[str, int], int] = {}
    bold_repeated: list[int] = []  # names in bold alone on their lines, that open two or more
    for i, m in found.items():  # in the lines' order
        again = styles[(m.style, sp.base_label(m.label))] >= 2 or _again(people, m.label)
        if m.style in ("alone", "heading") and again:
            first_repeated.setdefault(level(i), i)
        if m.style == "name_alone" and again and _bold(lines[i]):
            bold_repeated.append(i)

    def kept(i: int, m: LabelMatch) -> bool:
        if m.style == "answer":
            return asks or lettered
        if m.style == "initials":
            return False  # a speaker key's (`speaker_key`), which `find_labels` is given
        repeats = styles[(m.style, sp.base_label(m.label))] >= 2 or (
            m.style in alone and _again(people, m.label)
        )
        if m.style in ("alone", "heading"):
            return repeats or i > first_repeated.get(level(i), len(lines))
        if m.style == "paren_alone":
            return repeats or layout
        if m.style == "name_alone":  # not a heading in Title Case ("Next Steps") once
            titled = layout and is_title_label(m.label)
            # In bold between two that repeat, as a notes app writes turns: "**Kira Novak**"
            # above the only words she says (not "**Action Items**" after the last turn).
            among = (
                _bold(lines[i]) and bool(bold_repeated) and bold_repeated[0] < i < bold_repeated[-1]
            )
            return repeats or titled or ("name_alone" in used and timed(i)) or among
        return not m.style or m.style in used

    return {i: m for i, m in found.items() if kept(i, m)}


def _bold(line: str) -> bool:
    return line.lstrip().startswith(("**", "__"))


def _people(label: str) -> set[str]:
    """Whom a label names, however written: Hansard gives "Baroness Wheeler" above her
    question, then "Baroness Wheeler (Lab)"; a minister's office with "(Lord Markham)" once,
    then "Lord Markham (Con)", and "The Prime Minister (Rishi Sunak)" then "The Prime
    Minister"."""
    return {sp.base_label(label)} | ({sp.base_label(h)} if (h := office_holder(label)) else set())


def _again(counts: Counter[str], label: str) -> bool:
    """Whether someone the label names is named by another label too (`_people`)."""
    return any(counts[who] >= 2 for who in _people(label))


def _shape(label: str) -> str:
    """A numbered label's letters and digits as such: "spk_2" -> "aaa_#"."""
    return re.sub(r"[a-z]", "a", re.sub(r"\d", "#", sp.base_label(label)))


def _numbered_person(label: str) -> bool:
    """A person a number tells apart: "Guest 2", "Caller #3", "Audience Member 2"."""
    words = re.sub(r"(?:#|No\.?\s?)?\d+$", "", sp.strip_parens(label)).lower().split()
    return bool(words) and words[-1] in NUMBERED_PEOPLE


def _first_name_again(counts: Counter[str], label: str) -> bool:
    """A full name whose first name alone labels turns too: "Maya Chen:" opening the meeting,
    "Maya:" after it."""
    words = sp.strip_parens(label).split()
    return len(words) > 1 and _short_name(label) and counts[sp.base_label(words[0])] >= 1


def _opens_speaking(label: str, rest: str) -> bool:
    """A person's name before sentences, in a document whose labels repeat: who speaks once
    before them ("Jane Doe: Welcome to the call. I will hand over to Bob."), perhaps with
    what they are ("Karine Jean-Pierre, White House Press Secretary: Good afternoon.")."""
    return (
        sp.looks_like_name(sp.strip_parens(label)) and len(rest.split()) >= 4 and rest[-1:] in ".?!"
    )


def _title_words(text: str) -> bool:
    """Three words or more, most capitalised, or two or more in capitals, that end no
    sentence: a title's ("Coral Reefs and Ocean Heat | Deep Water Podcast #212", "NCAA
    TOURNAMENT: ELITE EIGHT"), not speech."""
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    shouted = len(words) >= 2 and all(w.isupper() for w in words)
    many = len(words) >= 3 and capitalised >= 0.6 * len(words)
    return (many or shouted) and text.rstrip()[-1:] not in '.?!"”'


def _says_what(m: LabelMatch) -> bool:
    """A name, what the speaker is and a dash, in a document that labels turns so: the European
    Parliament's "Manfred Weber, on behalf of the PPE Group. – ", who speaks once."""
    return m.style == "dash" and m.label.endswith(")")


def _short_name(label: str) -> bool:
    """Up to three capitalised words, with a name's short particles ("Ursula von der Leyen")."""
    words = sp.strip_parens(label).split()
    capitals = [w for w in words if w[:1].isupper()]
    particles = [w for w in words[1:-1] if w.islower() and len(w) <= 3]
    return 0 < len(capitals) <= 3 and len(capitals) + len(particles) == len(words)
