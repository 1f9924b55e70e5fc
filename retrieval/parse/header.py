"""What a transcript's header says: title, date, place, and who speaks (a byline, or
`President: Joe Biden` naming who `THE PRESIDENT` is)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from retrieval.parse import speakers as sp
from retrieval.parse.askers import NAME, asked_by
from retrieval.parse.dates import find_date
from retrieval.parse.label_words import (
    ANSWER_LABELS,
    ASKING_PARTS,
    JOINING_WORDS,
    PEOPLE_KEYS,
    POSTNOMINALS,
    TITLE_WORDS,
)
from retrieval.parse.labels import header_alias, match_label
from retrieval.parse.listed import listed_people


@dataclass
class Header:
    title: str
    date: str | None = None
    location: str | None = None
    names: list[str] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)
    # Whom the title names: "An interview with Senator John Reed", "Deposition of ...".
    featured: str | None = None
    # The part a list of who takes part gives them: "Priya Raman (PI)" -> {"Priya Raman": "PI"}.
    parts: dict[str, str] = field(default_factory=dict)


_PLACE_PART = r"[A-Z][\w.'’\-]*(?: [A-Z.][\w.'’\-]*){0,2}"
_PLACE = re.compile(rf"^{_PLACE_PART}(?:, {_PLACE_PART}){{1,2}}$")
# "By Jane Roe", and who asked or hosted: "Interviewed by Jane Roe".
_BYLINE = re.compile(
    r"^(?:(?P<verb>Interviewed|Moderated|Hosted|Conducted|Chaired)\s+)?[Bb]y\s+(?P<who>.*)$"
)
# The part a byline's verb gives whom it names: "Moderated by Dana Whitfield" above `WHITFIELD:`
# is "the moderator".
_BYLINE_PARTS = {"moderated": "Moderator", "hosted": "Host", "chaired": "Chair"}
_TITLE_PLACE = re.compile(r"(?:,|\b(?:in|at))\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s*$")


# An office itself, up to what qualifies it: "Spokesman" of "Spokesman for the
# Secretary-General", "Department Spokesperson".
# In lower case, up to its first small word: "chief executive" of "chief executive of Northwind".
_OFFICE_HEAD = re.compile(
    r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
    r"|[a-z][\w'’\-]*(?:\s+(?!(?:of|for|at|to|in|on|and|the)\b)[a-z][\w'’\-]*){0,3}"
)
# Whom a title names as speaking: "An interview with Senator John Reed", "Remarks by President
# Biden at ...". The answers of a Q./A. interview are theirs.
# "Interview by Lena Park" names who asks (`_ASKED_BY`).
_TITLE_PERSON = re.compile(
    r"\b(?:(?i:interview|conversation)\s+(?i:with|of)"
    r"|(?i:remarks|statement|testimony|deposition|speech|address|briefing|conference)"
    r"\s+(?i:with|by|of|from))"
    # The office may come first: "Interview with the Chancellor, Jeremy Hunt".
    rf"\s+(?:(?i:the)\s+(?P<office_first>{_OFFICE_HEAD.pattern}),\s+)?"
    rf"(?P<who>{NAME})"
    # A byline's office after the name: "briefing by Stéphane Dujarric, Spokesman for ...".
    r"(?:,\s+(?P<office>[A-Za-z][^,;()\n]{0,60}))?"
)


# A name and the part its holder plays, in columns: a wide gap or tabs between.
_SPACED_PART = re.compile(r"(?P<who>\S+(?: \S+){1,5})(?: {3,}|\t+)(?P<part>\S.*)")


# A second person a title names: "... by Press Secretary Maya Torres and National Security
# Adviser Paul Greer".
_AND_PERSON = re.compile(rf"\s+and\s+(?P<who>{NAME})")


# A briefing named after its briefer, the office first: "Foreign Ministry Spokesperson Mao Ning's
# Regular Press Conference on June 12, 2023".
_BRIEFERS = re.compile(
    r"(?P<who>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,7})['’]s\s+"
    r"(?:(?i:regular|daily|weekly)\s+)?(?i:press|news|media)\s+(?i:conference|briefing)"
)


def _list_item(meta: Header, line: str) -> bool:
    """One line of a list below its key ("Fiona Grant (Chair)" below "Present:"): who it names
    joins the header's names, with the part in parentheses; False when it names nobody."""
    label = match_label(line)
    if label and label.style != "paren_alone":  # "Company Secretary: Daniel Reyes" is a key
        return False
    listed = listed_people(line)
    if len(listed[0]) != 1:
        return False
    _add_listed(meta, *listed)
    return True


