"""Scale (run by hand: `make bench-scale`). Not a test: it takes minutes to hours.

    python benchmarks/bench_scale.py --data ../shared/datasets --chunks 100000 \
        --served 100000 --reuse-vectors

1. A synthetic corpus of `--chunks` chunks, made from the QMSum training meetings: each new
   meeting interleaves runs of turns from two meetings of one series (AMI, ICSI, a committee),
   so the text is real speech in new combinations, not copies of whole transcripts.
2. At that size, without embedding: the manifest (SQLite) written and read by a fresh process
   (with JSON, as tqa kept it before, beside it), the BM25 index built, saved and loaded, with
   their time and memory.
3. Served: the first `--served` chunks' worth of meetings ingested into a real `chroma run`
   server, then questions through `tqa serve` (HTTP): latency p50/p95, the answer step, and the
   stages of the slowest questions. Ingest is `tqa ingest` itself, which embeds everything
   (~150 texts/s on 2 cores: hours at 100k chunks); with `--reuse-vectors` it runs in this
   process, each distinct sentence embedded once and chunk vectors pooled from their sentences'
   (~30 minutes at 100k; for latency, not for answers).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TQA = str(Path(sys.executable).parent / "tqa")
CHROMA = str(Path(sys.executable).parent / "chroma")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def series(name: str) -> str:
    from retrieval.evaluate.train import domain

    return domain(name)


def synthesize(data: Path, out: Path, chunks: int, seed: int = 7) -> dict[Path, int]:
    """Write synthetic meetings to `out` until they hold `chunks` chunks; each file's chunks."""
    from retrieval.index.chunking import chunk_transcript, tiktoken_counter
    from retrieval.parse.transcript import parse_file

    rng = random.Random(seed)
    count = tiktoken_counter()
    meetings: dict[str, list[list[str]]] = {}
    for path in sorted((data / "qmsum-train" / "corpus").glob("*.txt")):
        doc = parse_file(path)
        turns = [f"{t.label or t.speaker}: {doc.text[t.start : t.end]}" for t in doc.turns]
        meetings.setdefault(series(path.name), []).append(turns)
    groups = [g for g in meetings.values() if len(g) >= 2]
    out.mkdir(parents=True, exist_ok=True)
    sizes: dict[Path, int] = {}
    n = 0
    while sum(sizes.values()) < chunks:
        group = rng.choice(groups)
        a, b = rng.sample(group, 2)
        lines, i, j = [], rng.randrange(len(a)), rng.randrange(len(b))
        while len(lines) < 120:
            run = rng.randint(3, 12)
            lines += a[i : i + run] + b[j : j + run]
            i, j = (i + run) % len(a), (j + run) % len(b)
        path = out / f"synthetic_{n:05d}.txt"
        path.write_text(f"Synthetic meeting {n}\n\n" + "\n\n".join(lines) + "\n", encoding="utf-8")
        sizes[path] = len(chunk_transcript(parse_file(path), count, 220))
        n += 1
    return sizes


# A fresh process that answers: opens the manifest, looks up the chunks one retrieval names,
# and narrows to one speaker.
READER = """
import random, sys, time
from pathlib import Path
from retrieval.index.manifest import Filters, Manifest
t = time.perf_counter()
m = Manifest.load_existing(Path(sys.argv[1]))
opened = time.perf_counter() - t
ids = random.Random(1).sample(list(m.chunks), 40)
t = time.perf_counter()
rows = [m.chunks[i] for i in ids]
looked = time.perf_counter() - t
t = time.perf_counter()
m.admitted(Filters(speakers=(m.speakers()[0],)))
narrowed = time.perf_counter() - t
# VmHWM, not ru_maxrss: the latter can carry the forking parent's high-water mark.
peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) / 1024
print(f"a reader opens it in {opened:.2f} s, looks up 40 chunks in {looked * 1000:.1f} ms, "
      f"narrows to a speaker in {narrowed:.2f} s; its peak RSS {peak:.0f} MB")
"""


