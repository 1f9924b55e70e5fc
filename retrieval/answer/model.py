"""The learned parts of the answerer: two logistic models and the abstention threshold.

Trained by `make train` (`retrieval/evaluate/train.py`) and stored as `model.json` beside this
file; answering needs only numpy.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
class Model:
    selector: Logistic  # candidate -> score; a softmax over a retrieval's candidates gives
    # the probability that each is the one in the passage that answers
    answerable: Logistic  # retrieval -> P(the question is answered in the transcripts)
    abstain_below: float  # answerable probability under which tqa abstains
    about: dict[str, Any]  # how it was trained and what it measured

    def to_json(self) -> dict[str, Any]:
        return {
            "selector": self.selector.to_json(),
            "answerable": self.answerable.to_json(),
            "abstain_below": self.abstain_below,
            "about": self.about,
        }

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        return cls(
            Logistic.from_json(data["selector"]),
            Logistic.from_json(data["answerable"]),
            float(data["abstain_below"]),
            data.get("about", {}),
        )


@functools.cache
def load(path: Path = MODEL_FILE) -> Model:
    from retrieval.answer.features import FEATURES, QUESTION_FEATURES

    model = Model.from_json(json.loads(path.read_text(encoding="utf-8")))
    if model.selector.features != FEATURES or model.answerable.features != QUESTION_FEATURES:
        raise RuntimeError(f"{path}: trained on other features than these; run `make train`")
    return model
