"""What a meeting left to do: "What are the action items?" is answered with the words that give
someone a task or take one on, and honestly not where no passage does."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.commitments import action_words, gives_task, tasks_in
from retrieval.answer.select import NO_TASKS
from retrieval.chain import Ask, Engine
from retrieval.index.manifest import Filters

from .conftest import FIXTURES, engine_over

VISION_SYNC = (
    "Vision group weekly sync\n\n"
    "Ana Souza: The ablation finished. Removing the depth branch costs four points.\n\n"
    "Chloe Martin: Reviewer two wrote that our gains might come from longer training. I would "
    "rather submit in June with a complete paper than rush it.\n\n"
    "Ben Osei: If the rerun comes in this week, March is realistic.\n\n"
    "Ana Souza: Dmitri, could you run the Segformer comparison?\n\n"
    "Dmitri Ivanov: Sure, I can have that by Thursday.\n\n"
    "Ana Souza: Okay, action items. Ben reruns the baseline with the cosine schedule. Chloe "
    "drafts the rebuttal and shares it by Friday.\n\n"
    "Chloe Martin: Nothing from me.\n"
)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("What are the action items?", "action items"),
        ("What were the next steps for the launch?", "next steps"),
        ("Which to-dos came out of the sync?", "to-dos"),
        ("What follow-ups were agreed?", "follow-ups"),
        ("Who is doing what?", "Who is doing what"),
        ("What did Kim say about the talks?", ""),
        ("What was the reporter's follow-up question?", ""),
        ("What did the team decide about the price?", ""),
    ],
)
def test_a_question_asks_what_was_left_to_do_in_english_s_words_for_it(
    question: str, words: str
) -> None:
    assert action_words(question) == words


@pytest.mark.parametrize(
    ("text", "gives"),
    [
        ("I'll refly the dunes on Tuesday morning.", True),
        ("We're going to rerun the baseline.", True),
        ("Dmitri, could you run the Segformer comparison?", True),
        ("Lena owns the flag, Tom owns the new screens.", True),
        ("Chloe drafts the rebuttal and shares it by Friday.", True),
        # Said or shown in the meeting, wanted, or of something else: no task.
        ("I'll be honest with you.", False),
        ("I'll go over the results first.", False),
        ("She'll talk for forty minutes and then we'll take questions.", False),
        ("We'll now go to Mrs. Stubbs.", False),
        ("Let me first express our deepest condolences.", False),
        ("Have you agreed how you are going to resume the talks?", False),
        ("But how can you make sure that they won't start it again?", False),
        ("Now I will take some questions.", False),
        ("Sure. Could you send it to finance by Friday?", True),
        ("Can you tell us more about that?", False),
        ("What price would you want?", False),
        ("I can live with a cap if the team tier is cheaper.", False),
        ("It takes time.", False),
        ("The price will go up next year.", False),
    ],
)
def test_a_passage_gives_or_takes_a_task_in_english_s_closed_forms(text: str, gives: bool) -> None:
    assert gives_task(text) is gives


def test_a_passage_with_a_task_and_its_deadline_counts_both() -> None:
    assert tasks_in("Sure, I'll have it by Thursday.") == 2
    assert tasks_in("Sure, I'll have it.") == 1


@pytest.fixture
def meetings(tmp_path: Path, embeddings) -> Engine:  # type: ignore[no-untyped-def]
    """The vision group's sync, a coastal survey's project meeting and a Fed press conference."""
    styles = FIXTURES / "styles"
    return engine_over(
        tmp_path,
        embeddings,
        VISION_SYNC,
        (styles / "coastal_survey_meeting.txt").read_text(encoding="utf-8"),
        (styles / "fomc_press_conference.txt").read_text(encoding="utf-8"),
    )


def _doc(engine: Engine, title_word: str) -> str:
    docs = engine.store.manifest.docs
    return next(d for d, doc in docs.items() if title_word in (doc["title"] or ""))


def test_the_action_items_of_a_meeting_are_the_words_that_give_or_take_its_tasks(
    meetings: Engine,
) -> None:
    coastal = _doc(meetings, "Coastal")
    answer = meetings.ask(Ask("What are the action items?", filters=Filters(doc_ids=(coastal,))))
    assert not answer.abstained
    quotes = [c.quote for c in answer.citations]
    assert all(gives_task(q) for q in quotes), quotes
    assert any("I'll refly the dunes on Tuesday morning" in q for q in quotes), quotes
    # "action items" are the question's words for what it asks, not words the meeting lacks.
    retrieved = meetings.retrieve(Ask("What are the next steps?"))
    assert retrieved.wants_actions and retrieved.topic_free
    assert retrieved.question_terms == set()


def test_a_meeting_named_by_its_title_gives_its_own_action_items(meetings: Engine) -> None:
    coastal = _doc(meetings, "Coastal")
    answer = meetings.ask(Ask("What are the action items from the coastal erosion survey meeting?"))
    assert answer.citations
    assert {c.doc_id for c in answer.citations} == {coastal}
    # The vision sync's list, asked of that meeting by its title.
    vision = _doc(meetings, "Vision")
    answer = meetings.ask(Ask("What were the next steps in the vision group sync?"))
    assert {c.doc_id for c in answer.citations} == {vision}
    assert any("Ben reruns the baseline" in c.quote for c in answer.citations)


def test_a_transcript_where_nobody_gives_or_takes_a_task_has_no_action_items(
    meetings: Engine,
) -> None:
    fomc = _doc(meetings, "Powell")
    answer = meetings.ask(Ask("What are the action items?", filters=Filters(doc_ids=(fomc,))))
    assert answer.abstained
    assert NO_TASKS in answer.answer
