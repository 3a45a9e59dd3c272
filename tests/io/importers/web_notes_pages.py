"""Saved web pages with notes, written for the tests: a MediaWiki article and two blog posts.

The MediaWiki page is shaped like a page saved from Wikipedia with its browser: navigation, an infobox,
"[edit]" links, ``sup.reference`` calls linking to ``#cite_note-…`` (some written with the page's own
address in front), a stylesheet between the heading and the references list, citations broken over
lines in the source, a lower-alpha notes group ("[a]"), a named group ("[n 1]"), "[citation needed]".
"""

WIKI_URL = "https://en.wikipedia.org/wiki/Grain_requisitions_of_1932"


def _ref(number: int, anchor: str = "") -> str:
    anchor = anchor or str(number)
    href = f"{WIKI_URL}#cite_note-{anchor}" if number % 2 else f"#cite_note-{anchor}"
    return (
        f'<sup id="cite_ref-{anchor}_{number}-0" class="reference"><a href="{href}">'
        f'<span class="cite-bracket">[</span>{number}<span class="cite-bracket">]</span></a></sup>'
    )


def _edit(section: int) -> str:
    return (
        '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
        f'<a href="/w/index.php?title=Grain&amp;action=edit&amp;section={section}">'
        '<span>edit</span></a><span class="mw-editsection-bracket">]</span></span>'
    )


def _citation(number: int, anchor: str, backlinks: int, body: str) -> str:
    if backlinks == 1:
        back = f'<b><a href="#cite_ref-{anchor}_{number}-0" aria-label="Jump up">^</a></b>'
    else:
        back = "^ " + " ".join(
            f'<a href="#cite_ref-{anchor}_{number}-{k}"><sup><i><b>{"abc"[k]}</b></i></sup></a>'
            for k in range(backlinks)
        )
    return (
        f'<li id="cite_note-{anchor}"><span class="mw-cite-backlink">{back}</span> '
        f'<span class="reference-text">{body}</span></li>\n'
    )


CITATIONS = [
    "Conquest, Robert (1986). The Harvest of Sorrow. Oxford University Press. p. 306. ISBN 0-19-505180-3.",
    (
        "Davies, R. W.; Wheatcroft, S. G. (2004). The Years of Hunger: Soviet Agriculture, 1931–1933. "
        "Palgrave Macmillan. pp. 400–401."
    ),
    "Viola, Lynne (1996). Peasant Rebels under Stalin. Oxford University Press. p. 132.",
    "Applebaum, Anne (2017). Red Famine: Stalin's War on Ukraine. Doubleday. p. 189.",
    "Kulchytskyi, Stanislav (2018). The Famine of 1932–1933 in Ukraine. Kyiv. p. 7.",
    "Graziosi, Andrea (2005). \"Les famines soviétiques de 1931–1933\". Cahiers du monde russe. 46 (3): 457.",
]


def _cited(text: str) -> str:
    """A citation as MediaWiki writes it: a <cite> with links, its title broken over lines in the source."""
    author, rest = text.split(" (", 1)
    year, rest = rest.split("). ", 1)
    title, rest = rest.split(". ", 1)
    title = title.replace(" ", "\n  ", 1)
    return (
        f'<cite class="citation book cs1">{author} ({year}). <a rel="nofollow" class="external text"\n'
        f'  href="https://books.example/{len(text)}">{title}</a>. {rest}</cite>'
        '<span title="ctx_ver=Z39.88-2004" class="Z3988"></span>'
        '<span class="cs1-maint citation-comment"><code class="cs1-code">{{cite book}}</code>: '
        "CS1 maint: location missing publisher</span>"
    )


_DIRECTIVE = "The directive of 22 January 1933 was signed by Stalin and Molotov."

