"""`tqa serve --background` and `--stop`: a detached server, found again by its pid file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import click

from bot.serve.client import Client
from bot.serve.server import socket_path


def pid_file(home: Path) -> Path:
    return home / "serve.pid"


def start_background(home: Path, host: str, port: int, wait_s: float = 120) -> str:
    home.mkdir(parents=True, exist_ok=True)
    client = Client(sock=socket_path(home))
    if socket_path(home).exists() and client.healthy():
        return f"tqa serve is already running ({socket_path(home)})"
    log = home / "serve.log"
    with open(log, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--host", host, "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=out,
            start_new_session=True,  # outlives this command and its terminal
        )
    pid_file(home).write_text(str(proc.pid))
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text(errors="replace").strip().splitlines()[-1:] or ["(no output)"]
            raise click.ClickException(f"tqa serve exited at once: {tail[0]} (log: {log})")
        if socket_path(home).exists() and client.healthy():
            return f"tqa serve: running in the background (pid {proc.pid}, log {log})"
        time.sleep(0.1)
    raise click.ClickException(f"tqa serve did not answer within {wait_s:.0f} s (log: {log})")


def stop_background(home: Path) -> str:
    path = pid_file(home)
    if not path.exists():
        return "no tqa serve is running in the background"
    pid = int(path.read_text().strip() or 0)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        path.unlink(missing_ok=True)
        return "no tqa serve is running in the background"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    if _alive(pid):
        raise click.ClickException(f"tqa serve (pid {pid}) did not stop within 20 s")
    # uvicorn re-raises SIGTERM once it has shut down, so the server cannot remove its socket.
    socket_path(home).unlink(missing_ok=True)
    path.unlink(missing_ok=True)
    return f"stopped tqa serve (pid {pid})"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
