"""Which indexed speakers a name, an office or initials mean: `Kim`, `Ambassador Kim` and
`Sung Kim` -> Sung Kim; `F` -> PhD F; `LBJ` -> Lyndon B. Johnson; `the CFO` -> whoever's label
gives Chief Financial Officer."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from retrieval.answer.offices import CHAIR, OTHER_OFFICE, holding, office_words
from retrieval.index.lexical import terms, unaccented
from retrieval.parse.label_words import POSTNOMINALS, TITLE_WORDS
from retrieval.parse.speakers import after_title, initials, name_words

# Pieces of the patterns here and in `names`: a capitalised word (`O'Neil`, `Dr.`), and one that
# stops before a possessive's apostrophe.
CAPITAL = r"[A-Z][\w'’.\-]*"
CAPITAL_PLAIN = r"[A-Z][\w.\-]*"
# A member of a parliament by their seat: "the member for Aberdeen South", "the hon. Member
# for Edmonton Strathcona", "the MP for Holborn and St Pancras".
MEMBER_FOR = re.compile(
    r"\bthe\s+(?:(?:right\s+)?(?i:hon\.?|honourable|honorable)\s+)?"
    r"(?i:member(?:\s+of\s+parliament)?|mp)\s+for\s+"
    rf"(?P<seat>{CAPITAL}(?:[\s\-—–]+(?:(?:and|upon|on|the|of)\s+)?{CAPITAL_PLAIN}){{0,5}})"
)
POSSESSIVE = re.compile(r"['’]s$")

_NAME_TITLES = TITLE_WORDS | CHAIR.keys()  # "the chairman" is the chair, no name


def name_part(subject: str) -> list[str]:
    """The subject's name, without its title or letters after it: `Ambassador Kim` -> ["kim"],
    `Treasury Secretary Mnuchin` -> ["mnuchin"] (what qualifies an office is not a name),
    `Kirsty Williams AM` -> ["kirsty", "williams"]."""
    words = [POSSESSIVE.sub("", w.strip(".").lower()) for w in subject.split()]
    words = [w for w in words if w]
    while len(words) > 1 and words[-1] in POSTNOMINALS:
        words.pop()
    after = after_title(words)
    name = [w for w in (words if after is None else after) if w not in _NAME_TITLES]
    # An office with no name after it ("the Minister of Health"): its words that are not titles.
    return name or [w for w in words if w not in _NAME_TITLES]


# Three or four capitals that may be a person's initials: "LBJ", "AOC" (not "US" or "EU").
_INITIALS = re.compile(r"[A-Z]{3,4}")
# An office by its initials: "the CEO", "the CFO", or with where it is held, "the CEO of
# Brightline" (`(CEO, Brightline)`). Three letters at least: "the US" is a country, not an
# Under Secretary.
_OFFICE_INITIALS = re.compile(r"the\s+([A-Z]{3,5})(?:\s+(?:of|at)\s+(?P<at>.+))?")
_SMALL_WORDS = {"of", "for", "the", "and", "to", "on", "in"}


def _office_initials(office: str) -> str:
    """`CFO` for Chief Financial Officer, `SGUN` for Secretary-General of the United Nations."""
    words = [w for w in re.split(r"[\s\-]+", office) if w.lower() not in _SMALL_WORDS]
    return "".join(w[0].upper() for w in words if w)


def _holds_by_initials(initials: str, at: list[str], held: Sequence[str]) -> bool:
    """Whether one of these offices (or a part of one after a comma: "Deputy Chair, British
    Medical Association") has these initials, spelt out or written so ("CEO, Brightline"),
    and, if `at` is given, one of them is held there."""
    parts = [p for h in held for p in (h, *h.split(","))]
    named = initials in {form for p in parts for form in (_office_initials(p), p.strip().upper())}
    return named and (not at or at in held_at(held))


def held_at(held: Sequence[str]) -> list[list[str]]:
    """Where these offices are held, as office words: "brightline" of "CEO, Brightline"."""
    return [office_words(p) for h in held for p in h.split(",")[1:]]


def speaker_matches(
    subject: str, speakers: Sequence[str], offices: Mapping[str, Sequence[str]] | None = None
) -> list[str]:
    """Indexed speakers a subject names: `Kim`, `Ambassador Kim`, `Sung Kim` -> `Sung Kim`;
    `F` -> `PhD F`; `LBJ` -> `Lyndon B. Johnson`; a bare office (`the Vice President`) names
    the speaker called that, or the speakers whose labels give them that office (`offices`:
    `the Minister of Health` -> Patty Hajdu, `the Minister` -> every minister)."""
    if _INITIALS.fullmatch(subject):  # or a speaker so called: a magazine's "TIME"
        return [s for s in speakers if subject in (initials(s), s)]
    if short := _OFFICE_INITIALS.fullmatch(subject):  # "the CFO": Chief Financial Officer
        at = office_words(short.group("at") or "")
        held = offices or {}
        return [s for s in speakers if _holds_by_initials(short.group(1), at, held.get(s, ()))]
    if seat := MEMBER_FOR.fullmatch(subject):  # the office the labels give: "Member for ..."
        return holding(["member", "for", *office_words(seat.group("seat"))], speakers, offices)
    wanted = name_part(subject)
    words = office_words(subject)
    office = words[1:] if words[:1] == ["the"] else words
    if wanted:
        return _by_name([_fold(w) for w in wanted], speakers) or holding(office, speakers, offices)
    # "the Vice President" or "the professor" (Professor C): the speakers called that, and
    # those whose labels give them that office (Japan's `(Prime Minister)` and Prime Minister's
    # Questions' Rishi Sunak in one index).
    called = [s for s in speakers if _called_so(office, office_words(s))]
    return called + [s for s in holding(office, speakers, offices) if s not in called]


def _called_so(office: list[str], name: list[str]) -> bool:
    """The speaker's name opens with the office, or ends with it and no word before it makes
    another office: "the President" is not `The Vice President`."""
    n = len(office)
    ends = name[-n:] == office and not (len(name) > n and name[-n - 1] in OTHER_OFFICE)
    return ends or name[:n] == office


def _by_name(wanted: list[str], speakers: Sequence[str]) -> list[str]:
    """The speakers whose names hold every word of `wanted` (accents aside: `Gerard` is
    `Gérard`); failing that, every word but its initials (`Donald J. Trump` is Donald Trump);
    failing that, those whose label gives part of the name, the surname included (`Barack
    Obama` is `President Obama`, `Sung Kim` is `KIM:`)."""
    found = [s for s in speakers if all(w in _folded(s)[0] for w in wanted)]
    full = [w for w in wanted if len(w) > 1]
    if not found and full and len(full) < len(wanted):
        found = [s for s in speakers if all(w in _folded(s)[0] for w in full)]
    if not found and len(full) > 1:
        found = [
            s
            for s in speakers
            if (part := _folded(s)[1]) and part[-1] == full[-1] and all(w in full for w in part)
        ]
    return found


@functools.lru_cache(maxsize=65536)
def _folded(speaker: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The speaker's words, and those of their name without titles, folded (asked of every
    speaker for every question that names someone: kept)."""
    return tuple(_fold(w) for w in speaker.split()), tuple(_fold(w) for w in name_part(speaker))


def _fold(word: str) -> str:
    """Lower case, without accents or dots: how two spellings of a name are compared."""
    return unaccented(word.lower().replace(".", ""))


def spelt_like(name: str, speakers: Sequence[str]) -> list[str]:
    """The speakers whose name, or surname, is spelt nearly as `name` is ("Swinny": John
    Swinney), at most three: a likely typo's meaning, to offer, never to assume."""
    import difflib

    wanted = " ".join(name_words(name)).lower() or name.lower()
    keys: dict[str, list[str]] = {}
    for speaker in speakers:
        for key in (speaker.lower(), speaker.lower().split()[-1]):
            keys.setdefault(key, []).append(speaker)
    near = [
        key
        for word in dict.fromkeys((wanted, wanted.split()[-1]))
        for key in difflib.get_close_matches(word, keys, n=3, cutoff=0.8)
    ]
    return list(dict.fromkeys(s for key in near for s in keys[key]))[:3]


def name_terms(subject: str) -> list[str]:
    """The index terms of the subject's name (titles left out)."""
    return terms(" ".join(name_part(subject)))


@functools.lru_cache(maxsize=4)
def speakers_name_terms(speakers: tuple[str, ...]) -> frozenset[str]:
    """The index terms of the speakers' names, and their initials as `speaker_named` reads them
    ("LBJ"; kept: thousands of speakers take a while)."""
    words = [w for s in speakers for w in name_words(s)]
    words += [i for s in speakers if _INITIALS.fullmatch(i := initials(s))]
    return frozenset(terms(" ".join(words)))


def speaker_named(speaker: str, question: str) -> bool:
    """Whether the question names this speaker by surname (`Johnson` for Lyndon B. Johnson;
    a letter like `F` in `PhD F` only as a capital) or initials (`LBJ`), possessive or not
    ("Owen's comment", "Marketing's presentation", "F's idea")."""
    part = _folded(speaker)[1]
    if not part:
        return False
    last = part[-1]
    words, folded = _question_words(question)
    own = initials(speaker)
    if _INITIALS.fullmatch(own) and own in words:
        return True
    if len(last) == 1:
        return last.upper() in words
    if len(part) == 1 and last in folded:
        # A speaker known by one name ("Lena", a meeting's) is not the "Lena Ortiz" a question
        # names: there the name runs on into another capitalised word that is not theirs.
        tokens = _question_tokens(question)
        return not tokens or any(
            POSSESSIVE.search(w) or i + 1 == len(tokens) or not tokens[i + 1][:1].isupper()
            for i, w in enumerate(tokens)
            if _fold(POSSESSIVE.sub("", w)) == last
        )
    return last in folded


@functools.lru_cache(maxsize=64)
def _question_tokens(question: str) -> tuple[str, ...]:
    """The question's words in order, as written (asked for each candidate's speaker: kept)."""
    return tuple(re.findall(r"[\w'’\-]+", question))


@functools.lru_cache(maxsize=64)
def _question_words(question: str) -> tuple[frozenset[str], frozenset[str]]:
    """The question's words, possessives dropped, as written and folded (asked once for each
    candidate's speaker: kept)."""
    words = [POSSESSIVE.sub("", w) for w in _question_tokens(question)]
    return frozenset(words), frozenset(_fold(w) for w in words)
