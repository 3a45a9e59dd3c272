"""The web clean-up on a comment area's bar of buttons (issue 14, 2026-12): the same line of capitalised
words under each comment's date, three times or more ("Flag Answer"), in whatever language, and that bar
with a link glued before it. Guards: a diary's words under its dates, said three times but in sentence
case, and a bar said only twice stay."""

from tests.helpers.webclean_lines import removed_lines as _removed

HEAD = "Mill Valley Post\n\nSign in\nNews\nSport\n\n"
ARTICLE = (
    "The old fulling mill on the river will be restored by volunteers over the next three summers, the "
    "trust that bought it from the county announced at its meeting on Tuesday evening.\n\n"
    "Its wheel has not turned since the flood of 1968, and the roof of the drying shed fell in a storm "
    "some twenty years ago, so the work will begin with the timbers of the shed.\n\n"
    "The trust hopes to grind flour for the village bakery again once the wheel and its gears have been "
    "rebuilt from drawings that a former miller's family kept.\n\n"
)


def _comment(name: str, words: str, day: int, bar: str) -> str:
    return f"{name}\n{words}\n\n{day} March 2024, 18:{day:02d}\n{bar}\n"


def test_a_bar_of_buttons_under_each_comments_date_goes() -> None:
    comments = "12 comments\n\n" + "".join(
        _comment(name, words, day, "Flag Answer")
        for name, words, day in (
            ("millpond", "About time someone saved it.", 11),
            ("g.baker", "My grandmother worked there as a girl", 12),
            ("ruth_h", "Will there be open days for schools?", 13),
        )
    )
    comments += "\n9 May 2024, 09:15\nSee the 2 answers Flag Answer\n"
    removed = _removed(HEAD + ARTICLE + comments + "\nContact\nPrivacy\n")
    assert removed.count("Flag Answer") == 3
    assert "See the 2 answers Flag Answer" in removed
    assert "My grandmother worked there as a girl" not in removed


def test_a_diarys_words_under_its_dates_stay() -> None:
    diary = "".join(f"{day} May 1916\nNo letter today\n\n" for day in (3, 4, 5))
    removed = _removed(HEAD + ARTICLE + diary)
    assert "No letter today" not in removed


def test_a_bar_said_only_twice_stays() -> None:
    pairs = (("ann", 11), ("bo", 12))
    comments = "".join(_comment(name, "Good news for the valley", day, "Flag Answer") for name, day in pairs)
    removed = _removed(HEAD + ARTICLE + comments)
    assert "Flag Answer" not in removed
