"""Turns run together in one paragraph ("Anna Berg: The gym opens in June. Tom Ruiz: Good."),
as a copy from some web pages or a PDF's text layer gives them."""

from __future__ import annotations

import itertools
import re
from collections import Counter

from retrieval.parse import speakers as sp
from retrieval.parse.labels import match_label
from retrieval.parse.lines import Line

# A sentence's end and the space after it, where a label may open the next speaker's words.
_SENTENCE_END = re.compile(r"[.?!…][\"”’)\]]*[ \t]+")


def split_inline(lines: list[Line]) -> list[Line]:
    """`lines` with each label after a sentence's end opening a line of its own (at its offset
    in the file), when such labels name two speakers or more and one of them twice; else
    `lines` itself. Only labels closed by a colon that name someone ("Tom Ruiz:", "Mayor Lee:",
    "Interviewer:"), not a speech's "First: roads." or "Note: ..."."""
    cuts: dict[int, list[int]] = {}
    said: Counter[str] = Counter()
    for i, ln in enumerate(lines):
        for p in [0, *(m.end() for m in _SENTENCE_END.finditer(ln.text))]:
            m = match_label(ln.text[p:])
            if m and not m.style and _names_a_speaker(m.label):
                said[sp.base_label(m.label).lower()] += 1
                if p:
                    cuts.setdefault(i, []).append(p)
    if not cuts or len(said) < 2 or max(said.values()) < 2:
        return lines
    out = []
    for i, ln in enumerate(lines):
        bounds = [0, *cuts.get(i, []), len(ln.text)]
        for a, b in itertools.pairwise(bounds):
            piece = ln.text[a:b].rstrip()
            out.append(Line(ln.start + a, ln.start + a + len(piece), piece))
    return out


def _names_a_speaker(label: str) -> bool:
    """A person's name, perhaps after titles ("Dr. Tedros"), or a label for a part ("Q")."""
    words = sp.name_words(label)
    return (
        sp.is_known_role_label(label)
        or sp.looks_like_name(" ".join(words))
        or (sp.starts_with_title(label) and len(words) == 1)
    )
