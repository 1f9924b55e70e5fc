"""The person and role a speaker label stands for: `THE MINISTER OF CONSUMER AFFAIRS (SHRI
PIYUSH GOYAL)` is Piyush Goyal, an official; `Q:` a reporter; `The Chair:` the moderator."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from retrieval.parse.label_patterns import CAPTION_LABEL
from retrieval.parse.label_words import (
    ANSWER_LABELS,
    FORMS_OF_ADDRESS,
    MODERATOR_LABELS,
    REPORTER_LABELS,
)
from retrieval.parse.speakers import (
    base_label,
    initials,
    is_numbered,
    is_office_label,
    looks_like_name,
    name_words,
    outer_paren,
    paren_person,
    strip_parens,
    title_case,
)

# The one-word titles of whoever chairs: "chair", "chairman", ...
_CHAIRS = {w for w in MODERATOR_LABELS if w.startswith("chair")}
_UNKNOWN = ("unknown", "unidentified")  # a label's first word saying nobody is known


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


# The askers' labels of the press (of `REPORTER_LABELS`), whose parentheses may say where they
# work; not an interview's or a meeting's, whose parentheses hold a code or a name.
_PRESS_ASKERS = {"q", "question", "questions", "reporter", "journalist", "correspondent", "press"}
# A word written with a capital: a name, or an outlet's ("AFP", "Politico", "CNN-News18").
_ONE_WORD = re.compile(r"[A-Z][\w&.\-]*")


def asker_outlet(label: str) -> str:
    """Where an asker's label says they work, one word in its parentheses: "Politico" of
    "Journalist (Politico)", "AFP" of "Q (AFP)"; or ""."""
    if base_label(label) not in _PRESS_ASKERS:
        return ""  # not an interviewer's code: "Interviewer (IV):", then "IV:"
    inside = strip_parens(outer_paren(label)).split(",")[0].strip()
    return inside if _ONE_WORD.fullmatch(inside) else ""


def asker_called(base: str) -> str:
    """How an asker's label shows them: "Reporter" for "q", "Journalist" for "journalist"."""
    return _ASKERS.get(base, base.title())


def names_nobody(label: str) -> bool:
    """A label that names nobody in particular: an asker's part ("Q", "Audience Member"), a
    recogniser's speaker ("Speaker 2"), nobody known ("Unidentified Male"); not one with a name
    or an outlet in parentheses ("Q (Andrew Benson)", "Speaker 1 (Jane Doe)")."""
    base = base_label(label)
    if not base or "(" in label:
        return False
    return base in REPORTER_LABELS or base.split()[0] in _UNKNOWN or is_numbered(label)


