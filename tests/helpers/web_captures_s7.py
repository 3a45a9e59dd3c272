"""Held-out web captures of the seventh round (issue 14, recall of the text-mode clean-up), written before
that round changed any rule: an encyclopedia article with its sidebars, a news article with a reader
comment thread, a personal history blog post, a regional archive's catalogue entry and a genealogy forum
thread (``S7``). Measured once as written (see ``tests/benchmarks/measure_webclean.py``); never used to
shape a rule.

Same conventions as ``web_captures_heldout.py``: furniture carries ``data-f``; a reader's comment, its
author and date, a caption, a heading, a byline, a dateline and a table of figures are content. Each page
also carries content that looks like furniture (a one-word list item, a short heading, a quoted prompt).
"""

from __future__ import annotations


def encyclopedia_page() -> str:
    """An encyclopedia article on a famine relief body: the wiki's top menus and language list, an
    infobox, a contents box, references, category links and a footer."""
    return """<html><body>
<div data-f><a>Jump to navigation</a></div>
<div data-f><a>Jump to search</a></div>
<div data-f><div>Main menu</div><ul><li><a>Main page</a></li><li><a>Contents</a></li>
<li><a>Current events</a></li><li><a>Random article</a></li><li><a>About the project</a></li>
<li><a>Contact us</a></li></ul></div>
<div data-f><div>Contribute</div><ul><li><a>Help</a></li><li><a>Learn to edit</a></li>
<li><a>Community portal</a></li><li><a>Recent changes</a></li><li><a>Upload file</a></li></ul></div>
<div data-f><a>Search</a></div>
<div data-f><a>Create account</a><a>Log in</a></div>
<h1>Volga Relief Commission</h1>
<div data-f><a>Article</a><a>Talk</a></div>
<div data-f><a>Read</a><a>Edit</a><a>View history</a></div>
<div data-f>From the free encyclopedia</div>
<table><tr><th>Volga Relief Commission</th></tr>
<tr><td>Formed</td><td>August 1921</td></tr>
<tr><td>Dissolved</td><td>June 1923</td></tr>
<tr><td>Headquarters</td><td>Samara</td></tr>
<tr><td>Chairman</td><td>Ivan Korovin</td></tr></table>
<p>The Volga Relief Commission was a provincial body set up in the summer of 1921 to distribute grain
and seed to the districts of the middle Volga struck by drought and requisitioning.[1] It worked beside
the foreign relief missions and reported to the central famine committee in Moscow.[2]</p>
<div data-f><div>Contents</div><ul><li>1 Origins</li><li>2 Work in the districts</li>
<li>3 Dissolution</li><li>4 References</li><li>5 Further reading</li></ul></div>
<h2>Origins<span data-f>[edit]</span></h2>
<p>Local committees had formed in Samara and Saratov before any decree from the centre, and the
commission at first did little more than collect their reports and pass them on.[3]</p>
<h2>Work in the districts<span data-f>[edit]</span></h2>
<p>By the spring of 1922 the commission ran some four hundred kitchens. Its inspectors counted the
children fed in each district every month:</p>
<table><tr><th>District</th><th>Kitchens</th><th>Children fed</th></tr>
<tr><td>Buzuluk</td><td>112</td><td>38,400</td></tr>
<tr><td>Pugachev</td><td>87</td><td>29,150</td></tr>
<tr><td>Novouzensk</td><td>64</td><td>17,900</td></tr></table>
<p>Inspectors complained that kitchens were opened where the roads were good rather than where the
hunger was worst.[4]</p>
<h2>Dissolution<span data-f>[edit]</span></h2>
<p>The commission was wound up in June 1923, when the harvest of the year before had been gathered and
the foreign missions were leaving.[5]</p>
<h2>References<span data-f>[edit]</span></h2>
<ol><li>Korovin, report to the central committee, 1921.</li>
<li>Protocols of the central famine committee, session 14.</li>
<li>Samara provincial archive, fond 81, file 3.</li>
<li>Inspectors' digest, April 1922.</li>
<li>Decree of 19 June 1923.</li></ol>
<h2>Further reading<span data-f>[edit]</span></h2>
<ul><li>Patenaude, B. The Big Show in Bololand. Stanford, 2002.</li></ul>
<div data-f><a>Categories</a>: <a>Famines in Russia</a> | <a>1921 establishments</a> |
<a>Organizations disestablished in 1923</a></div>
<div data-f><div>Languages</div><ul><li><a>Deutsch</a></li><li><a>Français</a></li><li><a>Polski</a></li>
<li><a>Русский</a></li><li><a>Українська</a></li></ul><div><a>Edit links</a></div></div>
<div data-f><div>This page was last edited on 3 March 2025, at 09:14.</div>
<div>Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may
apply.</div>
<ul><li><a>Privacy policy</a></li><li><a>About</a></li><li><a>Disclaimers</a></li>
<li><a>Code of Conduct</a></li><li><a>Developers</a></li><li><a>Statistics</a></li>
<li><a>Cookie statement</a></li><li><a>Mobile view</a></li></ul></div>
</body></html>"""


