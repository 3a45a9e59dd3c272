"""Web-capture clean-up removes whole lines of page furniture on the capture's own evidence, says why, and
never takes a line the author wrote."""

import pytest

from annotator.io.importers.webclean import clean_web, furniture, looks_like_web_capture
from tests.helpers.web_captures import PAGES, hub_page, render

ARTICLE = (
    "The harvest of 1932 was requisitioned in full, the report said.\n"
    "\n"
    "Nobody in the district committee would sign the second report.\n"
)


def test_furniture_lines_are_removed_with_reasons() -> None:
    capture = (
        "Daily Past — history for everyone\n"
        "Skip to content\n"
        "Home | Archive | About us | Contact\n"
        "Open search\n"
        "Grain and hunger[edit]\n"
        f"{ARTICLE}"
        "Share\n"
        "Back to top\n"
        "1656 Words7 Pages\n"
        "© 2019 Daily Past. All rights reserved.\n"
        "Daily Past — history for everyone\n"
    )
    result = clean_web(capture)
    assert result.text == f"Grain and hunger\n{ARTICLE}"
    reasons = {(r.number, r.reason) for r in result.removed}
    assert reasons == {
        (1, "repeated banner"),
        (2, "site banner"),
        (3, "navigation links"),
        (4, "page furniture"),
        (5, "edit link"),
        (9, "page furniture"),
        (10, "page furniture"),
        (11, "counter"),
        (12, "copyright line"),
        (13, "repeated banner"),
    }


def test_text_without_furniture_is_returned_unchanged() -> None:
    result = clean_web(ARTICLE)
    assert result.text == ARTICLE
    assert result.removed == ()


def test_sentences_that_mention_furniture_words_stay() -> None:
    text = (
        "Share the grain, they said.\nHe went back to top up the lamp: Print | Copy | one word, then left.\n"
    )
    assert clean_web(text).text == text


# Issue 13, item 11: lines of content that a naive rule takes for a copyright line or a button.
LOOK_ALIKES = (
    "The decree laid down three duties of the collective farm, which the chairman read out twice:\n"
    "(a) the plan of sowing is fixed by the district;\n"
    "(b) the seed fund is kept in the common barn;\n"
    "(c) the grain is delivered to the state before any payment in kind to the members.\n"
    "\n"
    "Copyright law in the USSR protected the author for life and fifteen years.\n"
    "Copyright 1936 was the year of the new constitution, a local wit wrote in the margin.\n"
    "\n"
    "Search and seizure\n"
    "\n"
    "Share of the harvest taken by the state rose to over forty per cent by 1932, the figures show.\n"
    "\n"
    "Propaganda reached the village through every medium the department of agitation could list:\n"
    "Print\n"
    "Radio\n"
    "Film\n"
    "Posters\n"
    "\n"
    "Year | Share of harvest | Exports\n"
    "1930 | 26% | 4.8\n"
    "\n"
    "By Anna Petrova · 12 March 2021 · the district archive\n"
    "McAuley and MacDonald read the NKVD files in Moscow; the iPhone of the YouTube age came much later.\n"
    "Split TextViewer class into ViewWindow, ViewFrame, and TextFrame classes\n"
    "From Lenin to Stalin\n"
    "From Pravda\n"
    "Dizzy with success: the article was read aloud in every village soviet of the district that spring.\n"
    "« Ce n’est pas la révolution »\n"
    "From Izvestia\n"
    "The decree on the kulak households was printed on the front page, with the list of the regions.\n"
)


