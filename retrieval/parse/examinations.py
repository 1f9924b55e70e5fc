"""A deposition's, a trial's or an inquiry's examinations: who puts the `Q.` and who gives the
`A.`, from the lines that say so ("EXAMINATION BY MS. LOWRY:", "RYAN CHO, GOVERNMENT'S
WITNESS, SWORN", "Questions from LEAD COUNSEL TO THE INQUIRY") on."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from retrieval.parse import speakers as sp
from retrieval.parse.askers import asked_by, questions_from, sworn
from retrieval.parse.label_words import ANSWER_LABELS
from retrieval.parse.labels import LabelMatch
from retrieval.parse.lines import Line
from retrieval.parse.roles import Turn, puts_question


class Examination(NamedTuple):
    """A line saying who asks ("q") or who answers ("a") from `at` on: by name, or by the office
    whose holder speaks next (`who` "")."""

    at: int
    kind: str
    who: str
    office: str = ""


def examinations(
    lines: list[Line], labels: dict[int, LabelMatch], names: list[str]
) -> list[Examination]:
    """Each line saying who asks or who answers from there on."""
    out = []
    for i, ln in enumerate(lines):
        if i in labels:
            if not ln.text[labels[i].end :].strip() and (who := asked_by(ln.text, names)):
                out.append(Examination(ln.start, "q", who))
        elif who := sworn(ln.text):
            out.append(Examination(ln.start, "a", who))
        elif asker := questions_from(ln.text):
            out.append(Examination(ln.start, "q", *asker))
    return out


def opens_examination(lines: list[Line], labels: dict[int, LabelMatch], i: int) -> bool:
    """Line `i` swears a witness in or says who puts the questions, and no label opens it."""
    text = lines[i].text
    return i not in labels and (bool(sworn(text)) or questions_from(text) is not None)


def examiners_named(
    examined: list[Examination], turns: list[Turn], text: str
) -> tuple[list[Examination], dict[str, str]]:
    """The examinations whose line gives an office ("Questions from LEAD COUNSEL TO THE
    INQUIRY") put by whoever speaks first after it under a label of their own, if they ask
    ("MR KEITH: Professor, you were ... Is that right?"), not a `Q.`; the others dropped.
    And each such examiner's office."""
    out, offices = [], {}
    for e in examined:
        if e.kind == "q" and not e.who:
            first = next((t for t in turns if t.start > e.at and not _examining(t.label)), None)
            if not first or not puts_question(text[first.start : first.end]):
                continue
            e = e._replace(who=first.speaker)
            if e.office:
                offices.setdefault(e.who, e.office)
        if e.who:
            out.append(e)
    return out, offices


def _examining(label: str) -> bool:
    """A label an examination's questions or answers are put under: `Q.`, `A.`."""
    base = sp.base_label(label)
    return base in ("q", "question", "the witness") or base in ANSWER_LABELS


def examined_turn(t: Turn, examined: list[Examination]) -> Turn:
    """A `Q.` turn as its examination's asker, an `A.` or "THE WITNESS:" turn as its witness."""
    if not _examining(t.label) or sp.outer_paren(t.label):
        return t  # not examined, or named in its label: "Q (Andrew Benson – BBC Sport)"
    kind = "q" if sp.base_label(t.label) in ("q", "question") else "a"
    who = next((e.who for e in reversed(examined) if e.kind == kind and e.at <= t.start), None)
    if not who:
        return t
    return replace(t, speaker=who, role=t.role if kind == "q" else "official")
