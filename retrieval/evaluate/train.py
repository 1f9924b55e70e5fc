"""Train the selector and the abstention model; choose the abstention threshold on dev sets.

    python -m retrieval.evaluate.train --data ../shared/datasets --work ~/.cache/tqa-train

Every question of the training set is asked through the same engine `tqa ask` uses, three
ways: scoped to its own transcript, over the whole corpus, and over the transcripts of *other
domains* only (its unanswerable twin: a product meeting's question asked of parliamentary
committees cannot be answered there, so the negative is honest). Candidates are labelled by the
hit rule of `tqa eval`. Logistic regressions, seeded, so two runs give the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.answer.features import (
    FEATURES,
    QUESTION_FEATURES,
    candidates,
    describe,
    question_features,
)
from retrieval.answer.model import MODEL_FILE, Logistic, Model
from retrieval.evaluate.metrics import MAX_HIT_WORDS
from retrieval.evaluate.questions import Question, load_questions, overlaps
from retrieval.settings import Settings

TRAIN_SET = "qmsum-train"
DEV_SETS = ("qmsum-val", "press-dev")
ABSTAIN_TARGET = 0.05  # at most this share of answerable dev questions abstained


@dataclass
class Asked:
    """One question asked one way: its candidates' features and labels, and the question's."""

    x: Any  # (candidates, FEATURES)
    y: Any  # (candidates,) 1 where the candidate hits an expected quote
    retrieved: Any
    answerable: bool
    scope: str  # "doc", "corpus" or "elsewhere"
    qid: str


def domain(name: str) -> str:
    """Which transcripts share a subject: QMSum's AMI, ICSI and committee series; else the file."""
    for pattern, label in (
        (r"(?:ES|IS|TS)\d{4}", "ami"),
        (r"B[a-z]{2}\d{3}", "icsi"),
        (r"covid_", "covid"),
        (r"education_", "education"),
    ):
        if re.match(pattern, name):
            return label
    return Path(name).stem


class Dataset:
    """A question set and its corpus, indexed under `work/<name>`."""

    def __init__(self, folder: Path, work: Path, engine_factory: Any) -> None:
        from retrieval.answer.verify import source_text
        from retrieval.index.ingest import ingest

        self.name = folder.name
        self.engine = engine_factory(work / folder.name)
        started = time.perf_counter()
        report = ingest(self.engine.store, [folder / "corpus"])
        _log(
            f"{self.name}: {len(report.added) + len(report.updated)} indexed, "
            f"{len(report.unchanged)} unchanged ({time.perf_counter() - started:.0f} s)"
        )
        docs = self.engine.store.manifest.docs
        self.doc_of = {Path(d["source"]).name: doc_id for doc_id, d in docs.items()}
        self.name_of = {doc_id: name for name, doc_id in self.doc_of.items()}
        texts = {name: source_text(docs[doc_id]["path"]) for name, doc_id in self.doc_of.items()}
        self.questions = load_questions(folder / "questions.jsonl", texts)

    def ask(self, q: Question, scope: str) -> Asked:
        import numpy as np

        from retrieval.chain import Ask
        from retrieval.index.manifest import Filters

        settings = self.engine.settings.answer
        own = [self.doc_of[Path(s).name] for s in q.expected_sources if Path(s).name in self.doc_of]
        if scope == "doc":
            filters = Filters(doc_ids=tuple(own))
        elif scope == "elsewhere":
            mine = {domain(self.name_of[d]) for d in own}
            others = [d for n, d in self.doc_of.items() if domain(n) not in mine]
            filters = Filters(doc_ids=tuple(sorted(others)))
        else:
            filters = Filters()
        r = self.engine.retrieve(Ask(q.question, tuple(q.history), filters))
        spans = candidates(r, settings.window_sentences, settings.max_quote_words)
        x = describe(r, spans)
        y = np.asarray(
            [scope != "elsewhere" and self._hits(q, s.doc_id, s.start, s.end, r) for s in spans],
            dtype=np.int8,
        )
        answerable = q.answerable and scope != "elsewhere"
        return Asked(x, y, r, answerable, scope, q.id)

    def _hits(self, q: Question, doc_id: str, start: int, end: int, r: Any) -> bool:
        if len(r.texts[doc_id][start:end].split()) > MAX_HIT_WORDS:
            return False
        name = self.name_of[doc_id]
        return any(s.source == name and overlaps(s.start, s.end, start, end) for s in q.spans)

    def asked(self, scopes: tuple[str, ...]) -> Iterator[Asked]:
        for i, q in enumerate(self.questions, 1):
            for scope in scopes:
                if scope != "corpus" and not q.expected_sources:
                    continue
                if scope == "elsewhere" and not q.answerable:
                    continue
                yield self.ask(q, scope)
            if i % 100 == 0:
                _log(f"{self.name}: {i}/{len(self.questions)} questions")


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
    "sim_lead",
    "lexical",
    "lexical_turn",
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

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
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
    return Logistic(
        names,
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in fit.x[:n]),
        round(float(fit.x[n]), 6),
    )


