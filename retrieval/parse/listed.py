"""Who a header's list of who takes part names ("Members present: Greg Clark (Chair); Dawn
Butler"), and the full names headings between turns give surname labels."""

from __future__ import annotations

import re

from retrieval.parse import speakers as sp
from retrieval.parse.askers import NAME
from retrieval.parse.label_words import JOINING_WORDS, TITLE_WORDS

# Minutes' key to their initials: "JD = Jane Doe (chair)", "MK - Mark King".
_INITIALS_KEY = re.compile(r"(?P<initials>[A-Z]{2,4})\s*[=:–—-]\s*(?P<who>[A-Z].*)")
# Who takes part, listed after a key: "Members present: Greg Clark (Chair); Dawn Butler." or
# "Attendees: Priya (PM), Tom (Design)". A role in parentheses names who that label is.
_LISTED_ROLE = re.compile(rf"(?P<who>{NAME})\s*\((?P<role>[A-Za-z][\w .'’\-]{{0,30}})\)")


def listed_people(value: str) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """The names in a header's list of who takes part ("Greg Clark (Chair); Dawn Butler;
    Professor Rose Luckin, University College London"), the labels that stand for them (the
    roles the parentheses give them, {"chair": "Greg Clark"}, and a key's initials) and those
    roles as written ({"Greg Clark": "Chair"}), or what follows a name's comma ({"Rose Luckin":
    "University College London"}). Items are split at semicolons, or at commas
    when no item has a semicolon; what follows a name's comma is where they are from."""
    items = value.split(";") if ";" in value else value.split(",")
    names: list[str] = []
    roles: dict[str, str] = {}
    parts: dict[str, str] = {}
    for item in items:
        item = item.strip().rstrip(".")
        keyed = _INITIALS_KEY.fullmatch(item)
        item = keyed.group("who") if keyed else item
        m = _LISTED_ROLE.fullmatch(item)
        who = m.group("who") if m else item.split(",")[0]
        name = " ".join(sp.name_words(who))
        # With a part in parentheses a first name alone is someone: "Priya (PM)".
        first_name = bool(m) and re.fullmatch(r"[A-Z][a-zA-Z'’\-]+", name) is not None
        if not (sp.looks_like_name(name) or first_name):
            continue
        names.append(name)
        if m:
            roles[sp.base_label(m.group("role"))] = name
            parts.setdefault(name, m.group("role").strip())
        elif ";" in value and "," in item:
            # A witness's office and where they are from: "Pat Cullen, General Secretary,
            # Royal College of Nursing".
            parts.setdefault(name, item.split(",", 1)[1].strip())
        if keyed:
            roles[keyed.group("initials").lower()] = name
    return names, roles, parts


def heading_names(headings: list[str], surnames: set[str]) -> list[str]:
    """Full names that headings between turns (or the title) give the speakers whose labels
    say only a surname: "STATEMENT OF JOAN CARTER, DIRECTOR, ..." above `Ms. Carter.` -> "Joan
    Carter"; `surnames` in lower case."""
    out = []
    for heading in headings:
        words = re.findall(r"[^\s,;:()\[\]]+|[,;:()\[\]]", heading)
        for i, word in enumerate(words):
            if word.lower() not in surnames:
                continue
            given: list[str] = []
            for before in reversed(words[max(0, i - 2) : i]):
                bare = before.rstrip(".").lower()
                if not before[0].isalpha() or bare in TITLE_WORDS or bare in JOINING_WORDS:
                    break
                if bare.endswith(("'s", "’s")) or (before.isupper() and not word.isupper()):
                    break  # whose, or where: "EU's Vestager", "EU Vestager"
                given.insert(0, before)
            if given and (name := sp.title_case([*given, word])) not in out:
                out.append(name)
    return out
