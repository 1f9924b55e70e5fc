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
    source: str = Field(
        description="The file the quote is text[start:end] of: the transcript as ingested, "
        "or the text extracted from it under $TQA_HOME/texts/."
    )
    start: int
    end: int
    original: str = Field("", description="The file the user ingested (path as given).")
    url: str | None = Field(
        None, description="The quote in the source viewer of `tqa serve` (TQA_SERVE__PUBLIC_URL)."
    )
    time: str | None = Field(None, description="Start of the quote's cue (VTT, SRT).")
    page: int | None = Field(None, description="Page the quote starts on (PDF).")
    location: str | None = Field(None, exclude=True)
    path: str = Field("", exclude=True, description="Absolute path of `source`, to verify.")
    original_path: str = Field("", exclude=True, description="Absolute path of `original`.")

    @property
    def locator(self) -> str | None:
        """Where the quote is in the original: `00:12:34.500` or `p. 3`."""
        if self.time:
            return self.time
        return f"p. {self.page}" if self.page is not None else None


class Answer(BaseModel):
    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    related: list[Citation] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    composer: str = Field(
        "extractive",
        description="Who wrote `answer`: `extractive`, `llm (MODEL)`, or `extractive (why the "
        "language model was not used)`.",
    )
    retrieved: list[tuple[str, int, int]] = Field(
        default_factory=list, exclude=True, description="(original, start, end) of ranked chunks."
    )
