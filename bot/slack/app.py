"""The Slack app (Bolt): mentions, thread follow-ups, DMs, `/ask`, and 👍/👎 feedback.

Slack gets its acknowledgement first (Bolt acks events itself; `/ask` and buttons call `ack()`
first); answering happens after, into one message that says "answering…" and is then updated.
"""

from __future__ import annotations

import html
import logging
import re
import threading
from typing import Any

from bot.slack.render import INTERRUPTED, SORRY, WORKING, answer_blocks, fallback_text, plain
from bot.slack.store import SlackStore

log = logging.getLogger("tqa.slack")
_MENTION = re.compile(r"<@[A-Z0-9]+>")
EMPTY = "Ask me about the transcripts, e.g. “What did the ambassador say about China’s role?”"


class Answerer:
    """Turns a Slack message into an answer posted in place of an "answering…" message."""

    def __init__(self, engine: Any, store: SlackStore) -> None:
        self.engine = engine
        self.store = store
        self._lock = threading.Lock()  # one question at a time through the engine

    def answer(self, question: str, conversation: str) -> tuple[Any, str]:
        from retrieval.chain import Ask

        history = self.store.history(conversation)
        with self._lock:
            result = self.engine.ask(Ask(question, tuple(history)))
        return result, self.store.record(conversation, question, history, result)

    def reply(
        self, client: Any, channel: str, thread_ts: str | None, conversation: str, question: str
    ) -> None:
        working = client.chat_postMessage(
            channel=channel, thread_ts=thread_ts, text=WORKING, blocks=plain(WORKING)
        )
        ts = working["ts"]
        self.store.pending(channel, ts)
        try:
            if not question:
                text, blocks = EMPTY, plain(EMPTY)
            else:
                result, answer_id = self.answer(question, conversation)
                text, blocks = fallback_text(result), answer_blocks(result, answer_id)
        except Exception:
            log.exception("answering %r failed", question[:200])
            text, blocks = SORRY, plain(SORRY)
        client.chat_update(channel=channel, ts=ts, text=text, blocks=blocks)
        self.store.answered(channel, ts)


def apologise_for_unanswered(client: Any, store: SlackStore) -> int:
    """Finish the "answering…" messages an earlier run left behind; how many were finished."""
    finished = 0
    for channel, ts in store.unanswered():
        try:
            client.chat_update(channel=channel, ts=ts, text=INTERRUPTED, blocks=plain(INTERRUPTED))
            finished += 1
        except Exception as e:  # deleted message, archived channel: nothing more to do
            log.warning("could not finish message %s in %s: %s", ts, channel, e)
        store.answered(channel, ts)
    return finished


def question_text(text: str) -> str:
    """The question in a Slack message: mentions removed, Slack's escaping undone."""
    return html.unescape(_MENTION.sub(" ", text or "")).strip()


class ClientGiven(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that the client we give it (which carries
    that token, our API URL and our retry policy) wins over it: true, and nothing to act on."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def create_app(settings: Any, engine: Any, store: SlackStore, client: Any = None) -> Any:
    """The Bolt app. Building it calls Slack's `auth.test` (through `client`'s base URL)."""
    from slack_bolt import App
    from slack_sdk import WebClient
    from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

    slack = settings.slack
    if client is None:
        token = slack.bot_token.get_secret_value() if slack.bot_token else None
        client = WebClient(token=token, base_url=slack.api_url)
    # A 429 is retried after its Retry-After.
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    socket_mode = slack.app_token is not None
    bolt_log = logging.getLogger("tqa.slack.bolt")
    if not any(isinstance(f, ClientGiven) for f in bolt_log.filters):
        bolt_log.addFilter(ClientGiven())
    app = App(
        client=client,
        signing_secret=slack.signing_secret.get_secret_value() if slack.signing_secret else None,
        request_verification_enabled=not socket_mode,
        logger=bolt_log,
    )
    answerer = Answerer(engine, store)
    if finished := apologise_for_unanswered(client, store):
        log.info("finished %d message(s) left answering by an earlier run", finished)

    def fresh(body: dict) -> bool:
        event_id = body.get("event_id")
        return not event_id or store.first_time(event_id)

    def from_a_person(event: dict) -> bool:
        # Bots (this one included), edits, joins and other subtypes are not questions.
        return not event.get("bot_id") and not event.get("subtype") and bool(event.get("user"))

    @app.event("app_mention")
    def on_mention(body: dict, event: dict, client: Any) -> None:
        if not fresh(body) or not from_a_person(event):
            return
        root = event.get("thread_ts") or event["ts"]
        answerer.reply(
            client,
            event["channel"],
            root,
            f"{event['channel']}:{root}",
            question_text(event.get("text", "")),
        )

    @app.event("message")
    def on_message(body: dict, event: dict, client: Any, context: Any) -> None:
        if not from_a_person(event) or event.get("user") == context.bot_user_id:
            return
        text = event.get("text", "")
        if context.bot_user_id and f"<@{context.bot_user_id}>" in text:
            return  # the app_mention event answers it
        if event.get("channel_type") == "im":
            if fresh(body):
                answerer.reply(
                    client,
                    event["channel"],
                    event.get("thread_ts"),
                    f"im:{event['channel']}",
                    question_text(text),
                )
            return
        root = event.get("thread_ts")
        conversation = f"{event['channel']}:{root}"
        # A reply in a thread the bot answered in is a follow-up; other chatter is not ours.
        if root and store.knows(conversation) and fresh(body):
            answerer.reply(client, event["channel"], root, conversation, question_text(text))

    @app.command("/ask")
    def on_ask(ack: Any, command: dict, respond: Any) -> None:
        ack()
        kind = "ephemeral" if slack.ephemeral_slash else "in_channel"
        question = question_text(command.get("text", ""))
        if not question:
            respond(response_type="ephemeral", text=EMPTY)
            return
        respond(response_type=kind, text=WORKING, blocks=plain(WORKING))
        try:
            result, answer_id = answerer.answer(question, f"slash:{command['channel_id']}")
            text, blocks = fallback_text(result), answer_blocks(result, answer_id)
        except Exception:
            log.exception("answering /ask %r failed", question[:200])
            text, blocks = SORRY, plain(SORRY)
        respond(response_type=kind, replace_original=True, text=text, blocks=blocks)

    def feedback(vote: int) -> Any:
        def on_click(ack: Any, body: dict, action: dict, respond: Any) -> None:
            ack()
            user = body.get("user", {}).get("id", "")
            if store.vote(action.get("value", ""), user, vote):
                respond(
                    response_type="ephemeral",
                    replace_original=False,
                    text="Thanks, your feedback is recorded.",
                )

        return on_click

    app.action("tqa_feedback_up")(feedback(+1))
    app.action("tqa_feedback_down")(feedback(-1))
    return app
