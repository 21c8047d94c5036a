"""Messages: comparing measurements (domain words)."""

MESSAGES: dict[str, dict[str, str]] = {}