def news_comments_page() -> str:
    """A regional newspaper's story on a war memorial, with a comment thread under it: the site's header
    and sections, a share bar, "More from this section", comment sorting and voting chrome."""
    return """<html><body>
<div data-f><a>Skip to content</a></div>
<header data-f><div><a>The Lakeland Echo</a></div>
<div><a>News</a><a>Sport</a><a>Business</a><a>What's On</a><a>Heritage</a><a>Obituaries</a></div>
<div><a>Log in</a></div><div><a>Subscribe from £1</a></div></header>
<div data-f><a>News</a> › <a>Heritage</a></div>
<h1>Names missing from the village war memorial to be added after a century</h1>
<p>Volunteers found eleven men who died in the First World War but were never carved on the stone.</p>
<div>By Hannah Pryce</div>
<div>Tuesday 11 November 2025, 7:30am</div>
<div data-f><a>Share</a><a>Facebook</a><a>WhatsApp</a><a>Email</a><a>Copy link</a></div>
<figure><img alt="The memorial on the green at Brackenthwaite"/>
<figcaption>The memorial on the green at Brackenthwaite, unveiled in 1921.</figcaption></figure>
<p>A group of local historians has spent three years checking service records, parish magazines and
newspaper casualty lists against the names on the Brackenthwaite memorial.</p>
<p>They found that eleven men from the parish who died in service were left off when the stone was cut,
most of them because their families had moved away before the war ended.</p>
<div data-f><div>Advertisement</div></div>
<p>"Some of them had lived here all their lives and then gone to the mills in Lancashire for work," said
group secretary Alan Moffat. "Nobody was left to put their names forward."</p>
<p>The parish council has agreed to pay for a new panel, which will be unveiled next spring.</p>
<div data-f><div>More from this section</div><ul>
<li><a>Bus route to the valley to be cut from January</a></li>
<li><a>Plans for forty homes on the old dairy site approved</a></li>
<li><a>Mountain rescue team called out twice in one night</a></li></ul></div>
<div data-f><div>Comments</div><div>Have your say</div><div>Sort by</div>
<div><a>Newest</a><a>Oldest</a><a>Most liked</a></div></div>
<div><div>GrasmereGran</div><div>11 November 2025</div>
<p>My great uncle was one of the men they found. The family always said he had been forgotten. Thank
you to everyone who did this work.</p>
<div data-f><a>Reply</a></div><div data-f>Like 24</div></div>
<div><div>Pete W.</div><div>12 November 2025</div>
<p>Well done. Will the panel say where each of them served? The old stone only gives initials.</p>
<div data-f><a>Reply</a></div><div data-f>Like 6</div></div>
<div data-f><a>Load more comments</a></div>
<div data-f><div>Most read</div><ol><li><a>Lorry overturns on the A591 near Ambleside</a></li>
<li><a>Shop that sold sweets for ninety years to close</a></li>
<li><a>Flood warnings in place for the river Kent</a></li></ol></div>
<footer data-f><div><a>Contact us</a></div><div><a>Advertise with us</a></div>
<div><a>Terms and conditions</a></div><div><a>Privacy notice</a></div>
<div>© 2025 Lakeland Echo Newspapers Ltd</div></footer>
</body></html>"""


