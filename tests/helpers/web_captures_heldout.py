"""Held-out web captures, written before the clean-up rules were read, in site styles that
``tests/helpers/web_captures.py`` does not cover: a newspaper, a MediaWiki article copied whole with its
sidebars, a Fandom-style hub wiki, a blog book review with its comment form, a university module page, a
forum thread, a Q&A page and a digital-library item page (``HELDOUT``); three written after the first
round of rule changes (``SECOND``: measured once, then used to shape the second round); three written
after the second round (``FINAL``: measured once; one precision fix followed from it); and three written
after that fix and never used to shape anything (``AFTER_FIX``).

Furniture is marked with ``data-f`` and rendered by ``render`` of ``tests/helpers/web_captures.py`` as a
browser's select-all and copy would give it (inline links glued when the page puts no space between
them). Comment and post authors, dates of posts, infobox and metadata rows that describe the source (the
label with its value) are content: a historian cites them. Every page carries lines of content that
look like furniture: one-word list items ("Print", "Share"), a heading "Contents" or "Related work",
a quoted "No comments yet.", short verse lines, table rows.
"""

from __future__ import annotations

_COOKIE = (
    "We use cookies and similar technologies to give you the best experience of our website, to measure "
    "traffic and to show you relevant advertising. You can change your choices at any time."
)


def news_page() -> str:
    """A newspaper article: cookie banner, glued sections bar, byline, share bar, a "Read more" link
    inside the text, a newsletter box, "Most read", topic tags and a long footer."""
    return f"""<html><body>
<div data-f><p>{_COOKIE}</p><div><a>Accept all</a></div><div><a>Manage preferences</a></div></div>
<div data-f><a>Skip to main content</a></div>
<header data-f><div><a>The Baltic Courier</a></div>
<div><a>Subscribe</a> <a>Sign in</a></div>
<nav><a>World</a><a>Europe</a><a>Politics</a><a>Business</a><a>Culture</a><a>History</a><a>Opinion</a></nav>
<div><a>History</a> › <a>Twentieth century</a></div></header>
<article>
<h1>How a village newspaper survived the famine years</h1>
<p>A newly catalogued run of a district paper shows what could and could not be printed in 1932–1933.</p>
<div>By Marta Lindqvist</div>
<div>Published 14 February 2024, 06:00 CET</div>
<div data-f><a>Share</a></div>
<div data-f><a>Facebook</a><a>X</a><a>LinkedIn</a><a>Email</a></div>
<div data-f><a>Save article</a></div>
<figure><img alt="The masthead of the district paper, 1932"/>
<figcaption>The masthead of the district paper in its issue of 7 May 1932. Photograph: State Archive of
Kharkiv Oblast</figcaption></figure>
<p>The district paper of Krasnohrad appeared twice a week in the worst months of 1932 and 1933, and its
editors went on printing sowing reports while the villages around them were starving.</p>
<p>The archivists who catalogued the run last year found that the editors filled the paper from three
sources, which they listed in their own report to the regional committee:</p>
<ul><li>Print</li><li>Radio</li><li>Letters</li></ul>
<p>Letters from readers stopped in the autumn of 1932. The last issue of the year carried a notice that
read, in full, "No comments yet." under a heading reserved for the correspondence of collective farmers.</p>
<div data-f><a>Read more: The archive that the war nearly destroyed</a></div>
<p>"It is the silence that tells you what happened," said Olena Hrytsenko, who led the cataloguing. "The
paper never once used the word hunger, but it stopped printing the price of bread."</p>
<h2>A paper without readers</h2>
<p>Circulation fell from four thousand copies to fewer than nine hundred, according to the paper's own
accounts, which survive in the same file as the editorial minutes.</p>
<table><tr><th>Year</th><th>Copies</th><th>Issues</th></tr>
<tr><td>1931</td><td>4,100</td><td>104</td></tr>
<tr><td>1933</td><td>870</td><td>61</td></tr></table>
<p>The run is now open to readers in the reading room, and a digitised copy is expected next year.</p>
<div data-f><div>Sign up to History Weekly</div>
<p>Our free newsletter brings you the best of our history coverage every Friday.</p>
<div>Enter your email address</div><div><a>Sign up</a></div>
<div>By signing up you agree to our privacy notice. You can unsubscribe at any time.</div></div>
<div data-f><div>Topics</div><ul><li><a>Ukraine</a></li><li><a>Archives</a></li><li><a>Famine</a></li>
<li><a>Media</a></li></ul></div>
<div data-f><a>Comments (14)</a></div>
</article>
<aside data-f><h3>Most read</h3><ol>
<li><a>Storm warnings issued for the whole of the southern coast</a></li>
<li><a>Minister resigns after row over rail contracts</a></li>
<li><a>The last ferry to the island: a photo essay</a></li>
<li><a>Why house prices fell in the capital for the first time in a decade</a></li>
<li><a>Quiz of the week: how closely have you been following the news?</a></li></ol></aside>
<footer data-f><div><a>About us</a></div><div><a>Contact</a></div><div><a>Advertise</a></div>
<div><a>Terms of use</a></div><div><a>Privacy policy</a></div><div><a>Cookie settings</a></div>
<div><a>Accessibility</a></div><div>© 2024 Baltic Courier Media AB. All rights reserved.</div></footer>
</body></html>"""


_WIKI_FOOTER = (
    "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may "
    "apply. By using this site, you agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered "
    "trademark of the Wikimedia Foundation, Inc., a non-profit organization."
)

_LANGS = ["Afrikaans", "العربية", "Беларуская", "Български", "Català", "Čeština", "Deutsch", "Eesti",
          "Español", "Français", "한국어", "Italiano", "עברית", "Lietuvių", "Magyar", "Nederlands", "日本語",
          "Polski", "Português", "Русский", "Suomi", "Svenska", "Türkçe", "Українська", "中文"]


def _li(items: list[str]) -> str:
    return "".join(f"<li><a>{i}</a></li>" for i in items)


