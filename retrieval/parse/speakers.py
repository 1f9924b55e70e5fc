"""Speaker labels read as people: names, titles and offices. The person and role a label
stands for is `label_speaker.py`'s; which lines open with a label is `labels.py`'s."""

from __future__ import annotations

import re
from collections.abc import Iterable

from retrieval.parse.label_patterns import NUMBERED
from retrieval.parse.label_words import (
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


def strip_parens(text: str) -> str:
    """The text without its parentheticals, nested ones included."""
    while True:
        shorter = re.sub(r"\s*\([^()]*\)", "", text)
        if shorter == text:
            return text
        text = shorter


def paren_person(inside: str) -> str:
    """Whom a parenthesis names before where they work: "Ann Lee" of "Ann Lee, CNN" or of
    "Ann Lee – CNN"."""
    return re.split(r",|\s[–—-]\s", strip_parens(inside))[0].strip()


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


def is_office_label(base: str) -> bool:
    """ "the court", "the witness", "the company secretary": a part in the proceedings or an
    office (its last word an office's), not a name after a title; `base` as `base_label`."""
    words = base.split()
    return words[:1] == ["the"] and (len(words) == 2 or words[-1].strip(".") in TITLE_WORDS)


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
            # A possessive's or a contraction's one letter stays small: "Women's", not "Women'S".
            rest = re.sub(r"(?<=\w['’])([A-Z])\b", lambda m: m.group(1).lower(), rest)
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
        "zu",
        "ter",
        "ibn",
        "bint",
        # Welsh patronymics: "Rhun ap Iorwerth", "Mabon ap Gwynfor" (the Senedd's members).
        "ap",
        "ab",
    }
)


def office_before(words: list[str]) -> str:
    """The office these words before a name make, forms of address left out ("Dr." is none)."""
    return " ".join(w for w in words if w.strip(".").lower() not in FORMS_OF_ADDRESS)


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
