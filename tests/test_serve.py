"""`tqa serve`: the HTTP API and source viewer in a real uvicorn process, and the CLI using it."""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.serve.client import Client

from .conftest import FIXTURES, ROOT
from .test_slack import free_port

CHINA = "What did Kim say about China's role?"
PUBLIC = {"TQA_SERVE__PUBLIC_URL": "http://tqa.example"}
TOKEN = "s3cret-token"


class Server:
    """`tqa serve` as a subprocess on a free port and on $TQA_HOME/tqa.sock."""

    def __init__(self, home: Path, env: dict | None = None) -> None:
        self.home, self.port = home, free_port()
        self.env = {**os.environ, "TQA_HOME": str(home), **(env or {})}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--port", str(self.port)],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 120
        while not Client(sock=home / "tqa.sock").healthy():
            assert self.proc.poll() is None, self.proc.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "tqa serve did not start"
            time.sleep(0.1)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def call(self, method: str, path: str, body=None, token: str | None = None):  # type: ignore[no-untyped-def]
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                raw = resp.read().decode()
                kind = resp.headers.get("content-type", "")
                return resp.status, json.loads(raw) if "json" in kind else raw
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read().decode())

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        (self.home / "tqa.sock").unlink(missing_ok=True)


@pytest.fixture(scope="module")
def home(module_home: Path) -> Path:
    return module_home


@pytest.fixture(scope="module")
def server(home: Path) -> Iterator[Server]:
    running = Server(home, PUBLIC)
    yield running
    running.stop()


def tqa(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "TQA_HOME": str(home), **PUBLIC}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


def without_timings(answer: dict) -> dict:
    return {k: v for k, v in answer.items() if k != "timings_ms"}


def test_healthz_ask_and_sources(server: Server) -> None:
    status, health = server.call("GET", "/healthz")
    assert status == 200 and health["ok"] and health["documents"] == 2
    status, answer = server.call("POST", "/ask", {"question": CHINA})
    assert status == 200 and not answer["abstained"]
    first = answer["citations"][0]
    assert "China has a very important role to play" in first["quote"]
    assert first["url"] == (
        f"http://tqa.example/doc/{first['doc_id']}?start={first['start']}&end={first['end']}#quote"
    )
    status, rows = server.call("GET", "/sources")
    assert status == 200 and sorted(r["doc_id"] for r in rows) == [
        "000_c23640fa7ee989c1",
        "001_4b14e850cf881111",
    ]
    status, docs = server.call("GET", "/openapi.json")
    assert status == 200 and {"/ask", "/sources", "/ingest", "/healthz"} <= set(docs["paths"])


def test_bad_requests_are_one_line_400s(server: Server) -> None:
    status, body = server.call("POST", "/ask", {"question": CHINA, "speaker": ["Nobody"]})
    assert status == 400 and "no speaker 'Nobody'" in body["detail"]
    status, body = server.call("POST", "/ask", {"question": "  "})
    assert status == 400 and body["detail"] == "the question is empty"
    status, body = server.call("POST", "/ask", {"question": CHINA, "since": "yesterday"})
    assert status == 400 and "expected a date" in body["detail"]


def test_the_cli_answers_the_same_through_the_server(server: Server, home: Path) -> None:
    via_server = tqa(home, "ask", "--json", CHINA, "--history", "What about sanctions?")
    local = tqa(home, "ask", "--json", "--local", CHINA, "--history", "What about sanctions?")
    assert via_server.returncode == local.returncode == 0
    assert without_timings(json.loads(via_server.stdout)) == without_timings(
        json.loads(local.stdout)
    )
    shown = tqa(home, "ask", CHINA)
    assert shown.stdout.startswith("Sung Kim, Tokyo, 29 January 2015:")
    assert "http://tqa.example/doc/" in shown.stdout
    error = tqa(home, "ask", CHINA, "--speaker", "Nobody")
    assert error.returncode == 1 and error.stderr.startswith("Error: --speaker: no speaker")
    sources = json.loads(tqa(home, "sources", "--json").stdout)
    assert len(sources) == 2


