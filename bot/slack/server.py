"""The Slack bot's HTTP mode: Bolt's ASGI adapter under uvicorn (Bolt's own server is for development).

Slack's requests are verified and acknowledged in a worker thread, so a slow acknowledgement
never holds up the event loop; answering happens after, in Bolt's listener threads.
"""

from __future__ import annotations

import asyncio
from typing import Any

from slack_bolt.adapter.asgi import SlackRequestHandler
from slack_bolt.request import BoltRequest

PATH = "/slack/events"


class ThreadedSlackHandler(SlackRequestHandler):
    async def dispatch(self, request: Any) -> Any:
        bolt_request = BoltRequest(
            body=await request.get_raw_body(),
            query=request.query_string,
            headers=request.get_headers(),
        )
        return await asyncio.to_thread(self.app.dispatch, bolt_request)


def serve(app: Any, port: int, host: str = "0.0.0.0") -> None:
    """Serve POST /slack/events until interrupted."""
    import uvicorn

    uvicorn.run(
        ThreadedSlackHandler(app, path=PATH),
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=5,
    )
