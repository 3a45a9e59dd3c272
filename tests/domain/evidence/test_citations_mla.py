"""Citations in the text (issue 16), MLA author-page and a web exhibit's essays: "qtd. in", surnames that are
common words or places, imprints and full references in brackets, Bible verses, quoted titles, and the
writers of the documents an essay points at, who are no scholars."""

from __future__ import annotations

from annotator.domain.evidence.citations import find_citations


def _cited(text: str) -> list[tuple[str, str, str, str]]:
    """(span text, author, year, locator) of each citation found."""
    return [(text[e.start : e.end], e.cited_author, e.year, e.locator) for e in find_citations(text)]


def _authors(text: str) -> list[str]:
    return [e.cited_author for e in find_citations(text)]


def test_qtd_in_cites_the_source_read_and_keeps_the_quoted_speaker():
    text = (
        "The governor called them “a rabble of saints” (Marsh qtd. in Okafor, 88). A week later he "
        "wrote again (qtd. in Harlow, vol. II, pp. 41-42)."
    )
    assert _cited(text) == [
        ("(Marsh qtd. in Okafor, 88)", "Okafor", "", "88"),
        ("(qtd. in Harlow, vol. II, pp. 41-42)", "Harlow", "", "vol. II, pp. 41-42"),
    ]
    assert find_citations(text)[0].details.get("via") == "Marsh"


def test_a_surname_that_is_a_common_word_is_cited_when_the_text_names_the_person():
    # "Still", "Young", "Justice": words that open sentences too, a surname once the text names
    # "Harriet Still"
    text = (
        "The register was kept by Harriet Still, the society's clerk. Sixty people came in one month "
        "(Still 97), and the number rose in the spring (Still 102-104)."
    )
    assert _cited(text) == [("(Still 97)", "Still", "", "97"), ("(Still 102-104)", "Still", "", "102-104")]


def test_a_surname_that_is_a_place_is_cited_when_the_text_names_the_person():
    text = (
        "Ruth A. Jordan wrote the standard study of the meeting. The members split over the election "
        "(Jordan, p. 54-55), and the minority left (Jordan 61)."
    )
    assert _cited(text) == [
        ("(Jordan, p. 54-55)", "Jordan", "", "p. 54-55"),
        ("(Jordan 61)", "Jordan", "", "61"),
    ]


def test_a_common_word_or_a_place_before_a_number_stays_unread_without_such_a_person():
    # a table, a chapter, a country's page count: nobody of that name in the text
    text = (
        "The rates are in the appendix (Table 6), and the argument in the last part (Chapter 9). The "
        "caravans crossed Jordan in 1921 (Jordan 61). Still the numbers rose (Still 97)."
    )
    assert _cited(text) == []


def test_an_imprint_after_a_title_and_its_author_gives_year_and_page():
    text = (
        "The crossing is drawn in The River Ferry by Amos Teller (Boston: Fenwick & Sons, 1868, p. 41), "
        "opposite his account. Lydia Hart sketched the quay (see A Guide to the Harbour by Lydia Hart "
        "(Salem: Crane & Co, 1871), p. 12)."
    )
    assert _cited(text) == [
        ("Amos Teller (Boston: Fenwick & Sons, 1868, p. 41)", "Amos Teller", "1868", "p. 41"),
        ("Lydia Hart (Salem: Crane & Co, 1871), p. 12", "Lydia Hart", "1871", "p. 12"),
    ]


def test_a_title_with_an_imprint_and_no_author_is_cited_by_its_title():
    text = (
        "A print of the fire appeared in Annals of the Mercer Street Hall (Phila.: Gale and Hobbs, 1839). "
        "The managers wrote that the hall was open to all (Annals 6)."
    )
    assert _cited(text) == [
        ("Annals of the Mercer Street Hall (Phila.: Gale and Hobbs, 1839)",
         "Annals of the Mercer Street Hall", "1839", ""),
        ("(Annals 6)", "Annals", "", "6"),
    ]  # fmt: skip


