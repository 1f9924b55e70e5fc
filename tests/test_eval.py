"""`tqa eval`: metrics, reports, gates, the naive baseline, and malformed question sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli

from .conftest import QUESTIONS


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), obj={}, catch_exceptions=False)


@pytest.fixture
def on_corpus(corpus_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TQA_HOME", str(corpus_home))
    return corpus_home


@pytest.fixture(scope="module")
def baseline_run(corpus_home: Path) -> dict:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TQA_HOME", str(corpus_home))
        result = run("eval", str(QUESTIONS), "--baseline", "naive", "--json", "-k", "5")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_has_metrics_results_and_the_baseline(baseline_run: dict) -> None:
    metrics = baseline_run["metrics"]
    for name in (
        "quote_verbatim_rate",
        "hit_rate",
        "retrieval_recall@5",
        "mrr@5",
        "abstention_precision",
        "abstention_recall",
        "fabricated",
        "speaker_accuracy",
        "quote_words_median",
    ):
        assert name in metrics
    assert set(baseline_run["timings"]) == {"latency_ms_p50", "latency_ms_p95"}
    assert metrics["quote_verbatim_rate"] == 1.0
    results = baseline_run["results"]
    assert len(results) >= 60 and {"checks", "citations", "latency_ms"} <= set(results[0])


def test_tqa_is_clearly_ahead_of_the_naive_baseline(baseline_run: dict) -> None:
    ours, naive = baseline_run["metrics"], baseline_run["baseline"]["metrics"]
    assert ours["hit_rate"] >= naive["hit_rate"] + 0.5
    assert ours["abstention_recall"] > naive["abstention_recall"]
    assert ours["fabricated"] < naive["fabricated"]
    assert ours["quote_words_median"] < naive["quote_words_median"]


def test_table_reports_and_gates(on_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    result = run(
        "eval",
        str(QUESTIONS),
        "--out",
        str(out),
        "--fail-under",
        "hit_rate=0.99",
        "--fail-over",
        "fabricated=5",
    )
    assert result.exit_code == 1
    assert "hit_rate" in result.stderr and "fails the gate (< 0.99)" in result.stderr
    assert "china-role" in result.stdout and "quote_verbatim_rate" in result.stdout
    page = (out / "report.html").read_text()
    assert "<mark>" in page and "<script" not in page and "http" not in page
    assert "| hit_rate |" in (out / "report.md").read_text()
    assert run("eval", str(QUESTIONS), "--fail-under", "hit_rate=0.5").exit_code == 0


def test_metrics_are_reproducible(on_corpus: Path) -> None:
    first = json.loads(run("eval", str(QUESTIONS), "--json").stdout)["metrics"]
    second = json.loads(run("eval", str(QUESTIONS), "--json").stdout)["metrics"]
    assert first == second


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


GOOD = json.dumps(
    {
        "id": "ok",
        "question": "What role does China play?",
        "answerable": True,
        "expected_quotes": ["China has a very important role to play"],
    }
)


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ('{"id": "x", "question": "unclosed"', ":7: bad JSON"),
        (json.dumps({"id": "x", "answerable": False}), ":7: field 'question'"),
        (
            json.dumps({"id": "x", "question": "q?", "expected_quotes": ["never said this"]}),
            ":7: field 'expected_quotes[0]': not found verbatim",
        ),
        (
            json.dumps(
                {
                    "id": "x",
                    "question": "q?",
                    "expected_quotes": ["a"],
                    "expected_sources": ["nope.txt"],
                }
            ),
            ":7: field 'expected_sources'",
        ),
    ],
)
def test_malformed_sets_stop_before_running(
    on_corpus: Path, tmp_path: Path, bad_line: str, message: str
) -> None:
    path = _write(tmp_path, [GOOD.replace('"ok"', f'"ok{i}"') for i in range(6)] + [bad_line])
    result = run("eval", str(path))
    assert result.exit_code != 0
    assert message in result.stderr and str(path) in result.stderr
    assert result.stdout == ""  # nothing ran


def test_unknown_gate_metric_is_refused(on_corpus: Path) -> None:
    result = run("eval", str(QUESTIONS), "--fail-under", "accuracy=0.9")
    assert result.exit_code != 0 and "unknown metric 'accuracy'" in result.stderr


def test_speaker_names_match_by_surname() -> None:
    from retrieval.evaluate.metrics import same_speaker

    assert same_speaker("Johnson", "Lyndon B. Johnson")
    assert same_speaker("reporter", "Reporter")
    assert same_speaker("Lyndon B. Johnson", "Lyndon B Johnson")
    assert not same_speaker("Johnson", "Reporter")
    assert not same_speaker("", "Reporter")
    # As a question naming them would find them: a title, initials, accents, a middle initial.
    assert same_speaker("President Johnson", "Lyndon B. Johnson")
    assert same_speaker("LBJ", "Lyndon B. Johnson")
    assert same_speaker("Gerard Deltell", "Gérard Deltell")
    assert same_speaker("Donald J. Trump", "Donald Trump")
    assert not same_speaker("Jones", "Lyndon B. Johnson")
    # A word for an asker names whoever asks, however the transcript labels them.
    assert same_speaker("reporter", "Correspondent", "reporter")
    assert same_speaker("Interviewer", "Reporter", "reporter")
    assert not same_speaker("reporter", "Sung Kim", "official")


def test_a_row_can_name_its_document_and_the_dense_baseline_runs_beside(
    corpus_home: Path, tmp_path: Path
) -> None:
    row = {
        "id": "china-scoped",
        "question": "What role does China play?",
        "answerable": True,
        "expected_quotes": ["We continue to believe that China has a very important role to play."],
        "expected_sources": ["000_c23640fa7ee989c1.txt"],
        "doc": "001_4b14e850cf881111.txt",  # the other document: the quote cannot be found
    }
    questions = tmp_path / "scoped.jsonl"
    questions.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TQA_HOME", str(corpus_home))
        result = run("eval", str(questions), "--baseline", "dense", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    for answer in (report["results"][0], report["baseline"]["results"][0]):
        assert {c["source"].rsplit("/", 1)[-1] for c in answer["citations"]} <= {
            "001_4b14e850cf881111.txt"
        }
    assert report["baseline"]["name"] == "dense"
    assert len(report["baseline"]["results"][0]["citations"]) == 3

    row["doc"] = "nowhere.txt"
    questions.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TQA_HOME", str(corpus_home))
        bad = run("eval", str(questions))
    assert bad.exit_code != 0 and "field 'doc'" in bad.output
