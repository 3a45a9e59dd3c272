"""The web clean-up on copyright notices in any language (issue 14, 2026-12): a line that opens with the ©
sign and a name ("© Verlag GmbH – Alle Rechte vorbehalten"), twenty words at most, goes, whatever words
follow the name. Guards: a sentence about the sign, a long paragraph that opens with it, and a © inside the
article's prose stay."""

from tests.helpers.webclean_lines import removed_lines as _removed

HEAD = "Elbe Kurier\n\nAnmelden\nAbo\nPolitik\nWirtschaft\nKultur\n\n"
ARTICLE = (
    "Das alte Zollhaus am Hafen wird im kommenden Frühjahr wieder geöffnet, nachdem die Stadt das Dach "
    "und die Fenster des Gebäudes aus dem achtzehnten Jahrhundert erneuern ließ.\n\n"
    "Im Erdgeschoss soll eine kleine Ausstellung über den Handel auf dem Fluss gezeigt werden, mit "
    "Zollbüchern, Karten und Briefen der Kaufleute, die das Stadtarchiv aufbewahrt.\n\n"
    "Die Bilder der Ausstellung, © beim Stadtarchiv, dürfen nach Auskunft der Stadt für den "
    "Schulunterricht frei verwendet werden.\n\n"
)
FOOT = "Impressum\nDatenschutz\nKontakt\n"


def test_copyright_notices_in_other_languages_go() -> None:
    notices = (
        "© Elbe Kurier Verlag GmbH – Alle Rechte vorbehalten. Nutzungsrechte erwerben?\n"
        "©  Elbe Kurier GmbH  -  ein Unternehmen der Nordsee Mediengruppe GmbH & Co. KG\n"
    )
    removed = _removed(HEAD + ARTICLE + notices + FOOT)
    for line in notices.strip().split("\n"):
        assert line.strip() in removed


def test_a_sentence_about_the_sign_and_the_sign_inside_prose_stay() -> None:
    sentence = "© ist das Zeichen, mit dem ein Verlag seine Rechte an einem Text anzeigt.\n"
    long_one = (
        "© Stadtarchiv: Die Zollbücher des Hafens sind seit dem Jahr 1750 vollständig erhalten und werden "
        "im Lesesaal des Archivs auf Anfrage vorgelegt, auch für Schulklassen und Vereine.\n"
    )
    removed = _removed(HEAD + ARTICLE + sentence + "\n" + long_one + "\n" + FOOT)
    assert sentence.strip() not in removed
    assert long_one.strip() not in removed
    assert not any("beim Stadtarchiv" in line for line in removed)
