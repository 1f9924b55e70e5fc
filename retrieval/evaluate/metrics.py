"""Answer fidelity on a question set: deterministic metrics from the answers and the source files."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from retrieval.answer.verify import source_text
from retrieval.evaluate.questions import Question, overlaps
from retrieval.models import Answer, Citation
from retrieval.parse.label_words import REPORTER_LABELS
from retrieval.parse.transcript import Transcript, TranscriptError, parse_file

MAX_HIT_WORDS = 80


@dataclass
class Result:
    question: Question
    answer: Answer
    hit: Citation | None  # the first citation that hits an expected quote
    retrieved_rank: int | None  # 1-based rank of the first chunk holding an expected quote
    verbatim: list[bool]
    attribution: list[bool]  # per citation: the named speaker speaks that span
    latency_ms: float

    @property
    def checks(self) -> dict[str, bool | None]:
        """Each check passed (True), failed (False), or does not apply (None)."""
        q = self.question
        expected = q.expected_speaker
        speaker_ok = all(self.attribution) and (
            expected is None
            or (self.hit is not None and same_speaker(expected, self.hit.speaker, self.hit.role))
        )
        return {
            "hit": (self.hit is not None) if q.answerable and q.spans else None,
            "verbatim": all(self.verbatim),
            "speaker": speaker_ok if (self.answer.citations or expected) else None,
            "abstention": self.answer.abstained != q.answerable,
        }

    @property
    def passed(self) -> bool:
        return all(v for v in self.checks.values() if v is not None)


@dataclass
class Report:
    results: list[Result]
    metrics: dict[str, float]  # deterministic: the same set on the same index gives the same
    timings: dict[str, float]  # latency_ms_p50 / p95: vary from run to run
    k: int
    label: str = "tqa"


def same_speaker(expected: str, named: str, role: str = "") -> bool:
    """Whether the expected speaker is the cited one, as a question naming them would find
    them (`speaker_match.speaker_matches`): `Johnson`, `President Johnson` and `LBJ` name Lyndon B.
    Johnson, `Gerard Deltell` Gérard Deltell. A word for an asker (`reporter`, `interviewer`)
    names anyone in that role: a `Correspondent:` asks as a reporter."""
    from retrieval.answer.speaker_match import speaker_matches

    if (
        role == "reporter"
        and " ".join(expected.lower().replace(".", "").split()) in REPORTER_LABELS
    ):
        return True
    return bool(expected.strip()) and bool(speaker_matches(expected.strip(), [named]))


def hits(c: Citation, q: Question) -> bool:
    if len(c.quote.split()) > MAX_HIT_WORDS:
        return False
    name = Path(c.original or c.source).name
    return any(s.source == name and overlaps(s.start, s.end, c.start, c.end) for s in q.spans)


def retrieved_rank(answer: Answer, q: Question, k: int) -> int | None:
    for rank, (source, start, end) in enumerate(answer.retrieved[:k], 1):
        name = Path(source).name
        if any(s.source == name and s.start >= start and s.end <= end for s in q.spans):
            return rank
        if any(s.source == name and overlaps(s.start, s.end, start, end) for s in q.spans):
            return rank
    return None


class SourceFiles:
    """Source texts and parsed turns, read once per evaluation."""

    def __init__(self) -> None:
        self._texts: dict[str, str | None] = {}
        self._docs: dict[str, Transcript | None] = {}

    def text(self, c: Citation) -> str | None:
        path = c.path or c.source
        if path not in self._texts:
            try:
                self._texts[path] = source_text(path)
            except (OSError, UnicodeDecodeError):
                self._texts[path] = None
        return self._texts[path]

    def doc(self, c: Citation) -> Transcript | None:
        """The transcript parsed anew: from the original file, so captions read as captions."""
        path = c.path or c.source
        if path not in self._docs:
            try:
                doc = parse_file(Path(c.original_path or path), c.original or c.source)
            except TranscriptError:
                doc = None
            self._docs[path] = doc if doc and doc.text == self.text(c) else None
        return self._docs[path]

    def verbatim(self, c: Citation) -> bool:
        text = self.text(c)
        return text is not None and text[c.start : c.end] == c.quote

    def attributed(self, c: Citation) -> bool:
        doc = self.doc(c)
        if doc is None:
            return False
        turn = next((t for t in doc.turns if t.start <= c.start and c.end <= t.end), None)
        return turn is not None and turn.speaker == c.speaker and turn.role == c.role


def judge(q: Question, answer: Answer, k: int, files: SourceFiles, latency_ms: float) -> Result:
    cites = answer.citations
    return Result(
        question=q,
        answer=answer,
        hit=next((c for c in cites if hits(c, q)), None) if q.answerable else None,
        retrieved_rank=retrieved_rank(answer, q, k) if q.spans else None,
        verbatim=[files.verbatim(c) for c in cites],
        attribution=[files.attributed(c) for c in cites],
        latency_ms=latency_ms,
    )


def evaluate(
    questions: list[Question],
    ask: Callable[[Question], Answer],
    k: int,
    label: str = "tqa",
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    files = SourceFiles()
    results = []
    for i, q in enumerate(questions, 1):
        answer = ask(q)
        results.append(judge(q, answer, k, files, answer.timings_ms.get("total", 0.0)))
        if progress:
            progress(i, len(questions))
    return Report(results, metrics(results, k), timings(results), k, label)


def _ratio(num: int, den: int) -> float:
    return round(num / den, 4) if den else 1.0


def metrics(results: list[Result], k: int) -> dict[str, float]:
    # Answerable questions without expected quotes (e.g. exported from feedback) count for
    # abstention only: there is nothing to hit.
    answerable = [r for r in results if r.question.answerable and r.question.spans]
    unanswerable = [r for r in results if not r.question.answerable]
    abstained = [r for r in results if r.answer.abstained]
    verbatim = [v for r in results for v in r.verbatim]
    attribution = [a for r in results for a in r.attribution]
    with_speaker = [r for r in answerable if r.question.expected_speaker]
    words = [len(c.quote.split()) for r in results for c in r.answer.citations]
    ranks = [r.retrieved_rank for r in answerable]
    return {
        "questions": len(results),
        "pass_rate": _ratio(sum(r.passed for r in results), len(results)),
        "quote_verbatim_rate": _ratio(sum(verbatim), len(verbatim)),
        "hit_rate": _ratio(sum(r.hit is not None for r in answerable), len(answerable)),
        f"retrieval_recall@{k}": _ratio(sum(x is not None for x in ranks), len(ranks)),
        f"mrr@{k}": round(sum(1 / x for x in ranks if x) / len(ranks), 4) if ranks else 1.0,
        # With no abstentions, precision is 0 when some were due (and 1 when none were).
        "abstention_precision": _ratio(
            sum(not r.question.answerable for r in abstained), len(abstained)
        )
        if abstained or not unanswerable
        else 0.0,
        "abstention_recall": _ratio(
            sum(r.answer.abstained for r in unanswerable), len(unanswerable)
        ),
        "fabricated": sum(not r.answer.abstained for r in unanswerable),
        "speaker_accuracy": _ratio(
            sum(
                r.hit is not None
                and same_speaker(r.question.expected_speaker or "", r.hit.speaker, r.hit.role)
                for r in with_speaker
            ),
            len(with_speaker),
        ),
        "attribution_accuracy": _ratio(sum(attribution), len(attribution)),
        "quote_words_median": statistics.median(words) if words else 0,
    }


def timings(results: list[Result]) -> dict[str, float]:
    latencies = sorted(r.latency_ms for r in results)
    return {
        "latency_ms_p50": _percentile(latencies, 50),
        "latency_ms_p95": _percentile(latencies, 95),
    }


def _percentile(values: list[float], pct: int) -> float:
    if not values:
        return 0.0
    i = min(len(values) - 1, max(0, round(pct / 100 * len(values) + 0.5) - 1))
    return round(values[i], 1)