def mediawiki_page() -> str:
    """A MediaWiki article copied whole from the 2022 skin: the main menu, tools and language lists,
    a table of contents, "[edit]" links, an infobox, a quoted song, categories and the footer."""
    edit = '<span data-f class="mw-editsection">[<a>edit</a>]</span>'
    return f"""<html><body>
<div data-f><a>Jump to content</a></div>
<div data-f><div>Main menu</div><div>Main menu</div><div>move to sidebar</div><div>hide</div>
<div>Navigation</div><ul>{_li(["Main page", "Contents", "Current events", "Random article",
"About Wikipedia", "Contact us"])}</ul>
<div>Contribute</div><ul>{_li(["Help", "Learn to edit", "Community portal", "Recent changes",
"Upload file"])}</ul></div>
<div data-f><img alt="Wikipedia"/><img alt="The Free Encyclopedia"/></div>
<div data-f><a>Search</a></div><div data-f>Search</div>
<div data-f><ul>{_li(["Donate", "Create account", "Log in"])}</ul><div>Personal tools</div></div>
<div data-f><div>Contents</div><div>hide</div><ul><li><a>(Top)</a></li><li><a>1 Background</a></li>
<li><a>2 Requisitions</a></li><li><a>3 In folk memory</a></li><li><a>4 See also</a></li>
<li><a>5 References</a></li></ul><div>Toggle the table of contents</div></div>
<h1>Grain requisitioning in Soviet Ukraine</h1>
<div data-f><a>18 languages</a></div>
<div data-f><ul>{_li(["Article", "Talk"])}</ul><div>English</div><ul>{_li(["Read", "Edit",
"View history"])}</ul><div>Tools</div></div>
<div data-f><div>Tools</div><div>move to sidebar</div><div>hide</div><div>Actions</div>
<ul>{_li(["Read", "Edit", "View history"])}</ul><div>General</div><ul>{_li(["What links here",
"Related changes", "Upload file", "Special pages", "Permanent link", "Page information",
"Cite this page", "Get shortened URL", "Download QR code", "Wikidata item"])}</ul>
<div>Print/export</div><ul>{_li(["Download as PDF", "Printable version"])}</ul>
<div>In other projects</div><ul>{_li(["Wikimedia Commons"])}</ul></div>
<div data-f>From Wikipedia, the free encyclopedia</div>
<table><tr><th>Grain requisitioning in Soviet Ukraine</th></tr>
<tr><td>Date</td><td>1931–1933</td></tr><tr><td>Location</td><td>Ukrainian SSR</td></tr>
<tr><td>Outcome</td><td>Famine of 1932–1933</td></tr></table>
<p><b>Grain requisitioning</b> in Soviet Ukraine was the compulsory collection of grain from collective
farms and individual peasants by the Soviet state between 1931 and 1933.<sup><a>[1]</a></sup></p>
<h2>Background{edit}</h2>
<p>The procurement plan for Ukraine in 1931 was set at 7.7 million tonnes, a figure that the republic's
leaders warned Moscow could not be met without leaving the villages without seed.<sup><a>[2]</a></sup></p>
<h2>Requisitions{edit}</h2>
<p>Brigades searched houses for hidden grain and took other food as well, and villages that fell behind
the plan were entered on the "black boards" and cut off from all trade.<sup><a>[3]</a></sup></p>
<h2>In folk memory{edit}</h2>
<p>A song recorded in the Poltava region in 1990 keeps the memory of the searches:</p>
<blockquote><p>They came at dawn,<br/>they took the seed,<br/>they took the bread,<br/>they left the
cross.</p></blockquote>
<h2>See also{edit}</h2>
<ul><li><a>Holodomor</a></li><li><a>Dekulakization</a></li><li><a>Law of Spikelets</a></li></ul>
<h2>References{edit}</h2>
<ol><li>^ Davies, R. W.; Wheatcroft, S. G. The Years of Hunger. 2004. p. 112.</li>
<li>^ Kulchytskyi, Stanislav. Holodomor 1932–1933. 2007. p. 45.</li>
<li>^ Applebaum, Anne. Red Famine. 2017. pp. 222–224.</li></ol>
<div data-f>Retrieved from "https://en.wikipedia.org/w/index.php?title=Grain_requisitioning&amp;oldid=1198"</div>
<div data-f><a>Categories</a>: <a>Holodomor</a> | <a>1930s in Ukraine</a> | <a>Soviet agriculture</a></div>
<div data-f>Hidden categories: Articles with short description | Short description matches Wikidata</div>
<div data-f>This page was last edited on 9 January 2024, at 17:21 (UTC).</div>
<div data-f>{_WIKI_FOOTER}</div>
<ul data-f>{_li(["Privacy policy", "About Wikipedia", "Disclaimers", "Contact Wikipedia",
"Code of Conduct", "Developers", "Statistics", "Cookie statement", "Mobile view"])}</ul>
<div data-f><img alt="Wikimedia Foundation"/><img alt="Powered by MediaWiki"/></div>
<div data-f>Toggle limited content width</div>
<div data-f><div>Languages</div><ul>{_li(_LANGS)}</ul><div><a>Edit links</a></div></div>
</body></html>"""


def fandom_page() -> str:
    """A Fandom-style hub wiki: account bar, glued explore menu, counters, infobox, "Related Hubs",
    avatars, an empty discussion prompt and the network's footer."""
    return """<html><body>
<div data-f><a>Sign In</a></div><div data-f>Don't have an account?</div><div data-f><a>Register</a></div>
<div data-f><a>Start a Wiki</a></div>
<header data-f><div><img alt="Soviet Archives Wiki"/></div><div>Soviet Archives Wiki</div>
<div>2,318 pages</div>
<nav><a>Explore</a><a>Main Page</a><a>Discuss</a><a>All Pages</a><a>Community</a><a>Interactive Maps</a>
<a>Recent Blog Posts</a></nav>
<nav><a>Periods</a><a>Revolution</a><a>NEP</a><a>Stalin era</a><a>Thaw</a></nav></header>
<div data-f>in: <a>Institutions</a>, <a>Economy</a>, <a>1920s</a></div>
<div data-f>English</div>
<h1>Gosplan</h1>
<div data-f><a>Sign in to edit</a></div><div data-f><a>History</a></div><div data-f><a>Purge</a></div>
<div data-f><a>Talk (0)</a></div>
<table><tr><th>Gosplan</th></tr><tr><td>Founded</td><td>22 February 1921</td></tr>
<tr><td>Dissolved</td><td>1 April 1991</td></tr><tr><td>Headquarters</td><td>Moscow</td></tr></table>
<p><b>Gosplan</b> (the State Planning Committee) was the agency responsible for central economic planning
in the Soviet Union from its foundation in 1921 until the end of the union.</p>
<h2>Origins<span data-f>[]</span></h2>
<p>The committee began as an advisory body to the Council of Labour and Defence, and it had no power to
give orders to the economic commissariats during the years of the New Economic Policy.</p>
<h2>The first plan<span data-f>[]</span></h2>
<p>Under Krzhizhanovsky and later Kuibyshev, Gosplan drafted the first five-year plan in two variants,
a starting one and an optimal one, and the party adopted the optimal variant in 1929.</p>
<p>Its economists who had argued for balance were dismissed in 1930, and several were tried.</p>
<h2>Trivia<span data-f>[]</span></h2>
<ul><li>The building on Okhotny Ryad now houses the State Duma.</li>
<li>Gosplan had its own publishing house.</li></ul>
<div data-f>Categories</div>
<div data-f><ul><li><a>Categories</a>:</li><li><a>Institutions</a></li><li><a>Economy</a></li>
<li><a>1920s</a></li><li><a>Add category</a></li></ul></div>
<div data-f>Community content is available under CC-BY-SA unless otherwise noted.</div>
<section data-f><h3>More Soviet Archives Wiki</h3><ol><li><a>1 Stalin</a></li><li><a>2 NKVD</a></li>
<li><a>3 Holodomor</a></li></ol></section>
<section data-f><h3>Fan Feed</h3><div><img alt="Avatar"/></div>
<div>Be the first to start a discussion here.</div>
<div><a>Start a Discussion</a></div></section>
<section data-f><h3>Related Hubs</h3><div><img alt="History"/></div><div>History</div>
<div>14 pages, 0 posts</div><div><img alt="Politics"/></div><div>Politics</div><div>8 pages, 0 posts</div>
</section>
<footer data-f><div>Explore properties</div><ul><li><a>Fandom</a></li><li><a>Muthead</a></li>
<li><a>Fanatical</a></li></ul><div>Follow Us</div><div>Overview</div><ul><li><a>What is Fandom?</a></li>
<li><a>About</a></li><li><a>Careers</a></li><li><a>Press</a></li><li><a>Contact</a></li>
<li><a>Terms of Use</a></li><li><a>Privacy Policy</a></li><li><a>Global Sitemap</a></li>
<li><a>Local Sitemap</a></li></ul><div>Community</div><ul><li><a>Community Central</a></li>
<li><a>Support</a></li><li><a>Help</a></li></ul><div>Fandom Apps</div>
<div>Take your favorite fandoms with you and never miss a beat.</div>
<div>Soviet Archives Wiki is a FANDOM Lifestyle Community.</div><div><a>View Mobile Site</a></div>
</footer>
</body></html>"""


