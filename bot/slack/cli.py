"""`tqa slack` (run the bot) and `tqa feedback export` (👎 answers as a question set)."""

from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

import click

from bot.cli.common import ensure_index, friendly, make_engine, make_settings

MANIFEST = Path(__file__).resolve().parent / "manifest.yml"
_SECRET = re.compile(r"xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+")


class RedactSecrets(logging.Filter):
    """Tokens and the signing secret never reach a log line."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = _SECRET.sub("[redacted]", message)
        for secret in self.secrets:
            clean = clean.replace(secret, "[redacted]")
        if clean != message:
            record.msg, record.args = clean, None
        return True


def setup_logging(settings: Any) -> None:
    handler = logging.StreamHandler(sys.stderr)
    slack = settings.slack
    secrets = [
        s.get_secret_value() for s in (slack.bot_token, slack.app_token, slack.signing_secret) if s
    ]
    handler.addFilter(RedactSecrets(secrets))
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


def missing_secret(settings: Any) -> str | None:
    slack = settings.slack
    if slack.bot_token is None:
        return (
            "SLACK_BOT_TOKEN is not set: install the app (bot/slack/manifest.yml) and copy "
            "its Bot User OAuth Token (xoxb-...) from OAuth & Permissions"
        )
    if slack.app_token is None and slack.signing_secret is None:
        return (
            "SLACK_SIGNING_SECRET is not set: copy it from Basic Information > App "
            "Credentials > Signing Secret (or set SLACK_APP_TOKEN to use Socket Mode)"
        )
    return None


def start_problem(error: Exception, api_url: str) -> str:
    """One line for a bot that cannot start: a rejected token, or Slack out of reach."""
    from slack_sdk.errors import SlackApiError

    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, SlackApiError):
            code = cause.response.get("error", "error") if cause.response else "error"
            return (
                f"Slack rejected SLACK_BOT_TOKEN ({code}): copy the Bot User OAuth Token "
                "(xoxb-...) again from OAuth & Permissions"
            )
        if isinstance(cause, OSError):
            return f"cannot reach Slack's API at {api_url} ({cause}); check the network"
        cause = cause.__cause__ or cause.__context__
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    if "invalid_auth" in text or "not_authed" in text or "token_revoked" in text:
        return f"Slack rejected SLACK_BOT_TOKEN ({text}); copy the Bot User OAuth Token again"
    return f"the Slack app could not start: {text}"


@click.command("slack")
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=3000,
    show_default=True,
    help="HTTP port for POST /slack/events (HTTP mode).",
)
@click.pass_context
@friendly
def slack_command(ctx: click.Context, port: int) -> None:
    """Run the Slack bot: Socket Mode if SLACK_APP_TOKEN is set, else HTTP on --port.

    Example: SLACK_BOT_TOKEN=xoxb-... SLACK_SIGNING_SECRET=... tqa slack --port 3000
    """
    from bot.slack.app import create_app
    from bot.slack.store import SlackStore

    settings = ctx.obj.get("settings") or make_settings()
    ctx.obj["settings"] = settings
    problem = missing_secret(settings)
    if problem:
        raise click.ClickException(problem)
    setup_logging(settings)
    engine = make_engine(ctx)
    ensure_index(engine)
    store = SlackStore(settings.home / "slack.sqlite3", history_turns=settings.slack.history_turns)
    # Bolt checks the token with auth.test while it builds the app. A failure is reported in one
    # line below; slack_sdk's own log of it (a multi-line error) would only repeat it.
    sdk_log = logging.getLogger("slack_sdk")
    level = sdk_log.level
    sdk_log.setLevel(logging.CRITICAL)
    try:
        app = create_app(settings, engine, store)
    except Exception as e:
        raise click.ClickException(start_problem(e, settings.slack.api_url)) from None
    finally:
        sdk_log.setLevel(level)
    if settings.slack.app_token:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        click.echo("tqa slack: connecting in Socket Mode", err=True)
        SocketModeHandler(app, settings.slack.app_token.get_secret_value()).start()
    else:
        from bot.slack.server import PATH, serve

        click.echo(f"tqa slack: listening on http://0.0.0.0:{port}{PATH}", err=True)
        serve(app, port)


@click.group("feedback")
def feedback_group() -> None:
    """Feedback collected by the Slack bot's 👍/👎 buttons."""


@feedback_group.command("export")
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the question set here (default: standard output).",
)
@click.pass_context
@friendly
def feedback_export(ctx: click.Context, out: Path | None) -> None:
    """Write the 👎 answers as a question set (JSONL) for `tqa eval`.

    Example: tqa feedback export -o disliked.jsonl && tqa eval disliked.jsonl
    """
    from bot.slack.store import SlackStore, feedback_question_set

    settings = ctx.obj.get("settings") or make_settings()
    path = settings.home / "slack.sqlite3"
    rows = feedback_question_set(SlackStore(path).disliked()) if path.exists() else []
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if not rows:
        click.echo("No answers marked 👎 in Slack yet: nothing to export.", err=True)
    if out:
        out.write_text(text, encoding="utf-8")
        click.echo(f"{len(rows)} questions written to {out}", err=True)
    else:
        click.echo(text, nl=False)
