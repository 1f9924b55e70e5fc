"""What a line of a transcript is: a heading, a transcriber's note, a stage direction, prose
that someone says, a dateline; and the lines of a file without labels, located by their times."""

from __future__ import annotations

import re
from dataclasses import dataclass

from retrieval.parse.boilerplate import is_banner
from retrieval.parse.dates import find_date
from retrieval.parse.label_patterns import TIME_LINE
from retrieval.parse.times import hms, stamp


@dataclass
class Line:
    start: int  # offset of the line's first character
    end: int  # offset just past its last non-newline character
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


# What shows nothing before a line's words: a byte order mark (Notepad's UTF-8), zero-width
# spaces and joiners, direction marks; copies from Word and web pages leave them before a
# label, which is still a label after them (and a title no mark's).
_INVISIBLE = "\ufeff\u200b\u200c\u200d\u200e\u200f\u2060"
# Spaces other than " " (no-break, figure, narrow no-break: "MR. PRICE:\u00a0Good afternoon"
# as web pages write it), read as " ": one character for one, so offsets still slice the file.
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u202f", " "))


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        mark, text = 0, content
        if not content.isascii():  # as neither marks nor odd spaces are
            mark = len(content) - len(content.lstrip(_INVISIBLE))
            text = content[mark:].translate(_SPACES)
        out.append(Line(pos + mark, pos + len(content), text))
        pos += len(raw)
    return out


def dateline(line: str) -> bool:
    """A header's line that opens with when it took place: a date among its first six words."""
    found = find_date(line)
    return bool(found) and len(line[: found[1]].split()) <= 6


def is_heading(lines: list[Line], i: int) -> bool:
    """A rule (`-----`), a Markdown heading ("## Action items") or a line wholly in bold that is
    not a sentence ("**Action Items**", or a name that is no label: "**Kira Novak**" above the
    only words she says, which are then nobody's rather than the turn's above), or a paragraph
    of up to three lines in capitals, of two words or more, that is not a sentence and not a
    stage direction ("[APPLAUSE]")."""
    text = lines[i].text.strip()
    if _RULE.fullmatch(text) or _MARKDOWN_HEADING.match(text):
        return True
    if (bold := _BOLD_LINE.fullmatch(text)) and bold.group(2).rstrip()[-1:] not in _SENTENCE_END:
        return True
    if text.upper() != text:
        return False
    paragraph = _short_paragraph(lines, i)
    return (
        len(paragraph.split()) >= 2
        and paragraph.upper() == paragraph
        and any(c.isalpha() for c in paragraph)
        and paragraph[:1] not in "[("
        and paragraph[-1:] not in _SENTENCE_END
    )


# Words a heading in Title Case leaves small: "Cost of Living", "Housing and Planning".
_SMALL_WORDS = {"a", "an", "and", "the", "of", "for", "in", "on", "to", "at", "by", "or", "with"}


def topic_headings(lines: list[Line], labelled: set[int]) -> set[int]:
    """Hansard's subject headings between turns ("Cost of Living", "Nuclear Energy"), and a
    podcast's chapters ("Dark matter"): lines alone in their paragraph, in Title Case or of two
    words or more opening on a capital, of up to six words and no sentence's end, each after a
    sentence's end and just above a label, two or more of them (one such line may be a
    speaker's last word, "Absolutely")."""
    found = set()
    for i, ln in enumerate(lines):
        words = ln.text.split()
        if not 0 < len(words) <= 6 or ln.text.strip()[-1:] in _SENTENCE_END or i in labelled:
            continue
        titled = all(w[:1].isupper() or w in _SMALL_WORDS for w in words)
        if not (titled or (len(words) >= 2 and words[0][:1].isupper())) or ln.text.isupper():
            continue
        if _short_paragraph(lines, i) != ln.text.strip():
            continue
        above = next((j for j in range(i - 1, -1, -1) if not lines[j].blank), None)
        below = next((j for j in range(i + 1, len(lines)) if not lines[j].blank), None)
        ends = above is not None and lines[above].text.rstrip()[-1:] in '.?!"”’)'
        if ends and below in labelled:
            found.add(i)
    return found if len(found) >= 2 else set()


def is_note(lines: list[Line], i: int) -> bool:
    """Line `i` is part of a short paragraph in one pair of brackets: a transcriber's note
    ("[Whereupon, at 11:42 a.m., the subcommittee was adjourned.]", "(Laughter.)")."""
    paragraph = _short_paragraph(lines, i)
    if not paragraph or paragraph[-1:] != {"[": "]", "(": ")"}.get(paragraph[0]):
        return False
    depth = 0
    for n, c in enumerate(paragraph):
        depth += (c in "[(") - (c in "])")
        if depth == 0:
            return n == len(paragraph) - 1  # the first bracket closes at the end, not before
    return False