def blog_review_page() -> str:
    """A blog's book review: site title and tagline, menu, post meta, the book's "Contents" (content),
    a short verse, share and like buttons, tags, post navigation, comments, the reply form, sidebar."""
    return """<html><body>
<div data-f><a>Skip to content</a></div>
<header data-f><div><a>Footnotes from the Reading Room</a></div>
<div>Notes on Soviet history from the archives</div>
<div><a>Menu</a></div><ul><li><a>Home</a></li><li><a>About</a></li><li><a>Reading list</a></li>
<li><a>Contact</a></li></ul></header>
<article><h1>Review: The Grain Ledger, by Irina Sokolova</h1>
<div>Posted on 12 May 2023 by mkowalski</div>
<div data-f><a>4 Comments</a></div>
<p>Irina Sokolova's new book reads the famine through the account books of one collective farm, and it
is the most careful use of such books that I know of in any language.</p>
<h3>Contents</h3>
<ol><li>The farm and its books</li><li>Sowing, 1931</li><li>The plan arrives</li><li>Winter</li>
<li>After</li></ol>
<p>The chapters follow the farm's year, and each opens with a page of the ledger reproduced in facsimile,
so that the reader can check the author's reading of the figures.</p>
<p>Sokolova ends the book with a rhyme that the farm's children sang, written down by the teacher:</p>
<p>One for the plan,<br/>one for the cart,<br/>none for the table,<br/>none for the heart.</p>
<p>My one complaint is the index, which leaves out most of the names in the notes.</p>
<div data-f>Share this:</div><ul data-f><li><a>X</a></li><li><a>Facebook</a></li><li><a>Email</a></li>
<li><a>Print</a></li></ul>
<div data-f>Like this:</div><div data-f><a>Like</a> Loading…</div>
<div data-f>Related</div>
<div data-f><a>Review: Hunger in the Provinces</a></div><div data-f>3 February 2023</div>
<div data-f>In "Reviews"</div>
<div data-f>Tags: <a>collective farms</a>, <a>famine</a>, <a>Ukraine</a></div>
<div data-f>Posted in <a>Reviews</a></div>
<nav data-f><div>Post navigation</div><div><a>Previous post</a></div>
<div><a>Out of the basement: the Smolensk files</a></div><div><a>Next post</a></div>
<div><a>A week in the Moscow reading room</a></div></nav>
</article>
<section><h3 data-f>4 thoughts on “Review: The Grain Ledger, by Irina Sokolova”</h3>
<div data-f><img alt="Avatar"/></div>
<div>Tomasz R.</div><div>13 May 2023 at 09:12</div>
<p>Does she say where the ledgers are kept now? I would like to see the originals.</p>
<div data-f><a>Reply</a></div>
<div>mkowalski</div><div>13 May 2023 at 11:40</div>
<p>In the district archive in Poltava, fond 1504. The reading room is open again.</p>
<div data-f><a>Reply</a></div></section>
<section data-f><h3>Leave a Reply</h3><div><a>Cancel reply</a></div>
<p>Your email address will not be published. Required fields are marked *</p>
<div>Comment *</div><div>Name *</div><div>Email *</div><div>Website</div>
<div>Save my name, email, and website in this browser for the next time I comment.</div>
<div><a>Post Comment</a></div><div>Δ</div></section>
<aside data-f><div>Search for:</div><div><a>Search</a></div>
<h3>Recent Posts</h3><ul><li><a>A week in the Moscow reading room</a></li>
<li><a>Review: The Grain Ledger, by Irina Sokolova</a></li>
<li><a>Out of the basement: the Smolensk files</a></li></ul>
<h3>Archives</h3><ul><li><a>June 2023</a></li><li><a>May 2023</a></li><li><a>April 2023</a></li>
<li><a>February 2023</a></li></ul>
<h3>Categories</h3><ul><li><a>Archives</a></li><li><a>Reviews</a></li></ul>
<h3>Meta</h3><ul><li><a>Log in</a></li><li><a>Entries feed</a></li><li><a>Comments feed</a></li>
<li><a>WordPress.org</a></li></ul></aside>
<footer data-f><div><a>Blog at WordPress.com.</a></div><div><a>Follow</a></div><div><a>Subscribe</a></div>
</footer>
</body></html>"""


def course_page() -> str:
    """A university module page: glued top navigation, a module facts table, learning outcomes, a
    one-word glossary list ("Share"), a weekly schedule, a feedback widget, footer and cookie banner."""
    return f"""<html><body>
<div data-f><a>Skip to main content</a></div>
<header data-f><div><img alt="University of Eastbridge logo"/></div>
<nav><a>Study</a><a>Research</a><a>International</a><a>About</a><a>News</a></nav>
<div><a>Search</a></div><div><a>Menu</a></div>
<div><a>Home</a> &gt; <a>Study</a> &gt; <a>Modules</a> &gt; <a>HIST2045</a></div></header>
<h1>HIST2045 The Soviet Union, 1917–1953</h1>
<table><tr><td>Credits</td><td>20</td></tr><tr><td>Level</td><td>5</td></tr>
<tr><td>Semester</td><td>Spring</td></tr><tr><td>Module leader</td><td>Dr Helen Marsh</td></tr></table>
<h2>Module description</h2>
<p>This module follows the Soviet state from the revolution to the death of Stalin, with weekly seminars
on documents from the party archive, the secret police and the letters of ordinary citizens.</p>
<h2>Learning outcomes</h2>
<p>By the end of the module you will be able to:</p>
<ul><li>analyse a primary source in its context;</li><li>compare interpretations of the terror;</li>
<li>write a source commentary.</li></ul>
<h2>Key terms</h2>
<ul><li>Share</li><li>Quota</li><li>Kulak</li><li>Nomenklatura</li></ul>
<h2>Schedule</h2>
<table><tr><th>Week</th><th>Topic</th></tr><tr><td>1</td><td>Revolution and civil war</td></tr>
<tr><td>2</td><td>The New Economic Policy</td></tr><tr><td>3</td><td>Collectivisation</td></tr></table>
<h2>Related work</h2>
<p>Students who take this module often go on to the final-year special subject on the Cold War.</p>
<h2>Assessment</h2>
<p>One source commentary of 2,000 words (40%) and one essay of 3,000 words (60%).</p>
<div data-f><div>Was this page helpful?</div><div><a>Yes</a></div><div><a>No</a></div></div>
<div data-f>Page last updated: 12 January 2024</div>
<footer data-f><div>University of Eastbridge</div><div>Eastbridge EB1 4QS</div>
<div><a>Contact us</a></div><div><a>Accessibility</a></div><div><a>Freedom of information</a></div>
<div><a>Privacy and cookies</a></div><div><a>Modern slavery statement</a></div>
<div>© University of Eastbridge 2024</div>
<div>Follow us</div><div><a>Facebook</a><a>Instagram</a><a>LinkedIn</a><a>YouTube</a></div></footer>
<div data-f><p>{_COOKIE}</p><div><a>Accept all cookies</a></div><div><a>Reject non-essential cookies</a></div>
<div><a>Cookie settings</a></div></div>
</body></html>"""


def forum_page() -> str:
    """A phpBB-style thread: board links, breadcrumbs, pagination, per-post user panels with counters,
    quote buttons, short replies (content), "Who is online" and the board footer."""
    def post(author: str, when: str, posts: str, joined: str, body: str) -> str:
        return (f'<div><div>{author}</div><div data-f>Posts: {posts}</div><div data-f>Joined: {joined}</div>'
                f'<div>by {author} » {when}</div>{body}<div data-f><a>Quote</a></div>'
                f'<div data-f><a>Top</a></div></div>')

    return "\n".join([
        "<html><body>",
        '<div data-f><a>Quick links</a></div><div data-f><a>FAQ</a></div>',
        '<div data-f><a>Register</a></div><div data-f><a>Login</a></div>',
        '<div data-f><a>Board index</a> ‹ <a>Modern history</a> ‹ <a>Russia and the USSR</a></div>',
        "<h2>Were the 1937 census results really suppressed?</h2>",
        '<div data-f><a>Post Reply</a></div><div data-f>Search this topic…</div>',
        '<div data-f>12 posts</div><div data-f><a>1</a><a>2</a><a>Next</a></div>',
        post("archivrat", "Tue Mar 05, 2024 8:14 pm", "1432", "Sun Jan 10, 2016 3:12 pm",
             "<p>I keep reading that the 1937 census was suppressed because it showed too few people, and "
             "that the organisers were shot. Is there a good source for this?</p>"),
        post("Kolya", "Tue Mar 05, 2024 9:02 pm", "388", "Wed Feb 02, 2022 11:40 am",
             "<p>Yes. The results were published in 1991, and the story of the census board is in "
             "Merridale's article in Europe-Asia Studies.</p><p>Short answer: it showed 162 million, "
             "against 180 million expected.</p>"),
        post("archivrat", "Tue Mar 05, 2024 9:30 pm", "1432", "Sun Jan 10, 2016 3:12 pm",
             "<p>Thanks, that is very helpful.</p>"),
        '<div data-f><a>Post Reply</a></div>',
        '<div data-f>12 posts</div><div data-f><a>1</a><a>2</a><a>Next</a></div>',
        '<div data-f><a>Return to “Russia and the USSR”</a></div><div data-f>Jump to</div>',
        '<div data-f><h3>Who is online</h3>'
        '<p>Users browsing this forum: No registered users and 2 guests</p></div>',
        '<div data-f><a>Board index</a></div><div data-f>All times are UTC+01:00</div>',
        '<div data-f><a>Delete cookies</a></div>',
        '<div data-f>Powered by phpBB® Forum Software © phpBB Limited</div>',
        '<div data-f><a>Privacy</a> | <a>Terms</a></div>',
        "</body></html>",
    ])


