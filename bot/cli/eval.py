"""`tqa eval`: answer fidelity on a question set, optionally beside a naive RAG baseline."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from bot.cli.common import ensure_index, friendly, make_engine

RATES_HIGHER_IS_BETTER = {"fabricated": False, "latency_ms_p50": False, "latency_ms_p95": False}


def parse_gates(values: tuple[str, ...], option: str) -> list[tuple[str, float]]:
    gates = []
    for value in values:
        name, sep, number = value.partition("=")
        try:
            gates.append((name.strip(), float(number)))
        except ValueError:
            raise click.BadParameter(
                f"expected METRIC=VALUE (e.g. hit_rate=0.8), got {value!r}", param_hint=option
            ) from None
        if not sep or not name.strip():
            raise click.BadParameter(f"expected METRIC=VALUE, got {value!r}", param_hint=option)
    return gates


def check_gates(
    values: dict[str, float], under: list[tuple[str, float]], over: list[tuple[str, float]]
) -> list[dict[str, Any]]:
    out = []
    for name, limit, op in [(n, v, "<") for n, v in under] + [(n, v, ">") for n, v in over]:
        actual = values[name]
        failed = actual < limit if op == "<" else actual > limit
        out.append(
            {"metric": name, "fails_if": f"{op} {limit:g}", "actual": actual, "passed": not failed}
        )
    return out


def _mark(ok: bool | None) -> str:
    return {True: "ok", False: "FAIL", None: "-"}[ok]


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render_table(report: Any, baseline: Any | None) -> str:
    lines = [
        f"{'id':<22} {'hit':<4} {'verb':<4} {'spkr':<4} {'abst':<4} {'ms':>6}  "
        f"{'question / first quote'}"
    ]
    for r in report.results:
        c = r.checks
        first = r.answer.citations[0].quote if r.answer.citations else "(abstained)"
        lines.append(
            f"{_clip(r.question.id, 22):<22} {_mark(c['hit']):<4} {_mark(c['verbatim']):<4} "
            f"{_mark(c['speaker']):<4} {_mark(c['abstention']):<4} {r.latency_ms:>6.0f}  "
            f"{_clip(r.question.question, 60)}\n{'':<51}“{_clip(first, 60)}”"
        )
    lines.append("")
    names = list(report.metrics) + list(report.timings)
    head = f"{'metric':<24} {report.label:>10}" + (f" {baseline.label:>10}" if baseline else "")
    lines.append(head)
    for name in names:
        ours = {**report.metrics, **report.timings}[name]
        row = f"{name:<24} {ours:>10g}"
        if baseline:
            row += f" {({**baseline.metrics, **baseline.timings})[name]:>10g}"
        lines.append(row)
    return "\n".join(lines)


def result_json(r: Any) -> dict[str, Any]:
    return {
        "id": r.question.id,
        "line": r.question.line,
        "question": r.question.question,
        "history": r.question.history,
        "answerable": r.question.answerable,
        "passed": r.passed,
        "checks": r.checks,
        "abstained": r.answer.abstained,
        "answer": r.answer.answer,
        "citations": [c.model_dump() for c in r.answer.citations],
        "retrieved_rank": r.retrieved_rank,
        "latency_ms": r.latency_ms,
    }


def report_json(report: Any, baseline: Any | None, gates: list[dict[str, Any]]) -> dict:
    out: dict[str, Any] = {
        "label": report.label,
        "k": report.k,
        "metrics": report.metrics,
        "timings": report.timings,
        "gates": gates,
        "results": [result_json(r) for r in report.results],
    }
    if baseline:
        out["baseline"] = {
            "name": baseline.label,
            "metrics": baseline.metrics,
            "timings": baseline.timings,
            "results": [result_json(r) for r in baseline.results],
        }
    return out


@click.command("eval")
@click.argument("questions", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print everything as one JSON object.")
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    help="Write report.md and report.html into this folder.",
)
@click.option(
    "--fail-under",
    multiple=True,
    metavar="METRIC=VALUE",
    help="Exit non-zero when METRIC is below VALUE (repeatable).",
)
@click.option(
    "--fail-over",
    multiple=True,
    metavar="METRIC=VALUE",
    help="Exit non-zero when METRIC is above VALUE, e.g. fabricated=0 (repeatable).",
)
@click.option(
    "--baseline",
    type=click.Choice(["naive", "dense"]),
    help="Also run a baseline: `naive` RAG (1,000-character chunks, dense, top chunk) or "
    "`dense` (the three sentences closest to the question).",
)
@click.option(
    "--scoped",
    is_flag=True,
    help="Ask each question within its first expected source, as `--doc` would "
    "(a row's own `doc` field always applies).",
)
@click.option(
    "--composer",
    type=click.Choice(["extractive", "llm", "both"]),
    help="Who writes the answers: the extractive composer, the language model of TQA_LLM__MODEL, "
    "or both side by side (default: the model when one is set).",
)
@click.option("-k", "top_k", type=click.IntRange(1, 50), help="Chunks retrieved (recall@k).")
@click.pass_context
@friendly
def eval_command(
    ctx: click.Context,
    questions: Path,
    as_json: bool,
    out: Path | None,
    fail_under: tuple[str, ...],
    fail_over: tuple[str, ...],
    baseline: str | None,
    scoped: bool,
    composer: str | None,
    top_k: int | None,
) -> None:
    """Measure answer fidelity on a question set (JSONL, see the README).

    Example: tqa eval tests/questions/corpus.jsonl --baseline naive --out reports/
    """
    from retrieval.answer.verify import source_text
    from retrieval.chain import Ask
    from retrieval.evaluate.metrics import evaluate
    from retrieval.evaluate.questions import load_questions
    from retrieval.index.manifest import Filters

    under = parse_gates(fail_under, "--fail-under")
    over = parse_gates(fail_over, "--fail-over")
    if composer in ("llm", "both") and baseline:
        raise click.UsageError("--composer llm/both and --baseline each add a column: choose one")
    engine = make_engine(ctx)
    if composer in ("llm", "both") and not engine.settings.llm.model:
        raise click.UsageError(f"--composer {composer} needs TQA_LLM__MODEL (see the README)")
    extractive = _extractive(engine)
    if composer == "extractive":
        engine = extractive
    k = top_k or engine.settings.answer.top_k
    known = _metric_names(k)
    for name, _ in under + over:
        if name not in known:
            raise click.BadParameter(
                f"unknown metric {name!r}; one of: {', '.join(known)}",
                param_hint="--fail-under/--fail-over",
            )
    ensure_index(engine)
    docs = engine.store.manifest.docs.values()
    texts = {Path(d["original"]).name: source_text(d["path"]) for d in docs}
    question_set = load_questions(questions, texts)  # every error before anything runs

    doc_ids = {Path(d["original"]).name: doc_id for doc_id, d in engine.store.manifest.docs.items()}

    def scope(q: Any) -> tuple[str, ...]:
        name = q.doc or (q.expected_sources[0] if scoped and q.expected_sources else None)
        return (doc_ids.get(Path(name).name, name),) if name else ()

    engine.ask(Ask(question_set[0].question))  # load the model and open the store before timing
    label = "llm" if engine.settings.llm.model else "tqa"
    report = evaluate(
        question_set,
        lambda q: engine.ask(Ask(q.question, tuple(q.history), Filters(doc_ids=scope(q)), top_k)),
        k,
        label=label,
        progress=_progress(label),
    )
    naive = None
    if composer == "both":
        naive = evaluate(
            question_set,
            lambda q: extractive.ask(
                Ask(q.question, tuple(q.history), Filters(doc_ids=scope(q)), k)
            ),
            k,
            label="extractive",
            progress=_progress("extractive"),
        )
    elif baseline == "naive":
        from retrieval.evaluate.baselines import NaiveRAG

        rag = NaiveRAG(engine.store.manifest, engine.embeddings, k=k)
        naive = evaluate(
            question_set,
            lambda q: rag.ask(q.question),
            k,
            label="naive",
            progress=_progress("naive"),
        )
    elif baseline == "dense":
        from retrieval.evaluate.baselines import DenseSentences

        dense = DenseSentences(engine.store)
        naive = evaluate(
            question_set,
            lambda q: dense.ask(q.question, scope(q)),
            k,
            label="dense",
            progress=_progress("dense"),
        )
    gates = check_gates({**report.metrics, **report.timings}, under, over)
    if as_json:
        click.echo(json.dumps(report_json(report, naive, gates), ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(report, naive))
    if out:
        from bot.cli.report import write_reports

        written = write_reports(out, report, naive, gates, questions.name)
        click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)
    failed = [g for g in gates if not g["passed"]]
    for g in failed:
        click.echo(
            f"tqa eval: {g['metric']} = {g['actual']:g} fails the gate ({g['fails_if']})", err=True
        )
    if failed:
        ctx.exit(1)


def _extractive(engine: Any) -> Any:
    """The same engine (store, models) with the language-model composer turned off."""
    from retrieval.chain import Engine
    from retrieval.settings import LLMSettings

    if not engine.settings.llm.model:
        return engine
    settings = engine.settings.model_copy(update={"llm": LLMSettings()})
    return Engine(settings, store=engine.store, embeddings=engine.embeddings, model=engine.model)


def _metric_names(k: int) -> list[str]:
    from retrieval.evaluate.metrics import metrics, timings

    return list(metrics([], k)) + list(timings([]))


def _progress(label: str) -> Any:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        click.echo(f"\r{label}: {done}/{total} questions", err=True, nl=done == total)

    return show
