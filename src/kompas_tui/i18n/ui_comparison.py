"""Messages: the comparison screen and adding a measurement."""

MESSAGES: dict[str, dict[str, str]] = {}