def lexical_and_manifest(files: list[Path]) -> None:
    from retrieval.index.chunking import chunk_transcript, tiktoken_counter
    from retrieval.index.ingest import _chunk_entry, _doc_entry, _for_doc
    from retrieval.index.lexical import Lexical
    from retrieval.index.manifest import Manifest
    from retrieval.parse.transcript import parse_file

    count = tiktoken_counter()
    manifest = Manifest()
    started = time.perf_counter()
    for path in files:
        doc = parse_file(path)
        chunks = _for_doc(chunk_transcript(doc, count, 220), doc.doc_id, manifest)
        manifest.docs[doc.doc_id] = _doc_entry(doc, chunks, None)
        manifest.chunks.update({c.id: _chunk_entry(c) for c in chunks})
    parse_s = time.perf_counter() - started
    n = len(manifest.chunks)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "manifest.db"
        t = time.perf_counter()
        manifest.save(path)
        save_s = time.perf_counter() - t
        size_mb = path.stat().st_size / 1e6
        reader = subprocess.run(
            [sys.executable, "-c", READER, str(path)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        older = Path(tmp) / "manifest.json"  # as tqa kept it before, for comparison
        t = time.perf_counter()
        older.write_text(json.dumps({"docs": manifest.docs, "chunks": manifest.chunks}))
        json_save_s = time.perf_counter() - t
        t = time.perf_counter()
        json.loads(older.read_text())
        json_load_s = time.perf_counter() - t
        ids = list(manifest.chunks)
        before = rss_mb()
        t = time.perf_counter()
        lexical = Lexical.build(ids, [manifest.chunks[i]["embed_text"] for i in ids])
        build_s = time.perf_counter() - t
        lexical.save(Path(tmp) / "lexical")
        del lexical
        t = time.perf_counter()
        loaded = Lexical.load(Path(tmp) / "lexical", ids)
        bm25_load_s = time.perf_counter() - t
        t = time.perf_counter()
        for q in ("remote control design", "budget for the school", "speech recognition noise"):
            loaded.scores(q.split())
        query_ms = (time.perf_counter() - t) / 3 * 1000
    print(f"parse + chunk {len(files)} meetings, {n} chunks: {parse_s:.0f} s")
    print(f"manifest: {size_mb:.0f} MB SQLite, written in {save_s:.2f} s; {reader.strip()}")
    print(
        f"  the same as JSON (before): written in {json_save_s:.2f} s, read in {json_load_s:.2f} s"
    )
    print(
        f"bm25: build {build_s:.1f} s, load {bm25_load_s:.2f} s, one query {query_ms:.1f} ms, "
        f"peak RSS of this process {rss_mb():.0f} MB (before BM25 {before:.0f} MB)"
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ingest_reusing_vectors(folder: Path, home: Path, chroma_url: str) -> None:
    """`tqa ingest` in this process, but each distinct sentence is embedded once (the synthetic
    meetings repeat the training meetings' sentences) and a chunk's vector is the mean of its
    sentences' (embedding 100k chunk texts takes about an hour here). The vectors are real and
    the rows, ids, metadata and Chroma server are what `tqa ingest` writes: for latency only."""
    import numpy as np

    from retrieval.chain import Engine
    from retrieval.index import ingest, rows
    from retrieval.settings import Settings

    engine = Engine(Settings(home=home, chroma_url=chroma_url))
    known: dict[str, list[float]] = {}
    waiting: list[rows.Rows] = []

    def write(store: object, kind: str, r: rows.Rows) -> None:
        if kind == "chunks":
            waiting.append(r)  # written with the sentences, whose vectors make theirs
            return
        new = sorted({t for t in r.texts if t not in known})
        known.update(zip(new, engine.embeddings.embed_documents(new), strict=True))
        vectors = [known[t] for t in r.texts]
        engine.store.upsert(kind, r.ids, r.texts, r.metas, vectors)
        by_chunk: dict[str, list[list[float]]] = {}
        for sid, v in zip(r.ids, vectors, strict=True):
            by_chunk.setdefault(sid.rsplit(":", 1)[0], []).append(v)
        for c in waiting:
            means = [np.mean(by_chunk[cid], axis=0) for cid in c.ids]
            units = [(m / np.linalg.norm(m)).tolist() for m in means]
            engine.store.upsert("chunks", c.ids, c.texts, c.metas, units)
        waiting.clear()

    rows.write = write  # type: ignore[assignment]
    ingest.ingest(engine.store, [folder])


def served(sizes: dict[Path, int], chunks: int, data: Path, reuse_vectors: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        port, serve_port = free_port(), free_port()
        server = subprocess.Popen(
            [CHROMA, "run", "--path", f"{tmp}/chroma", "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        env = {
            **os.environ,
            "TQA_HOME": f"{tmp}/home",
            "TQA_CHROMA_URL": f"http://127.0.0.1:{port}",
        }
        try:
            time.sleep(3)
            chosen = tmp + "/served"
            os.mkdir(chosen)
            total = 0
            for path, size in sizes.items():
                if total >= chunks:
                    break
                os.link(path, f"{chosen}/{path.name}")
                total += size
            t = time.perf_counter()
            if reuse_vectors:
                ingest_reusing_vectors(Path(chosen), Path(env["TQA_HOME"]), env["TQA_CHROMA_URL"])
            else:
                subprocess.run([TQA, "ingest", chosen], env=env, check=True, capture_output=True)
            ingest_s = time.perf_counter() - t
            subprocess.run(
                [TQA, "serve", "--background", "--port", str(serve_port)], env=env, check=True
            )
            questions = [
                json.loads(line)["question"]
                for line in (data / "qmsum-val" / "questions.jsonl").read_text().splitlines()
            ][:60]
            latencies, steps, stages = [], [], []
            for q in questions:
                body = json.dumps({"question": q}).encode()
                req = urllib.request.Request(
                    f"http://127.0.0.1:{serve_port}/ask",
                    data=body,
                    headers={"Content-Type": "application/json"},
                )
                t = time.perf_counter()
                with urllib.request.urlopen(req, timeout=60) as resp:
                    answer = json.loads(resp.read())
                latencies.append((time.perf_counter() - t) * 1000)
                steps.append(answer["timings_ms"]["total"])
                stages.append((latencies[-1], q, answer["timings_ms"]))
            subprocess.run([TQA, "serve", "--stop"], env=env, check=True, capture_output=True)
        finally:
            server.terminate()
            server.wait(timeout=30)
    lat = sorted(latencies[5:])  # the first few warm the server's caches
    p95 = lat[int(0.95 * len(lat)) - 1]
    print(f"served: {total} chunks ingested into `chroma run` in {ingest_s:.0f} s")
    print(
        f"served: POST /ask p50 {statistics.median(lat):.0f} ms, p95 {p95:.0f} ms; "
        f"answer step p50 {statistics.median(steps[5:]):.0f} ms ({len(lat)} questions)"
    )
    for ms, q, timings in sorted(stages[5:], key=lambda s: s[0], reverse=True)[:4]:
        parts = ", ".join(f"{k.removeprefix('retrieve.')} {v:.0f}" for k, v in timings.items())
        print(f"  slow: {ms:.0f} ms {q[:60]!r}: {parts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets")
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--served", type=int, default=10_000)
    parser.add_argument(
        "--reuse-vectors",
        action="store_true",
        help="embed each distinct sentence once and pool chunk vectors (see ingest_reusing_vectors)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        sizes = synthesize(args.data, Path(tmp) / "corpus", args.chunks)
        files, total = list(sizes), sum(sizes.values())
        print(
            f"synthetic corpus: {len(files)} meetings, {total} chunks ({time.perf_counter() - t:.0f} s)"
        )
        lexical_and_manifest(files)
        if args.served:
            served(sizes, args.served, args.data, args.reuse_vectors)


if __name__ == "__main__":
    main()
