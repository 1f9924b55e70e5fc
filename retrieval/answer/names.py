"""People a question asks about: "What did Kim say ...", "How did Professor C describe ..."."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from retrieval.answer.offices import (
    ASKERS_OFFICES,
    ASKERS_WORDS,
    holding,
    holding_askers,
    office_words,
)
from retrieval.answer.speaker_match import (
    CAPITAL,
    CAPITAL_PLAIN,
    MEMBER_FOR,
    POSSESSIVE,
    held_at,
    speaker_matches,
)
from retrieval.index.lexical import terms
from retrieval.parse.label_words import JOINERS, TITLE_WORDS
from retrieval.parse.speakers import PARTICLES

# A word in lower case, as the patterns below read it.
_LOWER_WORDS = r"((?:\s+[a-z][\w'’\-]*){1,4})"
# Negated too: "Why didn't Mei want to submit?" asks about Mei as "Why did Mei not ..." does.
_AUXILIARY = (
    r"\b(?i:(?:did|does|do|is|are|was|were|has|have|had|would|could|should)(?:n['’]t)?"
    r"|will|won['’]t)\s+"
)
_WH = r"\b(?i:what|how|why)\s+"
# "did <Name> <verb>", "is <Name> <verb>ing": the name is one to four capitalised words after an
# auxiliary, or an office ("the Minister of Public Safety", "the Leader of the Opposition").
# A family name's particles join its words too: "Ursula von der Leyen".
_JOINED = rf"(?:(?:of|for)\s+(?:the\s+)?|(?:(?:{'|'.join(sorted(PARTICLES))})\s+){{1,2}})"
_SUBJECT = re.compile(
    rf"{_AUXILIARY}(?P<who>(?:the\s+)?{CAPITAL}"
    rf"(?:\s+{_JOINED}?{CAPITAL}){{0,5}})\s+(?P<verb>[a-z]+)"
)
# "What did the professor think ...", "Why did the industrial designer ...": words in lower
# case after "the", a subject only if they are a speaker's whole name or an office (`called`).
_LOWER_SUBJECT = re.compile(rf"{_AUXILIARY}the{_LOWER_WORDS}")
# Whose words a question asks for when it opens on them: "What was Bethan Owen's comment ...",
# "Summarize the Project Manager's perspective ...", "According to Johnson, ...". Only at the
# start: "What did the group say about Marketing's presentation?" asks for the group's words.
_OPENING = (
    r"^\W*(?:(?i:(?:what|how|why)(?:['’]s|\s+(?:is|was|are|were))|summari[sz]e|describe)\s+"
    r"|(?!(?i:what|who|where|when|why|how|which|it|that|this|there|here|let|he|she)['’]s))"
)
# "According to Johnson, ...", "Why, according to Hunt, ...", "... , according to the
# respondent?": set apart from the question, whose words it asks for.
_ACCORDING = r"(?:^\W*|,\s*)(?i:according\s+to)\s+"
_SET_APART = r"(?=\s*[,?]|\s*$)"
# "In Becker's view, ...", "What, in the chair's opinion, ...": whose view, set apart as
# "according to" is (English's nouns for a point of view).
_IN_VIEW = r"(?:^\W*|,\s*)(?i:in)\s+"
_VIEW = (
    r"['’]s\s+(?:own\s+)?(?i:view|views|opinion|words|mind|eyes|estimation|judge?ment"
    r"|assessment|account|understanding|experience)\b"
)
_POSSESSOR = re.compile(
    rf"{_IN_VIEW}(?P<within>(?:the\s+)?{CAPITAL_PLAIN}(?:\s+{CAPITAL_PLAIN}){{0,3}}?){_VIEW}"
    rf"|{_OPENING}(?P<who>(?:the\s+)?{CAPITAL_PLAIN}(?:\s+{CAPITAL_PLAIN}){{0,3}}?)['’]s\s"
    rf"|{_ACCORDING}(?P<source>(?:the\s+)?{CAPITAL_PLAIN}(?:\s+{CAPITAL_PLAIN}){{0,3}}){_SET_APART}"
)
_LOWER_POSSESSOR = re.compile(
    rf"{_IN_VIEW}(?i:the)((?:\s+[a-z][\w\-]*){{1,4}}?){_VIEW}"
    rf"|{_OPENING}(?i:the)((?:\s+[a-z][\w\-]*){{1,4}}?)['’]s\s"
)
_LOWER_SOURCE = re.compile(rf"{_ACCORDING}the((?:\s+[a-z][\w\-]*){{1,4}}){_SET_APART}")
# "Tell me what Kim said ...", "What Kim thinks of ...": a question inside a request, or one
# asked without its auxiliary.
_INDIRECT = re.compile(
    rf"{_WH}(?P<who>(?:the\s+)?{CAPITAL}(?:\s+{CAPITAL}){{0,3}})\s+(?P<verb>[a-z]+)"
)
_LOWER_INDIRECT = re.compile(rf"{_WH}the{_LOWER_WORDS}")
# "Who asked about ...", "Who first raised ...": the words wanted are the asker's.
_WHO_ASKED = re.compile(
    r"^\W*(?i:who)\s+(?:(?i:first|\w+ly)\s+)?(?i:asked|raised|questioned|pressed|queried|inquired"
    r"|enquired|brought\s+up|wanted\s+to\s+know)\b"
)
# Verbs that ask for someone's words. "Does Washington expect ...", "Has Japan kept ..." ask for
# a view or a deed, which a capital, a country or a firm (a name, not a person's) can have.
_SPEAKING = re.compile(
    r"say|said|tell|told|mention|describe|characteri[sz]e|explain|claim|argue|state|announce"
    r"|answer|respond|reply|comment|call"
)


# Whoever asks, not someone in particular: "What did a reporter ask ...", "What did the CBC
# reporter say ...", "According to the interviewer, ...". The people who put questions at
# press conferences, interviews and earnings calls (`REPORTER_LABELS`' people).
_ASKER = re.compile(
    rf"(?:\b(?i:(?:did|does|do|was|were|has|had)(?:n['’]t)?)\s+|{_ACCORDING})"
    r"(?P<asker>(?i:a|an|the|one\s+of\s+the)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?i:(?:reporter|journalist|correspondent|interviewer|questioner|analyst)s?\b"
    # ... and a podcast's or a programme's host, followed by what they said ("the host
    # country" is no one's).
    rf"|host(?=\s+(?:ask|{_SPEAKING.pattern})|\s*[,?]|\s*$)))"
)


_LOWER_SAYER = re.compile(
    rf"{_AUXILIARY}(?P<who>[a-z][\w'’\-]{{2,}})\s+(?P<verb>(?:{_SPEAKING.pattern})(?:s|d|ed)?)\b"
)


def _spelt(words: str) -> str:
    """A pattern for these words, with any space between them."""
    return r"\s+".join(re.escape(w) for w in words.split())


# The second of two subjects joined by "and": a capitalised name, or "the" and words in lower
# case that name a speaker (`called`).
_SECOND = re.compile(rf"(?:the\s+)?{CAPITAL_PLAIN}(?:\s+{CAPITAL_PLAIN}){{0,3}}")
_SECOND_LOWER = re.compile(r"the((?:\s+[a-z][\w\-]*){1,4})")


def asks_who_asked(question: str) -> bool:
    """ "Who asked about Indians fighting for Russia?": an asker's words answer it."""
    return _WHO_ASKED.match(question) is not None


