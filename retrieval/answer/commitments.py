"""Questions that ask what a meeting left to do ("What are the action items?") and passages
that give someone a task or take one on.

A meeting's action items are rarely called so: they are said as "I'll have it by Thursday.",
"Kenji, can you set up the dashboard?", "Lena owns the flag.". So the question's own words for
them ask nothing of the transcripts; for such a question the passages that give or take a task
go first, and where none of the retrieved passages does, the answer says so. The words are
English's closed forms of a task given or taken, not fitted to any question or corpus.
"""

from __future__ import annotations

import re

# The names a meeting's outcome goes by: "action items", "next steps", "to-dos", "follow-ups"
# (not a reporter's "follow-up question"), "who is doing what".
_ASKS = re.compile(
    r"\b(?:action\s+(?:items?|points?)|next\s+steps?|to-?dos?|follow-?\s?ups?(?!\s+questions?)"
    r"|(?:tasks?|assignments?)\s+(?:were|was|are|is)\s+(?:given|assigned|handed)"
    r"|who(?:['’]s|\s+is|\s+will\s+be)?\s+(?:doing|owns?|owning|taking)\s+what)\b",
    re.IGNORECASE,
)
# Said, not done: a speaker saying or showing something in the meeting ("I'll be honest", "we'll
# see", "I'll go over the results", a chair's "We'll now go to Mrs. Stubbs", "Let me first
# express our condolences"), or asked to ("can you tell us", "could you explain").
_SPEECH = (
    r"(?:be|see|say|tell|admit|just|ask|start|begin|talk|speak|give\s+(?:you|us)|discuss|present"
    r"|show|go\s+over|go\s+to|now|turn|hand|move|continue|close|look\s+at|explain|walk|share"
    r"|describe|elaborate|comment|clarify|express|thank|add|note|first|also|briefly|answer"
    r"|respond|reply|stress|emphasi[sz]e|repeat|take\s+(?:\w+\s+)?questions|take\s+a\s+(?:short\s+)?break)\b"
)
# Asking someone to do something: "Kenji, can you set up the dashboard?", not how they could
# ("how can you make sure ...?"; "would you" asks what they want: "What price would you
# want?"). The one task a question gives.
_REQUEST = (
    r"\b(?:let\s+me|(?<!how\s)(?<!why\s)(?<!what\s)(?<!where\s)(?<!when\s)(?:can|could)\s+you)"
    rf"\s+(?!{_SPEECH})[a-z]+"
)
# Taking a task on ("I'll write the announcement", "we're going to rerun it") or being given one
# ("you'll send the slides"); "can" is left out ("I can live with a cap" takes nothing on).
_WILL = r"(?:['’]ll|\s+will|\s+shall|(?:\s+(?:am|are)|['’](?:m|re))\s+(?:going\s+to|gonna))"
# Someone given a task by name ("Lena owns the flag", "Tom is on the screens"): a capitalised
# word that is no pronoun or determiner.
_NAMED = r"(?-i:(?!(?:It|This|That|These|Those|There|What|Which|Who|He|She|They)\b)[A-Z][a-z]+)"
_TASK = re.compile(
    rf"\b(?:I|we|you){_WILL}\s+(?!{_SPEECH})[a-z]+"
    rf"|{_REQUEST}"
    rf"|\b{_NAMED}\s+(?:owns|will\s+own|is\s+on|is\s+taking|takes)\b"
    r"|\b(?:action\s+items?|next\s+steps?|to-?dos?|follow(?:s|ing)?[\s-]up|owner|recap)\b"
    r"|\b(?:by|before)\s+(?:(?:next\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|week)"
    r"|tomorrow|tonight|(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|sprint))\b",
    re.IGNORECASE,
)
_ASKED = re.compile(_REQUEST, re.IGNORECASE)
# A sentence's end: a question asks about plans ("Will you visit the DPRK?") and gives no task
# but a request.
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def action_words(question: str) -> str:
    """The words asking what was left to do ("action items" of "What are the action items for
    the launch?"), or ""."""
    m = _ASKS.search(question)
    return m.group(0) if m else ""


def gives_task(text: str) -> bool:
    """The passage gives someone a task or takes one on."""
    return tasks_in(text) > 0


def tasks_in(text: str) -> int:
    """How many times the passage gives or takes a task (or names one's owner or deadline)."""
    count = 0
    for sentence in _SENTENCE.findall(text):
        forms = _ASKED if sentence.rstrip().endswith("?") else _TASK
        count += sum(1 for _ in forms.finditer(sentence))
    return count