def qa_page() -> str:
    """A Stack Exchange-style question with two answers: network bar, vote counts, "Share Improve this
    question Follow", user cards with reputation counters, sort widget, answer form, hot questions."""
    def card(noun: str, verb: str, when: str, user: str, rep: str) -> str:
        return (f'<div data-f><a>Share</a></div><div data-f><a>Improve this {noun}</a></div>'
                f'<div data-f><a>Follow</a></div><div>{verb} {when}</div>'
                f'<div data-f><img alt="{user}\'s user avatar"/></div><div data-f><a>{user}</a></div>'
                f'<div data-f>{rep}</div>')

    return f"""<html><body>
<div data-f><a>Skip to main content</a></div>
<header data-f><div><a>Stack Exchange Network</a></div>
<p>Stack Exchange network consists of 183 Q&amp;A communities including Stack Overflow, the largest, most
trusted online community for developers to learn, share their knowledge, and build their careers.</p>
<div><a>Visit Stack Exchange</a></div>
<nav><a>Home</a><a>Questions</a><a>Tags</a><a>Users</a><a>Unanswered</a></nav></header>
<h1>What share of the 1932 harvest did the state actually collect?</h1>
<div data-f>Asked 3 years, 2 months ago</div><div data-f>Modified 1 year ago</div>
<div data-f>Viewed 2k times</div>
<div data-f>14</div>
<p>Estimates of the 1932 harvest in Ukraine range widely. What share of it was actually collected by the
state, and how do we know?</p>
<p>I have seen the figure of 4.7 million tonnes for the procurements, but I cannot find its source.</p>
<div data-f><ul><li><a>soviet-union</a></li><li><a>famine</a></li><li><a>1930s</a></li></ul></div>
{card("question", "asked", "Mar 2, 2021 at 18:40", "Semyon", "1,205")}
<div data-f><a>Add a comment</a></div>
<h2 data-f>2 Answers</h2>
<div data-f>Sorted by:</div><div data-f><a>Reset to default</a></div><div data-f>Highest score (default)</div>
<div data-f>21</div>
<p>The figure comes from the procurement reports of the People's Commissariat of Supply, printed in
Davies and Wheatcroft's The Years of Hunger, table 22.</p>
<p>Share of the harvest is harder, because the harvest itself is disputed: the official estimate was
14.6 million tonnes, and later reconstructions are lower.</p>
<table><tr><td>Procured</td><td>4.7 Mt</td></tr><tr><td>Official harvest</td><td>14.6 Mt</td></tr></table>
{card("answer", "answered", "Mar 3, 2021 at 10:12", "Mark C. Wallace", "64.2k")}
<div data-f>3</div>
<div data-f>Add a comment</div>
<div data-f>4</div>
<p>See also the collection of documents edited by Kondrashin, which prints the district figures.</p>
{card("answer", "answered", "Apr 9, 2022 at 7:55", "T.E.D.", "88.1k")}
<div data-f><h2>Your Answer</h2><div>Sign up or log in</div><div>Post as a guest</div><div>Name</div>
<div>Email</div><div>Required, but never shown</div><div><a>Post Your Answer</a></div>
<p>By clicking “Post Your Answer”, you agree to our terms of service and acknowledge you have read our
privacy policy.</p></div>
<aside data-f><h3>Hot Network Questions</h3><ul>
<li><a>Why did medieval armies march in columns rather than lines?</a></li>
<li><a>How were telegrams priced in the nineteenth century?</a></li>
<li><a>Did Roman soldiers get paid in salt?</a></li></ul><div><a>Question feed</a></div></aside>
<footer data-f><div><a>History</a></div><div><a>Tour</a></div><div><a>Help</a></div><div><a>Chat</a></div>
<div><a>Contact</a></div><div><a>Feedback</a></div>
<div>Site design / logo © 2024 Stack Exchange Inc; user contributions licensed under CC BY-SA.
rev 2024.3.1.5782</div></footer>
</body></html>"""


def library_item_page() -> str:
    """A digital-library item page: banner, logo, glued navigation, metadata rows (content), counters,
    download options, "Cite this", "Share", reviews prompt and the OCR'd text (content)."""
    return """<html><body>
<div data-f>Ask the publishers to restore access to 500,000+ books.</div>
<div data-f><img alt="Open Stacks logo"/></div>
<nav data-f><a>Books</a><a>Video</a><a>Audio</a><a>Software</a><a>Images</a></nav>
<div data-f><a>Sign up</a> | <a>Log in</a></div><div data-f><a>Upload</a></div>
<div data-f>Search metadata</div><div data-f>Search text contents</div>
<h1>Otchet o rabote Kharkovskogo oblastnogo zemelnogo upravleniia, 1933</h1>
<div>by</div><div>Kharkovskoe oblastnoe zemelnoe upravlenie</div>
<div>Publication date</div><div>1934</div>
<div>Topics</div><div>Agriculture -- Ukraine -- Statistics; Collective farms</div>
<div>Publisher</div><div>Kharkov : Oblastnoe izdatelstvo</div>
<div data-f>Collection</div><div data-f>university_of_eastbridge; americana</div>
<div data-f>Contributor</div><div data-f>University of Eastbridge Library</div>
<div>Language</div><div>Russian</div>
<div data-f>Item Size</div><div data-f>412.6M</div>
<p>Annual report of the regional land administration for 1933, with tables of sowing, harvest and
procurement by district. Typescript, 212 leaves; some leaves damaged.</p>
<div data-f>Addeddate</div><div data-f>2019-06-11 08:21:44</div>
<div data-f>Identifier</div><div data-f>otchet-kharkov-1933</div>
<div data-f>Ocr</div><div data-f>tesseract 5.3.0-1-g5f9a</div>
<div data-f>Ppi</div><div data-f>400</div>
<div data-f>1,204</div><div data-f>Views</div><div data-f>12</div><div data-f>Favorites</div>
<div data-f><h3>DOWNLOAD OPTIONS</h3><div>download 1 file</div><div><a>PDF</a></div>
<div>download 1 file</div><div><a>FULL TEXT</a></div><div><a>SHOW ALL</a></div></div>
<div data-f><a>Cite this</a></div><div data-f><a>Share</a></div><div data-f><a>Favorite</a></div>
<h3>Full text</h3>
<p>Section I. Sowing. The spring sowing of 1933 in the region was carried out under exceptionally
difficult conditions, owing to the shortage of seed and of draught animals.</p>
<p>Section II. Harvest. The harvest was gathered in the main by 1 October, with losses estimated by the
commission at 12 per cent in the districts of the south.</p>
<div data-f><h3>Reviews</h3><div>There are no reviews yet. Be the first one to write a review.</div></div>
<div data-f><a>SIMILAR ITEMS (based on metadata)</a></div>
<footer data-f><div><a>Terms of Service (last updated 12/31/2014)</a></div></footer>
</body></html>"""


HELDOUT = {
    "news": news_page,
    "mediawiki": mediawiki_page,
    "fandom": fandom_page,
    "blog-review": blog_review_page,
    "course": course_page,
    "forum": forum_page,
    "qa": qa_page,
    "library-item": library_item_page,
}