def history_blog_page() -> str:
    """A personal blog post on a diary found in a loft: the blog's title, menu and search, post meta,
    tags, share buttons, author box, previous/next links, sidebar widgets and a comment form."""
    return """<html><body>
<header data-f><div><a>Paper and Ink</a></div><div>Notes from a family historian</div>
<ul><li><a>Home</a></li><li><a>About</a></li><li><a>Sources</a></li><li><a>Contact</a></li></ul>
<div><a>Search</a></div></header>
<h1>A diary from the winter of 1947</h1>
<div>Posted on 2 February 2024 by Ruth Ellison</div>
<p>Clearing my mother's loft last month I found a small red notebook, the kind sold at railway stations,
in which my grandfather kept a diary from January to March 1947.</p>
<p>Most entries are a line or two. The snow begins on 23 January and does not stop for weeks:</p>
<blockquote><p>Snow again. No coal delivered. Walked to the pit and back, nothing doing.</p></blockquote>
<p>He lists what the household ran short of, in the back pages:</p>
<ul><li>Coal</li><li>Bread</li><li>Candles</li><li>Paraffin</li></ul>
<h2>What the papers said</h2>
<p>I compared his entries with the local paper for the same weeks, which reported the closures of the
mills in much the same words.</p>
<div data-f><div>Tags:</div><a>1947</a><a>diaries</a><a>winter</a><a>coal</a></div>
<div data-f><div>Share this:</div><a>Twitter</a><a>Facebook</a><a>Print</a></div>
<div data-f><div>Like this:</div><a>Like</a><div>Be the first to like this.</div></div>
<div data-f><div>About the author</div><p>Ruth Ellison has been researching her family in the
Durham coalfield since 2009. View all posts by Ruth Ellison</p></div>
<div data-f><a>← Previous post: The schoolroom photograph</a></div>
<div data-f><a>Next post: Letters from a prisoner of war camp →</a></div>
<div>3 thoughts on "A diary from the winter of 1947"</div>
<div><div>Martin Kerr</div><div>3 February 2024 at 8:12 pm</div>
<p>My father talked about that winter for the rest of his life. The buses stopped for a fortnight.</p>
<div data-f><a>Reply</a></div></div>
<div><div>Ruth Ellison</div><div>3 February 2024 at 9:40 pm</div>
<p>Thank you, Martin. Grandad mentions the buses too, on 8 February.</p>
<div data-f><a>Reply</a></div></div>
<div data-f><h3>Leave a Reply</h3><div>Your email address will not be published. Required fields are
marked *</div><div>Comment *</div><div>Name *</div><div>Email *</div><div>Website</div>
<div><a>Post Comment</a></div></div>
<aside data-f><h3>Recent Posts</h3><ul><li><a>The schoolroom photograph</a></li>
<li><a>Letters from a prisoner of war camp</a></li><li><a>Reading a 1911 census return</a></li></ul>
<h3>Archives</h3><ul><li><a>February 2024</a></li><li><a>January 2024</a></li>
<li><a>December 2023</a></li></ul>
<h3>Categories</h3><ul><li><a>Family papers</a></li><li><a>Mining</a></li></ul></aside>
<footer data-f><div>Blog at WordPress.com.</div><div><a>Follow</a></div></footer>
</body></html>"""


def archive_catalogue_page() -> str:
    """A county record office's online catalogue entry for a file of letters: the council's banner, the
    catalogue's menus, a hierarchy browser, the record's fields, ordering buttons and a footer."""
    return """<html><body>
<div data-f><div>This site uses cookies to store information on your computer.</div>
<a>Accept</a><a>Reject</a><a>Cookie settings</a></div>
<header data-f><div><a>Westshire County Council</a></div>
<div><a>Archives and Local Studies</a></div>
<ul><li><a>Visit us</a></li><li><a>Search the catalogue</a></li><li><a>Family history</a></li>
<li><a>Schools</a></li><li><a>Get involved</a></li></ul></header>
<div data-f><a>Home</a> › <a>Catalogue</a> › <a>Record details</a></div>
<div data-f><a>New search</a><a>Refine search</a><a>Back to results</a></div>
<div data-f><div>Result 3 of 41</div><a>Previous</a><a>Next</a></div>
<h1>Letters of Thomas Hale, curate of St Mary's, to his sister</h1>
<table><tr><td>Reference</td><td>WCA/P23/7/4</td></tr>
<tr><td>Date</td><td>1848-1852</td></tr>
<tr><td>Level</td><td>File</td></tr>
<tr><td>Extent</td><td>26 letters</td></tr>
<tr><td>Access</td><td>Open</td></tr></table>
<h2>Description</h2>
<p>Letters written by Thomas Hale from the parish to his sister Anne in Bristol, describing the cholera
outbreak of 1849, the building of the national school and disputes over the church rate.</p>
<p>Several letters enclose cuttings from the county newspaper; one encloses a pressed flower.</p>
<h2>Arrangement</h2>
<p>In date order as received from the depositor.</p>
<div data-f><div>Browse this collection</div><ul><li><a>WCA/P23 Parish of St Mary</a></li>
<li><a>WCA/P23/7 Correspondence</a></li><li><a>WCA/P23/7/4 Letters of Thomas Hale</a></li></ul></div>
<div data-f><a>Order a copy</a><a>Book a visit to see this item</a><a>Add to my list</a></div>
<div data-f><div>Was this page useful?</div><a>Yes</a><a>No</a></div>
<footer data-f><ul><li><a>Accessibility statement</a></li><li><a>Privacy</a></li>
<li><a>Contact the record office</a></li><li><a>Opening times</a></li></ul>
<div>© Westshire County Council 2025</div></footer>
</body></html>"""


