"""The offices speaker labels give: a title in parentheses or before a name, a seat, an asker's
part ("-- Analyst"). Questions name speakers by them ("the Minister of Health", "the member for
Aberdeen South", "the CFO", "the analyst")."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable

from retrieval.parse import speakers as sp
from retrieval.parse.askers import OUTLET_WORD
from retrieval.parse.label_speaker import (
    asker_called,
    asker_outlet,
    paren_asks,
    paren_hosts,
    paren_part,
)
from retrieval.parse.label_words import (
    ABBREVIATED_TITLES,
    FORMS_OF_ADDRESS,
    IRISH_CHAIRS,
    JOINERS,
    JOINING_WORDS,
    REPORTER_LABELS,
    TITLE_WORDS,
)
from retrieval.parse.roles import Turn, introductions


def label_offices(turns: Iterable[Turn]) -> dict[str, str]:
    """Speaker -> the office their first labelled turn gives them: "Hon. Patty Hajdu (Minister
    of Health):" -> {"Patty Hajdu": "Minister of Health"}; a seat makes a member for it:
    "(Edmonton Strathcona, NDP)" -> "Member for Edmonton Strathcona"; an asker's part its name:
    "(Goldman Sachs -- Analyst)" -> "Analyst"; else the titles before a name or in its place:
    "AMBASSADOR KIM:" -> ambassador, "The President." (Lyndon B. Johnson) -> president."""
    out: dict[str, str] = {}
    turns = list(turns)
    # Where seats come with an office after a dash, as Australia's Hansard writes them
    # ("(Grayndler—Prime Minister)"), one place alone in parentheses is a seat too ("(Bendigo)").
    dashed = any("—" in constituency(t.label) for t in turns if t.label)
    for t in turns:
        if t.speaker in out or not t.label or _diarised(t.label):
            continue
        if english := IRISH_CHAIRS.get(sp.base_label(t.label)):
            out[t.speaker] = english  # "An Cathaoirleach:" chairs: "the chair"
            continue
        if t.role == "reporter" and t.speaker == t.label.strip() and _outlet_label(t.label):
            out[t.speaker] = _asker_office(asker_called("q"), t.speaker)  # "AFP:" asks for AFP
            continue
        held = sp.outer_paren(t.label)
        groups = re.findall(r"\(([^()]*)\)", t.label)
        if _PARTY.fullmatch(held) and len(groups) == 2:
            # The party, then the office: "SEN. JOHN THUNE (R-SD), MAJORITY LEADER", as American
            # television writes it.
            held = groups[1].strip()
        if held[:1].isupper():  # not how they spoke: "The President (spoke in Spanish)"
            held_words = re.findall(r"[\w'’\-]+", held.lower())
            # An office's head may come last, after what qualifies it: "Olaf Scholz, Federal
            # Chancellor:" (read as if in parentheses); not a seat's, "(Grayndler—Prime
            # Minister)", nor a party's, below. Or before what it is of: "(Privacy
            # Commissioner of Canada, Office of the Privacy Commissioner of Canada)".
            first = re.split(r"[,—]|\s(?:of|for)\s", held.lower())[0].split()
            ends = held_words[:1] + first[-1:]
            if not re.search(r"[,—]", held):
                ends += held_words[-1:]
            titled = set(ends) & (TITLE_WORDS - FORMS_OF_ADDRESS)
            # "The Chair (Hon. Anthony Rota (...))" holds the name, and the office is
            # outside: "The Cabinet Secretary for Health (Michael Matheson)".
            their_name = t.speaker.split()[-1].lower() in held_words
            outside = sp.strip_parens(t.label).split()
            if outside[:1] and outside[0].lower() == "the":
                outside = outside[1:]
            hosts = paren_hosts(t.label)  # "STEVE INSKEEP, HOST:"
            asker = sp.base_label(t.label) in REPORTER_LABELS  # "Question (Ann Lee, WION)"
            if (titled or hosts) and not their_name:
                out[t.speaker] = held
            elif (
                their_name
                and outside
                and not asker
                and not {w.lower() for w in outside} & set(held_words)
            ):
                out[t.speaker] = " ".join(outside)  # "Host (Ruth Adler)"
            elif (outlet := asker_outlet(t.label)) and outlet == t.speaker:
                # "Journalist (Politico)": "the journalist from Politico".
                out[t.speaker] = _asker_office(asker_called(sp.base_label(t.label)), outlet)
            elif paren_asks(t.label):
                out[t.speaker] = _asker_office(paren_part(t.label), held)
            elif their_name and asker and (where := _after_person(held)):
                # "Question (Sidhant Sibal, WION)", the FIA's "Q (Andrew Benson – BBC Sport)": a
                # reporter of WION, as "the WION reporter" or "the reporter from WION" names them.
                part = asker_called(sp.base_label(t.label))
                out[t.speaker] = _asker_office(part, where)
            elif not their_name and (seat := constituency(t.label, dashed)):
                office = seat.partition("—")[2].split()
                if office[:1] and office[0].lower() in TITLE_WORDS:
                    out[t.speaker] = " ".join(office)  # "(Grayndler—Prime Minister)"
                else:  # one place, or two: "(South Shore—St. Margarets, CPC)"
                    out[t.speaker] = "Member for " + seat.strip()
            elif not their_name and "," in held and not sp.starts_with_title(t.label):
                out[t.speaker] = held  # a guest's job and employer: "(Station Manager, WKRP)"
            if t.speaker in out or not sp.starts_with_title(t.label):
                continue
        title = office_of(sp.base_label(t.label), leading=True)
        if title and title != office_of(t.speaker.lower()):  # not "Chair" for the Chair
            out[t.speaker] = title
    return out


def spoken_offices(turns: list[Turn], text: str) -> dict[str, str]:
    """Speaker -> the office another speaker puts before their full name, the first time:
    "I'm joined by Cal Fire Chief Tom Whitaker and Sheriff Linda Park" -> {"Tom Whitaker": "Cal
    Fire Chief", "Linda Park": "Sheriff"}, as a host or a moderator introduces whom the labels
    name bare. The office ends with a title's word ("Chief"); capitalised words before it
    qualify it ("Cal Fire"), not one that opens a sentence ("Welcome")."""
    starts = [t.start for t in turns]
    out: dict[str, str] = {}
    for name in sorted({t.speaker for t in turns}):
        # A surname's label ("VOSS:") is introduced with a given name ("Councilmember Elena
        # Voss").
        given = r"(?:[A-Z][\w'’\-]+\s+)?" if " " not in name else ""
        said = rf"(?<![\w'’\-]){given}{re.escape(name)}(?![\w'’\-])"
        for m in re.finditer(said, text):
            i = bisect.bisect_right(starts, m.start()) - 1
            if i < 0 or turns[i].speaker == name or m.start() >= turns[i].end:
                continue
            before = text[max(turns[i].start, m.start() - 80) : m.start()]
            after = text[m.end() : min(turns[i].end, m.end() + 80)]
            if office := _office_before_name(before) or _appositive(before, after):
                out[name] = office
                break
    return out


# "the Fed chair, Jerome Powell" and "Jerome Powell, the Fed chair,": an office set beside a
# name by a comma, after "the" (without it, "Thank you, Madam Chair, Senator Hale" addresses
# the chair and names someone else).
_OFFICE_THEN_NAME = re.compile(r"(?:^|\s)the\s+(?P<office>[^\s,.;:!?][^,.;:!?]{0,60}),\s*$")
_NAME_THEN_OFFICE = re.compile(r"^,\s*the\s+(?P<office>[^,.;:!?]{1,60})(?=[,.;:!?])")


def _appositive(before: str, after: str) -> str:
    """The office a comma sets beside a name, ending on a title's word ("Fed chair" of "the
    new Fed chair"; "chief executive" of "the chief executive of Acme"); or ""."""
    for m in (_OFFICE_THEN_NAME.search(before), _NAME_THEN_OFFICE.match(after)):
        if not m:
            continue
        words = re.split(r"\s+(?:of|at|for)\s+[A-Z]", m.group("office"))[0].split()
        office = _office_before_name(" ".join(["the", *words]))
        if office and words[-len(office.split()) :] == office.split():
            return office
    return ""


def _office_before_name(before: str) -> str:
    """The office that the words just before a name make, if they end with a title's word."""
    tokens = re.findall(r"[\w'’\-]+\.?|[^\w\s]", before)

    def ends_sentence(token: str) -> bool:
        # "President." ends one; "Dr." and "Gen." do not, nor an initial.
        bare = token.rstrip(".").lower()
        abbreviated = bare in FORMS_OF_ADDRESS or bare in ABBREVIATED_TITLES or len(bare) == 1
        return token in (".", "?", "!") or (token.endswith(".") and not abbreviated)

    run: list[str] = []
    for k in range(len(tokens) - 1, -1, -1):
        word, bare = tokens[k], tokens[k].strip(".").lower()
        if ends_sentence(word) or bare in JOINING_WORDS:
            break
        opens = k == 0 or ends_sentence(tokens[k - 1])  # a sentence's first word
        if bare in TITLE_WORDS or (word[:1].isupper() and not opens):
            run.insert(0, word)
            continue
        break
    office = sp.office_before(run)
    last = office.split()[-1:]
    return office if last and last[0].strip(".").lower() in TITLE_WORDS - JOINERS else ""


def introduced_offices(turns: list[Turn], text: str) -> dict[str, str]:
    """Reporter -> where the moderator who gave them the floor says they work: "Reporter,
    STAT" of "The first question is from Helen Branswell from STAT." (see
    `roles.introductions`)."""
    askers = {t.speaker for t in turns if t.role == "reporter"}
    return {
        s: _asker_office(asker_called("q"), at)  # "Reporter", as a `Q:` is shown
        for s, (_, at) in introductions(turns, text).items()
        if s in askers and at
    }


def _after_person(held: str) -> str:
    """What a parenthesis says after the person it names: "WION" of "Sidhant Sibal, WION", "BBC
    Sport" of "Andrew Benson – BBC Sport"; or ""."""
    person = sp.paren_person(held)
    return held[len(person) :].strip(" ,–—-") if held.startswith(person) else ""


# An asker's turn opening with who they are and where they work: "Steve Liesman, CNBC.", "Nick
# Timiraos of the Wall Street Journal.", "Thanks, Chair Powell. Rachel Siegel from the Washington
# Post." (the name is the speaker's; where they work runs to the sentence's end).
_SELF_INTRODUCED = (
    r"(?:,\s*|\s+(?:of|from|with|at)\s+(?:the\s+)?)"
    rf"(?P<at>{OUTLET_WORD}(?:\s+{OUTLET_WORD}){{0,4}})\."
)


def _outlet_label(label: str) -> bool:
    """A label that is an outlet alone ("AFP:", "Reuters:"), not a person, an asker's part or
    a recogniser's speaker."""
    return not (
        sp.looks_like_name(label.strip())
        or sp.starts_with_title(label)  # "Baroness Wheeler", whose title is her office
        or sp.base_label(label) in REPORTER_LABELS
        or _diarised(label)
    )


def self_introduced_offices(turns: list[Turn], text: str) -> dict[str, str]:
    """Reporter -> where they say they work as they put their first question: "Reporter,
    CNBC" of "Steve Liesman, CNBC. Mr. Chairman, ..."."""
    out: dict[str, str] = {}
    for t in turns:
        if t.role != "reporter" or t.speaker in out:
            continue
        opening = text[t.start : min(t.end, t.start + 200)]
        said = re.search(rf"(?:^|[.!?]\s+){re.escape(t.speaker)}{_SELF_INTRODUCED}", opening)
        if said and len(t.speaker.split()) >= 2:
            out[t.speaker] = _asker_office(asker_called("q"), said.group("at"))
    return out


def _asker_office(part: str, held: str) -> str:
    """An asker's part and where they work, as an office: "Analyst, Morgan Stanley" of "(Morgan
    Stanley -- Analyst)", "Reporter, WION" of "WION"; the part alone where nothing else is said."""
    where = [w.strip() for w in re.split(r"\s+--\s+|,", held) if w.strip() and w.strip() != part]
    return ", ".join([part, *where])


def _diarised(label: str) -> bool:
    """A recogniser's speaker ("Speaker 1", "SPEAKER_00", "Speaker A"), who holds no office."""
    return sp.is_numbered(label) or bool(re.fullmatch(r"speaker [a-z]", sp.base_label(label)))


# A place's name: capitalised words and the few small ones places have ("Stratford-on-Avon",
# "Newcastle upon Tyne", "Holborn and St Pancras").
_PLACE_SMALL_WORDS = ("and", "upon", "on", "the", "of")


# A party's letter before the state: "(R)", "(D-NY)".
_PARTY = re.compile(r"[A-Z]{1,2}(?:-[A-Z]{2})?")


def constituency(label: str, seats_alone: bool = False) -> str:
    """The seat a parliament's label gives: "Keir Starmer (Holborn and St Pancras) (Lab)" (seat,
    then party), "Ms. Heather McPherson (Edmonton Strathcona, NDP)" (seat, comma, party). One
    word alone in parentheses could be either ("(Strangford)", "(Labour)"), and a country in
    them ("Mr. Smith (United Kingdom)") is no seat: neither counts, unless `seats_alone` (the
    transcript's parentheses hold seats)."""
    # Not a time ("(14:01)") or how they spoke ("(spoke in Russian)", "(through translator)").
    groups = [g for g in re.findall(r"\(([^()]*)\)", label) if g[:1].isupper()]
    if len(groups) == 2 and _PARTY.fullmatch(groups[0]):
        # The party first, as American broadcasts write it: "SEN. SUSAN COLLINS (R), MAINE".
        return ""
    if len(groups) == 2:
        seat = groups[0]
    elif len(groups) == 1 and groups[0].count(",") == 1:
        if not sp.starts_with_title(label):
            # Canada's Hansard titles its members ("Ms. Heather McPherson (...)"); a panel's
            # guest is named bare: "DAN MORRIS (Station Manager, WKRP)" holds no seat.
            return ""
        seat, party = (part.strip() for part in groups[0].split(","))
        if len(party.split()) != 1 or len(party.strip(" .")) > 6:
            return ""  # a party's abbreviation ("NDP", "Lib."), not "(Editor, Valley Ledger)"
        if not (party.isupper() or party.endswith(".")):
            return ""  # ... in capitals or cut short, not a company's name: "(Ops Lead, Acme)"
    elif len(groups) == 1 and ("—" in groups[0] or seats_alone):
        seat = groups[0]  # Australia's "(Grayndler—Prime Minister)": the seat, then the office
    else:
        return ""
    # The place, before the office a dash may add ("South Australia—Leader of the Opposition in
    # the Senate", as Australia's Senate writes it).
    words = seat.partition("—")[0].split()
    if not words or not words[0][:1].isupper() or words[0].strip(".").lower() in TITLE_WORDS:
        return ""
    place = all(w[:1].isupper() or w in _PLACE_SMALL_WORDS for w in words)
    return seat.strip() if place and len(words) <= 6 else ""


def office_of(base: str, leading: bool = False) -> str:
    """The office a label names: "the chair" -> "chair"; with `leading`, the title words before
    a name ("spokesperson dujarric" -> "spokesperson", "mr. smith" -> "")."""
    words = [w.strip(".") for w in base.split()]
    if sp.is_office_label(base):
        words = words[1:]  # "the company secretary", not "company" before a name
    elif leading:
        titles = list(itertools.takewhile(lambda w: w in TITLE_WORDS, words))
        # An office that a word qualifies: "transportation director okafor", "transit director
        # sam okoro", "general manager robert hale" (not "sung kim special representative for
        # north korea").
        tail = sp.after_title(words) or []
        qualified = 1 <= len(tail) <= 3 and not JOINERS.intersection(tail)
        words = words[: -len(tail)] if qualified else titles
        if titles and titles[-1] in JOINERS and (name := sp.name_words(base)):
            words = base.split()[: -len(name)]  # "president of russia vladimir putin"
    words = [ABBREVIATED_TITLES.get(w, w) for w in words if w not in FORMS_OF_ADDRESS]
    if words[-1:] == ["professor"] and len(words) > 1:
        words.pop()  # the holder's own title: "Chief Medical Officer Professor Chris Whitty"
    return " ".join(words)
