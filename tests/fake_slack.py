"""A local stand-in for Slack's Web API (and response URLs) that records every call."""

from __future__ import annotations

import json
import threading
import time
from email.message import Message
from typing import Any
from urllib.parse import parse_qs

from .local_json_server import LocalJSONServer


class FakeSlack(LocalJSONServer):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[dict[str, Any]] = []
        self.failures: dict[str, list[tuple[int, dict[str, str]]]] = {}
        self.refusals: dict[str, str] = {}  # method -> Slack error code, answered with ok=false
        self._lock = threading.Lock()
        self._ts = 0

    def respond(self, path: str, raw: bytes, headers: Message) -> tuple[int, dict, Any]:
        text = raw.decode()
        if headers.get("Content-Type", "").startswith("application/json"):
            body = json.loads(text or "{}")
        else:
            body = {k: v[0] for k, v in parse_qs(text).items()}
        for key in ("blocks", "attachments"):
            if isinstance(body.get(key), str):
                body[key] = json.loads(body[key])
        return self._handle(path, body, dict(headers))

    # -- control ---------------------------------------------------------------------------
    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def fail(self, method: str, status: int = 429, retry_after: int = 1, times: int = 1) -> None:
        self.failures.setdefault(method, []).extend(
            [(status, {"Retry-After": str(retry_after)})] * times
        )

    def refuse(self, method: str, error: str | None) -> None:
        """Answer `method` with `{"ok": false, "error": error}` (None: answer it again)."""
        if error is None:
            self.refusals.pop(method, None)
        else:
            self.refusals[method] = error

    def to(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c for c in self.calls if c["method"] == method and c["status"] == 200]

    def attempts(self, method: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c for c in self.calls if c["method"] == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.to(method)
            if len(got) >= count:
                return got
            time.sleep(0.05)
        raise AssertionError(f"expected {count} call(s) to {method}, got {len(self.to(method))}")

    # -- protocol --------------------------------------------------------------------------
    def _handle(self, path: str, body: dict, headers: dict) -> tuple[int, dict, dict]:
        method = (
            path.split("/api/", 1)[1] if "/api/" in path else "response:" + path.rsplit("/", 1)[-1]
        )
        if method in self.refusals:
            return 200, {}, {"ok": False, "error": self.refusals[method]}
        with self._lock:
            queue = self.failures.get(method)
            if queue:
                status, extra = queue.pop(0)
                self.calls.append(
                    {
                        "method": method,
                        "body": body,
                        "status": status,
                        "at": time.monotonic(),
                        "headers": headers,
                    }
                )
                return status, extra, {"ok": False, "error": "ratelimited"}
            self.calls.append(
                {
                    "method": method,
                    "body": body,
                    "status": 200,
                    "at": time.monotonic(),
                    "headers": headers,
                }
            )
            self._ts += 1
            ts = f"1700000000.{self._ts:06d}"
        if method == "auth.test":
            return (
                200,
                {},
                {
                    "ok": True,
                    "url": "https://example.slack.com/",
                    "team": "T",
                    "user": "tqa",
                    "team_id": "T1",
                    "user_id": "UBOT",
                    "bot_id": "BBOT",
                },
            )
        if method == "chat.postMessage":
            return (
                200,
                {},
                {
                    "ok": True,
                    "channel": body.get("channel"),
                    "ts": ts,
                    "message": {"text": body.get("text")},
                },
            )
        if method == "chat.update":
            return 200, {}, {"ok": True, "channel": body.get("channel"), "ts": body.get("ts")}
        return 200, {}, {"ok": True}
