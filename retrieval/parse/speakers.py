"""Speaker labels read as people: names, titles and offices, and the person and role a label
stands for. Which lines open with a label is `labels.py`'s."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from retrieval.parse.label_patterns import CAPTION_LABEL, NUMBERED
from retrieval.parse.label_words import (
    ANSWER_LABELS,
    FORMS_OF_ADDRESS,
    JOINERS,
    JOINING_WORDS,
    METADATA_KEYS,
    MODERATOR_LABELS,
    POSTNOMINALS,
    REPORTER_LABELS,
    SURNAME_TITLES,
    TITLE_WORDS,
)

# The one-word titles of whoever chairs: "chair", "chairman", ...
_CHAIRS = {w for w in MODERATOR_LABELS if w.startswith("chair")}


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


def by_letter(labels: Iterable[str]) -> bool:
    """A conversation's speakers go by letters ("A:", "B:"), so its "A" answers nothing: a
    letter among `labels` other than an interview's ("Q", "A", "I", "R")."""
    return any(len(b := base_label(lbl)) == 1 and b not in "qair" for lbl in labels)


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


# Occupations that end an office before a name ("General Manager Robert Hale", "City Planner
# Tom Hale") but that are no title alone: "Project Manager" is a meeting's label, not the name
# "Project" after a title.
_OCCUPATIONS = {
    "manager", "planner", "engineer", "designer", "analyst", "editor", "producer",
    "correspondent", "economist", "scientist", "researcher", "strategist",
}  # fmt: skip


def after_title(words: list[str]) -> list[str] | None:
    """The words after the last title or occupation among `words` ("Treasury Secretary
    Mnuchin" -> ["Mnuchin"]); None when there is none."""
    heads = (TITLE_WORDS - JOINERS) | _OCCUPATIONS
    titled = [i for i, w in enumerate(words) if w.strip(".").lower() in heads]
    return words[titled[-1] + 1 :] if titled else None


def _titled_name(words: list[str]) -> list[str] | None:
    """The full name after the last title among `words`, if they end with one; or a surname
    alone after an office and what qualifies it ("TRANSPORTATION DIRECTOR OKAFOR")."""
    tail = after_title(words)
    if tail and looks_like_name(" ".join(tail)):
        return tail
    surname = tail and len(tail) == 1 and len(words) > 2 and tail[0][:1].isupper()
    return tail if surname and _NAME_WORD.fullmatch(tail[0]) else None


def is_metadata_key(label: str) -> bool:
    if is_numbered(label):
        return False
    return base_label(label) in METADATA_KEYS or any(ch.isdigit() for ch in strip_parens(label))


def title_case(words: list[str]) -> str:
    """Words in capitals as a name is written: "JACKSON LEE" -> "Jackson Lee", "JEAN-PIERRE"
    -> "Jean-Pierre"; the records' "McKENZIE", "MacDONALD" and "DeSANTIS" keep their prefix
    -> "McKenzie", "MacDonald", "DeSantis"."""
    out = []
    for w in words:
        mixed = _PREFIXED.fullmatch(w)
        prefix = mixed.group(1) if mixed else ""
        rest = w[len(prefix) :]
        if rest.isupper() and len(rest) > 1:
            rest = rest.title() if re.search(r"['’\-]", rest) else rest.capitalize()
            if not prefix and rest.startswith("Mc") and len(rest) > 2:
                rest = "Mc" + rest[2:].capitalize()
        out.append(prefix + rest)
    return " ".join(out)


_PREFIXED = re.compile(r"([A-Z][a-z]{1,2})(?=[A-Z]{2})[A-Z'’\-]+")


