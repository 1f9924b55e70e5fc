"""Times in recordings, written one way: `00:12:34.500`."""

from __future__ import annotations


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
    hm, meridiem = written[:-2].strip(), written[-2:].lower()
    h, m = (int(x) for x in hm.split(":"))
    return f"{h % 12 + (12 if meridiem == 'pm' else 0)}:{m:02d}:00"
