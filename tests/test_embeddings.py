"""The embedder: a text's vector does not depend on the batch it is embedded in."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from retrieval.index.embeddings import BATCH_ATTENTION, MAX_TOKENS, MiniLMEmbeddings


def test_vectors_are_the_same_alone_and_in_batches(embeddings: MiniLMEmbeddings) -> None:
    texts = ["Yes.", "We will never accept a nuclear North Korea. " * 30, "The talks resume."] * 4
    together = embeddings.embed_array(texts)
    alone = np.vstack([embeddings.embed_array([t]) for t in texts])
    assert together.shape == (12, 384)
    np.testing.assert_allclose(together, alone, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_batches_hold_eight_short_texts_and_one_long_one() -> None:
    model = MiniLMEmbeddings(batch_size=8)
    lengths = [12] * 10 + [MAX_TOKENS] * 3
    batches = model._batches(list(range(13)), lengths)
    assert batches == [list(range(8)), [8, 9], [10], [11], [12]]
    assert all(len(b) * max(lengths[i] for i in b) ** 2 <= BATCH_ATTENTION for b in batches)


def test_a_program_that_ends_while_the_model_loads_exits_cleanly() -> None:
    # The model loads in a thread; one still inside onnxruntime when the interpreter ends
    # aborted the process (exit 134, or a segmentation fault), as a test run of one CLI command
    # did. Where the load is when the program ends varies: several moments are tried.
    for delay in (0.1, 0.2, 0.3, 0.4, 0.5):
        program = (
            "import time; from retrieval.index.embeddings import MiniLMEmbeddings; "
            f"MiniLMEmbeddings().warm(); time.sleep({delay})"
        )
        run = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
        assert run.returncode == 0, (delay, run.returncode, run.stderr[-500:])
