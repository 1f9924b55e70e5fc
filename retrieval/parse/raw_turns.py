"""Where each turn's words lie among a transcript's lines, and where the transcript ends:
offsets and labels as written, before who says them is known."""

from __future__ import annotations

import re

from retrieval.parse import speakers as sp
from retrieval.parse.boilerplate import is_banner, is_trailer
from retrieval.parse.label_words import REPORTER_LABELS
from retrieval.parse.labels import LabelMatch, match_label
from retrieval.parse.lines import DIRECTION, OPENING_NOTE, Line, dateline, is_note, is_prose

# A magazine interview's question in bold or italics, alone on its line.
_EMPHASISED_QUESTION = re.compile(r"(?P<mark>\*\*|__|\*|_)(?P<question>[^*_\s][^\n]*?\?)(?P=mark)")


def find_body_end(lines: list[Line], labels: dict[int, LabelMatch], first: int) -> int:
    """Index of the first line after the transcript (news teasers, tags, end marks)."""
    start = first if labels else 0
    last_label = max(labels) if labels else start
    gaps_in_body, gap = [0], 0
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln.blank:
            gap += 1
            continue
        if i > last_label and (is_trailer(ln.text) or (gap >= 2 and gap > max(gaps_in_body))):
            return i
        if i <= last_label and gap:
            gaps_in_body.append(gap)
        gap = 0
    return len(lines)


def find_raw_turns(
    lines: list[Line],
    labels: dict[int, LabelMatch],
    first: int,
    body_end: int,
    header: list[Line],
    speech_only: bool,
    time_lines: set[int],
    headings: set[int],
    stamped: dict[int, tuple[int, str]],
) -> list[tuple[int, int, str]]:
    """(start, end, label) of every turn; label "" for unlabelled prose; `time_lines` hold a
    time alone, and `headings` end a turn: neither is anybody's words. A line of `stamped`
    opens with a time (`time_opening`): a new stretch of the turn's speaker's words."""
    turns: list[tuple[int, int, str]] = []
    # Unlabelled prose above the first label (or in a file with none) is the principal speaking;
    # "Witnesses: Professor Jane Smith, ..." above a hearing is a header's key and value.
    for ln in lines[: first if labels or speech_only else body_end]:
        if ln.blank or is_banner(ln.text) or (ln not in header and labels):
            continue
        if labels and match_label(ln.text):
            continue
        if labels and dateline(ln.text):
            continue  # "Taken on Tuesday, September 17, 2024, at the offices of ...": when, where
        s = ln.start + len(ln.text) - len(ln.text.lstrip())
        if not labels and (asked := _EMPHASISED_QUESTION.fullmatch(ln.text.strip())):
            # A magazine's interview: its questions in bold, the answers below them.
            s += len(asked.group("mark"))
            turns.append((s, s + len(asked.group("question")), "Interviewer"))
        elif is_prose(ln.text, min_words=12 if labels else 3):
            turns.append((s, ln.end - (len(ln.text) - len(ln.text.rstrip())), ""))
    current: tuple[int, int, str] | None = None
    for i in range(first, body_end):
        ln = lines[i]
        if i in labels:
            if current:
                turns.append(current)
            m = labels[i]
            rest = ln.text[m.end :]
            # A note opening the words is not said: "(As interpreted.)" of an interpreted
            # answer, "[crosstalk]"; the turn starts after it.
            note = OPENING_NOTE.match(rest.lstrip())
            rest = rest.lstrip()[note.end() :] if note else rest
            s = ln.start + len(ln.text) - len(rest.lstrip())  # `rest` ends the line
            content = _unclosed(rest.strip())
            label = _asker_named(m.label, note.group().strip() if note else "")
            current = (s, s + len(content), label) if content else (-1, -1, label)
            continue
        if ln.blank or (current is None and not speech_only) or i in time_lines:
            continue
        if DIRECTION.fullmatch(ln.text.strip()) or is_note(lines, i):
            # "(BEGIN VIDEO CLIP)", "[APPLAUSE]", "[Whereupon, at 11:42 a.m., the subcommittee
            # was adjourned.]": nobody says it; inside a turn it stays (the words after it are
            # the same speaker's), at a turn's end it is left out.
            continue
        if i in headings:
            # "STATEMENT OF HON. JANE DOE, SECRETARY OF STATE" between a hearing's turns, "ORAL
            # ARGUMENT OF ..." in a court's: a section's title, not the last speaker's words;
            # unlabelled text after it is nobody's in particular.
            if current:
                turns.append(current)
            current = (-1, -1, "")
            continue
        words = _unclosed(ln.text.strip())
        if not words:
            continue  # a bold's closing mark alone on its line
        s = ln.start + len(ln.text) - len(ln.text.lstrip())
        e = s + len(words)
        if current and i in stamped:
            turns.append(current)
            current = (ln.start + stamped[i][0], e, current[2])
            continue
        current = (current[0] if current[0] >= 0 else s, e, current[2]) if current else (s, e, "")
    if current:
        turns.append(current)
    return [t for t in turns if t[0] >= 0 and t[1] > t[0]]


def _asker_named(label: str, note: str) -> str:
    """An asker's label with the name in the parentheses opening their words, as the FIA's
    press conferences write it ("Q: (Andrew Benson – BBC Sport) Lando, ..."): "Q (Andrew
    Benson – BBC Sport)", whose name is the speaker's. Any other label as it is."""
    if sp.base_label(label) not in REPORTER_LABELS or not note.startswith("("):
        return label
    return f"{label} {note}" if sp.looks_like_name(sp.paren_person(sp.outer_paren(note))) else label


def _unclosed(words: str) -> str:
    """`words` without a Markdown bold's closing mark whose opening one is not among them:
    "**Q: Is there a plan B?**" is labelled `**Q:`, and its question ends before the `**`."""
    for mark in ("**", "__"):
        if words.endswith(mark) and words.count(mark) % 2 == 1:
            return words[: -len(mark)].rstrip()
    return words
