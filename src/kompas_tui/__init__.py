"""kompas: follow-up on the wellbeing and workplace-assessment survey, in the terminal."""

__version__ = "0.1.0"
