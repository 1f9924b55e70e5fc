"""The parser's version, kept with each indexed document."""

from __future__ import annotations

# Raised when the same file parses into other turns or metadata than before, so that
# `tqa ingest` reads again the files an older parser indexed. What each raise changed is in
# docs/parser-versions.md: add a line there with each raise.
PARSER_VERSION = 160
