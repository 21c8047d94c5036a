"""Messages: kompas join: the participant's voting screen."""

MESSAGES: dict[str, dict[str, str]] = {}
