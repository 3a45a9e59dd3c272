"""Other voices (issue 16): reader comments under a web article, letters to the editor, interview turns."""

from __future__ import annotations

from annotator.domain.evidence import EvidenceKind
from annotator.domain.evidence.comments import find_comments

ARTICLE_WITH_COMMENTS = """Stalinism: The Complete Negation of Socialism

Stalin had wiped out virtually the entire generation of 1917.

About Author

Thomas Harrison is an editor.

3 comments on “Stalinism: The Complete Negation of Socialism
  1. Bennett Muraskin says:

    Leninism and Stalinism

    I would like to suggest that Stalinist economic policies were foreshadowed in war communism.

  2. Bennett Muraskin says:

    If Lenin lived, do you think the Soviet Union would have become a socialist democracy?

  3. Ruth Adler says: March 3, 2018 at 4:12 pm

    The difference was a matter of degree, not kind.
"""


def _voices(text: str) -> list[tuple[str, str, str]]:
    """(speaker, text of the voice, date) of each voice found."""
    return [
        (e.speaker.name if e.speaker else "", text[e.start : e.end], e.details.get("date", ""))
        for e in find_comments(text)
    ]


def test_each_comment_under_an_article_with_its_commenter():
    found = find_comments(ARTICLE_WITH_COMMENTS)
    assert [e.kind for e in found] == [EvidenceKind.COMMENT] * 3
    assert _voices(ARTICLE_WITH_COMMENTS) == [
        ("Bennett Muraskin", "Leninism and Stalinism\n\n    I would like to suggest that Stalinist economic "
         "policies were foreshadowed in war communism.", ""),
        ("Bennett Muraskin", "If Lenin lived, do you think the Soviet Union would have become a socialist "
         "democracy?", ""),
        ("Ruth Adler", "The difference was a matter of degree, not kind.", "March 3, 2018 at 4:12 pm"),
    ]  # fmt: skip
    speaker = found[0].speaker
    assert speaker is not None and speaker.role == "commenter"
    assert ARTICLE_WITH_COMMENTS[speaker.start : speaker.end] == "Bennett Muraskin"
    assert {e.details["voice"] for e in found} == {"comment"}


def test_wordpress_comments_with_date_lines_reply_buttons_and_the_reply_form():
    text = (
        "Why the census was suppressed\n\nThe census counted 162 million.\n\n"
        "5 Responses to “Why the census was suppressed”\n\n"
        "Anna K.\nMarch 3, 2019 at 4:12 pm\n\nMy grandmother remembered the census takers.\n\nReply\n\n"
        "tomsk_reader\nMarch 10, 2019 at 7:45 pm\n\nMerridale wrote about this in 1996.\n\nReply\n\n"
        "Leave a Reply\n\nYour email address will not be published.\n"
    )
    assert _voices(text) == [
        ("Anna K.", "My grandmother remembered the census takers.", "March 3, 2019 at 4:12 pm"),
        ("tomsk_reader", "Merridale wrote about this in 1996.", "March 10, 2019 at 7:45 pm"),
    ]


def test_disqus_style_name_and_age_lines():
    text = (
        "Comments\n\nOlena P. • 2 years ago\nThe chapter on Poltava is the best.\n\n"
        "Marcus Hale • 3 days ago\nI disagree with the reviewer.\n"
    )
    assert _voices(text) == [
        ("Olena P.", "The chapter on Poltava is the best.", "2 years ago"),
        ("Marcus Hale", "I disagree with the reviewer.", "3 days ago"),
    ]


def test_without_a_comments_heading_a_lone_says_line_is_not_a_reader():
    text = "The speech was long.\nKhrushchev says:\nThe cult of personality grew to monstrous size.\n"
    assert find_comments(text) == []


def test_letters_to_the_editor_end_at_their_signatures():
    text = (
        "Letters to the Editor\n\nFamine figures\n\n"
        "Your correspondent's estimate of seven million dead in Ukraine alone is not supported by the\n"
        "evidence published since the archives opened.\n— Mary Collins, Edinburgh\n\n"
        "Grain exports\n\n"
        "It is worth remembering that the Soviet Union went on exporting grain throughout the winter.\n"
        "— Petro Hnatyuk, Toronto\n"
    )
    found = find_comments(text)
    assert [(e.speaker.name if e.speaker else "", e.details["voice"], e.details.get("place"),
             e.details.get("title")) for e in found] == [
        ("Mary Collins", "letter", "Edinburgh", "Famine figures"),
        ("Petro Hnatyuk", "letter", "Toronto", "Grain exports"),
    ]  # fmt: skip
    assert text[found[0].start : found[0].end].startswith("Your correspondent's estimate")
    assert text[found[0].start : found[0].end].endswith("since the archives opened.")


