"""The training script on a tiny dataset: it trains, saves, loads, and is reproducible."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from retrieval.answer.features import FEATURES, QUESTION_FEATURES
from retrieval.answer.model import load
from retrieval.chain import Engine
from retrieval.evaluate.questions import Question
from retrieval.evaluate.train import (
    Dataset,
    domain,
    main,
    meeting_series,
    threshold_for,
    thresholds_by_reach,
)
from retrieval.settings import Settings

TINY = Path(__file__).resolve().parent / "data" / "tiny-datasets"


def test_training_is_reproducible_and_the_saved_model_scores_the_same(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    main(["--data", str(TINY), "--work", str(tmp_path / "work"), "--out", str(first)])
    main(["--data", str(TINY), "--work", str(tmp_path / "work2"), "--out", str(second)])
    assert first.read_text() == second.read_text()

    model = load(first)
    assert model.selector.features == FEATURES
    assert model.answerable.features == QUESTION_FEATURES
    assert model.about["questions"] == 6
    assert model.about["positives"] > 0
    x = np.random.default_rng(0).normal(size=(5, len(FEATURES))).astype(np.float32)
    z = (x - np.asarray(model.selector.mean)) / np.asarray(model.selector.scale)
    expected = 1 / (1 + np.exp(-(z @ np.asarray(model.selector.coef) + model.selector.intercept)))
    assert model.selector.predict(x) == pytest.approx(expected, rel=1e-6)


def test_unanswerable_twins_come_from_other_domains() -> None:
    assert domain("ES2006a.txt") == domain("TS3010b.txt") == "ami"
    assert domain("Bro011.txt") == domain("Bmr005.txt") == "icsi"
    assert domain("covid_6.txt") != domain("education_0.txt")
    assert domain("heat_pumps.txt") == "heat_pumps"


def test_a_question_is_unmentioned_where_its_rarest_word_is_said_nowhere_else(
    tmp_path: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    assert meeting_series("ES2006a.txt") == meeting_series("ES2006d.txt") == "ES2006"
    assert meeting_series("Bro011.txt") != meeting_series("Bro012.txt")
    data = Dataset(
        TINY / "qmsum-train",
        tmp_path,
        lambda home: Engine(Settings(home=home), embeddings=embeddings),
    )

    def asked(question: str) -> Question:
        return Question("q", question, True, expected_sources=["Bro099.txt"])

    # No transcript but the question's own could answer about a zeppelin; heat_pumps.txt, of
    # another series, speaks of furnaces and so might answer that one.
    assert data.unmentioned(asked("What did they say about the zeppelin?"))
    assert not data.unmentioned(asked("What did they say about furnaces?"))
    twins = [a for a in data.asked(("unmentioned",)) if a.scope == "unmentioned"]
    assert twins and not any(a.answerable or a.y.any() for a in twins)


def test_threshold_keeps_abstentions_on_answerable_questions_within_the_target() -> None:
    p = [i / 100 for i in range(100)]
    t = threshold_for(p, 0.05)
    assert sum(x < t for x in p) <= 5
    assert sum(x < t + 0.011 for x in p) > 5  # and no lower than it needs to be


def test_each_dev_set_keeps_within_the_target() -> None:
    many = [i / 100 for i in range(100)]  # 5 may fall below: threshold near 0.05
    few = [0.01, 0.02, 0.5, 0.6, 0.7, 0.8, 0.9, 0.9, 0.9, 0.9]  # none may: at most 0.01
    t = thresholds_by_reach({("a", "corpus"): many, ("b", "corpus"): few}, 0.05)
    assert t["corpus"] <= 0.01 and t["documents"] == 0.5  # no dev set for documents
    assert sum(p < t["corpus"] for p in few) == 0


def test_training_needs_the_datasets(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--data", str(tmp_path), "--work", str(tmp_path / "w")])
