"""Messages: the facilitator's live ballot on the Afstemning screen."""

MESSAGES: dict[str, dict[str, str]] = {}
