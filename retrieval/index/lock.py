"""One writer at a time: a lock on the data directory, and on a shared server one all writers see.

Readers take no lock: they read whichever generation is current (see store.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from retrieval.index.manifest import IndexProblem


class LockHeld(IndexProblem):
    """Another process is writing to this index."""


def _holder() -> dict[str, Any]:
    return {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }


def _describe(holder: dict[str, Any]) -> str:
    return f"pid {holder.get('pid')} on {holder.get('host')}, since {holder.get('since')}"


@contextmanager
def writer_lock(store: Any, *, wait: bool = False) -> Iterator[None]:
    """Hold the data directory's lock (and the server's, when the index lives on one)."""
    home = store.home
    try:
        home.mkdir(parents=True, exist_ok=True)
        f = open(home / "ingest.lock", "a+", encoding="utf-8")  # noqa: SIM115 (held until exit)
    except OSError as e:
        raise IndexProblem(f"cannot write to the data directory {home} ({e.strerror})") from None
    try:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            f.seek(0)
            raise LockHeld(
                f"another tqa ingest is writing to {home} ({f.read().strip() or 'starting'}); "
                "wait for it, or run with --wait"
            ) from None
        f.seek(0)
        f.truncate()
        f.write(_describe(_holder()))
        f.flush()
        with _server_lock(store, wait=wait):
            yield
    finally:
        f.seek(0)
        f.truncate()
        f.close()  # closing releases the lock


@contextmanager
def _server_lock(store: Any, *, wait: bool) -> Iterator[None]:
    """On a Chroma server, a collection named after the index is the lock: creating it is atomic."""
    if not store.settings.chroma_url:
        yield
        return
    client = store.client()
    name = f"{store.namespace}_writer"
    me = _holder()
    while True:
        try:
            client.create_collection(name, metadata={"holder": json.dumps(me)})
            break
        except Exception as e:  # chromadb raises its own error for "already exists"
            if "exist" not in str(e).lower():
                raise
            holder = _current_holder(client, name)
            if holder and _is_dead_here(holder):
                client.delete_collection(name)  # left by a writer that died on this host
                continue
            if not wait:
                raise LockHeld(
                    f"another tqa ingest is writing to this index on {store.settings.chroma_url} "
                    f"({_describe(holder or {})}); wait for it, or run with --wait"
                ) from None
            time.sleep(1.0)
    try:
        yield
    finally:
        # Gone already, or the server went away: nothing is left to release.
        with contextlib.suppress(Exception):
            client.delete_collection(name)


def _current_holder(client: Any, name: str) -> dict[str, Any] | None:
    try:
        meta = client.get_collection(name).metadata or {}
        return json.loads(meta.get("holder", "{}"))
    except Exception:
        return None


def _is_dead_here(holder: dict[str, Any]) -> bool:
    if holder.get("host") != socket.gethostname():
        return False
    try:
        os.kill(int(holder.get("pid", 0)), 0)
    except ProcessLookupError:
        return True
    except (PermissionError, ValueError):
        return False
    return False
