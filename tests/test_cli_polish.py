"""The command line's manners: help, width, colour, speaker names, the log, removing documents."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.cli.render import render_answer
from bot.question_log import MIGRATIONS, QuestionLog
from retrieval.models import Answer

CHINA = "What did Kim say about China's role?"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str, **kw):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(
        cli, list(args), obj={}, catch_exceptions=False, prog_name="tqa", **kw
    )


@pytest.fixture
def home(corpus_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "home"
    shutil.copytree(corpus_home, target)
    monkeypatch.setenv("TQA_HOME", str(target))
    monkeypatch.setenv("TQA_NO_SERVER", "1")
    return target


def test_dash_h_and_examples_in_help() -> None:
    for args in (["-h"], ["ask", "-h"], ["eval", "-h"], ["remove", "-h"], ["log", "-h"]):
        result = run(*args)
        assert result.exit_code == 0 and result.stdout.startswith("Usage: tqa")
        assert "DESIGN.md" not in result.stdout
    assert "Example: tqa" in run("-h").stdout


def test_titles_and_surnames_name_a_speaker(home: Path) -> None:
    for name in ("Ambassador Kim", "kim", "Sung Kim", "AMBASSADOR SUNG KIM"):
        answer = json.loads(run("ask", "--json", CHINA, "--speaker", name).stdout)
        assert {c["speaker"] for c in answer["citations"]} == {"Sung Kim"}, name
    unknown = run("ask", CHINA, "--speaker", "Ambassador Lee")
    assert unknown.exit_code == 1 and "no speaker 'Ambassador Lee'" in unknown.stderr


@pytest.mark.parametrize("width", [60, 80, 120])
def test_answers_wrap_to_the_width(home: Path, width: int) -> None:
    answer = Answer.model_validate(json.loads(run("ask", "--json", CHINA).stdout))
    text = ANSI.sub("", render_answer(answer, width))
    for line in text.splitlines():
        if ":" in line and line.strip().endswith(tuple("0123456789")):
            continue  # a file:start-end line is not broken
        assert len(line) <= width, line
    assert "very important role" in text.replace("\n    ", " ")
    # Lines break at spaces only: "Six-" above "Party" would read as a break the words lack.
    hyphens = answer.citations[0].model_copy(update={"quote": "the Six-Party Talks " * 12})
    text = ANSI.sub("", render_answer(answer.model_copy(update={"citations": [hyphens]}), width))
    assert "-\n" not in text


def test_colour_on_a_terminal_only_and_never_with_no_color(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = run("ask", CHINA)
    assert not ANSI.search(piped.stdout)
    coloured = run("ask", CHINA, color=True)
    assert ANSI.search(coloured.stdout)
    assert not ANSI.search(run("--no-color", "ask", CHINA, color=True).stdout)
    assert not ANSI.search(run("ask", "--no-color", CHINA, color=True).stdout)
    monkeypatch.setenv("NO_COLOR", "1")
    assert not ANSI.search(run("ask", CHINA, color=True).stdout)


def test_the_log_records_and_finds_what_was_asked(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQA_LOG_QUESTIONS", "true")
    assert run("log").stdout.strip() == "Nothing asked yet."
    run("ask", CHINA)
    run("ask", "What did Kim say about Mr. Goto?", "--history", CHINA)
    entries = json.loads(run("log", "--json").stdout)
    assert [e["question"] for e in entries] == ["What did Kim say about Mr. Goto?", CHINA]
    assert entries[0]["history"] == [CHINA] and entries[0]["via"] == "cli"
    assert entries[1]["answer"]["citations"]
    found = run("log", "-q", "Goto").stdout
    assert "Mr. Goto" in found and CHINA not in found
    monkeypatch.setenv("TQA_LOG_QUESTIONS", "false")
    run("ask", "What did Kim say about sanctions?")
    assert len(json.loads(run("log", "--json").stdout)) == 2


def test_the_log_migrates_an_empty_database(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite3"
    import sqlite3

    sqlite3.connect(path).close()  # an empty file: no tables yet
    log = QuestionLog(path)
    QuestionLog(path)  # a second open runs nothing again
    with sqlite3.connect(path) as db:
        done = [r[0] for r in db.execute("SELECT name FROM migrations")]
    assert done == [name for name, _ in MIGRATIONS]
    assert log.recent() == []


def test_remove_takes_one_document_out(home: Path) -> None:
    result = run("remove", "001_4b14e850cf881111.txt")
    assert result.exit_code == 0 and result.stdout.startswith("removed ")
    rows = json.loads(run("sources", "--json").stdout)
    assert [r["doc_id"] for r in rows] == ["000_c23640fa7ee989c1"]
    assert run("doctor").exit_code == 0
    missing = run("remove", "nope.txt")
    assert missing.exit_code == 1 and "no document 'nope.txt'" in missing.stderr


def test_feedback_export_says_when_there_is_nothing(home: Path) -> None:
    result = run("feedback", "export")
    assert result.exit_code == 0 and result.stdout == ""
    assert "nothing to export" in result.stderr


def test_config_files_env_and_where_each_setting_came_from(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    (home / "config.toml").write_text("[answer]\ntop_k = 6\nmax_quotes = 2\n")
    (work / "tqa.toml").write_text("[answer]\ntop_k = 5\n")
    monkeypatch.setenv("TQA_ANSWER__EXTRA_QUOTE_RATIO", "0.1")
    rows = {r["key"]: r for r in json.loads(run("config", "show", "--json").stdout)}
    assert rows["answer.top_k"]["value"] == "5"
    assert rows["answer.top_k"]["source"] == str(work / "tqa.toml")
    assert rows["answer.max_quotes"]["value"] == "2"
    assert rows["answer.max_quotes"]["source"] == str(home / "config.toml")
    assert rows["answer.extra_quote_ratio"]["source"] == "env TQA_ANSWER__EXTRA_QUOTE_RATIO"
    assert rows["answer.window_sentences"]["source"] == "default"
    assert rows["llm.api_key"]["value"] == "unset"
    answer = json.loads(run("ask", "--json", CHINA).stdout)
    assert len(answer["citations"]) <= 2  # max_quotes from config.toml

    (work / "tqa.toml").write_text("[answer]\ntopk = 5\n")
    bad = run("ask", CHINA)
    assert bad.exit_code == 1
    assert bad.stderr.strip() == (
        f"Error: {work / 'tqa.toml'}: unknown setting 'answer.topk' (see `tqa config show`)"
    )
    (work / "tqa.toml").write_text("[answer]\ntop_k = 500\n")
    assert "answer.top_k: Input should be less than or equal to 50" in run("ask", CHINA).stderr
    (work / "tqa.toml").write_text("[answer\n")
    assert "tqa.toml: not valid TOML" in run("ask", CHINA).stderr


def test_abstaining_on_an_absent_person_names_them_without_titles(home: Path) -> None:
    answer = json.loads(
        run("ask", "--json", "What did President Putin say about sanctions?").stdout
    )
    assert answer["abstained"]
    assert answer["answer"] == (
        "Nobody named Putin speaks in the transcripts, and no speaker mentions that name."
    )
