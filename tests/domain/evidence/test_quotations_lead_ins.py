"""Block quotations without marks in blogs, op-eds and polemics (issue 16, session 12): a described writer's
lead-in ("A friend writes:"), a lead-in naming only the source ("This was in The Daily Courier this
morning:", "From Jane Doe, a review of a new book:"), a lead-in pointing forward ("he wrote this, instead:");
and the scare/real rules met in polemics and opinion pieces: a quotation cited to "(Name, in his book …)", the
words talked about as a phrase, a naming verb whose object has a clause in commas. Texts written for these
tests."""

from __future__ import annotations

from annotator.domain.evidence import Form
from annotator.domain.evidence.quotations import find_quotations


def _blocks(text: str) -> list[str]:
    return [text[q.start : q.start + 20] for q in find_quotations(text) if q.form == Form.BLOCK]


def _scare(text: str, opening: str) -> bool:
    at = text.index(opening)
    found = [q for q in find_quotations(text) if q.start == at]
    assert found, f"no quotation at {opening!r}"
    return found[0].scare


# --- blocks without marks under a colon lead-in ---


def test_a_described_writer_before_writes_and_a_colon_is_no_comment_header():
    text = (
        "On Rankings\n\n"
        "A colleague writes:\n\n"
        "Every autumn the league tables appear and every autumn the same schools sit at the top of them. "
        "Nobody asks what the tables measure.\n\n"
        "I think she is right about this.\n"
    )
    assert _blocks(text) == ["Every autumn the lea"]


def test_a_user_name_before_says_and_a_colon_still_heads_a_comment():
    # guard: "martin_k says:" heads a web comment, the paragraph under it is the commenter's post
    text = (
        "Comments\n\n"
        "martin_k says:\n\n"
        "I read the whole piece twice and I still do not see why the bridge had to close for a year.\n"
    )
    assert _blocks(text) == []


def test_a_lead_in_naming_a_newspaper_as_the_source_introduces_a_block():
    text = (
        "Read this carefully\n\n"
        "This was in The Daily Courier this morning:\n\n"
        "On a grey Tuesday in March, a delivery van stopped outside the town hall and the driver walked "
        "in with a parcel nobody had ordered.\n\n"
        "Whoa! Nobody ordered it? The story never says who did.\n"
    )
    assert _blocks(text) == ["On a grey Tuesday in"]


def test_a_lead_in_from_a_named_writer_and_a_review_introduces_a_block():
    text = (
        "Book Notes\n\n"
        "From Jane Doe, a review of a good new book on canals:\n\n"
        "The author argues that the canals were built for coal long before anyone thought of passengers, "
        "and that the towns along them grew because of it.\n\n"
        "I have ordered a copy.\n"
    )
    assert _blocks(text) == ["The author argues th"]


def test_a_lead_in_from_a_place_without_a_source_is_no_block():
    # guard: "From the hills" names no writing, the paragraph goes on in the author's voice
    text = (
        "The valley\n\n"
        "From the hills above the town you can see three rivers:\n\n"
        "The first runs west to the sea, the second feeds the lake, and the third dries up every summer.\n"
    )
    assert _blocks(text) == []


def test_words_announced_by_wrote_this_are_a_block_even_when_they_open_with_a_colon():
    text = (
        "The columnist needed an example for his readers and could not find one in the record, so in the "
        "end he wrote this, instead:\n"
        "Compare the two statements below and tell me which is worse:\n"
        "(1) The mayor was \u201cnot entirely honest.\u201d\n"
        "There is a problem with that comparison, and it is not the one he meant when he set it out.\n"
    )
    assert _blocks(text) == ["Compare the two stat"]


def test_a_paragraph_ending_in_a_colon_under_a_saying_lead_in_stays_the_authors():
    # guard: without a pointer forward, a colon-ended paragraph is the author announcing her own quotation
    text = (
        "The minister explained his plan at length to the reporters, who had waited since the morning:\n"
        "He began with the budget and then turned to the schools, before he said what mattered most to him:\n"
        "\u201cWe will build nothing we cannot pay for.\u201d\n"
    )
    assert not any(block.startswith("He began") for block in _blocks(text))


def test_a_paragraph_reporting_the_introduced_persons_words_with_a_tag_is_no_block():
    text = (
        "Karen Holt, on what she calls the worst night of her career:\n\n"
        "It was the longest night of my life, Holt said later. She added: \u201cI did not sleep at all and "
        "nobody called me.\u201d\n\n"
        "The count was finished at six.\n"
    )
    assert _blocks(text) == []
    assert not _scare(text, "\u201cI did not sleep")


