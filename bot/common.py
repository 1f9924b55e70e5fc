"""What the commands share: settings, the engine, friendly errors, building the index."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click


def user_errors() -> tuple[type[Exception], ...]:
    from retrieval.chain import QuestionError
    from retrieval.evaluate.questions import QuestionSetError
    from retrieval.transcript import TranscriptError

    return (TranscriptError, QuestionError, QuestionSetError)


def friendly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Domain errors become one-line CLI errors; TQA_DEBUG=1 shows the real traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except user_errors() as e:
            if os.environ.get("TQA_DEBUG"):
                raise
            raise click.ClickException(str(e)) from None

    return wrapper


def make_settings() -> Any:
    from retrieval.settings import Settings

    return Settings()


def make_engine(ctx: click.Context) -> Any:
    from retrieval.chain import Engine

    obj = ctx.ensure_object(dict)
    if "engine" not in obj:
        obj["engine"] = Engine(obj.get("settings") or make_settings())
        obj["engine"].warm()
    return obj["engine"]


def default_corpus(engine: Any) -> Path:
    from retrieval.ingest import source_name

    return Path(source_name(engine.settings.corpus_dir, Path.cwd()))


def run_ingest(engine: Any, paths: list[Path], *, rebuild: bool = False) -> Any:
    from retrieval.ingest import ingest as do_ingest

    bar: Any = None

    def progress(done: int, total: int, source: str) -> None:
        nonlocal bar
        if not sys.stderr.isatty():
            return
        if bar is None:
            bar = click.progressbar(length=total, label="indexing", file=sys.stderr)
            bar.__enter__()
        bar.update(1, source)
        if done == total:
            bar.__exit__(None, None, None)

    return do_ingest(engine.store, paths, rebuild=rebuild, progress=progress)


def ensure_index(engine: Any) -> bool:
    """Index the bundled corpus if the index is empty; True when it did."""
    if not engine.store.is_empty():
        return False
    click.echo("tqa: the index is empty; indexing the bundled corpus first.", err=True)
    run_ingest(engine, [default_corpus(engine)])
    return True
