"""Offices a question names and the speakers holding them: "the minister" is every minister,
"the health minister" the Minister of Health, "the chairman" the chair."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from retrieval.parse.label_words import FORMS_OF_ADDRESS, JOINING_WORDS, TITLE_WORDS

# One office however a label or a question words it: "What did the chairman say?" of `The
# Chair:`, "the chair" of `Chairwoman Waters:`. (Not a convener, who is whom "the convener" asks
# for where a transcript has both.)
CHAIR = dict.fromkeys(("chairman", "chairwoman", "chairperson"), "chair")
# So with English's words for one who asks at a press conference: "the journalist from Sky
# News" is whom the moderator introduced as from there (`Reporter, Sky News`).
_SAME_OFFICE = (
    CHAIR
    | dict.fromkeys(("journalist", "correspondent"), "reporter")
    # A member of the US House as a question calls them: "the congressman" of `REP. DALE
    # HUTCHINS (R-OH):`.
    | dict.fromkeys(("congressman", "congresswoman", "congressmember"), "representative")
)
# An earnings call's askers are analysts, a press conference's reporters: where no asker holds
# the one a question names, the other asks ("the analyst from Evercore" whom the operator
# introduced, `Reporter, Evercore ISI`).
ASKERS_OFFICES = (["reporter"], ["analyst"])
# ... and every word that names one of them: "reporter", "journalist", "correspondent", "analyst".
ASKERS_WORDS = frozenset(
    [w for office in ASKERS_OFFICES for w in office]
    + [w for w, same in _SAME_OFFICE.items() if [same] in ASKERS_OFFICES]
)


def holding_askers(speakers: Sequence[str], offices: Mapping | None) -> list[str]:
    """The speakers holding an asker's office of either kind (`ASKERS_OFFICES`)."""
    return [s for office in ASKERS_OFFICES for s in holding(office, speakers, offices)]


def holding(office: list[str], speakers: Sequence[str], offices: Mapping | None) -> list[str]:
    """The speakers holding an office that is these words or goes on from them with what it
    is of: `minister` -> every minister, `minister of health` -> the Minister of Health; not
    `council` -> a Council Member (the council is not one of its members). Words before them
    say which one it is (`spokesperson` -> the Official Spokesperson, `minister` -> the
    Health Minister), unless they make another office (not the Prime Minister)."""
    return [
        s
        for s in speakers
        if any(
            _is_or_heads(office, words) if heads else office == words
            for held in (offices or {}).get(s, ())
            for words, heads in _held_words(held)
        )
    ]


@functools.lru_cache(maxsize=8192)
def _held_words(held: str) -> tuple[tuple[list[str], bool], ...]:
    """The words of each office a label's office holds, and whether it heads what follows
    them; read once, as every question that names an office asks it of every speaker's
    (read only). Its commas part an office from where it is held ("Director, Local News
    Fund"), or from another office opening on a title ("Deputy Prime Minister, Minister of
    Finance"); any other part is named whole ("the Royal College of Nursing" of "General
    Secretary, Royal College of Nursing"), and not by its head: "Cabinet Secretary for NHS
    Recovery, Health and Social Care" is no office of health. A dash parts them as a comma
    does: "Member for South Shore—St. Margarets" (a seat of two places), "Leader—National"."""
    first, *rest = re.split(r"[,—]", held)
    titled = [r for r in rest if r.split()[:1] and r.split()[0].lower() in _TITLES]
    # The whole is named whole too: heading it, an office could be a word of where it is held
    # ("the committee" of "External Member, Monetary Policy Committee").
    return (
        *((office_words(part), True) for part in (first, *titled)),
        *((office_words(part), False) for part in (held, *(r for r in rest if r not in titled))),
    )


# The words an office opens on, not the forms of address.
_TITLES = TITLE_WORDS - FORMS_OF_ADDRESS

# What may follow an office's own words: what it is of or for ("Minister for Health", "Vice
# President of Marketing"), or the adjective English puts after a few offices ("Attorney
# General", "Secretary-General"); another noun makes another office ("Council Member").
_OFFICE_GOES_ON = JOINING_WORDS | {"general"}


# Words before an office that make another one: a deputy or a vice president stands in for
# the office, a prime minister heads the ministers, a shadow minister is in opposition, a
# former one has left it.
OTHER_OFFICE = {
    "vice", "deputy", "assistant", "associate", "under", "prime", "shadow", "former", "ex",
    "junior", "lieutenant",
}  # fmt: skip
# Nor is an office what another is of: "the opposition" is no Leader of the Opposition.
_NOT_QUALIFYING = OTHER_OFFICE | JOINING_WORDS


def _is_or_heads(office: list[str], held: list[str]) -> bool:
    # Each office of a label's list holds ("Deputy Prime Minister and Minister of Finance"
    # is the Minister of Finance), with the words before it in that office only.
    return any(
        _heads(office, part) or _portfolio_first(office, part)
        for part in (held, *(held[i + 1 :] for i, w in enumerate(held) if w == "and"))
    )


def _heads(office: list[str], held: list[str]) -> bool:
    n = len(office)
    for at in range(len(held) - n + 1):
        if held[at : at + n] == office:
            ends = len(held) == at + n or held[at + n] in _OFFICE_GOES_ON
            return ends and not _NOT_QUALIFYING.intersection(held[:at])
    return False


def _portfolio_first(office: list[str], held: list[str]) -> bool:
    """English puts what an office is of before it too: "the health minister" is the Minister
    of Health, "the defence secretary" the Secretary of State for Defence."""
    *portfolio, head = office or [""]
    if not portfolio or _NOT_QUALIFYING.intersection(portfolio):
        return False
    n = len(portfolio)
    for at, word in enumerate(held[:-1]):
        if word == head and held[at + 1] in {"of", "for"}:
            rest = held[at + 1 :]
            found = any(rest[i : i + n] == portfolio for i in range(len(rest) - n + 1))
            return found and not _NOT_QUALIFYING.intersection(held[:at])
    return False


def office_words(text: str) -> list[str]:
    """The words of a name or an office in lower case, as offices are compared: "the
    Chairman" is ["the", "chair"]."""
    return list(_office_words(text))


@functools.lru_cache(maxsize=16384)
def _office_words(text: str) -> tuple[str, ...]:
    # Cached: a question naming someone in lower case reads every speaker's name and offices.
    return tuple(
        _SAME_OFFICE.get(w, w) for w in (w.lower() for w in re.findall(r"[\w'’\-]+", text))
    )