# What someone was given to do, after whom it was given to: "What was Felix asked to do?",
# "What is Kenji responsible for?", "What task was Sofia given?". English's words for a task
# given, not a corpus's. (Not "Rosa's action items", which she may give herself.)
_TASKED = (
    r"\s+(?:responsible\s+for|supposed\s+to|given\b"
    r"|(?:asked|assigned|tasked|expected|told)\s+(?:to|with))"
)


def asks_tasks(question: str, subject: str) -> bool:
    """Whether the question asks what the subject was given to do, which others' words give
    them ("Kenji, can you set up the dashboard?", "Ben reruns the baseline."), not their own."""
    return bool(task_words(question, subject))


def task_words(question: str, subject: str) -> str:
    """The words saying that a task was given ("supposed to" of "What is Ben supposed to do
    before Friday?"), or ""."""
    m = subject and re.search(_spelt(subject) + f"(?P<task>{_TASKED})", question, re.IGNORECASE)
    return m.group("task") if m else ""


# "Who is Jenny Schuetz?", "Who was Mr. Mitani?": who someone is, which another speaker's
# introduction says as well as their own words.
_WHO_IS = re.compile(
    rf"^\W*(?i:who)\s*(?:\s(?i:is|was)|['’]s)\s+(?P<who>(?:the\s+)?{CAPITAL}(?:\s+{CAPITAL}){{0,3}})"
    r"\s*\?*\s*$"
)