def _add_listed(
    meta: Header, names: list[str], roles: dict[str, str], parts: dict[str, str]
) -> None:
    """What a list of who takes part gives (`listed_people`), where the header gave none yet."""
    meta.names += [n for n in names if n not in meta.names]
    meta.aliases.update({r: n for r, n in roles.items() if r not in meta.aliases})
    meta.parts.update({n: r for n, r in parts.items() if n not in meta.parts})


def _heading_key(key: str) -> bool:
    """A key that joins its words as a heading does ("Transcript for ...", "Interview with
    ..."), not as an office ("Minister for Health") or a list's key ("Members in attendance")."""
    words = sp.base_label(key).split()
    return (
        len(words) > 2
        and words[0] not in TITLE_WORDS
        and any(w in JOINING_WORDS for w in words[1:-1])
        and sp.base_label(key) not in PEOPLE_KEYS
    )


def read_header(header: list[str], file_stem: str) -> Header:
    """The header's title, date, place and names; the file's name stands in for a missing
    title or date."""
    meta = Header(title="")
    untitled = ""
    listing = False  # below a key with no value ("Present:"): its list, a line each
    for n, text in enumerate(header):
        line = re.sub(r"^[#>*_\s]+|[*_\s]+$", "", text).strip()
        if not line:
            listing = False
            continue
        if listing and _list_item(meta, line):
            continue
        listing = False
        spaced = _SPACED_PART.fullmatch(line)
        if spaced and sum(bool(_SPACED_PART.fullmatch(x.strip())) for x in header) >= 2:
            who = " ".join(sp.name_words(spaced.group("who")))
            if sp.looks_like_name(who):
                # One of a list, a line each, the part set apart in a column of its own:
                # "Judith Paget   Chief Executive, NHS Wales" above a committee's evidence.
                meta.names += [who] if who not in meta.names else []
                meta.parts.setdefault(who, spaced.group("part").strip())
                continue
        honoured = _honoured(line)  # "THE HON ANTHONY ALBANESE MP", not the label "THE"
        label = None if honoured else match_label(line)
        if label and label.style == "dash":
            beside = [
                match_label(x.strip()) for x in header[max(n - 1, 0) : n] + header[n + 1 : n + 2]
            ]
            if any(m and m.style == "dash" for m in beside) and sp.looks_like_name(label.label):
                # One of a list, a line each: "Tim Cook - Chief Executive Officer" above an
                # earnings call. Their part is the office their labels do not give.
                meta.names += [label.label] if label.label not in meta.names else []
                meta.parts.setdefault(label.label, line[label.end :].strip())
                continue
            label = None  # "Sprint Planning - Payments Team" is a title
        key = sp.base_label(label.label) if label else ""
        if key in ("location", "place", "venue") and _is_place(value := line[label.end :].strip()):
            meta.location = meta.location or value  # "Location: Oakland, California"
            continue
        if key in ("title", "subject") and (value := line[label.end :].strip()):
            meta.title = meta.title or value
            continue
        speaking = label and not sp.is_metadata_key(label.label)  # as a turn's label would
        if label and (speaking or sp.base_label(label.label) in PEOPLE_KEYS):
            value = line[label.end :].strip()
            if speaking and (name := header_alias(label, value)):
                meta.aliases[sp.base_label(label.label).removeprefix("the ")] = name
                meta.names.append(name)
                if sp.base_label(label.label) in ASKING_PARTS:  # "Moderator: Prof. Jo Ng"
                    meta.parts.setdefault(name, label.label.strip())
                role = (
                    sp.is_known_role_label(label.label)
                    or sp.starts_with_title(label.label)
                    or sp.base_label(label.label) in ANSWER_LABELS
                )
                if not meta.title and not role:
                    meta.title = line  # "Oral history: Sam Kent, retired shipyard welder"
                continue
            if speaking and _heading_key(label.label):
                # "Transcript for Priya Natarajan: Gravitational Lensing, Dark Matter and
                # Black Holes", "Interview with Jane Doe: ...": a title, not a list of people.
                meta.title = meta.title or line
                continue
            names, roles, parts = listed_people(value)
            listing = not value and not speaking
            if len(names) > 1 or roles or not speaking:
                # A list of who takes part is never the title, even of surnames alone
                # ("Members in attendance: Senators Bragg, Canavan and McKenzie").
                _add_listed(meta, names, roles, parts)
                continue
        found = find_date(line)
        if found and len(line.split()) <= 12:
            meta.date = meta.date or found[0]
            # A dateline may carry the place: "June 12, 2021 — Geneva, Switzerland".
            rest = (line[: found[1]] + " " + line[found[2] :]).strip(" \t—–-|,;:*_")
            byline = _BYLINE.match(rest)
            if byline and sp.looks_like_name(who := _byline_name(byline)):
                meta.names.append(who)  # "Interviewed by Jane Roe, 3 March 2022"
                _byline_part(meta, byline, who)
            elif meta.location is None and _is_place(rest):
                meta.location = rest
            elif not meta.title and len(rest.split()) >= 2 and not rest.endswith((".", "?")):
                # "Department Press Briefing – February 7, 2022", "Product review, 12 June"
                meta.title = line
            continue
        byline = _BYLINE.match(line)
        head = line.split(",")[0]  # "Ned Price, Department Spokesperson"
        words = _byline_name(byline).split() if byline else sp.name_words(head)
        named = (
            byline
            or sp.looks_like_name(line)
            or honoured
            or (
                "," in line
                and sp.looks_like_name(head)
                and sp.starts_with_title(line.split(",", 1)[1])
            )
        )
        if named and sp.looks_like_name(" ".join(words)):
            # A heading in two or three capitalised words reads as a name too ("Design
            # Review"): the title when nothing else is.
            untitled = untitled or line
            meta.names.append(" ".join(words))
            if byline:
                _byline_part(meta, byline, " ".join(words))
            office = line.split(",", 1)[1] if "," in line and not byline else ""
            if office and (held := _alias_office(meta, office, " ".join(words))):
                # Their office, as a label would give it: "the spokesperson" finds Ned Price.
                meta.parts.setdefault(" ".join(words), held)
            if honoured:
                # An Australian minister's transcript gives the office on a line of its own
                # beside the name: "PRIME MINISTER" above "THE HON ANTHONY ALBANESE MP".
                above, below = header[n - 1 : n], header[n + 1 : n + 2]  # [] at the edges
                for office in above + below:
                    _alias_office(meta, office, sp.title_case(words), whole=True)
                if meta.title in above:
                    meta.title = ""  # the office above the name is no title
            continue
        if meta.location is None and _is_place(line):
            meta.location = line
            continue
        if not meta.title and len(line.split()) <= 25 and not line.endswith((".", "?")):
            meta.title = line
    for text in header:
        if not (m := _TITLE_PERSON.search(text) or _BRIEFERS.search(text)):
            continue
        written = m.group("who").split()
        words = sp.name_words(m.group("who"))
        who = sp.title_case(words)  # "DEPOSITION OF JAMES WHITFIELD": James Whitfield
        # A surname alone counts after a title: "Remarks by President Biden" (not "BRIEFING BY
        # THE OFFICE OF THE SPOKESPERSON": what is left is not the last word).
        titled = len(words) == 1 and len(written) > 1 and written[-1].rstrip(".") == who
        if not (sp.looks_like_name(who) or titled):
            continue
        groups = m.groupdict()
        office = groups.get("office_first") or groups.get("office")
        if groups.get("office_first") and not _alias_office(meta, office, who, whole=True):
            continue  # "Briefing by the Office of the Spokesperson, United Nations"
        if who not in meta.names:
            meta.names.append(who)
        meta.featured = who
        if office and not titled and (held := _alias_office(meta, office, who)):
            # What `the Chancellor` asks for, though the labels say `JEREMY HUNT:`.
            meta.parts.setdefault(who, held)
        elif titled:  # "Remarks by President Biden" above `THE PRESIDENT:`
            _alias_office(meta, written[-2], who, whole=True)
        elif office := _titled_office(m.group("who")):
            # An office before the full name: "NATO Secretary General Jens Stoltenberg".
            meta.parts.setdefault(who, office)
        if (also := _AND_PERSON.match(text, m.end())) and (
            office := _titled_office(also.group("who"))
        ):
            # And whom it names beside them: "Press Briefing by Press Secretary Maya Torres and
            # National Security Adviser Paul Greer".
            other = sp.title_case(sp.name_words(also.group("who")))
            if sp.looks_like_name(other):
                meta.names += [other] if other not in meta.names else []
                meta.parts.setdefault(other, office)
        break
    for text in header:
        if (who := asked_by(text)) and sp.looks_like_name(who):
            # "Interview by Lena Park": hers are the questions (`Q:`, or a question in bold).
            meta.names += [who] if who not in meta.names else []
            meta.aliases.setdefault("interviewer", who)
            break
    # An oral history's "Interviewer: David Ross" and "Interviewee: Margaret Chen" above its
    # `Q:` and `A:`: whose the questions and the answers are.
    if asker := meta.aliases.get("interviewer"):
        for label in ("q", "i"):
            meta.aliases.setdefault(label, asker)
    meta.featured = (
        meta.featured or meta.aliases.get("interviewee") or meta.aliases.get("respondent")
    )
    if meta.featured is None and meta.title:
        # A magazine's Q&A: "'We are running out of time': Dr. Amara Okafor on resistance".
        meta.featured = titled_person(meta.title)
    if meta.date is None:
        for text in header:
            if found := find_date(text):
                meta.date = found[0]
                break
    # Archives name their files by the day ("1964-03-07-press-conference.txt", or with
    # underscores, "2021_06_08_briefing.txt") when the text
    # itself gives none; the header's own date, when there is one, comes first.
    if meta.date is None and (found := find_date(file_stem.replace("_", "-"))):
        meta.date = found[0]
    if meta.location is None and meta.title and (m := _TITLE_PLACE.search(meta.title)):
        meta.location = m.group(1)
    meta.title = meta.title or untitled or file_stem.replace("_", " ")
    return meta


