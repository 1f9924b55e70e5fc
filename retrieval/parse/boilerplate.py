"""Web page furniture around a transcript: site banners above it, news teasers below it (and
a meeting service's note that it ended)."""

from __future__ import annotations

import re

_BANNER = re.compile(
    r"""^(?:
      an\ official\ website\ of\ the\ united\ states\ government
    | here['’]s\ how\ you\ know
    | official\ websites\ use\ \.(?:gov|mil).*
    | an?\ \.(?:gov|mil)\ website\ belongs\ to.*
    | secure\ \.(?:gov|mil)\ websites\ use\ https.*
    | a\ lock\ \(.*
    | .*share\ sensitive\ information\ only\ on\ official,\ secure\ websites.*
    | skip\ to\ (?:main\ )?content
    | the\ white\ house | briefing\ room | press\ briefings? | statements\ and\ releases
    | speeches\ and\ remarks | (?:u\.s\.\ )?department\ of\ (?:state|defense)
    | news\ article\ view | press\ releases? | remarks\ and\ releases | transcripts?
    | (?:main\ )?menu | search | print | share | email | subscribe | toggle\ navigation
    | home\s*[:>|/].*
    # Breadcrumbs, "Home : Media : News": a few short items, not an export's row of speech,
    # "Anna Berg | 00:00:05 | We start with the budget today.", which ends a sentence or runs on.
    | (?!.*[.?!"”]$)(?!(?:\S+\s+){12}\S).*\s[:>|]\s.*\s[:>|]\s.*
    | (?:facebook|twitter|x|linkedin|youtube|instagram)(?:\s*[|/].*)?
    | (?:\[?image\]?|photo|video)\s*:.*
    | .*[-–—]\s*state\ dept\ image\s*$
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_TRAILER = re.compile(
    r"""^(?:
      related(?:\ (?:news|articles|stories|content|links|topics|resources))?:?
    | more\ (?:news|stories|from\ .*)
    | read\ more.* | share\ this.* | tags?:.* | topics?:.*
    | \#\ ?\#\ ?\# | [\[(]?-?\ ?ends?\ ?-?[\])]? | \*\ ?\*\ ?\*
    | (?:copyright|©).*
    # Google Meet's transcript ends "Meeting ended after 00:12:41 👋" and a note on its text.
    | meeting\ ended\ after\ \d{1,2}(?::\d{2}){1,2}.*
    | back\ to\ top | subscribe.* | sign\ up.*
    | (?:january|february|march|april|may|june|july|august|september|october|november
        |december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\ \d{1,2},\ \d{4}\ [-–—]\ .*
    | .*\((?:u\.s\.\ |dod\ |photo\ |courtesy\ ).*(?:photo|image|graphic).*\)\s*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_banner(line: str) -> bool:
    """A line of the site header (banner, navigation, breadcrumbs, image credit)."""
    return bool(_BANNER.match(line.strip()))


def is_trailer(line: str) -> bool:
    """A line that starts the material after a transcript (related news, tags, end marks)."""
    return bool(_TRAILER.match(line.strip()))
