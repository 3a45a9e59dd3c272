"""German, French and Russian quotations (issue 16, continental.py): the tags and introductions of each
language, its marks, and "looks like it but isn't" guards. Sentences written for these tests."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations
from annotator.domain.evidence.continental import closing_so, spoken_voice, subject_before, tag_after
from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute
from tests.domain.evidence.test_speakers import speakers


def found(text: str) -> dict[str, tuple[bool, str | None]]:
    """The first two words of each outermost quotation → (scare, speaker name)."""
    result = {}
    for e in attribute(text, find_quotations(text), find_citations(text)):
        if e.details.get("depth", "0") == "0":
            key = " ".join(text[e.start + 1 : e.end].split()[:2])
            result[key] = (e.scare, e.speaker.name if e.speaker else None)
    return result


# --- tags after the words ---------------------------------------------------------------------------------


def test_german_tags_with_article_adverb_pronoun_and_so():
    text = (
        "Die Sitzung war kurz. „Wir stimmen nicht zu“, rief der Abgeordnete. "
        "„Das Haus bleibt offen“, erwiderte dann die Ministerin Erika Brandt, die sich erhob. "
        "Der Kanzler Otto Wendt sprach lange. „Der Haushalt ist gedeckt“, sagte er. "
        "„Die Reform kommt zu spät.“ So Hanna Kreis am Montag vor der Presse."
    )
    assert speakers(text) == {
        "Wir stimmen nicht": "der Abgeordnete",
        "Das Haus bleibt": "Erika Brandt",
        "Der Haushalt ist": "Der Kanzler Otto Wendt",
        "Die Reform kommt": "Hanna Kreis",
    }


def test_german_closing_so_after_a_phrase():
    text = "Im Saal habe „die erste freie Versammlung des Landes“ getagt, so Hanna Kreis vor den Gästen."
    assert speakers(text) == {"die erste freie": "Hanna Kreis"}


def test_french_tags_in_compound_tenses_and_with_roles():
    text = (
        "« Nous ne céderons pas », a déclaré Paul Arnaud, reprenant une formule connue. "
        "« Le pays attend des actes », avait dit le chef du gouvernement lors du congrès. "
        "« Les salaires monteront », commente Le Courrier du Soir, qui publie le texte."
    )
    assert speakers(text) == {
        "Nous ne céderons": "Paul Arnaud",
        "Le pays attend": "le chef du gouvernement",
        "Les salaires monteront": "Le Courrier du Soir",
    }


def test_russian_dash_tags_pronoun_role_and_so():
    text = (
        "Пётр Сомов, директор завода, выступил на собрании. «Мы выполним план», — сказал он. "
        "«Сроки сорваны не по нашей вине», — заключил Громов. "
        "«Архив открыт для всех» — говорит историк Анна Белова. "
        "«Человек без страха» — так называли Сомова рабочие."
    )
    assert speakers(text) == {
        "Мы выполним план»": "Пётр Сомов",
        "Сроки сорваны не": "Громов",
        "Архив открыт для": "Анна Белова",
        "Человек без страха»": "рабочие",
    }


# --- introductions before the words -----------------------------------------------------------------------


def test_russian_and_french_subjects_before_the_verb():
    text = (
        "Нарком Семён Лыков долго молчал. Позже, на допросе, он скажет: «Я делал то, что приказывали». "
        "Члены комиссии заявили, что «Союз» «нарушал устав много лет». "
        "Une vieille militante, qui l’avait connu à Lyon, raconta : « Il parlait peu ». "
        "Quelle est la fin de la phrase de Jean Dorval : « Rien ne sera plus comme avant » ?"
    )
    assert speakers(text) == {
        "Я делал то,": "Нарком Семён Лыков",
        "нарушал устав много": "Члены комиссии",
        "Il parlait peu": "Une vieille militante",
        "Rien ne sera": "Jean Dorval",
    }


def test_german_inverted_subject_before_a_colon_and_a_name_line():
    text = (
        "Zum Jahrestag mahnt Bundesrat Peter Sommer in Bonn, die Freiheit zu schützen: "
        '"Keine Ordnung ist von selbst sicher." '
        "\n\nIwan Sorokin:\n«Нас никто не спрашивал»"
    )
    assert speakers(text) == {"Keine Ordnung ist": "Peter Sommer", "Нас никто не": "Iwan Sorokin"}


def test_role_noun_before_a_first_name_is_dropped():
    assert subject_before("Archivleiter Peter Sommer erklärte, die Akten seien ").subject == "Peter Sommer"


# --- attribution lines and marks --------------------------------------------------------------------------


def test_attribution_line_under_a_quotation_alone_on_its_line():
    text = (
        "„Wir haben den Frieden nicht gewollt, man hat ihn uns aufgezwungen. “\n"
        "General Kurt Brenner, Dezember 1919\n\n"
        "« La patience est une arme. »1044\n"
        "Louise MARCHAND (1871-1939), Discours à Lille, 1911\n"
    )
    assert speakers(text) == {"Wir haben den": "General Kurt Brenner", "La patience est": "Louise MARCHAND"}


def test_german_opening_closed_by_a_straight_mark():
    text = 'Die Gruppe der „Jungliberalen" trat aus. „Wir gehen", sagte Karl Brandt.'
    assert found(text) == {"Jungliberalen\"": (True, None), "Wir gehen\"": (False, "Karl Brandt")}


def test_words_in_a_persons_voice_are_quotations():
    text = "« Je ne regrette rien »\nLe ministre partit.\n«Мы не уйдём» Все ушли."
    result = found(text)
    assert result["Je ne"][0] is False
    assert result["Мы не"][0] is False


# --- guards: looks like it but isn't ----------------------------------------------------------------------


def test_guard_names_and_terms_stay_scare():
    text = (
        "Die sogenannten „Goldenen Zwanziger“ endeten jäh. "
        "Les soi-disant « ennemis du peuple » furent arrêtés. "
        "Общество «Мемориал» подало апелляцию, и «иностранных агентов» стало больше."
    )
    result = found(text)
    assert all(scare for scare, _ in result.values())


def test_guard_no_tag_without_the_languages_verbs_or_words():
    assert tag_after(", so Russia, in turn, refused.") is None  # English "so" is no German tag
    assert closing_so(" was wrong, so Moscow, in turn, refused.") is None
    assert tag_after(" So wenig der Demokratie") is None  # a sentence, no speaker
    assert tag_after(", note the authors.") is None
    assert tag_after(", — заявили в министерстве.") is None  # no subject named
    assert not spoken_voice(["ennemis", "du", "peuple"])  # French "du" is no German "you"
    assert not spoken_voice(["Histoire", "de", "Vichy"])


def test_guard_subject_of_the_reported_clause_is_not_the_speaker():
    tag = subject_before("Именно Громов сказал, что Лыков встал на ")
    assert tag is not None and tag.subject.endswith("Громов")
    # "puis a répondu": only auxiliaries and links before the verb, the subject is left to the other rules
    assert subject_before("Elle a réfléchi, puis a répondu : ") is None


def test_guard_english_unchanged():
    text = (
        "“The plan failed,” said the minister. "
        "He called it “madness”, so Russia, in turn, refused. "
        "“We will stay,” she said.\n"
        "“A quotation on its own line.”\n"
        "Nobody signed it, and the next line is prose.\n"
    )
    result = found(text)
    assert result["The plan"] == (False, "the minister")
    assert result["madness”"][0] is False  # "He called it “…”": his word (the lead's convention, session 11)
    assert result["A quotation"][1] != "Nobody"  # a line under a quotation is no attribution when it is prose


def test_guard_name_in_marks_inside_the_authors_sentence_before_a_tag():
    # (the German "das „Manifest der Freiheit“, erklärte Karl Brandt" is still read as said, as on main)
    assert found("Потом он зачитал «Письмо к рабочим», уверяет Громов.")["Письмо к"][0] is True


def test_name_line_after_a_preposition_and_the_new_russian_verbs():
    text = "Selon Paul Arnaud :\n“Nous avons perdu une bataille.”\n«Всё будет хорошо», — заверяет Громов."
    assert speakers(text) == {"Nous avons perdu": "Paul Arnaud", "Всё будет хорошо»": "Громов"}


def test_present_plural_tag_verb_and_russian_function_words_are_no_names():
    german = "Der Kanzler lehnte ab, worauf Abgeordnete der Opposition rufen: „Treten Sie zurück!“ "
    russian = "Иван Громов был наркомом. Не обошел он вниманием и коллег. Позже он скажет: «Я ошибался»."
    assert speakers(german)["Treten Sie zurück!“"] == "Abgeordnete der Opposition"
    assert speakers(russian)["Я ошибался»"] == "Иван Громов"
