"""Text-mode recall of the web clean-up (issue 14, seventh round): furniture lines of a browser copy that
the earlier rules kept, each rule with the content that looks like it and stays."""

from annotator.io.importers.webclean import clean_web, furniture

ARTICLE = (
    "The grain commission of the district met every week in the spring of 1922 and wrote down what each "
    "village had received, what it had sown and how many children its kitchens had fed.\n"
    "\n"
    "Its minutes were kept by the schoolteacher, who added notes of her own in the margins when the "
    "figures sent by the villages did not agree with what the inspectors had seen there.\n"
    "\n"
    "The minutes end in June 1923, when the commission was wound up and its papers went to the "
    "provincial archive, where they were catalogued again only in the nineteen-nineties.\n"
)
HEAD = "Skip to content\nThe Valley Gazette\nNews\nSport\nHeritage\nLog in\n"


def _removed(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[i] for i in sorted(furniture(text))]


def test_a_column_of_other_stories_under_its_label_goes_right_after_the_article() -> None:
    # Nothing found between the article's last paragraph and the column: the run begins at its label.
    capture = (
        f"{HEAD}{ARTICLE}"
        "Most Popular\n"
        "Council to close the last branch library in the valley\n"
        "Flood defences on the river to be raised by a metre\n"
        "Town band celebrates its hundred and fiftieth year\n"
        "Share\nFacebook\nEmail\n"
        "© 2025 Valley Gazette Ltd\n"
    )
    removed = _removed(capture)
    for line in ("Most Popular", "Council to close the last branch library in the valley",
                 "Town band celebrates its hundred and fiftieth year"):
        assert line in removed


def test_a_list_closing_the_article_under_its_own_heading_stays() -> None:
    # The article's own list after its last paragraph, under a heading that is no label of other stories.
    capture = (
        f"{HEAD}{ARTICLE}"
        "Sources consulted\n"
        "Minutes of the grain commission\n"
        "Reports of the district inspectors\n"
        "Letters of the schoolteacher to her sister\n"
        "Share\nFacebook\nEmail\n"
        "© 2025 Valley Gazette Ltd\n"
    )
    kept = clean_web(capture).text
    for line in ("Sources consulted", "Minutes of the grain commission",
                 "Letters of the schoolteacher to her sister"):
        assert f"{line}\n" in kept


def test_the_dates_of_a_list_of_other_posts_go_with_their_headlines() -> None:
    capture = (
        f"{HEAD}{ARTICLE}"
        "Share\nFacebook\nEmail\n"
        "A visit to the provincial archive\n"
        "December 17, 2021\n"
        "Reading a commission's minutes\n"
        "December 7, 2021\n"
        "What the inspectors counted\n"
        "November 18, 2021\n"
        "Privacy policy\nContact\n"
    )
    removed = _removed(capture)
    for line in ("December 17, 2021", "December 7, 2021", "November 18, 2021",
                 "Reading a commission's minutes"):
        assert line in removed


def test_the_date_of_a_readers_comment_stays_with_its_author_and_words() -> None:
    capture = (
        f"{HEAD}{ARTICLE}"
        "Recent Posts\n"
        "A visit to the provincial archive\n"
        "Reading a commission's minutes\n"
        "What the inspectors counted\n"
        "2 comments\n"
        "Marta Kowalska\n"
        "December 17, 2021\n"
        "My grandmother was fed in one of those kitchens and never forgot the teacher's name.\n"
        "Reply\n"
        "Jan Novak\n"
        "December 18, 2021\n"
        "Thank you for writing this.\n"
        "Reply\n"
        "Privacy policy\nContact\n"
    )
    kept = clean_web(capture).text
    for line in ("Marta Kowalska", "December 17, 2021", "Jan Novak", "December 18, 2021",
                 "Thank you for writing this."):
        assert f"{line}\n" in kept


def test_an_advertisements_label_between_two_paragraphs_goes() -> None:
    paragraphs = ARTICLE.split("\n\n")
    capture = f"{HEAD}{paragraphs[0]}\n\nAdvertisement\n\n{paragraphs[1]}\n\nAnzeige\n\n{paragraphs[2]}"
    removed = _removed(capture)
    assert "Advertisement" in removed and "Anzeige" in removed


