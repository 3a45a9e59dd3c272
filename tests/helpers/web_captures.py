"""Invented web pages with real-looking chrome, and the text a user gets by copying them from a browser.

Every element of page furniture carries ``data-f``; ``render`` turns a page into text the way a copy and
paste does (block elements on their own lines, inline links glued together when the page puts no space
between them, images as their alt text) and labels each line furniture (all its text comes from ``data-f``
elements) or content. The articles include lines that look like furniture to naive rules: "(c) the grain
is delivered…", "Copyright law in the USSR…", one-word list items ("Print", "Radio"), a sentence that
begins "Share", a heading "Search and seizure", a table header row with bars.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

_BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "section",
    "table", "tr", "ul", "body", "html",
}
_SPACED = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table"}  # a blank line after them
_HIDDEN = {"script", "style", "head", "noscript", "template"}


@dataclass(frozen=True)
class Capture:
    text: str
    furniture: frozenset[int]  # 0-based indexes of furniture lines
    content: frozenset[int]  # 0-based indexes of non-blank content lines


_CELL = "\ue000"  # the separator of a table's cells, told apart from a tab of the markup
_SPACE = re.compile(r"\s+")
_CELL_EDGE = re.compile(r" *\t *")


def render(page: str, spaced: bool = False) -> Capture:
    """The text of ``page`` as copied from a browser, with each line labelled; ``spaced`` puts a blank
    line after every block, as some browsers and "save as text" do."""
    root = lxml_html.fromstring(page)
    lines: list[list[tuple[str, bool]]] = [[]]

    def newline(blank: bool = False) -> None:
        if lines[-1]:
            lines.append([])
        if blank and len(lines) >= 2 and lines[-2]:
            lines.append([])

    def add(text: str, furniture: bool) -> None:
        if lines[-1] or text.strip():  # whitespace between blocks is not text, as in a browser
            lines[-1].append((text, furniture))

    def walk(element: lxml_html.HtmlElement, furniture: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HIDDEN:
            return
        furniture = furniture or element.get("data-f") is not None
        block = tag in _BLOCKS
        if block:
            newline()
        if tag == "br":
            newline()
        if tag == "img" and element.get("alt"):
            add(element.get("alt"), furniture)
        if tag in ("td", "th") and lines[-1]:
            add(_CELL, furniture)
        if element.text:
            add(element.text, furniture)
        for child in element:
            walk(child, furniture)
            if child.tail:
                add(child.tail, furniture)
        if block:
            newline(blank=spaced or tag in _SPACED)

    walk(root, False)
    text_lines: list[str] = []
    furniture_lines: set[int] = set()
    content_lines: set[int] = set()
    for pieces in lines:
        # White space of the markup (spaces, tabs, line breaks in its source) collapses, as in a browser;
        # only the tab between a table's cells is a tab of the copy.
        text = "".join("\t" if t == _CELL else _SPACE.sub(" ", t) for t, _ in pieces)
        text = _CELL_EDGE.sub("\t", text).strip(" ")
        if not text.strip():
            if not text_lines or text_lines[-1] == "":
                continue
            text_lines.append("")
            continue
        # A table row keeps its cells' own line breaks: each of its lines is labelled as the row is.
        index = sum(line.count("\n") + 1 for line in text_lines)
        text_lines.append(text)
        labelled = furniture_lines if all(f for t, f in pieces if t.strip()) else content_lines
        labelled.update(range(index, index + text.count("\n") + 1))
    text = "\n".join(text_lines).strip("\n") + "\n"
    return Capture(text, frozenset(furniture_lines), frozenset(content_lines))


def _refs(n: int) -> str:
    return f'<sup><a href="#cite_note-{n}">[{n}]</a></sup>'


def _edit_block() -> str:
    return '<div data-f class="mw-editsection"><a href="#">[edit]</a></div>'


def _paras(texts: list[str], start: int) -> tuple[str, int]:
    out = []
    for text in texts:
        out.append(f"<p>{text}{_refs(start)}{_refs(start + 1)}</p>")
        start += 2
    return "".join(out), start


WIKI_SECTIONS = [
    ("Origins", [
        "Stalinism is the means of governing and Marxist–Leninist policies implemented in the Soviet Union "
        "from 1927 to 1953 by Joseph Stalin, and the political culture that grew around his rule.",
        "The term came into use in the late 1920s among the opponents of the party majority, and it was "
        "taken up after 1956 by those who wished to separate the system from the founder of the state.",
    ]),
    ("Collectivisation", [
        "The collectivisation of agriculture was meant to secure grain for the towns and for export, and "
        "to break the economic independence of the peasant household once and for all.",
        "The decree on the delivery of grain laid down three duties of the collective farm:",
    ]),
    ("Search and seizure", [
        "Brigades of activists went from house to house searching for hidden grain, and the searches were "
        "described in the reports of the district committees as a form of class struggle.",
        "Share of the harvest taken by the state rose from about fifteen to over forty per cent between "
        "1928 and 1932, according to the figures later published by the statistical administration.",
    ]),
    ("Culture", [
        "Propaganda reached the countryside through every available medium of the period, and the "
        "department of agitation listed them in its annual report as follows:",
    ]),
    ("Law", [
        "Copyright law in the USSR protected the author for life and fifteen years, but the state could "
        "buy out any work compulsorily, which it did for the classics of Marxism in 1928.",
        "The Criminal Code of 1926 was amended many times in the 1930s, and article 58 became the basis of "
        "most political convictions of the period, as the archival record later showed.",
    ]),
    ("Legacy", [
        "Historians still debate whether the system was a continuation of Leninism or a break with it, and "
        "the opening of the archives after 1991 did not settle that question.",
    ]),
]

GROK_SECTIONS = [
    ("Overview", [
        "Stalinism refers to the system of rule that Joseph Stalin built in the Soviet Union from the late "
        "1920s until his death in 1953, combining a command economy with mass terror.",
        "It rested on the single party, on the security police and on a cult of the leader that reached "
        "into schools, factories and the family itself, as contemporary diaries show.",
    ]),
    ("Economic policy", [
        "The first five-year plan set targets for coal, iron and steel that were raised again and again, "
        "and managers who failed to meet them risked being tried as wreckers.",
        "Forced collectivisation destroyed much of the livestock of the country and led to the famine of "
        "1932–1933, in which several million people died in Ukraine, Kazakhstan and Russia.",
    ]),
    ("Terror", [
        "The Great Terror of 1937–1938 took some seven hundred thousand lives by execution alone, according "
        "to the records of the security police opened in the early 1990s.",
    ]),
    ("Historiography", [
        "The totalitarian school stressed the power of the centre, while the revisionists of the 1970s and "
        "1980s looked at pressure from below and at the chaos of the provinces.",
    ]),
]


def _section(title: str, paragraphs: list[str], start: int, inline_edit: bool) -> tuple[str, int]:
    body, start = _paras(paragraphs, start)
    if inline_edit:
        heading = f'<h2>{title}<span data-f class="mw-editsection">[edit]</span></h2>'
    else:
        heading = f"<h2>{title}</h2>{_edit_block()}"
    extra = ""
    if title == "Collectivisation":
        extra = (
            "<ul><li>(a) the plan of sowing is fixed by the district;</li>"
            "<li>(b) the seed fund is kept in the common barn;</li>"
            "<li>(c) the grain is delivered to the state before any payment in kind to the members.</li></ul>"
        )
    if title == "Culture":
        extra = "<ul><li>Print</li><li>Radio</li><li>Film</li><li>Posters</li></ul>"
    return heading + body + extra, start


def _references(count: int) -> str:
    items = "".join(
        f"<li>^ Kotkin, Stephen. <i>Stalin</i>, vol. {1 + n % 2}, p. {100 + n}.</li>" for n in range(count)
    )
    return f"<h2>References</h2>{_edit_block()}<ol>{items}</ol>"


def hub_page() -> str:
    """A hub page holding a Wikipedia article and a second encyclopedia's article, with its chrome."""
    wiki, n = [], 1
    for title, paragraphs in WIKI_SECTIONS:
        html, n = _section(title, paragraphs, n, inline_edit=False)
        wiki.append(html)
    grok, m = [], 1
    for title, paragraphs in GROK_SECTIONS:
        html, m = _section(title, paragraphs, m, inline_edit=False)
        grok.append(html)
    return f"""<html><head><title>Stalinism – Encyclohub</title></head><body>
<header data-f><div>Encyclohub</div>
<div><a>Search</a></div>
<nav><a>Stalinism</a><a>Stalinism</a><a>Main</a></nav>
</header>
<div><h1>Stalinism</h1></div>
<div data-f>8 pages, 0 posts</div>
<div data-f><img alt="kolya1917's avatar"></div>
<div data-f><a>kolya1917</a></div>
<div data-f><a>Follow</a></div>
<main>
<div data-f class="label">from Wikipedia</div>
<h1>Stalinism</h1>
{''.join(wiki)}
{_references(n - 1)}
<div data-f>Retrieved from "https://en.wikipedia.org/wiki/Stalinism"</div>
<div data-f class="label">from Grokipedia</div>
<h1>Stalinism</h1>
{''.join(grok)}
{_references(m - 1)}
</main>
<aside data-f><h3>Related Hubs</h3>
<ul><li>Leninism</li><li>3 pages, 1 post</li><li>Trotskyism</li><li>5 pages, 12 posts</li>
<li>Marxism–Leninism</li></ul></aside>
<section data-f><h3>Discussion</h3>
<p>Be the first to start a discussion here.</p><p>No comments yet.</p></section>
<footer data-f><div><a>About</a> · <a>Terms</a> · <a>Privacy</a> · <a>Contact</a></div>
<div>© 2025 Encyclohub Ltd.</div>
<div>We use cookies to improve your experience on this site.</div><div><a>Accept</a></div></footer>
</body></html>"""


