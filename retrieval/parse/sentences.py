"""Sentence boundaries inside a span of text, as offsets (quotes are whole sentences)."""

from __future__ import annotations

import functools
import itertools
import re

_ABBREVIATIONS = {
    "mr",
    "ms",
    "mrs",
    "dr",
    "st",
    "jr",
    "sr",
    "gen",
    "adm",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "capt",
    "maj",
    "sgt",
    "no",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "a.m",
    "p.m",
    "inc",
    "co",
    "corp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "prof",
    "approx",
    "dept",
    "est",
    "fig",
    "op",
    "amb",
    "pres",
    # Parliaments' forms of address: "my right hon. Friend", "the Rt. Hon. Member".
    "hon",
    "rt",
}
# After an initialism ("the U.S."), a new sentence only starts with a word that usually opens one.
_OPENERS = {
    "the",
    "we",
    "i",
    "it",
    "they",
    "and",
    "but",
    "so",
    "this",
    "that",
    "he",
    "she",
    "in",
    "on",
    "as",
    "at",
    "there",
    "what",
    "our",
    "my",
    "you",
    "a",
    "an",
    "if",
    "when",
    "now",
    "thank",
    "well",
    "these",
    "those",
    "let",
    "its",
    "their",
    "all",
    "for",
    "to",
    "however",
    "also",
}
# A list's item opening a line: "- Kwame: snapshot in staging", "1. Design freeze".
_ITEM = r"[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]+\S"
# A sentence's end, a blank line, or a line break before a list's item: notes' items end
# without a full stop.
_CANDIDATE = re.compile(rf"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n\s*\n|\n(?={_ITEM})")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Whole-sentence (start, end) spans covering text[start:end], whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    seg = text[start:end]
    cut = 0
    for m in _CANDIDATE.finditer(seg):
        if m.group().strip() and not _is_boundary(seg, m.start(), m.end()):
            continue
        if m.group() == "\n" and not _item_ends(seg, m.start()):
            continue
        _add(spans, text, start + cut, start + m.end())
        cut = m.end()
    _add(spans, text, start + cut, end)
    return spans


def _line_to(seg: str, at: int) -> str:
    """The words of `seg`'s line up to `at`."""
    return seg[seg.rfind("\n", 0, at) + 1 : at]


def _item_ends(seg: str, at: int) -> bool:
    """The line ending at `at` is a list's item, or ends a phrase (not a line that wraps
    mid-sentence onto "- and then we left")."""
    line = _line_to(seg, at).rstrip()
    last = line[-1:]
    return bool(re.match(_ITEM, line)) or (last not in ("", ",", ";") and not last.islower())


def _is_boundary(seg: str, dot: int, after: int) -> bool:
    if seg[dot] != ".":
        return True
    if _line_to(seg, dot).strip().isdigit():
        return False  # a list's number opening its line: "1. Design freeze"
    word = re.search(r"([A-Za-z.]+)$", seg[:dot])
    token = word.group(1).lower() if word else ""
    if token.rstrip(".") in _ABBREVIATIONS:
        return False
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", token) or re.fullmatch(r"[a-z]", token):
        nxt = re.match(r"\s*[\"“‘'(\[]?([A-Za-z]+)", seg[after:])
        return bool(nxt) and nxt.group(1).lower() in _OPENERS
    return True


def _add(spans: list[tuple[int, int]], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.extend(_unpunctuated_pieces(text, s, e))


# A transcript written without punctuation (automatic captions: "so today we're talking about
# the new transit plan and the first thing ...") has no sentences to end; past this many words
# a stretch is cut into pieces of about a spoken sentence's length, so that a quote can point
# at the words that answer rather than at the whole recording. Punctuated transcripts end a
# sentence every 10 to 25 words (4 to 9 ends per 100 words in every dev and test file); their
# long run-ons stay whole.
_RUN_ON_WORDS = 40
_PIECE_WORDS = 20
_PUNCTUATION = re.compile(r"[,.?!;:]")


@functools.lru_cache(maxsize=4)
def _unpunctuated(text: str) -> bool:
    """Fewer than one sentence's end in a hundred words: written without punctuation."""
    return len(re.findall(r"[.?!]", text)) * 100 < len(text.split())


def _unpunctuated_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    if _PUNCTUATION.search(text, s, e) or not _unpunctuated(text):
        return [(s, e)]  # every sentence of a punctuated transcript: no words listed
    words = [m.span() for m in re.finditer(r"\S+", text[s:e])]
    if len(words) <= _RUN_ON_WORDS:
        return [(s, e)]
    n = -(-len(words) // _PIECE_WORDS)  # pieces of near-equal length
    bounds = [round(i * len(words) / n) for i in range(n + 1)]
    return [(s + words[a][0], s + words[b - 1][1]) for a, b in itertools.pairwise(bounds)]
