"""The source viewer: a transcript as HTML, speakers styled, one quote highlighted and in view."""

from __future__ import annotations

import functools
import itertools
from pathlib import Path
from typing import Any

from retrieval.answer.compose import mark_at
from retrieval.answer.verify import source_text
from retrieval.index.manifest import Manifest

MEDIA_SUFFIXES = (".mp4", ".m4a", ".mp3", ".webm", ".wav", ".ogg", ".mov")


@functools.cache
def _template() -> Any:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("bot.serve"), autoescape=select_autoescape())
    return env.get_template("doc.html")


def media_file(doc: dict[str, Any]) -> Path | None:
    """A recording beside the original with its name: `talk.mp4` for `talk.vtt`."""
    original = Path(doc["original_path"])
    for suffix in MEDIA_SUFFIXES:
        candidate = original.with_suffix(suffix)
        if candidate.is_file():
            return candidate
    return None


def seconds(time: str) -> float:
    h, m, s = time.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def turns_of(manifest: Manifest, doc_id: str) -> list[dict[str, Any]]:
    """The document's turns (start, end, speaker, role), from its chunks' sentences."""
    turns: dict[int, dict[str, Any]] = {}
    for cid in manifest.docs[doc_id]["chunks"]:
        for start, end, speaker, role, turn in manifest.chunks[cid]["sentences"]:
            t = turns.setdefault(
                turn, {"start": start, "end": end, "speaker": speaker, "role": role}
            )
            t["start"], t["end"] = min(t["start"], start), max(t["end"], end)
    return [turns[n] for n in sorted(turns)]


def pieces(text: str, turns: list[dict[str, Any]], start: int | None, end: int | None) -> list:
    """The text cut into (kind, text, speaker, role): `between` (labels, headers), `said`,
    `quote`; a turn's words are split where the quote begins and ends."""
    out: list[tuple[str, str, str, str]] = []
    at = 0
    cuts = {c for c in (start, end) if c is not None}
    for t in turns:
        if t["start"] > at:
            out.append(("between", text[at : t["start"]], "", ""))
        edges = sorted({t["start"], t["end"], *[c for c in cuts if t["start"] < c < t["end"]]})
        for a, b in itertools.pairwise(edges):
            inside = start is not None and end is not None and start <= a and b <= end
            out.append(("quote" if inside else "said", text[a:b], t["speaker"], t["role"]))
        at = max(at, t["end"])
    if at < len(text):
        out.append(("between", text[at:], "", ""))
    return out


def render_document(manifest: Manifest, doc_id: str, start: int | None, end: int | None) -> str:
    doc = manifest.docs[doc_id]
    text = source_text(doc["path"])
    valid = start is not None and end is not None and 0 <= start < end <= len(text)
    if not valid:
        start = end = None
    time = mark_at(doc, start) if valid and doc.get("mark_kind") == "time" else None
    page = mark_at(doc, start) if valid and doc.get("mark_kind") == "page" else None
    media = f"../media/{doc_id}#t={seconds(time):g}" if time and media_file(doc) else None
    return _template().render(
        doc=doc,
        doc_id=doc_id,
        pieces=pieces(text, turns_of(manifest, doc_id), start, end),
        quote=text[start:end] if valid else None,
        time=time,
        page=page,
        media=media,
    )