def test_lines_of_content_that_look_like_furniture_stay() -> None:
    result = clean_web(LOOK_ALIKES)
    assert [r.text for r in result.removed] == []
    assert result.text == LOOK_ALIKES


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("StalinismStalinismMain", "navigation links"),
        ("Home › History › Soviet Union", "navigation links"),
        ("8 pages, 0 posts", "counter"),
        ("1656 Words7 Pages", "counter"),
        ("3 comments on “Stalinism: The Complete Negation of Socialism", "counter"),
        ("kolya1917's avatar", "avatar"),
        ("from Wikipedia", "source label"),
        ("Be the first to start a discussion here.", "empty prompt"),
        ("No comments yet.", "empty prompt"),
        ('Retrieved from "https://en.wikipedia.org/wiki/Stalinism"', "edit or revision link"),
        ("This page was last edited on 3 May 2024, at 10:12 (UTC).", "edit or revision link"),
        ("Like this story? Please donate to New Politics. Click HERE", "call to action"),
        ("Make your own free website on", "site banner"),
        ("Read more on Wikipedia", "page furniture"),
        ("Click here to search", "call to action"),
        ("Fact-checked by Grok 3 days ago", "counter"),
        ("© 2025 xAI", "copyright line"),
        ("Learn more about citation styles", "page furniture"),
        ("Politics and Social Issues›", "navigation links"),
        ("Back to revision notes | Back to essays | Back to Gerry Lynch's homepage", "navigation links"),
    ],
)
def test_furniture_shapes(line: str, reason: str) -> None:
    capture = f"{ARTICLE}\n{line}\n\n{ARTICLE}"
    (removed,) = clean_web(capture).removed
    assert (removed.text, removed.reason) == (line, reason)


def test_a_related_block_the_logo_and_tail_labels_go_in_the_page_chrome() -> None:
    capture = (
        "Encyclohub\nSearch\nStalinismStalinismMain\nStalinism\n"
        "Stalinism is the means of governing that Stalin built in the Soviet Union from 1927 to 1953.\n"
        "Related Hubs\nLeninism\nTrotskyism\nDiscussion\nBe the first to start a discussion here.\n"
    )
    reasons = {capture.split("\n")[i]: r for i, r in furniture(capture).items()}
    assert reasons == {
        "Encyclohub": "logo",
        "Search": "page furniture",
        "StalinismStalinismMain": "navigation links",
        "Related Hubs": "related links",
        "Leninism": "related links",
        "Trotskyism": "related links",
        "Discussion": "section label",
        "Be the first to start a discussion here.": "empty prompt",
    }


def test_a_title_whose_words_the_article_uses_is_not_a_logo() -> None:
    capture = (
        "Inside a Totalitarian Regime: Key features of Stalinism\n\n1656 Words7 Pages\n"
        "Stalin's rule lasted almost thirty years, and Stalinism deeply transformed the regime of the USSR.\n"
    )
    assert [r.text for r in clean_web(capture).removed] == ["1656 Words7 Pages"]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_invented_captures_lose_exactly_their_furniture(name: str) -> None:
    """Every line labelled furniture goes and no content line does (precision and recall 1 on these)."""
    capture = render(PAGES[name]())
    found = set(furniture(capture.text))
    lines = capture.text.split("\n")
    assert sorted(lines[i] for i in found - capture.furniture) == []  # content taken
    assert sorted(lines[i] for i in capture.furniture - found) == []  # furniture left


def test_web_captures_are_recognised_and_an_article_is_not() -> None:
    assert looks_like_web_capture(render(hub_page()).text)
    assert looks_like_web_capture("Make your own free website on\n" + ARTICLE + "Home | Essays | Notes\n")
    assert not looks_like_web_capture(ARTICLE)
    assert not looks_like_web_capture(LOOK_ALIKES)
    licence = "".join(f"Copyright (c) {2000 + n} The Authors.\n" for n in range(5)) + ARTICLE
    assert not looks_like_web_capture(licence)


def test_a_single_button_word_goes_only_beside_furniture_or_when_the_page_repeats_it() -> None:
    transcript = (
        "The delegate from Tambov asked whether the seed grain would be returned in the spring.\n"
        "Reply\n"
        "The commissar answered that the question would be settled by the district in due course.\n"
    )
    assert clean_web(transcript).removed == ()
    comments = (
        f"{ARTICLE}\nMaria K. says:\nMy grandmother told the same story about the telegram, word for word.\n"
        "Reply\nivan_h says:\nThank you, Maria, that is the memory the minutes cannot give us.\nReply\n"
    )
    assert [r.text for r in clean_web(comments).removed] == ["Reply", "Reply"]


