"""An index you can trust: real processes, real kills, concurrent writers and readers, clean failures."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import FIXTURES, ROOT
from .test_slack import free_port

FIRST = ["committee.txt", "research_meeting.txt", "state_briefing.txt"]
LATER = ["q_dot.txt", "whitehouse_press.txt", "interview.md"]
QUESTIONS = [
    "How is the housing plan funded?",
    "Will the Secretary travel next week?",
    "What did the professor say about the recogniser?",
]
# Asks every question in one process and prints the answers without their timings.
ASK_ALL = """
import json, sys
from retrieval.chain import Ask, Engine
from retrieval.settings import Settings
engine = Engine(Settings())
for q in json.loads(sys.argv[1]):
    a = engine.ask(Ask(q)).model_dump()
    a.pop("timings_ms")
    print(json.dumps(a, sort_keys=True))
"""


def python(home: Path, args: list[str], env: dict | None = None, check: bool = False):  # type: ignore[no-untyped-def]
    """A fresh Python process on data directory `home`."""
    full = {**os.environ, "TQA_HOME": str(home), **(env or {})}
    full.pop("TQA_DEBUG", None)
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=full,
        capture_output=True,
        text=True,
        timeout=300,
        check=check,
    )


def tqa(home: Path, *args: str, env: dict | None = None, check: bool = False):  # type: ignore[no-untyped-def]
    return python(home, ["-m", "bot", *args], env, check)


def answers(home: Path, env: dict | None = None) -> list[dict]:
    out = python(home, ["-c", ASK_ALL, json.dumps(QUESTIONS)], env, check=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def folder(tmp: Path, names: list[str]) -> Path:
    tmp.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(FIXTURES / name, tmp / name)
    return tmp


def doctor_is_clean(home: Path, env: dict | None = None) -> None:
    result = tqa(home, "doctor", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: generation")


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict]]:
    """A data directory holding FIRST, its transcripts folder, and its answers."""
    root = tmp_path_factory.mktemp("base")
    docs = folder(root / "docs", FIRST)
    home = root / "home"
    tqa(home, "ingest", str(docs), check=True)
    return home, docs, answers(home)


def copy_of(base: tuple[Path, Path, list[dict]], tmp_path: Path) -> tuple[Path, Path]:
    home, docs, _ = base
    shutil.copytree(docs, tmp_path / "docs")
    shutil.copytree(home, tmp_path / "home")
    # The manifest names the originals by absolute path: point it at this copy.
    for manifest in (tmp_path / "home").rglob("manifest.db"):
        with contextlib.closing(sqlite3.connect(manifest)) as db, db:
            db.execute(
                "UPDATE docs SET data = replace(data, ?, ?)", (str(docs), str(tmp_path / "docs"))
            )
    return tmp_path / "home", tmp_path / "docs"


@pytest.mark.parametrize(
    ("phase", "rebuild"),
    [("embedding", False), ("embedding", True), ("chroma", False), ("lexical", True)],
)
def test_a_kill_during_ingest_leaves_the_previous_index_answering(
    base, tmp_path: Path, phase: str, rebuild: bool
) -> None:  # type: ignore[no-untyped-def]
    home, docs = copy_of(base, tmp_path)
    before = answers(home)
    folder(docs, LATER)
    changed = docs / "committee.txt"
    changed.write_text(changed.read_text().replace("housing", "transit"))
    args = ["ingest", "--rebuild", str(docs)] if rebuild else ["ingest", str(docs)]
    killed = tqa(home, *args, env={"TQA_TEST_KILL_AT": phase})
    assert killed.returncode == -signal.SIGKILL
    changed.write_text(changed.read_text().replace("transit", "housing"))
    assert answers(home) == before
    # The next ingest finishes the work and leaves nothing behind.
    assert tqa(home, *args).returncode == 0
    doctor_is_clean(home)
    assert not [p for p in (home / "generations").iterdir() if p.name.endswith(".tmp")]


def test_a_kill_after_the_switch_is_the_new_index(base, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, docs = copy_of(base, tmp_path)
    folder(docs, LATER)
    killed = tqa(home, "ingest", str(docs), env={"TQA_TEST_KILL_AT": "switch"})
    assert killed.returncode == -signal.SIGKILL
    sources = json.loads(tqa(home, "sources", "--json", check=True).stdout)
    assert len(sources) == len(FIRST) + len(LATER)
    assert tqa(home, "ingest", str(docs)).returncode == 0
    doctor_is_clean(home)


def test_doctor_repairs_vectors_lost_outside_tqa(base, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, _ = copy_of(base, tmp_path)
    before = answers(home)
    lose = (
        "from retrieval.chain import Engine; from retrieval.settings import Settings; "
        "s = Engine(Settings()).store; ids = list(s.manifest.chunks)[:3]; s.delete_chunks(ids)"
    )
    python(home, ["-c", lose], check=True)
    result = tqa(home, "doctor")
    assert result.returncode == 1
    assert "3 of" in result.stderr and "chunk vectors are missing" in result.stderr
    repaired = tqa(home, "doctor", "--repair")
    assert repaired.returncode == 0 and "embedded" in repaired.stdout
    assert answers(home) == before


def test_two_ingests_at_once_one_writer_at_a_time(base, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, _ = copy_of(base, tmp_path)
    later = folder(tmp_path / "later", LATER)
    more = folder(tmp_path / "more", ["plain_remarks.txt", "diarised.txt"])
    env = {**os.environ, "TQA_HOME": str(home)}
    first = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", str(later)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = home / "ingest.lock"
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().startswith(f"pid {first.pid}")):
        assert time.monotonic() < deadline and first.poll() is None
        time.sleep(0.05)
    refused = tqa(home, "ingest", str(more))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert (
        "another tqa ingest is writing" in refused.stderr and f"pid {first.pid}" in refused.stderr
    )
    waited = tqa(home, "ingest", "--wait", str(more))
    assert first.wait(timeout=120) == 0
    assert waited.returncode == 0, waited.stderr
    sources = json.loads(tqa(home, "sources", "--json", check=True).stdout)
    assert len(sources) == len(FIRST) + len(LATER) + 2
    doctor_is_clean(home)


ASK_LOOP = """
import json, sys, pathlib, time
from retrieval.chain import Ask, Engine
from retrieval.settings import Settings
engine = Engine(Settings())
stop, done, errors = pathlib.Path(sys.argv[1]), 0, []
give_up = time.monotonic() + 100  # never outlive the test, even when no ask succeeds
while (not stop.exists() or done < 5) and time.monotonic() < give_up:
    try:
        # Answered by one of FIRST, so before, during and after the ingests of LATER.
        a = engine.ask(Ask("Why was the wage subsidy not extended to the end of the year?"))
        assert a.citations, a.answer
        done += 1
    except Exception as e:
        errors.append(f"{type(e).__name__}: {e}")