# Written after the first round of rule changes and measured once (precision 1.00, recall 0.59); the
# second round of changes then looked at their misses, so they are no longer a hold-out (``SECOND``).
def newsletter_page() -> str:
    """A newsletter platform's post: subscribe bar, author card, like and comment counts, restack and share
    buttons, a subscribe box inside the text, the discussion widget and the platform's footer."""
    return """<html><body>
<header data-f><div><img alt="The Archive Diver"/></div><div><a>The Archive Diver</a></div>
<div><a>Subscribe</a></div><div><a>Sign in</a></div></header>
<h1>What the district prosecutor did not write down</h1>
<h3>Notes from fond 1504, part two</h3>
<div><img data-f alt="Irina Sokolova's avatar"/><a>Irina Sokolova</a></div>
<div>Mar 18, 2024</div>
<div data-f><a>42</a></div><div data-f><a>7</a></div><div data-f><a>Share</a></div>
<p>The prosecutor of the Kobeliaky district kept a register of every case he opened in 1933, and the
register is complete: not a page is missing, and every entry is signed.</p>
<p>What the register does not contain is as telling as what it does. There is no entry for the week of
the spring sowing, when, according to the farm's own books, the brigades stopped work entirely.</p>
<div data-f><p>Thanks for reading The Archive Diver! Subscribe for free to receive new posts and support
my work.</p><div>Type your email…</div><div><a>Subscribe</a></div></div>
<p>Three kinds of case fill most of the register:</p>
<ul><li>theft of grain</li><li>slaughter of livestock</li><li>absence from work</li></ul>
<p>The third kind disappears after May. A reader of the register alone would think the farms had
returned to work; the farm's ledger shows that they had no one left to send.</p>
<p>I will come back to the ledger next week. Comments are open, and as always I read every one.</p>
<div data-f><a>42 Likes</a></div><div data-f><a>3 Restacks</a></div>
<div data-f><a>Share</a></div>
<section><h4 data-f>Discussion about this post</h4>
<div data-f><a>Comments</a></div><div data-f><a>Restacks</a></div>
<div data-f>Write a comment…</div>
<div>Olena H.</div><div>Mar 19, 2024</div>
<p>The same silence is in the Poltava registers. I wonder whether there was an instruction.</p>
<div data-f><a>Reply</a></div><div data-f><a>Share</a></div>
<div data-f><a>2 more comments…</a></div></section>
<section data-f><div><a>Top</a></div><div><a>Latest</a></div><div><a>Discussions</a></div>
<div>No posts</div>
<div>Ready for more?</div><div>Type your email…</div><div><a>Subscribe</a></div></section>
<footer data-f><div>© 2024 Irina Sokolova</div><div><a>Privacy</a> ∙ <a>Terms</a> ∙
<a>Collection notice</a></div><div><a>Start writing</a></div><div><a>Get the app</a></div>
<div>Substack is the home for great culture</div></footer>
</body></html>"""


def archive_catalogue_page() -> str:
    """A national archive's catalogue record: cookie banner with its buttons, crest, search box,
    breadcrumbs, the record's fields in a table (content), its description, ordering and browse widgets,
    a feedback prompt and the footer."""
    return """<html><body>
<div data-f><h2>Cookies on our website</h2>
<p>We use some essential cookies to make this website work. We would like to set additional cookies to
understand how you use the website and to improve our services.</p>
<div><a>Accept additional cookies</a></div><div><a>Reject additional cookies</a></div>
<div><a>View cookies</a></div></div>
<div data-f><a>Skip to main content</a></div>
<header data-f><div><img alt="The National Archives"/></div>
<nav><a>Explore the collection</a><a>Visit us</a><a>Education</a><a>Professional guidance</a></nav>
<div>Search our catalogue</div><div><a>Search</a></div><div><a>Advanced search</a></div></header>
<div data-f><a>Home</a> &gt; <a>Discovery</a> &gt; <a>Browse</a> &gt; <a>Records</a></div>
<h1>Famine in the Ukraine: reports from His Majesty's consul at Kharkov</h1>
<table><tr><td>Reference:</td><td>FO 371/17247</td></tr>
<tr><td>Description:</td><td>Reports from the consul at Kharkov on the grain collections.</td></tr>
<tr><td>Date:</td><td>1933</td></tr>
<tr><td>Held by:</td><td>The National Archives, Kew</td></tr>
<tr><td>Legal status:</td><td>Public Record(s)</td></tr></table>
<div data-f>This record has not been digitised and cannot be downloaded.</div>
<div data-f><a>Order a copy</a></div><div data-f><a>Add to bookmarks</a></div>
<div data-f><a>Browse by hierarchy</a></div>
<h2>Record summary</h2>
<p>The file contains the reports of William Strang and of the consul at Kharkov for the spring and
summer of 1933, with minutes by officials of the Northern Department on whether they should be
published. The minutes conclude that publication would serve no purpose.</p>
<h2>Note</h2>
<p>Some reports in this file were printed in the Foreign Office confidential print.</p>
<div data-f><h3>Help with your research</h3><ul><li><a>Research guides</a></li>
<li><a>Ask us a question</a></li></ul></div>
<div data-f><div>Is there anything wrong with this page?</div><div><a>Tell us</a></div></div>
<footer data-f><ul><li><a>About us</a></li><li><a>Jobs</a></li><li><a>Contact us</a></li>
<li><a>Accessibility</a></li><li><a>Terms of use</a></li><li><a>Privacy policy</a></li>
<li><a>Cookies</a></li><li><a>Freedom of information</a></li></ul>
<div>© Crown copyright</div></footer>
</body></html>"""


def thread_page() -> str:
    """A link-aggregator discussion: the app's header, community name, vote and comment counts,
    "Sort by", a question and a long answer (content), a short follow-up, buttons under every comment,
    and the community sidebar."""
    return """<html><body>
<div data-f><a>Skip to main content</a></div>
<header data-f><div><a>Open menu</a></div><div><a>Open navigation</a></div><div><a>Go to Reddit Home</a></div>
<div>Find anything</div><div><a>Get App</a></div><div><a>Log In</a></div></header>
<div data-f><a>r/AskHistorians</a></div><div data-f>• 3 yr. ago</div>
<div>grain_and_ink</div>
<h1>Why did the Soviet census of 1937 count fewer people than Stalin expected?</h1>
<p>I read that the census takers were arrested. What did the census actually find, and why was the
result so far from what the leadership expected?</p>
<div data-f>Archived post. New comments cannot be posted and votes cannot be cast.</div>
<div data-f>1.2K</div><div data-f>86</div><div data-f><a>Share</a></div>
<div data-f>Sort by:</div><div data-f><a>Best</a></div>
<div data-f>Search Comments</div>
<div>kamilkrakow</div><div data-f>• 3y ago</div>
<p>The census of January 1937 counted about 162 million people, against the 180 million that Stalin had
announced at the party congress of 1934, and the difference was the famine and the deportations.</p>
<p>The census board was accused of "wrecking". Its leaders, Kraval among them, were arrested and shot,
and a new census was held in 1939, which duly found 170 million.</p>
<p>For the details, see Merridale's article in Europe-Asia Studies and the collection of documents
published by Zhiromskaia.</p>
<div data-f><a>Reply</a></div><div data-f><a>Share</a></div><div data-f>312</div>
<div>grain_and_ink</div><div data-f>• 3y ago</div>
<p>Thank you, this is exactly what I was looking for.</p>
<div data-f><a>Reply</a></div><div data-f><a>Share</a></div><div data-f>41</div>
<div data-f><a>More replies</a></div>
<aside data-f><h3>r/AskHistorians</h3>
<p>The Portal for Public History. Please read the rules before participating, as we remove all comments
which break the rules.</p>
<div>2.1M</div><div>Members</div><div>1.4K</div><div>Online</div>
<div><a>Join</a></div><h3>Rules</h3><ol><li>Be civil</li><li>No racism or bigotry</li>
<li>Answers must be in-depth and comprehensive</li></ol>
<h3>Related communities</h3><ul><li><a>r/history</a></li><li><a>r/AskEurope</a></li></ul></aside>
<footer data-f><div><a>Reddit Rules</a></div><div><a>Privacy Policy</a></div>
<div><a>User Agreement</a></div><div>Reddit, Inc. © 2024. All rights reserved.</div></footer>
</body></html>"""


SECOND = {"newsletter": newsletter_page, "archive-catalogue": archive_catalogue_page, "thread": thread_page}


