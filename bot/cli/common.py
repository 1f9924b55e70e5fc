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
    from bot.cli.config import ConfigError
    from retrieval.chain import QuestionError
    from retrieval.evaluate.questions import QuestionSetError
    from retrieval.index.manifest import IndexProblem
    from retrieval.parse.transcript import TranscriptError

    return (TranscriptError, QuestionError, QuestionSetError, IndexProblem, ConfigError)


def friendly(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Domain errors become one-line CLI errors; TQA_DEBUG=1 shows the real traceback."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            # The reader went away (`tqa log | head`): nothing more to say, and nowhere to say it.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(1) from None
        except user_errors() as e:
            if os.environ.get("TQA_DEBUG"):
                raise
            raise click.ClickException(str(e)) from None
        except Exception as e:
            if os.environ.get("TQA_DEBUG"):
                raise
            raise click.ClickException(describe_failure(e)) from None

    return wrapper


def describe_failure(e: Exception) -> str:
    """One line for a failure nobody planned for: the cause, and what to do."""
    from retrieval.index.manifest import storage_problem

    text = str(e).splitlines()[0][:160] if str(e).strip() else ""
    home = _data_directory()
    if problem := storage_problem(e, home or Path("the data directory")):
        return str(problem)
    if home and _nearly_full(home):
        # chromadb reports a full disk as whatever write of its failed first.
        return f"no space left on the device holding {home}; free some and retry"
    return f"{type(e).__name__}: {text} (TQA_DEBUG=1 shows the traceback)"


def _data_directory() -> Path | None:
    try:
        return make_settings().home
    except Exception:
        return None


def _nearly_full(home: Path) -> bool:
    import shutil

    folder = home
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < 4 * 1024 * 1024
    except OSError:
        return False


def make_settings() -> Any:
    from bot.cli.config import load_settings

    return load_settings()


def make_engine(ctx: click.Context) -> Any:
    from retrieval.chain import Engine

    obj = ctx.ensure_object(dict)
    if "engine" not in obj:
        obj["engine"] = Engine(obj.get("settings") or make_settings())
        obj["engine"].warm()
    return obj["engine"]


def default_corpus(engine: Any) -> Path:
    from retrieval.paths import source_name

    return Path(source_name(engine.settings.corpus_dir, Path.cwd()))


def run_ingest(engine: Any, paths: list[Path], *, rebuild: bool = False, wait: bool = False) -> Any:
    from retrieval.index.ingest import ingest as do_ingest

    def progress(p: Any) -> None:
        if not sys.stderr.isatty():
            return
        eta = p.eta_s()
        left = "" if eta is None else f" · about {_duration(eta)} left"
        line = (
            f"indexing {p.files_done}/{p.files_total} files · {p.chunks} chunks · "
            f"{p.bytes_done / 1e6:.1f} of {p.bytes_total / 1e6:.1f} MB{left}"
        )
        end = "\n" if p.files_done == p.files_total else ""
        click.echo(f"\r\x1b[K{line}", nl=False, err=True)
        if end:
            click.echo("", err=True)

    return do_ingest(engine.store, paths, rebuild=rebuild, wait=wait, progress=progress)


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def ensure_index(engine: Any) -> bool:
    """Index the bundled corpus if the index is empty; True when it did."""
    if not engine.store.is_empty():
        return False
    click.echo("tqa: the index is empty; indexing the bundled corpus first.", err=True)
    run_ingest(engine, [default_corpus(engine)])
    return True
