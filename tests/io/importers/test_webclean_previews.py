"""The web clean-up on the preview a share or e-mail dialog prints of the page (issue 14, 2026-12): the
article's title and first paragraph said again together, word for word, further down. Guards: the first
copy stays, and a pull quote (one of the article's lines said again alone) stays."""

from annotator.io.importers.webclean import furniture
from tests.helpers.webclean_lines import removed_lines as _removed

TITLE = "Canal boatmen's ledgers go on show"
LEAD = (
    "Ledgers kept by the boatmen of the eastern canal for almost a century, listing every cargo and "
    "toll, have gone on show at the waterways museum in the old warehouse."
)
REST = (
    "The ledgers record coal and grain going north and bricks and timber coming south, with the names "
    "of the boats and of the families who lived aboard them through the winters.\n\n"
    "Curators say the last entries, from the years after the railway arrived, show the trade shrinking "
    "to a few loads of gravel a month before the canal closed to traffic.\n\n"
)
HEAD = "Waterways Weekly\n\nSign in\nNews\nHistory\nEvents\n\n"
FOOT = "\nContact\nPrivacy\nTerms\n"


def test_the_title_and_lead_said_again_in_a_share_dialog_go() -> None:
    dialog = f"Share\nSend by e-mail\n{TITLE}\n\n{LEAD}\n\nSend\nCancel\n"
    text = HEAD + f"{TITLE}\n\n{LEAD}\n\n" + REST + dialog + FOOT
    lines = text.split("\n")
    found = furniture(text)
    copies = [i for i, line in enumerate(lines) if line in (TITLE, LEAD)]
    assert len(copies) == 4
    assert not set(copies[:2]) & set(found)  # the article's own title and lead stay
    assert set(copies[2:]) <= set(found)


def test_a_pull_quote_said_again_stays() -> None:
    quote = "the trade shrinking to a few loads of gravel a month"
    body = REST.replace("\n\nCurators", f"\n\n{LEAD}\n\nCurators", 1)
    text = HEAD + f"{TITLE}\n\n{LEAD}\n\n" + body + f"{quote}\n\n" + FOOT
    removed = _removed(text)
    assert LEAD not in removed
