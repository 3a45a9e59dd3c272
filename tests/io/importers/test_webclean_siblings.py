"""A site's own repetition across captures (``webclean.siblings``): captures of one site cleaned together
lose the lines the site prints on every page outside its articles, however much they read like prose; the
article's lines stay, even when a sibling says them too."""

from __future__ import annotations

import json

from annotator.io.importers.webclean import clean_web, furniture, host_of, site_capture
from annotator.io.importers.webclean.siblings import SITE_LINES_VERSION, SiteCapture, same_site
from tests.helpers.site_pages import APPEAL, ARTICLES, FOOTER, HEADING, OTHER_SITE, page

SITE = ("ferry", "rope", "flood")


def _captures(*names: str, host: str | None = None):  # type: ignore[no-untyped-def]
    return [site_capture(page(name), host) for name in names]


def _kept(text: str, reasons: dict[int, str]) -> list[str]:
    return [line for i, line in enumerate(text.split("\n")) if line.strip() and i not in reasons]


def _article_lines(name: str) -> list[str]:
    title, byline, date, paragraphs = ARTICLES[name]
    return [title, byline, date, *paragraphs]


def test_a_page_alone_keeps_the_site_s_prose_shaped_chrome() -> None:
    text = page("ferry")
    kept = _kept(text, furniture(text))
    assert all(line in kept for line in APPEAL + FOOTER[:2])  # what this change is for: nothing alone


def test_captures_of_one_site_cleaned_together_lose_what_the_site_repeats() -> None:
    captures = _captures(*SITE)
    for name in SITE:
        text = page(name)
        assert _kept(text, furniture(text, captures)) == _article_lines(name)


def test_the_repeated_heading_inside_each_article_stays() -> None:
    text = page("rope")
    assert HEADING in _kept(text, furniture(text, _captures(*SITE)))


def test_a_single_capture_is_cleaned_as_before() -> None:
    text = page("ferry")
    assert furniture(text, ()) == furniture(text)
    assert furniture(text, _captures("ferry")) == furniture(text)  # itself is no sibling


def test_the_same_article_saved_twice_is_no_evidence() -> None:
    text = page("ferry")
    twice = site_capture(page("ferry", teasers=("fair", "rope")))  # the same article, another day's column
    assert furniture(text, [twice]) == furniture(text)


def test_an_article_line_a_sibling_quotes_in_its_own_article_stays() -> None:
    quoting = page("flood").replace(
        ARTICLES["flood"][3][1], ARTICLES["flood"][3][1] + "\n\n" + ARTICLES["ferry"][3][1] + "\n"
    )
    captures = [site_capture(page("ferry")), site_capture(quoting), site_capture(page("rope"))]
    text = page("ferry")
    assert ARTICLES["ferry"][3][1] in _kept(text, furniture(text, captures))


def test_pages_of_different_sites_are_no_siblings() -> None:
    text = OTHER_SITE
    alone = furniture(text)
    assert furniture(text, _captures(*SITE)) == alone  # one shared appeal line is no site
    assert APPEAL[0] in _kept(text, alone)


def test_different_hosts_are_different_sites_whatever_they_share() -> None:
    captures = [
        site_capture(page("rope"), "https://rope.example.org/a"),
        site_capture(page("flood"), "flood.example"),
    ]
    text = page("ferry")
    assert furniture(text, captures, "https://www.harbour.example/ferry") == furniture(text)
    same = [site_capture(page(n), "http://harbour.example/" + n) for n in ("rope", "flood")]
    reasons = furniture(text, same, "https://www.harbour.example/ferry")
    assert reasons[text.split("\n").index(APPEAL[0])] == "repeated on 3 pages of this site (same host)"


def test_host_of_an_address() -> None:
    assert host_of("https://www.Example.org/a/b?c") == "example.org"
    assert host_of("example.org/a") == "example.org"
    assert host_of("") is None and host_of(None) is None


