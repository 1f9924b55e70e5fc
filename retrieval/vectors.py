"""Vector arithmetic shared by the embedder, the features and the query adapter."""

from __future__ import annotations

from typing import Any


def unit(v: Any) -> Any:
    """Rows (or one vector) scaled to length 1; a zero row stays zero."""
    import numpy as np

    return v / np.clip(np.linalg.norm(v, axis=-1, keepdims=True), 1e-12, None)