def test_a_section_on_advertising_keeps_its_heading() -> None:
    # "Advertising" heading the article's own section (said once) is the author's.
    paragraphs = ARTICLE.split("\n\n")
    capture = (
        f"{HEAD}{paragraphs[0]}\n\nAdvertising\n\n"
        "The paper carried advertisements for seed and tools on its back page until the spring of 1922, "
        "when the commission took the space for its own notices.\n\n"
        f"{paragraphs[1]}"
    )
    assert "Advertising\n" in clean_web(capture).text


def test_advertising_said_over_each_slot_and_a_sponsors_glued_label_go() -> None:
    paragraphs = ARTICLE.split("\n\n")
    capture = (
        f"{HEAD}{paragraphs[0]}\n\nAdvertising\n\n{paragraphs[1]}\n\nAdvertising\n\n{paragraphs[2]}"
        "Share\nFacebook\nSponsoredAcme Brokers\nTrade the markets from your phone\n"
    )
    removed = _removed(capture)
    assert removed.count("Advertising") == 2
    assert "SponsoredAcme Brokers" in removed


def test_a_buttons_word_with_its_count_goes() -> None:
    paragraphs = ARTICLE.split("\n\n")
    capture = (
        f"{HEAD}{paragraphs[0]}\n\ntweet0\n\n{paragraphs[1]}\n\n{paragraphs[2]}"
        "anna_k\n3 March 2024\nMy grandmother was fed in one of those kitchens.\nLike 24\n"
        "Pete W.\n4 March 2024\nWill the panel say where each of them served?\nLike 6\n"
    )
    removed = _removed(capture)
    assert {"tweet0", "Like 24", "Like 6"} <= set(removed)
    assert "anna_k" not in removed and "Pete W." not in removed


def test_numbered_headings_that_look_like_counters_stay() -> None:
    paragraphs = ARTICLE.split("\n\n")
    capture = (
        f"{HEAD}Article 12\n\n{paragraphs[0]}\n\nPage 3\n\n{paragraphs[1]}\n\nTop 10\n\n{paragraphs[2]}"
    )
    kept = clean_web(capture).text
    for line in ("Article 12", "Page 3", "Top 10"):
        assert f"{line}\n" in kept


def test_calls_to_click_and_empty_prompts_go() -> None:
    paragraphs = ARTICLE.split("\n\n")
    calls = (
        "Click here to watch video: How the kitchens were run",
        "click to expand section The inspectors' reports",
        "11Comments. Click to view comments",
        "Be the first to like this.",
        "You must log in or register to reply here.",
    )
    capture = (
        f"{HEAD}{paragraphs[0]}\n\n{calls[0]}\n\n{paragraphs[1]}\n\n{calls[1]}\n\n{paragraphs[2]}"
        + "\n".join(calls[2:])
    )
    removed = _removed(capture)
    assert set(calls) <= set(removed)


def test_sentences_that_tell_the_reader_to_click_or_log_in_stay() -> None:
    # The article's own sentences about clicking and logging in, not controls of the page.
    paragraphs = ARTICLE.split("\n\n")
    lines = (
        "Users could click to open the catalogue, as the archive's manual of 1998 explained.",
        "Readers had to log in to the reading room's terminal before ordering a file.",
    )
    capture = f"{HEAD}{paragraphs[0]}\n\n{lines[0]}\n\n{paragraphs[1]}\n\n{lines[1]}\n\n{paragraphs[2]}"
    kept = clean_web(capture).text
    for line in lines:
        assert f"{line}\n" in kept


def test_a_forum_posts_author_above_its_rank_profile_and_date_stays() -> None:
    # Four lines between the author and the date of a post: a rank and the profile's lines, found as
    # furniture. The author is content, as the post's words are.
    capture = (
        f"{HEAD}"
        "Looking for the ship my family left Hamburg on, 1883\n"
        "archivrat\nMember\nJoined: Feb 2024\nMessages: 3\nMar 4, 2024\n"
        "My great-great-grandparents left Hamburg in the spring of 1883 with four children and I cannot "
        "find the ship that took them to New York.\n"
        "LikeQuoteReply\n"
        "archivrat and 2 others\n"
        "KleinFamily\nNew member\nJoined: Feb 2024\nMessages: 3\nMar 6, 2024\n"
        "Found them! The Wieland, sailing 11 April 1883, with Marie under her maiden name.\n"
        "LikeQuoteReply\n"
        "Contact us\nTerms and rules\nPrivacy policy\n"
    )
    removed = _removed(capture)
    assert "Messages: 3" in removed
    for line in ("archivrat", "KleinFamily", "Mar 4, 2024", "Mar 6, 2024"):
        assert line not in removed


