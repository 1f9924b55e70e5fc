"""WebVTT and SRT captions (webvtt-py): speakers from voice tags and label prefixes, cue times kept.

Speakers come from `<v Name>` voice tags, `Name:` / `>> NAME:` prefixes and `[Name]`; a cue with
none continues the speaker before it, and consecutive cues of one speaker make one turn. A bare
`>>` (broadcast captions) or a line opening with a dash (`- Hello.`, subtitles' dialogue) is
someone else speaking, unnamed: written as a caption's `>>` turn (`CAPTION_LABEL`). Rolling
captions (each cue repeating the last line of the one before, as YouTube's do) are written once.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

from retrieval.parse import speakers as sp
from retrieval.parse.formats.errors import TranscriptError
from retrieval.parse.formats.writer import Paragraphs, clean
from retrieval.parse.label_patterns import CAPTION_LABEL
from retrieval.parse.labels import match_label
from retrieval.parse.times import hms

_TIMING = re.compile(
    r"^\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}\s+-->\s+(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}(?:\s.*)?$"
)
_ARROW = re.compile(r"^\s*[\d:.,]+\s*-+>|-->")
_CHEVRONS = re.compile(r"^\s*(?:>>+|[-–](?=\s))\s*")  # a new speaker, unnamed
_BRACKET = re.compile(r"^\s*\[([^\]]{1,60})\]\s*:?\s*")


def extract(path: Path, data: bytes) -> Paragraphs:
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise TranscriptError(f"{path}: not UTF-8 (invalid byte at offset {e.start})") from None
    suffix = path.suffix.lower()
    if suffix in (".vtt", ".srt"):
        kind = suffix[1:]
    else:  # a .txt holding captions (see `formats._kind`): SRT unless it says WEBVTT
        kind = "vtt" if text.lstrip(" \t\r\n")[:6].upper() == "WEBVTT" else "srt"
    name = "SRT" if kind == "srt" else "WebVTT"
    if problem := _bad_timing(text):
        raise TranscriptError(f"{path}: not a valid {name} file: {problem}")
    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=kind).captions
    except MalformedFileError as e:
        raise TranscriptError(
            f"{path}: not a valid {name} file: {_first_problem(text, e)}"
        ) from None
    if not captions:
        raise TranscriptError(f"{path}: no cues in this {name} file")

    out = Paragraphs(mark_kind="time", speech_only=True)
    speaker: str | None = None
    started = False
    previous: list[str] = []
    for cue in captions:
        raw = [ln for ln in (clean(html.unescape(x)) for x in cue.text.split("\n")) if ln]
        lines, previous = _new_lines(previous, raw), raw
        time = hms(cue.start)
        for words in _by_speaker(lines):
            label, words = _speaker(cue.voice, words)
            if not words:
                continue
            if label == CAPTION_LABEL:  # someone else, unnamed: a turn of their own
                speaker = label
                out.labels.add(label)
                out.add(f"{label} {words}", mark=time)
            elif not started or (label is not None and label != speaker):
                speaker = label
                out.add(words, label, mark=time)
            else:
                out.extend(words, mark=time)
            started = True
    return out


def _by_speaker(lines: list[str]) -> list[str]:
    """A cue's lines joined, apart where a line opens with a new speaker's mark (`- Hi.`)."""
    parts: list[list[str]] = []
    for line in lines:
        if not parts or _CHEVRONS.match(line):
            parts.append([line])
        else:
            parts[-1].append(line)
    return [" ".join(p) for p in parts]


def _speaker(voice: str | None, words: str) -> tuple[str | None, str]:
    """(label, the words without it): None where the cue continues the speaker before, and
    `CAPTION_LABEL` where someone unnamed starts speaking (`>>`, `- `)."""
    if voice:
        return clean(voice), words
    unnamed = None
    if m := _CHEVRONS.match(words):
        words, unnamed = words[m.end() :], CAPTION_LABEL
    if (m := _BRACKET.match(words)) and _is_name(m.group(1)):
        return m.group(1).strip(), words[m.end() :]
    label = match_label(words)
    # A caption names its speaker before a colon; broadcast captions are in capitals, so a
    # cue's first word alone ("WE HAVE FOUND THEM ...", a speaker key's style) names nobody.
    if label and not label.style and not sp.is_metadata_key(label.label) and _is_name(label.label):
        return label.label, words[label.end :].strip()
    return unnamed, words


def _is_name(label: str) -> bool:
    words = sp.strip_parens(label).split()
    return (
        1 <= len(words) <= 4
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and not label.rstrip().endswith((".", "?", "!"))
    )


def _new_lines(previous: list[str], lines: list[str]) -> list[str]:
    """`lines` without the leading ones that repeat the end of the cue before (rolling captions)."""
    for n in range(min(len(previous), len(lines)), 0, -1):
        if previous[-n:] == lines[:n]:
            return lines[n:]
    return lines


def _first_problem(text: str, error: Exception) -> str:
    return _bad_timing(text) or str(error) or "unreadable"


def _bad_timing(text: str) -> str | None:
    """The first line meant as a cue timing that cannot be read (the library reads it as text)."""
    for n, line in enumerate(text.splitlines(), 1):
        if _ARROW.search(line) and not _TIMING.match(line):
            return f"line {n}: bad cue timing {line.strip()!r}"
    return None