def test_a_user_name_beside_its_avatar_goes_but_a_title_stays() -> None:
    capture = (
        "Stalinism\nkolya1917's avatar\nkolya1917\nFollow\n"
        "Stalinism is the means of governing that Stalin built in the Soviet Union from 1927 to 1953.\n"
    )
    assert [(r.text, r.reason) for r in clean_web(capture).removed] == [
        ("kolya1917's avatar", "avatar"),
        ("kolya1917", "user name"),
        ("Follow", "page furniture"),
    ]


def test_a_title_repeated_near_the_top_and_the_bottom_of_a_short_capture_is_no_banner() -> None:
    lead = "Stalinism is the means of governing that Stalin built in the Soviet Union from 1927 to 1953."
    capture = (
        f"Stalinism\nfrom Wikipedia\nStalinism\n{lead}\nfrom Grokipedia\nStalinism\n{lead}\n"
        "© 2025 Encyclohub Ltd.\n"
    )
    removed = [r.text for r in clean_web(capture).removed]
    assert removed == ["from Wikipedia", "from Grokipedia", "© 2025 Encyclohub Ltd."]


def test_hub_labels_in_capitals_above_one_title_go_but_a_readers_excerpts_keep_theirs() -> None:
    lead = "Stalinism is the means of governing that Stalin built in the Soviet Union from 1927 to 1953."
    hub = f"{lead}\nFrom Wikipedia\nStalinism\n{lead}\nFrom Grokipedia\nStalinism\n{lead}\n"
    assert [r.text for r in clean_web(hub).removed] == ["From Wikipedia", "From Grokipedia"]
    reader = f"{lead}\nFrom Pravda\nDizzy with success\n{lead}\nFrom Izvestia\nOn the kulaks\n{lead}\n"
    assert clean_web(reader).removed == ()


def test_buttons_and_tabs_go_in_the_chrome_but_a_title_before_the_prose_stays() -> None:
    capture = (
        "Encyclohub\nSearch\nStalinismStalinismMain\nPages\nPosts\nEdit hub\nAdd a page…\n"
        "Open Society\n"
        "Stalinism is the means of governing that Stalin built in the Soviet Union from 1927 to 1953.\n"
    )
    removed = [r.text for r in clean_web(capture).removed]
    buttons = ["Pages", "Posts", "Edit hub", "Add a page…"]
    assert removed == ["Encyclohub", "Search", "StalinismStalinismMain", *buttons]


def test_code_and_wrapped_sentences_are_not_navigation_or_banners() -> None:
    text = (
        "The release notes list the new targets, each with its own line and link:\n"
        "    - [`riscv32{e|em|emc}-unknown-none-elf`](https://github.com/rust-lang/rust/pull/1)\n"
        "The rule was explained at length by the committee, and you can read\n"
        "  more about this on the [blog][notes]. The associated changes are listed below.\n"
    )
    assert clean_web(text).removed == ()


def test_data_tables_and_commands_are_not_banners_links_or_navigation() -> None:
    output = (
        "Output::\n\n    {\n        \"Source\": \"user\",\n        \"Media\": {\n"
        + "The parameters are listed in full in the table that the command prints after the call.\n" * 3
        + "    |      AZ      |       Instance        |        Name        |\n"
        "  aws cognito-idp create-user-pool --pool-name MyUserPool\n"
        "        \"Source\": \"user\",\n        \"Media\": {\n    }\n"
    )
    assert clean_web(output).removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "HomeNewsHistoryCultureAbout",
        "Main pageContentsCurrent eventsRandom article",
        "ResearchCitation stylesSign in",
    ],
)
def test_glued_links_go_in_the_page_head_but_a_camel_case_name_in_the_body_stays(line: str) -> None:
    (removed,) = clean_web(f"{line}\n{ARTICLE}").removed
    assert (removed.text, removed.reason) == (line, "navigation links")
    body = f"{ARTICLE}\n{line}\n\n{ARTICLE}"
    assert clean_web(body).removed == ()
    assert clean_web(f"{ARTICLE}\nUnicodeDecodeException\n\n{ARTICLE}").removed == ()
