"""The Slack bot: the Bolt app, Block Kit rendering, its SQLite store, the HTTP server."""
