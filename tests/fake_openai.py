"""A local OpenAI-compatible server (`POST /v1/chat/completions`) that answers from a script."""

from __future__ import annotations

import json
import threading
import time
from email.message import Message
from typing import Any

from .local_json_server import LocalJSONServer


class FakeOpenAI(LocalJSONServer):
    """Each request takes the next scripted reply: ("json", obj), ("content", text),
    ("refusal", text), ("status", code, headers) or ("sleep", seconds, then-reply)."""

    def __init__(self) -> None:
        super().__init__()
        self.script: list[tuple] = []
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def respond(self, path: str, raw: bytes, headers: Message) -> tuple[int, dict, Any]:
        body = json.loads(raw)
        with self._lock:
            self.requests.append({"path": path, "body": body})
            step = self.script.pop(0) if self.script else ("content", "{}")
        if step[0] == "sleep":
            time.sleep(step[1])
            step = step[2]
        if step[0] == "status":
            error = {"error": {"message": "scripted", "type": "x"}}
            return step[1], (step[2] if len(step) > 2 else {}), error
        message: dict[str, Any] = {"role": "assistant", "content": None}
        if step[0] == "json":
            message["content"] = json.dumps(step[1])
        elif step[0] == "content":
            message["content"] = step[1]
        elif step[0] == "refusal":
            message["refusal"] = step[1]
        completion = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
        }
        return 200, {}, completion
