"""The `tqa` command line: ingest, ask, chat, sources."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from bot.cli.common import (
    default_corpus,
    ensure_index,
    friendly,
    make_engine,
    make_settings,
    run_ingest,
)
from bot.cli.eval import eval_command
from bot.slack.cli import feedback_group, slack_command


@click.group()
@click.version_option(package_name="tqa")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Ask questions of transcripts; get verbatim, speaker-attributed quotes."""
    ctx.ensure_object(dict)


# -- ingest ----------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--rebuild", is_flag=True, help="Read every indexed document again from its original file."
)
@click.option("--wait", is_flag=True, help="Wait for another ingest to finish instead of failing.")
@click.pass_context
@friendly
def ingest(ctx: click.Context, paths: tuple[Path, ...], rebuild: bool, wait: bool) -> None:
    """Index transcripts (.txt .md .vtt .srt .html .pdf .docx) or folders (default: the bundled corpus)."""
    engine = make_engine(ctx)
    # `--rebuild` alone reads again what is indexed; otherwise the default is the bundled corpus.
    chosen = list(paths) or ([] if rebuild and not engine.store.is_empty() else None)
    report = run_ingest(
        engine, [default_corpus(engine)] if chosen is None else chosen, rebuild=rebuild, wait=wait
    )
    for source in report.removed:
        click.echo(f"Not found (dropped from the index): {source}", err=True)
    for source, why in report.skipped:
        click.echo(f"Skipped {source}: {why}", err=True)
    for _source, error in report.failed:
        click.echo(f"Error: {error}", err=True)
    failed = f", {len(report.failed)} failed" if report.failed else ""
    click.echo(
        f"{len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} removed{failed}; "
        f"{report.chunks} chunks in the index."
    )
    if report.failed:
        ctx.exit(1)


# -- ask / chat ------------------------------------------------------------------------------
def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"expected a date like 2015-01-29, got {value!r}") from None


