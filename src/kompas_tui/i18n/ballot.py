"""Messages: live voting through the shared folder (errors and notes)."""

MESSAGES: dict[str, dict[str, str]] = {}
