"""The answer contract (`tqa ask --json`): citations that are slices of their source files."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Citation(BaseModel):
    n: int
    quote: str
    speaker: str
    role: str
    doc_id: str
    title: str
    date: str | None
    source: str = Field(description="The path as ingested.")
    start: int
    end: int
    location: str | None = Field(None, exclude=True)
    path: str = Field("", exclude=True, description="Absolute path, for verification.")


class Answer(BaseModel):
    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    related: list[Citation] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    retrieved: list[tuple[str, int, int]] = Field(
        default_factory=list, exclude=True, description="(source, start, end) of ranked chunks."
    )
