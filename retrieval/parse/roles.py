"""Who a transcript's speakers are to one another: officials and reporters, chairs and
participants, interviewers, and the principal speaker."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from retrieval.parse.speakers import is_numbered


@dataclass(frozen=True)
class Turn:
    speaker: str
    role: str
    start: int  # offsets of the spoken text (label excluded) in the file's text
    end: int
    label: str = ""


def assign_roles(turns: list[Turn], text: str, featured: str | None = None) -> list[Turn]:
    """Roles that depend on the whole transcript.

    With reporters' labels (`Q.`, `QUESTION:`) the named speakers are the officials answering
    them. Without, three or more named speakers (or two and a chair) make a meeting, where
    everybody but the chair is a participant; with two, the one who only asks is the
    interviewer, or the one who asks whom the title features (`featured`) often.
    """
    # A host named with their role once ("STEVE INSKEEP, HOST:") hosts under "INSKEEP:" too;
    # so does one who only gives the floor ("MICHELLE SMITH. Steve.").
    hosts = {t.speaker for t in turns if t.role == "moderator"} | _floor_givers(turns, text)
    turns = [replace(t, role="moderator") if t.speaker in hosts else t for t in turns]
    if _askers_answer(turns, text):
        # A user study's "Participant:" (an asker's label at a town hall) answering its
        # "Facilitator:", who asks.
        return _mark_interviewers(
            [replace(t, role="official") if t.role == "reporter" else t for t in turns], text
        )
    if turns and all(t.role == "reporter" for t in turns):
        # Askers' labels only: a user study's "Interviewer:" and "Participant:". The one who
        # answers is answering.
        marked = _mark_interviewers([replace(t, role="official") for t in turns], text)
        if any(t.role == "reporter" for t in marked):
            return marked
    if not any(t.role == "reporter" for t in turns):
        turns = (
            _introduced_askers(turns, text)
            or _numbered_askers(turns, text)
            or _answering_officials(turns, text)
        )
    if any(t.role == "reporter" for t in turns):
        return turns
    named = {t.speaker for t in turns if t.role in ("official", "participant")}
    chaired = any(t.role == "moderator" for t in turns)
    if len(named) >= 3 or (chaired and len(named) >= 2):
        return [replace(t, role="participant") if t.role == "official" else t for t in turns]
    return _mark_interviewers(turns, text, featured)


# A turn this short gives the floor, and no more: "Steve.", "Last question goes to Edward."
FLOOR_WORDS = 8


def _floor_givers(turns: list[Turn], text: str) -> set[str]:
    """The speakers who only give the floor, by name, to whoever speaks next, as an FOMC press
    conference's "MICHELLE SMITH. Steve." before "STEVE LIESMAN. ...": every turn of theirs
    short, and two of them or more naming the next speaker."""
    naming: Counter[str] = Counter()
    at_length: set[str] = set()
    for t, after in zip(turns, [*turns[1:], None], strict=True):
        words = re.findall(r"[\w'’\-]+", text[t.start : t.end])
        if len(words) > FLOOR_WORDS:
            at_length.add(t.speaker)
        elif after and after.speaker != t.speaker and set(words) & set(after.speaker.split()):
            naming[t.speaker] += 1
    return {s for s, n in naming.items() if n >= 2 and s not in at_length}


def _answering_officials(turns: list[Turn], text: str) -> list[Turn]:
    """A chair who answers questions is an official at a press conference ("CHAIR POWELL.",
    most of whose turns follow a question), and the named speakers who mostly ask
    ("RACHEL SIEGEL. ... Are rate cuts coming?") are reporters. A meeting's chair speaks
    after answers, not questions. Without a chair, so is one who holds the floor (half the
    words or more) answering named speakers who each ask a few times at most (Downing Street's
    "Laura Kuenssberg, BBC:", a foreign ministry's "AFP:"); a committee's members, who ask more
    often than that, stay participants."""
    asks = [_asks(t, text) for t in turns]
    total: Counter[str] = Counter(t.speaker for t in turns)
    asked: Counter[str] = Counter(t.speaker for t, q in zip(turns, asks, strict=True) if q)
    after_question: Counter[str] = Counter(
        t.speaker
        for i, t in enumerate(turns)
        if i and asks[i - 1] and turns[i - 1].speaker != t.speaker
    )
    chairs = {t.speaker for t in turns if t.role == "moderator"}
    askers = {s for s in total if s not in chairs and asked[s] >= max(1, total[s] / 2)}
    candidates = chairs
    if not chairs:
        words: Counter[str] = Counter()
        for t in turns:
            if t.role == "official":
                words[t.speaker] += t.end - t.start
        top, most = words.most_common(1)[0] if words else ("", 0)
        brief = all(total[s] <= 3 for s in askers - {top})
        candidates = {top} if most >= 0.5 * sum(words.values()) and brief else set()
    answering = {s for s in candidates if total[s] >= 3 and after_question[s] >= 0.6 * total[s]}
    askers -= answering
    if not answering or not askers:
        return turns
    return _recast(turns, dict.fromkeys(askers, "reporter") | dict.fromkeys(answering, "official"))


def _recast(turns: list[Turn], roles: dict[str, str]) -> list[Turn]:
    """The turns with the roles `roles` gives their speakers (speaker -> role); others as they
    were."""
    return [replace(t, role=roles[t.speaker]) if t.speaker in roles else t for t in turns]


# "The first question is from Helen Branswell from STAT", "Our next question comes from the line
# of Erik Woodring with Morgan Stanley": whom a moderator gives the floor to ask, and where they
# work.
_NAME_WORD = r"[A-Z][\w'’\-]*"
_INTRODUCES = re.compile(
    r"\bquestions?\b[^.?!\n]{0,40}?\bfrom\s+(?:the\s+line\s+of\s+)?"
    rf"(?P<name>(?:{_NAME_WORD}\.?\s+){{0,3}}{_NAME_WORD})"
    r"(?:(?:,\s*|\s+)(?:(?:from|with|of|at)\s+(?:the\s+)?)?"
    rf"(?P<at>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}))?"
)


def introductions(turns: list[Turn], text: str) -> dict[str, tuple[str, str]]:
    """Speaker -> who gave them the floor to ask, by name, in the turn before theirs or the
    one before that, and where that says they work ("STAT"), or ""."""
    out: dict[str, tuple[str, str]] = {}
    for i, t in enumerate(turns):
        for match in _INTRODUCES.finditer(text, t.start, t.end):
            called = set(match.group("name").split())
            for after in turns[i + 1 : i + 3]:
                if after.speaker != t.speaker and called & set(after.speaker.split()):
                    out.setdefault(after.speaker, (t.speaker, match.group("at") or ""))
                    break
    return out


def _introduced_askers(turns: list[Turn], text: str) -> list[Turn] | None:
    """A press conference whose moderator gives the floor by name ("The next question is from
    Jamie Morrison from Sky News."): two or more speakers so introduced, who put questions in
    most of their turns and speak three times at most each, are reporters; who introduced
    them moderates, and the others answer as officials, however many (the WHO's Dr Tedros,
    Dr Van Kerkhove and Dr Ryan). None such: None."""
    introduced = {s: by for s, (by, _) in introductions(turns, text).items()}
    total, putting = _questions_put(turns, text)
    askers = {
        s
        for s in introduced
        if s not in introduced.values() and total[s] <= 3 and putting[s] >= total[s] / 2
    }
    if len(askers) < 2:
        return None
    hosts = {introduced[s] for s in askers}
    answering = {t.speaker for t in turns if t.role in ("official", "participant")}
    return _recast(
        turns,
        dict.fromkeys(answering, "official")
        | dict.fromkeys(hosts, "moderator")
        | dict.fromkeys(askers, "reporter"),
    )


def _numbered_askers(turns: list[Turn], text: str) -> list[Turn] | None:
    """A recording's transcript that names who holds the floor and numbers the others, as Rev's
    press conferences do ("Governor Ana Reyes: (00:04)" answering "Speaker 4: (02:05)"): two
    numbered speakers or more who put questions in half their turns or more, three turns at
    most each, are reporters, and the named speakers, none of whom asks as often, officials.
    None such: None."""
    total, putting = _questions_put(turns, text)
    numbered = {t.speaker for t in turns if t.label and is_numbered(t.label)}
    named = {t.speaker for t in turns if t.role in ("official", "participant")} - numbered
    askers = {s for s in numbered if total[s] <= 3 and putting[s] >= total[s] / 2}
    if len(askers) < 2 or not named or any(putting[s] >= total[s] / 2 for s in named):
        return None
    return _recast(turns, dict.fromkeys(named, "official") | dict.fromkeys(askers, "reporter"))


def _questions_put(turns: list[Turn], text: str) -> tuple[Counter[str], Counter[str]]:
    """Each speaker's turns, and how many of them put a question."""
    total: Counter[str] = Counter(t.speaker for t in turns)
    putting: Counter[str] = Counter(
        t.speaker for t in turns if puts_question(text[t.start : t.end])
    )
    return total, putting


def _askers_answer(turns: list[Turn], text: str) -> bool:
    """The turns of askers' labels never ask, and the others' mostly do (at least twice each)."""
    labelled = [_asks(t, text) for t in turns if t.role == "reporter"]
    others = [_asks(t, text) for t in turns if t.role == "official"]
    return (
        len(labelled) >= 2
        and len(others) >= 2
        and not any(labelled)
        and sum(others) >= 0.6 * len(others)
    )


def _mark_interviewers(turns: list[Turn], text: str, featured: str | None = None) -> list[Turn]:
    """A named speaker who only asks questions is a reporter (an interviewer), not an official;
    so is one who asks whom the title features ("Interview with the Chancellor, Jeremy Hunt")
    in a third of their turns, and more often than they are asked back: an interviewer puts
    statements to them too ("But the tax burden is still at a post-war high."). With no guest
    featured, of two speakers the one who puts questions so is the interviewer."""
    asks: Counter[str] = Counter()
    puts: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for t in turns:
        if t.role == "official":
            total[t.speaker] += 1
            asks[t.speaker] += _asks(t, text)
            puts[t.speaker] += puts_question(text[t.start : t.end])

    def interviews(s: str) -> bool:
        if len(total) != 2:
            return False
        (other,) = set(total) - {s}
        share, asked_back = puts[s] / total[s], puts[other] / total[other]
        if featured in total:
            return featured == other and share >= 1 / 3 and share > asked_back
        # Without a featured guest, one who puts questions often, and twice as often as the
        # other: not a meeting of two where one asks once ("What caused it?").
        return puts[s] >= 3 and share >= 1 / 3 and asked_back <= share / 2

    officials = [
        s for s in total if (asks[s] < 0.6 * total[s] or total[s] < 2) and not interviews(s)
    ]
    if not officials:
        return turns
    return [
        replace(t, role="reporter") if t.role == "official" and t.speaker not in officials else t
        for t in turns
    ]


def _asks(t: Turn, text: str) -> bool:
    return text[t.start : t.end].rstrip().endswith("?")


# A question mark that ends a sentence: before a space, a closing quote or bracket, or the end.
_QUESTION_MARK = re.compile(r"\?(?=[\s\"”’)]|$)")


def puts_question(text: str) -> bool:
    """Some sentence of the text asks, if not its last: "What killed the Ledger? People assume
    it was the internet." (an interviewer's statement after their question)."""
    return _QUESTION_MARK.search(text) is not None


def principal_speaker(turns: list[Turn], header_names: list[str]) -> str | None:
    words: Counter[str] = Counter()
    for t in turns:
        if t.role in ("official", "participant"):
            words[t.speaker] += t.end - t.start
    if words:
        return words.most_common(1)[0][0]
    return header_names[0] if header_names else None
