"""The index: chunking, embeddings, the Chroma + BM25 store, ingest, locking, repair."""
