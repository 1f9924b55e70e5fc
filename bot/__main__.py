"""`python -m bot` is `tqa`."""

from bot.cli import main

main()
