"""Furniture other sites tell (``webclean.others``): a lone capture, the first page of its site in the
project, is cleaned with what the captures of other sites removed as furniture. All text is invented for the
tests."""

from __future__ import annotations

from annotator.io.importers.webclean import SiteCapture, clean_web, furniture, site_capture
from annotator.io.importers.webclean.others import other_sites
from annotator.io.importers.webclean.siblings import (
    _INNER,
    _PROSE,
    _REMOVED,
    _SHARED,
    SiteLine,
    _site_key,
    _written_key,
)
from tests.helpers.other_sites import BYLINE, CAPTION, HOST, PARAGRAPHS, PASS_ON, TITLE, lone_page
from tests.helpers.site_pages import APPEAL, page


def other_site(
    host: str | None, removed: list[str] = (), kept: list[str] = (), body: list[str] = ()
) -> SiteCapture:
    """A capture of another site as the project stores it (keys and flags, no text): lines its own rules
    removed, short lines its article kept, and its article's sentences."""
    flagged = (
        [(t, _REMOVED | _SHARED) for t in removed]
        + [(t, _INNER) for t in kept]
        + [(t, _INNER | _PROSE) for t in body]
    )
    lines = tuple(SiteLine(i, _site_key(t), _written_key(t), flags) for i, (t, flags) in enumerate(flagged))
    return SiteCapture.of(host, lines, -1)


def _index(text: str, line: str, nth: int = 0) -> int:
    return [i for i, x in enumerate(text.split("\n")) if x == line][nth]


def test_a_line_two_other_sites_removed_goes_outside_the_article() -> None:
    text = lone_page(inside=PARAGRAPHS[1])
    after = _index(text, PASS_ON)
    assert after not in furniture(text)  # the page alone keeps it: nothing of its own shape tells
    pool = [
        other_site("ferry-notes.example.org", [PASS_ON]),
        other_site("quay-letters.example.net", [PASS_ON]),
    ]
    reasons = furniture(text, pool, HOST)
    assert reasons[after] == "removed as furniture on 2 other sites' pages"
    assert PASS_ON not in clean_web(text, pool, HOST).text


def test_one_other_site_is_not_enough() -> None:
    text = lone_page(inside=PARAGRAPHS[1])
    pool = [other_site("ferry-notes.example.org", [PASS_ON])]
    assert furniture(text, pool, HOST) == furniture(text)


def test_pages_of_one_other_site_count_once() -> None:
    text = lone_page(inside=PARAGRAPHS[1])
    same = [other_site("ferry-notes.example.org", [PASS_ON, f"Notes on page {k}"]) for k in range(5)]
    assert furniture(text, same, HOST) == furniture(text)
    # no host known: five pages that share their menu lines are one site, not five
    shared = [
        "Chain ferry records",
        "Toll books of the quay",
        "Letters from the bank",
        "Harbour master notes",
    ]
    hostless = [other_site(None, [PASS_ON, *shared, f"Notes on page {k}"]) for k in range(5)]
    assert furniture(text, hostless, HOST) == furniture(text)
    assert other_sites(site_capture(text, HOST), hostless).removed[_site_key(PASS_ON)] == 1


def test_the_page_s_own_site_is_no_other_site() -> None:
    text = lone_page(inside=PARAGRAPHS[1])
    own = [other_site(HOST, [PASS_ON]), other_site(f"www.{HOST}", [PASS_ON])]
    own = [SiteCapture.of("corbridge-lanes.example.org", c.lines, -1) for c in own]
    assert all(c not in other_sites(site_capture(text, HOST), own).removed for c in (_site_key(PASS_ON),))


def test_a_line_another_site_s_article_says_stays() -> None:
    text = lone_page(inside=PARAGRAPHS[1])
    pool = [other_site(f"site{k}.example.org", [PASS_ON]) for k in range(4)]
    pool.append(other_site("parish-essays.example.org", body=[PASS_ON]))  # an article's own sentence there
    assert furniture(text, pool, HOST) == furniture(text)


def test_a_line_more_sites_keep_in_their_article_than_remove_stays() -> None:
    text = lone_page(inside=PARAGRAPHS[1])
    removing = [other_site(f"site{k}.example.org", [PASS_ON]) for k in range(2)]
    keeping = [other_site(f"list{k}.example.org", kept=[PASS_ON]) for k in range(2)]  # a heading, an item
    assert _index(text, PASS_ON) not in furniture(text, removing + keeping, HOST)
    assert _index(text, PASS_ON) in furniture(text, removing + keeping[:1], HOST)


