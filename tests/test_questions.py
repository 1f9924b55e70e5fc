"""The question set over the bundled corpus: hits, verbatim quotes, speakers, abstentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.verify import source_text
from retrieval.chain import Ask, Engine
from retrieval.evaluate.metrics import Report, evaluate
from retrieval.evaluate.questions import load_questions

from .conftest import QUESTIONS


@pytest.fixture(scope="module")
def report(engine: Engine) -> Report:
    texts = {
        Path(d["source"]).name: source_text(d["path"]) for d in engine.store.manifest.docs.values()
    }
    questions = load_questions(QUESTIONS, texts)
    return evaluate(questions, lambda q: engine.ask(Ask(q.question, tuple(q.history))), k=5)


def test_the_set_is_what_we_say_it_is(report: Report) -> None:
    questions = [r.question for r in report.results]
    assert len(questions) >= 60
    assert sum(not q.answerable for q in questions) >= 12
    assert sum(bool(q.history) for q in questions) >= 8
    assert sum("paraphrase" in q.tags for q in questions) >= 15
    assert sum("reporter-fact" in q.tags for q in questions) >= 3


def test_every_quote_is_verbatim_and_attributed_to_its_turn(report: Report) -> None:
    assert report.metrics["quote_verbatim_rate"] == 1.0
    assert report.metrics["attribution_accuracy"] == 1.0
    for r in report.results:
        for c in r.answer.citations:
            assert len(c.quote.split()) <= 80


# Regression floors at the level of the learned answerer (hit 0.75, abstention recall 0.27 when
# set). The hand-tuned answerer before it scored 0.86 and 0.93 here because its weights and word
# lists were fitted to these very questions; see the README's "Training the answerer".
def test_answerable_questions_hit_expected_quotes(report: Report) -> None:
    assert report.metrics["hit_rate"] >= 0.7
    assert report.metrics["speaker_accuracy"] >= 0.7


def test_unanswerable_questions_abstain(report: Report) -> None:
    assert report.metrics["abstention_recall"] >= 0.2
    assert report.metrics["fabricated"] <= 12
    assert report.metrics["abstention_precision"] >= 0.3


def test_reporters_facts_are_attributed_to_the_reporter(report: Report) -> None:
    # A known weakness of the learned selector (1 of 5 when set; 4 of 5 before, by a word list
    # fitted to these questions): QMSum, which it learns from, has no reporters.
    reporter = [r for r in report.results if r.question.expected_speaker == "Reporter"]
    assert sum(r.hit is not None and r.hit.role == "reporter" for r in reporter) >= 1