NEWS_PARAGRAPHS = [
    "In the spring of 1930 the district committee of Krasnoye received a telegram ordering it to finish "
    "the collectivisation of the villages before the sowing began, whatever the cost.",
    "The instructor who read it out in the schoolhouse was a young man from the town, and the minutes "
    "record that he was interrupted three times by the women at the back of the room.",
    "Share the grain with the state, he told them, and the state will share its tractors with you; nobody "
    "in the room, the secretary noted, had ever seen a tractor.",
    "By the summer half of the households had left the collective farm again, after Stalin's article on "
    "the dizziness of success had been read aloud in the same schoolhouse.",
    "Copyright 1936 was the year of the new constitution, a local wit wrote in the margin of the minutes, "
    "and the district archive kept the page with the joke untouched for sixty years.",
]


def news_page() -> str:
    """A magazine article with a glued navigation bar, breadcrumbs, share buttons, tags and comments."""
    body = "".join(f"<p>{p}</p>" for p in NEWS_PARAGRAPHS)
    return f"""<html><body>
<div data-f>Skip to main content</div>
<header data-f><div>The Eastern Review</div>
<nav><a>Home</a><a>News</a><a>History</a><a>Culture</a><a>About</a></nav>
<div><a>Home</a> › <a>History</a> › <a>Soviet Union</a></div></header>
<article><h1>The telegram from the district</h1>
<div>By <a>Anna Petrova</a> · 12 March 2021 · 6 min read</div>
<div data-f><a>Share</a></div><div data-f><a>Tweet</a></div><div data-f><a>Email</a></div>
{body}
<table><tr><th>Year</th><th>Share of harvest</th><th>Exports</th></tr>
<tr><td>1930</td><td>26%</td><td>4.8</td></tr></table>
<div data-f>Tags: Stalin, Collectivisation, Krasnoye</div>
</article>
<aside data-f><h3>You may also like</h3><ul><li><a>The famine in the archives</a></li>
<li><a>Letters from the Urals</a></li></ul></aside>
<section data-f><h3>Comments</h3><div>3 comments</div><div><a>Log in to comment</a></div></section>
<footer data-f><div>© 2021 The Eastern Review. All rights reserved.</div>
<div><a>Privacy Policy</a> | <a>Terms of Use</a> | <a>Contact</a></div>
<div>The Eastern Review</div></footer>
</body></html>"""


