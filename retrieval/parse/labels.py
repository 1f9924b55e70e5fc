"""The speaker label at the start of a line, if it has one, in any of the styles transcripts
write (`label_choice` judges which of them open turns in a document)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from retrieval.parse import speakers as sp
from retrieval.parse.label_patterns import (
    ASKED_BY,
    BARE_Q,
    BEFORE_LABEL,
    BOLD_BEFORE_LABEL,
    BOLD_NAME,
    BRACKET_NAME,
    CAPS_ALONE,
    CAPS_NAME,
    CAPTION_LABEL,
    CAPTION_TURN,
    DASH_LABEL,
    INITIALS_LABEL,
    KEY_LINE,
    MIXED_DOT_LABELS,
    MIXED_LABEL,
    NAME_AFTER_TIME,
    NAME_ALONE,
    NAME_ROLE_ALONE,
    NUMBERED,
    PAREN_LABEL,
    PAREN_NAME_ALONE,
    QUESTION_NUMBER,
    ROLE_ALONE,
    SPEAKER_IN_PARENS,
    TAB_LABEL,
    TIMED_LABEL,
    UPPER_LABEL,
)
from retrieval.parse.label_words import (
    ABBREVIATED_TITLES,
    FORMS_OF_ADDRESS,
    JOINERS,
    MODERATOR_LABELS,
    POSTNOMINALS,
    REPORTER_LABELS,
    TITLE_WORDS,
)
from retrieval.parse.times import clock, stamp


@dataclass(frozen=True)
class LabelMatch:
    label: str  # the label as written, without Markdown or separator
    end: int  # offset (in the line) just past the separator
    upper: bool
    # A style that prose could look like, taken only if the document uses it: "dot" ("The
    # President."), "timed" ("Ann Lee (0:03)") and "dash" ("Ann Lee - Yes.") when some such
    # label opens two lines or more; "name_alone" ("Jane Smith" alone) when this very one does;
    # "caps_dot" ("RACHEL SIEGEL. Hi.") likewise, and not in a transcript written in capitals;
    # "alone" ("JOHN SMITH" on its own line) and "heading" ("### Jane Doe") when this very
    # label does or one of its style and heading level above it does; "bold" ("**Sam Reyes**
    # Our users ..."), "tab" ("Maya Chen<TAB>Let us start.") and "bracket" ("[Maya Chen] Let
    # us start.") when this very label does;
    # "answer" ("A.") when the document has questions ("Q.") too, or its speakers go by
    # letters ("B:").
    style: str = ""
    time: str = ""  # a recording's time written with the label ("0:03"), if any


def match_label(line: str) -> LabelMatch | None:
    """The speaker label opening `line`, if it has one (not yet judged plausible)."""
    found = _match_line(line)
    caption = CAPTION_TURN.match(line)
    if caption and (not found or found.style not in ("", "timed")):
        # ">> GOOD MORNING. JOINING US ..." is a caption's new speaker, not "GOOD MORNING."
        return LabelMatch(CAPTION_LABEL, caption.end(), False, style="caption")
    if found and "[" in found.label:
        # What brackets hold after a name is read as if in parentheses: "Jane Okoro [CISO]".
        found = replace(found, label=_AFTER_NAME_BRACKETS.sub(r" (\1)", found.label))
    return found


_AFTER_NAME_BRACKETS = re.compile(r"(?<=\S)\s*\[([^\[\]]+)\]")


def _match_line(line: str) -> LabelMatch | None:
    indent = len(line) - len(line.lstrip(" \t"))
    if indent and line.strip():
        # A paragraph's indent, as in the US Congress's hearings ("    Senator Portman. Thank
        # you."); a name in capitals alone and indented is a centred heading, not a speaker.
        found = match_label(line[indent:])
        if not found or found.style == "alone":
            return None
        return replace(found, end=found.end + indent)
    # A bold opened before the time is read past: "**[00:00:03] Sam Ortiz:** ...".
    bold = BOLD_BEFORE_LABEL.match(line)
    opened = bold.end() if bold else 0
    before = BEFORE_LABEL.match(line[opened:])
    if before:
        cut = opened + before.end()
        rest = line[cut:]
        found = _match_label(rest)
        if found and found.style == "alone":
            return None  # "10:02 A.M. EST" is when, not who
        name = rest.strip()
        if (
            (not found or found.style == "name_alone")
            and stamp(before)
            and NAME_AFTER_TIME.fullmatch(name)
            and any(c.islower() for c in name)  # not "10:02 A.M. EST"
            and not any("." in w[:-1] for w in name.split())
        ):
            # A meeting's export: "0:00:05.2 Raj Patel" above the words; taken, as a name in
            # capitals alone is, where this very label opens two lines or more.
            found = LabelMatch(name, len(rest.rstrip()), False, style="alone")
            return replace(found, end=found.end + cut, time=stamp(before))
        time = stamp(before) or (found.time if found else "")
        return replace(found, end=found.end + cut, time=time) if found else None
    number = QUESTION_NUMBER.match(line)
    if number:
        found = _match_label(line[number.end() :])
        if found and found.label.endswith(")") and not found.style:
            return replace(found, end=found.end + number.end())
    bilingual = _BILINGUAL.match(line)
    if bilingual:
        # The Senedd's "Y Cadeirydd / The Chair:", "Y Prif Weinidog / The First Minister:": the
        # label in English after the Welsh one, a role or an office.
        found = _match_label(line[bilingual.end() :])
        if found and not found.style:
            words = sp.base_label(found.label).split()
            if any(w in TITLE_WORDS for w in words) or sp.is_known_role_label(found.label):
                return replace(found, end=found.end + bilingual.end())
    return _match_label(line)


# A label in two languages, the other before a slash: "Y Llywydd / The Presiding Officer:".
_BILINGUAL = re.compile(r"^[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,3}[ \t]+/[ \t]+(?=[A-Z])")


def _match_label(line: str) -> LabelMatch | None:
    m = BARE_Q.match(line)
    if m:
        return LabelMatch("Q", m.end(), True)
    m = TIMED_LABEL.match(line)  # before NUMBERED: "Speaker 1: (00:05)" has a time
    if m:
        time = m.group("time") or m.group("alone") or clock(m.group("clock") or "")
        return LabelMatch(m.group("label").strip(), m.end(), False, style="timed", time=time)
    m = NUMBERED.match(line)
    if m:
        return LabelMatch(m.group("label"), m.end(), False)
    m = SPEAKER_IN_PARENS.match(line)
    if m:
        return LabelMatch(m.group("label").capitalize(), m.end(), False)  # "(speaker 0)"
    m = UPPER_LABEL.match(line)
    if m and m.group("label").rstrip(".").lower() == "a":
        return LabelMatch("A", m.end(), True, style="answer")  # a deposition's "A. Yes."
    if m and m.group("role") and len(m.group("label").split()) < 2:
        m = None  # "WELL, I THINK SO:" in a transcript in capitals; a name has two words
    if m and not _is_upper_false_positive(m.group("label"), m.group("sep"), line[m.end() :]):
        role = f" ({m.group('role')})" if m.group("role") else ""
        return LabelMatch(m.group("label").strip() + role, m.end(), True)
    if m and m.group("sep") == "." and CAPS_NAME.fullmatch(m.group("label").strip()):
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
    # Before a title and its dot: "Right Hon. Justin Trudeau (Prime Minister, Lib.)" alone.
    m = PAREN_NAME_ALONE.match(line)
    if m and (_names_someone(sp.strip_parens(m.group("label"))) or office_holder(m.group("label"))):
        return LabelMatch(m.group("label"), m.end(), False, style="paren_alone")
    for pattern in MIXED_DOT_LABELS:
        m = pattern.match(line)
        if m and is_title_label(m.group("label")):
            return LabelMatch(m.group("label").strip(), m.end(), False, style="dot")
    m = NAME_ROLE_ALONE.match(line)
    if m:
        label = f"{m.group('label').strip()} ({m.group('role')})"
        return LabelMatch(label, m.end(), False, style="alone")
    m = ROLE_ALONE.match(line)
    if m and m.group("label").lower() in REPORTER_LABELS | MODERATOR_LABELS:
        return LabelMatch(m.group("label"), m.end(), False, style="alone")
    m = BOLD_NAME.match(line)
    if m:
        role = f" ({m.group('role').strip()})" if m.group("role") else ""
        return LabelMatch(m.group("label").strip() + role, m.end(), False, style="bold")
    m = TAB_LABEL.match(line)
    if m:
        return LabelMatch(m.group("label"), m.end(), False, style="tab")
    m = BRACKET_NAME.match(line)
    if m and (
        sp.looks_like_name(m.group("label"))
        or sp.is_numbered(m.group("label"))
        or sp.is_known_role_label(m.group("label"))
    ):
        # Not a stage direction: "[Laughter] Right.", "[inaudible] and then"; "[Operator]" is.
        role = f" ({m.group('role').strip()})" if m.group("role") else ""
        return LabelMatch(m.group("label") + role, m.end(), False, style="bracket")
    m = DASH_LABEL.match(line)
    if m:
        role = f" ({m.group('role').strip()})" if m.group("role") else ""
        return LabelMatch(m.group("label").strip() + role, m.end(), False, style="dash")
    m = NAME_ALONE.match(line)
    if m and (sp.looks_like_name(m.group("label")) or is_title_label(m.group("label"))):
        # A Markdown heading of a name ("### Jane Doe"), the words below it, as notes apps
        # and exported interviews write turns: taken as a name in capitals alone is.
        style = "heading" if line.startswith("#") else "name_alone"
        return LabelMatch(m.group("label"), m.end(), False, style=style)
    m = INITIALS_LABEL.match(line)
    if m:
        return LabelMatch(m.group("label"), m.end(), True, style="initials")
    m = PAREN_LABEL.match(line)
    if m and _names_someone(m.group("label")):  # not "(Laughter)" nor "(Inaudible)"
        return LabelMatch(m.group("label"), m.end(), False, style="paren")
    m = ASKED_BY.match(line)
    if m and sp.starts_with_title(m.group("label")):
        return LabelMatch(m.group("label"), m.end(), False)
    return None


def _names_someone(label: str) -> bool:
    """A role ("Reporter"), a title and a name ("Prime Minister Kishida") or a full name."""
    return (
        sp.is_known_role_label(label)
        or sp.starts_with_title(label)
        or sp.ends_with_titled_name(label)
        or sp.looks_like_name(label)
    )


def office_holder(label: str) -> str:
    """Who holds the office a label gives first, as Westminster's Hansard labels a minister's
    first answer: "The Parliamentary Under-Secretary of State, Department of Health and Social
    Care (Lord Markham) (Con)" -> "Lord Markham"; "" for other labels."""
    holder = sp.outer_paren(label)
    return holder if label.startswith("The ") and _names_someone(holder) else ""


