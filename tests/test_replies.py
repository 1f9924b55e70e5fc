"""How an answer is cut around questions and replies: the reply to a question the user echoes,
past a word of the floor's; a question quoted with its own answer; a lead-in with what follows;
who asked, what an asker asked, and the response to someone's question."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.chain import Ask

from .conftest import FIXTURES, briefing_engine, engine_over


def test_an_answer_of_questions_alone_is_led_by_the_reply(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    # A committee member's question that is the user's own: the witness's reply leads (DESIGN.md:
    # the answer over the question text), and the question stays quoted after it.
    engine = engine_over(
        tmp_path,
        embeddings,
        "Health and Social Care Committee\nOral evidence, Tuesday 8 June 2021\n\n"
        "Q1 Chair: Good morning. Professor Whitty, when did you first realise this was serious?\n"
        "Professor Whitty: In late January, when the data from Wuhan came in.\n"
        "Q2 Dr Evans: Was the lockdown too late?\n"
        "Professor Whitty: With hindsight, earlier action would have reduced deaths.\n",
    )
    answer = engine.ask(Ask("Was the lockdown too late?"))
    first, *rest = answer.citations
    assert first.speaker == "Whitty" and first.quote.startswith("With hindsight")
    assert [c.quote for c in rest] == ["Was the lockdown too late?"]


def test_an_echo_is_answered_past_a_word_of_the_floor_s(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    # The chair passes the shareholder's question on ("That is an important question.
    # Martin?"): the reply is the chief executive's, not the chair's words after the echo.
    engine = engine_over(
        tmp_path,
        embeddings,
        "ANNUAL GENERAL MEETING\nThursday 16 May 2024\n\n"
        "THE CHAIR: I will now take questions from shareholders.\n\n"
        "MS KIM: Rachel Kim, representing ShareAction. Will the company set a target for "
        "reducing plastic packaging?\n\n"
        "THE CHAIR: That is an important question. Martin?\n\n"
        "MR OSEI: Yes. We will cut virgin plastic in our packaging by half by 2028.\n\n"
        "MR BAIRD: Why is the chief executive's bonus higher when profit fell?\n\n"
        "THE CHAIR: The profit element paid nothing this year.\n",
    )
    answer = engine.ask(Ask("Will the company set a target for reducing plastic packaging?"))
    assert answer.citations[0].speaker == "Osei"
    assert "virgin plastic" in answer.citations[0].quote
    # A word of the floor's that the asker answers is the reply: "Yes." after "Will you run?"
    (tmp_path / "short").mkdir()
    short = engine_over(
        tmp_path / "short",
        embeddings,
        "Q: Will the mayor run for a second term in the election next year?\n\n"
        "MAYOR PARK: Yes.\n\nQ: Why now, after saying last spring that you would not?\n\n"
        "MAYOR PARK: Because the transit plan is not finished yet.\n",
    )
    answer = short.ask(Ask("Will the mayor run for a second term in the election next year?"))
    assert answer.citations[0].quote == "Yes."


def test_a_lead_in_too_short_to_say_anything_is_quoted_with_what_follows(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    # "Two things." ends a chunk here, and the best candidate was that alone.
    engine = engine_over(tmp_path, embeddings, _DISCOVERY_CALL)
    answer = engine.ask(Ask("What would Helen need to see before switching tools?"))
    first = answer.citations[0]
    assert first.speaker == "Helen Ward"
    assert first.quote.startswith("Two things. It has to connect to our SAP system")


_DISCOVERY_CALL = """Customer discovery call — Lumen Analytics x Brightwater Foods
Recorded March 4, 2025

Speaker 1 (00:00:02): Thanks for making time. I'm Priya Shah, I lead product at Lumen. This is my colleague.

Speaker 2 (00:00:09): Hi, I'm Marco Diaz, I'm on the sales side.

Speaker 3 (00:00:14): Hello. My name is Helen Ward, I run demand planning at Brightwater.

Speaker 1 (00:00:20): Great. Helen, can you walk us through how you forecast demand today?

Speaker 3 (00:00:26): Honestly, it's spreadsheets. We have about 1,200 products and three planners. Every Monday we pull last year's sales, adjust for promotions by hand, and send the numbers to the plants. It takes most of Monday and Tuesday.

Speaker 2 (00:00:51): And how accurate is that?