def test_the_articles_title_among_the_wikis_menus_stays_when_its_infobox_says_it_again() -> None:
    capture = (
        "Jump to navigation\nJump to search\nMain menu\nMain page\nContents\nCurrent events\n"
        "Random article\nAbout the project\nContact us\nContribute\nHelp\nLearn to edit\n"
        "Community portal\nRecent changes\nUpload file\nSearch\nCreate accountLog in\n"
        "Volga Relief Commission\n\nArticleTalk\nReadEditView history\nFrom the free encyclopedia\n"
        "Volga Relief Commission\nFormed\tAugust 1921\nDissolved\tJune 1923\n\n"
        f"{ARTICLE}"
    )
    removed = _removed(capture)
    assert "Volga Relief Commission" not in removed
    assert {"Main page", "Random article", "Upload file", "ArticleTalk"} <= set(removed)


def test_a_comments_author_and_its_date_without_a_year_stay_among_the_threads_controls() -> None:
    capture = (
        f"{HEAD}{ARTICLE}"
        "48 Likes\n7 Comments\nShare\nDiscussion about this post\nComments\nRestacks\n"
        "Irena K.\nFeb 9\nMy mother's family is on one of those streets. I would be glad to help.\n"
        "Like (3)\nReply\n"
        "Tomasz W.\nFeb 10\nThank you, Irena. I will write to you.\n"
        "Like\nReply\n5 more comments...\nPrivacy\nTerms\n"
    )
    removed = _removed(capture)
    for line in ("Irena K.", "Feb 9", "Tomasz W.", "Feb 10"):
        assert line not in removed
    assert {"Like (3)", "Reply", "Restacks"} <= set(removed)


def test_an_articles_title_above_its_byline_stays_when_a_menus_blurbs_outweigh_the_article() -> None:
    # A short article under a long menu whose one-line blurbs add up to more prose than the article: the
    # article's title, above its byline and prose, stays wherever the article is taken to begin.
    menu = "Enter search terms. Use the arrow keys to move through the suggestions.\n" + "".join(
        f"{label}\n{blurb}\n{items}\nView all\n"
        for label, items, blurb in (
            ("Archives", "Minutes of the District Commissions\nReports of the Village Inspectors",
             "Find out where the records of your family are kept, and how to order copies of them."),
            ("Famine", "Children Fed in the Kitchens of 1922\nGrain Sent to the Villages",
             "Search the service records of soldiers and sailors who served in the wars."),
            ("Teachers", "The Schoolteacher and Her Minutes\nNotes in the Margins of the Files",
             "Explore the history of your town or village through its maps and directories."),
            ("Harvests", "The Harvest Gathered in the Autumn\nSeed Sown in the Spring of 1922",
             "Plan your visit to the reading room and order your documents in advance."),
            ("Inspectors", "What the Inspectors Counted Every Month\nVillages That Did Not Agree",
             "Buy books, maps and gifts for the family historian in your life online."),
            ("Committees", "The Provincial Committee Met Every Week\nHow the Figures Were Sent",
             "Read the latest news from the archive and its conservation studio here."),
            ("Provinces", "The Provincial Archive Catalogued Again\nPapers of the Commission Wound Up",
             "Learn how to read old handwriting and documents with our free online courses."),
        )
    )
    capture = (
        f"{HEAD}{menu}View all\nSearch\nSubscribe\nDonate\n"
        f"Parish registers of the valley\nBy Anna Berg\n12 March 2024\n{ARTICLE}"
    )
    removed = _removed(capture)
    for line in ("Parish registers of the valley", "By Anna Berg", "12 March 2024"):
        assert line not in removed
