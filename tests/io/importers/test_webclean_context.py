"""The web clean-up's context layer (jusText's reading of a capture's lines): short lines with furniture
on both sides, or in the page's tail before its footer, go; an object's details, a byline, a list after
the article, a reader's short sentence and texts that are not web pages keep every line."""

from annotator.io.importers.webclean import clean_web, furniture
from annotator.io.importers.webcontext import stoplist_for

HEAD = "Skip to content\nMuseum of Everyday Life\nVisit\nExhibitions\nShop\nSearch the collection\n"
FOOTER = "Email address\nSubmit\nContact\nAccessibility\nPrivacy notice\nCookie settings\n© Museum 2024.\n"
PROSE = (
    "A ration card issued to a family of five in Poltava in March 1933, when the coupons for bread were "
    "cut out for the whole of the month.\n"
    "\n"
    "Maria Tkachenko, who gave the card to the museum, was seven years old when it was issued to her "
    "mother at the district office.\n"
)


def _removed(text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[i] for i in sorted(furniture(text))]


def test_the_tail_between_the_article_and_the_footer_goes() -> None:
    tail = (
        "Previous object\nNext object\nPlan your visit\nOpen Tuesday to Sunday, 10:00–17:00\nBook tickets\n"
    )
    capture = f"{HEAD}Ration card, Poltava\n\n{PROSE}\n{tail}{FOOTER}"
    removed = _removed(capture)
    for line in tail.splitlines():
        assert line in removed
    assert "Ration card, Poltava" not in removed  # the object's title: its prose follows
    assert all(line in clean_web(capture).text for line in PROSE.splitlines())


def test_short_lines_between_furniture_inside_the_article_go() -> None:
    first, second = PROSE.split("\n\n")
    # "Languages" stays: the article's prose follows it past buttons, as it follows a heading.
    widgets = "Share\nPrint\nin: Rationing, Ukraine\nEnglish\nSave\nEdit\nLanguages\n"
    capture = f"{HEAD}Ration card, Poltava\n{first}\n{widgets}{second}\n{FOOTER}"
    removed = _removed(capture)
    assert "in: Rationing, Ukraine" in removed and "English" in removed
    assert all(line in clean_web(capture).text for line in PROSE.splitlines())


def test_an_objects_details_between_the_menu_and_the_article_stay() -> None:
    # jusText would take them (a short run between bad and good blocks is bad): here only runs with
    # furniture on both sides go.
    details = "Object number\nMEL.1998.44.2\nMaterials\nprinted card, ink\nDimensions\n9 × 14 cm\n"
    capture = f"{HEAD}Ration card, Poltava\nDownload image\n{details}{PROSE}{FOOTER}"
    kept = clean_web(capture).text
    for line in ["Ration card, Poltava", *details.splitlines()]:
        assert f"{line}\n" in kept


def test_a_byline_above_its_date_stays_between_furniture() -> None:
    capture = f"{HEAD}Pavel Demchenko\nMar 18, 2024\nSubscribe\nShare\n{PROSE}{FOOTER}"
    kept = clean_web(capture).text
    assert "Pavel Demchenko\nMar 18, 2024\n" in kept


def test_a_book_extracted_from_a_pdf_loses_no_line() -> None:
    # Running heads, page numbers and short headings, but no furniture of a web page: no context layer.
    text = (
        f"THE FAMINE\n12\nChapter Two\nThe Villages\n{PROSE}Notes\nSee below.\n13\nTHE FAMINE\n"
        f"Chapter Three\nThe Towns\n{PROSE}"
    )
    assert clean_web(text).text == text


def test_the_stoplist_is_the_language_of_the_article() -> None:
    russian = "Это был отчёт о работе областного управления за тот год, и он не был напечатан."
    assert "был" in stoplist_for([russian])
    assert "the" in stoplist_for([PROSE])


def test_an_author_under_the_title_above_the_buttons_stays() -> None:
    # The book catalogue hold-out: a line between a kept title and furniture is not among furniture.
    capture = (
        f"{HEAD}« Back to results\nPrevious\nNext\n"
        "The harvest of sorrow : Soviet collectivization and the terror-famine\n\nConquest, Robert.\n"
        f"Available\nRequest item\nPlace hold\nAdd to list\nEmail\n{PROSE}{FOOTER}"
    )
    assert "Conquest, Robert.\n" in clean_web(capture).text