def test_interview_questions_and_answers():
    text = (
        "Five questions for a demographer\n\n"
        "Q: How many died in the famine?\nA: Between five and seven million.\n\n"
        "Q: Why do the estimates differ?\nA: Because the 1937 census was suppressed.\n"
    )
    found = find_comments(text)
    turns = [(e.speaker.name if e.speaker else "", text[e.start : e.end], e.details["turn"]) for e in found]
    assert turns == [
        ("Q", "How many died in the famine?", "question"),
        ("A", "Between five and seven million.", "answer"),
        ("Q", "Why do the estimates differ?", "question"),
        ("A", "Because the 1937 census was suppressed.", "answer"),
    ]


def test_interview_turns_marked_by_names():
    text = (
        "An interview\n\nHarrison: When did you first go to the archives?\n\n"
        "Petrova: In 1992. The reading room was cold.\n\nHarrison: Was anything closed?\n\n"
        "Petrova: The personal files of NKVD officers.\n"
    )
    assert [name for name, _, _ in _voices(text)] == ["Harrison", "Petrova", "Harrison", "Petrova"]


def test_a_list_of_views_or_labels_is_not_an_interview():
    views = (
        "Views of some writers\n\nPonton: Revisionist. Minimises Stalin's role.\n\n"
        "Oskvotov: Totalitarianism is where the majority disregard the minority.\n\n"
        "Volkov: Totalitarianism is a misalliance of ideas.\n"
    )
    labels = "Note: see above.\nSource: the archive.\nNote: figures rounded.\nSource: the census.\n"
    assert find_comments(views) == []
    assert find_comments(labels) == []


def test_blogger_comments_with_the_date_under_the_text():
    text = (
        "A post\n\n12 comments:\n\nJohn Smith said...\n\nGreat post, thank you.\n\n"
        "March 3, 2010 at 4:12 PM\n\n"
        "Anonymous said...\n\nI disagree.\nSecond line.\n\nMarch 4, 2010 at 9:00 AM\n\nPost a Comment\n"
    )
    assert _voices(text) == [
        ("John Smith", "Great post, thank you.", "March 3, 2010 at 4:12 PM"),
        ("Anonymous", "I disagree.\nSecond line.", "March 4, 2010 at 9:00 AM"),
    ]


def test_news_site_comments_with_a_count_relative_dates_and_button_rows():
    text = (
        "Archive opens files\n\nThe archive has put 4,000 documents online.\n\nComments (2)\n\n"
        "JaneDoe42\n5 hours ago\nFinally. My family searched for years.\nReply · Report\n\n"
        "M. Kowalenko\n2 hours ago\nWill the NKVD files follow?\nReply · Report\n"
    )
    assert _voices(text) == [
        ("JaneDoe42", "Finally. My family searched for years.", "5 hours ago"),
        ("M. Kowalenko", "Will the NKVD files follow?", "2 hours ago"),
    ]


def test_a_letter_signed_with_the_place_on_the_line_below():
    text = (
        "Letters\n\nThe census of 1937\n\n"
        "Sir, Your article on the suppressed census omits the fate of the statisticians who ran it.\n"
        "Olga Danilova\nLondon\n\nGrain and the ports\n\n"
        "Sir, Grain left Odessa throughout the famine. The port records are in the regional archive.\n"
        "Ivan Petrenko\nOdesa, Ukraine\n"
    )
    found = find_comments(text)
    assert [(e.speaker.name if e.speaker else "", e.details.get("place"), e.details.get("title"),
             text[e.start : e.end][:12]) for e in found] == [
        ("Olga Danilova", "London", "The census of 1937", "Sir, Your ar"),
        ("Ivan Petrenko", "Odesa, Ukraine", "Grain and the ports", "Sir, Grain l"),
    ]  # fmt: skip