def test_ingest_runs_in_the_background_with_progress(server: Server, tmp_path: Path) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    for name in ("committee.txt", "q_dot.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    status, started = server.call("POST", "/ingest", {"paths": [str(folder)]})
    assert status == 202
    deadline = time.monotonic() + 120
    while True:
        status, job = server.call("GET", f"/ingest/{started['job']}")
        if job["state"] != "running":
            break
        assert time.monotonic() < deadline
        time.sleep(0.2)
    assert job["state"] == "done" and job["done"] == job["total"] == 2
    assert job["chunks"] > 0 and job["eta_s"] == 0
    assert sorted(Path(p).name for p in job["report"]["added"]) == ["committee.txt", "q_dot.txt"]
    assert server.call("GET", "/healthz")[1]["documents"] == 4
    status, answer = server.call("POST", "/ask", {"question": "How is the housing plan funded?"})
    assert any("capital budget" in c["quote"] for c in answer["citations"])
    assert server.call("GET", "/ingest/nope")[0] == 404


def test_the_viewer_highlights_the_quote(server: Server) -> None:
    _, answer = server.call("POST", "/ask", {"question": CHINA})
    c = answer["citations"][0]
    status, page = server.call("GET", f"/doc/{c['doc_id']}?start={c['start']}&end={c['end']}")
    assert status == 200
    marked = page.split('<mark id="quote"', 1)[1].split(">", 1)[1].split("</mark>", 1)[0]
    assert html.unescape(marked) == c["quote"]
    assert 'title="Sung Kim (official)"' in page
    assert server.call("GET", "/doc/nope")[0] == 404


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_the_viewer_in_a_real_browser_scrolls_the_quote_into_view(server: Server) -> None:
    _, answer = server.call("POST", "/ask", {"question": "What did Kim say about Mr. Goto?"})
    c = answer["citations"][0]
    url = f"{server.url}/doc/{c['doc_id']}?start={c['start']}&end={c['end']}"
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--window-size=800,600",
         "--virtual-time-budget=3000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120,
    ).stdout  # fmt: skip
    assert 'data-quote-visible="true"' in dom
    assert '<mark id="quote"' in dom


def test_a_token_guards_everything_but_healthz(tmp_path: Path, home: Path) -> None:
    guarded_home = tmp_path / "home"
    shutil.copytree(home, guarded_home, ignore=shutil.ignore_patterns("tqa.sock"))
    guarded = Server(guarded_home, {"TQA_SERVE__TOKEN": TOKEN})
    try:
        assert guarded.call("GET", "/healthz")[0] == 200
        assert guarded.call("POST", "/ask", {"question": CHINA})[0] == 401
        assert guarded.call("POST", "/ask", {"question": CHINA}, token="wrong")[0] == 401
        assert guarded.call("POST", "/ask", {"question": CHINA}, token=TOKEN)[0] == 200
    finally:
        guarded.stop()


def test_serving_beyond_this_machine_needs_a_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TQA_SERVE__TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0"], obj={})
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: serving on 0.0.0.0 needs a token")


def test_batch_asks_one_json_answer_a_line(corpus_home: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TQA_HOME", str(corpus_home))
    lines = "\n".join(
        [
            CHINA,
            json.dumps({"id": "follow", "question": "Who is coordinating it?",
                        "history": ["What did Kim say about sanctions?"]}),
            json.dumps({"question": CHINA, "speaker": ["Nobody"]}),
            "",
        ]
    )  # fmt: skip
    result = CliRunner().invoke(cli, ["ask", "--batch", "-", "--local"], input=lines, obj={})
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 3 and result.exit_code == 1
    assert "China has a very important role" in answers[0]["citations"][0]["quote"]
    assert answers[1]["id"] == "follow" and answers[1]["citations"]
    assert answers[2]["error"].startswith("line 3: --speaker: no speaker 'Nobody'")
