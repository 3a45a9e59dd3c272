"""A fresh held-out set of web captures (``FRESH``), written before the clean-up rules were changed for the
real-page measure (``tests/benchmarks/measure_webclean_real.py``), in chrome none of the earlier sets has:
a digital library's book viewer (image-viewer toolbar, page counter, shelving and rating, the item's
metadata in label and value pairs, a short reader review), a blog post whose title stands right under
the menu, with previous / next links carrying the titles of other posts and a thread of short reader
comments between "Reply" lines, a book-shelving site's record (shelf buttons, star ratings, counts of
readers, edition details in pairs, a member's review with its helpfulness votes), and a photo archive's
image page (viewer controls, "3 of 24", favourites and views, the photograph's record, comments).

Marked with ``data-f`` and rendered by ``render`` of ``tests/helpers/web_captures.py`` as for the other
sets. Content, as a historian cites it: the item's title, its metadata labels with their values (a
"Details" heading, "Author" / "Conquest, Robert."), the description, reader comments however short, with
their authors and dates. Furniture: menus, toolbars, buttons, counters, ratings, links to other items.
"""

from __future__ import annotations


def book_viewer_page() -> str:
    """A digital library's item page for a scanned book, with its reader toolbar."""
    return """<html><body>
<header data-f><div><img alt="Open Shelves Digital Library"/></div>
<nav><a>Browse</a> <a>Collections</a> <a>Upload</a> <a>About</a></nav>
<div><a>Sign up</a> | <a>Log in</a></div></header>
<h1>Kolkhoznoe stroitel'stvo v SSSR, 1929-1932</h1>
<div data-f><div><a>Zoom out</a></div><div><a>Zoom in</a></div><div><a>Rotate left</a></div>
<div><a>One-page view</a></div><div><a>Thumbnail view</a></div><div><a>Full screen</a></div>
<div>Page 12 of 340</div><div><a>‹</a></div><div><a>›</a></div><div><a>Read aloud</a></div></div>
<div data-f><div><a>Favorite</a></div><div><a>Add to shelf</a></div><div><a>Flag</a></div></div>
<div data-f>★★★★☆</div><div data-f>4.2 (38 ratings)</div>
<div data-f>2,911 Views</div><div data-f>14 Favorites</div>
<h2>Details</h2>
<dl><dt>Author</dt><dd>Narkomzem SSSR</dd>
<dt>Publisher</dt><dd>Sel'khozgiz</dd>
<dt>Publication date</dt><dd>1932</dd>
<dt>Language</dt><dd>Russian</dd>
<dt>Pages</dt><dd>340</dd>
<dt>Contributor</dt><dd>Slavonic Library, Helsinki</dd>
<dt>Collection</dt><dd>Soviet agriculture pamphlets</dd></dl>
<h2>Description</h2>
<p>Statistical survey of the collective farms of the Union republics for the years of wholesale
collectivization, with tables of sown area, livestock and the number of households joined, by region
and by month, prepared by the People's Commissariat of Agriculture.</p>
<p>Scanned from the copy in the Slavonic Library; pages 201 to 204 are missing from the original.</p>
<div data-f><h3>Download options</h3><div><a>PDF</a></div><div><a>EPUB</a></div>
<div><a>Full text</a></div><div><a>Show all files</a></div></div>
<h2 data-f>Reviews</h2>
<div>Reviewer: tractor_station_7</div><div>March 3, 2019</div>
<div>Subject: Clean scan</div>
<p>Very useful tables.</p>
<div data-f><a>Add review</a></div>
<div data-f><h3>Similar items</h3><div><a>Sotsialisticheskoe sel'skoe khoziaistvo SSSR</a></div>
<div><a>Kolkhozy vo vtoroi stalinskoi piatiletke</a></div>
<div><a>Itogi vypolneniia pervogo piatiletnego plana</a></div></div>
<footer data-f><div><a>About</a> · <a>Contact</a> · <a>Blog</a> · <a>Help</a> · <a>Donate</a></div>
<div><a>Terms of Use</a> · <a>Privacy Policy</a></div></footer>
</body></html>"""


