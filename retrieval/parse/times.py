"""Times in recordings, written one way: `00:12:34.500`."""

from __future__ import annotations

import re

from retrieval.parse.label_patterns import TIME_LINE, TIME_RANGE


def hms(start: str) -> str:
    """`00:12:34.500` for `12:34.500`, SRT's `00:12:34,500`, or a label's `0:03`."""
    parts = start.replace(",", ".").split(":")
    while len(parts) < 3:
        parts.insert(0, "00")
    h, m, s = parts
    sec, _, ms = s.partition(".")
    return f"{int(h):02d}:{int(m):02d}:{int(sec):02d}.{ms.ljust(3, '0')[:3]}"


def clock(written: str) -> str:
    """`14:05:00` for a clock's `2:05 PM` (a chat's time of day, which marks a turn as a
    recording's time does)."""
    m = re.match(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])", written.lower())
    if not m:
        return ""
    h = int(m.group(1)) % 12 + (12 if m.group(4) == "p" else 0)
    return f"{h}:{m.group(2)}:{m.group(3) or '00'}"


def time_alone(line: str) -> str:
    """The time a line holds and nothing else ("00:05:00", "[12:30]"), or the start of the
    span it holds ("0:0:5.150 --> 0:0:9.200"), or ""."""
    if m := TIME_RANGE.match(line):
        return m.group("time")
    m = TIME_LINE.match(line)
    return stamp(m) if m and not line[m.end() :].strip() else ""


def time_opening(line: str) -> tuple[int, str] | None:
    """(where its words start, the time) for a line that opens with a time before words
    ("(00:01:02) The chimpanzees were shy"); None for others."""
    m = TIME_LINE.match(line)
    time = stamp(m) if m else ""
    return (m.end(), time) if m and time and line[m.end() :].strip() else None


def stamp(m: re.Match[str]) -> str:
    """The time a match of `BEFORE_LABEL` or `TIME_LINE` holds, if any (a clock's as 24 hours)."""
    return m.group("time") or (clock(m.group("clock")) if m.group("clock") else "")
