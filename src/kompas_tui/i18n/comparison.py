"""Messages: comparing measurements (domain words)."""

MESSAGES: dict[str, dict[str, str]] = {
    # Why a theme is not compared (domain/comparison.py, Reason).
    "comparison.reason.missing_before": {
        "da": "ikke med i den tidligere måling",
        "en": "not in the earlier measurement",
    },
    "comparison.reason.missing_after": {
        "da": "ikke med i den senere måling",
        "en": "not in the later measurement",
    },
    "comparison.reason.suppressed_both": {
        "da": "skjult i begge målinger (under {n} svar)",
        "en": "hidden in both measurements (fewer than {n} answers)",
    },
    "comparison.reason.suppressed_before": {
        "da": "skjult i den tidligere måling (under {n} svar)",
        "en": "hidden in the earlier measurement (fewer than {n} answers)",
    },
    "comparison.reason.suppressed_after": {
        "da": "skjult i den senere måling (under {n} svar)",
        "en": "hidden in the later measurement (fewer than {n} answers)",
    },
}