def wiki_pair_page() -> str:
    """Two encyclopedia articles with different titles, "[edit]" inside the headings, a tagline label."""
    first, n = [], 1
    for title, paragraphs in WIKI_SECTIONS[:3]:
        html, n = _section(title, paragraphs, n, inline_edit=True)
        first.append(html)
    second, m = [], 1
    for title, paragraphs in GROK_SECTIONS[1:]:
        html, m = _section(title, paragraphs, m, inline_edit=True)
        second.append(html)
    return f"""<html><body>
<div data-f>Jump to navigation</div><div data-f>Jump to search</div>
<div data-f>via Britannica</div>
<h1>Soviet system</h1>
<p>Soviet system is the name given to the order of government that took shape in Russia after 1917 and
was carried to the other republics of the union, with the party at its centre.</p>
{''.join(first)}
{_references(n - 1)}
<div data-f>This page was last edited on 3 May 2024, at 10:12 (UTC).</div>
<div data-f>via Wikipedia</div>
<h1>Stalinist economy</h1>
<p>Stalinist economy is the term for the planned economy of the Soviet Union under Stalin, in which the
state fixed output, prices and wages through the plans of Gosplan and its ministries.</p>
{''.join(second)}
{_references(m - 1)}
<div data-f><a>Edit this page</a></div>
</body></html>"""


