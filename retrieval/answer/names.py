"""Names in a question: who it asks about, and names the corpus never mentions."""

from __future__ import annotations

import re

# Capitals and short forms stand for their countries ("Washington expects Beijing to ...").
ALIASES = {
    "washington": "united states",
    "u.s.": "united states",
    "us": "united states",
    "usa": "united states",
    "america": "united states",
    "american": "united states",
    "beijing": "china",
    "prc": "china",
    "chinese": "china",
    "pyongyang": "north korea",
    "dprk": "north korea",
    "seoul": "south korea",
    "rok": "south korea",
    "tokyo": "japan",
    "japanese": "japan",
    "moscow": "russia",
    "kremlin": "russia",
    "russian": "russia",
    "kyiv": "ukraine",
    "kiev": "ukraine",
    "tehran": "iran",
    "london": "united kingdom",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "paris": "france",
    "berlin": "germany",
    "delhi": "india",
    "new delhi": "india",
    "taipei": "taiwan",
    "hanoi": "vietnam",
    "manila": "philippines",
    "canberra": "australia",
    "ottawa": "canada",
    "brussels": "european union",
    "eu": "european union",
    "un": "united nations",
    "u.n.": "united nations",
    "nato": "north atlantic treaty",
}
_NOT_NAMES = {
    "what",
    "who",
    "whom",
    "when",
    "where",
    "why",
    "how",
    "which",
    "did",
    "does",
    "do",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "can",
    "could",
    "will",
    "would",
    "should",
    "and",
    "but",
    "or",
    "so",
    "in",
    "on",
    "at",
    "to",
    "for",
    "of",
    "the",
    "a",
    "an",
    "according",
    "i",
    "mr",
    "mrs",
    "ms",
    "dr",
    "ambassador",
    "secretary",
    "president",
    "minister",
    "prime",
    "director",
    "general",
    "special",
    "representative",
    "vice",
    "foreign",
    "deputy",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "q",
    "tell",
    "give",
    "list",
    "name",
    "any",
    "also",
    "then",
    "there",
    "reporter",
    "reporters",
    "official",
    "officials",
    "it",
    "he",
    "she",
    "they",
    "we",
    "you",
}
_SPEECH = (
    r"(?:say|said|says|tell|told|think|thinks|thought|describe|described|mean|meant|call|"
    r"called|claim|claimed|argue|argued|suggest|suggested|announce|announced|explain|"
    r"explained|stress|stressed|note|noted|add|added|state|stated|mention|mentioned|"
    r"respond|responded|answer|answered|ask|asked|reply|replied|promise|promised|warn|warned)"
)
_TITLES = (
    r"(?:(?:Mr|Mrs|Ms|Dr|Ambassador|Secretary|President|Prime Minister|Minister|Director|"
    r"General|Senator|Governor|Spokesperson|Chairman|Foreign Minister|Vice Minister|DG)\.?\s+)*"
)
_SUBJECT = re.compile(
    rf"\b(?i:did|does|do|has|have|had|would|will|could)\s+(?:the\s+)?(?P<who>{_TITLES}"
    rf"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}})\s+(?:\w+\s+)?{_SPEECH}\b"
)
_CAPITALISED = re.compile(r"(?<![\w'’])([A-Z][\w'’\-.]*[\w])")


def expand(text: str) -> str:
    """The text with aliases spelled out next to them, for retrieval."""
    extra = [ALIASES[w] for w in re.findall(r"[\w.]+", text.lower()) if w in ALIASES]
    return f"{text} {' '.join(extra)}".strip() if extra else text


def subject_of(question: str) -> str | None:
    m = _SUBJECT.search(question)
    return m.group("who").strip() if m else None


def name_phrases(question: str) -> list[list[str]]:
    """Runs of capitalised words that are not question words, titles or dates:
    "the South China Sea" -> [["South", "China", "Sea"]]."""
    phrases: list[list[str]] = []
    last_end: int | None = None
    for m in _CAPITALISED.finditer(question):
        word = m.group(1).strip(".")
        low = word.lower().removesuffix("’s").removesuffix("'s")
        if low in _NOT_NAMES or low in ALIASES or word.lower() in ALIASES:
            last_end = None
            continue
        if phrases and last_end is not None and not question[last_end : m.start()].strip():
            phrases[-1].append(word)
        else:
            phrases.append([word])
        last_end = m.end()
    return phrases


_REPORTED = (
    r"(?:gave|give|gives|told|tell|tells|said|says|explained|briefed|informed|mentioned|"
    r"stressed|noted|indicated|expressed|shared|described|emphasized|emphasised|reported|"
    r"raised|conveyed|updated|assured|asked)"
)


def reports_words_of(sentence: str, subject: str) -> bool:
    """Whether the sentence reports what `subject` said: "DG Ihara gave me a sense ..."."""
    surname = [w for w in subject.split() if w.strip(".").lower() not in _NOT_NAMES][-1:]
    if not surname:
        return False
    pattern = rf"\b{re.escape(surname[0])}\b\W+(?:\w+\W+){{0,2}}?{_REPORTED}\b"
    return re.search(pattern, sentence) is not None


def speaker_matches(subject: str, speakers: list[str]) -> list[str]:
    """Indexed speakers a subject names: `Kim`, `Ambassador Kim`, `Sung Kim` -> `Sung Kim`;
    a bare office (`the Prime Minister`) names the speaker known by that office, if any."""
    words = [w.strip(".").lower() for w in subject.split()]
    names = [w for w in words if w not in _NOT_NAMES]
    if not names:
        office = [w for w in words if w != "the"]
        return [s for s in speakers if s.lower().split()[-len(office) :] == office]
    return [s for s in speakers if all(w in s.lower().split() for w in names)]


def is_named(subject: str) -> bool:
    """Whether the subject carries a name, not only an office ("the President")."""
    return any(w.strip(".").lower() not in _NOT_NAMES for w in subject.split())