def test_title_byline_and_date_stay_whatever_other_sites_removed() -> None:
    text = lone_page(inside=PARAGRAPHS[1]).replace(BYLINE, f"{BYLINE}\nPublished 4 May 2021")
    said = [TITLE, BYLINE, "Published 4 May 2021"]
    pool = [other_site(f"site{k}.example.org", said) for k in range(5)]
    assert furniture(text, pool, HOST) == furniture(text)


def test_in_the_article_a_short_control_beside_furniture_that_three_sites_removed_goes() -> None:
    text = lone_page(
        inside=f"Share this on Facebook\n{PASS_ON}", after="Notes kept by the Corbridge lanes group"
    )
    inside = _index(text, PASS_ON)
    assert _index(text, "Share this on Facebook") in furniture(text)  # the page's own rules: a share button
    two = [other_site(f"site{k}.example.org", [PASS_ON]) for k in range(2)]
    three = [*two, other_site("site2.example.org", [PASS_ON])]
    assert inside not in furniture(text, two, HOST)
    assert furniture(text, three, HOST)[inside] == "removed as furniture on 3 other sites' pages"


def test_in_the_article_a_short_line_amid_its_own_lines_stays() -> None:
    # alone between a paragraph and a caption: an item or a label of the article's own, whatever sites say
    text = lone_page(after="Notes kept by the Corbridge lanes group")
    pool = [other_site(f"site{k}.example.org", [PASS_ON]) for k in range(5)]
    assert furniture(text, pool, HOST) == furniture(text)
    # a heading (prose follows it) and a sentence between the paragraphs stay too
    heading = lone_page(f"Share this on Facebook\n{PASS_ON}", "Parish walks").replace(f"{CAPTION}\n", "")
    assert furniture(heading, pool, HOST) == furniture(heading)
    sentence = "Pass this page to a neighbour who remembers the mill."
    quoted = lone_page(f"Share this on Facebook\n{sentence}", "Parish walks")
    pool = [other_site(f"site{k}.example.org", [sentence]) for k in range(5)]
    assert furniture(quoted, pool, HOST) == furniture(quoted)


def test_a_bare_number_stays() -> None:
    text = lone_page(inside=PARAGRAPHS[1], after="1,742")
    pool = [other_site(f"site{k}.example.org", ["1,742"]) for k in range(5)]  # a pager's or a counter's there
    assert furniture(text, pool, HOST) == furniture(text)


def test_a_lone_page_with_no_other_site_is_cleaned_as_alone() -> None:
    text = lone_page()
    assert furniture(text, [], HOST) == furniture(text)
    unrelated = [other_site(f"site{k}.example.org", ["Subscribe to the quarterly"]) for k in range(3)]
    assert clean_web(text, unrelated, HOST) == clean_web(text)


def test_stored_lines_carry_what_the_page_removed_and_older_ones_tell_nothing() -> None:
    text = "\n".join(["Share", "", *PARAGRAPHS, "", "Share", "Back to top", ""])
    capture = site_capture(text, "ferry-notes.example.org")
    restored = SiteCapture.from_json(capture.to_json())
    assert restored is not None and _site_key("Back to top") in restored.removed
    data = capture.to_json()  # as a capture stored before lines carried _REMOVED
    data["lines"] = [[i, k, w, f & ~_REMOVED] for i, k, w, f in data["lines"]]  # type: ignore[union-attr]
    older = SiteCapture.from_json(data)
    assert older is not None and not older.removed


def test_what_a_capture_stores_counts_what_its_own_site_s_pages_removed_but_not_other_sites() -> None:
    siblings = [site_capture(page(name)) for name in ("ferry", "rope", "flood")]
    stored = clean_web(page("ferry"), siblings, capture=True).capture
    assert stored is not None and _site_key(APPEAL[0]) in stored.removed  # the site's repetition
    assert _site_key(APPEAL[0]) not in site_capture(page("ferry")).removed  # the page alone keeps it
    text = lone_page(inside=PARAGRAPHS[1])
    pool = [other_site(f"site{k}.example.org", [PASS_ON]) for k in range(3)]
    cleaned = clean_web(text, pool, HOST, capture=True)
    assert PASS_ON not in cleaned.text
    assert (
        cleaned.capture is not None and _site_key(PASS_ON) not in cleaned.capture.removed
    )  # not counted back