def blog_thread_page() -> str:
    """A historian's blog post: its title right under the menu, the post, links to the previous and next
    posts with their titles, a thread of short comments between "Reply" links, and the sidebar."""
    return """<html><body>
<header data-f><div><a>Grain and Ink</a></div>
<nav><ul><li><a>Home</a></li><li><a>Posts</a></li><li><a>Sources</a></li>
<li><a>About me</a></li></ul></nav></header>
<h1>The requisition brigades of Poltava</h1>
<div>Posted on 12 February 2023 by M. Hrytsenko</div>
<p>The brigades that came to the villages of Poltava in the winter of 1932 were not strangers: most were
young men of the same district, Komsomol members and teachers, sent with a quota and a list of names.</p>
<p>Their reports, kept in the regional archive, count what they found in each household, down to the
kilograms of beans hidden under a floor, and say little of the people they took it from.</p>
<p>Print</p>
<p>Radio</p>
<p>Both carried the campaign: the district newspaper printed the names of villages that failed their plan,
and the radio read them out.</p>
<div data-f><div>Share this:</div><div><a>Twitter</a></div><div><a>Facebook</a></div>
<div><a>Email</a></div></div>
<div data-f><div>Like this:</div><div><a>Like</a></div><div>Loading...</div></div>
<div data-f><div><a>← Previous post</a></div><div><a>Bread cards in Kharkiv, 1933</a></div>
<div><a>Next post →</a></div><div><a>What the 1937 census found</a></div></div>
<h2 data-f>4 Responses</h2>
<div>Olena K.</div><div>13 February 2023 at 09:14</div>
<p>Which fond are the reports in?</p>
<div data-f><a>Reply</a></div>
<div>M. Hrytsenko</div><div>13 February 2023 at 10:02</div>
<p>Fond R-1876, opys 2.</p>
<div data-f><a>Reply</a></div>
<div>Petro</div><div>14 February 2023 at 21:40</div>
<p>My grandfather was in one.</p>
<div data-f><a>Reply</a></div>
<div>Olena K.</div><div>15 February 2023 at 08:05</div>
<p>Thank you!</p>
<div data-f><a>Reply</a></div>
<div data-f><h3>Leave a Reply</h3><div>Enter your comment here...</div>
<div>Fill in your details below or click an icon to log in:</div></div>
<aside data-f><h3>Archives</h3><ul><li><a>March 2023</a></li><li><a>February 2023</a></li>
<li><a>January 2023</a></li></ul><h3>Categories</h3><ul><li><a>Famine</a></li><li><a>Sources</a></li>
<li><a>Ukraine</a></li></ul></aside>
<footer data-f><div>Blog at WordPress.com.</div><div><a>Follow</a></div></footer>
</body></html>"""


def shelving_page() -> str:
    """A book-shelving site's record of a book: shelf buttons, ratings, counts of readers, the book's
    description and edition details, one member's review with its votes, popular shelves."""
    return """<html><body>
<header data-f><div><img alt="ShelfLife"/></div><nav><a>Home</a><a>My Books</a><a>Browse</a>
<a>Community</a></nav><div><a>Sign in</a></div><div><a>Join</a></div></header>
<h1>Stalin's Peasants</h1>
<h2>Resistance and Survival in the Russian Village after Collectivization</h2>
<div>Sheila Fitzpatrick</div>
<div data-f><div><a>Want to Read</a></div><div><a>Currently Reading</a></div><div><a>Read</a></div>
<div><a>Add to shelf ▾</a></div></div>
<div data-f><div>Rate it:</div><div>☆☆☆☆☆</div></div>
<div data-f><div>3.94</div><div>avg rating</div><div>1,088 ratings</div><div>97 reviews</div></div>
<div data-f>Shelved by 5,430 members</div>
<p>A study of the Russian village in the 1930s, after collectivization had turned the peasants into
kolkhozniki: how they dealt with the kolkhoz chairman and the state, what they did to survive, and how
the village changed under the new order.</p>
<div data-f><a>Show more</a></div>
<h3>Edition details</h3>
<div>Format</div><div>Paperback, 400 pages</div>
<div>Published</div><div>1996 by Oxford University Press</div>
<div>ISBN</div><div>9780195104592</div>
<div>Edition language</div><div>English</div>
<h3 data-f>Member reviews</h3>
<div>vasyl_m</div><div>rated it 4 of 5</div><div>June 2, 2021</div>
<p>Dense but rewarding.</p>
<div data-f><div>Helpful?</div><div><a>Yes (12)</a></div><div><a>No (1)</a></div><div><a>Flag</a></div></div>
<div data-f><a>See all 97 reviews</a></div>
<div data-f><h3>Popular shelves</h3><div>history (312)</div><div>russia (140)</div>
<div>soviet-union (87)</div><div>to-read (1,402)</div></div>
<footer data-f><div><a>About</a></div><div><a>Help</a></div><div><a>Privacy</a></div>
<div>© 2025 ShelfLife</div></footer>
</body></html>"""


