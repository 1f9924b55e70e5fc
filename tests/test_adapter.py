"""The query adapter: it learns to move a question towards its answers, and survives saving."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.answer.model import QueryAdapter
from retrieval.evaluate.fit import fit_adapter
from retrieval.vectors import unit


def _retrievals(rng: np.random.Generator, n: int, turn: np.ndarray) -> list:
    """Each answer is its question turned by one fixed rotation, among random sentences: plain
    cosine cannot tell it from the others, a learned correction can."""
    d = turn.shape[0]
    groups = []
    for _ in range(n):
        q = unit(rng.normal(size=d))
        sentences = unit(np.vstack([turn @ q, rng.normal(size=(9, d))]))
        y = np.zeros(10, dtype=np.int8)
        y[0] = 1
        groups.append((q, sentences.astype(np.float32), y))
    return groups


def _share_on_answers(adapter: QueryAdapter, groups: list) -> float:
    ranks = []
    for q, s, y in groups:
        v = adapter.adapt(q[None, :])[0]
        ranks.append(int(np.argmax(s @ v) == np.flatnonzero(y)[0]))
    return float(np.mean(ranks))


def test_the_adapter_learns_what_answers_look_like_and_generalises() -> None:
    rng = np.random.default_rng(0)
    d = 16
    turn = np.linalg.qr(rng.normal(size=(d, d)))[0]
    train, held_out = _retrievals(rng, 200, turn), _retrievals(rng, 200, turn)
    none = QueryAdapter(np.zeros((d, d), dtype=np.float32))
    adapter, iterations = fit_adapter(train, d, penalty=0.001, temperature=0.1)
    assert iterations > 0
    assert _share_on_answers(none, held_out) < 0.5
    assert _share_on_answers(adapter, held_out) > 0.9
    again, _ = fit_adapter(train, d, penalty=0.001, temperature=0.1)
    assert np.array_equal(adapter.correction, again.correction)  # from zeros: reproducible


def test_a_strong_penalty_keeps_the_question_as_it_was() -> None:
    groups = _retrievals(np.random.default_rng(1), 50, np.eye(8)[::-1])
    adapter, _ = fit_adapter(groups, 8, penalty=1e6, temperature=0.1)
    assert np.abs(adapter.correction).max() < 1e-4


def test_the_adapter_round_trips_through_json_within_float16() -> None:
    rng = np.random.default_rng(2)
    adapter = QueryAdapter((0.05 * rng.normal(size=(384, 384))).astype(np.float32))
    loaded = QueryAdapter.from_json(adapter.to_json())
    q = unit(rng.normal(size=(2, 384))).astype(np.float32)
    assert loaded.adapt(q) == pytest.approx(adapter.adapt(q), abs=1e-3)
    assert np.linalg.norm(loaded.adapt(q), axis=1) == pytest.approx(1.0)