def asks_who_is(question: str) -> str:
    """Whom "Who is ...?" asks about, as written; or ""."""
    m = _WHO_IS.match(question)
    return m.group("who") if m else ""


def asks_of_askers(question: str) -> bool:
    """ "What did the reporter from CBC ask?": whoever asked is who it asks about."""
    return bool(askers_called(question))


# Words for people other than one speaker: pronouns and quantifiers of English, not of a
# corpus. A follow-up that uses them ("What did the others say?", "What did they decide?")
# is not about whom the question before named.
_OTHERS = re.compile(
    r"\b(?:others?|every(?:one|body)|any(?:one|body)|some(?:one|body)|no(?:one|body)|"
    r"they|them|their|theirs|we|us|our|people|team|group|members?)\b",
    re.IGNORECASE,
)


def means_others(question: str) -> bool:
    """Whether the question speaks of people beside any one speaker ("the others", "they")."""
    return _OTHERS.search(question) is not None


def askers_called(question: str) -> str:
    """How the question calls the askers it asks about ("the interviewer"), or ""."""
    m = _ASKER.search(question)
    return m.group("asker") if m else ""


def subject_of(question: str) -> str | None:
    """Who the question asks about, with its article: `Professor E`, `the Chair`."""
    who, _ = _subject(question)
    return who


def _subject(question: str) -> tuple[str | None, str]:
    """The subject, and the verb after it ("" where the question opens on the subject)."""
    if seat := MEMBER_FOR.search(question):
        return POSSESSIVE.sub("", seat.group()), ""
    m = _POSSESSOR.search(question)
    if m:
        who = m.group("who") or m.group("within") or m.group("source").rstrip(".")
        return who.strip(), ""
    m = _SUBJECT.search(question) or _INDIRECT.search(question)
    return (m.group("who").strip(), m.group("verb")) if m else (None, "")


def whom(
    question: str, speakers: Sequence[str], offices: Mapping[str, Sequence[str]]
) -> tuple[str, list[str]]:
    """The subject whose words `question` asks for, as it writes it, and the speakers it names
    (none when the subject is nobody who speaks)."""
    subject = subject_of(question)
    if subject:
        found = speaker_matches(subject, speakers, offices)
        if found and (asker := _ASKER_AFTER.match(question, _end_of(question, subject))):
            subject += asker.group()  # "the AFP reporter": who, as "the AFP" is
        elif not found and (longer := subject + _office_after(question, subject)) != subject:
            # "the Fed chair": the office of a body a capital names ("the Fed" is nobody).
            found = speaker_matches(longer, speakers, offices)
            subject = longer if found else subject
    else:
        subject, found = called(question, speakers, offices)
    if not subject and (typed := typed_name(question)):
        found = speaker_matches(typed.capitalize(), speakers, offices)
        subject = typed if found else ""  # as typed, to be left out of what is embedded
    return _and_whom(question, subject, found, speakers, offices) if found else (subject, found)


_OFFICE_WORDS = TITLE_WORDS - JOINERS


def _office_after(question: str, subject: str) -> str:
    """The words of an office in lower case just after the subject: " chair" of "What did the
    Fed chair say?", " foreign minister" of "the Moldovan foreign minister"; or ""."""
    words = re.match(r"(?:\s+[a-z][\w\-]*)*", question[_end_of(question, subject) :]).group()
    run = ""
    for word in re.findall(r"\s+[a-z][\w\-]*", words):
        if word.strip() not in _OFFICE_WORDS:
            break
        run += word
    return run


