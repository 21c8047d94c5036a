"""Messages: kompas overview --format and kompas due."""

MESSAGES: dict[str, dict[str, str]] = {}
