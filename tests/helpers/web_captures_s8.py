"""Held-out set of the eighth round (issue 14, text-mode recall by block context), written before any rule
was changed in that round and measured once as the code stood (see ``tests/benchmarks/measure_webclean.py``).

Same conventions as ``web_captures_heldout.py``: furniture carries ``data-f``; a reader's comment with its
author and date is content. The pages stress what the line rules missed on real captures: menus of short
items before the article, headlines of other stories with their card bylines and relative dates after it,
prompts and bare counts; and they hold content that looks like furniture (a list of one-word items, a
short heading, a table of names and numbers, a quoted notice).
"""

from __future__ import annotations


def county_news_page() -> str:
    """A county newspaper's report on a fire at a record office, with other stories before and after."""
    return """<html><body>
<header data-f><div><a>The Wessex Courier</a></div>
<ul><li><a>News</a></li><li><a>Sport</a></li><li><a>What's On</a></li><li><a>Property</a></li>
<li><a>Jobs</a></li><li><a>Announcements</a></li><li><a>Subscribe</a></li><li><a>Sign in</a></li></ul>
</header>
<div data-f><ul><li><a>Local news</a></li><li><a>Crime</a></li><li><a>Politics</a></li><li><a>Health</a></li>
<li><a>Education</a></li></ul></div>
<div data-f><div>Trending</div><ul><li><a>Bypass closed overnight for resurfacing</a></li>
<li><a>School uniform shop to shut after 60 years</a></li></ul></div>
<div data-f><a>News</a></div>
<h1>Fire at county record office: parish registers saved, tithe maps damaged</h1>
<div>By Helen Marsh, Heritage Correspondent</div>
<div>Tuesday 4 March 2025, 6:15 pm</div>
<div data-f><a>Share</a><a>Comments</a></div>
<p>Firefighters spent four hours on Monday night bringing a blaze under control at the county record
office in Dorchester, where the strongrooms hold parish registers going back to 1538.</p>
<p>The fire started in a plant room on the roof, the fire service said, and spread into the search room
below before it was contained. Nobody was in the building.</p>
<div data-f><div>Read more</div><a>Record office opening hours cut to three days a week</a></div>
<p>The county archivist, Dr Priya Nair, said on Tuesday that every parish register had been checked and
none was touched by fire or water. The tithe maps, kept in a separate map store, were less lucky:</p>
<blockquote>"Eleven of the maps were wet when we got to them. They are frozen now, and we will dry them
slowly over the coming months. Nothing is lost that we cannot get back."</blockquote>
<h2>What was in the store</h2>
<p>The map store held, according to the office's own catalogue, the following classes of record:</p>
<ul><li>Tithe maps</li><li>Enclosure awards</li><li>Estate surveys</li><li>Turnpike plans</li></ul>
<p>Volunteers from the county's family history society have offered to help with the listing once the
conservators have finished.</p>
<div data-f><div>Advertisement</div></div>
<div data-f><a>Share</a><a>Facebook</a><a>X</a><a>Email</a></div>
<div data-f><div>More from News</div>
<div><a>Man charged after ram raid on village post office</a><div>By Tom Ellery</div>
<div>2 hours ago</div></div>
<div><a>Council tax to rise by 4.99 per cent</a><div>By Sarah Quill</div><div>5 hours ago</div></div>
<div><a>New bus timetable: what changes on the coastal route</a><div>By Tom Ellery</div>
<div>Yesterday</div></div>
<div><a>Lifeboat crew called out twice in one night</a><div>By Amy Todd</div><div>1 day ago</div></div>
</div>
<div data-f>23</div>
<div data-f><div>Comments</div></div>
<div data-f><div>Sort by</div><div>Newest</div></div>
<div><div>Gillingham Jack</div><div>3 hours ago</div>
<p>Glad the registers are safe. My whole family tree is in those books.</p></div>
<div data-f><a>Reply</a><a>Report</a></div>
<div><div>M. Fenwick</div><div>1 hour ago</div>
<p>Why was the plant room on the roof above the search room in the first place?</p></div>
<div data-f><a>Reply</a><a>Report</a></div>
<div data-f><a>Load more comments</a></div>
<footer data-f><div><a>Contact us</a></div><div><a>Advertise</a></div><div><a>Privacy notice</a></div>
<div><a>Cookie settings</a></div><div>© 2025 Wessex Courier Ltd</div></footer>
</body></html>"""


