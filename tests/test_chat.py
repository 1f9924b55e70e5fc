"""`tqa chat` in a pseudo-terminal (pexpect): line editing, history across sessions, commands."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from .conftest import ROOT  # noqa: E402

UP, CTRL_C, CTRL_D = "\x1b[A", "\x03", "\x04"


def start(home: Path):  # type: ignore[no-untyped-def]
    env = {**os.environ, "TQA_HOME": str(home), "TQA_NO_SERVER": "1", "NO_COLOR": "1",
           "PROMPT_TOOLKIT_NO_CPR": "1"}  # fmt: skip
    env.pop("TQA_DEBUG", None)
    child = pexpect.spawn(
        sys.executable, ["-m", "bot", "chat"], cwd=str(ROOT), env=env, encoding="utf-8",
        timeout=60, dimensions=(40, 100),
    )  # fmt: skip
    child.expect("/help lists commands")
    child.expect("you>")
    return child


@pytest.fixture
def home(corpus_home: Path, tmp_path: Path) -> Path:
    target = tmp_path / "home"
    shutil.copytree(corpus_home, target)
    return target


def test_editing_history_and_commands_in_a_terminal(home: Path) -> None:
    child = start(home)
    child.send("What did Kim say about the abduction issue?\r")
    child.expect("Sung Kim")
    child.expect("you>")
    # Ctrl-C cancels a half-typed line and the chat goes on.
    child.send("something I regret" + CTRL_C)
    child.expect("you>")
    child.send("/speaker Ambassador Kim\r")
    child.expect("speaker: Ambassador Kim")
    child.expect("you>")
    child.send("/help\r")
    child.expect("/clear")
    child.expect("you>")
    child.send(CTRL_D)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    # The next session remembers the question: ↑ brings it back, editing keys work.
    child = start(home)
    child.send(UP * 3)  # past /help and /speaker
    child.expect("abduction issue")
    child.send("\x01")  # Ctrl-A: to the start of the line
    child.send("\x0b")  # Ctrl-K: delete to the end
    child.send("Who is coordinating it?\r")
    child.expect(r"\[1\]")
    child.expect("you>")
    child.send("/quit\r")
    child.expect(pexpect.EOF)
    history = (home / "chat_history").read_text()
    assert "abduction issue" in history and "Who is coordinating it?" in history
