"""Speaker labels: recognising them at the start of a line and normalising them to a person and role."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from retrieval.parse.label_words import (
    ANSWER_LABELS,
    FORMS_OF_ADDRESS,
    JOINERS,
    METADATA_KEYS,
    MODERATOR_LABELS,
    POSTNOMINALS,
    REPORTER_LABELS,
    TITLE_WORDS,
)

_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals, accented ones too ("Gérard", "ÉMILE")
_WORD = rf"[{_UPPER}][\w'’.\-]*"
_UPPER_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]*"
# A constituency or office after the name, one level of nesting deep:
# "The Chair (Hon. Anthony Rota (Nipissing—Timiskaming, Lib.))".
# Hansard gives two: "Sir Keir Starmer (Holborn and St Pancras) (Lab)".
_PAREN = r"(?:\s*\((?:[^()\n]|\([^()\n]*\)){1,100}\)){0,2}"
# `**Name:**`, `**Name**:`, `> Name:`, `- Name:` are Markdown dressing around a plain label.
_MD_PREFIX = r"(?P<md>(?:[>#\-*]\s*)*(?:\*\*|__)?)"
_MD_CLOSE = r"(?:\*\*|__)?"

# What follows a label's separator: a space, the line's end, or the dash or dots of words cut
# off ("Q:—you said", "Q:...and Spain").
_AFTER = r"(?=[ \t—–…]|\.\.|$)"

UPPER_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,5}}{_PAREN})"
    # Radio's "STEVE INSKEEP, HOST:" and "SCOTT HORSLEY, BYLINE:": a full name, then what
    # they are, read as if in parentheses.
    # Also with an aside: "VOLODYMYR ZELENSKYY, UKRAINIAN PRESIDENT (through translator):".
    rf"(?:,[ \t]*(?P<role>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,5}}){_PAREN}(?=:))?"
    rf"{_MD_CLOSE}(?P<sep>:|\.){_MD_CLOSE}{_AFTER}"
)
# A name in capitals alone on its line, the words below it: "JOHN SMITH".
CAPS_ALONE = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}){_MD_CLOSE}[ \t]*$"
)
MIXED_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+[^\W\d_][\w'’.\-]*){{0,4}}{_PAREN}"
    # A long office when the holder follows in parentheses: "The Cabinet Secretary for Health
    # and Social Care (Michael Matheson):".
    rf"|{_WORD}(?:[ \t]+[^\W\d_][\w'’.\-]*){{5,11}}[ \t]*\((?:[^()\n]|\([^()\n]*\)){{1,100}}\))"
    # A reporter named with their outlet, as Downing Street's transcripts do: "Laura
    # Kuenssberg, BBC:", "Beth Rigby, Sky News:"; read as if in parentheses.
    rf"(?:,[ \t]*(?P<role>{_WORD}(?:[ \t]+{_WORD}){{0,3}}))?"
    rf"{_MD_CLOSE}:{_MD_CLOSE}{_AFTER}"
)
# The Presidency Project's style: "The President. Well, ..." (a title first; see `match_label`).
# One pattern for each length, tried shortest first: "Mr. SMITH. Mr. Speaker, I rise".
MIXED_DOT_LABELS = [
    re.compile(
        rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{{n}}}){_MD_CLOSE}\.{_MD_CLOSE}"
        rf"(?=[ \t]+[\"“'‘(]?[{_UPPER}])"
    )
    for n in range(4)
]
# Recordings give a time after the name: "Lex Fridman (00:01:02) Welcome", "Speaker 1 (00:05):",
# Rev's published transcripts' "Joe Biden: (00:05)" with the words below,
# or alone on the line above the words (Otter's "John Smith  0:03", Zoom's "[John Smith]
# 10:01:02", "John Smith - 0:03").
_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
TIMED_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<bracket>\[)?(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|\d{{1,3}})){{0,3}})"
    rf"(?(bracket)\]){_MD_CLOSE}"
    rf"(?:[ \t]*:?[ \t]*[\[(](?P<time>{_STAMP})[\])][ \t]*:?(?=[ \t]|$)"
    rf"|[ \t]+(?:[-–—|][ \t]+)?(?P<alone>{_STAMP})[ \t]*$)"
)
# One to four capitalised words, or a diarised "Speaker 2": a name alone after a time.
_NAME_ALONE = re.compile(rf"{_WORD}(?:[ \t]+(?:{_WORD}|\d{{1,3}})){{0,3}}")
# Two or three words in capitals, none a title: a name ("RACHEL SIEGEL").
_CAPS_NAME = re.compile(rf"[{_UPPER}][{_UPPER}'’\-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’\-]+){{1,2}}")
# An earnings call's "Tim Cook -- Chief Executive Officer" (or "Erik Woodring -- Morgan Stanley
# -- Analyst") alone on its line, the words below; and a role alone: "Operator".
NAME_ROLE_ALONE = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,3}}){_MD_CLOSE}[ \t]+--[ \t]+"
    rf"(?P<role>\S[^\n]{{0,80}}?)[ \t]*$"
)
# A full name alone on its line, the words below it ("Jane Smith"): a web page's or a meeting
# tool's transcript copied as text; taken where the same name opens two lines or more.
NAME_ALONE = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{1,3}}){_MD_CLOSE}[ \t]*$"
)
ROLE_ALONE = re.compile(rf"^{_MD_PREFIX}(?P<label>[A-Z][a-z]+){_MD_CLOSE}[ \t]*$")
# A name, a dash, the words: "Mayor Jane Rivera - Thank you all for coming."; the European
# Parliament's "Ursula von der Leyen, President of the Commission. – Madam President, ..."
# (a name's short particles, what the speaker is, a full stop).
_PARTICLE = rf"[a-z]{{1,3}}(?=[ \t]+(?:[a-z]{{1,3}}[ \t]+)?[{_UPPER}])"
DASH_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE})){{0,4}})"
    rf"(?:,[ \t]*(?P<role>[^\n–—]{{1,100}}?))?\.?{_MD_CLOSE}[ \t]+[-–—][ \t]+(?=\S)"
)
# A time alone on its line, or opening it: a caption track copied as text ("0:03", "[00:00:05]").
TIME_LINE = re.compile(rf"^[ \t]*[\[(]?(?P<time>{_STAMP})[\])]?(?:[ \t]+|$)")
# Before a label, a time ("[00:00:01] John Smith:") or a British committee's question number
# ("Q45 Chair:") is not part of it.
_BEFORE_LABEL = re.compile(rf"^[ \t]*(?:[\[(]?(?P<time>{_STAMP})[\])]?|Q\d{{1,4}})[ \t]+")
# White House style: "Q Mr. President, ..." with no punctuation after the Q.
BARE_Q = re.compile(rf"^{_MD_PREFIX}(?P<label>Q){_MD_CLOSE}(?P<sep>[ \t]+)(?=[A-Z\"“'‘(])")
# Diarised recordings ("Speaker 1:", "SPEAKER_00:") and anonymised interviews and user
# research ("Participant 3:", "Respondent 2:", "P1:").
NUMBERED = re.compile(
    rf"^{_MD_PREFIX}(?P<label>(?:(?i:speaker|participant|respondent|interviewee|guest)[ _]?"
    rf"|(?![QA]\d)[A-Z])\d{{1,3}}){_MD_CLOSE}:{_MD_CLOSE}{_AFTER}"
)


# The one-word titles of whoever chairs: "chair", "chairman", ...
_CHAIRS = {w for w in MODERATOR_LABELS if w.startswith("chair")}


@dataclass(frozen=True)
class LabelMatch:
    label: str  # the label as written, without Markdown or separator
    end: int  # offset (in the line) just past the separator
    upper: bool
    # A style that prose could look like, taken only if the document uses it: "dot" ("The
    # President."), "timed" ("Ann Lee (0:03)") and "dash" ("Ann Lee - Yes.") when some such
    # label opens two lines or more; "name_alone" ("Jane Smith" alone) when this very one does;
    # "caps_dot" ("RACHEL SIEGEL. Hi.") likewise, and not in a transcript written in capitals;
    # "alone" ("JOHN SMITH" on its own line) when this very label does; "answer" ("A.") when
    # the document has questions ("Q.") too.
    style: str = ""
    time: str = ""  # a recording's time written with the label ("0:03"), if any


def match_label(line: str) -> LabelMatch | None:
    """The speaker label opening `line`, if it has one (not yet judged plausible)."""
    indent = len(line) - len(line.lstrip(" \t"))
    if indent and line.strip():
        # A paragraph's indent, as in the US Congress's hearings ("    Senator Portman. Thank
        # you."); a name in capitals alone and indented is a centred heading, not a speaker.
        found = match_label(line[indent:])
        if not found or found.style == "alone":
            return None
        return replace(found, end=found.end + indent)
    before = _BEFORE_LABEL.match(line)
    if before:
        rest = line[before.end() :]
        found = _match_label(rest)
        if found and found.style == "alone":
            return None  # "10:02 A.M. EST" is when, not who
        name = rest.strip()
        if (
            (not found or found.style == "name_alone")
            and before.group("time")
            and _NAME_ALONE.fullmatch(name)
            and any(c.islower() for c in name)  # not "10:02 A.M. EST"
            and not any("." in w[:-1] for w in name.split())
        ):
            # A meeting's export: "0:00:05.2 Raj Patel" above the words; taken, as a name in
            # capitals alone is, where this very label opens two lines or more.
            found = LabelMatch(name, len(rest.rstrip()), False, style="alone")
            return replace(found, end=found.end + before.end(), time=before.group("time"))
        time = before.group("time") or (found.time if found else "")
        return replace(found, end=found.end + before.end(), time=time) if found else None
    return _match_label(line)


def _match_label(line: str) -> LabelMatch | None:
    m = BARE_Q.match(line)
    if m:
        return LabelMatch("Q", m.end(), True)
    m = TIMED_LABEL.match(line)  # before NUMBERED: "Speaker 1: (00:05)" has a time
    if m:
        time = m.group("time") or m.group("alone")
        return LabelMatch(m.group("label").strip(), m.end(), False, style="timed", time=time)
    m = NUMBERED.match(line)
    if m:
        return LabelMatch(m.group("label"), m.end(), False)
    m = UPPER_LABEL.match(line)
    if m and m.group("label").rstrip(".").lower() == "a":
        return LabelMatch("A", m.end(), True, style="answer")  # a deposition's "A. Yes."
    if m and m.group("role") and len(m.group("label").split()) < 2:
        m = None  # "WELL, I THINK SO:" in a transcript in capitals; a name has two words
    if m and not _is_upper_false_positive(m.group("label"), m.group("sep"), line[m.end() :]):
        role = f" ({m.group('role')})" if m.group("role") else ""
        return LabelMatch(m.group("label").strip() + role, m.end(), True)
    if m and m.group("sep") == "." and _CAPS_NAME.fullmatch(m.group("label").strip()):
        nxt = line[m.end() :].lstrip()
        if nxt[:1].isupper() or nxt[:1] in "\"“'‘(":
            # The Federal Reserve's "MICHELLE SMITH. Thank you." and "RACHEL SIEGEL. Hi, ...":
            # a name with no title, taken where such labels open two lines or more.
            return LabelMatch(m.group("label").strip(), m.end(), True, style="caps_dot")
    m = CAPS_ALONE.match(line)
    words = m.group("label").split() if m else []
    # Not "A.M. EST" (a time of day) nor "A" (a list's letter).
    if any(len(w.strip(".'’-")) > 1 for w in words) and not any("." in w[:-1] for w in words):
        return LabelMatch(m.group("label").strip(), m.end(), True, style="alone")
    m = MIXED_LABEL.match(line)
    if m:
        role = f" ({m.group('role')})" if m.group("role") else ""
        return LabelMatch(m.group("label").strip() + role, m.end(), False)
    for pattern in MIXED_DOT_LABELS:
        m = pattern.match(line)
        if m and _is_title_label(m.group("label")):
            return LabelMatch(m.group("label").strip(), m.end(), False, style="dot")
    m = NAME_ROLE_ALONE.match(line)
    if m:
        label = f"{m.group('label').strip()} ({m.group('role')})"
        return LabelMatch(label, m.end(), False, style="alone")
    m = ROLE_ALONE.match(line)
    if m and m.group("label").lower() in REPORTER_LABELS | MODERATOR_LABELS:
        return LabelMatch(m.group("label"), m.end(), False, style="alone")
    m = DASH_LABEL.match(line)
    if m:
        role = f" ({m.group('role').strip()})" if m.group("role") else ""
        return LabelMatch(m.group("label").strip() + role, m.end(), False, style="dash")
    m = NAME_ALONE.match(line)
    if m and looks_like_name(m.group("label")):
        return LabelMatch(m.group("label"), m.end(), False, style="name_alone")
    return None


def _is_title_label(label: str) -> bool:
    """ "The President", "Secretary Rice", "Mr. Fitzwater": a title, then a title or a name;
    not a lone abbreviation ("Mr. Smith said" stops at "Mr")."""
    words = [w.strip(".").lower() for w in label.split()]
    return len(words) >= 2 and words[0] in TITLE_WORDS


def _is_upper_false_positive(label: str, sep: str, rest: str) -> bool:
    words = label.split()
    if not any(len(w.strip(".'’-")) > 1 for w in words) and label.rstrip(".").lower() != "q":
        return True  # "A." or "I." are not speakers
    if sep == ".":
        # "THE PRESIDENT. Thank you." is a label; "U.S. forces ..." is prose.
        nxt = rest.lstrip()
        if len(words) > 4 or (nxt and not (nxt[0].isupper() or nxt[0] in "\"“'‘(")):
            return True
        if words[-1].strip(".").lower() in FORMS_OF_ADDRESS - {"the"}:
            return True  # the full stop of "HON." or "MR.", a name still to come
        if label.rstrip(".").lower() not in REPORTER_LABELS | MODERATOR_LABELS and not any(
            w.strip(".").lower() in TITLE_WORDS for w in words
        ):
            return True
    return False


def strip_parens(text: str) -> str:
    """The text without its parentheticals, nested ones included."""
    while True:
        shorter = re.sub(r"\s*\([^()]*\)", "", text)
        if shorter == text:
            return text
        text = shorter


def outer_paren(text: str) -> str:
    """What the first top-level parenthesis holds: `The Chair (Hon. A (B))` -> `Hon. A (B)`."""
    start = text.find("(")
    depth = 0
    for i in range(max(start, 0), len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if start >= 0 and depth == 0:
            return text[start + 1 : i].strip()
    return ""


def is_numbered(label: str) -> bool:
    return NUMBERED.match(label + ":") is not None


def base_label(label: str) -> str:
    """Lower-case label without parenthetical or trailing dots: `Q.` -> `q`."""
    # "THE. PRESIDENT." is a typo of "THE PRESIDENT."
    return re.sub(r"\.(?=\s)", "", strip_parens(label)).strip().rstrip(".").strip().lower()


def is_known_role_label(label: str) -> bool:
    return base_label(label) in REPORTER_LABELS | MODERATOR_LABELS


def starts_with_title(label: str) -> bool:
    """ "The President", "Senator Reed", not "The reason is simple" ("the" is no title alone)."""
    words = base_label(label).split()
    first = words[1:2] if words[:1] == ["the"] else words[:1]
    return bool(first) and first[0].strip(".") in TITLE_WORDS - JOINERS


def ends_with_titled_name(label: str) -> bool:
    """ "Transit Director Sam Okoro", "Deputy Mayor Ann Lee": a title, then a full name."""
    return _titled_name(strip_parens(label).split()) is not None


def after_title(words: list[str]) -> list[str] | None:
    """The words after the last title among `words` ("Treasury Secretary Mnuchin" ->
    ["Mnuchin"]); None when there is no title."""
    titled = [i for i, w in enumerate(words) if w.strip(".").lower() in TITLE_WORDS - JOINERS]
    return words[titled[-1] + 1 :] if titled else None


def _titled_name(words: list[str]) -> list[str] | None:
    """The full name after the last title among `words`, if they end with one."""
    tail = after_title(words)
    return tail if tail and looks_like_name(" ".join(tail)) else None


def is_metadata_key(label: str) -> bool:
    if is_numbered(label):
        return False
    return base_label(label) in METADATA_KEYS or any(ch.isdigit() for ch in strip_parens(label))


def title_case(words: list[str]) -> str:
    out = []
    for w in words:
        if w.isupper() and len(w) > 1:
            w = w.capitalize() if "'" not in w and "’" not in w else w.title()
            if w.startswith("Mc") and len(w) > 2:
                w = "Mc" + w[2:].capitalize()
        out.append(w)
    return " ".join(out)


def name_words(text: str) -> list[str]:
    """The name left in a label or byline once leading titles are dropped."""
    words = strip_parens(text).replace(",", " ").split()
    while words and words[0].strip(".").lower() in TITLE_WORDS:
        words = words[1:]
    while len(words) > 1 and words[-1].strip(".").lower() in POSTNOMINALS:
        words = words[:-1]
    # "Transit Director Sam Okoro": the name after the office and what qualifies it.
    words = _titled_name(words) or words
    # A byline runs on into the office: "Sung Kim Special Representative for ...".
    for i, w in enumerate(words):
        if w.strip(".").lower() in TITLE_WORDS:
            words = words[:i]
            break
    return [w.rstrip(".") if len(w.rstrip(".")) > 1 else w for w in words]


@dataclass(frozen=True)
class Speaker:
    name: str
    role: str  # official | reporter | moderator | participant | unknown


# "Q:" and "Question:" name nobody: a reporter. "Interviewer:" or "Student:" is shown as
# written, and an oral history's "I:" is its interviewer.
_ASKERS = {
    "q": "Reporter", "question": "Reporter", "questions": "Reporter", "press": "Reporter",
    "i": "Interviewer",
}  # fmt: skip


def normalise(label: str, known_names: list[str], aliases: dict[str, str]) -> Speaker:
    """Map a raw label to a person and role, using names and `President: Name` aliases from the header."""
    base = base_label(label)
    if is_numbered(label):
        return Speaker(title_case(re.split(r"[ _]", label.strip())), "participant")
    if base in REPORTER_LABELS:
        return Speaker(_ASKERS.get(base, base.title()), "reporter")
    if base in ANSWER_LABELS:
        return Speaker("", "")  # whoever the transcript is of, as for unlabelled prose
    chair = _chair_addressed(base)
    # Who the parentheses name: "The Chair (Hon. Anthony Rota (...))", "THE MINISTER OF
    # CONSUMER AFFAIRS (SHRI PIYUSH GOYAL)" -> Piyush Goyal.
    held_by = title_case(name_words(outer_paren(label)))
    if base in MODERATOR_LABELS or chair:
        return Speaker(held_by if _looks_like_name(held_by) else chair or base.title(), "moderator")
    if base in aliases:
        return Speaker(aliases[base], "official")
    if base.startswith("the ") and looks_like_name(held_by):
        return Speaker(held_by, "official")  # "The Cabinet Secretary for ... (Michael Matheson)"
    words = name_words(label)
    if len(words) == 1 and len(words[0].strip(".")) == 1:
        # "Professor C" is somebody; "C" alone is nobody in particular.
        words = strip_parens(label).split()
    if not words:
        # A title alone ("THE PRESIDENT"): the person in parentheses ("The Prime Minister
        # (Boris Johnson)"), an alias for the office, or the office itself.
        if looks_like_name(held_by):
            return Speaker(held_by, "official")
        office = " ".join(w for w in base.split() if w not in ("the", "mr", "madam"))
        if office in aliases:
            return Speaker(aliases[office], "official")
        return Speaker("The " + title_case(office.split()).title(), "official")
    name = title_case(words)
    # "Chair DURBIN.", "Chairman Smith:": a named chair runs the sitting, as "The Chair:" does.
    # So does a name whose parentheses say it hosts: "STEVE INSKEEP, HOST:", "Ann Lee (Moderator):".
    role = "moderator" if base.split()[0] in _CHAIRS or paren_hosts(label) else "official"
    if len(words) == 1:
        for full in known_names:
            if full.lower().split()[-1] == name.lower():
                return Speaker(full, role)
    return Speaker(name, role)


def paren_hosts(label: str) -> bool:
    """The label's parentheses say its speaker hosts: "Ann Lee (Moderator)", "STEVE INSKEEP,
    HOST" (read as if in parentheses)."""
    return outer_paren(label).lower() in MODERATOR_LABELS


def _chair_addressed(base: str) -> str:
    """ "mr speaker", "madam deputy speaker", "mr chairman": the chair, addressed as the
    Commons and committees do -> "The Deputy Speaker"; else ""."""
    first, _, office = base.partition(" ")
    if first in FORMS_OF_ADDRESS - {"the"} and (
        office in MODERATOR_LABELS or f"the {office}" in MODERATOR_LABELS
    ):
        return "The " + office.title()
    return ""


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def reads_as_prose(label: str) -> bool:
    """ "Prime Minister's statement on coronavirus": a lower-case word of four letters or more
    outside parentheses, as no name or office has ("Secretary of State for Health", "Ursula von
    der Leyen" and "al-Assad" pass)."""
    words = strip_parens(label).split()
    return any(w.isalpha() and w.islower() and len(w) >= 4 for w in words[1:])


def looks_like_name(text: str) -> bool:
    """`Sung Kim`, `Joe Biden`, `Mary C. Smith`: 2-4 capitalised words, no titles, no digits."""
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[A-Z][a-zA-Z'’\-]*\.?", w) for w in words)
        and not any(w.strip(".").lower() in TITLE_WORDS for w in words)
    )