# An asker's part after where they work: "the AFP reporter", "the BBC Sport journalist".
_ASKER_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(ASKERS_WORDS))})s?\b", re.IGNORECASE)


def _end_of(question: str, subject: str) -> int:
    """Where `subject` ends in `question` (its length when it is not found as written)."""
    m = re.search(rf"(?<!\w){_spelt(subject)}", question)
    return m.end() if m else len(question)


def _and_whom(
    question: str,
    subject: str,
    found: list[str],
    speakers: Sequence[str],
    offices: Mapping[str, Sequence[str]],
) -> tuple[str, list[str]]:
    """Two subjects joined by "and", both speakers: "What did Grad D and Grad C discuss ...",
    "... the industrial designer and the project manager disagree ...": the two together, and
    the speakers each names."""
    at = re.search(rf"(?<!\w){_spelt(subject)}\s+and\s+", question, re.IGNORECASE)
    if not at:
        return subject, found
    rest = question[at.end() :]
    if m := _SECOND.match(rest):
        second, more = m.group(), speaker_matches(m.group(), speakers, offices)
    elif m := _SECOND_LOWER.match(rest):
        second, more = _called_by(m.group(1).split(), speakers, offices)
    else:
        return subject, found
    if not more:
        return subject, found
    written = re.match(_spelt(second), rest, re.IGNORECASE)
    whole = question[at.start() : at.end() + (written.end() if written else 0)]
    return whole.rstrip(), [*found, *(s for s in more if s not in found)]


def typed_name(question: str) -> str | None:
    """A name typed in lower case, as in a chat, before what they said: "what did jaiswal say
    about the veterans" -> "jaiswal" (to be a speaker's name: "what did management say" may
    mean anyone, so no one is missing when no speaker is called that)."""
    m = _LOWER_SAYER.search(question)
    return m.group("who") if m and terms(m.group("who")) else None  # not "the"


def called(
    question: str, speakers: Sequence[str], offices: Mapping[str, Sequence[str]] | None = None
) -> tuple[str, list[str]]:
    """A subject in lower case and the speakers it names: "the industrial designer" is the
    speaker called Industrial Designer, "the professor" Professor C, "the ambassador" whoever
    speaks as AMBASSADOR KIM; "the project" (of Project Manager) or "the team" nobody."""
    # The first place a subject stands that names someone: "why is the network a problem,
    # according to the respondent?" holds "the network" too.
    for pattern in (_LOWER_POSSESSOR, _LOWER_SUBJECT, _LOWER_INDIRECT, _LOWER_SOURCE):
        m = pattern.search(question)
        # The words after "the", in whichever of the pattern's places (one group each) matched.
        at = m.lastindex or 0 if m else 0
        subject, found = _called_by(m.group(at).split(), speakers, offices) if at else ("", [])
        if found:
            return _where_held(question[m.start(at) :], subject, found, offices)
    return "", []


# Where an office is held, after it: "the analyst from Morgan Stanley", "the reporter at the
# Hindustan Times", "the director of Acme".
# In lower case too, as typed in a chat ("the analyst from evercore"): as many of its words as
# name where an office is held.
_HELD_AT = re.compile(
    rf"\s+(?:from|at|of|with|for)\s+(?:the\s+)?(?P<at>{CAPITAL_PLAIN}(?:\s+{CAPITAL_PLAIN}){{0,3}}"
    r"|[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})"
)


