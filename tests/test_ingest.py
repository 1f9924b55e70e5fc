"""`tqa ingest`: incremental updates, and bad input that leaves the index answering as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from retrieval.parse.transcript import PARSER_VERSION

QUESTION = "How is the housing plan funded?"
PRESS_DEV = Path(__file__).resolve().parent / "dev" / "press-dev"


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


def ask() -> dict:
    return json.loads(run("ask", QUESTION, "--json").stdout)


def test_incremental_ingest(fixture_copy: Path) -> None:
    first = run("ingest", str(fixture_copy))
    assert first.exit_code == 0
    assert first.stdout.startswith("8 added, 0 updated, 0 unchanged, 0 removed")
    assert run("ingest", str(fixture_copy)).stdout.startswith("0 added, 0 updated, 8 unchanged")

    q_dot = fixture_copy / "q_dot.txt"
    q_dot.write_text(q_dot.read_text().replace("capital budget", "national lottery"))
    assert run("ingest", str(fixture_copy)).stdout.startswith("0 added, 1 updated, 7 unchanged")
    lottery = run("ask", "What did the Prime Minister say about the national lottery?", "--json")
    assert "national lottery" in json.loads(lottery.stdout)["citations"][0]["quote"]

    (fixture_copy / "interview.md").unlink()
    assert run("ingest", str(fixture_copy)).stdout.startswith(
        "0 added, 0 updated, 7 unchanged, 1 removed"
    )
    rows = json.loads(run("sources", "--json").stdout)
    assert sorted(Path(r["source"]).name for r in rows) == [
        "committee.txt",
        "diarised.txt",
        "plain_remarks.txt",
        "q_dot.txt",
        "research_meeting.txt",
        "state_briefing.txt",
        "whitehouse_press.txt",
    ]
    assert run("ingest", "--rebuild").stdout.startswith("0 added, 7 updated, 0 unchanged")


def _chunks_in_index(report: str) -> int:
    return int(report.split(";")[1].split()[0])


def test_a_moved_folder_and_a_copied_file_keep_their_chunks(
    fixture_copy: Path, tmp_path: Path
) -> None:
    """Chunk ids name content: a folder moved and indexed again, or a copy of a file under
    another name, must not lose the chunks of the file that stays when the other is dropped."""
    first = run("ingest", str(fixture_copy)).stdout
    moved = tmp_path / "moved"
    fixture_copy.rename(moved)
    again = run("ingest", str(moved)).stdout
    assert again.startswith("8 added, 0 updated, 0 unchanged, 8 removed")
    assert _chunks_in_index(again) == _chunks_in_index(first)
    assert ask()["citations"]

    copies = tmp_path / "copies"
    copies.mkdir()
    (copies / "q_dot_copy.txt").write_bytes((moved / "q_dot.txt").read_bytes())
    with_copy = run("ingest", str(copies)).stdout
    assert _chunks_in_index(with_copy) > _chunks_in_index(first)
    (copies / "q_dot_copy.txt").unlink()
    dropped = run("ingest", str(moved)).stdout
    assert dropped.startswith("0 added, 0 updated, 8 unchanged, 1 removed")
    assert _chunks_in_index(dropped) == _chunks_in_index(first)
    assert Path(ask()["citations"][0]["source"]).parent.name == "moved"


def test_two_files_taking_the_place_of_one_that_is_gone_are_both_kept(
    fixture_copy: Path, tmp_path: Path
) -> None:
    first = run("ingest", str(fixture_copy / "q_dot.txt")).stdout
    for folder in ("b", "c"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "q_dot.txt").write_bytes((fixture_copy / "q_dot.txt").read_bytes())
    (fixture_copy / "q_dot.txt").unlink()
    both = run("ingest", str(tmp_path / "b"), str(tmp_path / "c")).stdout
    assert both.startswith("2 added, 0 updated, 0 unchanged, 1 removed")
    assert _chunks_in_index(both) == 2 * _chunks_in_index(first)
    assert len(json.loads(run("sources", "--json").stdout)) == 2


def test_doctor_names_a_document_whose_chunks_are_gone(fixture_copy: Path) -> None:
    from retrieval.index.store import Store
    from retrieval.settings import Settings

    run("ingest", str(fixture_copy))
    store = Store(Settings(), None)  # no vectors are written: the manifest alone changes
    manifest = store.manifest.copy()
    doc = next(d for d in manifest.docs.values() if d["original"].endswith("q_dot.txt"))
    manifest.chunks.pop(doc["chunks"][0])  # as an older tqa left a moved folder
    store.commit(manifest)
    checked = run("doctor")
    assert checked.exit_code == 1
    assert "q_dot.txt lost chunks; `tqa ingest --rebuild` reads them again" in checked.stderr
    assert run("ingest", "--rebuild").exit_code == 0
    assert run("doctor").exit_code == 0


def test_files_an_older_parser_read_are_read_again(
    fixture_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("ingest", str(fixture_copy)).stdout.startswith("8 added")
    monkeypatch.setattr("retrieval.index.ingest.PARSER_VERSION", PARSER_VERSION + 1)
    monkeypatch.setattr("retrieval.parse.transcript.PARSER_VERSION", PARSER_VERSION + 1)
    assert "note: 8 document(s) were read by an older tqa" in run("doctor").stdout
    from retrieval.index import rows

    written: list[int] = []
    write = rows.write
    monkeypatch.setattr(
        rows, "write", lambda store, kind, r: (written.append(len(r.ids)), write(store, kind, r))
    )
    assert run("ingest", str(fixture_copy)).stdout.startswith("0 added, 8 updated, 0 unchanged")
    assert (
        sum(written) == 0
    )  # read into the same chunks: their vectors are kept, not embedded again
    assert "note:" not in run("doctor").stdout
    assert run("ingest", str(fixture_copy)).stdout.startswith("0 added, 0 updated, 8 unchanged")
    assert ask()["citations"]


def test_answers_cite_the_right_speaker_in_other_styles(fixture_copy: Path) -> None:
    run("ingest", str(fixture_copy))
    answer = ask()
    assert not answer["abstained"]
    first = answer["citations"][0]
    assert first["speaker"] == "The Prime Minister"
    assert "capital budget" in first["quote"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        # 0x81 is neither UTF-8 nor Windows-1252 (which a text file may be, see test_formats)
        ("unknown.txt", b"QUESTION: Caf\x81?\n", "not UTF-8"),
    ],
)
def test_bad_input_is_refused_and_the_index_keeps_answering(
    fixture_copy: Path, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    run("ingest", str(fixture_copy))
    before = ask()
    bad = fixture_copy / name
    bad.write_bytes(content)
    result = run("ingest", str(fixture_copy))
    assert result.exit_code != 0
    assert result.stderr.strip().count("\n") == 0
    assert message in result.stderr and name in result.stderr
    after = ask()
    assert after["citations"] == before["citations"]
    bad.unlink()
    assert run("ingest", str(fixture_copy)).stdout.startswith("0 added, 0 updated, 8 unchanged")


def test_missing_path_is_a_one_line_error(fixture_copy: Path) -> None:
    run("ingest", str(fixture_copy))
    result = run("ingest", str(fixture_copy / "nope.txt"))
    assert result.exit_code != 0
    assert "nope.txt: no such file or directory" in result.stderr
    assert not ask()["abstained"]


def test_oversized_files_and_fifos_are_refused_and_the_rest_indexed(
    fixture_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    monkeypatch.setenv("TQA_INDEX__MAX_FILE_MB", "0.001")  # 1 kB
    big = fixture_copy / "big.txt"
    big.write_text("SPEAKER_00: " + "words and more words. " * 200)
    fifo = fixture_copy / "pipe.txt"
    os.mkfifo(fifo)
    result = run("ingest", str(fixture_copy), str(fifo))
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("Error: ")]
    assert any(
        "big.txt" in e and "over the 0.001 MB limit (TQA_INDEX__MAX_FILE_MB)" in e for e in errors
    )
    assert any("pipe.txt: not a regular file" in e for e in errors)
    assert " added" in result.stdout and not ask()["abstained"]


def _graph_settings(home: Path) -> set[tuple[int, int]]:
    import chromadb
    from chromadb.config import Settings

    client = chromadb.PersistentClient(
        path=str(home / "chroma"), settings=Settings(anonymized_telemetry=False)
    )
    hnsw = [c.configuration_json["hnsw"] for c in client.list_collections()]
    return {(h["ef_search"], h["sync_threshold"]) for h in hnsw}


def test_ingest_gives_the_collections_the_graph_settings_of_the_settings(
    fixture_copy: Path, _home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQA_INDEX__SEARCH_EF", "321")
    assert run("ingest", str(fixture_copy)).exit_code == 0
    assert _graph_settings(_home) == {(321, 1)}
    # An index made with other settings (Chroma's defaults, before tqa had them) takes the
    # settings' at the next ingest, even one that changes no document.
    monkeypatch.setenv("TQA_INDEX__SEARCH_EF", "654")
    monkeypatch.setenv("TQA_INDEX__SYNC_THRESHOLD", "1000")
    assert run("ingest", str(fixture_copy)).stdout.startswith("0 added, 0 updated, 8 unchanged")
    assert _graph_settings(_home) == {(654, 1000)}
    assert ask()["citations"]
    # Doctor notes settings other than tqa's, and --repair sets them.
    monkeypatch.setenv("TQA_INDEX__SEARCH_EF", "987")
    monkeypatch.delenv("TQA_INDEX__SYNC_THRESHOLD")
    checked = run("doctor")
    assert checked.exit_code == 0
    assert "note: Chroma searches 654 wide, the settings say 987" in checked.stdout
    assert "note: Chroma saves its search graph every 1000 vectors, the settings say 1" in (
        checked.stdout
    )
    repaired = run("doctor", "--repair").stdout
    assert "Chroma's search graph takes ef_search 987, sync_threshold 1" in repaired
    assert _graph_settings(_home) == {(987, 1)}


_NEAREST = """
import sys, numpy as np, chromadb
from chromadb.config import Settings
client = chromadb.PersistentClient(path=sys.argv[1], settings=Settings(anonymized_telemetry=False))
sentences = [c for c in client.list_collections() if c.name.endswith("_sentences")][0]
vectors = np.asarray(sentences.get(include=["embeddings"])["embeddings"], dtype=np.float32)
noisy = vectors + np.random.default_rng(0).normal(0, 0.05, vectors.shape).astype(np.float32)
found = sentences.query(query_embeddings=noisy, n_results=20, include=[])["ids"]
print(len(found), hash(repr(found)) % 10**12)
"""


def test_every_process_searches_the_same_graph(
    _home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chroma adds the vectors written since its graph was last saved again, in a random order,
    in every process that opens the store. With the graph saved after each write, processes
    find the same nearest sentences. (At Chroma's default, 1000, each of three processes found
    different ones here.)"""
    import subprocess
    import sys

    monkeypatch.setenv("TQA_INDEX__SEARCH_EF", "20")  # narrow, so a different graph shows
    assert run("ingest", str(PRESS_DEV / "corpus")).exit_code == 0
    env = {"PYTHONHASHSEED": "0", "PATH": ""}  # the same repr hash in both processes
    found = [
        subprocess.run(
            [sys.executable, "-c", _NEAREST, str(_home / "chroma")],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout
        for _ in range(3)
    ]
    assert int(found[0].split()[0]) > 4000  # every sentence of the ten briefings
    assert found[0] == found[1] == found[2]
