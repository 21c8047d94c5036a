"""Messages: the rounds in exports."""

MESSAGES: dict[str, dict[str, str]] = {}