# Written after the last rule change; measured once for the report and never used to shape the rules.
def blog_platform_page() -> str:
    """A blogging platform's story: member banner, author card with follow button, clap and response
    counts, listen and share buttons, the author's footer card, "More from" and "Recommended" lists."""
    return """<html><body>
<div data-f><a>Open in app</a></div><div data-f><a>Sign up</a></div><div data-f><a>Sign in</a></div>
<div data-f><img alt="Medium Logo"/></div><div data-f><a>Write</a></div>
<div data-f>Member-only story</div>
<h1>The village that was not on the map</h1>
<h2>How a surveyor's notebook from 1934 recorded a settlement the census missed</h2>
<div>Pavel Demchenko</div><div data-f><a>Follow</a></div>
<div data-f>7 min read</div><div>Nov 3, 2023</div>
<div data-f>1.1K</div><div data-f>14</div>
<div data-f><a>Listen</a></div><div data-f><a>Share</a></div>
<p>The notebook came to the regional museum in a box of papers from a house clearance, and it sat
unopened for thirty years until a volunteer began to transcribe it in the winter of 2021.</p>
<p>Its author, a land surveyor named Hryhorii Lysenko, spent the summer of 1934 measuring the fields of
the collective farms along the river. On page forty he drew a cluster of eleven houses.</p>
<blockquote><p>Eleven houses, no farm office, no school. The people say they belong to no one.</p>
</blockquote>
<p>No map of the district shows the settlement, and the census of 1937 does not list it.</p>
<h3>What the notebook tells us</h3>
<p>Lysenko recorded who lived in each house, what they sowed and how many animals they kept.</p>
<table><tr><th>House</th><th>People</th><th>Cows</th></tr><tr><td>1</td><td>6</td><td>1</td></tr>
<tr><td>2</td><td>4</td><td>0</td></tr></table>
<p>By 1939 the houses were gone. A later note in another hand says only: moved.</p>
<div data-f>1.1K</div><div data-f>14</div>
<div data-f><a>Share</a></div>
<div data-f><img alt="Pavel Demchenko"/></div>
<h2 data-f>Written by Pavel Demchenko</h2>
<div data-f>2.3K Followers</div>
<div data-f>Local historian. Notes from the regional museum's stores.</div>
<div data-f><a>Follow</a></div>
<h2 data-f>More from Pavel Demchenko</h2>
<div data-f><a>The photographs in the attic</a></div><div data-f>5 min read · Sep 2, 2023</div>
<div data-f><a>A ledger from 1932</a></div><div data-f>9 min read · Jul 14, 2023</div>
<div data-f><a>See all from Pavel Demchenko</a></div>
<h2 data-f>Recommended from Medium</h2>
<div data-f><a>How to read a Soviet personnel file</a></div><div data-f>12 min read · Jan 5, 2024</div>
<div data-f><a>Lists</a></div>
<footer data-f><div><a>Help</a></div><div><a>Status</a></div><div><a>About</a></div>
<div><a>Careers</a></div><div><a>Press</a></div><div><a>Blog</a></div><div><a>Privacy</a></div>
<div><a>Terms</a></div><div><a>Text to speech</a></div><div><a>Teams</a></div></footer>
</body></html>"""


def museum_object_page() -> str:
    """A museum's collection object: header menus, search, a back link, object details in label/value
    pairs (content), image rights and download buttons, previous/next object links, a visit box and a
    newsletter form in the footer."""
    return """<html><body>
<div data-f><a>Skip to content</a></div>
<header data-f><div><img alt="Museum of Everyday Life"/></div>
<ul><li><a>Visit</a></li><li><a>Exhibitions</a></li><li><a>Collection</a></li><li><a>Learn</a></li>
<li><a>Shop</a></li></ul><div><a>Tickets</a></div><div><a>Search the collection</a></div></header>
<div data-f><a>‹ Back to search results</a></div>
<h1>Ration card of the Tkachenko family, Poltava, 1933</h1>
<div data-f><a>Download image</a></div><div data-f><a>Share this object</a></div>
<div data-f>Image rights: CC BY-NC 4.0</div>
<h2>Object details</h2>
<dl><dt>Object number</dt><dd>MEL.1998.44.2</dd><dt>Date</dt><dd>1933</dd>
<dt>Materials</dt><dd>printed card, ink</dd><dt>Dimensions</dt><dd>9 × 14 cm</dd>
<dt>Credit line</dt><dd>Gift of Maria Tkachenko, 1998</dd></dl>
<h2>Description</h2>
<p>A ration card issued to a family of five in Poltava in March 1933. The coupons for bread have been
cut out for January and February; those for March are intact, and a note on the back says why.</p>
<p>Maria Tkachenko, who gave the card to the museum, was seven years old when it was issued.</p>
<div data-f><a>Previous object</a></div><div data-f><a>Next object</a></div>
<div data-f><h3>Plan your visit</h3><div>Open Tuesday to Sunday, 10:00–17:00</div>
<div><a>Book tickets</a></div></div>
<footer data-f><div>Sign up to our newsletter</div><div>Email address</div><div><a>Submit</a></div>
<div><a>Contact</a></div><div><a>Accessibility</a></div><div><a>Privacy notice</a></div>
<div><a>Cookie settings</a></div><div>© Museum of Everyday Life 2024. Registered charity no. 1098765.</div>
</footer>
</body></html>"""


def journal_article_page() -> str:
    """A publisher's journal article page: advertisement and account bar, journal menus, article type and
    dates, authors, access and citation counters, the abstract and keywords (content), the text, the
    references, and the publisher's rights, metrics and sharing boxes."""
    return """<html><body>
<div data-f><a>Skip to main content</a></div><div data-f>Advertisement</div>
<header data-f><div><img alt="Springer Nature Link"/></div><div><a>Log in</a></div>
<div><a>Menu</a></div><nav><a>Find a journal</a><a>Publish with us</a><a>Track your research</a></nav>
<div><a>Search</a></div><div><a>Cart</a></div></header>
<div data-f><a>Home</a> › <a>Journal of Rural History</a> › <a>Article</a></div>
<div data-f>Research Article</div>
<div>Published: 12 May 2019</div>
<div>Volume 71, pages 455–480, (2019)</div>
<div data-f><a>Cite this article</a></div>
<h1>Hunger and the district press, 1932–1933</h1>
<div>Olena Hrytsenko &amp; Marta Lindqvist</div>
<div data-f>1254 Accesses</div><div data-f>3 Citations</div><div data-f><a>Explore all metrics</a></div>
<h2>Abstract</h2>
<p>This article reads the district newspapers of Kharkiv province for 1932 and 1933 against the
archives of their editorial offices, and shows what the papers stopped printing as the famine grew.</p>
<h3>Keywords</h3>
<ul><li>Famine</li><li>Press</li><li>Ukraine</li><li>Censorship</li></ul>
<h2>Introduction</h2>
<p>District newspapers were the party's voice in the countryside, and their editors answered to the
district committee for every line they printed, as the minutes of the committees show.</p>
<p>The papers survive in near-complete runs, and so do the editorial minutes, which makes it possible
to compare what was written with what was printed.</p>
<h2>References</h2>
<ol><li>Davies RW, Wheatcroft SG (2004) The years of hunger. Palgrave, Basingstoke</li>
<li>Kuromiya H (1998) Freedom and terror in the Donbas. Cambridge University Press, Cambridge</li></ol>
<div data-f><a>Download references</a></div>
<h2 data-f>Rights and permissions</h2><div data-f><a>Reprints and permissions</a></div>
<h2 data-f>About this article</h2>
<div data-f><a>Check for updates. Verify currency and authenticity via CrossMark</a></div>
<h3 data-f>Share this article</h3>
<p data-f>Anyone you share the following link with will be able to read this content:</p>
<div data-f><a>Get shareable link</a></div>
<div data-f>Provided by the Springer Nature SharedIt content-sharing initiative</div>
<footer data-f><div><a>Publish with us</a></div><div><a>Policies and ethics</a></div>
<div><a>Your privacy choices/Manage cookies</a></div><div><a>Accessibility statement</a></div>
<div><a>Terms and conditions</a></div><div><a>Privacy policy</a></div><div><a>Help and support</a></div>
<div>© 2024 Springer Nature</div></footer>
</body></html>"""


