"""Web-capture clean-up: removing page furniture from text copied or saved from a web page.

Previewed (the UI shows every line it would remove, with the reason), and precision comes first: no line
the author wrote may go. A line goes only on evidence the capture itself gives, not on a list of sites:

- its **shape**: an "[edit]" link, a counter ("8 pages, 0 posts", "1656 Words7 Pages", "3 comments on …"),
  a bar of short links ("Home | About | Contact", breadcrumbs "Home › History"), navigation whose links
  were pasted without spaces ("StalinismStalinismMain"), an avatar's alt text, a source label ("from
  Wikipedia"), an empty-state or comment prompt ("No comments yet.", "Be the first to start a discussion
  here."), a call to donate or subscribe ending in "Click here", a copyright or licence line *with* a
  year or a © sign (never a sentence that begins "Copyright law…", never "(c) the grain is…");
- its **repetition**: a short line at both the top and the bottom of the capture (a site banner); a run of
  three short lines the page prints again in the same order (its menu for the desktop and the phone, in
  the header and the footer, in any language), outside the article's prose or, among it, where its own
  copy holds an interface word (a share bar above and below the article); a short line the shape rules
  found to be a control elsewhere ("« Vorige | Nächste »" said again), unless in the article's words;
- its **script**: Chinese and Japanese lines are counted by characters (two to a word) and their prose
  ends in "。", so menus, headlines and paragraphs of such pages are told apart as in other languages;
- its **position**: the page's head and tail chrome (before the first and after the last line of running
  prose): the logo (a first line none of whose words the article uses, followed by other furniture),
  the site's name and motto above its navigation, a "Related …" block of links, tab and section labels
  ("Discussion", "Pages"), buttons of a few words ("Edit hub"), comment prompts, the footer's links after
  a licence or revision line, a user's name beside its avatar; a capitalised source label ("From
  Wikipedia") goes in the chrome, or where labels of different sources stand above one title (a hub);
- a SMALL set of generic interface words as whole lines ("Share", "Back to top", "Log in", "Reply"). In
  the middle of the text such a word goes only when it is not an item of a list of short lines (so
  "Print", "Radio", "Film" as a list of media stays), and a single word only beside other furniture or
  when the page repeats it ("Reply" under each reader comment; not "Reply" in a transcript);
- its **neighbours**, once the lines above are found: a short line with furniture on both sides ("Share"
  / "Improve this answer" / "Follow"), up to three such lines or a run of link texts in the chrome (a
  sidebar, a footer), a "Tags"/"Categories" label with its items, a table of contents beside its widget,
  a count or a button beside furniture. The chrome reaches past its own sentences ("Take your favorite
  fandoms with you…": far from the article, in words it does not use), but only for these rules, and
  those sentences stay (a reader's comment can look the same). These rules never take a table row, a
  dated line, a URL, the line above a time stamp (a post's author, also above a forum's rank and post
  count) or under it (a reader's comment, however short: "Thank you!"), a record's field with its value
  ("Author" / "Conquest, Robert."), a heading or title that prose follows or the page's contents list
  names, or a line most of whose words the article uses. A run of links stops short of what begins the
  article (its title under the menu, a record's "Details" heading); above the article a long menu goes
  even where its items are the article's words ("News", "World");
- its **zone**: the article is the longest cluster of running prose, clusters being parted by a gap of six
  short lines or more with furniture or interface words in it ("Share", "Tweet") or four headlines of other
  stories in a row (a "Most popular" list, which counts as two such pieces), or by a column of twenty short
  lines in a row (a numbered contents list and table rows with tabs are no such column); such a column outside
  the prose also marks a web page when few interface words are found. The cluster ends above a column of
  three or more teasers closing it (short paragraphs led by a headline or kicker, mostly not the article's
  words), which count as prose when long. After the article's end, runs of short
  link-like lines (headlines of other stories up to 18 words, "Most read", sponsored links, the footer's
  columns) go: three with furniture among them, or four. Before its start, runs of link texts of up to four
  words go alike (before all of the prose also headlines and labels of the page's columns, and between
  clusters of prose headlines of three words or more under a third of which are the article's), but not the
  eight lines right above the article (its title, standfirst, byline, date, caption) nor a line that its head
  or body says again (its title in a hub's column). Right after the article's end (or under an "External
  links[edit]" heading) a run begins only at furniture or an interface word, so a list closing the article and
  its references stay; and the guards of the tail hold everywhere: sentences, dated lines, a reader's name
  above a date (also past the counts of their profile), a card's headline between two dates goes but a
  reader's words under a date stay, a heading that prose follows, a name the page gave above the article; a
  headline right above a byline ("By NAME …") is the article's title, however far from its prose. Between two
  of the article's paragraphs a series of teasers goes: a label of a few words and two to five headlines whose
  words are mostly not the article's, the line right above a paragraph left as its heading;
- the controls of viewers, shelves and pagers ("Zoom in", "Want to Read", "Page 12 of 340", "‹", a row
  of stars, "4.2 (38 ratings)"), previous / next links with the titles of the posts they name, archive
  and category lists with their counts ("March 2023", "Famine (12)");
- an advertisement's label ("Advertisement", "Anzeige", "Sponsored", "report this ad"; "Advertising" only
  when said over more than one slot, a sponsor glued to its advertiser), a control's word with its count
  ("Like 24", "tweet0"), a call to click with what it opens ("Click here to watch video: …", "11Comments.
  Click to view comments"); after the article's end a run of links also begins at the label of a column of
  other stories ("Most Popular", "We Recommend"), and a card's date (a date alone, a headline after it)
  goes with it. The article's title, taken with the menus around it by the rules of neighbours, stays when
  the page says it again where the article begins (an infobox's header); a post's author is looked for up
  to five lines above its date (a forum's rank and profile counts between them);
- a share bar's buttons and icons ("Share this on Facebook", "Share All sharing options", "Icon Drucker"),
  a shop's price button ("$350 at Amazon"), an affiliate note, a newsletter's sign-up box "… to your
  inbox" (never a sentence on the newsletter); under a label of other stories, cards signed by their
  authors (a headline, a sentence, names), whatever their words; a source line ("Quelle: Vivaldi") stays;
- a site's **pattern said over and over**, in any language: an ad slot's label or a share bar printed three
  times or more; a column of cards each signed with names and a date (or a reading time), headlines of
  other stories between the signatures and no sentence (reader comments stay); a ranking under the article
  ("1." / headline, "2." / headline); three cards or more in a row "Kicker | Headline"; a teaser box among
  the article's paragraphs (a kicker, then its headline twice); above the article, a bar of menu items the
  page printed before in the same order (not the article's headings); a comment's bar of capitalised
  buttons under each comment's date ("Report Reply"); the article's title and first paragraph said again
  as a pair further down (a share or e-mail dialog's preview); a widget of four lines or more printed
  twice line for line with controls in each copy (no prose, dates or unfound names in it); a card said
  twice whose headline asks or trails off ("…?", "..."), beside a column of such cards;
- lines a run of furniture **left behind** outside the article: before the page's first paragraph or
  after the article's span, a short line with three furniture lines on each side (a menu item the article
  happens to use), and in the tail two to four headlines with two on each side (one asking a question or
  naming a year), never a sentence, a date, a quotation, a figure with its noun, a source, a reader's
  words or what the article's head says; a line that opens with the © sign and a name is a copyright
  notice in any language;
- its **context**, last and only on a page the rules above found to be a web capture: jusText's reading
  of the lines (``webcontext``): a short line whose nearest content-or-furniture lines on both sides are
  furniture, or that stands in the tail between the article and furniture, goes, under the same guards.

``looks_like_web_capture`` tells whether clean-up should be proposed for a file (the import dialog ticks
it and shows the preview; the CLI reports ``web_capture_detected``). Measured on invented captures with
every line labelled, some written before the rules were read (``tests/benchmarks/measure_webclean.py``),
and on real saved pages, Mozilla Readability's test set (``tests/benchmarks/measure_webclean_real.py``).

The rules live in modules by kind of furniture; only the names below are the package's surface:

- ``lines``: what every rule asks of a line (its words, a sentence, prose, a date, a name);
- ``words``: the interface's words and labels in the languages measured;
- ``shapes``: furniture by a line's own shape (counters, pagers, banners, copyright lines, bars of links);
- ``page``: the capture read as a page, with a record's fields and a table's cells that rules must not cut;
- ``comments``: a comment area (a post's author and date, the reader's words, a user's name, prompts);
- ``guards``: what the rules of neighbours never take, and where the article begins;
- ``chrome``: the page's head and tail (banners, logo, site name, footer links, the chrome's own sentences);
- ``widgets``: buttons, counters, tags and archive lists, contents widgets, advertising labels;
- ``zone``: the article's zone and the runs of links before and after it;
- ``teasers``: other stories (related blocks, cards, teaser series, lists of headlines);
- ``menus``: menus and navigation, said twice, above the article or outside its zone;
- ``appeals``: the site's own appeals closing the page (membership, donation, subscription and newsletter
  pitches written as sentences, speaking to the reader or for the site, in words the article does not use);
- ``repeats``: a site's pattern said over and over (slot labels, signed card columns, rankings, kicker
  cards, teaser boxes, a menu's sections said again, comment bars, a preview's title and lead, a box
  printed twice);
- ``gaps``: lines a run of furniture left behind before or after the article;
- ``gate``: whether the context layer runs, and its guards;
- ``siblings``: a site's repetition across several captures (lines other captures of the site say again
  outside their articles), when the captures of a site are cleaned together;
- ``clean``: the orchestrating pass (``furniture``), ``clean_web`` and ``looks_like_web_capture``.
"""

from annotator.io.importers.webclean.clean import (
    CleanResult,
    RemovedLine,
    clean_web,
    furniture,
    looks_like_web_capture,
    site_capture,
    web_capture_alone,
)
from annotator.io.importers.webclean.siblings import SiteCapture, host_of

__all__ = [
    "CleanResult",
    "RemovedLine",
    "SiteCapture",
    "clean_web",
    "furniture",
    "host_of",
    "looks_like_web_capture",
    "site_capture",
    "web_capture_alone",
]
