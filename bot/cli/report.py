"""`tqa eval --out`: a Markdown report and a self-contained HTML report (no scripts, no links)."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import Any

from bot.cli.render import source_line
from retrieval.answer.verify import source_text

CONTEXT_CHARS = 240
RATE_METRICS = (
    "pass_rate",
    "hit_rate",
    "quote_verbatim_rate",
    "speaker_accuracy",
    "attribution_accuracy",
    "abstention_precision",
    "abstention_recall",
)


def write_reports(
    folder: Path, report: Any, baseline: Any | None, gates: list[dict], set_name: str
) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    md, page = folder / "report.md", folder / "report.html"
    md.write_text(markdown(report, baseline, gates, set_name), encoding="utf-8")
    page.write_text(html_page(report, baseline, gates, set_name), encoding="utf-8")
    return [md, page]


def _rates(report: Any) -> list[str]:
    return [m for m in RATE_METRICS if m in report.metrics] + [
        m for m in report.metrics if m.startswith(("retrieval_recall@", "mrr@"))
    ]


def _all(report: Any) -> dict[str, float]:
    return {**report.metrics, **report.timings}


# -- Markdown ---------------------------------------------------------------------------------
def markdown(report: Any, baseline: Any | None, gates: list[dict], set_name: str) -> str:
    ours = _all(report)
    lines = [
        f"# tqa eval — {set_name}",
        "",
        f"{len(report.results)} questions, k = {report.k}, {dt.date.today().isoformat()}.",
        "",
        "## Metrics",
        "",
    ]
    head = "| metric | tqa |" + (" naive |" if baseline else "")
    lines += [head, "|---|---:|" + ("---:|" if baseline else "")]
    for name, value in ours.items():
        row = f"| {name} | {value:g} |"
        if baseline:
            row += f" {_all(baseline)[name]:g} |"
        lines.append(row)
    if gates:
        lines += ["", "## Gates", ""]
        lines += [
            f"- {'pass' if g['passed'] else '**FAIL**'}: {g['metric']} = {g['actual']:g} "
            f"(fails if {g['fails_if']})"
            for g in gates
        ]
    lines += [
        "",
        "## Questions",
        "",
        "| id | hit | verbatim | speaker | abstention | ms | first quote |",
        "|---|---|---|---|---|---:|---|",
    ]
    for r in report.results:
        c = r.checks
        first = r.answer.citations[0].quote if r.answer.citations else "_(abstained)_"
        cells = [_md_mark(c[k]) for k in ("hit", "verbatim", "speaker", "abstention")]
        lines.append(
            f"| {r.question.id} | {' | '.join(cells)} | {r.latency_ms:.0f} | {_md_cell(first)} |"
        )
    lines += ["", "## Failures", ""]
    for r in report.results:
        if r.passed:
            continue
        lines += [f"### {r.question.id}: {r.question.question}", ""]
        if r.question.history:
            lines.append(f"History: {' / '.join(r.question.history)}")
        lines += [f"- expected: {_md_cell(q)}" for q in r.question.expected_quotes]
        lines += [f"- got [{c.n}] {c.speaker}: {_md_cell(c.quote)}" for c in r.answer.citations]
        if r.answer.abstained:
            lines.append(f"- abstained: {r.answer.answer}")
        lines.append("")
    return "\n".join(lines) + "\n"


def _md_mark(ok: bool | None) -> str:
    return {True: "✓", False: "✗", None: "·"}[ok]


def _md_cell(text: str) -> str:
    text = " ".join(text.split()).replace("|", "\\|")
    return text if len(text) <= 140 else text[:139] + "…"


# -- HTML -------------------------------------------------------------------------------------
_CSS = """
body{font:15px/1.45 system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.5em} table{border-collapse:collapse;margin:1em 0} td,th{padding:.3em .6em;
border-bottom:1px solid #ddd;text-align:left;vertical-align:top} .num{text-align:right}
.chart{display:grid;grid-template-columns:14em 1fr;gap:.25em .8em;align-items:center}
.bars div{height:.9em;margin:.1em 0;border-radius:2px} .ours{background:#2a6fdb}
.naive{background:#c7c7c7} .label{font-size:.85em;color:#555} .ok{color:#17803d}
.fail{color:#c0392b;font-weight:600} details{border:1px solid #ddd;border-radius:4px;margin:.4em 0;
padding:.4em .8em} details.failed{border-color:#e4a39b} summary{cursor:pointer}
blockquote{margin:.4em 0;padding:.3em .8em;border-left:3px solid #2a6fdb;background:#f6f8fb;
white-space:pre-wrap} mark{background:#fde68a} .ctx{color:#666}
"""


def html_page(report: Any, baseline: Any | None, gates: list[dict], set_name: str) -> str:
    e = html.escape
    parts = [
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>tqa eval — "
        f"{e(set_name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>tqa eval — {e(set_name)}</h1><p>{len(report.results)} questions, "
        f"k = {report.k}, {dt.date.today().isoformat()}."
        + (" Blue: tqa; grey: naive RAG baseline." if baseline else "")
        + "</p>",
        "<h2>Metrics</h2>",
        _chart(report, baseline),
        _metrics_table(report, baseline),
    ]
    if gates:
        parts.append(
            "<h2>Gates</h2><ul>"
            + "".join(
                f"<li class={'ok' if g['passed'] else 'fail'}>{e(g['metric'])} = {g['actual']:g} "
                f"(fails if {e(g['fails_if'])})</li>"
                for g in gates
            )
            + "</ul>"
        )
    parts.append("<h2>Questions</h2>")
    parts += [_question(r) for r in report.results]
    parts.append("</body></html>")
    return "\n".join(parts)


def _chart(report: Any, baseline: Any | None) -> str:
    rows = []
    for name in _rates(report):
        value = report.metrics[name]
        bars = f"<div class=ours style='width:{value * 100:.1f}%' title='tqa {value:g}'></div>"
        label = f"tqa {value:g}"
        if baseline:
            other = baseline.metrics[name]
            bars += (
                f"<div class=naive style='width:{other * 100:.1f}%' title='naive {other:g}'></div>"
            )
            label += f" · naive {other:g}"
        rows.append(
            f"<div>{html.escape(name)}<div class=label>{label}</div></div>"
            f"<div class=bars>{bars}</div>"
        )
    return "<div class=chart>" + "".join(rows) + "</div>"


def _metrics_table(report: Any, baseline: Any | None) -> str:
    head = (
        "<tr><th>metric</th><th class=num>tqa</th>"
        + ("<th class=num>naive</th>" if baseline else "")
        + "</tr>"
    )
    rows = []
    for name, value in _all(report).items():
        cells = f"<td>{html.escape(name)}</td><td class=num>{value:g}</td>"
        if baseline:
            cells += f"<td class=num>{_all(baseline)[name]:g}</td>"
        rows.append(f"<tr>{cells}</tr>")
    return f"<table>{head}{''.join(rows)}</table>"


def _question(r: Any) -> str:
    e = html.escape
    checks = " ".join(
        f"<span class={'ok' if v else 'fail'}>{name} {'✓' if v else '✗'}</span>"
        for name, v in r.checks.items()
        if v is not None
    )
    body = []
    if r.question.history:
        body.append(f"<p class=label>after: {e(' / '.join(r.question.history))}</p>")
    if r.answer.abstained:
        body.append(f"<p><em>Abstained:</em> {e(r.answer.answer)}</p>")
    for c in r.answer.citations:
        body.append(
            f"<p>[{c.n}] <strong>{e(c.speaker)}</strong> ({e(c.role)}) · {e(c.title)} · "
            f"{e(c.date or '')} · <code>{e(source_line(c))}</code></p>"
            f"<blockquote>{_in_context(c.path or c.source, c.start, c.end)}</blockquote>"
        )
    if r.question.expected_quotes:
        body.append(
            "<p class=label>expected:</p>"
            + "".join(
                f"<blockquote class=ctx>{e(q)}</blockquote>" for q in r.question.expected_quotes
            )
        )
    state = "" if r.passed else " class=failed"
    return (
        f"<details{state}><summary><strong>{e(r.question.id)}</strong> — "
        f"{e(r.question.question)} {checks} <span class=label>{r.latency_ms:.0f} ms"
        f"</span></summary>{''.join(body)}</details>"
    )


def _in_context(path: str, start: int, end: int) -> str:
    try:
        text = source_text(path)
    except OSError:
        return "(source not readable)"
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return (
        f"<span class=ctx>…{html.escape(before)}</span><mark>{html.escape(text[start:end])}"
        f"</mark><span class=ctx>{html.escape(after)}…</span>"
    )
