"""The last step before output: every quote must be the exact slice of its source file."""

from __future__ import annotations

from pathlib import Path

from retrieval.models import Answer, Citation


class UnverifiableQuote(RuntimeError):
    """A quote that is not text[start:end] of its source: a bug, never shown as a quote."""


def source_text(path: str) -> str:
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def check(citation: Citation, cache: dict[str, str]) -> bool:
    path = citation.path or citation.source
    if path not in cache:
        try:
            cache[path] = source_text(path)
        except (OSError, UnicodeDecodeError):
            return False
    text = cache[path]
    return 0 <= citation.start < citation.end <= len(text) and (
        text[citation.start : citation.end] == citation.quote
    )


def verify(answer: Answer) -> Answer:
    """Drop related passages that fail; raise on a failing citation (never print it)."""
    cache: dict[str, str] = {}
    for c in answer.citations:
        if not check(c, cache):
            raise UnverifiableQuote(
                f"quote [{c.n}] is not {Path(c.source).name}[{c.start}:{c.end}]"
            )
    related = [c for c in answer.related if check(c, cache)]
    return answer.model_copy(update={"related": related})
