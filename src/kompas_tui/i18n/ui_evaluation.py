"""Messages: the Evaluering screen."""

MESSAGES: dict[str, dict[str, str]] = {}