def test_a_bracket_holding_a_full_reference_that_opens_with_given_names():
    text = (
        "The orator lost the Friends' vote by 1844 (Miriam T. Hale, The Salt Meadows and the Meeting. "
        "Albany: Harbor Univ. Press, 1994. p. 77). He never regained it (Hale, p. 80)."
    )
    assert _cited(text) == [
        ("(Miriam T. Hale, The Salt Meadows and the Meeting. Albany: Harbor Univ. Press, 1994. p. 77)",
         "Miriam T. Hale", "1994", "p. 77"),
        ("(Hale, p. 80)", "Hale", "", "p. 80"),
    ]  # fmt: skip


def test_a_bracket_of_given_names_and_prose_is_no_full_reference():
    text = (
        "The eldest daughter (Mary Ann Teller, born in Salem, who married in 1890) kept the letters. "
        "The ship sailed (John Hale and his brother, with cargo for Boston: flour, 1851)."
    )
    assert _cited(text) == []


def test_bible_verses_cite_their_book_chapter_and_verse():
    text = (
        "They quoted the rule of giving to each his due (Romans 13:7), the charge to remember the "
        "prisoners (Hebrews 13: 3) and the love that bears all things (1 Corinthians 13:4-7 KJV)."
    )
    assert _cited(text) == [
        ("(Romans 13:7)", "Romans", "", "13:7"),
        ("(Hebrews 13: 3)", "Hebrews", "", "13: 3"),
        ("(1 Corinthians 13:4-7 KJV)", "1 Corinthians", "", "13:4-7 KJV"),
    ]


def test_books_of_the_bible_without_chapter_and_verse_are_no_citation():
    text = "The first five books (Genesis to Deuteronomy) were read, and the gospels (Matthew and Luke) too."
    assert _cited(text) == []


def test_a_quoted_title_with_a_page_is_an_anonymous_work_cited_by_its_title():
    text = (
        "A colleague called him the best in his class (\"Obituary\" 136). He died in 1880 (Bacon 41; "
        "\"A Quiet Friend Remembered\")."
    )
    assert _cited(text) == [
        ('("Obituary" 136)', "Obituary", "", "136"),
        ("Bacon 41", "Bacon", "", "41"),
        ('"A Quiet Friend Remembered"', "A Quiet Friend Remembered", "", ""),
    ]


def test_a_quoted_phrase_in_brackets_without_a_work_beside_it_is_no_citation():
    text = 'They called the hall a temple ("the second temple") and the mob ("our rabble") burnt it.'
    assert _cited(text) == []


def test_the_writer_of_a_letter_the_essay_points_at_is_no_scholar():
    text = (
        "Teller was disowned in 1811 (Bacon 76). (Teller describes the debt in this letter to his son.) "
        "In a letter of 1834, Teller assures a partner that he will pay. (Teller mentions the wedding in "
        "a letter to his sister.) Teller argues for the plain dress in his letters to the meeting."
    )
    assert _authors(text) == ["Bacon"]


def test_a_scholar_who_reads_letters_is_still_cited():
    text = (
        "Okafor describes the settlers' letters as pleas for land (Okafor 2004, 12). In her study of "
        "emigrant letters, Okafor argues that the writers hid their debts."
    )
    assert _authors(text) == ["Okafor", "Okafor", "Okafor"]


def test_a_witness_describing_in_his_memoir_is_no_scholar():
    text = (
        "Rev. Amos R. Teller, a one-time pilot of the ferry, describes in his autobiography the escape of "
        "his parents in 1820. His aunt, Teller wrote, \"had the quickest oars on the river.\""
    )
    assert _cited(text) == []


def test_a_periodical_or_its_editor_is_no_scholar():
    text = (
        "The worst of it, the editor of the Lowell Gazette contends, is the price of flour. The Salem "
        "Weekly argues that the mills will close."
    )
    assert _cited(text) == []


