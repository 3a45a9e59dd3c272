"""Saved web pages: the article's text exactly, furniture and scripts gone, metadata from the page's tags."""

import pytest

from annotator.domain.errors import SourceRejected
from annotator.io.importers.html import import_html

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Grain and hunger | Daily Past</title>
  <meta name="author" content="B. Writer">
  <meta property="og:title" content="Grain and hunger">
  <meta property="og:site_name" content="Daily Past">
  <meta property="og:url" content="https://dailypast.example/grain-and-hunger">
  <meta property="article:published_time" content="2019-03-04T10:00:00Z">
  <style>p { color: red }</style>
  <script>var tracking = "EVIL SCRIPT TEXT";</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent">We use cookies. <button>Accept all</button></div>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li>
    <li><a href="/about">About us</a></li></ul></nav></header>
  <main><article>
    <h1>Grain and hunger</h1>
    <p>The harvest of 1932 was requisitioned in full, the report said, and the villages went hungry
       through the winter that followed.</p>
    <h2>The second report</h2>
    <p>Nobody in the district committee would sign the second report, although the secretary
       <b>insisted</b> and the instructor from the city <a href="/x">threatened</a> them all.</p>
    <ul><li>Forty-two households joined the collective farm.</li><li>Eleven families were deported.</li></ul>
    <table><tr><td>Year</td><td>Grain (thousand tonnes)</td></tr><tr><td>1932</td><td>18.5</td></tr></table>
  </article></main>
  <aside><h3>Related stories</h3><p><a href="/other">Another story about something else</a></p></aside>
  <footer><p>Cookie settings</p><p>© 2019 Daily Past</p></footer>
  <script>document.write("MORE EVIL")</script>
</body>
</html>
"""

EXPECTED = (
    "Grain and hunger\n\n"
    "The harvest of 1932 was requisitioned in full, the report said, and the villages went hungry "
    "through the winter that followed.\n\n"
    "The second report\n\n"
    "Nobody in the district committee would sign the second report, although the secretary insisted "
    "and the instructor from the city threatened them all.\n\n"
    "- Forty-two households joined the collective farm.\n"
    "- Eleven families were deported.\n\n"
    "Year\tGrain (thousand tonnes)\n"
    "1932\t18.5\n"
)


def test_main_text_is_extracted_exactly() -> None:
    document = import_html("grain.html", PAGE.encode("utf-8"))
    assert document.text == EXPECTED
    assert document.media_type == "text/html"
    assert document.steps.format == "html"


def test_metadata_comes_from_the_pages_tags() -> None:
    document = import_html("grain.html", PAGE.encode("utf-8"))
    assert document.title == "Grain and hunger"
    assert document.authors == ("B. Writer",)
    assert document.date_text == "2019-03-04"
    assert document.publisher == "Daily Past"
    assert document.url == "https://dailypast.example/grain-and-hunger"
    assert document.language == "en"


def test_the_declared_charset_is_honoured() -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace(
        "Grain and hunger</h1>", "Хлеб и голод</h1>"
    )
    document = import_html("grain.html", page.encode("cp1251"))
    assert document.encoding == "cp1251"
    assert document.text.startswith("Хлеб и голод\n\n")


def test_title_falls_back_to_the_title_element() -> None:
    page = PAGE.replace('<meta property="og:title" content="Grain and hunger">', "")
    assert import_html("grain.html", page.encode()).title == "Grain and hunger | Daily Past"


def test_a_page_without_text_is_refused_naming_the_file() -> None:
    with pytest.raises(SourceRejected, match=r"^empty\.html: the page holds no readable text$"):
        import_html("empty.html", b"<html><head><script>x()</script></head><body></body></html>")


def test_nothing_is_fetched_from_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """External resources, entities and a remote DTD are never loaded: any socket use fails the test."""
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        + PAGE.replace(
            "<head>",
            '<head><link rel="stylesheet" href="https://cdn.example/x.css">'
            '<script src="https://cdn.example/x.js"></script><img src="https://cdn.example/i.png">',
        )
    )
    assert import_html("grain.html", page.encode()).text == EXPECTED


def test_a_page_that_trips_the_date_finder_is_refused_with_our_error() -> None:
    # Found by the fuzz tests: htmldate (asked by trafilatura for the date) fails an lxml assertion here.
    with pytest.raises(SourceRejected, match=r"broken\.html: the page holds no readable text"):
        import_html("broken.html", b"<body><script>html")
    page = b"<html><body><p>The harvest of 1932 was taken by the brigades.</p><script>x</script>"
    assert "harvest of 1932" in import_html("almost.html", page).text


def _hub(first_label: str, second_label: str) -> str:
    """A saved hub page holding two encyclopedias' articles under one title, each under its label line."""
    lead = (
        "{0} is the name given to the system of government in the Soviet Union under Joseph Stalin, from "
        "the late 1920s to his death in 1953, and to the political culture that grew around his rule."
    )
    body = (
        "<p>The first five-year plan raised the targets for coal, iron and steel again and again, and the "
        "collectivisation of agriculture destroyed much of the livestock of the country.</p>"
        "<p>The famine of 1932 and 1933 followed the requisitions of grain in Ukraine, the Kuban and "
        "Kazakhstan, and millions died in the villages while grain was still exported.</p>"
    )
    return f"""<html><head><title>Stalinism - Hub</title></head><body>
<header><nav><a href="/">Home</a> <a href="/hubs">Hubs</a></nav></header>
<main>
<div class="source-label">{first_label}</div>
<h1>Stalinism</h1>
<p>{lead.format("Stalinism")}</p>{body}
<div class="source-label">{second_label}</div>
<h1>Stalinism</h1>
<p>{lead.format("Stalinism")} It is also used of similar regimes elsewhere.</p>{body}
</main>
<footer><p>About the hub</p></footer>
</body></html>"""


@pytest.mark.parametrize(
    ("labels", "titles"),
    [
        (
            ("From Wikipedia, the free encyclopedia", "From Grokipedia"),
            ["Stalinism (Wikipedia)", "Stalinism (Grokipedia)"],
        ),
        (
            ("from Wikipedia", "from the Great Soviet Encyclopedia"),
            ["Stalinism (Wikipedia)", "Stalinism (Great Soviet Encyclopedia)"],
        ),
    ],
)
def test_the_label_lines_of_a_hubs_articles_are_kept_so_each_article_is_named(
    labels: tuple[str, str], titles: list[str]
) -> None:
    """The page's "from X" lines name where each article comes from; without them two articles with one
    title could only be told apart as "(article 1)" and "(article 2)"."""
    from annotator.domain.structure.articles import propose_articles

    document = import_html("hub.html", _hub(*labels).encode("utf-8"))
    assert [p.title for p in propose_articles(document.text)] == titles
    # The labels stand where the page has them: right above each article's title.
    lines = document.text.split("\n")
    for label in labels:
        assert lines[lines.index(label) + 2] == "Stalinism"


def test_a_single_articles_label_is_not_put_back() -> None:
    """One article under "From Wikipedia, the free encyclopedia": the label names nothing its title does
    not, and the text stays what trafilatura keeps."""
    page = _hub("From Wikipedia, the free encyclopedia", "x").replace('<div class="source-label">x</div>', "")
    text = import_html("one.html", page.encode("utf-8")).text
    assert "encyclopedia" not in text.split("\n")[0]
    assert "From Wikipedia" not in text