Speaker 3 (00:00:55): On the top 100 products we're within 15 percent most weeks. On the long tail it's much worse. Last summer we ran out of our best-selling iced tea for three weeks because a heatwave wasn't in anyone's spreadsheet.

Speaker 1 (00:01:20): What would you need to see before switching tools?

Speaker 3 (00:01:25): Two things. It has to connect to our SAP system without a six-month IT project, and the planners have to be able to override the forecast and say why. If they can't, they won't trust it.

Speaker 2 (00:01:44): Is there a budget set aside for this?

Speaker 3 (00:01:48): Not this year. If we did a pilot, I'd have to find the money in the operations budget, maybe 40,000 dollars.

Speaker 1 (00:02:05): That's helpful. We'll send a proposal for a pilot on the beverage line by Friday.
"""


def test_a_quoted_reply_leads_the_question_it_answers(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    # The interviewer's question is the user's own and is quoted first; the reply, quoted too,
    # moves in front of it (the same quotes, in another order).
    engine = engine_over(
        tmp_path,
        embeddings,
        "INTERVIEWER: Some critics say the bank raised rates too slowly. Do you accept that?\n\n"
        "DR. SANTOS: In hindsight, yes, we could have moved earlier.\n\n"
        "INTERVIEWER: Will the bank cut rates in June?\n\n"
        "DR. SANTOS: I won't pre-announce a decision. The committee will look at the April "
        "and May data before it decides anything.\n\n"
        "INTERVIEWER: What keeps you up at night?\n\n"
        "DR. SANTOS: Honestly, the public debt, and refinancing it at higher rates.\n",
    )
    answer = engine.ask(Ask("Will the bank cut rates in June?"))
    quotes = [c.quote for c in answer.citations]
    assert quotes[0].startswith("I won't pre-announce a decision.")
    assert "Will the bank cut rates in June?" in quotes[1:]
    # Asked about the one who asked, the question stays first.
    asked = engine.ask(Ask("What did the interviewer ask about rates in June?"))
    assert asked.citations[0].quote == "Will the bank cut rates in June?"


# An asker put just what the user asks, and the reply was not among the quotes: an analyst's
# question, and a senator's holding most of the user's words ("When will the critical minerals
# strategy be released?"), though the answer is full and a quote makes room for the reply.
@pytest.mark.parametrize(
    ("fixture", "question", "replier", "reply", "asking", "asker"),
    [
        (
            "earnings_call.txt",
            "How sustainable is the margin improvement?",
            "Laura Chen",
            "We think about 100 of the 160 basis points",
            "What did the analyst ask about the margin improvement?",
            "Tom Becker",
        ),
        (
            "senate_estimates.txt",
            "When is the critical minerals strategy due out?",
            "Hartland",
            "We expect the minister to release it before the end of June.",
            "What did the senator ask about the critical minerals strategy?",
            "McKenzie",
        ),
    ],
)
def test_an_asker_s_echo_is_led_by_the_reply_even_when_it_was_not_quoted(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings, fixture, question, replier, reply, asking, asker
) -> None:
    text = (FIXTURES / "styles" / fixture).read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, text)
    answer = engine.ask(Ask(question))
    assert answer.citations[0].speaker == replier
    assert answer.citations[0].quote.startswith(reply)
    # Asked about the asking, the asker's question leads.
    asked = engine.ask(Ask(asking))
    assert asked.citations[0].speaker == asker


def test_a_member_s_echo_is_joined_by_the_reply_when_the_answer_has_room(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    # A hearing's members ask as participants. Beside a team's meeting, the witness's reply
    # was not among the quotes: the member's question led, then an unrelated sentence.
    hearing = (FIXTURES / "styles" / "house_hearing.txt").read_text(encoding="utf-8")
    meeting = (FIXTURES / "styles" / "retention_meeting.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, hearing, meeting)
    answer = engine.ask(Ask("How long did the witness say a permit should take?"))
    quotes = [c.quote for c in answer.citations]
    assert quotes[0] == "Sixty days would be reasonable."
    assert "How long should a permit take?" in quotes[1:]  # nothing was pushed out


def test_an_echo_followed_by_its_asker_s_reason_is_led_by_the_reply(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    # The colleague's question goes on past its question mark ("People ... want to know"), so
    # the quote ends on no question; it still asks, and the reply leads.
    engine = engine_over(
        tmp_path,
        embeddings,
        "Quarterly Town Call\nMarch 3, 2025\n\n"
        "Dana Whitfield (00:00:15):\nWe are closing the Dayton facility at the end of June. "
        "Every Dayton employee has been offered a role in Columbus or a relocation package.\n\n"
        "Marcus Bell (00:00:41):\nDana, what does the relocation package actually include? "
        "People in my team want to know before they decide.\n\n"
        "Dana Whitfield (00:00:49):\nIt covers moving costs up to twelve thousand dollars and "
        "three months of temporary housing.\n\n"
        "Priya Nair (00:01:20):\nThe new routing software goes live in Columbus on May 12th.\n",
    )
    answer = engine.ask(Ask("What does the relocation package include?"))
    assert answer.citations[0].speaker == "Dana Whitfield"
    assert answer.citations[0].quote.startswith("It covers moving costs")


def test_a_question_its_speaker_answers_is_quoted_with_the_answer(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    # The President repeats the reporter's question, then answers it in the same turn: the
    # echo alone says nothing, so the sentence after it is quoted with it.
    engine = briefing_engine(
        tmp_path,
        embeddings,
        "Q. Mr. President, what is your opinion of companies that want to do business with "
        "Iran again?\n"
        "The President. My opinion of companies that want to do business with Iran again? "
        "I hope they do it by long distance. We have other things to settle first.\n",
    )
    answer = engine.ask(
        Ask("What is the President's opinion of companies doing business with Iran?")
    )
    assert answer.citations[0].quote == (
        "My opinion of companies that want to do business with Iran again? "
        "I hope they do it by long distance."
    )
    assert answer.citations[0].speaker == "Jane Doe"


def test_who_asked_or_what_a_reporter_asked_is_answered_by_the_asker(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    # The reporter's words are what "Who asked ...?" wants: not marked down as an asker's, and
    # the spokesperson's reply does not lead.
    text = (FIXTURES / "styles" / "mea_briefing.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, text)
    answer = engine.ask(Ask("Who asked about Indians fighting for Russia?"))
    assert (answer.citations[0].speaker, answer.citations[0].role) == ("Sidhant Sibal", "reporter")
    assert answer.citations[0].quote.startswith("There are reports of Indian nationals")
    said = engine.ask(Ask("What did the spokesperson say about Indians fighting for Russia?"))
    assert said.citations[0].speaker == "Randhir Jaiswal"
    # Whoever asked is whom the question is about: the spokesperson's reply had led.
    answer = engine.ask(Ask("What did the journalist ask about the navy veterans?"))
    assert (answer.citations[0].speaker, answer.citations[0].role) == ("Rezaul Laskar", "reporter")
    visit = engine.ask(Ask("What did a reporter ask about the UAE visit?"))
    assert visit.citations[0].speaker == "Sidhant Sibal"


def test_who_asked_in_a_parliament_is_answered_by_the_member_who_asked(  # type: ignore[no-untyped-def]
    tmp_path: Path, embeddings
) -> None:
    # Members ask as participants: the minister's reply, which repeats the question's words,
    # had led. Something raised but never asked is still answered by who raised it.
    commons = (FIXTURES / "styles" / "commons_oral_questions.txt").read_text(encoding="utf-8")
    minutes = (FIXTURES / "styles" / "budget_committee_minutes.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, commons, minutes)
    answer = engine.ask(Ask("Who asked about dental vans?"))
    assert answer.citations[0].speaker == "Caroline Johnson"
    assert answer.citations[0].quote.endswith("mobile dental vans for rural communities?")
    raised = engine.ask(Ask("Who asked about the heating contract?"))
    assert raised.citations[0].speaker == "Mark King"


def test_the_response_to_someone_s_question_is_the_turn_after_it(
    tmp_path: Path, embeddings
) -> None:  # type: ignore[no-untyped-def]
    from retrieval.answer.replies import answering, nothing_else, replied_to, without_reply

    assert replied_to("What was the response to Dutton's question?") == "Dutton"
    assert replied_to("What was the answer to the Leader of the Opposition's questions?") == (
        "the Leader of the Opposition"
    )
    # Who answered named too: "Albanese's answer to Dutton", "say in reply to Dutton".
    assert replied_to("How did Albanese respond to Dutton?") == "Dutton"
    assert replied_to("What was Easterly's answer to Rubio?") == "Rubio"
    assert replied_to("What did the Minister reply to the Member for Dwyfor Meirionnydd?") == (
        "the Member for Dwyfor Meirionnydd"
    )
    assert replied_to("How did WJEC respond to the criticisms from Estyn?") == ""
    # What someone named thought of another's point: their words after the other's.
    hannah = "What did Hannah think about Marcus's argument?"
    assert replied_to(hannah, answerer_named=True) == "Marcus"
    assert replied_to(hannah) == ""  # "the team think of ..." names nobody who replied
    # ... or agreed with it, supported or rejected it (it had been abstained on).
    assert replied_to("Did Ben agree with Dana's idea?", answerer_named=True) == "Dana"
    assert replied_to("Did Amara support Ben's proposal?", answerer_named=True) == "Ben"
    assert replied_to("Did Kim like the idea?", answerer_named=True) == ""
    assert without_reply(hannah).split() == ["What", "did", "Hannah", "?"]
    assert without_reply("What did Kwame say in reply to Mei?").split() == [
        "What", "did", "Kwame", "say", "?"
    ]  # fmt: skip
    assert nothing_else("What was the response to Dutton's question?")
    assert not nothing_else("What was the response to Dutton's question about power bills?")
    # The question names who asked, not who answered: it had been abstained on (a question
    # naming nobody who speaks, searched everywhere).
    text = (FIXTURES / "styles" / "nz_oral_questions.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, text)
    for question in (
        "What was the response to Luxon's question?",
        "What was the answer to Dr Reti's question?",
    ):
        answer = engine.ask(Ask(question))
        assert not answer.abstained, question
    answer = engine.ask(Ask("What was the response to Seymour's question?"))
    assert answer.citations[0].speaker == "Chris Hipkins"
    assert answer.citations[0].quote.startswith("About 14,000")
    answer = engine.ask(Ask("What was the answer to Dr Reti's question?"))
    assert answer.citations[0].speaker == "Ayesha Verrall"
    # Who answered and whom: the words of the one, after the other's (both had been
    # abstained on: a question about "Seymour", held to Hipkins's words).
    for question in (
        "What was Hipkins's answer to Seymour?",
        "What did Hipkins say in reply to Seymour?",
        "What did Hipkins tell Seymour?",  # whom it was said to: held to Hipkins's words only
    ):
        answer = engine.ask(Ask(question))
        assert answer.citations[0].quote.startswith("About 14,000"), question
    # A reply follows a turn that asks: after another Seymour's "We'll open public comment."
    # a council's next speaker had led (asked of the styles set).
    from types import SimpleNamespace as Span

    spans = [
        Span(doc_id="nz", turn=4, speaker="David Seymour", asks=True),
        Span(doc_id="nz", turn=5, speaker="Chris Hipkins", asks=False),
        Span(doc_id="council", turn=0, speaker="David Seymour", asks=False),
        Span(doc_id="council", turn=1, speaker="Ann Green", asks=False),
    ]
    assert answering(spans, ["David Seymour"], [3, 1, 0, 2], lambda s: s.asks) == [1]


def test_what_someone_thought_of_another_s_point_is_their_reply(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    text = (FIXTURES / "styles" / "checkout_redesign_meet.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, text)
    answer = engine.ask(Ask("What did Hannah think about Marcus's argument?"))
    # Her turn after his: it had quoted her asking for his view ("Marcus, what do you think").
    assert answer.citations[0].quote.startswith("I agree with Marcus.")


def test_the_reply_to_an_echo_may_open_the_next_chunk(tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    # The chairman's "How long should a permit take?" ends a chunk, and the witness's reply
    # opens the next, which the search does not bring (one chunk read, as of a corpus where
    # others come closer): the reply still leads, read from that chunk.
    text = (FIXTURES / "styles" / "house_hearing.txt").read_text(encoding="utf-8")
    engine = engine_over(tmp_path, embeddings, text)
    ask = Ask("How long did the witness say a permit should take?", top_k=1)
    retrieved = engine.retrieve(ask)
    assert not any("Sixty days" in retrieved.words(s.start, s.end, s.doc_id)
                   for s in retrieved.sentences)  # fmt: skip
    answer = engine.ask(ask)
    assert answer.citations[0].speaker == "Joan Carter"
    assert answer.citations[0].quote == "Sixty days would be reasonable."
    assert answer.citations[1].quote == "How long should a permit take?"