def test_a_post_heading_naming_a_person_written_about_is_no_voice_heading():
    # the blogger's heading names the person the post is about; the first person is the blogger's
    text = (
        "Notes from the week.\n\n"
        "Tom Barker on Budgets and the public mood\n\n"
        "I meant to mention a column by Tom Barker that I read last week; I agree with most of it.\n"
    )
    assert _blocks(text) == []


# --- scare quotes and real ones in polemics and opinion pieces ---


def test_a_quotation_cited_to_an_author_in_his_book_is_real():
    text = (
        "Not only the old guilds but also the \u201cmarket of the great trading houses\u201d "
        "(Hartmann, in his book on trade) served the rich."
    )
    assert not _scare(text, "\u201cmarket of")


def test_a_parenthesis_naming_a_place_is_no_citation():
    # guard: "(Lyon, in the spring)" is no author and his work
    text = "The strikers wanted a \u201cfair deal\u201d (Lyon, in the spring) and little else."
    assert _scare(text, "\u201cfair deal\u201d")


def test_words_called_a_phrase_in_the_next_words_are_talked_about():
    text = (
        "(Be it said in passing that \u201cfree trade\u201d is not only an empty phrase, hiding the "
        "interests of the strong, but also a dishonest one.)"
    )
    assert _scare(text, "\u201cfree trade\u201d")


def test_words_called_the_phrase_he_used_stay_his():
    # guard: "… was the phrase of the veterans" names the words as someone's
    text = "The march went on all day. \u201cNever again\u201d was the phrase of the veterans."
    assert not _scare(text, "\u201cNever again\u201d")


def test_a_naming_verb_whose_object_has_a_clause_in_commas_gives_the_namers_words():
    text = (
        "During the hearing, Senator Morrow referred to the exiled banker Paul Hine, who had left the "
        "country in 2019, as a \u201cso-called British patriot.\u201d"
    )
    assert not _scare(text, "\u201cso-called British")


# --- student essays (held-out set 2's error classes) ---


def test_sayings_listed_under_a_lead_in_announcing_someones_words_are_blocks():
    text = (
        "She spoke in many towns and was fined more than once.\n\n"
        "A few of her sayings, collected by her nieces:\n\n"
        "- A law that binds half the people binds all of them.\n\n"
        "- I have never asked for more than my share, and never for less.\n"
    )
    assert _blocks(text) == ["A law that binds hal", "I have never asked f"]


def test_a_dash_list_of_topics_under_a_colon_is_no_quotation():
    # guard: items that are no sentences, under a lead-in that announces no words
    text = (
        "The course covers three topics:\n\n"
        "- The suffrage movement and its leaders\n\n"
        "- The temperance societies of the 1850s\n"
    )
    assert _blocks(text) == []
    assert find_quotations(text) == []


def test_a_dash_line_between_other_dash_lines_is_no_attribution_of_the_paragraph_above():
    # the lead-in announces no words here, so nothing is quoted; before, "- Men, …" named "Men" the
    # author of the lead-in paragraph
    text = (
        "Here is what the committee decided at its spring meeting, after a long debate:\n\n"
        "- Members, their dues, and nothing else; guests, their tickets, and nothing else.\n\n"
        "- Meetings open at seven and close at nine.\n"
    )
    assert _blocks(text) == []


def test_a_title_after_a_book_named_is_a_title():
    text = "Later he wrote a famous book named \u201cThe Long Harvest\u201d, in which he describes the farms."
    assert _scare(text, "\u201cThe Long Harvest\u201d")


def test_a_title_before_a_comma_and_a_verb_with_its_own_that_clause_is_no_quotation():
    text = (
        "In the fourth text, \u201cSecond Annual Message\u201d, the governor declares that \u201cno family "
        "in this state will go without bread\u201d (Hale)."
    )
    assert _scare(text, "\u201cSecond Annual Message\u201d")
    assert not _scare(text, "\u201cno family")


def test_words_before_an_inverted_tag_with_a_demonstrative_that_stay_said():
    # guard: "said that lady" is the speaker after the verb, not a clause of the verb's own
    text = "\u201cWe shall see about that,\u201d said that lady, and closed the door."
    assert not _scare(text, "\u201cWe shall")


# --- a plain-text scholarly book: indented runs closed by a note call (held-out set 3's error class) ---


def test_an_indented_petition_whose_first_article_has_no_full_stop_is_a_block():
    text = (
        "The towns asked the governor for soldiers again and again in those years, and they rarely got as\n"
        "many as they asked for. Hatfield writes, May 2, 1702:\n\n"
        "     1 That your Honours will send us twelve able men to guard the\n"
        "     mill and the meadow while we bring in the harvest\n\n"
        "     2 That the men be paid and fed at the charge of the whole\n"
        "     province, the danger being common to all.[41:2]\n\n"
        "The answer of the Court has not been preserved, but the men were sent in the autumn of that\n"
        "year, as the accounts of the treasurer show for the months after the harvest.\n"
    )
    assert _blocks(text) == ["1 That your Honours "]


