"""The learned parts of the answerer: a correction of the question's vector, two logistic
models and the abstention threshold.

Trained by `make train` (`retrieval/evaluate/train.py`) and stored as `model.json` beside this
file; answering needs only numpy.
"""

from __future__ import annotations

import base64
import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.vectors import unit

MODEL_FILE = Path(__file__).resolve().parent / "model.json"


@dataclass(frozen=True)
class Logistic:
    """A standardised logistic regression: p = sigmoid(((x - mean) / scale) . coef + intercept)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float

    def score(self, x: Any) -> Any:
        """The linear score (log-odds) of each row of x."""
        import numpy as np

        if len(x) == 0:
            return np.zeros(0, dtype=np.float32)
        z = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        return z @ np.asarray(self.coef) + self.intercept

    def predict(self, x: Any) -> Any:
        import numpy as np

        return 1.0 / (1.0 + np.exp(-self.score(x)))

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Logistic:
        return cls(
            tuple(data["features"]),
            tuple(data["mean"]),
            tuple(data["scale"]),
            tuple(data["coef"]),
            float(data["intercept"]),
        )


@dataclass(frozen=True)
class QueryAdapter:
    """Question vectors moved towards their answers: unit((I + correction) q). Stored as float16
    in base64 (the correction is small; its rounding moves a cosine by < 1e-3)."""

    correction: Any  # (d, d) float32

    def adapt(self, vectors: Any) -> Any:
        """Adapted copies of unit row vectors (n, d)."""
        return unit(vectors + vectors @ self.correction.T)

    def to_json(self) -> dict[str, Any]:
        import numpy as np

        raw = np.ascontiguousarray(self.correction, dtype="<f2").tobytes()
        return {"dim": int(self.correction.shape[0]), "float16": base64.b64encode(raw).decode()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> QueryAdapter:
        import numpy as np

        d = int(data["dim"])
        raw = np.frombuffer(base64.b64decode(data["float16"]), dtype="<f2")
        return cls(raw.reshape(d, d).astype(np.float32))


@dataclass(frozen=True)
class Model:
    adapter: QueryAdapter  # the question's vector, moved towards its answers'
    selector: Logistic  # candidate -> score; a softmax over a retrieval's candidates gives
    # the probability that each is the one in the passage that answers
    answerable: Logistic  # retrieval -> P(the question is answered in the transcripts)
    # Answerable probability under which tqa abstains, by reach: the whole index, or
    # documents the question is confined to (`--doc`), where even an answer's best match is
    # less close than the best of a whole corpus, so one threshold abstains on either too much
    # or too little.
    abstain_below: dict[str, float]  # "corpus" and "documents"
    about: dict[str, Any]  # how it was trained and what it measured

    def threshold(self, in_documents: bool) -> float:
        return self.abstain_below["documents" if in_documents else "corpus"]

    def to_json(self) -> dict[str, Any]:
        return {
            "selector": self.selector.to_json(),
            "answerable": self.answerable.to_json(),
            "abstain_below": self.abstain_below,
            "about": self.about,
            "adapter": self.adapter.to_json(),  # last: one long line
        }

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(
            QueryAdapter.from_json(data["adapter"]),
            Logistic.from_json(data["selector"]),
            Logistic.from_json(data["answerable"]),
            {reach: float(t) for reach, t in data["abstain_below"].items()},
            data.get("about", {}),
        )


@functools.cache
def load(path: Path = MODEL_FILE) -> Model:
    from retrieval.answer.features import FEATURES, QUESTION_FEATURES

    data = json.loads(path.read_text(encoding="utf-8"))
    if "adapter" not in data or not isinstance(data["abstain_below"], dict):
        raise RuntimeError(f"{path}: made by an older `make train`; run it again")
    model = Model.from_json(data)
    if model.selector.features != FEATURES or model.answerable.features != QUESTION_FEATURES:
        raise RuntimeError(f"{path}: trained on other features than these; run `make train`")
    return model