def retrieval_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("-k", "top_k", type=click.IntRange(1, 50), help="Chunks to answer from."),
        click.option("--speaker", multiple=True, help="Only this speaker's words (repeatable)."),
        click.option("--since", callback=_date, help="Only transcripts on or after this date."),
        click.option("--until", callback=_date, help="Only transcripts on or before this date."),
        click.option("--doc", "docs", multiple=True, help="Only this document (id or file name)."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def build_filters(
    engine: Any,
    speaker: tuple[str, ...],
    since: str | None,
    until: str | None,
    docs: tuple[str, ...],
) -> Any:
    from retrieval.chain import QuestionError
    from retrieval.index.manifest import Filters

    manifest = engine.store.manifest
    names = []
    for wanted in speaker:
        known = manifest.speakers()
        match = [s for s in known if s.lower() == wanted.lower()] or [
            s for s in known if wanted.lower() in s.lower().split()
        ]
        if not match:
            raise QuestionError(
                f"--speaker: no speaker {wanted!r} in the index (known: {', '.join(known)})"
            )
        names += match
    doc_ids = []
    for wanted in docs:
        match = [
            d
            for d, v in manifest.docs.items()
            if wanted in (d, Path(v["original"]).name, v["original"])
        ]
        if not match:
            raise QuestionError(f"--doc: no document {wanted!r} in the index (see `tqa sources`)")
        doc_ids += match
    return Filters(tuple(names), since, until, tuple(doc_ids))


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON (see DESIGN.md).")
@click.option(
    "--history",
    multiple=True,
    help="An earlier question of the conversation (repeatable, oldest first).",
)
@retrieval_options
@click.pass_context
@friendly
def ask(
    ctx: click.Context,
    question: str,
    as_json: bool,
    history: tuple[str, ...],
    top_k: int | None,
    speaker: tuple[str, ...],
    since: str | None,
    until: str | None,
    docs: tuple[str, ...],
) -> None:
    """Answer QUESTION with numbered verbatim quotes from the transcripts."""
    from retrieval.chain import Ask, QuestionError

    if not question.strip():
        raise QuestionError(
            'the question is empty; ask something, e.g. tqa ask "What did Kim say about China?"'
        )
    engine = make_engine(ctx)
    # Nothing to save unless this process just built the index.
    ctx.obj["read_only"] = not ensure_index(engine)
    filters = build_filters(engine, speaker, since, until, docs)
    answer = engine.ask(Ask(question, tuple(history), filters, top_k))
    if as_json:
        click.echo(json.dumps(answer.model_dump(), ensure_ascii=False, indent=2))
    else:
        from bot.cli.render import render_answer

        click.echo(render_answer(answer))


@cli.command()
@retrieval_options
@click.pass_context
@friendly
def chat(
    ctx: click.Context,
    top_k: int | None,
    speaker: tuple[str, ...],
    since: str | None,
    until: str | None,
    docs: tuple[str, ...],
) -> None:
    """Ask questions in a conversation; follow-ups are read with the earlier ones."""
    from bot.cli.render import render_answer
    from retrieval.chain import Ask

    engine = make_engine(ctx)
    ensure_index(engine)
    filters = build_filters(engine, speaker, since, until, docs)
    history: list[str] = []
    interactive = sys.stdin.isatty()
    if interactive:
        click.echo("Ask about the transcripts; an empty line or Ctrl-D ends the chat.")
    while True:
        try:
            question = input("you> " if interactive else "")
        except EOFError:
            break
        text = question.strip()
        if text.lower() in ("exit", "quit") or (not text and interactive):
            break
        if not text:
            continue
        answer = engine.ask(Ask(question, tuple(history), filters, top_k))
        click.echo(render_answer(answer) + "\n")
        history.append(question)


# -- sources ---------------------------------------------------------------------------------
@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the listing as JSON.")
@click.pass_context
@friendly
def sources(ctx: click.Context, as_json: bool) -> None:
    """List the indexed transcripts: file, title, date, speakers, turns, chunks."""
    from bot.cli.render import render_sources
    from retrieval.index.store import load_manifest

    settings = ctx.obj.get("settings") or make_settings()
    manifest = load_manifest(settings.home)
    counts = {doc_id: len(d["chunks"]) for doc_id, d in manifest.docs.items()}
    if as_json:
        rows = [
            {
                "doc_id": k,
                **{
                    f: v[f]
                    for f in (
                        "source",
                        "original",
                        "title",
                        "date",
                        "location",
                        "speaker",
                        "speakers",
                        "turns",
                    )
                },
                "chunks": counts[k],
            }
            for k, v in manifest.docs.items()
        ]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        click.echo(render_sources(manifest.docs, counts))


# -- doctor ----------------------------------------------------------------------------------
@cli.command()
@click.option("--repair", is_flag=True, help="Embed what is missing and delete what is left over.")
@click.pass_context
@friendly
def doctor(ctx: click.Context, repair: bool) -> None:
    """Check that the vectors, keyword index and manifest agree; --repair fixes what it can."""
    from retrieval.index import doctor as checkup
    from retrieval.index.lock import writer_lock

    engine = make_engine(ctx)
    if repair:
        with writer_lock(engine.store):
            for line in checkup.repair(engine.store):
                click.echo(f"repaired: {line}")
    manifest = engine.store.manifest
    found = checkup.check(engine.store)
    for line in found.problems:
        click.echo(line, err=True)
    if found.problems:
        hint = "" if repair else "; `tqa doctor --repair` fixes the index's part"
        raise click.ClickException(f"{len(found.problems)} problem(s){hint}")
    click.echo(
        f"ok: generation {engine.store.generation}, {len(manifest.docs)} documents, "
        f"{len(manifest.chunks)} chunks, vectors and keyword index agree"
    )


cli.add_command(eval_command)
cli.add_command(slack_command)
cli.add_command(feedback_group)


def main() -> None:
    obj: dict[str, Any] = {}
    try:
        cli(obj=obj)
    except SystemExit as done:
        if not obj.get("read_only"):
            engine = obj.get("engine")
            if engine is not None and hasattr(engine.embeddings, "settle"):
                engine.embeddings.settle()
            raise
        # A read-only command has nothing left to save: skip the interpreter's teardown of
        # chromadb and onnxruntime (~0.3 s of a fresh `tqa ask`).
        sys.stdout.flush()
        sys.stderr.flush()
        code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        if done.code is not None and not isinstance(done.code, int):
            print(done.code, file=sys.stderr)
            sys.stderr.flush()
        os._exit(code)
