"""`tqa serve`: the HTTP API, the source viewer, and the client the CLI uses."""
