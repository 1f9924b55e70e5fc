"""The scale benchmark takes an hour and is run by hand, so nothing else would notice that it no
longer runs (it reaches into ingest's steps): it runs here at a tiny size, its numbers unchecked.
(`make bench` runs the CLI and takes minutes at its smallest; it is run at every stop.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

SUBSET = ROOT / "tests" / "dev" / "qmsum-val-subset"
TINY = ["--chunks", "40", "--served", "40", "--reuse-vectors"]


def test_the_scale_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    # bench_scale reads QMSum's training meetings and qmsum-val's questions: the vendored
    # meetings stand in for both.
    data = tmp_path / "data"
    shutil.copytree(SUBSET / "corpus", data / "qmsum-train" / "corpus")
    (data / "qmsum-val").mkdir()
    shutil.copy(SUBSET / "questions.jsonl", data / "qmsum-val" / "questions.jsonl")
    run = subprocess.run(
        [sys.executable, "benchmarks/bench_scale.py", "--data", str(data), *TINY],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "manifest:" in run.stdout and "bm25: build" in run.stdout
    assert "served: POST /ask p50" in run.stdout
