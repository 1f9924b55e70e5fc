"""Speed targets, measured (run by hand: `make bench`). Not a test: numbers vary by machine.

- ingest of the bundled corpus, fresh process: target < 5 s
- `tqa ask` as a fresh process, index built, import time included: target < 1.5 s
- the answer step inside a warm process: target < 50 ms median
- `tqa ask` as a fresh process with `tqa serve` running: target < 0.3 s
- ingest throughput against the raw embedder on the same texts: target >= 80%; peak RSS < 600 MB
  (on five vendored QMSum meetings, and on all of qmsum-val when `--data` holds it)
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TQA = str(Path(sys.executable).parent / "tqa")
QUESTION = "What role does China play in the Six-Party Talks?"


def wall(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="the development datasets (for qmsum-val)")
    args = parser.parse_args()
    runs = int(os.environ.get("BENCH_RUNS", "10"))
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TQA_HOME": home}
        ingest = [wall([TQA, "ingest", "--rebuild"], env) for _ in range(3)]
        wall([TQA, "ask", QUESTION], env)  # first run after ingest warms the page cache
        ask = [wall([TQA, "ask", QUESTION], env) for _ in range(runs)]
        imports = [
            wall([sys.executable, "-c", "import langchain_chroma"], env) for _ in range(runs)
        ]
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = str(s.getsockname()[1])
        wall([TQA, "serve", "--background", "--port", port], env)
        try:
            wall([TQA, "ask", QUESTION], env)
            served = [wall([TQA, "ask", QUESTION], env) for _ in range(runs)]
        finally:
            wall([TQA, "serve", "--stop"], env)

        sys.path.insert(0, str(ROOT))
        from retrieval.chain import Ask, Engine
        from retrieval.settings import Settings

        engine = Engine(Settings(home=Path(home)))
        questions = [
            json.loads(line)
            for line in (ROOT / "tests" / "questions" / "corpus.jsonl").read_text().splitlines()
        ]
        engine.ask(Ask(QUESTION))  # warm: model loaded, collections open
        steps = []
        for q in questions * 3:
            answer = engine.ask(Ask(q["question"], tuple(q["history"])))
            steps.append(answer.timings_ms["total"])

    def row(name: str, values: list[float], unit: str, target: str) -> str:
        med = statistics.median(values)
        worst = max(values)
        return f"{name:<44} median {med:8.3f} {unit}   max {worst:8.3f} {unit}   target {target}"

    print(f"{os.cpu_count()} cores, python {sys.version.split()[0]}, {runs} runs")
    print(row("ingest bundled corpus (fresh process)", ingest, "s", "< 5 s"))
    print(row("tqa ask (fresh process, wall)", ask, "s", "< 1.5 s"))
    print(row("  for scale: python -c 'import langchain_chroma'", imports, "s", "-"))
    print(row("tqa ask with tqa serve up (fresh process)", served, "s", "< 0.3 s"))
    print(row(f"answer step, warm process ({len(steps)} asks)", steps, "ms", "< 50 ms median"))
    p95 = sorted(steps)[int(0.95 * len(steps)) - 1]
    print(f"{'':<44} p95    {p95:8.1f} ms")
    throughput(ROOT / "tests" / "dev" / "qmsum-val-subset" / "corpus")
    if args.data and (args.data / "qmsum-val" / "corpus").is_dir():
        throughput(args.data / "qmsum-val" / "corpus")


def throughput(corpus: Path) -> None:
    """Ingest end to end against the raw embedder on exactly the texts ingest embeds."""
    from retrieval.index.embeddings import MiniLMEmbeddings
    from retrieval.index.generations import load_manifest

    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TQA_HOME": home}
        # A fresh parent whose one child is the ingest: its children's peak RSS is the ingest's.
        probe = (
            "import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], check=True, capture_output=True); "
            "print(time.perf_counter() - t, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe, TQA, "ingest", str(corpus)],
            env=env, cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout.split()  # fmt: skip
        seconds, peak_mb = float(out[0]), int(out[1]) / 1024
        manifest = load_manifest(Path(home))
        texts = [c["embed_text"] for c in manifest.chunks.values()]
        for d in manifest.docs.values():
            text = Path(d["path"]).read_text(encoding="utf-8")
            for cid in d["chunks"]:
                texts += [text[s:e] for s, e, *_ in manifest.chunks[cid]["sentences"]]
    model = MiniLMEmbeddings()
    model.ready()
    model.embed_documents(texts[:64])  # warm
    started = time.perf_counter()
    model.embed_documents(texts)
    raw = time.perf_counter() - started
    print(
        f"{'ingest of ' + corpus.parent.name:<44} {len(texts)} texts in {seconds:.1f} s "
        f"({len(texts) / seconds:.0f}/s); raw embedder {raw:.1f} s ({len(texts) / raw:.0f}/s): "
        f"{raw / seconds:.0%} of it (target >= 80%); peak RSS {peak_mb:.0f} MB (target < 600 MB)"
    )


if __name__ == "__main__":
    main()
