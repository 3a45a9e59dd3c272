"""Second held-out set of the seventh round (issue 14, recall of the text-mode clean-up), written after
that round's rule changes and measured once (see ``tests/benchmarks/measure_webclean.py``): the honest
estimate of the round. Never used to shape a rule.

An encyclopedia biography with its navigation boxes, a newsletter post on a publishing platform, a
Q&A site's history question, a national library's digitised-letter page and a local news site's
obituary with its guest book (``S7B``). Same conventions as ``web_captures_heldout.py``: furniture carries
``data-f``; a reader's comment with its author and date, a caption, a heading, a byline, a dateline and a
table are content, and each page has content that looks like furniture.
"""

from __future__ import annotations


def biography_page() -> str:
    """An encyclopedia's biography of a statistician: the wiki's menus, a hatnote, an infobox, the
    article with a table, "See also", references, a navigation box, categories and the footer."""
    return """<html><body>
<div data-f><a>Jump to content</a></div>
<div data-f><div>Navigation</div><ul><li><a>Main page</a></li><li><a>Contents</a></li>
<li><a>Featured content</a></li><li><a>Random article</a></li><li><a>Donate</a></li></ul></div>
<div data-f><a>Search</a></div>
<div data-f><a>Create account</a><a>Log in</a></div>
<h1>Olga Vainshtein</h1>
<div data-f><a>Article</a><a>Talk</a><a>Read</a><a>Edit</a><a>View history</a></div>
<div data-f>From the free encyclopedia</div>
<div>For the painter of the same name, see Olga Vainshtein (painter).</div>
<table><tr><th>Olga Vainshtein</th></tr>
<tr><td>Born</td><td>1899, Odessa</td></tr>
<tr><td>Died</td><td>1971, Moscow</td></tr>
<tr><td>Occupation</td><td>Statistician</td></tr></table>
<p>Olga Vainshtein (1899–1971) was a Soviet statistician who directed the population section of the
central statistical board during the census of 1937 and was dismissed when its results were suppressed.[1]</p>
<h2>Career<span data-f>[edit]</span></h2>
<p>She joined the board in 1926 and worked on the census of that year, then on the village registers of
births and deaths, whose gaps she was the first to measure.[2]</p>
<table><tr><th>Census</th><th>Her post</th></tr>
<tr><td>1926</td><td>Enumerator's supervisor</td></tr>
<tr><td>1937</td><td>Head of section</td></tr>
<tr><td>1939</td><td>None (dismissed)</td></tr></table>
<h2>Later life<span data-f>[edit]</span></h2>
<p>After her release she taught statistics at a teachers' college and wrote a short memoir, published only
in 1991.[3]</p>
<h2>See also<span data-f>[edit]</span></h2>
<ul><li>Soviet census of 1937</li><li>Central Statistical Board</li></ul>
<h2>References<span data-f>[edit]</span></h2>
<ol><li>Memoir, 1991, p. 12.</li><li>Board personnel files, 1926.</li><li>Memoir, 1991, p. 88.</li></ol>
<div data-f><div>v</div><div>t</div><div>e</div><div>Soviet statisticians</div>
<div><a>Ivan Kraval</a> · <a>Olimpiy Kvitkin</a> · <a>Mikhail Kurman</a> · <a>Olga Vainshtein</a></div></div>
<div data-f><a>Categories</a>: <a>1899 births</a> | <a>1971 deaths</a> | <a>Soviet statisticians</a></div>
<div data-f><div>This page was last edited on 12 January 2025, at 18:02.</div>
<ul><li><a>Privacy policy</a></li><li><a>About</a></li><li><a>Disclaimers</a></li>
<li><a>Contact</a></li><li><a>Mobile view</a></li></ul></div>
</body></html>"""