def is_title_label(label: str) -> bool:
    """ "The President", "Secretary Rice", "Mr. Fitzwater": a title, then a title or a name;
    not a lone abbreviation ("Mr. Smith said" stops at "Mr")."""
    words = [w.strip(".").lower() for w in label.split()]
    return len(words) >= 2 and words[0] in TITLE_WORDS


_BEFORE_A_NAME = (FORMS_OF_ADDRESS - {"the"}) | ABBREVIATED_TITLES.keys()


def _is_upper_false_positive(label: str, sep: str, rest: str) -> bool:
    words = label.split()
    if not any(len(w.strip(".'’-")) > 1 for w in words) and label.rstrip(".").lower() != "q":
        return True  # "A." or "I." are not speakers
    if sep == ".":
        # "THE PRESIDENT. Thank you." is a label; "U.S. forces ..." is prose.
        nxt = rest.lstrip()
        if len(words) > 4 or (nxt and not (nxt[0].isupper() or nxt[0] in "\"“'‘(")):
            return True
        last = words[-1].strip(".").lower()
        if last in _BEFORE_A_NAME or (len(words) > 1 and len(last) == 1):
            # The full stop of "HON.", "MR." or "REP.", or of an initial ("STATEMENT OF JANET
            # L. YELLEN, SECRETARY"): a name still to come.
            return True
        if label.rstrip(".").lower() not in REPORTER_LABELS | MODERATOR_LABELS and not any(
            w.strip(".").lower() in TITLE_WORDS for w in words
        ):
            return True
    return False


