"""Running `tqa serve`: uvicorn on a TCP port and on a Unix socket under the data directory."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
from pathlib import Path
from typing import Any

import click


def socket_path(home: Path) -> Path:
    return home / "tqa.sock"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(app: Any, host: str, port: int, home: Path) -> None:
    """Serve `app` on host:port and on $TQA_HOME/tqa.sock until interrupted."""
    import uvicorn

    path = socket_path(home)
    home.mkdir(parents=True, exist_ok=True)
    _remove_stale(path)
    servers = [
        uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning")),
        uvicorn.Server(uvicorn.Config(app, uds=str(path), log_level="warning")),
    ]
    # Only one of them installs signal handlers; both stop when it does.
    servers[1].install_signal_handlers = lambda: None  # type: ignore[method-assign]

    async def run() -> None:
        first = asyncio.create_task(servers[0].serve())
        second = asyncio.create_task(servers[1].serve())
        await first
        servers[1].should_exit = True
        await second

    try:
        asyncio.run(run())
    finally:
        path.unlink(missing_ok=True)


def _remove_stale(path: Path) -> None:
    """A socket file left by a server that died; a live one means another server is up."""
    if not path.exists():
        return
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except OSError:
        os.unlink(path)
        return
    finally:
        probe.close()
    raise click.ClickException(f"a tqa server is already listening on {path}")