def genealogy_forum_page() -> str:
    """A genealogy forum thread on an emigrant ship: the forum's bars, breadcrumbs, thread tools, posts
    with their authors, join dates and post counts, quote and reply buttons, and the forum's footer."""
    return """<html><body>
<header data-f><div><a>RootsTalk Forums</a></div><div><a>Register</a><a>Login</a></div>
<ul><li><a>Forums</a></li><li><a>What's new</a></li><li><a>Members</a></li><li><a>Help</a></li></ul></header>
<div data-f><a>Forums</a> › <a>Emigration and Immigration</a> › <a>Passenger lists</a></div>
<h1>Looking for the ship my family left Hamburg on, 1883</h1>
<div data-f><div>Thread starter</div><a>KleinFamily</a><div>Start date</div><div>Mar 4, 2024</div></div>
<div data-f><a>Watch</a><a>Bookmark</a></div>
<div><div>KleinFamily</div><div data-f>New member</div><div data-f>Joined: Feb 2024</div>
<div data-f>Messages: 3</div><div>Mar 4, 2024</div>
<p>My great-great-grandparents Johann and Marie Klein left Hamburg in the spring of 1883 with four
children. They arrived in New York, but I cannot find which ship. Any ideas where to look?</p>
<div data-f><a>Like</a><a>Quote</a><a>Reply</a></div></div>
<div><div>Emigrant_Researcher</div><div data-f>Well-known member</div><div data-f>Joined: Jun 2011</div>
<div data-f>Messages: 4,812</div><div>Mar 4, 2024</div>
<p>The Hamburg passenger lists survive for 1883 and are indexed. Search them first for the departure,
then look for the ship's arrival in the New York lists for the next two or three weeks.</p>
<div data-f><a>Like</a><a>Quote</a><a>Reply</a></div><div data-f>KleinFamily and 2 others</div></div>
<div><div>KleinFamily</div><div data-f>New member</div><div data-f>Joined: Feb 2024</div>
<div data-f>Messages: 3</div><div>Mar 6, 2024</div>
<p>Found them! The Wieland, sailing 11 April 1883. Marie is listed under her maiden name, which is why I
missed her before.</p>
<div data-f><a>Like</a><a>Quote</a><a>Reply</a></div></div>
<div data-f><div>You must log in or register to reply here.</div></div>
<div data-f><div>Similar threads</div><ul><li><a>Bremen lists for 1870s lost?</a></li>
<li><a>Reading Hamburg indirect passage records</a></li></ul></div>
<div data-f><div>Share:</div><a>Facebook</a><a>Email</a><a>Link</a></div>
<footer data-f><ul><li><a>Contact us</a></li><li><a>Terms and rules</a></li><li><a>Privacy policy</a></li>
<li><a>Help</a></li><li><a>Home</a></li></ul><div>Forum software by XenForo</div></footer>
</body></html>"""


S7 = {
    "encyclopedia": encyclopedia_page,
    "news-comments": news_comments_page,
    "history-blog": history_blog_page,
    "archive-catalogue": archive_catalogue_page,
    "genealogy-forum": genealogy_forum_page,
}