def newsletter_page() -> str:
    """A historian's newsletter post on a publishing platform: the platform's bar, subscribe boxes above
    and below, post meta with like and comment counts, share buttons, a footnote, comments with likes."""
    return """<html><body>
<header data-f><div><a>Footnotes from the Archive</a></div><div><a>Subscribe</a></div>
<div><a>Sign in</a></div></header>
<h1>The ration cards that nobody collected</h1>
<h3>What a box of unclaimed cards tells us about the winter of 1942</h3>
<div>Tomasz Wierzbicki</div>
<div>Feb 9, 2025</div>
<div data-f>48</div>
<div data-f>7</div>
<div data-f><a>Share</a></div>
<p>In a box at the city archive there are some two thousand ration cards for January 1942 that were
printed, stamped and never handed out.</p>
<p>The clerk who boxed them wrote a single line on the lid, which I copy here as it stands:</p>
<blockquote><p>Not collected. Holders absent.</p></blockquote>
<p>Absent meant many things that winter: evacuated, conscripted, arrested, dead. The cards do not say
which, but the addresses on them do allow some of the holders to be traced.<sup>1</sup></p>
<div data-f><div>Subscribe to Footnotes from the Archive</div>
<div>Thousands of paid subscribers</div><div>Type your email...</div><div><a>Subscribe</a></div></div>
<p>Over the next weeks I will follow a dozen of them, one street at a time.</p>
<p>1. The address books of the housing offices survive for most districts.</p>
<div data-f><div>48 Likes</div><div>7 Comments</div><a>Share</a></div>
<div data-f><div>Discussion about this post</div><div><a>Comments</a></div><div><a>Restacks</a></div></div>
<div><div>Irena K.</div><div>Feb 9</div>
<p>My mother's family is on one of those streets. I would be glad to help.</p>
<div data-f>Like (3)</div><div data-f><a>Reply</a></div></div>
<div><div>Tomasz Wierzbicki</div><div>Feb 10</div>
<p>Thank you, Irena. I will write to you.</p>
<div data-f>Like</div><div data-f><a>Reply</a></div></div>
<div data-f><a>5 more comments...</a></div>
<div data-f><div>Top</div><div>Latest</div><div>Discussions</div></div>
<div data-f><div>No posts</div></div>
<footer data-f><div>© 2025 Tomasz Wierzbicki</div><div><a>Privacy</a> ∙ <a>Terms</a> ∙
<a>Collection notice</a></div><div><a>Start writing</a></div><div><a>Get the app</a></div></footer>
</body></html>"""


def qa_history_page() -> str:
    """A Q&A site's history question: the network's bar, the site's menus, vote counts, tags, the
    question and two answers with their authors, comments under them, and the site's sidebar and footer."""
    return """<html><body>
<header data-f><div><a>Stack Exchange</a></div><div><a>Log in</a><a>Sign up</a></div></header>
<div data-f><div><a>History</a></div><ul><li><a>Home</a></li><li><a>Questions</a></li>
<li><a>Tags</a></li><li><a>Users</a></li><li><a>Unanswered</a></li></ul></div>
<h1>Why did the 1937 Soviet census count fewer people than expected?</h1>
<div data-f><div>Asked 3 years ago</div><div>Modified 1 year ago</div><div>Viewed 2k times</div></div>
<div data-f>14</div>
<p>The census of January 1937 counted about 162 million people, while the planners had expected some
180 million. What explains the difference, and was the count itself accurate?</p>
<div data-f><a>soviet-union</a><a>demography</a><a>1930s</a></div>
<div data-f><a>Share</a><a>Improve this question</a><a>Follow</a></div>
<div>asked Mar 2, 2022 at 14:05</div>
<div>grain_ledger</div>
<div data-f>1,203 reputation</div>
<div data-f>2 Answers</div>
<div data-f><div>Sorted by:</div><div>Highest score (default)</div></div>
<div data-f>21</div>
<p>Most of the difference is real: the famine of 1932–33 and the deportations had killed millions, and
births had fallen sharply. The expectation of 180 million came from projections made before the famine.</p>
<p>The census itself was later judged reasonably accurate by demographers who reworked its returns.</p>
<div data-f><a>Share</a><a>Improve this answer</a><a>Follow</a></div>
<div>answered Mar 2, 2022 at 16:40</div>
<div>Archivist Ann</div>
<div data-f>8,771 reputation</div>
<div><p>Which demographers? A reference would help. – grain_ledger Mar 2, 2022 at 17:02</p></div>
<div data-f><a>Add a comment</a></div>
<div data-f>3</div>
<p>See the reworked tables published in the 1990s; the undercount they found was under two per cent.</p>
<div data-f><a>Share</a><a>Improve this answer</a><a>Follow</a></div>
<div>answered Mar 3, 2022 at 9:12</div>
<div>vkrylov</div>
<div data-f>412 reputation</div>
<div data-f><h2>You must log in to answer this question.</h2></div>
<aside data-f><div>Linked</div><ul><li><a>How reliable were Soviet statistics in the 1930s?</a></li></ul>
<div>Hot Network Questions</div><ul><li><a>Why do trains in films always stop at night?</a></li>
<li><a>How to cite a letter found in a family archive?</a></li>
<li><a>Is there a word for a word that means itself?</a></li></ul></aside>
<footer data-f><div><a>History</a></div><div><a>Tour</a></div><div><a>Help</a></div><div><a>Chat</a></div>
<div><a>Contact</a></div><div><a>Feedback</a></div>
<div>Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA.</div></footer>
</body></html>"""


