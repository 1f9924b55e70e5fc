"""Dates as transcripts write them, read into ISO 8601."""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})\b", re.I),
    # ISO, a time after it too ("2019-05-01T10:00:00Z"), and East Asia's "2021.06.08".
    re.compile(r"\b(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?:\b|(?=T\d))"),
    re.compile(r"\b(?P<year>\d{4})\.(?P<mnum>\d{1,2})\.(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b"),  # American
    # ... and the day first where no month can come first: "25/01/2022".
    re.compile(r"\b(?P<day>\d{1,2})/(?P<mnum>\d{1,2})/(?P<year>\d{4})\b"),
    re.compile(r"\b(?P<year>\d{4})/(?P<mnum>\d{1,2})/(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})\b"),  # European
]


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in `text` as (ISO date, start, end), or None."""
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if (day := _day(m)) is None:
                continue
            if best is None or m.start() < best[1]:
                best = (day.isoformat(), m.start(), m.end())
            break
    return best


def _day(m: re.Match[str]) -> dt.date | None:
    """The day a match of `_PATTERNS` writes, or None when there is no such day (30 February)."""
    parts = m.groupdict()
    month = int(parts["mnum"]) if parts.get("mnum") else _MONTHS[parts["month"].lower()]
    try:
        return dt.date(int(parts["year"]), month, int(parts["day"]))
    except ValueError:
        return None


def long_date(iso: str) -> str:
    """`2015-01-29` -> `29 January 2015`."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%B')} {day.year}"


# A month named alone: capitalised and not opening the sentence, so "May I ask" and "march on"
# are no months.
_BARE_MONTH = re.compile(
    r"(?<=[a-z,;:] )(" + "|".join(m.title() for m in _MONTHS if len(m) > 3 or m == "may") + r")\b"
)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)
_DAY_MONTH = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(?P<year>(?:1[89]|20)\d\d)\b", re.I)
_YEAR = re.compile(r"(?<![\d\-/.$])(?P<year>(?:1[89]|20)\d\d)(?![\d\-/%s])")


# A date as a question names it: (year, month, day), what it leaves out None.
_Named = tuple[int | None, int | None, int | None]


def mentioned_dates(text: str) -> list[_Named]:
    """The days, months and years `text` names, as (year, month, day) with what it leaves out
    None: "March 13, 2020" (2020, 3, 13), "in March 1964" (1964, 3, None), "the January
    briefing" (None, 1, None), "on 20 October" (None, 10, 20)."""
    return [date for _, date in _mentions(text)]


def without_dates(text: str) -> str:
    """`text` with the dates it names left out: "What did she say ?" of "What did she say on
    20 October?"."""
    for (start, end), _ in sorted(_mentions(text), reverse=True):
        text = text[:start] + text[end:]
    return text


def _mentions(text: str) -> list[tuple[tuple[int, int], _Named]]:
    """Each date `text` names, with where it stands in `text`."""
    out: list[tuple[tuple[int, int], _Named]] = []
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return not any(m.start() < e and s < m.end() for s, e in taken)

    def month(m: re.Match[str]) -> int:
        return _MONTHS[m.group("month").lower()]

    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if free(m) and (day := _day(m)) is not None:
                out.append((m.span(), (day.year, day.month, day.day)))
                taken.append(m.span())
    for pattern, read in (
        (_MONTH_YEAR, lambda m: (int(m.group("year")), month(m), None)),
        (_MONTH_DAY, lambda m: (None, month(m), int(m.group("day")))),
        (_DAY_MONTH, lambda m: (None, month(m), int(m.group("day")))),
        (_BARE_MONTH, lambda m: (None, _MONTHS[m.group(1).lower()], None)),
        (_YEAR, lambda m: (int(m.group("year")), None, None)),
    ):
        for m in pattern.finditer(text):
            if free(m):
                out.append((m.span(), read(m)))
                taken.append(m.span())
    return out


def agrees(iso: str | None, mentioned: tuple[int | None, int | None, int | None]) -> bool:
    """Whether the day `iso` has every part of a mentioned date that it names."""
    if not iso:
        return False
    day = dt.date.fromisoformat(iso)
    have = (day.year, day.month, day.day)
    return all(want is None or want == got for want, got in zip(mentioned, have, strict=True))