def speaker_key(lines: list[str]) -> dict[int, tuple[str, str]]:
    """Line index -> (initials, name) for a speaker key above the transcript: two or more lines
    in a row of initials and the name they stand for ("TAG Dr Tedros Adhanom Ghebreyesus", "MK
    Dr Maria Van Kerkhove")."""
    entries = {i: e for i, line in enumerate(lines[:60]) if (e := _key_entry(line))}
    return {i: e for i, e in entries.items() if i - 1 in entries or i + 1 in entries}


def _key_entry(line: str) -> tuple[str, str] | None:
    """A key's initials and name, the initials opening with the name's first letter and the
    others found in its letters in order ("MK", Maria Van Kerkhove; "HE", Helen Branswell, as
    the WHO abbreviates some journalists; not "US", President Joe Biden). A first name alone
    is a name here: the WHO keys journalists so ("MA Marie", "HE Helen")."""
    m = KEY_LINE.match(line)
    words = sp.name_words(m.group("who")) if m else []
    if not words:
        return None
    initials = m.group("initials")
    who = " ".join(words)
    letters = iter(who[1:].upper())
    in_order = who[0] == initials[0] and all(c in letters for c in initials[1:])
    named = sp.looks_like_name(who) or (
        len(words) == 1 and who.isalpha() and who[0].isupper() and who[1:].islower()
    )
    return (initials, who) if in_order and named else None


