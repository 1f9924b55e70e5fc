"""The commands that build and check the index: `tqa ingest`, `sources`, `remove`, `doctor`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from bot.cli.common import default_corpus, friendly, make_engine, make_settings, run_ingest


# -- ingest ----------------------------------------------------------------------------------
@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--rebuild", is_flag=True, help="Read every indexed document again from its original file."
)
@click.option("--wait", is_flag=True, help="Wait for another ingest to finish instead of failing.")
@click.pass_context
@friendly
def ingest(ctx: click.Context, paths: tuple[Path, ...], rebuild: bool, wait: bool) -> None:
    """Index transcripts (.txt .md .vtt .srt .html .pdf .docx) or folders (default: the bundled corpus).

    Example: tqa ingest ~/briefings town_hall.vtt
    """
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


# -- sources --------------------------------------------------------------------------------------
@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the listing as JSON.")
@click.pass_context
@friendly
def sources(ctx: click.Context, as_json: bool) -> None:
    """List the indexed transcripts: file, title, date, speakers, turns, chunks.

    Example: tqa sources --json
    """
    from bot.cli.render import render_sources, source_rows
    from bot.serve.client import find_server
    from retrieval.index.generations import load_manifest

    client = find_server()
    if client is not None and client.healthy():
        rows = client.request("GET", "/sources")
    else:
        settings = ctx.obj.get("settings") or make_settings()
        rows = source_rows(load_manifest(settings.home))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        click.echo(render_sources(rows))


# -- remove ----------------------------------------------------------------------------------
@click.command()
@click.argument("docs", nargs=-1, required=True)
@click.option("--wait", is_flag=True, help="Wait for an ingest to finish instead of failing.")
@click.pass_context
@friendly
def remove(ctx: click.Context, docs: tuple[str, ...], wait: bool) -> None:
    """Remove documents (id, file name or path, as `tqa sources` shows) from the index.

    Example: tqa remove 000_c23640fa7ee989c1.txt
    """
    from retrieval.index.ingest import remove as take_out

    engine = make_engine(ctx)
    doc_ids = list(engine.filters(docs=docs).doc_ids)
    for original in take_out(engine.store, doc_ids, wait=wait):
        click.echo(f"removed {original}")
    click.echo(f"{len(engine.store.manifest.chunks)} chunks in the index.")


# -- doctor ----------------------------------------------------------------------------------
@click.command()
@click.option("--repair", is_flag=True, help="Embed what is missing and delete what is left over.")
@click.pass_context
@friendly
def doctor(ctx: click.Context, repair: bool) -> None:
    """Check that the vectors, keyword index and manifest agree; --repair fixes what it can.

    Example: tqa doctor --repair
    """
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
    older = checkup.read_by_older_parser(manifest)
    if older:
        click.echo(
            f"note: {len(older)} document(s) were read by an older tqa, which parsed some "
            f"transcript styles differently (first: {older[0]}); `tqa ingest` of their "
            "folder reads them again"
        )
    for differs in checkup.graph_differs(engine.store):
        click.echo(f"note: {differs}; `tqa doctor --repair` or the next `tqa ingest` sets it")