FINAL = {
    "blog-platform": blog_platform_page,
    "museum-object": museum_object_page,
    "journal": journal_article_page,
}


# Written after the fix that the final set prompted (a block in the page's head took the title), and
# measured once for the report: the hold-out for the code as committed.
def wikisource_page() -> str:
    """A transcribed primary source on a wiki library: the wiki's menus, the work's header with previous
    and next links, the document's own short lines (a letter's heading, a signature, a table of grain),
    the licence box and the footer."""
    return """<html><body>
<div data-f><a>Jump to content</a></div>
<div data-f><div>Main menu</div><ul><li><a>Main Page</a></li><li><a>Community portal</a></li>
<li><a>Central discussion</a></li><li><a>Recent changes</a></li><li><a>Random work</a></li></ul></div>
<div data-f><img alt="Wikisource"/></div><div data-f><a>Search</a></div>
<div data-f><a>Donate</a></div><div data-f><a>Log in</a></div>
<div data-f><ul><li><a>Page</a></li><li><a>Discussion</a></li></ul><ul><li><a>Read</a></li>
<li><a>Edit</a></li><li><a>View history</a></li></ul></div>
<div data-f><a>← Letter of 2 March 1933</a></div>
<h1>Letter of the district committee to the regional committee, 9 March 1933</h1>
<div data-f><a>Letter of 16 March 1933 →</a></div>
<div>Translated from the Ukrainian by the contributors</div>
<p>To the secretary of the regional committee, comrade Terekhov.</p>
<p>The district committee reports that in the villages of the district the situation with food has
become extremely serious, and that cases of swelling from hunger are registered in eleven villages.</p>
<table><tr><th>Village</th><th>Households</th><th>Swollen</th></tr>
<tr><td>Kobeliaky</td><td>412</td><td>38</td></tr><tr><td>Bilyky</td><td>290</td><td>51</td></tr></table>
<p>The committee asks for a loan of seed and of food grain for the spring sowing.</p>
<p>Secretary of the district committee</p>
<p>(signature)</p>
<div data-f>This work is in the public domain in the United States because it was published before 1929.</div>
<div data-f>Retrieved from "https://en.wikisource.org/w/index.php?title=Letter&amp;oldid=1400"</div>
<div data-f>Categories: Letters | Soviet documents</div>
<div data-f>This page was last edited on 4 April 2024, at 08:02.</div>
<ul data-f><li><a>Privacy policy</a></li><li><a>About Wikisource</a></li><li><a>Disclaimers</a></li>
<li><a>Code of Conduct</a></li><li><a>Developers</a></li><li><a>Mobile view</a></li></ul>
</body></html>"""


def newspaper_archive_page() -> str:
    """A digitised newspaper page: the library's banner and menus, the issue's navigation, viewer
    buttons, the OCR text (content, short broken lines included), citation and rights, and the footer."""
    return """<html><body>
<div data-f>An official website of the United States government</div>
<div data-f><a>Here's how you know</a></div>
<header data-f><div><img alt="Library of Congress"/></div><nav><a>Discover</a><a>Services</a>
<a>Visit</a><a>Education</a><a>Connect</a><a>Shop</a></nav><div><a>Search</a></div></header>
<div data-f><a>Chronicling America</a> › <a>Newspapers</a> › <a>The Evening Star</a></div>
<h1>The evening star. [volume], March 14, 1933, Page 3, Image 3</h1>
<div data-f><a>« Previous Issue</a></div><div data-f><a>Next Issue »</a></div>
<div data-f><a>« Previous Page</a></div><div data-f><a>Next Page »</a></div>
<div data-f><a>PDF</a></div><div data-f><a>JP2 (2.1 MB)</a></div><div data-f><a>Text</a></div>
<div data-f><a>Clip Image</a></div><div data-f><a>Zoom in</a></div><div data-f><a>Zoom out</a></div>
<h3>OCR text</h3>
<p>FAMINE REPORTED<br/>IN SOUTH RUSSIA</p>
<p>Travelers Say Peasants Are<br/>Leaving Villages</p>
<p>MOSCOW, March 13 (AP).--Travelers arriving from the Ukraine today reported that food was scarce in
many villages, and that peasants were leaving for the towns in search of bread.</p>
<p>The reports could not be confirmed, as correspondents may not travel without permission.</p>
<div data-f><h3>About this page</h3><div>Persistent link</div><div><a>Cite this page</a></div>
<div>Rights and access</div></div>
<footer data-f><ul><li><a>Accessibility</a></li><li><a>Legal</a></li><li><a>Inspector General</a></li>
<li><a>External Link Disclaimer</a></li><li><a>USA.gov</a></li><li><a>Careers</a></li>
<li><a>Contact</a></li><li><a>Media</a></li><li><a>Donate</a></li></ul></footer>
</body></html>"""


def book_review_site_page() -> str:
    """A reading community's book page: account bar, the book's metadata, ratings counters, shelving
    buttons, a member's review (content), like and comment buttons, and the site's footer."""
    return """<html><body>
<header data-f><div><img alt="Goodreads home"/></div><div><a>Home</a></div><div><a>My Books</a></div>
<div><a>Browse ▾</a></div><div><a>Community ▾</a></div><div>Search books</div>
<div><a>Sign In</a></div><div><a>Join</a></div></header>
<h1>Red Famine: Stalin's War on Ukraine</h1>
<div>Anne Applebaum</div>
<div data-f>4.39</div><div data-f>14,235 ratings</div><div data-f>1,712 reviews</div>
<div data-f><a>Want to read</a></div><div data-f><a>Buy on Amazon</a></div>
<div data-f><a>Rate this book</a></div>
<p>In 1932-33, nearly four million Ukrainians died of starvation, having been deliberately denied food.
Applebaum's book is the most complete account yet of how it happened.</p>
<div data-f>Genres</div><div data-f><a>History</a><a>Nonfiction</a><a>Russia</a><a>Ukraine</a></div>
<div>482 pages, Hardcover</div>
<div>First published October 10, 2017</div>
<div data-f><a>Book details &amp; editions</a></div>
<h2 data-f>Community Reviews</h2>
<div>Katya</div><div data-f>12 reviews</div><div data-f>31 followers</div><div>March 2, 2021</div>
<p>Hard to read and impossible to put down. The chapter on the blacklists stayed with me for weeks,
and the notes are a guide to the archives in themselves.</p>
<div data-f>214 likes</div><div data-f><a>Like</a></div><div data-f><a>Comment</a></div>
<div data-f><a>Displaying 1 - 10 of 1,712 reviews</a></div>
<footer data-f><div>Company</div><ul><li><a>About us</a></li><li><a>Careers</a></li><li><a>Terms</a></li>
<li><a>Privacy</a></li><li><a>Help</a></li></ul><div>Work with us</div><ul><li><a>Authors</a></li>
<li><a>Advertise</a></li><li><a>Authors &amp; ads blog</a></li></ul><div>Connect</div>
<div>© 2024 Goodreads, Inc.</div></footer>
</body></html>"""


AFTER_FIX = {
    "wikisource": wikisource_page,
    "newspaper-archive": newspaper_archive_page,
    "book-review-site": book_review_site_page,
}


