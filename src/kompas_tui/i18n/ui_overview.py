"""Messages: the Overblik (overview) screen."""

MESSAGES: dict[str, dict[str, str]] = {}