WIKI_PAGE = f"""<!DOCTYPE html>
<html class="client-js vector-feature-language-in-header-enabled" lang="en" dir="ltr">
<head>
<meta charset="UTF-8">
<title>Grain requisitions of 1932 - Wikipedia</title>
<script>RLCONF={{"wgPageName":"Grain_requisitions_of_1932"}};</script>
<link rel="stylesheet" href="/w/load.php?modules=site.styles">
</head>
<body class="skin-vector mediawiki ltr sitedir-ltr">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header">
<nav class="vector-main-menu"><ul>
<li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Portal:Contents">Contents</a></li>
<li><a href="/wiki/Portal:Current_events">Current events</a></li>
<li><a href="/wiki/Special:Random">Random article</a></li>
<li><a href="/wiki/Help:Contents">Help</a></li><li><a href="/wiki/Special:Donate">Donate</a></li></ul></nav>
<div id="p-search"><form action="/w/index.php">
<input type="search" name="search" placeholder="Search Wikipedia"></form></div>
</header></div>
<div class="mw-page-container"><div class="mw-content-container">
<main id="content" class="mw-body">
<header class="mw-body-header"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-main">Grain requisitions of 1932</span></h1></header>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">Grain requisitions of 1932</th></tr>
<tr><th class="infobox-label">Location</th><td class="infobox-data">Soviet Ukraine, Kuban</td></tr>
<tr><th class="infobox-label">Period</th><td class="infobox-data">1932–1933</td></tr></tbody></table>
<div id="toc" class="toc"><div class="toctitle"><h2>Contents</h2></div><ul>
<li><a href="#Background"><span class="tocnumber">1</span> <span class="toctext">Background</span></a></li>
<li><a href="#The_quotas"><span class="tocnumber">2</span> <span class="toctext">The quotas</span></a></li>
</ul></div>
<p>The <b>grain requisitions of 1932</b> took the harvest of the Ukrainian villages in full and left them
without seed or bread.{_ref(1)} They were part of the procurement campaign that the Politburo set in the
summer of 1932.{_ref(2, "Davies")}<sup class="reference"><a href="#cite_note-n1">[n 1]</a></sup></p>
<div class="mw-heading mw-heading2"><h2 id="Background">Background</h2>{_edit(1)}</div>
<p>Collectivisation of agriculture began in 1929 and met resistance in the villages of Ukraine and the
Kuban.{_ref(2, "Davies").replace("-0", "-1")}{_ref(3)} The quotas for 1932 were raised twice in the autumn,
and the brigades took the seed grain as well.{_ref(4)}<sup
class="noprint Inline-Template Template-Fact">[<i><a href="/wiki/Wikipedia:Citation_needed"
title="Wikipedia:Citation needed"><span>citation needed</span></a></i>]</sup></p>
<div class="mw-heading mw-heading2"><h2 id="The_quotas">The quotas</h2>{_edit(2)}</div>
<p>In January 1933 a directive closed the borders of the republic to peasants seeking bread
elsewhere.<sup id="cite_ref-a" class="reference"><a href="#cite_note-a"><span
class="cite-bracket">[</span>a<span class="cite-bracket">]</span></a></sup> Historians still disagree
about the number of victims and about
intent.{_ref(5)}{_ref(6)}</p>
<div class="mw-heading mw-heading2"><h2 id="Notes">Notes</h2>{_edit(3)}</div>
<style data-mw-deduplicate="TemplateStyles:r1217336898">.mw-parser-output .reflist{{font-size:90%}}</style>
<div class="reflist reflist-lower-alpha">
<div class="mw-references-wrap"><ol class="references">
{_citation(1, "a", 1, _DIRECTIVE).replace("cite_ref-a_1-0", "cite_ref-a")}
</ol></div></div>
<div class="mw-heading mw-heading2"><h2 id="Footnotes">Footnotes</h2>{_edit(4)}</div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-n1"><span class="mw-cite-backlink"><b><a href="#cite_ref-n1">^</a></b></span>
<span class="reference-text">The campaign was directed from Kharkiv, then the capital.</span></li>
</ol></div></div>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>{_edit(5)}</div>
<style data-mw-deduplicate="TemplateStyles:r1217336898">.mw-parser-output .reflist{{font-size:90%}}</style>
<div class="reflist"><div class="mw-references-wrap mw-references-columns"><ol class="references">
{_citation(1, "1", 1, _cited(CITATIONS[0]))}{_citation(2, "Davies", 2, _cited(CITATIONS[1]))}{
_citation(3, "3", 1, _cited(CITATIONS[2]))}{_citation(4, "4", 1, _cited(CITATIONS[3]))}{
_citation(5, "5", 1, _cited(CITATIONS[4]))}{_citation(6, "6", 1, _cited(CITATIONS[5]))}
</ol></div></div>
<div class="navbox" role="navigation"><table><tr><th>Soviet famines</th></tr>
<tr><td><a href="/wiki/Russian_famine_of_1921%E2%80%931922">1921–1922</a> ·
<a href="/wiki/Soviet_famine_of_1946%E2%80%931947">1946–1947</a></td></tr></table></div>
</div></div>
<div id="catlinks" class="catlinks"><div>Categories: <ul><li><a href="/wiki/Category:Famines">Famines</a></li>
<li><a href="/wiki/Category:1932_in_Ukraine">1932 in Ukraine</a></li></ul></div></div>
</div>
</main>
</div></div>
<footer id="footer" class="mw-footer"><ul>
<li>This page was last edited on 1 May 2024, at 10:00 (UTC).</li>
<li>Text is available under the Creative Commons Attribution-ShareAlike License 4.0.</li></ul>
<ul><li><a href="/wiki/Wikipedia:Privacy">Privacy policy</a></li>
<li><a href="/wiki/Wikipedia:About">About Wikipedia</a></li></ul>
</footer>
</body></html>
"""

