"""Language of a text, by lingua's detector (its models ship in the wheel; nothing is downloaded)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

SAMPLE_CHARS = 20_000
MIN_LETTERS = 20


@cache
def _detector() -> LanguageDetector:
    from lingua import LanguageDetectorBuilder  # on first use: its import is paid by imports only

    # Low-accuracy mode uses only the small n-gram models: ~0.5 s to load instead of ~10 s and 1 GB,
    # and on a paragraph or more of text it is as good as the full mode.
    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "" when it cannot be told (too short, no letters)."""
    sample = text[:SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return ""
    language = _detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language is not None else ""