def name_words(text: str) -> list[str]:
    """The name left in a label or byline once leading titles are dropped."""
    words = strip_parens(text).replace(",", " ").split()
    lead = 0
    while lead < len(words) and words[lead].strip(".").lower() in TITLE_WORDS:
        lead += 1
    if len(words) == 1 and _surname_title(words, 0):
        lead = 0  # "KING:" of a talk show is Larry King
    office_runs_on = {"of", "for"} & {w.lower() for w in words[1:lead]}
    words = words[lead:]
    while len(words) > 1 and words[-1].strip(".").lower() in POSTNOMINALS:
        words = words[:-1]
    if office_runs_on and len(words) > 2 and words[-3].lower() not in JOINERS:
        # The Kremlin's "President of Russia Vladimir Putin", "Minister for Women and
        # Equalities Kemi Badenoch": the office runs on through its place, and the name is
        # its last two words, with the particles and initials within it ("Ursula von der
        # Leyen", "Lloyd J. Austin"); "... for Health and Social Care" is all place.
        first = len(words) - 2
        while first > 0 and (
            words[first].lower() in PARTICLES or len(words[first].rstrip(".")) == 1
        ):
            first -= 1
        words = words[first:]
    # "Transit Director Sam Okoro": the name after the office and what qualifies it.
    words = _titled_name(words) or words
    # A byline runs on into the office: "Sung Kim Special Representative for ...".
    for i, w in enumerate(words):
        if w.strip(".").lower() in TITLE_WORDS and not _surname_title(words, i):
            words = words[:i]
            break
    return [w.rstrip(".") if len(w.rstrip(".")) > 1 else w for w in words]


def initials(name: str) -> str:
    """`LBJ` for Lyndon B. Johnson; "" for a name of one word."""
    words = name_words(name)
    return "".join(w[0].upper() for w in words) if len(words) > 1 else ""


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
        return Speaker(named if looks_like_name(named) else numbered, "participant")
    # Who the parentheses name: "The Chair (Hon. Anthony Rota (...))", "THE MINISTER OF
    # CONSUMER AFFAIRS (SHRI PIYUSH GOYAL)" -> Piyush Goyal; "Ann Lee" of "(Ann Lee, CNN)".
    in_parens = strip_parens(outer_paren(label)).split(",")[0]
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
        return Speaker(
            named_role or aliases.get(base) or _ASKERS.get(base, base.title()), "reporter"
        )
    if base in ANSWER_LABELS and not (lettered and len(base) == 1):
        return Speaker("", "")  # whoever the transcript is of, as for unlabelled prose
    if base.split()[0] in ("unknown", "unidentified"):
        # Otter's "Unknown Speaker", a broadcast's "UNIDENTIFIED MALE": nobody known.
        return Speaker(title_case(strip_parens(label).split()), "unknown")
    # An interview's initials: "JR:" is the Jane Roe its header names.
    if re.fullmatch(r"[A-Z]{2,4}", label.strip()):
        named = {n for n in known_names if initials(n) == label.strip()}
        if len(named) == 1:
            return Speaker(named.pop(), "official")
    chair = _chair_addressed(base)
    if base in MODERATOR_LABELS or chair:
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
    # "THE COURT", "THE WITNESS": a part in the proceedings, as "THE PRESIDENT" is an office.
    words = [] if len(base.split()) == 2 and base.startswith("the ") else name_words(label)
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


def reads_as_prose(label: str) -> bool:
    """ "Prime Minister's statement on coronavirus": two lower-case words of five letters or
    more outside parentheses, as no name or office has ("Secretary of State for Health", "Ursula
    von der Leyen", "al-Assad", "Audience member" and "Unidentified male speaker" pass)."""
    words = strip_parens(label).split()
    return sum(w.isalpha() and w.islower() and len(w) >= 5 for w in words[1:]) >= 2


# A word of a name: letters of any alphabet, apostrophes and hyphens, perhaps an initial's dot.
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-])*\.?")


# The small words inside family names: "Ursula von der Leyen", "Fernández de Soto Valderrama".
PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "al",
        "dos",
        "das",
    }
)


def looks_like_name(text: str) -> bool:
    """`Sung Kim`, `Joe Biden`, `Mary C. Smith`, `Stéphane Dujarric`, `Ursula von der Leyen`:
    2-4 capitalised words (and a family name's particles between them), no titles, no digits."""
    words = text.split()
    inner = range(1, len(words) - 1)
    capitalised = [w for i, w in enumerate(words) if i not in inner or w not in PARTICLES]
    return (
        2 <= len(capitalised) <= 4
        and len(words) <= 6
        and all(w[0].isupper() and _NAME_WORD.fullmatch(w) for w in capitalised)
        and not any(w.lower() in JOINING_WORDS for w in capitalised)
        and not any(
            w.strip(".").lower() in TITLE_WORDS and not _surname_title(words, i)
            for i, w in enumerate(words)
        )
    )


def _surname_title(words: list[str], i: int) -> bool:
    """`words[i]` is a title that ends a name as its surname ("Mark King", not "The King")."""
    return i == len(words) - 1 and words[i].strip(".").lower() in SURNAME_TITLES
