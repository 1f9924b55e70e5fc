"""Who answers the CLI's questions: a running `tqa serve` when there is one, else this process.

Either way a question is a JSON object (`question`, `history`, `speaker`, `since`, `until`,
`doc`, `k`) and the answer is the `tqa ask --json` contract, so the output is the same.
"""

from __future__ import annotations

from typing import Any

import click

from bot.cli.common import ensure_index, make_engine
from bot.question_log import record


class ServerAsker:
    """Asks `tqa serve` over its socket or TQA_SERVER_URL."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        from bot.serve.client import ServerError

        try:
            return self.client.request("POST", "/ask", request)
        except ServerError as e:
            from retrieval.chain import QuestionError

            raise QuestionError(str(e)) from None

    def sources(self) -> list[dict[str, Any]]:
        return self.client.request("GET", "/sources")


class LocalAsker:
    """Answers in this process (loading the index and the model)."""

    def __init__(self, ctx: click.Context) -> None:
        self.engine = make_engine(ctx)
        # Nothing to save unless this process just built the index.
        ctx.obj["read_only"] = not ensure_index(self.engine)

    def ask(self, request: dict[str, Any]) -> dict[str, Any]:
        from retrieval.chain import Ask

        filters = self.engine.filters(
            request.get("speaker") or (),
            request.get("since"),
            request.get("until"),
            request.get("doc") or (),
        )
        history = tuple(request.get("history") or ())
        answer = self.engine.ask(Ask(request["question"], history, filters, request.get("k")))
        out = answer.model_dump()
        record(self.engine.settings, out, list(history), "cli")
        return out


def asker_for(ctx: click.Context, local: bool) -> ServerAsker | LocalAsker:
    """A running server that answers /healthz, unless `local`; else this process."""
    from bot.serve.client import find_server

    client = None if local else find_server()
    if client is not None and client.healthy():
        return ServerAsker(client)
    return LocalAsker(ctx)