# Written after the context layer (jusText's reading of the lines, webcontext.py) was committed, and
# measured once for its report, never used to tune it.
def book_catalogue_page() -> str:
    """A university library's catalogue record: the library's header and search bar, the result's
    navigation, availability and request buttons, the bibliographic record (label and value pairs,
    subjects, a contents note), holdings as a table, export and citation tools, and the footer."""
    return """<html><body>
<div data-f><a>Skip to main content</a></div>
<header data-f><div><img alt="Northgate University Library"/></div>
<nav><a>Search</a><a>Databases</a><a>Journals</a><a>Help</a><a>My Account</a></nav></header>
<div data-f><div>Library catalogue</div><div><a>Advanced search</a></div><div><a>Browse</a></div></div>
<div data-f><a>« Back to results</a></div>
<div data-f>Result 3 of 214</div>
<div data-f><a>Previous</a></div><div data-f><a>Next</a></div>
<h1>The harvest of sorrow : Soviet collectivization and the terror-famine</h1>
<div>Conquest, Robert.</div>
<div data-f><span>Available</span></div>
<div data-f><a>Request item</a></div><div data-f><a>Place hold</a></div><div data-f><a>Add to list</a></div>
<div data-f><a>Email</a></div><div data-f><a>Text this</a></div>
<h2>Details</h2>
<dl><dt>Author</dt><dd>Conquest, Robert.</dd>
<dt>Published</dt><dd>New York : Oxford University Press, 1986.</dd>
<dt>Description</dt><dd>412 p. : maps ; 25 cm.</dd>
<dt>Language</dt><dd>English</dd>
<dt>Subjects</dt><dd>Collectivization of agriculture -- Soviet Union -- History.</dd>
<dd>Famines -- Ukraine -- History -- 20th century.</dd>
<dd>Ukraine -- History -- Famine, 1932-1933.</dd>
<dt>ISBN</dt><dd>0195040546</dd></dl>
<h2>Contents</h2>
<p>The peasants, the party and the nation -- Revolution and peasant war, 1917-21 -- The assault on the
peasantry -- The terror-famine -- After the famine.</p>
<h2>Summary</h2>
<p>An account of the collectivization of Soviet agriculture and of the famine in Ukraine and the Kuban,
drawing on émigré testimony and on the published Soviet press of the period.</p>
<h2>Holdings</h2>
<table><tr><th>Location</th><th>Call number</th><th>Status</th></tr>
<tr><td>Main Library, Level 3</td><td>HD1492.S65 C66 1986</td><td>Available</td></tr>
<tr><td>Store</td><td>HD1492.S65 C66 1986b</td><td>On loan, due 14/06</td></tr></table>
<div data-f><div>Export citation</div><div><a>RIS</a></div><div><a>BibTeX</a></div>
<div><a>EndNote</a></div></div>
<div data-f><a>Staff view</a></div><div data-f><a>Report a problem</a></div>
<div data-f><h3>Similar items</h3><ul><li><a>Red famine : Stalin's war on Ukraine</a></li>
<li><a>Execution by hunger : the hidden holocaust</a></li><li><a>Stalin's peasants</a></li></ul></div>
<footer data-f><div>Northgate University Library</div><div>Library Road, Northgate NG1 4AB</div>
<ul><li><a>Opening hours</a></li><li><a>Contact us</a></li><li><a>Accessibility</a></li>
<li><a>Privacy</a></li></ul><div>© 2025 Northgate University</div></footer>
</body></html>"""


def museum_collection_item_page() -> str:
    """A national museum's online collection record for a photograph: cookie bar, the museum's header,
    the record's breadcrumbs and tools, image viewer controls, the description, a fact sheet of label
    and value pairs, an inscription in quotation lines, rights and the footer with its newsletter box."""
    return """<html><body>
<div data-f><div>We use cookies to improve your experience on our website.</div>
<div><a>Accept all</a></div><div><a>Manage preferences</a></div></div>
<header data-f><div><img alt="National Museum of History"/></div>
<nav><a>Visit</a><a>What's on</a><a>Collections</a><a>Learning</a><a>Support us</a><a>Shop</a></nav>
<div><a>Search</a></div></header>
<div data-f><a>Home</a> › <a>Collections</a> › <a>Search the collection</a> › <a>Object</a></div>
<h1>Photograph: queue for bread, Kharkiv, 1933</h1>
<div data-f><a>Zoom</a></div><div data-f><a>Full screen</a></div><div data-f><a>Download</a></div>
<div data-f>1 / 3</div>
<div data-f><a>Save to my album</a></div><div data-f><a>Share</a></div>
<p>A gelatin silver print showing a queue of women and children outside a state bread shop in Kharkiv in
the spring of 1933. The photograph was taken by an Austrian engineer working at the tractor plant and
was smuggled out of the Soviet Union in his luggage.</p>
<h2>Object information</h2>
<div>Object type</div><div>Photograph</div>
<div>Maker</div><div>Wienerberger, Alexander</div>
<div>Date made</div><div>Spring 1933</div>
<div>Place made</div><div>Kharkiv, Ukraine</div>
<div>Materials and technique</div><div>gelatin silver print</div>
<div>Measurements</div><div>8.9 × 13.8 cm</div>
<div>Museum number</div><div>PH.2011.18.4</div>
<h2>Inscription</h2>
<p>Pencil, on the back:</p>
<div>"Charkow, Brotschlange,</div>
<div>Frühjahr 1933"</div>
<h2>Provenance</h2>
<p>Given by the photographer's grandson in 2011, with two other prints from the same album.</p>
<div data-f><div>Image rights</div><div>© National Museum of History</div>
<div><a>License this image</a></div><div><a>Cite this object</a></div></div>
<div data-f><h3>You may also like</h3><div><a>Ration card, Poltava, 1933</a></div>
<div><a>Grain requisition poster</a></div><div><a>Letter from a collective farm</a></div></div>
<footer data-f><div>Stay in touch</div><div>Get the latest news, events and offers from the museum.</div>
<div>Email address</div><div><a>Sign up</a></div>
<ul><li><a>About us</a></li><li><a>Press</a></li><li><a>Jobs</a></li><li><a>Terms of use</a></li>
<li><a>Privacy policy</a></li></ul><div>© National Museum of History 2025</div></footer>
</body></html>"""


def finding_aid_page() -> str:
    """A government archive's finding aid for a fonds: the government banner, the archive's menus, the
    catalogue's hierarchy breadcrumbs and reference, the description of the fonds (scope, arrangement,
    access conditions), a list of series with their references and dates, ordering buttons, a feedback
    widget, and the footer."""
    return """<html><body>
<div data-f>An official website of the State Archives Service</div>
<header data-f><div><img alt="State Archives"/></div>
<nav><a>Research</a><a>Visit us</a><a>Education</a><a>About us</a></nav>
<div><a>Sign in</a></div><div><a>Search the catalogue</a></div></header>
<div data-f><a>Home</a> › <a>Catalogue</a> › <a>Browse by creating body</a></div>
<div data-f><a>Browse by hierarchy</a></div><div data-f><a>Print</a></div>
<div data-f><a>Add to my records</a></div>
<h1>Records of the People's Commissariat of Agriculture, Ukrainian SSR</h1>
<table><tr><td>Reference:</td><td>F. 27</td></tr><tr><td>Date:</td><td>1919-1941</td></tr>
<tr><td>Held by:</td><td>State Archives, Kyiv</td></tr><tr><td>Extent:</td><td>1,204 files</td></tr></table>
<h2>Scope and content</h2>
<p>Orders and circulars of the commissariat, minutes of its collegium, reports of the regional land
administrations on sowing, procurement and the state of the collective farms, and correspondence with
the Union commissariat in Moscow.</p>
<h2>Arrangement</h2>
<p>The files are arranged in four series by the office that created them.</p>
<h2>Series</h2>
<div>F. 27, op. 1</div><div>Secretariat, 1919-1941</div>
<div>F. 27, op. 2</div><div>Planning department, 1925-1937</div>
<div>F. 27, op. 3</div><div>Collective farm administration</div>
<div>F. 27, op. 4</div><div>Personnel files</div>
<h2>Access conditions</h2>
<p>Open. Files of series 4 are closed for 75 years from the last date of the file.</p>
<div data-f><div>This record has been digitised in part.</div><div><a>Order a copy</a></div>
<div><a>Book a reading room visit</a></div></div>
<div data-f><div>Is there anything wrong with this page?</div><div><a>Yes</a></div><div><a>No</a></div></div>
<footer data-f><ul><li><a>Contact us</a></li><li><a>Accessibility</a></li>
<li><a>Freedom of information</a></li>
<li><a>Cookies</a></li><li><a>Terms of use</a></li></ul>
<div>All content is available under the Open Government Licence v3.0, except where otherwise stated</div>
<div>© Crown copyright</div></footer>
</body></html>"""


AFTER_CONTEXT = {
    "book-catalogue": book_catalogue_page,
    "museum-collection-item": museum_collection_item_page,
    "finding-aid": finding_aid_page,
}