def encyclopedia_canal_page() -> str:
    """An encyclopedia article on a canal, with the site's menus, tools and navigation box."""
    return """<html><body>
<div data-f><a>Jump to content</a></div>
<div data-f><ul><li><a>Main page</a></li><li><a>Contents</a></li><li><a>Current events</a></li>
<li><a>Random article</a></li><li><a>About</a></li><li><a>Contact us</a></li><li><a>Help</a></li></ul></div>
<div data-f><a>Search</a></div>
<div data-f><ul><li><a>Create account</a></li><li><a>Log in</a></li></ul></div>
<div data-f><div>Contents</div><ul><li><a>(Top)</a></li><li><a>1 Construction</a></li>
<li><a>2 Traffic</a></li>
<li><a>3 Decline</a></li><li><a>4 References</a></li></ul></div>
<h1>Kennet and Thames Junction Canal</h1>
<div data-f><a>12 languages</a></div>
<div data-f><ul><li><a>Article</a></li><li><a>Talk</a></li><li><a>Read</a></li><li><a>Edit</a></li>
<li><a>View history</a></li><li><a>Tools</a></li></ul></div>
<p>The Kennet and Thames Junction Canal was a short canal in Berkshire, England, opened in 1794 to carry
barges between the River Kennet and a wharf on the Thames above the town bridge.</p>
<h2>Construction<span data-f>[edit]</span></h2>
<p>The act for the canal was passed in 1791. The engineer was John Pinkerton, who had worked on the
Basingstoke Canal, and the cost of the works came to about £9,000, half as much again as the estimate.</p>
<h2>Traffic<span data-f>[edit]</span></h2>
<p>Tonnage figures survive for only a few years. The main cargoes carried, in order of weight, were:</p>
<ul><li>Coal</li><li>Malt</li><li>Timber</li><li>Stone</li></ul>
<table><tr><th>Year</th><th>Tons</th></tr><tr><td>1801</td><td>14,210</td></tr><tr><td>1811</td><td>17,940</td></tr>
</table>
<h2>Decline<span data-f>[edit]</span></h2>
<p>Railway competition after 1841 took most of the coal trade, and the canal was closed by an order of 1869.
Part of its line is now a footpath.</p>
<h2>References<span data-f>[edit]</span></h2>
<ol><li>Hadfield, C. (1970). The Canals of South and South East England. p. 212.</li>
<li>Berkshire Record Office, D/EX 1180/3.</li></ol>
<div data-f><table><tr><td><a>v</a> <a>t</a> <a>e</a></td></tr>
<tr><td>Canals of Berkshire</td></tr>
<tr><td><a>Kennet and Avon Canal</a> · <a>Wilts and Berks Canal</a> ·
<a>Kennet and Thames Junction Canal</a></td></tr>
</table></div>
<div data-f>Categories: <a>Canals in Berkshire</a> | <a>Canals opened in 1794</a></div>
<div data-f><div>This page was last edited on 2 January 2025, at 10:41 (UTC).</div>
<div><a>Privacy policy</a></div><div><a>About</a></div><div><a>Disclaimers</a></div>
<div><a>Mobile view</a></div></div>
</body></html>"""