def normalise(
    label: str,
    known_names: list[str],
    aliases: dict[str, str],
    abbreviations: bool = False,
    common: frozenset[str] = frozenset(),
    lettered: bool = False,
) -> Speaker:
    """Map a raw label to a person and role, using names and `President: Name` aliases from the
    header. With `abbreviations`, one word of two to five capitals is kept as written ("AFP").
    `common`: the words the transcript writes in lower case, and those of its labels.
    `lettered`: its speakers go by letters (`by_letter`)."""
    base = base_label(label)
    if label == CAPTION_LABEL:
        return Speaker("unknown", "unknown")  # a caption's ">>": someone else speaks
    if is_numbered(label):
        # "Speaker 1 (Jane Doe)" is Jane Doe; "Participant 3 (P3)" is Participant 3.
        named = title_case(name_words(outer_paren(label)))
        numbered = title_case(re.split(r"[ _]", strip_parens(label).strip()))
        if looks_like_name(named):
            return Speaker(named, "participant")
        # Otter's "Unknown Speaker 2", a broadcast's "UNIDENTIFIED MALE 2": nobody known.
        unknown = base.split()[0] in _UNKNOWN
        return Speaker(numbered, "unknown" if unknown else "participant")
    # Who the parentheses name: "The Chair (Hon. Anthony Rota (...))", "THE MINISTER OF
    # CONSUMER AFFAIRS (SHRI PIYUSH GOYAL)" -> Piyush Goyal; "Ann Lee" of "(Ann Lee, CNN)".
    in_parens = paren_person(outer_paren(label))
    held_by = title_case(name_words(in_parens))
    # A role, then who holds it: "Interviewer (Jo Li)", "Guest - Omar Said:", "Public Comment
    # - Maria Lopez:" (read as if in parentheses). Not in capitals, where the parentheses are
    # stage directions ("(OFF MIC)").
    named_role = (
        held_by
        if len(base.split()) <= 3 and not outer_paren(label).isupper() and looks_like_name(held_by)
        else ""
    )
    if base in REPORTER_LABELS:
        # Each outlet's asker is one speaker, called by the outlet as an outlet's label alone
        # ("AFP:") calls them, not every asker the same "Reporter".
        outlet = asker_outlet(label)
        return Speaker(named_role or outlet or aliases.get(base) or asker_called(base), "reporter")
    if base in ANSWER_LABELS and not (lettered and len(base) == 1):
        return Speaker("", "")  # whoever the transcript is of, as for unlabelled prose
    if base.split()[0] in _UNKNOWN:
        # Otter's "Unknown Speaker", a broadcast's "UNIDENTIFIED MALE": nobody known.
        return Speaker(title_case(strip_parens(label).split()), "unknown")
    # An interview's initials: "JR:" is the Jane Roe its header names.
    if re.fullmatch(r"[A-Z]{2,4}", label.strip()):
        named = {n for n in known_names if initials(n) == label.strip()}
        if len(named) == 1:
            return Speaker(named.pop(), "official")
    chair = _chair_addressed(base)
    if base in MODERATOR_LABELS or base.removeprefix("the ") in MODERATOR_LABELS or chair:
        # "The Chair", named in the parentheses, or in the header's list of who takes part.
        named = (
            _peer(in_parens, held_by)
            if _looks_like_name(held_by)
            else aliases.get(base.removeprefix("the "))
        )
        return Speaker(named or chair or base.title(), "moderator")
    if base in aliases:
        return Speaker(aliases[base], "official")
    if named_role and base in common:
        # Beyond the askers' labels, a role is what the transcript writes in lower case ("my
        # guest today", "the floor is open for public comment"); a name is not, and "Smith
        # (United Kingdom):" is Smith.
        return Speaker(named_role, "official")
    # A title and a surname: "(Lord Callanan)".
    titled_surname = len(in_parens.split()) == 2 and len(held_by.split()) == 1
    if base.startswith("the ") and (looks_like_name(held_by) or titled_surname):
        # "The Cabinet Secretary for ... (Michael Matheson)", "The Minister of State, ...
        # (Lord Callanan) (Con)".
        return Speaker(_peer(in_parens, held_by), "official")
    # "THE COURT", "THE WITNESS": a part in the proceedings, as "THE PRESIDENT" and "THE
    # COMPANY SECRETARY" are offices.
    words = [] if is_office_label(base) else name_words(label)
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
    # The label one word, not a title and a surname ("Senator WONG" is Wong).
    abbreviated = abbreviations and re.fullmatch(r"[A-Z]{2,5}", label.strip())
    name = label.strip() if abbreviated else title_case(words)
    # "Chair DURBIN.", "Chairman Smith:": a named chair runs the sitting, as "The Chair:" does.
    # So does a name whose parentheses say it hosts: "STEVE INSKEEP, HOST:", "Ann Lee (Moderator):".
    role = "moderator" if base.split()[0] in _CHAIRS or paren_hosts(label) else "official"
    if paren_asks(label):
        role = "reporter"
    if len(words) == 1:
        for full in known_names:
            if full.lower().split()[-1] == name.lower():
                return Speaker(full, role)
        # A first name alone, as minutes write them, is the one full name the header or
        # another label gives with it ("Attendees: Maya Chen, ..." above `Maya:`); a title
        # before it would make it a surname.
        firsts = {
            n for n in known_names if len(n.split()) > 1 and n.lower().split()[0] == name.lower()
        }
        if len(firsts) == 1 and len(strip_parens(label).split()) == 1:
            return Speaker(firsts.pop(), role)
    if len(words) == 2 and len(words[0].rstrip(".")) == 1:
        # "L. KING:" beside "M. KING:", as CNN tells two speakers of one surname apart.
        initial, surname = words[0][0].lower(), words[1].lower()
        named = {
            n
            for n in known_names
            if (w := n.lower().split())[-1] == surname and w[0][0] == initial and len(w[0]) > 2
        }
        if len(named) == 1:
            return Speaker(named.pop(), role)
    return Speaker(_peer(label, name), role)


# The titles a peer goes by with their surname alone, and is named by: Lord Markham, Baroness
# Wheeler (not "Lady", which also opens "First Lady Jill Biden").
_PEERAGES = {"lord", "baroness", "viscount"}


def _peer(label: str, name: str) -> str:
    """ "Lord Markham" for a label's "Lord Markham (Con)", not "Markham": a surname alone after
    a peer's title is a peer, who is known by both ("Lord Allan of Hallam" is Lord Allan)."""
    if len(name.split()) != 1:
        return name
    words = strip_parens(label).replace(",", " ").split()
    for before, word in itertools.pairwise(words):
        if before.lower() in _PEERAGES and title_case([word]) == name:
            return title_case([before, word])
    return name


def paren_hosts(label: str) -> bool:
    """The label's parentheses say its speaker hosts: "Ann Lee (Moderator)", "STEVE INSKEEP,
    HOST" (read as if in parentheses)."""
    part = paren_part(label).lower()
    # What qualifies the part comes first: "(CNN ANCHOR)", "(Senior Moderator)".
    return part in MODERATOR_LABELS or part.rsplit(" ", 1)[-1] in MODERATOR_LABELS


def paren_part(label: str) -> str:
    """The last part of the label's parentheses: "Analyst" of "Erik Woodring (Morgan Stanley --
    Analyst)", "NDP" of "Heather McPherson (Edmonton Strathcona, NDP)"."""
    return re.split(r"\s+--\s+|,\s*", outer_paren(label))[-1].strip()


def paren_asks(label: str) -> bool:
    """The label's parentheses end on what asks: an earnings call's analyst, "Ann Lee
    (Reporter)"."""
    return paren_part(label).lower() in REPORTER_LABELS


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