def photo_archive_page() -> str:
    """A photo archive's page for one photograph in a set: the viewer's controls and counters, the
    photograph's title, description and record, comments."""
    return """<html><body>
<div data-f><div>This site uses cookies to offer you a better browsing experience.</div>
<div><a>OK</a></div><div><a>More info</a></div></div>
<header data-f><div><img alt="Lens on the Past"/></div><nav><a>Explore</a> <a>Sets</a> <a>Map</a>
<a>Contribute</a></nav></header>
<div data-f><a>« Back to set: Kharkiv 1933</a></div>
<div data-f><div><a>Previous image</a></div><div>3 of 24</div><div><a>Next image</a></div></div>
<div data-f><div><a>Zoom</a></div><div><a>Download</a></div><div><a>Embed</a></div>
<div><a>Share</a></div></div>
<h1>Women queueing at a bread shop, Kharkiv</h1>
<div data-f><div>1,482</div><div>views</div><div>12</div><div>faves</div><div>2</div><div>comments</div></div>
<p>Taken from a window above the street in the spring of 1933. The shop sign reads "Bread"; the
queue stretches past the corner and out of the frame.</p>
<h2>Record</h2>
<table><tr><td>Creator</td><td>Alexander Wienerberger</td></tr>
<tr><td>Date</td><td>1933</td></tr>
<tr><td>Place</td><td>Kharkiv, Ukrainian SSR</td></tr>
<tr><td>Rights</td><td>Public domain</td></tr>
<tr><td>Provider</td><td>Diocesan archive, Vienna</td></tr></table>
<div data-f><div>Tags</div><div><a>famine</a></div><div><a>queue</a></div><div><a>kharkiv</a></div></div>
<h2 data-f>Comments</h2>
<div>nadia_s</div><div data-f>5 years ago</div>
<p>Remarkable photograph.</p>
<div data-f><a>Reply</a></div>
<div>ivan.petrenko</div><div data-f>4 years ago</div>
<p>My grandmother lived on this street.</p>
<div data-f><a>Reply</a></div>
<div data-f><a>Log in to comment</a></div>
<div data-f><h3>More from this set</h3><div><a>Bread cards</a></div><div><a>The tractor plant</a></div>
<div><a>Market at Blagoveshchensky</a></div></div>
<footer data-f><div><a>About</a> | <a>Terms</a> | <a>Privacy</a> | <a>Contact</a></div>
<div>© 2025 Lens on the Past</div></footer>
</body></html>"""


FRESH = {
    "book-viewer": book_viewer_page,
    "blog-thread": blog_thread_page,
    "shelving": shelving_page,
    "photo-archive": photo_archive_page,
}


# Written after the rules were changed on the set above and on half of Readability's pages, and measured
# once for the report: never used to shape the rules.
def transcription_page() -> str:
    """A crowd-transcription site's page for one letter: the project's header, the document viewer with
    its page pager, the transcription with its editing tools and status, the letter's metadata in a table,
    a discussion of two short messages, and the footer."""
    return """<html><body>
<div data-f><a>Skip to main content</a></div>
<header data-f><div><img alt="Letters Home project logo"/></div>
<ul><li><a>Projects</a></li><li><a>Transcribe</a></li><li><a>Talk</a></li><li><a>Help</a></li>
<li><a>Sign in</a></li></ul></header>
<div data-f><a>Letters Home</a> › <a>Collection 4</a> › <a>Item 112</a></div>
<h1>Letter from Hanna Sokolova to her brother, 9 April 1933</h1>
<div data-f><div><a>First</a></div><div><a>Prev</a></div><div>Page 2 of 4</div><div><a>Next</a></div>
<div><a>Last</a></div></div>
<div data-f><div><a>Rotate</a></div><div><a>Invert colours</a></div><div><a>Zoom to fit</a></div></div>
<h2>Transcription</h2>
<div data-f>Status: Needs review</div>
<p>Dear Mykola, we have had no bread since the middle of February. Mother boils the leaves of the
lime tree and we eat them with a little salt.</p>
<p>The chairman says the seed grain will come after the sowing, but nobody believes him.</p>
<p>Write to us if you can send anything at all.</p>
<div data-f><div><a>Edit transcription</a></div><div><a>Mark as complete</a></div>
<div><a>View history</a></div></div>
<table><tr><td>Writer</td><td>Hanna Sokolova</td></tr><tr><td>Recipient</td><td>Mykola Sokolov</td></tr>
<tr><td>Place</td><td>Pryluky district</td></tr><tr><td>Date</td><td>9 April 1933</td></tr></table>
<h2 data-f>Talk</h2>
<div>volunteer_ksenia</div><div>2 March 2024</div>
<p>The word after "lime" looks like "tree" to me.</p>
<div data-f><a>Reply</a></div><div data-f><a>Report</a></div>
<div>archivist_o</div><div>3 March 2024</div>
<p>Agreed, corrected.</p>
<div data-f><a>Reply</a></div><div data-f><a>Report</a></div>
<div data-f><a>Join the discussion</a></div>
<footer data-f><div><a>About</a></div><div><a>Our team</a></div><div><a>Privacy</a></div>
<div><a>Contact</a></div><div>© 2024 Letters Home</div></footer>
</body></html>"""


