"""Questions that ask for a figure ("How many planes were lost?") and passages that give one.

A quote that states no number cannot say how many; so, for such a question, quotes that state
a number go first, and when none of the selector's best few does, the answer abstains. "How
much" only puts figures first, never abstains: it may ask a degree ("How much does she trust
them?"). Dates are left out: a transcript's own date answers "On what date did she say ...?"
without a number in the quote. The words are English's closed classes of quantity words, not
fitted to any question.
"""

from __future__ import annotations

import re

# "how many", or "what/which [was the] [dollar] amount ...": the nouns that name a quantity;
# not after a verb ("What did Price say?" asks what Mr. Price said).
_FIGURE = re.compile(
    r"\b(?:how\s+many|(?:what|which)\s+(?:(?:is|was|are|were)\s+the\s+)?"
    r"(?:(?!(?:do|does|did|has|have|had|will|would|can|could|should|might|must)\b)\w+\s+)?"
    r"(?:number|percentage|share|price|cost|amount|total|sum|rate|figure|value))\b",
    re.IGNORECASE,
)
_HOW_MUCH = re.compile(r"\bhow\s+much\b", re.IGNORECASE)
_NUMBER = re.compile(
    r"\d|\b(?:zero|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty"
    r"|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|percent|twice|double"
    r"|(?:an?|one|two|three)\s+(?:thirds?|quarters?))\b",  # fractions: "about a third of the queue"
    re.IGNORECASE,
)
# How many of the selector's best candidates may hold the figure: chosen on press-dev (3, 5 and
# 8 within one abstention there; no answerable question lost at any of them).
BEST = 3


def asks_quantity(question: str) -> bool:
    """The answer is a figure, or may be ("how much")."""
    return bool(_FIGURE.search(question) or _HOW_MUCH.search(question))


def needs_figure(question: str) -> bool:
    """Only a figure answers it: "how many", "what price"."""
    return bool(_FIGURE.search(question))


def states_number(text: str) -> bool:
    return bool(_NUMBER.search(text))