def library_letter_page() -> str:
    """A national library's digitised letter: the library's header and search, the viewer's controls, the
    item's fields, a transcription, "Cite this item", rights statement, related items and the footer."""
    return """<html><body>
<div data-f><div>Our reading rooms are closed on 24 and 25 December.</div><a>More information</a></div>
<header data-f><div><a>National Library</a></div><div><a>Search the collections</a></div>
<ul><li><a>Visit</a></li><li><a>Collections</a></li><li><a>Research</a></li><li><a>Learning</a></li>
<li><a>Shop</a></li></ul><div><a>My account</a></div></header>
<div data-f><a>Home</a> › <a>Digitised collections</a> › <a>Letters</a></div>
<h1>Letter from Anna Petrovna Ryleeva to her brother, Kharkiv, 14 May 1933</h1>
<div data-f><a>Zoom in</a><a>Zoom out</a><a>Rotate</a><a>Full screen</a><a>Download</a></div>
<div data-f>Image 1 of 4</div>
<table><tr><td>Creator</td><td>Ryleeva, Anna Petrovna, 1890-1958</td></tr>
<tr><td>Date</td><td>14 May 1933</td></tr>
<tr><td>Extent</td><td>4 leaves</td></tr>
<tr><td>Language</td><td>Russian</td></tr>
<tr><td>Shelfmark</td><td>MS 4410/12</td></tr></table>
<h2>Summary</h2>
<p>The writer describes the arrival of families from the villages at the railway station, the queues for
bread and a neighbour's death, and asks her brother to send whatever he can by post.</p>
<h2>Transcription</h2>
<p>Dear Kolya, the station is full of them again, whole families sitting on their bundles.</p>
<p>We stood from four in the morning and came home with nothing.</p>
<h2>Rights</h2>
<p>This item is in copyright. It may be used for private study and research.</p>
<div data-f><div>Cite this item</div><a>Copy citation</a></div>
<div data-f><div>Related items</div><ul><li><a>Letter from the same writer, 2 June 1933</a></li>
<li><a>Photograph of Kharkiv station, 1930s</a></li></ul></div>
<div data-f><div>Was this page helpful?</div><a>Yes</a><a>No</a></div>
<footer data-f><ul><li><a>Accessibility</a></li><li><a>Privacy and cookies</a></li>
<li><a>Terms of use</a></li><li><a>Contact us</a></li></ul><div>© National Library 2025</div></footer>
</body></html>"""


def obituary_page() -> str:
    """A local news site's obituary with its guest book: the site's bars, weather, the notice with a
    photograph and service details, a guest book of condolences with their authors and dates, the form
    to sign it, and the site's related notices and footer."""
    return """<html><body>
<header data-f><div><a>The Dale Courier</a></div><div>Partly cloudy 11°C</div>
<div><a>News</a><a>Sport</a><a>Announcements</a><a>Jobs</a><a>Property</a></div></header>
<div data-f><a>Announcements</a> › <a>Deaths</a></div>
<h1>Margaret Ellen Thwaite</h1>
<div>Published in The Dale Courier on 4 April 2025</div>
<figure><img alt="Margaret Thwaite at the mill's reunion, 1998"/>
<figcaption>Margaret at the mill's reunion in 1998.</figcaption></figure>
<p>THWAITE Margaret Ellen (née Hartley), passed away peacefully on 28 March 2025, aged 94, formerly a
weaver at Low Mill for forty years.</p>
<p>Funeral service at St Oswald's Church on Thursday 10 April at 11am, followed by a gathering at the
Crown Hotel. Family flowers only; donations to the mill museum.</p>
<div data-f><a>Share</a><a>Print</a><a>Email</a></div>
<div data-f><div>Guest book</div><div>3 entries</div></div>
<div><div>Brenda and Alan</div><div>5 April 2025</div>
<p>She taught me to mend a broken warp on my first day at the mill. Rest well, Maggie.</p></div>
<div><div>The Hartley family</div><div>6 April 2025</div>
<p>A much loved aunt, remembered with love.</p></div>
<div data-f><div>Sign the guest book</div><div>Your name</div><div>Your message</div>
<div><a>Submit</a></div><div>Messages are checked before they appear.</div></div>
<div data-f><div>More death notices</div><ul><li><a>Walter James Booth</a></li>
<li><a>Edith Mary Collinson</a></li><li><a>Ronald Pickles</a></li></ul></div>
<footer data-f><div><a>Contact us</a></div><div><a>Place an announcement</a></div>
<div><a>Terms</a></div><div><a>Privacy</a></div><div>© Dale Courier Ltd 2025</div></footer>
</body></html>"""


S7B = {
    "biography": biography_page,
    "newsletter": newsletter_page,
    "qa-history": qa_history_page,
    "library-letter": library_letter_page,
    "obituary": obituary_page,
}
