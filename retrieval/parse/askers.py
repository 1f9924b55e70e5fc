"""Who asks and who answers, as lines around a transcript's turns say: an examiner ("EXAMINATION
BY MS. LOWRY:"), an interviewer ("Interview by Lena Park"), a sworn witness, a host's guest."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from retrieval.parse import speakers as sp
from retrieval.parse.label_speaker import names_nobody
from retrieval.parse.label_words import JOINING_WORDS, TITLE_WORDS
from retrieval.parse.roles import FLOOR_WORDS, Turn

# One to five capitalised words, a name and perhaps its titles: "Senator John Reed", "MS. LOWRY".
NAME = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}"

# Who asks the questions: a deposition's or a trial's "EXAMINATION BY MS. LOWRY:" (its `Q.`),
# an interview's "Interview by Lena Park", "conducted by David Ross"; and a trial's "BY MS.
# LOWRY:" alone on its line (not a byline: "BY JANE DOE").
_ASKED_BY = re.compile(
    r"\b(?i:examination|interview|interviewed|conversation|questions|conducted)\s+(?i:by)\s+"
    rf"(?P<who>{NAME})"
    # A byline closing the interview's title: "An interview with Priya Raman, ..., by Tom Ellis",
    # "Interview with Dorothy Kowalski by Marcus Bell".
    r"|^\W*(?:(?i:an?)\s+)?(?i:interview|conversation)\s+(?i:with)\b.*?(?:,\s+|\s+)by\s+"
    rf"(?P<by>{NAME})\W*$"
)
_BY_COUNSEL = re.compile(rf"^\s*BY\s+(?P<who>{NAME}):\s*$")
# Who answers them: "LINDA PEREZ, GOVERNMENT'S WITNESS, SWORN", "MARGARET OYELARAN, having been
# first duly sworn, testified as follows:", an inquiry's "PROFESSOR DAME ANGELA REID (sworn)".
_CAPITALS = r"[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){1,5}"
_SWORN = re.compile(
    rf"^\s*(?P<who>{_CAPITALS}),\s+[^\n]{{0,80}}?\b(?i:witness|sworn|affirmed)\b"
    rf"|^\s*(?P<called>{_CAPITALS})\s+\((?i:sworn|affirmed|recalled)\)\s*$"
)
# An inquiry's "Questions from LEAD COUNSEL TO THE INQUIRY", "Questions by MS CAREY KC" alone
# on its line: an examination begins, whoever the line names.
_QUESTIONS_FROM = re.compile(
    r"^\s*(?:(?i:further)\s+)?(?i:questions|(?:cross-|re-)?examination)\s+(?i:from|by)\s+"
    r"(?P<who>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|to|the|of|for|and)){0,7}):?\s*$"
)


def asked_by(line: str, names: Iterable[str] = ()) -> str | None:
    """Who asks the questions, if the line says ("EXAMINATION BY MR. REYES:", "Interview by
    Lena Park"): the full name among `names` ("Daniel Reyes", as a header's appearances list
    him), else the name as written ("Reyes")."""
    if not (m := _ASKED_BY.search(line) or _BY_COUNSEL.match(line)):
        return None
    who = sp.title_case(sp.name_words(m.group("who") or m.group("by")))
    full = [n for n in names if " " not in who and n.split()[-1] == who]
    return full[0] if full else who


# How a host introduces a guest: "My guest tonight is the economist Sam Patel", "Joining me
# now is Dr. Jane Smith", "We're joined by ...".
_INTRODUCED = re.compile(
    r"\b(?:(?:[Mm]y|[Oo]ur)\s+guest|[Jj]oining\s+(?:me|us))(?:\s+(?:today|tonight|now|this\s+\w+))?"
    r"\s+is|\b(?:I'm|I\s+am|[Ww]e're|[Ww]e\s+are)\s+joined\s+(?:now\s+|today\s+)?by"
)
_GUEST = re.compile(
    r"\s+(?:(?:the|an?)\s+(?:[a-z][\w\-]*\s+){1,3})?"
    r"(?P<who>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’\-]*){1,3})"
)


def introduced_guest(text: str) -> str | None:
    """The one person a host's words introduce as their guest, if they do: "My guest tonight
    is the economist Sam Patel, who ..." -> Sam Patel (whom a `GUEST:` label stands for)."""
    found = set()
    for m in _INTRODUCED.finditer(text):
        g = _GUEST.match(text, m.end())
        if not g or re.match(r"\s+and\s+[A-Z]", text[g.end() :]):
            continue  # two guests: which one `GUEST:` is, the words do not say
        if sp.looks_like_name(who := " ".join(sp.name_words(g.group("who")))):
            found.add(sp.title_case(who.split()))
    return found.pop() if len(found) == 1 else None


def sworn(line: str) -> str | None:
    """The witness a line swears in ("RYAN CHO, GOVERNMENT'S WITNESS, SWORN"), if it does."""
    m = _SWORN.match(line)
    return sp.title_case(sp.name_words(m.group("who") or m.group("called"))) if m else None


