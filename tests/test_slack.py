"""Slack scenarios: the real Bolt app in a real `tqa slack` process, the real answer chain, signed
requests, and a local fake of Slack's Web API that records every call."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner
from slack_sdk.signature import SignatureVerifier

from bot.cli import cli
from retrieval.chain import Engine
from retrieval.index.generations import current_generation
from retrieval.index.ingest import ingest
from retrieval.settings import Settings

from .conftest import ROOT
from .fake_slack import FakeSlack

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token-4242"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Bot:
    """`tqa slack` as a subprocess, talking to the fake Web API."""

    def __init__(self, home: Path, fake: FakeSlack, log: Path, env: dict | None = None) -> None:
        self.home, self.fake, self.log = home, fake, log
        self.extra_env = env or {}
        self.proc: subprocess.Popen | None = None
        self.port = 0

    def start(self) -> Bot:
        self.port = free_port()
        env = {
            **os.environ,
            "TQA_HOME": str(self.home),
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "TQA_SLACK_API_URL": self.fake.api_url,
            **self.extra_env,
        }
        env.pop("SLACK_APP_TOKEN", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "slack", "--port", str(self.port)],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("ab"),
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, self.log.read_text()
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise AssertionError("tqa slack did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=20)

    def post(
        self,
        body: str,
        content_type: str,
        *,
        timestamp: int | None = None,
        secret: str = SECRET,
        retry: int | None = None,
    ) -> tuple[int, float]:
        ts = str(timestamp if timestamp is not None else int(time.time()))
        headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": SignatureVerifier(secret).generate_signature(
                timestamp=ts, body=body
            ),
        }
        if retry is not None:
            headers["X-Slack-Retry-Num"] = str(retry)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.port}/slack/events",
            data=body.encode(),
            headers=headers,
            method="POST",
        )
        started = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                status = resp.status
        except urllib.error.HTTPError as e:
            status = e.code
        return status, time.monotonic() - started

    def event(self, event: dict, event_id: str | None = None, **kw) -> tuple[int, float]:  # type: ignore[no-untyped-def]
        envelope = {
            "token": "legacy",
            "team_id": "T1",
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": event_id or f"Ev{uuid.uuid4().hex[:10]}",
            "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
            "event": event,
        }
        return self.post(json.dumps(envelope), "application/json", **kw)

    def form(self, fields: dict) -> tuple[int, float]:
        return self.post(urlencode(fields), "application/x-www-form-urlencoded")


def mention(text: str, ts: str, channel: str = "C1", thread_ts: str | None = None) -> dict:
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": f"<@UBOT> {text}",
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def message(text: str, ts: str, channel: str = "C1", **extra: str) -> dict:
    return {
        "type": "message",
        "user": "U1",
        "text": text,
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
        "channel_type": "channel",
        **extra,
    }


def block_text(call: dict) -> str:
    return json.dumps(call["body"].get("blocks", []), ensure_ascii=False)


def updates_in(fake: FakeSlack, channel: str) -> list[dict]:
    return [c for c in fake.to("chat.update") if c["body"]["channel"] == channel]


def posts_in(fake: FakeSlack, channel: str, thread_ts: str | None = None) -> list[dict]:
    return [
        c
        for c in fake.to("chat.postMessage")
        if c["body"]["channel"] == channel and c["body"].get("thread_ts") == thread_ts
    ]


def wait(predicate, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


@pytest.fixture(scope="module")
def bot_home(module_home: Path) -> Path:
    return module_home


@pytest.fixture(scope="module")
def bot(bot_home: Path, fake: FakeSlack, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    running = Bot(bot_home, fake, tmp_path_factory.mktemp("logs") / "bot.log").start()
    yield running
    running.stop()


def test_mention_is_acked_first_and_answered_in_one_threaded_message(
    bot: Bot, fake: FakeSlack
) -> None:
    status, took = bot.event(
        mention(
            "What role does China play in the Six-Party Talks?",
            "1800000001.000100",
            channel="CMENTION",
        )
    )
    acked = time.monotonic()
    assert status == 200 and took < 3.0
    wait(lambda: updates_in(fake, "CMENTION"))
    posts = posts_in(fake, "CMENTION", "1800000001.000100")
    assert len(posts) == 1 and posts[0]["body"]["text"] == "answering…"
    update = updates_in(fake, "CMENTION")[0]
    assert update["at"] > acked - took  # the answer came after the acknowledgement
    assert update["body"]["ts"] == fake.to("chat.postMessage")[-1]["body"].get(
        "ts", update["body"]["ts"]
    )
    text = block_text(update)
    assert "China has a very important role to play" in text
    assert "Sung Kim" in text and "000_c23640fa7ee989c1.txt" in text
    assert "tqa_feedback_up" in text and "tqa_feedback_down" in text
    assert update["headers"].get("Authorization") == f"Bearer {TOKEN}"


def test_thread_follow_up_needs_no_mention(bot: Bot, fake: FakeSlack) -> None:
    root = "1800000002.000100"
    bot.event(mention("What did Kim say about the abduction issue?", root, channel="CTHREAD"))
    wait(lambda: len(updates_in(fake, "CTHREAD")) == 1)
    bot.event(
        message("Who is coordinating it?", "1800000002.000200", channel="CTHREAD", thread_ts=root)
    )
    wait(lambda: len(updates_in(fake, "CTHREAD")) == 2)
    assert "abduct" in block_text(updates_in(fake, "CTHREAD")[1])  # read with the thread
    assert len(posts_in(fake, "CTHREAD", root)) == 2
    # Chatter outside a thread the bot answered in is left alone.
    bot.event(message("lunch?", "1800000002.000300", channel="CTHREAD"))
    bot.event(
        message(
            "and sanctions?", "1800000002.000400", channel="CTHREAD", thread_ts="1799999999.000100"
        )
    )
    time.sleep(1.0)
    assert len(updates_in(fake, "CTHREAD")) == 2


def test_direct_messages_keep_their_conversation(bot: Bot, fake: FakeSlack) -> None:
    dm = {"channel_type": "im"}
    bot.event(
        {
            **message("Does Kim plan to visit North Korea?", "1800000003.000100", channel="DKIM"),
            **dm,
        }
    )
    wait(lambda: len(updates_in(fake, "DKIM")) == 1)
    bot.event({**message("Is there any chance at all?", "1800000003.000200", channel="DKIM"), **dm})
    wait(lambda: len(updates_in(fake, "DKIM")) == 2)
    assert posts_in(fake, "DKIM")  # in the DM itself, not a thread
    assert "hypothetically dismiss all possibilities" in block_text(updates_in(fake, "DKIM")[1])


def test_slash_command_and_feedback_button_feed_the_export(
    bot: Bot, fake: FakeSlack, bot_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status, took = bot.form(
        {
            "token": "legacy",
            "team_id": "T1",
            "channel_id": "CSLASH",
            "user_id": "U1",
            "command": "/ask",
            "text": "What did Kim say about the comfort women issue?",
            "response_url": fake.response_url("slash1"),
            "trigger_id": "t1",
        }
    )
    assert status == 200 and took < 3.0
    calls = fake.wait_for("response:slash1", 2)
    assert calls[0]["body"]["text"] == "answering…"
    assert calls[0]["body"]["response_type"] == "in_channel"
    final = calls[1]["body"]
    assert final["replace_original"] is True and "comfort woman" in json.dumps(final["blocks"])
    actions = next(b for b in final["blocks"] if b["type"] == "actions")
    answer_id = actions["elements"][1]["value"]
    payload = {
        "type": "block_actions",
        "user": {"id": "U9"},
        "team": {"id": "T1"},
        "api_app_id": "A1",
        "trigger_id": "t2",
        "channel": {"id": "CSLASH"},
        "container": {"type": "message"},
        "response_url": fake.response_url("btn1"),
        "actions": [
            {
                "action_id": "tqa_feedback_down",
                "block_id": "tqa_feedback",
                "value": answer_id,
                "type": "button",
                "action_ts": "1",
            }
        ],
    }
    status, _ = bot.form({"payload": json.dumps(payload)})
    assert status == 200
    fake.wait_for("response:btn1")
    monkeypatch.setenv("TQA_HOME", str(bot_home))
    exported = CliRunner().invoke(cli, ["feedback", "export"], obj={}, catch_exceptions=False)
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [r["question"] for r in rows] == ["What did Kim say about the comfort women issue?"]
    assert rows[0]["rejected_quotes"] and "thumbs-down" in rows[0]["tags"]


def test_redelivered_events_are_answered_once_even_across_a_restart(
    bot: Bot, fake: FakeSlack
) -> None:
    event = mention("What did Kim say about Mr. Goto?", "1800000004.000100", channel="CRETRY")
    for retry in (None, 1, 2):
        assert bot.event(event, event_id="EvRETRY1", retry=retry)[0] == 200
    wait(lambda: updates_in(fake, "CRETRY"))
    time.sleep(1.0)
    assert len(posts_in(fake, "CRETRY", "1800000004.000100")) == 1
    bot.stop()
    bot.start()
    assert bot.event(event, event_id="EvRETRY1", retry=3)[0] == 200
    time.sleep(1.5)
    assert len(posts_in(fake, "CRETRY", "1800000004.000100")) == 1


def test_bad_and_stale_signatures_get_401_and_no_api_call(bot: Bot, fake: FakeSlack) -> None:
    before = len(fake.calls)
    assert bot.event(mention("sanctions?", "1800000005.000100", "CSIG"), secret="wrong")[0] == 401
    stale = int(time.time()) - 6 * 60
    assert bot.event(mention("sanctions?", "1800000005.000200", "CSIG"), timestamp=stale)[0] == 401
    time.sleep(0.5)
    assert len(fake.calls) == before


def test_bots_edits_and_subtypes_are_ignored(bot: Bot, fake: FakeSlack) -> None:
    dm = {"channel_type": "im"}
    bot.event(
        {**message("What about China?", "1800000006.000100", "DBOTS"), "bot_id": "BOTHER", **dm}
    )
    bot.event({**message("What about China?", "1800000006.000200", "DBOTS"), "user": "UBOT", **dm})
    bot.event(
        {
            "type": "message",
            "subtype": "message_changed",
            "channel": "DBOTS",
            "ts": "1800000006.000300",
            "channel_type": "im",
            "message": {"user": "U1", "text": "What about China?"},
        }
    )
    bot.event({**message("joined", "1800000006.000400", "DBOTS"), "subtype": "channel_join", **dm})
    time.sleep(1.5)
    assert not posts_in(fake, "DBOTS")


def test_rate_limited_post_is_retried_after_retry_after(bot: Bot, fake: FakeSlack) -> None:
    fake.fail("chat.postMessage", status=429, retry_after=1)
    bot.event(mention("What did Kim say about sanctions?", "1800000007.000100", "C429"))
    wait(lambda: updates_in(fake, "C429"))
    tries = [c for c in fake.attempts("chat.postMessage") if c["body"]["channel"] == "C429"]
    assert [c["status"] for c in tries] == [429, 200]
    assert tries[1]["at"] - tries[0]["at"] >= 0.9


def test_tokens_never_reach_the_logs(bot: Bot) -> None:
    log = bot.log.read_text()
    assert "listening on" in log
    assert TOKEN not in log and SECRET not in log


HAZARDS = """Briefing on Building Works
Pat Doe
Springfield, Illinois
March 1, 2024