def test_an_imprint_after_a_person_whose_surname_is_a_common_word():
    text = "The rescue is drawn in The Ferry Book by Harriet Still (Camden: Dorr & Sons, 1870, p. 12), here."
    assert _cited(text) == [
        ("Harriet Still (Camden: Dorr & Sons, 1870, p. 12)", "Harriet Still", "1870", "p. 12"),
    ]


def test_a_surname_alone_in_brackets_cites_a_work_without_pages_of_a_scholar_cited_elsewhere():
    text = (
        "As Ada Brennan notes, the portraits flattered the sitters. Two of the men bore scars. (Brennan) "
        "The meeting (Hicksite) split, and the elders (Orthodox) stayed."
    )
    assert _cited(text) == [("Ada Brennan notes", "Ada Brennan", "", ""), ("(Brennan)", "Brennan", "", "")]


def test_a_short_title_after_its_author_s_possessive_with_a_page():
    text = "He thought the trade a sin (Teller's Journal, p. 15), and said so often (Teller's Journal 22)."
    assert _cited(text) == [
        ("(Teller's Journal, p. 15)", "Teller's Journal", "", "p. 15"),
        ("(Teller's Journal 22)", "Teller's Journal", "", "22"),
    ]


def test_a_possessive_of_a_place_or_a_sentence_word_with_a_number_is_no_work():
    text = "The recruits (America's Army, p. 3) drilled, and the ships (Britain's Navy 12) sailed."
    assert _cited(text) == []


def test_a_bracket_opening_with_a_known_given_name_cites_the_surname_after_it():
    text = "The vote was lost (Lydia Brennan 1998, 40), as the pilots knew (William Teller, 1868, p. 41)."
    assert _cited(text) == [
        ("(Lydia Brennan 1998, 40)", "Lydia Brennan", "1998", "40"),
        ("(William Teller, 1868, p. 41)", "William Teller", "1868", "p. 41"),
    ]


def test_a_bracket_of_capitalised_words_and_a_year_that_are_no_given_names_stays_unread():
    text = "The war began (Civil War 1861), the empire fell (Second Empire 1870) and (Red Army 1943) marched."
    assert _cited(text) == []


def test_a_preface_page_in_lower_case_roman_after_a_comma():
    text = "The elders ran the banks (Okafor, viii), and the schools (Okafor, 12). The tsar (Peter I) ruled."
    assert _cited(text) == [("(Okafor, viii)", "Okafor", "", "viii"), ("(Okafor, 12)", "Okafor", "", "12")]


def test_a_body_as_author_with_a_page_and_no_year():
    text = "Teaching came first (Salem Freedmen's Aid Society, 15), as the lenders said (World Bank, 12)."
    assert _authors(text) == ["Salem Freedmen's Aid Society", "World Bank"]


def test_a_body_word_missing_or_a_place_with_a_page_is_no_body():
    text = "The army (Red Army, 12) marched, the city (New York, 12) grew and the war (Civil War, 3) ended."
    assert _cited(text) == []


def test_author_page_works_listed_with_commas_between_them():
    text = "He backed the railway (Varga, 501, 440-441, Lund and Okoro, 187)."
    assert _cited(text) == [
        ("Varga, 501, 440-441", "Varga", "", "501, 440-441"),
        ("Lund and Okoro, 187", "Lund and Okoro", "", "187"),
    ]


def test_cities_and_pages_listed_with_commas_are_no_works():
    text = "The cities grew (Moscow, 12, Leningrad, 14), and the rest (Lund 1999, Okoro 16) is a count."
    assert _cited(text) == []


def test_found_with_an_everyday_object_is_an_actor_s_luck_not_a_finding():
    text = (
        "Teller kept a ledger (Teller 1990, 12). Teller found financial success in the grain trade. "
        "Teller found that the ledgers were forged, and Teller found the census returns wanting."
    )
    assert [found for found in _cited(text) if found[1] == "Teller"] == [
        ("(Teller 1990, 12)", "Teller", "1990", "12"),
        ("Teller found", "Teller", "", ""),
        ("Teller found", "Teller", "", ""),
    ]