def magazine_essay_page() -> str:
    """An online history magazine's essay with a sidebar of popular pieces and a newsletter box."""
    return """<html><body>
<header data-f><div><a>Past Lives</a></div><div><a>Menu</a></div>
<ul><li><a>Ancient</a></li><li><a>Medieval</a></li><li><a>Early modern</a></li><li><a>Modern</a></li>
<li><a>Podcast</a></li><li><a>Shop</a></li></ul>
<div><a>Subscribe</a></div><div><a>Search</a></div></header>
<div data-f><a>Home</a> › <a>Modern</a> › <a>Social history</a></div>
<h1>The paper pattern: how home dressmaking reached every town</h1>
<div>Written by Dr Anna Whitcombe</div>
<div>Published: 12 February 2025</div>
<div data-f>7 min read</div>
<p>Paper patterns were sold by post from the 1850s, but it was the cheap weekly magazines of the 1890s that
put them into ordinary homes, printed on tissue and folded into the back pages.</p>
<h2>A shilling a time</h2>
<p>A pattern cost a shilling or less, and a woman who could not afford a dressmaker could copy the fashions
she saw in the shop windows of the nearest market town.</p>
<p>Notice printed in a pattern envelope of 1902:</p>
<blockquote>Cut carefully along the outer line. Allow for turnings. Do not press the tissue with a hot
iron.</blockquote>
<p>Such notices say a good deal about the skills their makers took for granted.</p>
<div data-f><div>Tags</div><a>Fashion</a> <a>Women</a> <a>Victorian</a></div>
<div data-f><div>Enjoyed this article?</div>
<div>Sign up to our newsletter for weekly stories from the past.</div>
<div>Email address</div><div><a>Sign up</a></div></div>
<div data-f><div>Most popular</div><ol>
<li><a>The winter the Thames froze solid</a></li>
<li><a>Why medieval peasants ate so much pottage</a></li>
<li><a>Ten objects that tell the story of the Blitz</a></li></ol></div>
<div data-f><div>You may also like</div>
<div><a>Knitting for victory: wool and the home front</a><div>Dr Jane Pike</div><div>4 days ago</div></div>
<div><a>The rise and fall of the department store</a><div>Mark Oduya</div><div>2 weeks ago</div></div></div>
<div data-f><div>0 comments</div><div>Be the first to share your thoughts.</div></div>
<footer data-f><div><a>About us</a></div><div><a>Write for us</a></div><div><a>Terms and conditions</a></div>
<div>© Past Lives Media 2025</div></footer>
</body></html>"""


def german_local_paper_page() -> str:
    """A German local paper's article on a town's new museum, with its menus and other stories."""
    return """<html><body>
<header data-f><div><a>Lahn-Bote</a></div><ul><li><a>Startseite</a></li><li><a>Lokales</a></li>
<li><a>Sport</a></li><li><a>Kultur</a></li><li><a>Anzeigen</a></li><li><a>Abo</a></li><li><a>Anmelden</a></li></ul>
</header>
<div data-f><a>Lokales</a> › <a>Wetzlar</a></div>
<h1>Stadtmuseum zeigt die Geschichte der Optikindustrie</h1>
<div>Von Markus Engel</div>
<div>05.03.2025, 14:20 Uhr</div>
<p>Das neue Stadtmuseum in Wetzlar öffnet am Samstag seine Dauerausstellung zur Geschichte der optischen
Industrie, die die Stadt seit dem neunzehnten Jahrhundert geprägt hat.</p>
<p>Gezeigt werden Mikroskope, Ferngläser und Kameras aus den Werkstätten der Stadt, dazu Briefe und
Lohnbücher, die ehemalige Beschäftigte dem Museum überlassen haben.</p>
<h2>Öffnungszeiten</h2>
<p>Das Museum ist dienstags bis sonntags von 10 bis 17 Uhr geöffnet. Der Eintritt ist am
Eröffnungswochenende frei.</p>
<div data-f><a>Teilen</a><a>Drucken</a></div>
<div data-f><div>Auch interessant</div>
<div><a>Brückensanierung dauert länger als geplant</a><div>vor 3 Stunden</div></div>
<div><a>Stadtbücherei verlängert Öffnungszeiten</a><div>vor 1 Tag</div></div>
<div><a>Neuer Radweg entlang der Lahn eröffnet</a><div>vor 2 Tagen</div></div></div>
<div data-f><div>Kommentare</div><div>Noch keine Kommentare vorhanden.</div></div>
<footer data-f><div><a>Impressum</a></div><div><a>Datenschutz</a></div><div><a>Kontakt</a></div>
<div>© 2025 Lahn-Bote</div></footer>
</body></html>"""


S8 = {
    "county-news": county_news_page,
    "encyclopedia-canal": encyclopedia_canal_page,
    "magazine-essay": magazine_essay_page,
    "german-local-paper": german_local_paper_page,
}
