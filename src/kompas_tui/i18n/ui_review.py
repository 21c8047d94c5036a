"""Messages: the Gennemsyn (review) screens."""

MESSAGES: dict[str, dict[str, str]] = {}
