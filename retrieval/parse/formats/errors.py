"""The one error of reading a transcript file."""


class TranscriptError(ValueError):
    """A file that cannot be read as a transcript; the message names the file."""