def test_found_before_a_quoted_finding_is_a_scholar_s():
    text = 'Okafor found "no written order" for the deportation (Okafor 2003, 29).'
    assert _cited(text)[0] == ("Okafor found", "Okafor", "", "")


def test_a_name_after_among_is_no_subject_of_the_verb():
    text = "The plain speech among Quakers provides one sign of the change, and among Shakers shows another."
    assert _cited(text) == []


def test_a_letter_s_attribution_after_the_quoted_letter():
    text = (
        "All went well at the Orange Street house, and the meeting was quiet. - Ada Teller to Amos Teller, "
        "June 3, 1851\nPrices rose in the war - Lund to Berg, 1851\nand fell again."
    )
    assert _cited(text) == [("Ada Teller to Amos Teller, June 3, 1851", "Ada Teller", "1851", "")]


def test_according_to_the_owner_of_a_work_cites_the_owner():
    text = (
        "According to Ada M. Okafor’s The Salt Meadows, the tolls doubled (Okafor, 23). According to "
        "Stalin’s decree, the grain went to the state."
    )
    assert _authors(text) == ["Ada M. Okafor", "Okafor"]


def test_an_owner_s_book_named_before_its_title_and_year():
    text = "The motives are listed in Ada Okafor’s book Salt and Conscience: Quakers at Sea (2018)."
    assert _cited(text) == [
        ("Ada Okafor’s book Salt and Conscience: Quakers at Sea (2018)", "Ada Okafor", "2018", ""),
    ]


def test_a_manuscript_identifier_after_words_quoted_from_it():
    text = (
        "One wrote “from a sense of duty” (QM12-4003_017), another “for my own peace” (QM12-4003_021). The "
        "bomber (B-52) flew, the virus (COVID-19) spread and the code (ISO-8859-1) was read."
    )
    assert _cited(text) == [
        ("(QM12-4003_017)", "QM12-4003_017", "", ""),
        ("(QM12-4003_021)", "QM12-4003_021", "", ""),
    ]


def test_a_body_s_dated_record_named_by_what_it_is():
    text = (
        "The meeting advised caution (Minutes of the Salem Yearly Meeting, September 23, 1701). His care "
        "was praised (Minutes of School Committee, Reporting Ada Teller's Death, 1911; Okafor, 138)."
    )
    assert _cited(text) == [
        ("(Minutes of the Salem Yearly Meeting, September 23, 1701)", "Minutes of the Salem Yearly Meeting",
         "1701", ""),
        ("Minutes of School Committee, Reporting Ada Teller's Death, 1911",
         "Minutes of School Committee, Reporting Ada Teller's Death", "1911", ""),
        ("Okafor, 138", "Okafor", "", "138"),
    ]  # fmt: skip


def test_minutes_or_records_that_name_no_body_are_no_citation():
    text = "The crowd kept (Minutes of silence, 1918) and the clerks kept (Records of 1850)."
    assert _cited(text) == []


def test_a_narrative_citation_takes_the_year_or_page_of_its_own_work_named_after_the_verb():
    text = (
        "The historian Ada Okafor wrote a book entitled The Salt Line: A Legend (1961). Okafor states in her "
        "introduction to Teller's Journal (p. 12) that he wrote it."
    )
    assert _cited(text) == [
        ("Ada Okafor wrote a book entitled The Salt Line: A Legend (1961)", "Ada Okafor", "1961", ""),
        ("Okafor states in her introduction to Teller's Journal (p. 12)", "Okafor", "", "p. 12"),
    ]


def test_another_s_work_after_the_verb_gives_the_narrative_citation_no_year():
    text = "Okafor argues that the book Salt Roads (1922) misread the tolls (Okafor 1990, 4)."
    assert ("Okafor argues", "Okafor", "", "") in _cited(text)