def questions_from(line: str) -> tuple[str, str] | None:
    """Who puts an inquiry's questions from here on, if the line says an examination begins:
    (the name it gives, "") for "Questions by MS CAREY KC" -> ("Carey", ""), or ("", the office
    it gives, as offices are written) for "Questions from LEAD COUNSEL TO THE INQUIRY" -> ("",
    "Lead Counsel to the Inquiry"), whose holder speaks next; ("", "") for "THE FLOOR"."""
    if not (m := _QUESTIONS_FROM.match(line)):
        return None
    written = m.group("who")
    if written.lower().startswith("the "):
        return "", ""  # "Questions from THE FLOOR", "from the Chair": nobody's name or office
    who = sp.title_case(sp.name_words(written))
    if sp.looks_like_name(who) or len(who.split()) == 1:
        return who, ""
    words = written.rstrip(":.").split()
    office = [
        w.lower() if i and w.lower() in JOINING_WORDS else sp.title_case([w])
        for i, w in enumerate(words)
    ]
    return "", " ".join(office)


# Someone whose label names nobody saying who they are as their words open: "Hi, I'm Leah, a
# PhD student here.", "My name is Ana Silva and ...", "Tom Reyes, from the state utility
# commission.", "Jennifer Jacobs with Bloomberg.", "Sam Hill, AP." A greeting or thanks may
# come first ("Thank you, Mr. President.").
_GREETING = (
    r"(?:(?i:hi|hello|hey|yes|yeah|thanks|thank\s+you|good\s+(?:morning|afternoon|evening))"
    r"\b[^!?\n]{0,40}?[,.!]\s+)?"
)
# Whom they address first, by a title: "Mr. President, ", "Chair Powell, ".
_ADDRESS = re.compile(r"\s*(?P<title>[A-Z][\w.'’]*)(?:\s+[A-Z][\w.'’]*){0,2},\s+")
_NAME_WORD = r"[A-Z][a-zà-ÿ'’\-]+"
# Where an asker works, in capitalised words: "CNBC", "Motorsport.com", "BBC Sport".
OUTLET_WORD = r"[A-Z][\w&'’\-]*(?:\.[a-z]{2,4})?"
_OUTLET = rf"{OUTLET_WORD}(?:\s+{OUTLET_WORD}){{0,4}}"
_SAYS_NAME = re.compile(
    rf"\s*{_GREETING}(?:"
    rf"(?i:I'm|I’m|I\s+am|my\s+name\s+is|my\s+name's)\s+"
    rf"(?P<given>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?=[,.!]|\s+(?:from|with|at|of|and|here)\b)"
    # A name alone, then where they are from: "Tom Reyes, from ...", "Sam Hill, AP."
    rf"|(?P<full>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    rf"(?=,\s*(?:from|with|at)\s|\s+(?:from|with|at|of)\s+(?:the\s+)?[A-Z]|,\s*{_OUTLET}\.)"
    r")"
)


def self_named(words: str) -> str | None:
    """The name someone gives as their words open, if they do: "Hi, I'm Leah, ..." -> Leah;
    "Tom Reyes, from the state utility commission." -> Tom Reyes. A name alone counts only in
    full and followed by where they are from, and never a title ("Mr. President, ...")."""
    address = _ADDRESS.match(words)
    if address and address.group("title").rstrip(".").lower() in TITLE_WORDS:
        words = words[address.end() :]  # "Mr. President, Ross Palombo from ABC News Miami."
    if not (m := _SAYS_NAME.match(words)):
        return None
    if m.group("given"):
        name = m.group("given")
        titled = len(sp.name_words(name)) < len(name.split())
        return None if titled else name
    name = m.group("full")
    return name if sp.looks_like_name(name) else None


def self_named_turns(turns: list[Turn], text: str) -> list[Turn]:
    """Turns whose labels name nobody, given the name their speaker gives as they open: that
    turn's for an asker's part ("Audience Member: Hi, I'm Leah, ..."; the next `Q:` may be
    anyone), every turn of a recogniser's speaker who names one person ("Speaker 2: Hi, I'm
    Tom Reyes from ..."). Whom nobody knew is then a participant."""
    said = {
        i: self_named(text[t.start : t.end]) for i, t in enumerate(turns) if names_nobody(t.label)
    }
    numbered: dict[str, set[str]] = {}
    for i, name in said.items():
        if name and sp.is_numbered(turns[i].label):
            numbered.setdefault(turns[i].label, set()).add(name)
    named: dict[int, str] = {}
    for i, name in said.items():
        if sp.is_numbered(turns[i].label):
            names = numbered.get(turns[i].label, set())
            name = next(iter(names)) if len(names) == 1 else None
        elif name and "?" not in text[turns[i].start : turns[i].end]:
            # Who only said who they are asks in their label's next turn, after no more than
            # a word of the floor's ("Q: Yamiche Alcindor from PBS NewsHour." "THE PRESIDENT:
            # Yes." "Q: My first question is ...").
            j = i + 1
            while j < len(turns) and turns[j].label != turns[i].label and _brief(turns[j], text):
                j += 1
            if j > i + 1 and j < len(turns) and turns[j].label == turns[i].label:
                named[j] = name
        if name:
            named[i] = name
    return [
        replace(t, speaker=named[i], role="participant" if t.role == "unknown" else t.role)
        if i in named
        else t
        for i, t in enumerate(turns)
    ]


def _brief(turn: Turn, text: str) -> bool:
    """A word of the floor's: "Yes.", "Go ahead, please."."""
    return len(text[turn.start : turn.end].split()) <= FLOOR_WORDS