WIKI_FOOTER = (
    "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may "
    "apply. By using this site, you agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered "
    "trademark of the Wikimedia Foundation, Inc., a non-profit organization."
)


def wikipedia_page() -> str:
    """One encyclopedia article copied whole: tagline, hatnote, "[edit]" in headings, a "Discussion"
    section of the article's own, categories and the site's footer links."""
    sections, n = [], 1
    for title, paragraphs in WIKI_SECTIONS:
        html, n = _section(title, paragraphs, n, inline_edit=True)
        sections.append(html)
    footer = "".join(
        f"<li>{item}</li>"
        for item in (
            "Privacy policy", "About Wikipedia", "Disclaimers", "Contact Wikipedia", "Code of Conduct",
            "Developers", "Statistics", "Cookie statement", "Mobile view",
        )
    )
    return f"""<html><body>
<div data-f>Jump to content</div>
<h1>Stalinism</h1>
<div data-f>From Wikipedia, the free encyclopedia</div>
<div>Main article: Marxism–Leninism</div>
<p>Stalinism is the means of governing and the policies of the Soviet Union under Joseph Stalin, who
led the country from the late 1920s until his death in 1953, as most historians define it.</p>
{''.join(sections)}
<h2>Discussion<span data-f>[edit]</span></h2>
<p>The debate among historians has moved from the question of intentions to the study of how orders were
carried out in the provinces, and of how ordinary people adapted to them.</p>
<h2>From Kronstadt to the Great Turn<span data-f>[edit]</span></h2>
<p>No comments yet were made by the delegates when the resolution was read, the stenogram records, and
the vote was taken at once without a single voice against it.</p>
<p>Start the discussion of the plan with the output figures, the chairman told the meeting, and the
figures were read out before anyone could speak.</p>
{_references(n - 1)}
<div data-f>Retrieved from "https://en.wikipedia.org/w/index.php?title=Stalinism&amp;oldid=1"</div>
<div data-f>Categories: Stalinism | Political theories | Joseph Stalin</div>
<div data-f>Hidden categories: Articles with short description | Use dmy dates</div>
<div data-f>This page was last edited on 3 May 2024, at 10:12 (UTC).</div>
<div data-f>{WIKI_FOOTER}</div>
<ul data-f>{footer}</ul>
</body></html>"""


def blog_page() -> str:
    """A blog post with its reader comments (content), reply buttons and a comment form (furniture)."""
    body = "".join(f"<p>{p}</p>" for p in NEWS_PARAGRAPHS[:4])
    return f"""<html><body>
<header data-f><div>History Notes</div><div>Just another history blog</div>
<nav><a>Home</a> | <a>Essays</a> | <a>Notes</a> | <a>About</a></nav></header>
<article><h1>Krasnoye in the spring of 1930</h1>
<div>Posted on 3 March 2021 by ivan_h</div>
{body}
<div data-f>Share this:</div><div data-f><a>Twitter</a></div><div data-f><a>Facebook</a></div>
<div data-f>Like this:</div><div data-f>Loading…</div>
<div data-f>Posted in Soviet history</div>
</article>
<section><h3 data-f>2 Responses to “Krasnoye in the spring of 1930”</h3>
<div>Maria K. says:</div><div>4 March 2021 at 10:15 am</div>
<p>My grandmother came from a village near Krasnoye, and she told the same story about the telegram
and the women at the back of the room, word for word.</p>
<div data-f><a>Reply</a></div>
<div>ivan_h says:</div><div>4 March 2021 at 12:40 pm</div>
<p>Thank you, Maria, that is exactly the kind of memory the minutes cannot give us.</p>
<div data-f><a>Reply</a></div></section>
<section data-f><h3>Leave a Reply</h3><div><a>Cancel reply</a></div>
<p>Your email address will not be published. Required fields are marked *</p>
<div>Comment *</div><div>Name *</div><div>Email *</div><div>Website</div>
<div>Save my name, email, and website in this browser for the next time I comment.</div>
<div><a>Post Comment</a></div></section>
<footer data-f><div>Proudly powered by WordPress</div></footer>
</body></html>"""