def fit_selector(rows: list[Asked], c: float) -> Logistic:
    """A conditional logit: within each retrieval, a softmax over its candidates, maximising the
    share that falls on the ones that hit. Only differences *within* a retrieval count, which is
    the selector's job; a pooled logistic regression is swamped by how similar whole questions
    are to their corpus. Its intercept is 0: its scores rank, the abstention model calibrates."""
    import numpy as np
    from scipy.optimize import minimize

    used = [a for a in rows if len(a.y) and a.y.any() and not a.y.all()]
    x = np.vstack([a.x for a in used]).astype(np.float64)
    y = np.concatenate([a.y for a in used]).astype(np.float64)
    starts = np.cumsum([0] + [len(a.y) for a in used[:-1]])
    group = np.repeat(np.arange(len(used)), [len(a.y) for a in used])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
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
    return Logistic(
        FEATURES,
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in fit.x),
        0.0,
    )


def _bounds(names: tuple[str, ...]) -> list[tuple[float | None, float | None]]:
    return [
        (0.0, None) if f in NON_NEGATIVE else (None, 0.0) if f in NON_POSITIVE else (None, None)
        for f in names
    ]


def question_rows(rows: list[Asked]) -> tuple[Any, Any]:
    import numpy as np

    x = np.vstack([question_features(a.retrieved, a.x) for a in rows])
    return x, np.asarray([a.answerable for a in rows], dtype=np.int8)


def threshold_for(p_answerable: list[float], target: float) -> float:
    """The largest threshold that abstains on at most `target` of these answerable questions."""
    ranked = sorted(p_answerable)
    allowed = int(target * len(ranked))  # questions that may fall below
    return round(float(ranked[allowed]) - 1e-6, 6) if ranked else 0.5


def train(data: Path, work: Path, c: float = 1.0, dev_sets: tuple[str, ...] = DEV_SETS) -> Model:
    import numpy as np
    import scipy

    from retrieval.chain import Engine
    from retrieval.index.embeddings import MiniLMEmbeddings

    embeddings = MiniLMEmbeddings()

    def engine_factory(home: Path) -> Engine:
        return Engine(Settings(home=home), embeddings=embeddings)

    train_set = Dataset(data / TRAIN_SET, work, engine_factory)
    rows = list(train_set.asked(("doc", "corpus", "elsewhere")))
    selector = fit_selector([a for a in rows if a.answerable], c)
    qx, qy = question_rows(rows)
    answerable = fit_logistic(qx, qy.astype(np.float64), np.ones(len(qy)), QUESTION_FEATURES, c)

    dev_p: dict[str, list[float]] = {}
    for name in dev_sets:
        if not (data / name).is_dir():
            continue
        dev = Dataset(data / name, work, engine_factory)
        asked = [a for a in dev.asked(("doc", "corpus")) if a.answerable]
        x, _ = question_rows(asked)
        dev_p[name] = [float(p) for p in answerable.predict(x)]
    pooled = [p for ps in dev_p.values() for p in ps]
    threshold = threshold_for(pooled, ABSTAIN_TARGET) if pooled else 0.5
    about = {
        "trained_on": TRAIN_SET,
        "questions": len(train_set.questions),
        "retrievals": len(rows),
        "candidates": int(sum(len(a.y) for a in rows)),
        "positives": int(sum(int(a.y.sum()) for a in rows)),
        "C": c,
        "threshold_chosen_on": sorted(dev_p),
        "abstain_target": ABSTAIN_TARGET,
        "dev_answerable_abstained": {
            name: round(sum(p < threshold for p in ps) / len(ps), 4) for name, ps in dev_p.items()
        },
        "scipy": scipy.__version__,
    }
    return Model(selector, answerable, threshold, about)


def _log(message: str) -> None:
    print(f"train: {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--work", type=Path, default=Path.home() / ".cache" / "tqa-train")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("-C", dest="c", type=float, default=1.0, help="inverse regularisation")
    args = parser.parse_args(argv)
    if not (args.data / TRAIN_SET / "questions.jsonl").is_file():
        parser.error(f"{args.data / TRAIN_SET}: no questions.jsonl (point --data at the datasets)")
    model = train(args.data, args.work, args.c)
    model.save(args.out)
    _log(f"wrote {args.out}: {json.dumps(model.about)}")


if __name__ == "__main__":
    main()
