"""The fits behind the answerer: the query adapter, the selector and the abstention model.

All start from zeros and run L-BFGS-B, so the same data gives the same numbers.
"""

from __future__ import annotations

from typing import Any

from retrieval.answer.features import FEATURES
from retrieval.answer.model import Logistic, QueryAdapter

# Features whose weight may not be negative: being closer to the question, sharing more of its
# words, or being by the speaker it names never makes a
# candidate less likely to answer. Without this prior the fit on QMSum, whose answers are long
# stretches of discussion, learns to prefer the less similar sentences of a relevant stretch.
NON_NEGATIVE = {
    "sim_question",
    "sim_resolved",
    "sim_best_sentence",
    "sim_turn",
    "sim_previous_turn",
    "opens_reply",
    "sim_lead",
    "lexical",
    "lexical_turn",
    "lexical_exchange",
    "lexical_lead",
    "speaker_named",
    # The question answered at all: its words found, near passages.
    "sim_best",
    "sim_top5_mean",
    "lexical_best",
    "chunk_dense_best",
    "known_terms",
    "chunk_terms_best",
    "known_rare",
    "chunk_rare_best",
    "known_names",
}
# 0 is the most similar candidate; and a question is never likelier to be the answer than a
# statement (DESIGN.md: prefer the answer over the question text). QMSum's answer passages
# include the questions asked in them, so without this the fit quotes a meeting's echo of the
# user's question; it changed the dev sets by a question or two either way.
NON_POSITIVE = {"sim_rank", "is_question", "turn_asks"}


def fit_logistic(x: Any, y: Any, weights: Any, names: tuple[str, ...], c: float) -> Logistic:
    """L2-regularised logistic regression on standardised features (L-BFGS-B from zeros, so
    deterministic), with the sign bounds of `_bounds`."""
    import numpy as np
    from scipy.optimize import minimize

    mean, scale, z = _standardise(x)
    w = weights / weights.sum()
    n = z.shape[1]

    def loss(theta: Any) -> tuple[float, Any]:
        margin = z @ theta[:n] + theta[n]
        p = 1.0 / (1.0 + np.exp(-margin))
        log_lik = np.logaddexp(0, -margin) * y + np.logaddexp(0, margin) * (1 - y)
        value = float(w @ log_lik) + float(theta[:n] @ theta[:n]) / (2 * c * len(y))
        grad_margin = w * (p - y)
        grad = np.append(z.T @ grad_margin + theta[:n] / (c * len(y)), grad_margin.sum())
        return value, grad

    bounds = [*_bounds(names), (None, None)]
    fit = minimize(loss, np.zeros(n + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return _logistic(names, mean, scale, fit.x[:n], fit.x[n])


def fit_selector(groups: list[tuple[Any, Any]], c: float) -> Logistic:
    """A conditional logit: within each retrieval, a softmax over its candidates, maximising the
    share that falls on the ones that hit. Only differences *within* a retrieval count, which is
    the selector's job; a pooled logistic regression is swamped by how similar whole questions
    are to their corpus. Its intercept is 0: its scores rank, the abstention model calibrates."""
    import numpy as np
    from scipy.optimize import minimize

    used = [(x, y) for x, y in groups if len(y) and y.any() and not y.all()]
    x = np.vstack([x for x, _ in used]).astype(np.float64)
    y = np.concatenate([y for _, y in used]).astype(np.float64)
    starts = np.cumsum([0] + [len(y) for _, y in used[:-1]])
    group = np.repeat(np.arange(len(used)), [len(y) for _, y in used])
    mean, scale, z = _standardise(x)
    n_groups = len(used)

    def loss(theta: Any) -> tuple[float, Any]:
        score = z @ theta
        e = np.exp(score - np.maximum.reduceat(score, starts)[group])
        total, hit = np.add.reduceat(e, starts), np.add.reduceat(e * y, starts)
        value = -np.sum(np.log(hit) - np.log(total)) / n_groups
        grad = z.T @ (e / total[group] - e * y / hit[group]) / n_groups
        return value + theta @ theta / (2 * c * n_groups), grad + theta / (c * n_groups)

    fit = minimize(
        loss, np.zeros(z.shape[1]), jac=True, method="L-BFGS-B", bounds=_bounds(FEATURES)
    )
    return _logistic(FEATURES, mean, scale, fit.x, 0.0)


def _standardise(x: Any) -> tuple[Any, Any, Any]:
    """Each column's mean and spread (1 where it is constant), and x in those units."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    return mean, scale, (x - mean) / scale


def _logistic(
    names: tuple[str, ...], mean: Any, scale: Any, coef: Any, intercept: float
) -> Logistic:
    """The fitted model as stored: every number rounded to 6 places."""
    return Logistic(
        names,
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in coef),
        round(float(intercept), 6),
    )


def _bounds(names: tuple[str, ...]) -> list[tuple[float | None, float | None]]:
    return [
        (0.0, None) if f in NON_NEGATIVE else (None, 0.0) if f in NON_POSITIVE else (None, None)
        for f in names
    ]


def fit_adapter(
    groups: list[tuple[Any, Any, Any]], dim: int, penalty: float, temperature: float
) -> tuple[QueryAdapter, int]:
    """A linear correction A of the question's vector, learned from (question vector, sentence
    vectors, labels) of retrievals: within each, a softmax over its sentences of
    cos((I + A) q, s) / temperature, maximising the share on the sentences that answer.
    MiniLM was trained to match paraphrases, not a question to its answer; A, pulled towards 0
    by `penalty`, moves the question towards what answers look like. Returns the iterations."""
    import numpy as np
    from scipy.optimize import minimize

    used = [(q, s, y) for q, s, y in groups if y.any() and not y.all()]
    d = dim
    if not used:
        return QueryAdapter(np.zeros((d, d), dtype=np.float32)), 0

    def loss(theta: Any) -> tuple[float, Any]:
        a = theta.reshape(d, d)
        total, grad = 0.0, np.zeros((d, d))
        for q, s, y in used:
            u = q + a @ q
            norm = float(np.linalg.norm(u))
            v = u / norm
            score = s @ v / temperature
            e = np.exp(score - score.max())
            p = e / e.sum()
            on_answer = p * y
            total -= np.log(on_answer.sum())
            grad_v = s.T @ (p - on_answer / on_answer.sum()) / temperature
            grad += np.outer((grad_v - v * (v @ grad_v)) / norm, q)
        n = len(used)
        return total / n + penalty * float(theta @ theta) / 2, grad.ravel() / n + penalty * theta

    fit = minimize(loss, np.zeros(d * d), jac=True, method="L-BFGS-B")
    return QueryAdapter(fit.x.reshape(d, d).astype(np.float32)), int(fit.nit)