def test_an_indented_verse_ending_a_sentence_and_a_note_call_is_a_block():
    text = (
        "The settlers sang of their captain, and a ballad of the time praised the man who\n\n"
        "                        drove the raiders home,\n"
        "     And never slept until the last of them was gone.[12:4]\n\n"
        "Such songs were printed on single sheets and sold at the county fairs for a penny, and a good\n"
        "many of them have survived in the collections of the historical society of the state.\n"
    )
    assert _blocks(text) == ["drove the raiders ho"]


def test_an_indented_table_without_a_note_call_stays_the_authors():
    # guard: indented lines under a flat paragraph, closed by no note call, no sentence among them
    text = (
        "The census of the towns gave the following numbers for the three counties in the valley, and\n"
        "the clerk added the totals by hand at the foot of the page before he sent it on\n\n"
        "     Hampshire      4,210\n"
        "     Berkshire      2,905\n\n"
        "These figures are too low for the hill towns, which were counted in the winter.\n"
    )
    assert _blocks(text) == []


def test_indented_verse_lines_under_a_colon_are_a_block_even_where_they_are_most_of_the_lines():
    text = (
        "He wrote songs for the court as well as for the road, and one of the shorter ones begins with the\n"
        "spring, as so many of them did in that century:\n\n"
        "    Under the willows\n"
        "    By the water\n"
        "    Waits my own true love;\n"
        "    Swallows turning,\n"
        "    Bells are ringing,\n"
        "    Far and wide above.\n\n"
        "Nothing is known of the tune to which it was sung.\n"
    )
    assert _blocks(text) == ["Under the willows\n  "]


def test_an_indented_table_under_a_colon_is_no_verse():
    # guard: columns set off by runs of spaces, and bracketed figures, are a table, not lines of a poem
    text = (
        "The old church used eight modes, and the later theorists named their keys as follows, with the\n"
        "dominant of each written after it in the same line:\n\n"
        "    Dorian.           D        A\n"
        "    Phrygian.         E        C\n"
        "    Lydian.           F        C\n\n"
        "The order of the list is the order of the manuscripts, not that of the scale.\n"
    )
    assert _blocks(text) == []


# --- text extracted from a PDF: a block set to a narrower measure, no blank line, a citation after it ---

_PDF_BLOCK = (
    "The reports of the district officers are uneven, but one of "
    "them, written in the autumn of 1923 by a young\n"
    "inspector who had just arrived from the capital, describes "
    "the villages in terms that are worth quoting at\n"
    "length, because they show how the officials themselves understood what they saw:\n"
    "The peasants do not trust the new cooperative and they do not trust us. They\n"
    "hide their grain in the forest and bring only the worst of it to the market,\n"
    "and when we ask them why, they say that they have been promised too much\n"
    "before and have received nothing but new taxes.{cite}\n"
    "This is not the language of a man who expected the policy "
    "to succeed, and the later reports of the same\n"
    "district, which are kept in the same file, show that his "
    "doubts were shared by his successors in office.\n"
)


def test_narrower_lines_after_a_colon_closed_by_a_page_citation_are_a_block():
    assert _blocks(_PDF_BLOCK.format(cite=" (p. 112)")) == ["The peasants do not "]


def test_narrower_lines_after_a_colon_without_a_citation_stay_in_the_paragraph():
    # guard: a change of measure alone may be the extraction's, not a quotation's
    assert _blocks(_PDF_BLOCK.format(cite="")) == []


def test_lines_of_the_same_measure_after_a_colon_and_a_citation_stay_in_the_paragraph():
    # guard: the author's own sentences after a colon, at the author's measure, end with a page reference too
    text = (
        "The harvest of 1924 was better than anyone had expected, "
        "and the officials drew a simple lesson from\n"
        "it, one that would shape the next three years of policy in "
        "the district and in the province as well:\n"
        "the peasants would sell when the price was right, and the "
        "price could be set in the capital without\n"
        "asking them, as the minister told the congress in a speech that was printed in every newspaper of\n"
        "the country, to the great satisfaction of those who had argued for a firm hand all along. (p. 114)\n"
        "The following year showed how wrong this was, and the reports began to say so.\n"
    )
    assert _blocks(text) == []


def test_words_named_after_them_as_someones_phrase_are_real():
    text = "The settlers feared the \u201cwild borderers,\u201d of Governor Hale's phrase, more than frost."
    assert not _scare(text, "\u201cwild borderers")


def test_a_term_followed_by_of_a_possessive_noun_without_phrase_stays_a_label():
    # guard: "of the town's" names no words as someone's
    text = "Traffic on the so-called \u201cnew road\u201d of the town's east side was light, as expected."
    assert _scare(text, "\u201cnew road")
