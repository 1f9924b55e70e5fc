"""The `tqa` command line: ingest, ask, chat, sources."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from bot.cli.common import (
    ensure_index,
    friendly,
    make_engine,
    make_settings,
)
from bot.cli.eval import eval_command
from bot.cli.index import doctor, ingest, remove, sources
from bot.slack.cli import feedback_group, slack_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="tqa")
@click.option("--no-color", is_flag=True, help="Plain text even on a terminal (also NO_COLOR=1).")
@click.pass_context
def cli(ctx: click.Context, no_color: bool) -> None:
    """Ask questions of transcripts; get verbatim, speaker-attributed quotes.

    Example: tqa ask "What did the ambassador say about China's role?"
    """
    ctx.ensure_object(dict)
    # None lets click decide (colour on a terminal, none when piped); False forces none.
    ctx.obj["color"] = False if no_color or os.environ.get("NO_COLOR") else None


def no_color_option(command: Any) -> Any:
    """`tqa ask --no-color` as well as `tqa --no-color ask`."""

    def off(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value:
            ctx.ensure_object(dict)["color"] = False

    return click.option(
        "--no-color",
        is_flag=True,
        expose_value=False,
        callback=off,
        help="Plain text even on a terminal (also NO_COLOR=1).",
    )(command)


def echo_answer(ctx: click.Context, answer: Any) -> None:
    from bot.cli.render import render_answer, terminal_width

    click.echo(render_answer(answer, terminal_width()), color=ctx.obj.get("color"))


# -- ask / chat ------------------------------------------------------------------------------
def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"expected a date like 2015-01-29, got {value!r}") from None


def retrieval_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """-k, --speaker, --since, --until, --doc, handed to the command as one `scope` dict in the
    form `POST /ask` takes them (speaker, since, until, doc, k)."""

    @functools.wraps(fn)
    def command(*args: Any, **kwargs: Any) -> Any:
        scope = {
            "speaker": list(kwargs.pop("speaker")),
            "since": kwargs.pop("since"),
            "until": kwargs.pop("until"),
            "doc": list(kwargs.pop("docs")),
            "k": kwargs.pop("top_k"),
        }
        return fn(*args, scope=scope, **kwargs)

    options = [
        click.option("-k", "top_k", type=click.IntRange(1, 50), help="Chunks to answer from."),
        click.option("--speaker", multiple=True, help="Only this speaker's words (repeatable)."),
        click.option("--since", callback=_date, help="Only transcripts on or after this date."),
        click.option("--until", callback=_date, help="Only transcripts on or before this date."),
        click.option("--doc", "docs", multiple=True, help="Only this document (id or file name)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@cli.command()
@click.argument("question", required=False)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the answer as JSON (the contract is in the README).",
)
@click.option(
    "--history",
    multiple=True,
    help="An earlier question of the conversation (repeatable, oldest first).",
)
@click.option(
    "--batch",
    type=click.File("r", encoding="utf-8"),
    help="Ask every line of FILE (- for standard input): a question, or a JSON object with "
    "question, history, speaker, since, until, doc, k (and an id, copied to the answer); "
    "print one JSON answer a line.",
)
@click.option("--local", is_flag=True, help="Answer in this process even if `tqa serve` runs.")
@retrieval_options
@no_color_option
@click.pass_context
@friendly
def ask(
    ctx: click.Context,
    question: str | None,
    as_json: bool,
    history: tuple[str, ...],
    batch: Any,
    local: bool,
    scope: dict[str, Any],
) -> None:
    """Answer QUESTION with numbered verbatim quotes from the transcripts.

    Example: tqa ask "What did Kim say about China's role?" --speaker Kim --json
    """
    from bot.cli.asking import asker_for

    if batch is not None:
        if question:
            raise click.UsageError("give a QUESTION or --batch, not both")
        ask_batch(asker_for(ctx, local), batch, ctx)
        return
    if not question or not question.strip():
        from retrieval.chain import QuestionError

        raise QuestionError(
            'the question is empty; ask something, e.g. tqa ask "What did Kim say about China?"'
        )
    request = {"question": question, "history": list(history), **scope}
    answer = asker_for(ctx, local).ask(request)
    if as_json:
        click.echo(json.dumps(answer, ensure_ascii=False, indent=2))
    else:
        from retrieval.models import Answer

        echo_answer(ctx, Answer.model_validate(answer))


def ask_batch(asker: Any, lines: Any, ctx: click.Context) -> None:
    """One JSON answer a line; a line that cannot be asked gets {"error": ...} and exit 1."""
    failed = 0
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if not text:
            continue
        request: dict[str, Any] = {"question": text}
        try:
            if text.startswith("{"):
                request = json.loads(text)
                if not isinstance(request, dict) or not str(request.get("question", "")).strip():
                    raise ValueError('a JSON line needs a non-empty "question"')
            answer = asker.ask({k: v for k, v in request.items() if k != "id"})
        except Exception as e:
            if isinstance(e, click.exceptions.Exit | KeyboardInterrupt):
                raise
            failed += 1
            reason = str(e).splitlines()[0] if str(e) else type(e).__name__
            answer = {"question": request.get("question", text), "error": f"line {n}: {reason}"}
        if "id" in request:
            answer = {"id": request["id"], **answer}
        click.echo(json.dumps(answer, ensure_ascii=False))
    if failed:
        click.echo(f"Error: {failed} question(s) could not be asked", err=True)
        ctx.exit(1)


@cli.command()
@click.option("--local", is_flag=True, help="Answer in this process even if `tqa serve` runs.")
@retrieval_options
@no_color_option
@click.pass_context
@friendly
def chat(ctx: click.Context, local: bool, scope: dict[str, Any]) -> None:
    """Ask questions in a conversation; follow-ups are read with the earlier ones.

    Line editing and history (kept in $TQA_HOME/chat_history); /help lists the commands.

    Example: tqa chat --since 2015-01-01
    """
    from bot.cli.asking import asker_for
    from bot.cli.chat import Chat, run
    from retrieval.models import Answer

    asker = asker_for(ctx, local)

    def show(answer: dict) -> None:
        echo_answer(ctx, Answer.model_validate(answer))
        click.echo("")

    settings = ctx.obj.get("settings") or make_settings()
    run(Chat(asker.ask, show, scope), settings.home / "chat_history", sys.stdin.isatty())


# -- sources ---------------------------------------------------------------------------------
# -- log -------------------------------------------------------------------------------------
@cli.command("log")
@click.option("-n", "limit", type=click.IntRange(1, 10_000), default=20, show_default=True)
@click.option("-q", "search", help="Only questions or answers containing this text.")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON.")
@click.pass_context
@friendly
def log_command(ctx: click.Context, limit: int, search: str | None, as_json: bool) -> None:
    """What was asked and answered, newest first (CLI and `tqa serve`).

    Example: tqa log -q sanctions
    """
    import datetime as dt

    from bot.question_log import QuestionLog, log_path

    settings = ctx.obj.get("settings") or make_settings()
    path = log_path(settings.home)
    entries = QuestionLog(path).recent(limit, search) if path.exists() else []
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    if not entries:
        click.echo("Nothing asked yet." if not search else f"Nothing asked about {search!r}.")
    for e in entries:
        when = dt.datetime.fromtimestamp(e["at"]).strftime("%Y-%m-%d %H:%M")
        first = e["answer"]["answer"].splitlines()[0] if e["answer"]["answer"] else ""
        cited = len(e["answer"]["citations"])
        click.echo(f"{when}  {e['question']}")
        click.echo(f"    {first}  ({cited} quote{'s' if cited != 1 else ''}, via {e['via']})")


# -- serve -----------------------------------------------------------------------------------
@cli.command()
@click.option("--host", help="Address to listen on (default TQA_SERVE__HOST, 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="TCP port (default 8765).")
@click.option("--background", is_flag=True, help="Start it detached and return once it answers.")
@click.option("--stop", is_flag=True, help="Stop the server running in the background.")
@click.pass_context
@friendly
def serve(
    ctx: click.Context, host: str | None, port: int | None, background: bool, stop: bool
) -> None:
    """Serve the HTTP API and source viewer; `tqa ask`, `chat` and `sources` then use it.

    Example: tqa serve --background
    """
    from bot.serve.process import start_background, stop_background

    settings = ctx.obj.get("settings") or make_settings()
    host = host or settings.serve.host
    port = port or settings.serve.port
    if stop:
        click.echo(stop_background(settings.home))
        return
    from bot.serve.server import is_loopback, socket_path

    if not is_loopback(host) and settings.serve.token is None:
        raise click.ClickException(
            f"serving on {host} needs a token: set TQA_SERVE__TOKEN (clients send it as "
            "`Authorization: Bearer ...`)"
        )
    if background:
        click.echo(start_background(settings.home, host, port))
        return
    from bot.serve.api import create_api
    from bot.serve.server import serve as run

    engine = make_engine(ctx)
    ensure_index(engine)
    engine.embeddings.ready()
    app = create_api(engine, settings)
    click.echo(
        f"tqa serve: http://{host}:{port} (API docs at /docs) and {socket_path(settings.home)}",
        err=True,
    )
    run(app, host, port, settings.home)


# -- config ----------------------------------------------------------------------------------
@cli.group("config")
def config_group() -> None:
    """The settings: TQA_* variables, ./tqa.toml, $TQA_HOME/config.toml, defaults."""


@config_group.command("show")
@click.option("--json", "as_json", is_flag=True, help="Print the settings as JSON.")
@click.pass_context
@friendly
def config_show(ctx: click.Context, as_json: bool) -> None:
    """Print every setting, its value and where it came from.

    Example: tqa config show
    """
    from bot.cli.config import sources

    rows = sources(ctx.obj.get("settings") or make_settings())
    if as_json:
        keys = ("key", "value", "source")
        click.echo(json.dumps([dict(zip(keys, r, strict=True)) for r in rows], indent=2))
        return
    width = max(len(r[0]) for r in rows)
    value_width = min(48, max(len(r[1]) for r in rows))
    for key, value, source in rows:
        click.echo(f"{key:<{width}}  {value:<{value_width}}  {source}")


for command in (ingest, sources, remove, doctor, eval_command):
    cli.add_command(command)
cli.add_command(slack_command)
cli.add_command(feedback_group)


def main() -> None:
    from retrieval.malloc import fewer_arenas

    fewer_arenas()
    obj: dict[str, Any] = {}
    try:
        cli(obj=obj)
    except SystemExit as done:
        if not obj.get("read_only"):
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