print(json.dumps({"done": done, "errors": errors}))
"""


def test_asks_during_ingests_never_fail(base, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, docs = copy_of(base, tmp_path)
    stop = tmp_path / "stop"
    asker = subprocess.Popen(
        [sys.executable, "-c", ASK_LOOP, str(stop)],
        cwd=ROOT,
        env={**os.environ, "TQA_HOME": str(home)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert tqa(home, "ingest", str(folder(docs, LATER))).returncode == 0
        assert tqa(home, "ingest", "--rebuild").returncode == 0
    finally:
        stop.touch()
    try:
        out, err = asker.communicate(timeout=120)
    finally:
        asker.kill()
    report = json.loads(out.strip().splitlines()[-1])
    assert report["errors"] == [] and report["done"] >= 5, err[-2000:]


# -- a shared Chroma server ----------------------------------------------------------------------
@pytest.fixture
def chroma_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    chroma = Path(sys.executable).parent / "chroma"
    port = free_port()
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
         "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    import urllib.request

    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            break
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "chroma run did not start"
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_two_data_directories_share_one_server(chroma_server: str, tmp_path: Path) -> None:
    env = {"TQA_CHROMA_URL": chroma_server}
    one, two = tmp_path / "one", tmp_path / "two"
    assert tqa(one, "ingest", str(folder(tmp_path / "a", FIRST)), env=env).returncode == 0
    assert tqa(two, "ingest", str(folder(tmp_path / "b", LATER)), env=env).returncode == 0
    before = answers(two, env)
    assert tqa(one, "ingest", "--rebuild", env=env).returncode == 0
    assert answers(two, env) == before
    doctor_is_clean(one, env)
    doctor_is_clean(two, env)
    import chromadb

    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_server.rsplit(":", 1)[1]))
    chunks = {c.name for c in client.list_collections() if c.name.endswith("_chunks")}
    assert len(chunks) == 2  # a namespace per data directory
    # A writer elsewhere holds the server's lock of `one`: its ingest is refused, naming it.
    script = (
        "from retrieval.index.store import Store; from retrieval.settings import Settings; "
        "print(Store(Settings(), None).namespace)"
    )
    namespace = python(one, ["-c", script], env, check=True).stdout.strip()
    holder = '{"pid": 4242, "host": "elsewhere", "since": "2026-11-28T10:00:00"}'
    client.create_collection(f"{namespace}_writer", metadata={"holder": holder})
    held = one_line_error(tqa(one, "ingest", "--rebuild", env=env))
    assert "another tqa ingest is writing" in held and "pid 4242 on elsewhere" in held


# -- failures a user can meet: one line, exit 1 -------------------------------------------------
def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, (result.returncode, result.stderr[-2000:])
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr[-2000:]
    return lines[0]


def test_a_truncated_manifest(base, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, _ = copy_of(base, tmp_path)
    manifest = next((home / "generations").rglob("manifest.db"))
    manifest.write_bytes(manifest.read_bytes()[:300])
    line = one_line_error(tqa(home, "ask", QUESTIONS[0]))
    assert "manifest.db is damaged" in line and "tqa doctor --repair" in line


def test_a_closed_port_server(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    for args in (["ingest"], ["ask", QUESTIONS[0]]):
        line = one_line_error(tqa(tmp_path / "home", *args, env={"TQA_CHROMA_URL": url}))
        assert f"cannot reach the Chroma server at {url}" in line


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def test_a_read_only_home(base, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home, docs = copy_of(base, tmp_path)
    view = tmp_path / "read-only"
    view.mkdir()
    if not (_mount("--bind", str(home), str(view)) and _mount("-o", "remount,ro,bind", str(view))):
        subprocess.run(["umount", str(view)], capture_output=True)
        pytest.skip("needs root and mount(8) to make a read-only directory")
    try:
        assert "read-only" in one_line_error(tqa(view, "ask", QUESTIONS[0])).lower()
        assert "read-only" in one_line_error(tqa(view, "ingest", str(docs))).lower()
    finally:
        subprocess.run(["umount", str(view)], check=True)


def test_a_full_disk(tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=600k", "tmpfs", str(small)):
        pytest.skip("needs root and mount(8) for a small tmpfs")
    try:
        line = one_line_error(tqa(small / "home", "ingest"))
        assert "no space left" in line
    finally:
        subprocess.run(["umount", str(small)], check=True)
