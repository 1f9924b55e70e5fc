"""The embedder: a text's vector does not depend on the batch it is embedded in."""

from __future__ import annotations

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
