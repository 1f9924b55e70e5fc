"""Answers as Slack Block Kit: escaped, numbered like the CLI, within Slack's limits."""

from __future__ import annotations

import re
from typing import Any

from bot.cli.render import source_line
from retrieval.models import Answer, Citation

MAX_SECTION_CHARS = 3000
MAX_BLOCKS = 50
WORKING = "answering…"
SORRY = "Sorry, something went wrong while answering. Please try again in a moment."
INTERRUPTED = "Sorry, I was interrupted before I could answer this. Please ask again."

_MASS = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Transcript text made inert for Slack: no markup, links or pings."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MASS.sub(lambda m: "@\u2060" + m.group(1), text)  # a word joiner breaks the ping


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _quote_block(c: Citation) -> tuple[dict, bool]:
    body = escape(c.quote)
    prefix, suffix = f"*[{c.n}]* ", ""
    room = MAX_SECTION_CHARS - len(prefix) - 80
    cut = len(body) > room
    if cut:
        body, suffix = body[:room].rsplit(" ", 1)[0], " … _(quote shortened for Slack)_"
    quoted = "\n".join("> " + line for line in (f"“{body}{'' if cut else '”'}").splitlines())
    return _section(prefix + "\n" + quoted + suffix), cut


def _source_line(c: Citation) -> str:
    parts = [
        f"*{escape(c.speaker)}* ({c.role})",
        escape(c.title),
        c.date or "undated",
        *([f"at {c.locator}"] if c.locator else []),
        f"`{escape(source_line(c))}`",
        *([f"<{c.url}|in context>"] if c.url else []),
    ]
    return " · ".join(parts)


def feedback_buttons(answer_id: str) -> dict:
    return {
        "type": "actions",
        "block_id": "tqa_feedback",
        "elements": [
            {
                "type": "button",
                "action_id": "tqa_feedback_up",
                "value": answer_id,
                "text": {"type": "plain_text", "text": "👍", "emoji": True},
            },
            {
                "type": "button",
                "action_id": "tqa_feedback_down",
                "value": answer_id,
                "text": {"type": "plain_text", "text": "👎", "emoji": True},
            },
        ],
    }


def answer_blocks(answer: Answer, answer_id: str | None = None) -> list[dict]:
    """Lead-in, one block quote and source line per citation, notes, 👍/👎."""
    blocks: list[dict] = []
    tail = [feedback_buttons(answer_id)] if answer_id else []
    if answer.abstained:
        blocks.append(_section(escape(answer.answer)))
        if answer.related:
            blocks.append(
                _context(
                    "Nearest passages (related, not an answer): "
                    + "; ".join(
                        f"{escape(c.speaker)}, {escape(c.title)}, `{escape(c.original or c.source)}`"
                        for c in answer.related
                    )
                )
            )
        return blocks + tail
    blocks.append(_section(f"*{escape(answer.answer.splitlines()[0])}*"))
    notes = []
    shown = 0
    for c in answer.citations:
        if len(blocks) + 2 + 1 + len(tail) > MAX_BLOCKS:
            break
        block, cut = _quote_block(c)
        blocks += [block, _context(_source_line(c))]
        shown += 1
        if cut:
            notes.append(
                f"quote [{c.n}] was shortened to fit Slack; the full text is "
                f"`{escape(c.source)}` characters {c.start}-{c.end}"
            )
    left = len(answer.citations) - shown
    if left:
        notes.append(
            f"{left} more quote{'s' if left > 1 else ''} left out (Slack's 50-block "
            "limit); `tqa ask` shows them all"
        )
    if notes:
        blocks.append(_context("Note: " + "; ".join(notes) + "."))
    return blocks + tail


def fallback_text(answer: Answer) -> str:
    """The notification text (shown where blocks are not)."""
    first = answer.answer.splitlines()[0] if answer.answer else ""
    return escape(first)[:300]


def plain(text: str) -> list[dict[str, Any]]:
    return [_section(escape(text))]
