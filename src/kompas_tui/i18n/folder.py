"""Messages: reading a folder of sessions (problems)."""

MESSAGES: dict[str, dict[str, str]] = {}