def _short_paragraph(lines: list[Line], i: int) -> str:
    """The paragraph (between blank lines) that holds line `i`, if it has at most three lines;
    else "". Look no further than that: a file of one long paragraph stays linear."""
    first, last = i, i
    while first > max(i - 3, 0) and not lines[first - 1].blank:
        first -= 1
    while last + 1 < min(i + 4, len(lines)) and not lines[last + 1].blank:
        last += 1
    alone = (first == 0 or lines[first - 1].blank) and (
        last + 1 == len(lines) or lines[last + 1].blank
    )
    if not alone or last - first >= 3:
        return ""
    return " ".join(ln.text.strip() for ln in lines[first : last + 1])


# A line drawn across the page: "-----", "=====" (a footnote's or a section's border).
_RULE = re.compile(r"[-=_*]{3,}")
_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+\S")
_BOLD_LINE = re.compile(r"(\*\*|__)([^*_\n]{1,80})\1")
_SENTENCE_END = '.?!,;:"”’…-—)]'
# A stage direction alone on its line, in capitals: "(BEGIN VIDEO CLIP)", "[LAUGHTER]".
DIRECTION = re.compile(r"\([^()a-z]*[A-Z][^()a-z]*\)|\[[^\[\]a-z]*[A-Z][^\[\]a-z]*\]")
# A short note in brackets, three letters or more, before a turn's words on the same line:
# "(As interpreted.)", "(Through interpreter)", "[inaudible]"; not a list's "(a)".
OPENING_NOTE = re.compile(
    r"(?:\((?=(?:[^()]*[^\W\d_]){3})[^()]{3,40}\)"
    r"|\[(?=(?:[^\[\]]*[^\W\d_]){3})[^\[\]]{3,40}\])\s+(?=\S)"
)


def mostly_timed(lines: list[Line]) -> bool:
    """Most lines open with a time and go on with words: whisper's "[00:00.000 --> 00:04.000]
    Good morning."."""
    said = [ln for ln in lines if not ln.blank]
    timed = [ln for ln in said if (m := TIME_LINE.match(ln.text)) and ln.text[m.end() :].strip()]
    return len(timed) >= 2 and len(timed) * 2 > len(said)


def unlabelled_lines(lines: list[Line]) -> tuple[list[tuple[int, int, str]], list]:
    """A file without labels whose lines are speech, located by their times: a caption track
    copied as text ("0:03" above "so today we're going to"; it has no sentences), whisper's
    output (`mostly_timed`). A first block of up to five lines above a blank one is the
    title."""
    blank = next((i for i, ln in enumerate(lines) if ln.blank), None)
    start = blank + 1 if blank is not None and blank <= 5 and blank < len(lines) - 1 else 0
    turns: list[tuple[int, int, str]] = []
    marks: list[tuple[int, str]] = []
    for ln in lines[start:]:
        if ln.blank or is_banner(ln.text):
            continue
        text_from = ln.start + len(ln.text) - len(ln.text.lstrip())
        timed = TIME_LINE.match(ln.text)
        if timed:
            marks.append((ln.start, hms(stamp(timed))))
            text_from = ln.start + timed.end()
        end = ln.start + len(ln.text.rstrip())
        if end > text_from:
            turns.append((text_from, end, ""))
    return turns, marks


def is_prose(line: str, min_words: int) -> bool:
    """A sentence, not a title, date or caption. Above a labelled transcript only long ones
    count; in a file without labels a short line is speech too ("Budget is fine.")."""
    text = line.strip()
    if text.lower().startswith(("date:", "description:", "photo", "image", "caption")):
        return False
    if _ABOUT_ITSELF.search(text):
        return False
    return len(text.split()) >= min_words and text[-1:] in '.?!"”’)'


# An editor's note on the transcript: "The following is a near-verbatim transcript of today's
# noon briefing by ...", "This is a rush transcript." Nobody says it.
# "This is a transcript of ...", "Interview with Margaret Chen, conducted by ...": what the
# transcript is, not what anyone says.
_ABOUT_ITSELF = re.compile(
    r"^(?:(?:the following|this) is an? (?:[\w\-]+ ){0,3}(?:transcript|record)\b"
    r"|(?:an? )?(?:interview|conversation|remarks|testimony|deposition|briefing)"
    r" (?:with|by|of|from) [A-Z])",
    re.IGNORECASE,
)