_CAPITALISED = re.compile(r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*")


def _byline_name(byline: re.Match[str]) -> str:
    """The first name a byline gives: "Dana Whitfield" of "Moderated by Dana Whitfield, with
    panelist Marcus Oyelaran of the Riverton Ledger"."""
    first = re.split(r"[,;]|\s+(?:and|with|of)\s+", byline.group("who"))[0]
    return " ".join(sp.name_words(first))


def _byline_part(meta: Header, byline: re.Match[str], who: str) -> None:
    """Whom "Moderated by" (or "Hosted by", "Chaired by") names holds that part, and a label of
    it (`MODERATOR:`) is theirs, unless the header says otherwise."""
    if part := _BYLINE_PARTS.get((byline.group("verb") or "").lower()):
        meta.parts.setdefault(who, part)
        meta.aliases.setdefault(part.lower(), who)


def _titled_office(written: str) -> str:
    """The office before a full name that titles open ("NATO Secretary General" of "NATO
    Secretary General Jens Stoltenberg"), or ""."""
    words = sp.name_words(written)
    if not words or not sp.ends_with_titled_name(written):
        return ""
    return sp.office_before(written.split()[: -len(words)])


def titled_person(line: str) -> str | None:
    """The first full name after a title in `line` ("Dr. Amara Okafor"), if any."""
    for m in _CAPITALISED.finditer(line):
        words = m.group().split()
        if len(words) > 2 and words[0].strip(".").lower() in TITLE_WORDS - {"the"}:
            who = " ".join(sp.name_words(m.group()))
            if sp.looks_like_name(who) and len(who.split()) <= 3:
                return who
    return None


def _honoured(line: str) -> bool:
    """A name with the honours of a member of parliament: "THE HON ANTHONY ALBANESE MP",
    "Hon. Mark Butler MP" (a name alone, not "Hon. Members will recall ...")."""
    words = line.replace(".", " ").split()
    return (
        len(words) <= 7
        and (words[:1] == ["Hon"] or [w.lower() for w in words[:2]] == ["the", "hon"])
        and words[-1].lower() in POSTNOMINALS
    )


def _alias_office(meta: Header, office: str, who: str, whole: bool = False) -> str:
    """A byline's office names who a label of that office is: "Ned Price, Department
    Spokesperson" makes `SPOKESPERSON:` (or `Department Spokesperson:`) Ned Price. A label
    the header names explicitly (`Spokesperson: ...`) comes first. `whole`: the office is all
    of `office` (a line of its own), not its head. The office as written ("Department
    Spokesperson"), or "" when `office` is none."""
    head = _OFFICE_HEAD.match(office.strip())
    words = head.group().lower().split() if head else []
    if whole and (not head or head.group() != office.strip()):
        return ""
    if not head or not words or not all(w in TITLE_WORDS for w in words):
        return ""
    for key in (" ".join(words), words[-1]):
        meta.aliases.setdefault(key, who)
    return head.group()


def _is_place(line: str) -> bool:
    words = line.replace(",", " ").split()
    return bool(_PLACE.match(line)) and not any(w.strip(".").lower() in TITLE_WORDS for w in words)
