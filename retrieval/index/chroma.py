"""The Chroma client: the embedded store in the index's folder, or a `chroma run` server, and
what its failures mean to a user."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from retrieval.index.manifest import IndexProblem, storage_problem


class ServerUnavailable(IndexProblem):
    """The Chroma server cannot be reached."""


def open_client(url: str | None, home: Path) -> Any:
    """A client of the server at `url`, or of the embedded store under `home`."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    try:
        if url:
            from urllib.parse import urlparse

            parts = urlparse(url)
            return chromadb.HttpClient(
                host=parts.hostname or "localhost",
                port=parts.port or (443 if parts.scheme == "https" else 8000),
                ssl=parts.scheme == "https",
                settings=chroma_settings,
            )
        home.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(home / "chroma"), settings=chroma_settings)
    except Exception as e:  # chromadb raises bare Exception/ValueError for both
        raise chroma_problem(e, url, home) from None


def chroma_problem(error: Exception, url: str | None, home: Path) -> IndexProblem:
    """What a Chroma failure means, in a line: the disk, the server, or the store."""
    reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
    if problem := storage_problem(error, home):
        return problem
    if url:
        return ServerUnavailable(
            f"cannot reach the Chroma server at {url} ({reason}); start it "
            "(`chroma run`) or unset TQA_CHROMA_URL to use the embedded store"
        )
    return IndexProblem(f"cannot open the vector store in {home / 'chroma'} ({reason})")
