"""Speed targets, measured (run by hand: `make bench`). Not a test: numbers vary by machine.

- ingest of the bundled corpus, fresh process: target < 5 s
- `tqa ask` as a fresh process, index built, import time included: target < 1.5 s
- the answer step inside a warm process: target < 50 ms median
"""

from __future__ import annotations

import json
import os
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
    runs = int(os.environ.get("BENCH_RUNS", "10"))
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TQA_HOME": home}
        ingest = [wall([TQA, "ingest", "--rebuild"], env) for _ in range(3)]
        wall([TQA, "ask", QUESTION], env)  # first run after ingest warms the page cache
        ask = [wall([TQA, "ask", QUESTION], env) for _ in range(runs)]
        imports = [
            wall([sys.executable, "-c", "import langchain_chroma"], env) for _ in range(runs)
        ]

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
    print(row(f"answer step, warm process ({len(steps)} asks)", steps, "ms", "< 50 ms median"))
    p95 = sorted(steps)[int(0.95 * len(steps)) - 1]
    print(f"{'':<44} p95    {p95:8.1f} ms")


if __name__ == "__main__":
    main()