PAT DOE: Good morning. Please tell <!channel> and @here and @everyone that the cafeteria & the <b>garden</b> will close on Friday for renovation.

QUESTION: How long will the renovation schedule run?

PAT DOE: The renovation schedule runs {long}.
"""


def test_transcript_text_is_escaped_and_long_answers_fit_slack(
    fake: FakeSlack, tmp_path: Path, embeddings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Slack's limits are under test, not abstention: the bot always answers here.
    monkeypatch.setenv("TQA_ANSWER__MIN_CONFIDENCE", "0")
    folder = tmp_path / "hazards"
    folder.mkdir()
    filler = ", and then ".join(f"through phase {i} of the east wing works" for i in range(90))
    (folder / "hazards.txt").write_text(HAZARDS.replace("{long}", filler))
    home = tmp_path / "home"
    ingest(Engine(Settings(home=home), embeddings=embeddings).store, [folder])
    bot = Bot(home, fake, tmp_path / "bot.log").start()
    try:
        bot.event(mention("Will the cafeteria close?", "1800000008.000100", "CHAZ"))
        wait(lambda: updates_in(fake, "CHAZ"))
        text = block_text(updates_in(fake, "CHAZ")[0])
        assert "cafeteria &amp; the &lt;b&gt;garden&lt;/b&gt;" in text
        assert "<!channel>" not in text and "&lt;!channel&gt;" in text
        assert "@here" not in text and "@everyone" not in text
        bot.event(
            mention("What did Pat Doe say about the east wing works?", "1800000008.000200", "CHAZ2")
        )
        wait(lambda: updates_in(fake, "CHAZ2"))
        blocks = updates_in(fake, "CHAZ2")[0]["body"]["blocks"]
        assert len(blocks) <= 50
        sections = [b["text"]["text"] for b in blocks if b["type"] == "section"]
        assert all(len(s) <= 3000 for s in sections)
        assert "shortened" in json.dumps(blocks)
    finally:
        bot.stop()


def test_an_internal_error_is_a_kind_message_and_the_bot_keeps_serving(
    fake: FakeSlack, corpus_home: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    shutil.copytree(corpus_home, home)
    # A damaged index: every answer fails inside the chain.
    shutil.rmtree(current_generation(home).lexical)
    bot = Bot(home, fake, tmp_path / "bot.log").start()
    try:
        for n, channel in enumerate(("CERR1", "CERR2")):
            bot.event(mention("What did Kim say about sanctions?", f"180000000{n}.000900", channel))
            wait(lambda channel=channel: updates_in(fake, channel))
            assert "Sorry, something went wrong" in block_text(updates_in(fake, channel)[0])
        assert bot.proc and bot.proc.poll() is None
        log = bot.log.read_text()
        assert "Traceback" in log and TOKEN not in log
    finally:
        bot.stop()


def test_missing_tokens_are_one_line_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    result = CliRunner().invoke(cli, ["slack"], obj={})
    assert result.exit_code != 0
    assert result.stderr.strip().startswith("Error: SLACK_BOT_TOKEN is not set")
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    result = CliRunner().invoke(cli, ["slack"], obj={})
    assert "SLACK_SIGNING_SECRET is not set" in result.stderr and TOKEN not in result.stderr


def test_http_mode_serves_many_requests_at_once(bot: Bot) -> None:
    challenge = json.dumps({"type": "url_verification", "challenge": "c" * 20, "token": "t"})
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=40) as pool:
        results = list(pool.map(lambda _: bot.post(challenge, "application/json")[0], range(120)))
    assert results == [200] * 120


def test_a_message_left_answering_is_finished_by_the_next_start(bot: Bot, fake: FakeSlack) -> None:
    # Slack keeps answering 429: the answer never replaces "answering…".
    fake.fail("chat.update", status=429, retry_after=0, times=4)
    bot.event(mention("What did Kim say about sanctions?", "1800000009.000100", "CLEFT"))
    wait(lambda: len([c for c in fake.attempts("chat.update")
                      if c["body"].get("channel") == "CLEFT"]) == 4)  # fmt: skip
    assert len(posts_in(fake, "CLEFT", "1800000009.000100")) == 1
    bot.stop()
    bot.start()
    wait(lambda: updates_in(fake, "CLEFT"))
    update = updates_in(fake, "CLEFT")[0]
    assert "interrupted before I could answer" in block_text(update)
    bot.stop()
    bot.start()
    time.sleep(1.0)
    assert len(updates_in(fake, "CLEFT")) == 1  # finished once


def test_a_rejected_token_or_unreachable_api_is_one_line(
    fake: FakeSlack, bot_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TQA_HOME", str(bot_home))
    monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
    monkeypatch.delenv("SLACK_APP_TOKEN", raising=False)
    monkeypatch.setenv("TQA_SLACK_API_URL", fake.api_url)
    fake.refuse("auth.test", "invalid_auth")
    try:
        result = CliRunner().invoke(cli, ["slack", "--port", str(free_port())], obj={})
    finally:
        fake.refuse("auth.test", None)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: Slack rejected SLACK_BOT_TOKEN (invalid_auth): copy the Bot User OAuth Token "
        "(xoxb-...) again from OAuth & Permissions"
    )
    closed = f"http://127.0.0.1:{free_port()}/api/"
    monkeypatch.setenv("TQA_SLACK_API_URL", closed)
    result = CliRunner().invoke(cli, ["slack", "--port", str(free_port())], obj={})
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert f"cannot reach Slack's API at {closed}" in result.stderr
    assert TOKEN not in result.stderr
