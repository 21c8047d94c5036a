"""Messages: evaluation rounds (domain: refusals)."""

MESSAGES: dict[str, dict[str, str]] = {}