def _where_held(
    rest: str, subject: str, found: list[str], offices: Mapping[str, Sequence[str]] | None
) -> tuple[str, list[str]]:
    """The speakers of `found` whose offices are held where the words after the subject say,
    with those words (`(Morgan Stanley -- Analyst)` of "the analyst from Morgan Stanley");
    all of them, as before, where none is."""
    written = re.match(rf"\s*{_spelt(subject.removeprefix('the '))}", rest, re.IGNORECASE)
    m = _HELD_AT.match(rest, written.end()) if written else None
    if not m:
        return subject, found
    held = offices or {}
    askers = office_words(subject.removeprefix("the ")) in ASKERS_OFFICES
    words = m.group("at").split()
    for n in range(len(words), 0, -1):  # "from evercore ask about tariffs": "evercore"
        at = office_words(" ".join(words[:n]))
        there = _held_there(at, found, held)
        if not there and askers:
            # "The analyst from Evercore" whom the operator introduced (`Reporter, Evercore
            # ISI`), though analysts of other firms speak in other transcripts.
            there = _held_there(at, holding_askers(list(held), held), held)
        if there:
            return f"{subject}{rest[m.start() : m.start('at')]}{' '.join(words[:n])}", there
    return subject, found


def _held_there(
    at: list[str], speakers: Iterable[str], offices: Mapping[str, Sequence[str]]
) -> list[str]:
    """The speakers whose offices are held where these words say: their first words ("Evercore"
    of "Evercore ISI")."""
    return [s for s in speakers if any(p[: len(at)] == at for p in held_at(offices.get(s, ())))]


def _called_by(
    words: list[str], speakers: Sequence[str], offices: Mapping[str, Sequence[str]] | None
) -> tuple[str, list[str]]:
    """The speakers that the longest start of `words` names, and that start after "the"."""
    ends = [i for i, w in enumerate(words) if POSSESSIVE.search(w)]
    if ends:  # "the minister's plan": the name ends at the possessive
        words = [*words[: ends[0]], POSSESSIVE.sub("", words[ends[0]])]
    for n in range(len(words), 0, -1):
        part = words[:n]
        if part[-1] in ("of", "for", "the", "and") or {*words[n : n + 1]} & {"of", "for", "the"}:
            # "the president of the union" is not the President of the Board; "the designer
            # and the manager" are two (`_and_whom`).
            continue
        # "the analysts", "the ministers": every speaker the singular names.
        plural = part[-1].endswith("s") and len(part[-1]) > 3
        for wanted in (part, [*part[:-1], part[-1][:-1]]) if plural else (part,):
            if found := _called(wanted, speakers, offices):
                return "the " + " ".join(part), found
    return "", []


def _called(part: list[str], speakers: Sequence[str], offices: Mapping | None) -> list[str]:
    """The speakers these words in lower case name: a whole name, or an office."""
    part = office_words(" ".join(part))  # as speakers' words are read
    # A speaker so called (`Moderator:`), and those whose labels give them that office
    # (`MODERATOR (Ruth Alvarez):`, in another transcript).
    named = [s for s in speakers if office_words(s) == part]
    found = named + [s for s in holding(part, speakers, offices) if s not in named]
    if not found and part in ASKERS_OFFICES:
        found = holding_askers(speakers, offices)
    if not found:
        # A part that letters tell apart: "the postdoc" is Postdoc A, Postdoc B ...
        found = [s for s in speakers if (w := office_words(s))[:-1] == part and len(w[-1]) == 1]
    if not found and all(w in TITLE_WORDS for w in part):
        # "the professor": Professor C
        found = speaker_matches("the " + " ".join(part), speakers, offices)
    return found


def names_a_person(question: str) -> bool:
    """Whether the question's subject can only be a person: a name with a title ("Prime
    Minister Abe") or one asked what they said ("What did Putin say").
    After "the" it is an office or a thing ("the Chair", "the UN resolution"), which a
    transcript may speak of in other words."""
    who, verb = _subject(question)
    if not who or who.lower().startswith("the "):
        return False
    words = [w.strip(".").lower() for w in who.split()]
    return bool(_SPEAKING.fullmatch(verb)) or any(w in TITLE_WORDS for w in words)


def unnamed(question: str, subject: str) -> str:
    """`question` with its subject said as a pronoun: "What did they say about phones?" for
    "What did Daisy Christodoulou say about phones?", "their view" for "Kim's view"."""
    if not subject:
        return question
    s = re.escape(subject)
    question = re.sub(rf"(?<!\w){s}(?:'s|’s|'|’)(?!\w)", "their", question)
    return re.sub(rf"(?<!\w){s}(?!\w)", "they", question)
