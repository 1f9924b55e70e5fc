"""Slack rendering on its own: escaping and Slack's block limits."""

from __future__ import annotations

from bot.slack.render import MAX_BLOCKS, answer_blocks, escape
from retrieval.models import Answer, Citation


def cite(n: int, quote: str) -> Citation:
    return Citation(
        n=n,
        quote=quote,
        speaker="Pat <Doe>",
        role="official",
        doc_id="d",
        title="T & Co",
        date="2024-03-01",
        source="x.txt",
        start=0,
        end=len(quote),
    )


def test_escape_neutralises_markup_and_mass_mentions() -> None:
    out = escape("<!channel> @here & <@U123> @Everyone <https://x|y>")
    assert "<" not in out and ">" not in out and "&amp;" in out
    assert "@here" not in out and "@Everyone" not in out


def test_many_quotes_stay_within_fifty_blocks_and_say_what_was_left_out() -> None:
    answer = Answer(
        question="q",
        answer="Lead:",
        abstained=False,
        citations=[cite(i + 1, f"Quote number {i}.") for i in range(40)],
    )
    blocks = answer_blocks(answer, "answer-id")
    assert len(blocks) <= MAX_BLOCKS
    assert blocks[-1]["type"] == "actions"
    note = blocks[-2]["elements"][0]["text"]
    assert "more quotes left out" in note
    assert "Pat &lt;Doe&gt;" in str(blocks) and "T &amp; Co" in str(blocks)
