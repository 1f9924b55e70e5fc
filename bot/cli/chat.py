"""`tqa chat`: a conversation at the terminal, with line editing and history (prompt_toolkit).

Follow-ups are read with the earlier questions. Slash commands set the filters or forget the
conversation. Without a terminal (a pipe), questions are read one a line, with the same commands.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

HELP = """Ask about the transcripts; follow-ups are read with your earlier questions.
  /speaker NAME   only this speaker's words (/speaker alone: anyone)
  /doc ID         only this document (/doc alone: all of them)
  /clear          forget the conversation so far
  /help           this text
  /quit           leave (or Ctrl-D; Ctrl-C cancels the line, Ctrl-L clears the screen)"""


class Chat:
    """The conversation: earlier questions and the filters the slash commands set."""

    def __init__(self, ask: Callable[[dict[str, Any]], Any], show: Callable[[Any], None],
                 filters: dict[str, Any]) -> None:  # fmt: skip
        self.ask, self.show = ask, show
        self.filters = filters
        self.history: list[str] = []

    def handle(self, line: str) -> bool:
        """Answer or obey one line; False when the chat should end."""
        text = line.strip()
        if not text:
            return True
        if text.lower() in ("exit", "quit"):
            return False
        if text.startswith("/"):
            return self.command(text)
        request = {"question": text, "history": list(self.history), **self.filters}
        self.show(self.ask(request))
        self.history.append(text)
        return True

    def command(self, text: str) -> bool:
        name, _, arg = text.partition(" ")
        arg = arg.strip()
        if name in ("/quit", "/exit"):
            return False
        if name == "/help":
            click.echo(HELP)
        elif name == "/clear":
            self.history.clear()
            click.echo("Conversation cleared; filters kept.")
        elif name in ("/speaker", "/doc"):
            key = "speaker" if name == "/speaker" else "doc"
            self.filters[key] = [arg] if arg else []
            click.echo(f"{key}: {arg or 'any'}")
        else:
            click.echo(f"Unknown command {name}; /help lists them.")
        return True


def run(chat: Chat, history_file: Path, interactive: bool) -> None:
    """Read lines until /quit or end of input; one bad question does not end the chat."""
    from retrieval.chain import QuestionError

    read = _prompt_reader(history_file) if interactive else _plain_reader()
    if interactive:
        click.echo("Ask about the transcripts; /help lists commands, Ctrl-D leaves.")
    while True:
        try:
            line = read()
        except KeyboardInterrupt:
            continue  # Ctrl-C cancels the line being typed, not the chat
        except EOFError:
            return
        try:
            if not chat.handle(line):
                return
        except QuestionError as e:
            click.echo(f"Error: {e}", err=True)


def _prompt_reader(history_file: Path) -> Callable[[], str]:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory

    history_file.parent.mkdir(parents=True, exist_ok=True)
    session: PromptSession[str] = PromptSession(history=FileHistory(str(history_file)))
    return lambda: session.prompt("you> ")


def _plain_reader() -> Callable[[], str]:
    def read() -> str:
        return input()

    return read
