"""Building extracted transcript text: `Label: words` paragraphs, with marks at their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from retrieval.parse.times import time_alone

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def clean(text: str) -> str:
    """One line: runs of spaces (no-break ones too) and line breaks become one space."""
    return _SPACE.sub(" ", " ".join(text.split("\n"))).strip()


@dataclass
class Paragraphs:
    """Transcript text written paragraph by paragraph, a blank line between them."""

    mark_kind: str | None = None
    speech_only: bool = False
    marks: list[tuple[int, str | int]] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)  # the labels written, as written
    _parts: list[str] = field(default_factory=list)
    _length: int = 0

    @classmethod
    def verbatim(cls, text: str) -> Paragraphs:
        out = cls()
        out._parts, out._length = [text], len(text)
        return out

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def add(self, words: str, label: str | None = None, mark: str | int | None = None) -> None:
        """A paragraph; `mark` locates its first word in the original (a time, a page)."""
        words = clean(words)
        if not words:
            return
        if self._parts:
            self._write("\n\n")
        if label:
            self.labels.add(clean(label))
            self._write(f"{clean(label)}: ")
        self.mark(mark)
        self._write(words)

    def extend(self, words: str, mark: str | int | None = None) -> None:
        """More words of the last paragraph (the same speaker's next cue or line)."""
        words = clean(words)
        if not words:
            return
        if not self._parts:
            self.add(words, mark=mark)
            return
        self._write(" ")
        self.mark(mark)
        self._write(words)

    def mark(self, mark: str | int | None) -> None:
        if mark is not None and (not self.marks or self.marks[-1][1] != mark):
            self.marks.append((self._length, mark))

    def _write(self, s: str) -> None:
        self._parts.append(s)
        self._length += len(s)


def bold_label(bold: str, rest: str) -> str | None:
    """`Sara Lind` in bold before her words is a speaker label: `Sara Lind: words`."""
    bold, rest = clean(bold), clean(rest)
    if not bold or not rest:
        return None
    if bold.endswith(":"):
        return f"{bold} {rest}"
    words = bold.split()
    if (
        len(words) <= 6
        and not bold.endswith((".", "?", "!", ","))
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    ):
        return f"{bold}: {rest.lstrip(':').strip()}"
    return None


def bold_question(bold: str | None, text: str) -> str | None:
    """A paragraph wholly in bold (or italics) that asks, as a magazine prints its
    interviewer's questions, is written in Markdown's bold (`**What worries you most?**`),
    which the parser reads as the interviewer's where nothing is labelled."""
    if bold and clean(bold) == text and text.endswith("?") and "*" not in text:
        return f"**{text}**"
    return None


_HEADING_CELLS = {"", "speaker", "name", "time", "timestamp", "start", "text", "transcript"}


def table_turns(rows: list[list[str]], labels: set[str]) -> list[str]:
    """A table's paragraphs. A table of turns, a row each (transcription services' layout):
    its columns a name's and the words' (the longest), and perhaps a time's, in any order,
    become `[time] Name: words`, the names added to `labels`; a heading row ("Speaker | Text")
    is no one's. Any other table, each row's cells in order."""
    rows = [r for r in rows if not all(c.lower().rstrip(":") in _HEADING_CELLS for c in r)]
    columns = list(zip(*rows, strict=True)) if len({len(r) for r in rows}) == 1 else []
    times = [j for j, col in enumerate(columns) if all(time_alone(c) for c in col if c)]
    rest = [j for j in range(len(columns)) if j not in times[:1]]
    mean_length = {j: sum(map(len, columns[j])) / len(rows) for j in rest}
    words = max(rest, key=mean_length.__getitem__, default=None)
    # Who speaks: short cells, and someone speaks twice.
    names = [
        j
        for j in rest
        if j != words
        and all(len(c.split()) <= 6 for c in columns[j])
        and len(set(columns[j])) < len(rows)
    ]
    if len(rest) != 2 or not names:
        return [" ".join(dict.fromkeys(c for c in r if c)) for r in rows]
    out = []
    for r in rows:
        label = r[names[0]].rstrip(":")
        time = time_alone(r[times[0]]) if times else ""
        if label:
            labels.add(label)
        said = f"{label}: {r[words]}" if label else r[words]
        out.append(f"[{time}] {said}" if time and label else said)
    return out