# The small words a name and its titles hold: "Secretary of State", "von der Leyen".
_NAME_SMALL_WORDS = sp.PARTICLES | JOINERS


def header_alias(m: LabelMatch, rest: str) -> str:
    """The person a label names when its words are a name, else "": `President: Joe Biden`
    names who `THE PRESIDENT` is, `Guest: Dr. Maria Lopez, urban economist` who `Guest:` is
    (leading titles and what follows a comma dropped). Not speech ("Jane Smith, welcome."),
    nor a reporter greeting someone ("Q: Ambassador Sung Kim, welcome"): an asker's label is
    an alias only of a bare name."""
    base = sp.base_label(m.label)
    head, comma, after = rest.partition(",")
    if len(base.split()) > 3 or (comma and base in REPORTER_LABELS):
        return ""
    if after.rstrip()[-1:] in (".", "?", "!") or len(after.split()) > 6:
        return ""
    # A name and its titles ("Secretary of State Antony Blinken"), not a sentence that ends on
    # one: "The President: I give the floor to Mr. Wennesland."
    if any(w[:1].islower() and w not in _NAME_SMALL_WORDS for w in sp.strip_parens(head).split()):
        return ""
    # In capitals every word looks like a name's; a sentence still ends on its stop: "MAYOR
    # GREEN: I SUPPORT THE ORDINANCE.", "SENATOR LOPEZ: THANK YOU FOR HAVING ME." (not on an
    # initial or "JR.").
    last = head.rstrip()
    end = last.split()[-1].rstrip(".?!").lower() if last else ""
    if (
        not any(c.islower() for c in head)
        and last[-1:] in (".", "?", "!")
        and len(end) > 1
        and end not in POSTNOMINALS
    ):
        return ""
    name = " ".join(sp.name_words(head))
    if sp.is_known_role_label(m.label) and _LONE_NAME.fullmatch(head.strip()):
        return name  # a role's first name, what they are in parentheses: "Priya (UX research)"
    # A surname after its title names someone too: the UN's "President: Mr. Fernandes
    # (Mozambique)" above the record.
    titled = len(name.split()) == 1 and sp.starts_with_title(head)
    return name if sp.looks_like_name(name) or titled else ""


# A first name and what the person is ("Priya (UX research)"; not "Okay (laughs)").
_LONE_NAME = re.compile(r"[A-Z][a-z]+\s*\([A-Z][^()]{1,40}\)")
