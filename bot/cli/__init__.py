"""The `tqa` command line."""

from bot.cli.commands import cli, main

__all__ = ["cli", "main"]
