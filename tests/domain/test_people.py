"""How names of people are cleaned, compared and classed, and how roles are read."""

from __future__ import annotations

import pytest

from annotator.domain.errors import InvalidInput
from annotator.domain.model import PersonKind, SpeakerRole
from annotator.domain.people import MAX_NAME, clean_name, guess_kind, name_key, role


def test_names_are_compared_by_unicode_case_and_spacing_without_a_leading_the() -> None:
    assert name_key("Хрущёв") == name_key("ХРУЩЁВ")  # SQLite's NOCASE would not fold these
    assert name_key("  Nikita   Khrushchev ") == name_key("nikita khrushchev")
    assert name_key("the Central Committee") == name_key("Central Committee")
    assert name_key("Straße") == name_key("STRASSE")  # full case folding
    assert name_key("Theodor Shanin") != name_key("odor Shanin")  # "the" only as a word


def test_a_name_is_cleaned_of_quotes_spaces_and_control_characters() -> None:
    assert clean_name("  “Khrushchev”, ") == "Khrushchev"
    assert clean_name("Khrushchev, N. S.") == "Khrushchev, N. S."  # initials keep their full stops
    assert clean_name("Nikita\x0c\x00Khrushchev") == "Nikita Khrushchev"
    assert clean_name("Е\u0308лкин") == "Ёлкин"  # NFC: one way of writing each letter
    with pytest.raises(InvalidInput, match="needs a name"):
        clean_name(" « » ")
    with pytest.raises(InvalidInput, match=f"longer than {MAX_NAME} characters"):
        clean_name("x" * (MAX_NAME + 1))


def test_invisible_format_characters_are_no_part_of_a_name() -> None:
    # Before, a name of bidi marks alone was stored (a person with an empty-looking name), "\u202eIvanov"
    # showed reversed, and "Ivanov\u200b" was a second Ivanov.
    assert clean_name("\u202eIvanov\u202c") == "Ivanov"
    assert name_key(clean_name("Ivanov\u200b\ufeff")) == name_key("Ivanov")
    assert clean_name("\u2067\u05d1\u05df \u05d2\u05d5\u05e8\u05d9\u05d5\u05df\u2069") == "בן גוריון"
    assert clean_name("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == "می\u200cخواهم"  # ZWNJ spells
    with pytest.raises(InvalidInput, match="needs a name"):
        clean_name("\u200f\u200e\u202b\u202c\u2066\u2069\u200b\ufeff")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Central Committee", PersonKind.BODY),
        ("Levada Center", PersonKind.BODY),
        ("Pravda", PersonKind.BODY),
        ("Политбюро ЦК", PersonKind.BODY),
        ("Nikita Khrushchev", PersonKind.PERSON),
        ("Sheila Fitzpatrick", PersonKind.PERSON),
    ],
)
def test_bodies_are_told_from_persons_by_their_names(name: str, kind: PersonKind) -> None:
    assert guess_kind(name) is kind


def test_roles_are_read_in_any_case_and_others_refused() -> None:
    assert role(" Quoted ") is SpeakerRole.QUOTED
    assert role(SpeakerRole.CITED) is SpeakerRole.CITED
    with pytest.raises(InvalidInput, match="role 'orator' is not one of author, quoted, cited, commenter"):
        role("orator")