PAGES = {
    "hub": hub_page,
    "news": news_page,
    "wiki-pair": wiki_pair_page,
    "wikipedia": wikipedia_page,
    "blog": blog_page,
}


# Pages written after the rules, to see how the clean-up does on chrome it was not shaped by: measured by
# tests/benchmarks/measure_webclean.py, not asserted (their recall is low; see that script's output).
def encyclopedia_page() -> str:
    """An encyclopedia site's entry: logo after a skip link, a publisher's badge, a citation widget."""
    sections, n = [], 1
    for title, paragraphs in WIKI_SECTIONS[:4]:
        html, n = _section(title, paragraphs, n, inline_edit=True)
        sections.append(html.replace('<span data-f class="mw-editsection">[edit]</span>', ''))
    return f"""<html><body>
<div data-f>Skip to main content</div>
<header data-f><div>Encyclopedia.com</div>
<nav><a>Research</a><a>Citation styles</a><a>Sign in</a></nav></header>
<div data-f>Politics › Political Science and Government › Political Systems</div>
<h1>Stalinism</h1>
<div data-f>gale</div><div data-f>views updated</div>
<h2>STALINISM</h2>
<p>Stalinism is the name commonly given to the political system of the Soviet Union under Joseph Stalin,
from the end of the 1920s to his death in 1953, and to the ideas that justified it.</p>
{''.join(sections)}
<h3>Bibliography</h3><p>Kotkin, Stephen. Stalin. 2 vols. New York: Penguin, 2014–2017.</p>
<p>Fitzpatrick, Sheila. Everyday Stalinism. New York: Oxford University Press, 1999.</p>
<div>Lewis Siegelbaum</div>
<section data-f><h3>Cite this article</h3><p>Pick a style below, and copy the text for your bibliography.</p>
<ul><li>MLA</li><li>Chicago</li><li>APA</li></ul>
<p>"Stalinism." Encyclopedia of Russian History. Encyclopedia.com. 3 May 2024.</p>
<div><a>Learn more about citation styles</a></div></section>
<footer data-f><div>About this article</div><div>Updated About encyclopedia.com content</div>
<div><a>Print Article</a></div><div><a>Share Article</a></div></footer>
</body></html>"""


def grokipedia_page() -> str:
    """A Grokipedia-style article: version badge, a fact-check timestamp, edit/share/report buttons."""
    return """<html><body>
<div data-f>Grokipedia</div><div data-f><a>Search</a></div><div data-f>v0.2</div>
<h1>Collectivization in the Soviet Union</h1>
<div data-f>Fact-checked by Grok 3 days ago</div>
<p>Collectivization in the Soviet Union was the policy, pursued between 1928 and 1940, of merging
individual peasant households into collective farms under the control of the state.[1][2]</p>
<h2>Background</h2>
<p>The grain procurement crisis of 1927–1928 convinced the party leadership that the market could not
feed the towns, and extraordinary measures were applied in the Urals and Siberia.[3]</p>
<h2>Implementation</h2>
<p>In the winter of 1929–1930 brigades of workers and activists were sent to the villages to enforce
the campaign, and the kulaks were expropriated and deported by category.[4][5]</p>
<ul><li>First category: arrest</li><li>Second category: deportation</li>
<li>Third category: resettlement</li></ul>
<h2>References</h2><ol><li>Viola, Lynne. Peasant Rebels under Stalin. 1996.</li>
<li>Davies, R. W. The Socialist Offensive. 1980.</li></ol>
<div data-f><a>Edit</a></div><div data-f><a>Share</a></div><div data-f><a>Report an issue</a></div>
<footer data-f><div>Privacy</div><div>Terms</div><div>© 2025 xAI</div></footer>
</body></html>"""


UNSEEN = {"encyclopedia": encyclopedia_page, "grokipedia": grokipedia_page}