def exhibition_page() -> str:
    """A museum's online exhibition chapter: the museum's bar, the exhibition's chapter menu, an image
    carousel with captions and credits, the chapter's text with a quotation, links to the previous and
    next chapters with their titles, related objects, and the newsletter footer."""
    return """<html><body>
<div data-f><div>Open today 10:00–17:00</div><div><a>Plan your visit</a></div><div><a>Tickets</a></div></div>
<header data-f><div><img alt="City Museum"/></div><nav><a>Exhibitions</a><a>Collections</a>
<a>Learn</a><a>Shop</a></nav></header>
<div data-f><div>Online exhibition</div><div><a>Overview</a></div><div><a>1. The village</a></div>
<div><a>2. The plan</a></div><div><a>3. The hunger</a></div><div><a>4. Memory</a></div></div>
<h1>The hunger</h1>
<div data-f><div><a>‹</a></div><div>2 / 6</div><div><a>›</a></div><div><a>Enlarge</a></div></div>
<figure><figcaption>Children at a soup kitchen, Kharkiv, 1933.</figcaption>
<div>Photograph by Alexander Wienerberger. City Museum, PH.118.</div></figure>
<p>By the spring of 1933 the villages of the steppe were emptying. Those who could still walk went to
the towns, where the militia turned them back at the stations.</p>
<blockquote><p>We were told not to give bread to the people from the villages.</p></blockquote>
<p>The kitchens in the photographs fed the children of workers with ration cards; the children of the
villages were not admitted.</p>
<div data-f><div><a>← Previous chapter</a></div><div><a>The plan</a></div>
<div><a>Next chapter →</a></div><div><a>Memory</a></div></div>
<div data-f><h3>Related objects</h3><div><a>Ration card, 1933</a></div><div><a>Militia order</a></div>
<div><a>View all objects</a></div></div>
<footer data-f><div>Sign up to our newsletter</div><div>Email address</div><div><a>Subscribe</a></div>
<div><a>Accessibility</a> · <a>Privacy</a> · <a>Terms</a></div><div>© City Museum 2025</div></footer>
</body></html>"""


def old_forum_page() -> str:
    """A classic bulletin-board thread: the board's header and login, the forum path, topic tools and a
    pager, three posts each with its author, rank, post count, date, text and buttons, a signature, and
    the board's footer with its statistics."""
    return """<html><body>
<header data-f><div><a>Soviet History Forum</a></div><div>Discussion of Russian and Soviet history</div>
<div><a>FAQ</a></div><div><a>Register</a></div><div><a>Login</a></div></header>
<div data-f><a>Board index</a> » <a>Interwar</a> » <a>The famine</a></div>
<h1>Grain procurement figures for 1932</h1>
<div data-f><div><a>Post Reply</a></div><div><a>Print view</a></div><div>3 posts • Page 1 of 1</div></div>
<div>archivrat</div><div data-f>Member</div><div data-f>Posts: 412</div>
<div>Tue Mar 05, 2013 7:41 pm</div>
<p>Does anyone have the procurement figures for Ukraine by month for 1932? The published series stops
in October.</p>
<div data-f><a>Quote</a></div><div data-f><a>Top</a></div>
<div>Gosplanner</div><div data-f>Moderator</div><div data-f>Posts: 3120</div>
<div>Wed Mar 06, 2013 9:02 am</div>
<p>Davies and Wheatcroft give the monthly figures in the appendix to The Years of Hunger, table 14.</p>
<div data-f>Stalin's USSR in documents: a reading list</div>
<div data-f><a>Quote</a></div><div data-f><a>Top</a></div>
<div>archivrat</div><div data-f>Member</div><div data-f>Posts: 412</div>
<div>Wed Mar 06, 2013 6:15 pm</div>
<p>Found it, thanks.</p>
<div data-f><a>Quote</a></div><div data-f><a>Top</a></div>
<div data-f><div><a>Return to The famine</a></div><div>Jump to</div></div>
<footer data-f><div>Who is online</div><div>Users browsing this forum: No registered users and 2 guests</div>
<div><a>Board index</a></div><div><a>The team</a></div><div><a>Delete all board cookies</a></div>
<div>All times are UTC</div><div>Powered by phpBB</div></footer>
</body></html>"""


FRESH_AFTER = {
    "transcription": transcription_page,
    "exhibition": exhibition_page,
    "old-forum": old_forum_page,
}