def test_every_removed_line_is_reported_with_its_reason() -> None:
    result = clean_web(page("ferry"), _captures(*SITE))
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons[APPEAL[1]] == "repeated on 3 pages of this site (shared lines)"
    assert reasons["More from the archive"].startswith("repeated on 3 pages of this site")
    assert result.text.split("\n")[0] == ARTICLES["ferry"][0]


def test_a_counter_with_another_count_on_each_page_goes() -> None:
    def with_counter(name: str, count: int) -> str:
        title = ARTICLES[name][0]
        return page(name).replace(title + "\n", f"{title}\nreader notes {count}\n", 1)

    captures = [site_capture(with_counter(n, c)) for n, c in zip(SITE, (12, 3, 40), strict=True)]
    text = with_counter("ferry", 12)
    kept = _kept(text, furniture(text, captures))
    assert "reader notes 12" not in kept
    assert all(line in kept for line in _article_lines("ferry"))


def test_the_title_a_page_alone_took_for_a_banner_stays_when_other_pages_list_it_as_a_teaser() -> None:
    from annotator.io.importers.webclean.clean import _close, _settle
    from annotator.io.importers.webclean.siblings import site_furniture

    def most_read(name: str) -> str:  # every page's column lists the three stories, this one's title too
        return page(name, teasers=("ferry", "rope", "flood"))

    text = most_read("ferry")
    title = text.split("\n").index(ARTICLES["ferry"][0])
    capture = site_capture(text)
    capture.page.reasons[title] = "repeated banner"  # as the page alone reads a title its column says again
    siblings = [site_capture(most_read(n)) for n in SITE]
    assert title not in site_furniture(capture, siblings, _settle, _close)
    menu = site_capture(text)
    menu.page.reasons[0] = "repeated banner"  # the site's name printed above every article stays furniture
    assert 0 in site_furniture(menu, siblings, _settle, _close)


def test_sections_every_site_has_do_not_make_two_sites_one() -> None:
    # Another site whose menu has the same one-word sections ("Floods", "Letters", "Events"), and the
    # interface words every site prints.
    other = "Floods\nLetters\nPhotographs\nEvents\nShare\nLog in\n" + OTHER_SITE + "Floods\nLetters\nEvents\n"
    capture = site_capture(other)
    for sibling in _captures(*SITE):
        assert same_site(capture, sibling) is None
    assert furniture(other, _captures(*SITE)) == furniture(other)


def test_a_capture_read_once_as_a_sibling_is_cleaned_on_a_copy() -> None:
    captures = _captures(*SITE)
    fresh = furniture(page("ferry"), _captures("rope", "flood"))
    assert furniture(page("ferry"), captures) == fresh  # read once, among its siblings
    assert furniture(page("ferry"), captures) == fresh  # the sibling itself was left as it was read
    assert captures[0].page.reasons == site_capture(page("ferry")).page.reasons


def test_a_capture_s_stored_form_cleans_as_its_reading_does() -> None:
    captures = [site_capture(page(name)) for name in ("ferry", "rope", "fair")]
    stored = [SiteCapture.from_json(json.loads(json.dumps(c.to_json()))) for c in captures]
    assert all(s is not None and s.page is None for s in stored)
    assert clean_web(page("flood"), stored) == clean_web(page("flood"), captures)
    assert (
        clean_web(page("ferry"), stored).text == clean_web(page("ferry"), captures).text
    )  # itself among them
    assert "Agnes" not in json.dumps(captures[0].to_json())  # keys only: no text of the page is stored


def test_a_stored_form_of_another_version_or_damaged_is_read_again() -> None:
    data = site_capture(page("ferry")).to_json()
    assert SiteCapture.from_json({**data, "version": SITE_LINES_VERSION + 1}) is None
    assert SiteCapture.from_json({**data, "lines": [[1, 2]]}) is None
    assert SiteCapture.from_json(None) is None
