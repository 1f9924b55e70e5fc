"""Asking a running `tqa serve` (over its Unix socket or TQA_SERVER_URL) with the standard library.

This is the CLI's fast path: it imports neither the engine nor pydantic-settings.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from retrieval.paths import default_home


class ServerError(RuntimeError):
    """The server answered with an error; the message is its one-line `detail`."""


class _UnixConnection(http.client.HTTPConnection):
    def __init__(self, path: str, timeout: float) -> None:
        super().__init__("localhost", timeout=timeout)
        self._path = path

    def connect(self) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self._path)


class Client:
    def __init__(self, url: str | None = None, sock: Path | None = None, token: str | None = None):
        self.url, self.sock, self.token = url, sock, token

    def _connection(self, timeout: float) -> http.client.HTTPConnection:
        if self.sock is not None:
            return _UnixConnection(str(self.sock), timeout)
        parts = urlparse(self.url or "")
        kind = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        return kind(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)

    def request(self, method: str, path: str, body: Any = None, timeout: float = 300) -> Any:
        prefix = urlparse(self.url).path.rstrip("/") if self.url and not self.sock else ""
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        conn = self._connection(timeout)
        try:
            data = None if body is None else json.dumps(body).encode()
            conn.request(method, prefix + path, body=data, headers=headers)
            resp = conn.getresponse()
            payload = resp.read()
        finally:
            conn.close()
        if resp.status >= 400:
            try:
                detail = json.loads(payload).get("detail")
            except ValueError:
                detail = None
            raise ServerError(str(detail or f"the server answered {resp.status}"))
        return json.loads(payload)

    def healthy(self) -> bool:
        try:
            return bool(self.request("GET", "/healthz", timeout=2).get("ok"))
        except (OSError, ServerError, ValueError, http.client.HTTPException):
            return False


def find_server(env: dict[str, str] | None = None) -> Client | None:
    """The server the CLI should ask: TQA_SERVER_URL, else a socket under the data directory.

    Read straight from the environment (the one place the CLI does so outside the settings
    object): the fast path must not pay for importing pydantic-settings.
    """
    env = dict(os.environ) if env is None else env
    if env.get("TQA_NO_SERVER"):
        return None
    token = env.get("TQA_SERVE__TOKEN")
    if env.get("TQA_SERVER_URL"):
        return Client(url=env["TQA_SERVER_URL"], token=token)
    home = Path(env["TQA_HOME"]) if env.get("TQA_HOME") else default_home()
    path = home / "tqa.sock"
    return Client(sock=path, token=token) if path.exists() else None