# A blog post rendered by Python-Markdown's footnotes extension (the same shape as markdown-it's and
# kramdown's): superscript numbers linking to "#fn:1", the notes in <div class="footnote"> after a rule.
BLOG_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The second report | Village Archives</title>
<meta property="og:title" content="The second report"></head>
<body>
<header class="site-header"><a href="/">Village Archives</a>
<nav><a href="/">Home</a> <a href="/archive/">Archive</a> <a href="/about/">About</a></nav></header>
<main><article class="post">
<h1>The second report</h1>
<p class="meta">Posted on 4 March 2019 by B. Writer</p>
<div class="post-content">
<p>Nobody in the district committee would sign the second report of 1930, although the secretary
insisted.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> The instructor from the city
threatened them all with the regional committee and with the press.<sup id="fnref:2"><a
class="footnote-ref" href="#fn:2">2</a></sup></p>
<p>The report went to Kharkiv unsigned in the spring, with a covering letter that blamed the kulaks for
the shortfall<sup id="fnref:3"><a class="footnote-ref" href="#fn:3">3</a></sup> and asked for more seed.
The reply, when it came, asked only for the names.<sup id="fnref2:1"><a class="footnote-ref"
href="#fn:1">1</a></sup></p>
<div class="footnote">
<hr>
<ol>
<li id="fn:1">
<p>District committee minutes, 4 February 1930, fol. 12.&#160;<a class="footnote-backref" href="#fnref:1"
title="Jump back to footnote 1 in the text">&#8617;</a><a class="footnote-backref" href="#fnref2:1"
title="Jump back to footnote 1 in the text">&#8617;</a></p>
</li>
<li id="fn:2">
<p>Letter of the instructor, 9 February 1930.</p>
<p>Quoted in full in the second volume of the collection.&#160;<a class="footnote-backref" href="#fnref:2"
title="Jump back to footnote 2 in the text">&#8617;</a></p>
</li>
<li id="fn:3">
<p>Covering letter to the regional committee, March 1930.&#160;<a class="footnote-backref"
href="#fnref:3">&#8617;</a></p>
</li>
</ol>
</div>
</div>
</article></main>
<aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/p/1">Grain and hunger</a></li>
<li><a href="/p/2">The archive in Kyiv</a></li></ul></aside>
<footer class="site-footer"><p>&copy; 2019 Village Archives</p></footer>
</body></html>
"""

# Pandoc's HTML: the call is the link around a <sup>, role="doc-noteref"; the notes are a
# <section role="doc-endnotes">, numbered on from 4 (start) and from 9 (an item's value).
PANDOC_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Famine letters, part two</title></head>
<body><main>
<h1>Famine letters, part two</h1>
<p>The second batch of letters reached the editors in the spring of 1933, most of them from the districts
along the Dnieper.<a href="#fn4" class="footnote-ref" id="fnref4" role="doc-noteref"><sup>4</sup></a>
The writers asked for bread, for seed, and for the return of the cows taken in the winter.<a href="#fn5"
class="footnote-ref" id="fnref5" role="doc-noteref"><sup>5</sup></a> None of them was answered, and
several writers were arrested in the summer.<a href="#fn9" class="footnote-ref" id="fnref9"
role="doc-noteref"><sup>9</sup></a></p>
<p>The editors kept the letters in a separate folder, which survived the war in the regional archive and
was opened to readers only in 1991, when the archive published its first guide to the collection.</p>
<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">
<hr>
<ol start="4">
<li id="fn4"><p>Regional archive, fond 7, folder 12.<a href="#fnref4" class="footnote-back"
role="doc-backlink">↩︎</a></p></li>
<li id="fn5"><p>Letter from the village of Orlivka, April 1933.<a href="#fnref5" class="footnote-back"
role="doc-backlink">↩︎</a></p></li>
<li value="9" id="fn9"><p>Arrest records, summer 1933.<a href="#fnref9" class="footnote-back"
role="doc-backlink">↩︎</a></p></li>
</ol>
</section>
</main></body></html>
"""

# An encyclopedia page whose "[n]" marks link to the cited source itself, not to the note; the numbered
# References list at its foot links to the same addresses.
SOURCES_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Holodomor</title>
<meta property="og:url" content="https://encyclopedia.example/page/Holodomor"></head>
<body><div class="app"><nav><a href="/">Home</a> <a href="/search">Search</a></nav>
<article class="text-[16px]">
<h1 id="holodomor">Holodomor</h1>
<p>The famine of 1932–1933 killed millions of people in Soviet Ukraine and the Kuban, most of them in the
villages.<a href="https://archive.example/famine-report"><sup>[1]</sup></a> Grain procurement quotas were
raised twice in 1932.<a href="https://history.example/quotas"><sup>[2]</sup></a></p>
<h2 id="debate">Debate</h2>
<p>Historians disagree about intent and about the number of victims, as the published estimates
show.<a href="https://archive.example/famine-report"><sup>[1]</sup></a><a
href="https://journal.example/estimates"><sup>[3]</sup></a></p>
<h2 id="references">References</h2>
<ol>
<li><a href="https://archive.example/famine-report">Report of the commission on the famine</a>.
Kyiv, 1988.</li>
<li><a href="https://history.example/quotas">The procurement quotas of 1932</a>.</li>
<li><a href="https://journal.example/estimates">Estimates of famine losses</a>. 2008.</li>
</ol>
</article></div></body></html>
"""
