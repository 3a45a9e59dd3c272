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
  the prose also marks a web page when few interface words are found. After the article's end, runs of short
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
- its **context**, last and only on a page the rules above found to be a web capture: jusText's reading
  of the lines (``webcontext``): a short line whose nearest content-or-furniture lines on both sides are
  furniture, or that stands in the tail between the article and furniture, goes, under the same guards.

``looks_like_web_capture`` tells whether clean-up should be proposed for a file (the import dialog ticks
it and shows the preview; the CLI reports ``web_capture_detected``). Measured on invented captures with
every line labelled, some written before the rules were read (``tests/benchmarks/measure_webclean.py``),
and on real saved pages, Mozilla Readability's test set (``tests/benchmarks/measure_webclean_real.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from annotator.domain.structure.articles import is_prose as _spaced_prose
from annotator.domain.structure.articles import source_label, strong_label
from annotator.io.importers.webcontext import article_zone, context_furniture, stoplist_for

# Footer links and controls that can also be a document's own heading ("TERMS AND CONDITIONS" of a
# licence): they go, as a single word does, only beside other furniture or repeated on the page.
_WEAK = frozenset(
    {
        *("privacy", "privacy policy", "terms", "terms of use", "terms of service", "terms and conditions"),
        *("contact us", "about us", "accessibility", "sitemap", "help", "faq", "rss", "newsletter"),
        *("previous", "next", "table of contents"),
        # The same footer links of German and French pages.
        *("impressum", "datenschutz", "datenschutzerklärung", "kontakt", "agb", "hilfe", "archiv"),
        *("archive", "archives", "startseite", "anfahrt"),
        *("nutzungsbedingungen", "über uns", "mediadaten", "barrierefreiheit", "inhaltsverzeichnis"),
        *("mentions légales", "plan du site", "nous contacter", "contactez-nous", "contact", "à propos"),
        *("qui sommes-nous", "aide", "confidentialité", "politique de confidentialité", "accessibilité"),
        *("conditions générales d'utilisation", "précédent", "suivant", "sommaire", "accueil"),
    }
)
# Whole lines that are buttons, links or labels of a web page, compared case-insensitively.
FURNITURE = frozenset(
    {
        "[edit]",
        "edit",
        "edit source",
        "view source",
        "view history",
        "open search",
        "search",
        "close search",
        "share",
        "share this",
        "share this article",
        "share this story",
        "share this page",
        "tweet",
        "print",
        "print this page",
        "email",
        "email this",
        "back to top",
        "top",
        "skip to content",
        "skip to main content",
        "jump to navigation",
        "jump to search",
        "jump to content",
        "menu",
        "main menu",
        "navigation menu",
        "toggle navigation",
        "open menu",
        "close menu",
        "log in",
        "login",
        "sign in",
        "sign up",
        "register",
        "subscribe",
        "follow",
        "unfollow",
        "advertisement",
        "sponsored",
        "cookie settings",
        "accept cookies",
        "accept all cookies",
        "accept all",
        "reject all",
        "accept",
        "decline",
        "got it",
        "manage cookies",
        "read more",
        "continue reading",
        "open document",
        "download",
        "download pdf",
        "related articles",
        "related posts",
        "you may also like",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "pinterest",
        "reddit",
        "reply",
        "permalink",
        "hide",
        "show",
        "(top)",
        "post comment",
        "leave a reply",
        "leave a comment",
        "add a comment",
        "about author",
        "about the author",
        "like",
        "like this",
        "loading",
        "loading…",
        "loading...",
        "cancel reply",
        "name",
        "website",
        "comment",
        "submit",
        "cite",
        "feedback",
        "about this article",
        "about this page",
        # Generic controls of forums, comment threads, sharing and cookie banners, and the footer's links.
        "quote",
        "jump to",
        "more",
        "upload",
        "donate",
        "favorite",
        "favourite",
        "bookmark",
        "save",
        "copy link",
        "print article",
        "share article",
        "manage preferences",
        "cite this",
        "show all",
        "show more",
        "see all",
        "view all",
        "toggle the table of contents",
        "toggle table of contents",
        "sort by",
        # Shelving and rating an item, an image viewer's and a player's controls, a cookie bar's buttons.
        *("want to read", "currently reading", "add to shelf", "add to list", "add to my list", "rate it"),
        *("rate this", "rate this book", "rate this item", "add to favorites", "add to favourites", "flag"),
        *("full screen", "fullscreen", "exit full screen", "zoom", "zoom in", "zoom out", "rotate", "embed"),
        *("rotate left", "rotate right", "thumbnails", "thumbnail view", "one-page view", "two-page view"),
        *("previous image", "next image", "previous page", "next page", "first page", "last page"),
        *("read aloud", "play", "pause", "mute", "unmute", "autoplay", "skip ad", "resize text"),
        *("more options", "ok", "okay", "more info", "more information", "dismiss", "allow all", "i agree"),
        *("no thanks", "close", "undo", "delete", "invite", "unflag", "flagged", "go to permalink"),
        "undismiss",
        "sorted by",
        # A blog's comment area and post navigation, in English, German and French
        *("comments are closed", "comments are closed.", "kommentare sind geschlossen"),
        *(
            "kommentare sind geschlossen.",
            "die kommentarfunktion ist geschlossen.",
            "schreibe einen kommentar",
        ),
        *("hinterlasse einen kommentar", "kommentar verfassen", "beitrags-navigation", "beitragsnavigation"),
        *("les commentaires sont fermés.", "les commentaires sont fermés", "laisser un commentaire"),
        *("navigation des articles", "hinterlassen sie einen kommentar"),
        # Blogger's comment area, post links and search box, in German, English and French.
        *("antwortenlöschen", "replydelete", "répondresupprimer", "kommentar hinzufügen", "add comment"),
        *("ajouter un commentaire", "weitere laden", "load more", "diesen blog durchsuchen"),
        *("search this blog", "rechercher dans ce blog", "auf instagram folgen", "follow on instagram"),
        # The fields, buttons and feeds of a blog's comment form in German and French (single words only
        # beside other furniture, as every single word).
        *("kommentar", "webseite", "abbrechen", "gravatar", "commentaire", "nom", "site web", "annuler"),
        *("adresse de messagerie", "adresse e-mail", "beitrags-feed (rss)", "beitragsfeed (rss)"),
        *("kommentare als rss", "kommentar-feed (rss)", "flux rss des billets", "flux atom des billets"),
        *("flux rss des commentaires", "flux atom des commentaires"),
        # German pages' buttons, links and prompts (their footer links are in _WEAK).
        *("menü", "hauptmenü", "navigation öffnen", "suche", "suchen", "anmelden", "abmelden", "einloggen"),
        *("registrieren", "teilen", "artikel teilen", "beitrag teilen", "teile diesen beitrag", "drucken"),
        *("druckansicht", "e-mail", "antworten", "kommentieren", "kommentar schreiben", "kommentare lesen"),
        *("zur startseite", "nach oben", "zum inhalt", "zum inhalt springen", "weiterlesen", "mehr lesen"),
        *("mehr anzeigen", "alle anzeigen", "mehr", "abonnieren", "newsletter abonnieren", "schließen"),
        *("mehr zum thema", "das könnte sie auch interessieren", "ähnliche artikel", "verwandte artikel"),
        *("alle akzeptieren", "akzeptieren", "ablehnen", "einstellungen", "cookie-einstellungen", "werbung"),
        *("link kopieren", "merken", "vorlesen", "zurück", "weitere artikel", "meistgelesen"),
        # French pages' buttons, links and prompts.
        *("rechercher", "recherche", "se connecter", "connexion", "se déconnecter", "déconnexion"),
        *("s'inscrire", "inscription", "s'abonner", "abonnez-vous", "partager", "partager cet article"),
        *("imprimer", "répondre", "commenter", "lire la suite", "lire plus", "voir plus", "voir tout"),
        *("fermer", "accepter", "tout accepter", "tout refuser", "refuser", "retour en haut", "haut de page"),
        *("aller au contenu", "envoyer", "à lire aussi", "lire aussi", "voir aussi", "articles similaires"),
        *("sur le même sujet", "publicité", "copier le lien", "paramètres des cookies", "les plus lus"),
        *(
            "aller au menu principal",
            "aller au contenu principal",
            "aller au contenu",
            "aller au pied de page",
        ),
        *("aller à la navigation", "télécharger", "télécharger l'article", "télécharger au format pdf"),
        *("télécharger au format epub", "télécharger en pdf", "zur navigation", "zum hauptmenü"),
        *("zum seitenende", "herunterladen", "als pdf herunterladen", "pdf herunterladen", "artikel drucken"),
        *_WEAK,
    }
)
# Section labels of the page's own widgets: furniture only in the head or tail chrome, where no article
# text is (an academic article's "Discussion" section is followed by its prose).
_CHROME_LABELS = frozenset(
    {
        *("discussion", "discussions", "comments", "responses", "talk", "read", "article", "main"),
        *("pages", "posts", "about", "members", "activity", "home", "more", "tools", "languages", "reviews"),
    }
)
# A button of a few words: a verb of the interface and what it acts on ("Edit hub", "Add a page").
_BUTTON = re.compile(
    r"(?:edit|add|remove|delete|report|save|bookmark|follow|unfollow|subscribe|share|print|download|view|search|"
    r"open|close|show|hide|create|join|invite|sign up|log in|sign in|log out|sign out|start|visit|"
    r"explore)"
    r"(?:\s+(?:a|an|the|this|to|on|in|for|as))?(?:\s+\w+)?",
)

# Banners that are a link of a few words: never a sentence ("More about format of data file in …. Some").
_LINK_BANNERS = (
    "blog comments powered by ",  # a comment widget's credit line
    "comments powered by ",
    "make your own free website",
    "create your own free website",
    "create a free website",
    "powered by ",
    "proudly powered by",
    "skip to ",
    "more about ",
)
_BANNER_PREFIXES = (
    *_LINK_BANNERS,
    "this site uses cookies",
    "this website uses cookies",
    "we use cookies",
    "text is available under the creative commons",
    "content is available under",
    "your email address will not be published",
    "save my name, email, and website",
    # A blog's comment form in German and French: its notice on the address and its spam filter's line.
    *("deine e-mail-adresse wird nicht veröffentlicht", "ihre e-mail-adresse wird nicht veröffentlicht"),
    *("votre adresse de messagerie ne sera pas publiée", "votre adresse e-mail ne sera pas publiée"),
    *("votre adresse email ne sera pas publiée", "this site uses akismet to reduce spam"),
    *("diese website verwendet akismet, um spam zu reduzieren", "ce site utilise akismet pour réduire"),
    "meinen namen, e-mail und website in diesem browser speichern",
)
_BANNER_WORDS = 80
# "We use some essential cookies to make this website work. …"
_COOKIE_BANNER = re.compile(
    # under a hosted blog's label: "Privacy & Cookies: This site uses cookies.", "Datenschutz & Cookies: …"
    r"(?:(?:privacy|datenschutz|confidentialité) (?:&|und|et) cookies ?: ?)?"
    r"(?:(?:we|this (?:site|website)) uses? (?:some |only |essential |a few |small )*cookies\b"
    # German and French pages' notices: "Diese Website nutzt Cookies", "Ce site utilise des cookies"
    r"|(?:diese (?:website|webseite|seite)|wir) (?:nutz|verwend|benutz)(?:t|en|et) cookies\b"
    r"|(?:ce site|nous) (?:utilise|utilisons) des cookies\b)"
)

_COUNT_NOUNS = (
    r"words?|pages?|posts?|comments?|views?|likes?|repl(?:y|ies)|shares?|followers?|following|members?|"
    r"articles?|reads?|votes?|points?|reactions?|responses?|subscribers?|hubs?|min(?:ute)?s?(?:\s+read)?|"
    r"languages?|answers?|thoughts|guests?|downloads?|favou?rites?|talks?|online|ratings?|reviews?|stars?|"
    r"faves?|visits?|saves?|citations?|readers?|listens?|plays?|messages?|"
    # German and French pages' counts ("71 Kommentare", "128 Beiträge", "12 commentaires")
    r"kommentare?|beitr[äa]ge?|antworten|aufrufe|leser(?:innen)?|commentaires?|r[ée]ponses?|vues|partages|"
    r"lectures?|j'aime"
)
_COUNT = rf"\d[\d,.]*\s*[kKmM]?\s*(?:{_COUNT_NOUNS})(?![a-z])"
_NOUN_COUNT = rf"(?:{_COUNT_NOUNS})\s*:\s*\d[\d,.]*[kKmM]?"
_COUNTER = re.compile(
    rf"(?:{_COUNT})(?:\s*[,·|•/]?\s*(?:{_COUNT}))*"
    r"(?:\s+(?:on|to)\s+[“\"'‘].{0,150})?"  # "3 comments on “Stalinism: …”"
    r"|(?:[\w-]+,?(?:\s+[\w-]+,?){0,3}\s+)?\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago"
    r"|[•·]?\s*\d+\s*(?:s|m|h|d|w|y|mo|min|hr|hrs|yr|yrs|mth|wk|wks)\.?\s+ago"  # "• 3 yr. ago", "3y ago"
    r"|(?:viewed|read|seen|downloaded|played)\s+\d[\d,.]*\s*[kKmM]?\s+times"  # "Viewed 2k times"
    rf"|(?:{_COUNT_NOUNS}|discussion)\s*\(\s*\d[\d,.]*[kKmM]?\s*\)"  # "Comments (14)", "Talk (0)"
    # "avg rating", "Average rating: 4.1"
    r"|(?:\d[\d.,]*\s*)?(?:avg\.?|average)\s+rating(?:\s*:?\s*\d[\d.,]*)?"
    r"|\d(?:[.,]\d+)?\s*\(\s*\d[\d,.]*[kKmM]?\s*(?:ratings?|reviews?|votes?)\s*\)"  # "4.2 (38 ratings)"
    r"|(?:shelved|saved|liked|read|rated|followed|bookmarked|added) by \d[\d,.]*[kKmM]?\s*"
    r"(?:members|people|users|readers|others)"  # "Shelved by 5,430 members"
    # A pager: "3 of 24", "2 / 6", "Page 12 of 340" (not "58/42" in a table of temperatures)
    r"|(?:(?:page|image|photo|picture|slide|item|result|record)\s+)?\d{1,5}\s+(?:of|/)\s+\d{1,6}"
    # A reading time: "Lesezeit: 4 Min.", "Temps de lecture : 3 min", "Reading time: 5 minutes"
    r"|(?:lesezeit|lesedauer|temps de lecture|reading time)\s*:?\s*(?:ca\.\s*)?\d{1,3}\s*"
    r"(?:min(?:uten|utes?)?\.?)"
    r"|(?:bild|foto)\s+\d{1,3}\s+von\s+\d{1,3}",  # an image viewer's pager, German: "Bild 1 von 9"
    re.IGNORECASE,
)


def _rule(pattern: str, reason: str) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern, re.IGNORECASE), reason


_PATTERNS = (
    _rule(r"\[\s*(?:edit|edit source|edit \| edit source|change|change source)\s*\]", "edit link"),
    (_COUNTER, "counter"),
    _rule(r"(?:share|follow us) on \w+(?:\s*(?:,|and|or|\|)\s*\w+)*", "share button"),
    _rule(
        r"(?:be the first(?: one)? to|start a|join the)\s.{0,40}"
        r"\b(?:comment|discussion|review|conversation)s?\b.{0,30}"
        r"|be the first(?: one)? to (?:like|rate|review|reply|answer|respond|share|vote)\b.{0,30}",
        "empty prompt",
    ),
    _rule(
        r"(?:enter|type|write) (?:your|a) (?:comment|reply|message|review|response)\b.{0,20}"
        r"|(?:fill in|enter) your (?:details|name|email)\b.{0,80}"
        r"|no (?:comments|replies|posts|discussions?|reviews|responses)(?: yet| here)*[.!]?"
        r"(?:\s+be the first.{0,40})?",
        "empty prompt",
    ),
    _rule(rf"{_NOUN_COUNT}(?:\s*[,·|•]?\s*{_NOUN_COUNT})*", "counter"),  # "Posts: 0 · Pages: 8"
    _rule(
        r"(?:you (?:must|need to|have to) |please )?(?:log|sign) (?:in|up)"
        r"(?: or (?:register|sign up|create an account))? to "
        r"(?:comment|reply|post|join|vote|continue|follow|edit)\b.{0,40}",
        "empty prompt",
    ),
    _rule(
        r"(?:there (?:are|is) )?no (?:comments|replies|posts|discussions?|reviews|responses|answers)"
        r"(?: yet| here)*[.!]?\s+be the first\b.{0,60}",
        "empty prompt",
    ),
    # When the page or the user's profile changed, not when the text was written (a byline stays, and so
    # does an article's own "Last updated March 3, 2019" under its title: only the page's goes).
    _rule(
        r"(?:joined|member since|registered|page\s+last\s+(?:updated|modified|reviewed)"
        r"|last\s+(?:seen|active))"
        r"\s*:?\s+[\w ,:./+-]{0,40}\d[\w ,:./+-]{0,20}",
        "date stamp",
    ),
    _rule(
        r"(?:previous|next|older|newer)\s+(?:posts?|articles?|stor(?:y|ies)|entry|entries|page|items?|topics?|threads?"
        r"|images?|photos?|pictures?|slides?|chapters?|episodes?|issues?|records?|results?)\s*[→›»]?"
        r"|[←‹«<]\s*(?:previous|next|older|newer|back)\b.{0,60}"
        r"|(?:back|return) to (?:the )?"
        r"(?:results?|search(?: results)?|list|set|gallery|album|collection|overview)\b.{0,40}"
        r"|(?:posts?|comments?|page)\s+navigation|improve this (?:question|answer|post|article|page)"
        r"|(?:was|is) this (?:page|article|answer|post|information) (?:helpful|useful)\??"
        r"|is there anything wrong with this (?:page|article|record)\??"
        r"|(?:load |show |view |hide )?(?:\d+ )?more (?:replies|comments|answers)\s*[.…]*"
        r"|(?:discussion|comments|responses|conversation)\s+(?:about|on)\s+this\s+(?:post|article|story|page)",
        "page furniture",
    ),
    _rule(
        r"by (?:clicking|signing up|subscribing|registering|continuing|submitting|"
        r"using this (?:site|website))"
        r"\b.{0,200}?\byou (?:agree|accept|consent)\b.{0,200}",
        "consent notice",
    ),
    _rule(
        r"(?:manage|customi[sz]e|reject|accept|view)\s+(?:all\s+|non-essential\s+|optional\s+|additional\s+)?"
        r"(?:cookies|preferences|choices)|cookie (?:settings|preferences|policy|statement|notice)"
        r"|cookies on (?:this|our|the) (?:website|site)",
        "cookie banner",
    ),
    _rule(r"(?:[\w-]+\s+){0,2}content is available under\b.{0,200}", "licence line"),
    _rule(r"thanks for reading\b.{0,120}\bsubscribe\b.{0,150}", "call to action"),
    _rule(
        r"retrieved from\s+[\"“]?https?://\S+|this page was last (?:edited|modified) on\b.{0,80}|"
        r"(?:edit|view) (?:this \w+|history|source)(?:\s*[|·]\s*\w+(?:\s\w+)?)*",
        "edit or revision link",
    ),
    _rule(
        r"(?:[\w.-]+(?:\s[\w.-]+){0,3}['’]s\s+)?(?:user\s+)?(?:avatar|profile (?:picture|photo|image))"
        r"(?:\s+(?:of|for)\s+\S+)?",
        "avatar",
    ),
    _rule(r"(?:image|photo):\s*avatar\b.{0,30}", "avatar"),
    _rule(r"[\w.&'’-]+(?:\s[\w.&'’-]+){0,4}\s+logo", "logo"),  # an image's alt text: "Open Stacks logo"
    # Its items are short names between commas or bars, not a sentence ("tag: Output variable containing
    # the decoded tag (may be NULL)." in a manual).
    _rule(
        r"(?:hidden\s+)?(?:tags?|categories|filed under)\s*:\s*"
        r"[^,|;.()]{1,40}(?:\s*[,|;·]\s*[^,|;.()]{1,40}){0,15}[.]?",
        "label",
    ),
    _rule(r"(?:posted|filed) (?:in|under) [^.!?]{1,60}", "label"),
    # The label of an advertisement's slot, in the languages of the pages measured; never a heading of an
    # article (a section on advertising is "Advertising", which goes only when said again: _ad_labels).
    _rule(
        r"(?:advertisement|anzeige|reklama|publicit[ée]|publicidad|pubblicit[àa]|sponsored|sponsoris[ée]|"
        r"gesponsert|patrocinado|ad ?choices|report this ad)\s*:?|ads?\s*:",
        "advertisement label",
    ),
    _rule(r"learn more(?: about [^.!?]{1,40})?", "page furniture"),
    # A hosted blog's comment form, like button and follow box (WordPress.com's, in English and German).
    _rule(
        r"(?:like|gefällt mir) (?:loading|lade) ?(?:\.\.\.|…)?|"
        r"%d (?:bloggers like this|bloggern gefällt das)|"
        r"(?:enter your comment here|gib hier deinen kommentar ein) ?(?:\.\.\.|…)?|"
        r"fill in your details below or click an icon to log in|"
        r"trage deine daten unten ein oder klicke ein icon um dich einzuloggen|"
        r"(?:e-?mail|name) \((?:required|erforderlich)\)(?: \((?:address never made public|"
        r"adresse wird niemals veröffentlicht)\))?|"
        r"(?:you are commenting using your|du kommentierst mit deinem) [\w.+ -]{1,30}(?:account|-konto)\.? ?"
        r"\( ?(?:log out|abmelden) ?/ ?(?:change|ändern) ?\)|(?:connecting to|verbinde mit) %s|"
        r"(?:notify me of (?:new|follow-up) (?:comments|posts) (?:via|by) e-?mail|"
        r"benachrichtigung bei weiteren kommentaren per e-mail senden|"
        r"informiere mich über neue beiträge per e-mail)\.?|"
        r"(?:[^.!?]{0,40}[.|] )?(?:blog at|bloggen auf) wordpress\.com\.?|"
        r"benachrichtige mich über (?:nachfolgende kommentare|neue beiträge) (?:via|per) e-?mail\.?|"
        # Blogger's links under a post: "Neuerer Post Älterer Post Startseite", "Subscribe to: Post
        # Comments (Atom)"
        r"(?:neuerer post|newer posts?|article plus récent) +"
        r"(?:älterer post|older posts?|article plus ancien)"
        r"(?: +(?:startseite|home|accueil))?|"
        r"(?:abonnieren|subscribe to|s'abonner à) *:? *(?:kommentare zum post|post comments|posts|"
        r"commentaires sur l'article|publier des commentaires|kommentare|posts) *\( *atom *\)|"
        # An Instagram feed's pictures, by their alt text: "Instagram post 2192686567013773038_2288518709 …"
        r"instagram post \d{6,}_\d{3,}\b[^\n]{0,400}|"
        r"(?:create a free website or blog at|erstelle eine (?:kostenlose )?website(?: oder blog)?"
        r"(?: –| -)? (?:auf|mit)) wordpress\.com\.?|"
        r"(?:get every new post delivered to your inbox|"
        r"erhalte jeden neuen beitrag in deinen posteingang)\.?|"
        r"(?:join [\d,.]+ other followers|schließe dich [\d,.]+ (?:weiteren )?followern an)|"
        r"(?:folge|follow) [“„\"][^”“\"]{1,60}[”“\"]|mit anderen teilen|"
        r"(?:this entry was posted in|dieser (?:eintrag|beitrag) wurde veröffentlicht in) [^\n]{1,200}"
        r"(?:permalink|permanentlink|lesezeichen)[^.]{0,20}\.?",
        "page furniture",
    ),
    _rule(
        r"(?:read (?:more|the full article|the original)|continue reading|view (?:the )?original)"
        r"(?:\s+(?:on|at|in)\s+[^.!?]{1,40})?\s*[.…›»→]*",
        "page furniture",
    ),
    _rule(r"read (?:more|next|also)\s*:\s*[^.!?]{1,100}", "page furniture"),  # "Read more: <a headline>"
    _rule(
        r"(?:return|back) to\s+[“\"'‘][^”\"'’]{1,60}[”\"'’]|all times are (?:utc|gmt)\S*", "page furniture"
    ),
)
# The shapes above as one expression, so that a line is tried once (a long text has many lines).
_SHAPES = re.compile(
    "|".join(f"(?P<s{n}>{pattern.pattern})" for n, (pattern, _) in enumerate(_PATTERNS)), re.IGNORECASE
)
# A call to act, at the end of a short paragraph: "… please donate to New Politics. Click HERE".
_CALL_TO_ACTION = re.compile(
    r".{0,300}\bclick here[.!]?|like this (?:story|article|post)\?.{0,300}|"
    r"click here to \w+(?: \w+){0,3}[.!]?"
    # A link's call with what it opens: "Click here to watch video: …", "click to expand section …",
    # also after the count it shows ("11Comments. Click to view comments").
    r"|(?:\d[\d,.]*\s*(?:[^\W\d_]+[.:]?\s*)?)?click (?:here to \w+|to (?:watch|view|expand|read|see|play|"
    r"open|share|download|listen|show|hide|enlarge|zoom|collapse))\b[^.!?]{0,100}",
    re.IGNORECASE,
)
# A breadcrumb link on a line of its own, with its arrow: "Politics and Social Issues›".
_CRUMB = re.compile(r"[^.!?«»\d]{2,50}?\s*[›»]")
_EDIT_LINK = re.compile(r"\s*\[\s*edit(?:\s*\|\s*edit source| source)?\s*\]\s*$", re.IGNORECASE)
_NAV_SEPARATORS = re.compile(r"\s+[|·•∙»›‹>/]\s+|\s*[|·•∙»›‹]\s*")
_SPACED_SEPARATORS = re.compile(r"\s+[|·•∙»›‹>/]\s+")
_NAV_MARKS = re.compile(r"[|·•∙»›‹]|\s[>/]\s")
_RELATED = re.compile(
    r"(?:related|more|other|similar|popular|trending|recommended|featured|latest|recent|hot)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:hubs?|articles?|posts?|stories|pages?|reads?|videos?|links?|topics?|news|questions?|items?)"
    r"(?:\s+(?:from|in|on|for)\s+\S+(?:\s+\S+)?)?|you (?:may|might) also like|read next|most read|"
    r"more from\s+\S+(?:\s+\S+)?|recommended for you|cite this (?:article|page|entry|post)|related"
    r"|similar items(?:\s*\([^)]{0,40}\))?"
    r"|(?:[\w.-]+\s+){0,2}recommends?|suggested (?:articles|stories|reading|posts)"
    r"|editor[’']?s[’']? (?:picks?|choice|recommendations?)"
    # German and French pages' labels of other stories
    r"|mehr zum thema|das könnte (?:sie|ihnen|dich|dir) auch (?:interessieren|gefallen)|weitere artikel|"
    r"meistgelesen|ähnliche artikel|neueste (?:beiträge|kommentare|artikel)|"
    r"derniers (?:articles|commentaires)|"
    r"(?:articles|commentaires) récents|"
    r"auch interessant|lesen sie auch|empfehlungen der redaktion|à lire aussi|lire aussi|sur le même sujet|"
    r"articles similaires|les plus lus|nos recommandations",
    re.IGNORECASE,
)
_MORE_OF_SITE = re.compile(r"More\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}")
_PROMPT = re.compile(
    r"(?:be the first|start|join|leave|add|write|post|share|what do you think|have your say|sign in|log in)"
    r"\b.{0,50}\b(?:comments?|discussions?|conversation|repl(?:y|ies)|thoughts|opinion|review)\b.{0,30}",
)
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O")
_EDGE_LINES = 15  # how far from the top and the bottom a repeated banner is looked for
_SHORT = 5  # words of a short line (a list item, a link)
_SAMPLE_LINES = 600  # how much of a long text's head and tail is looked at to tell a web capture
_REFERENCE_MARK = re.compile(r"\[\d{1,3}\]")


@dataclass(frozen=True, slots=True)
class RemovedLine:
    number: int  # 1-based line number in the text before clean-up
    text: str  # what was removed (the whole line, or the "[edit]" at its end)
    reason: str
    whole: bool = True  # the whole line went (not only the "[edit]" at its end)


@dataclass(frozen=True, slots=True)
class CleanResult:
    text: str
    removed: tuple[RemovedLine, ...]


def _key(line: str) -> str:
    return " ".join(line.split()).casefold().strip(" \t•·›»×:*")


# Pictographs after a button's words ("antworten ✍️", "Reply 💬"), with their joiners and variation marks.
_EMOJI_TAIL = re.compile(r"[\s\u200d\ufe0e\ufe0f\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]+$")


def _ui(line: str) -> str:
    """The words of a button or label, without the dots or a pictograph after it ("Add a comment…",
    "Read more...", "antworten ✍️")."""
    key = _key(line)
    if key and key[-1] > "\u2000":
        key = _EMOJI_TAIL.sub("", key)
    return key.removesuffix("...").strip("…!›»→←‹«<>▾▼▸►◂◀▶ ")


# Chinese and Japanese are written without spaces between words: their characters are counted instead, two
# to a word (words of these languages are one to three characters long), so that a menu item ("意識調査")
# is a short line and a paragraph a long one, as in languages that put spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
_UNSPACED_PROSE = 40  # characters of such a line ending a sentence that make running prose
_UNSPACED_SENTENCE = re.compile(r"[。！？](?:[」』”）)]|（[^（）]{1,30}）)?\s*$")  # "…上。（编译/林靖东）"


@lru_cache(maxsize=1 << 16)
def _words(line: str) -> int:
    unspaced = len(_UNSPACED.findall(line))
    if not unspaced:
        return len(line.split())
    return len(_UNSPACED.sub(" ", line).split()) + (unspaced + 1) // 2


def _sentence(line: str) -> bool:
    return bool(re.search(r"[.!?…]\s*[\"”’)]?\s*$", line.strip()) or _UNSPACED_SENTENCE.search(line))


def _capital(line: str) -> bool:
    """The line begins as a link's or a heading's text does: in capitals, or with a letter of a script
    without capitals ("科技"), or with no letter."""
    first = line.lstrip()[:1]
    return first.isupper() or not first.isalpha() or first.lower() == first.upper()


@lru_cache(maxsize=1 << 16)
def is_prose(line: str) -> bool:
    """Running text (``articles.is_prose``), also in a script written without spaces: a line of forty
    such characters or more that ends a sentence ("。"); a headline ("…背后有哪些原因？") is shorter or ends
    none."""
    if _spaced_prose(line):
        return True
    if not _UNSPACED_SENTENCE.search(line):
        return False
    return len(_UNSPACED.findall(line)) >= _UNSPACED_PROSE


def _nav_bar(lines: list[str], index: int, minimum: int = 3) -> bool:
    """Three or more short items separated by bars, bullets or arrows: a row of navigation links (two
    are enough in the page's chrome, "Terms · Privacy").

    A row of a table ("Year | Share | Exports") looks the same, so a line whose neighbours have the same
    number of separators, or whose items are mostly numbers, is left alone."""
    line = lines[index]
    stripped = line.strip()
    markup = re.search(r"[`\[\](){}=<>*_$^]|://", line.replace(" > ", " | "))  # "Home > Study" is a crumb
    if not _NAV_MARKS.search(line) or markup or _sentence(line):
        return False  # code, markup or a sentence with a bar in it ("See |option-list| for more."), not links
    # Links pasted with bare bars between them ("Home|About|Contact") each begin with a capital.
    bare = [p.strip() for p in _NAV_SEPARATORS.split(stripped) if p.strip()]
    if not _SPACED_SEPARATORS.search(line) and not all(p[:1].isupper() for p in bare):
        return False
    if stripped.startswith("|") or stripped.endswith("|"):
        return False  # a row of a table drawn with bars
    if not re.search(r"[|·•∙»›‹]", line) and (":" in line or not all(p[:1].isupper() for p in bare)):
        return False  # "entries > 10 AND zscore > 3", "42°S 174°E / 42°S 174°E": crumbs are named links
    parts = [p.strip() for p in _NAV_SEPARATORS.split(line.strip()) if p.strip()]
    if len(parts) < minimum or not all(_words(p) <= 5 for p in parts):
        return False
    if sum(1 for p in parts if re.search(r"[^\W\d_]{2}", p)) < len(parts) - 1:  # words, of any script
        return False
    if any(re.search(r"\b(?:1[5-9]|20)\d\d\b", p) for p in parts):
        return False  # a byline or a dateline ("By A. Petrova · 12 March 2021 · 6 min read")
    if len(parts) == 2 and "/" in line and all(re.search(r"\d", p) for p in parts):
        return False  # a place in a work, not two links: "Band 14 / Kapitel 121", "Vol. 3 / No. 2"
    count = len(parts)
    for j in (index - 1, index + 1):
        if 0 <= j < len(lines) and _NAV_MARKS.search(lines[j]):
            other = [p for p in _NAV_SEPARATORS.split(lines[j].strip()) if p.strip()]
            if len(other) == count:
                return False
    return True


def _glued(line: str) -> bool:
    """Links pasted without the spaces between them: "StalinismStalinismMain", "HomeNewsAbout"."""
    # Link texts are words: a line with punctuation or code ("ViewWindow, ViewFrame", "$profile.AllHosts")
    # is a sentence or a program that names things in CamelCase.
    if _words(line) > 8 or not re.fullmatch(r"[^\W_]+(?:[ &–'’-]+[^\W_]+)*", line):
        return False
    if not line[:1].isupper() or "--" in line:
        return False  # links begin with a capital; "aws create-user-pool --pool-name MyUserPool" is a command
    joints, glued, loose = 0, False, 0
    for token in line.split():
        pieces = _GLUE.split(token)
        if len(pieces) < 2:
            loose += 1
            continue
        real = [p for p in pieces[:-1] if p not in _NAME_PREFIXES and len(p) >= 2]
        glued = glued or len(real) >= 2 or bool(real and any(pieces.count(p) > 1 for p in pieces))
        # A joint between two real words ("ResearchCitation"), not a name's ("McAuley", "PhD", "iPhone").
        joints += sum(1 for a, b in pairwise(pieces) if len(a) >= 3 and len(b) >= 3 and a in real)
    # The glued links are most of the line: "This variable … GetLatestVimScripts is allowed" is a sentence.
    return (glued or joints >= 2) and joints + 1 >= loose


def _glued_navigation(page: _Page, i: int) -> bool:
    """Glued links in the page's chrome; in the body only with a link repeated ("StalinismStalinismMain"),
    since a name in CamelCase alone on a line ("UnicodeDecodeException") is the author's."""
    line = page.lines[i].strip()
    if not _glued(line):
        return False
    if page.chrome(i):
        return True
    return any(len(set(p)) < len(p) for p in (_GLUE.split(t) for t in line.split()))


_PAGE_NUMBERS = re.compile(r"\d{1,3}(?:\s*[|·•]\s*\d{1,3})+")
_ARROWS = re.compile(r"[←→‹›«»↑↓▲▼◀▶]+")
_STARS = re.compile(r"[★☆✩✪⭐✭✮✯½]+(?:\s*\(?\d(?:[.,]\d+)?(?:\s*/\s*5)?\)?)?")
_PAGER = re.compile(r"(\d{1,5})\s+(?:of|/)\s+(\d{1,6})$")
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?\s+[A-Z][^\W\d_]*")
_COPYRIGHT = re.compile(
    # the years may be a range, also one still open ("2012-", "2012–")
    r"(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?P<year>(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)?\d\d)?)?)?"
    r"[,.]?\s*(?:by\s+)?(?P<rest>.*)",
    re.IGNORECASE,
)
_COPYRIGHT_INSIDE = re.compile(r"[^.!?]{0,80}©\s*(?:19|20)\d\d\b.{0,160}")
_NAME_WORDS = frozenset(
    {"and", "of", "the", "&", "for", "inc", "ltd", "llc", "gmbh", "co", "all", "rights", "reserved"}
    | {"by", "-", "–"}  # the site's credit after it ("Design by CSS Templates"), an open range's dash
)


def _copyright(line: str) -> bool:
    """ "© 2021 Daily Past", "Copyright 2009–2024 Foo Ltd.", "(c) 2019 by A. Author": a © sign or a year,
    then only a name. "Copyright law in the USSR…", "(c) the grain is delivered…" and "Copyright 1936 was
    the year…" go on in lower-case words, as sentences do."""
    stripped = line.strip()
    match = _COPYRIGHT.fullmatch(stripped)
    if not match or _words(stripped) > 15 or not (match.group("year") or stripped.startswith("©")):
        return False
    for word in match.group("rest").split():
        bare = word.strip(".,;:()|·")
        named = bare[:1].isupper() or bare[:1].isdigit() or any(c.isupper() for c in bare[1:])
        if bare and not (named or bare.casefold() in _NAME_WORDS):
            return False
    return True


def _reason(line: str, lines: list[str], index: int, chrome: bool) -> str | None:
    """Why a line is furniture by its shape alone, or None."""
    key = _key(line)
    if _ARROWS.fullmatch(line.strip()):
        return "pager"  # a pager's "‹" / "›"
    if (numbers := _PAGE_NUMBERS.fullmatch(line.strip())) is not None:
        pages = [int(n) for n in re.findall(r"\d+", numbers.group())]
        if pages == list(range(pages[0], pages[0] + len(pages))):
            return "pager"  # "1 | 2 | 3": the pages of a story, numbered in a row
    if _STARS.fullmatch(line.strip()):
        return "rating"
    if not key:
        return None
    words = _words(key)
    # A banner starts a line of its own: "more about this on the blog." in a wrapped paragraph does not.
    banner = (key.startswith(_BANNER_PREFIXES) or bool(_COOKIE_BANNER.match(key))) and words <= _BANNER_WORDS
    link_like = ". " in key or _sentence(line) or words > 12 or "|" in key or line.rstrip().endswith(":")
    if banner and key.startswith(_LINK_BANNERS) and link_like:
        banner = False
    if banner and (not line.lstrip()[:1].islower() or words <= 6):
        return "site banner"
    if words > 60:
        return None  # a paragraph: no furniture of these shapes is so long
    if ("click" in key or key.startswith("like this")) and _CALL_TO_ACTION.fullmatch(key):
        return "call to action"
    if words > 30:
        # A long row of links ("关于腾讯 | About Tencent | 服务协议 | …", a footer's eleven) is no paragraph.
        return "navigation links" if _nav_bar(lines, index, 2 if chrome else 3) else None
    if _copyright(line) or (key.endswith(("all rights reserved", "all rights reserved.")) and words <= 16):
        return "copyright line"
    if chrome and _COPYRIGHT_INSIDE.fullmatch(key):
        return "copyright line"  # in the page's tail: "Site design / logo © 2024 Stack Exchange Inc; …"
    if words <= 25 and (shape := _SHAPES.fullmatch(key)) is not None and shape.lastgroup is not None:
        reason = _PATTERNS[int(shape.lastgroup[1:])][1]
        if reason == "counter" and (_SECTION_NUMBER.fullmatch(line.strip()) or _numbered_run(lines, index)):
            return None  # a numbered heading, "6.2 Language" or "10 Citations" after "9 Footnotes"
        pager = _PAGER.search(key) if reason == "counter" else None
        if pager and int(pager.group(1)) > int(pager.group(2)):
            return None  # "7 of 3" counts no pages
        return reason
    if _control_count(line):
        return "counter"
    if _nav_bar(lines, index, 2 if chrome else 3):
        return "navigation links"
    if words <= 6 and line.rstrip().endswith(("›", "»")) and _CRUMB.fullmatch(line.strip()):
        return "navigation links"
    return None


# A control's word and its count, glued or spaced: "Like 24", "tweet0", "Reply (2)". (A count before
# its noun, "12 Shares", and a noun with a colon, "Messages: 3", are _COUNTER's.)
_CONTROL_COUNT = re.compile(r"([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)\s*\(?\d[\d,.]*[kKmM]?\)?")
# Interface words that also name what an article counts or ranks: "Top 10", "Name 2", "Website 3".
_NOT_CONTROLS = frozenset({"top", "name", "website", "more", "show", "hide", "close", "play", "zoom"})


def _control_count(line: str) -> bool:
    """The line is a control's word and a count, nothing else: a share or like button with its counter."""
    match = _CONTROL_COUNT.fullmatch(line.strip())
    word = _ui(match.group(1)) if match else ""
    return word in FURNITURE and word not in _NOT_CONTROLS


def _numbered_run(lines: list[str], index: int) -> bool:
    """Line ``index`` ("10 Citations") is one of a table of contents' numbered lines: the non-blank line
    before or after it is numbered one less or one more."""
    match = re.match(r"\s*(\d{1,3})\s", lines[index])
    if not match:
        return False
    number = int(match.group(1))
    for step in (-1, 1):
        j = index + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        other = re.match(r"\s*(\d{1,3})(?:\.\d+)*\.?\s+[^\W\d_]", lines[j]) if 0 <= j < len(lines) else None
        if other and int(other.group(1)) in (number - 1, number + 1):
            return True
    return False


def _wordy(line: str) -> bool:
    """Words, as a banner or a link has, not code or data ("{", "},", '"Source": "user",', "^^^^")."""
    if re.fullmatch(r"\s*[\w-]+:\s.*", line) and not re.search(r"\s[|·•]\s", line):
        return False  # a header field ("MIME-Version: 1.0", "Next chapter: …"), not a banner
    return bool(re.search(r"[^\W\d_]{3,}", line)) and not re.search(r"[{}\[\]\"=\\;<>*_|$^]|--|::", line)


def _repeated_banners(lines: list[str]) -> set[int]:
    """Indexes of short lines that occur both near the top and near the bottom of the capture.

    The two edges never overlap (a short capture has short edges), and a line that prose follows at the
    bottom is a title ("Stalinism" above the second article of a hub), not the site's banner."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    edge = min(_EDGE_LINES, len(filled) // 3)
    if edge == 0:
        return set()
    top, bottom = filled[:edge], filled[-edge:]
    # A site's banner stands above the text's first paragraph; below it, a short line said again near the
    # end is the article's own: an image's alt text, a caption, on a page too short for edges of chrome.
    first_prose = next((i for i in filled if is_prose(lines[i])), len(lines))
    found: set[int] = set()
    by_key: dict[str, list[int]] = {}
    for i in top:
        by_key.setdefault(_key(lines[i]), []).append(i)
    for k, j in enumerate(bottom):
        key = _key(lines[j])
        if _words(key) > 12 or is_prose(lines[j]) or not _wordy(lines[j]) or re.match(r"\s*\d+\.", lines[j]):
            continue  # a numbered heading repeated from a table of contents is no banner
        if any(is_prose(lines[n]) for n in bottom[k + 1 : k + 4]):
            continue
        if _PERSON.fullmatch(lines[j].strip()):
            continue  # an author's name, in a paper's header and in its authors' addresses
        earlier = [i for i in by_key.get(key, ()) if i < j and not _wrapped(lines, i)]
        if earlier and not _wrapped(lines, j) and min(earlier) < first_prose:
            # The article's title at the top (its prose follows, a date between) said again in a list of
            # the section's stories at the bottom: the list's line goes, the title stays.
            found.update(i for i in earlier if not _titles_prose(lines, filled, i))
            found.add(j)
    return found


def _titles_prose(lines: list[str], filled: list[int], i: int) -> bool:
    """Line ``i`` is a title: prose follows it within two lines (a date or a byline between)."""
    k = filled.index(i)
    return any(is_prose(lines[n]) for n in filled[k + 1 : k + 3])


# Names of the fields of a record (a catalogue's, an archive's, a museum's), which a page prints as a label
# above or beside its value: never furniture when a value follows.
_FIELD_LABELS = frozenset(
    {
        *("author", "authors", "creator", "creators", "contributor", "contributors", "editor", "editors"),
        *("translator", "illustrator", "photographer", "maker", "artist", "publisher", "published"),
        *("publication", "publication date", "date", "dates", "date made", "date published", "date created"),
        *("place", "place made", "place of publication", "language", "languages", "edition language"),
        *("edition", "pages", "format", "isbn", "issn", "doi", "subject", "subjects", "genre", "type"),
        *("object type", "description", "physical description", "extent", "identifier", "call number"),
        *("shelfmark", "location", "rights", "license", "licence", "provider", "source", "collection"),
        *("series", "reference", "held by", "repository", "materials", "medium", "dimensions"),
        *("measurements", "museum number", "accession number", "inscription", "provenance", "notes"),
        *("era", "period", "region", "country", "city", "archive", "fonds", "fond", "file", "item"),
        # An event's record (a club's, a museum's calendar): "Beginn:" / "13. Mai 2012 11:00".
        *("beginn", "ende", "anlass", "anschrift", "veranstaltungsort", "veranstalter", "uhrzeit", "datum"),
        *("venue", "organizer", "organiser", "address", "adresse", "lieu", "horaire", "début", "fin"),
        *("start date", "end date", "aktualisiert"),
    }
)


def _fields(lines: list[str], filled: list[int]) -> frozenset[int]:
    """Lines of a record's fields: a field's name on its own line ("Author", "Published:") with the value
    on the next line, the two kept together, two such pairs at least (one "Notes" heading is no record)."""
    position = {i: k for k, i in enumerate(filled)}
    pairs: list[tuple[int, int]] = []
    for a, b in pairwise(filled):
        label = _key(lines[a]).rstrip(":")
        value = _key(lines[b]).rstrip(":")
        named = label in _FIELD_LABELS and not lines[a].rstrip().endswith((".", "!", "?"))
        if named and value not in _FIELD_LABELS and value not in FURNITURE and _words(lines[b]) <= 20:
            pairs.append((a, b))
    # Pairs one after the other (a value may run to a second line): a menu's "Collection" is alone.
    found: set[int] = set()
    for (a, b), (c, d) in pairwise(pairs):
        if position[c] - position[b] <= 2:
            found.update((a, b, c, d))
    # A field of a name no list holds ("Object number" / "MEL.1998.44.2") right above or below the record's
    # known fields is one of them: a short label without digits or a sentence's end, then its value.
    known = set(found)
    for a, b in pairwise(filled):
        if a in known or b in known or _ui(lines[a]) in FURNITURE or _ui(lines[b]) in FURNITURE:
            continue
        label = lines[a].strip()
        if _words(label) > 3 or re.search(r"[\d.!?]", label) or not label[:1].isupper():
            continue
        k = position[a]
        beside = filled[k + 2 : k + 3] + filled[max(0, k - 1) : k]
        if _words(lines[b]) <= 20 and any(j in known for j in beside):
            found.update((a, b))
    # A known field right after those ("Kategorie:" / "Markt", then "Anschrift:" / the address).
    for a, b in pairs:
        if a not in found and filled[max(0, position[a] - 1)] in found:
            found.update((a, b))
    return frozenset(found)


# A person named by initials and surname ("F. Kooman", "J. R. Smith"): no site's banner.
_PERSON = re.compile(r"(?:[A-Z]\.\s?){1,3}\s*[A-Z][\w'’-]+")


def _wrapped(lines: list[str], i: int) -> bool:
    """Line ``i`` is a piece of a hard-wrapped paragraph: a line of some words that does not end its
    sentence with the next line going on, or one that begins in lower case under such a line."""
    line = lines[i]
    if _words(line) >= 6 and not _sentence(line) and i + 1 < len(lines) and lines[i + 1].strip():
        return not lines[i + 1].lstrip()[:1].isupper() or line.rstrip().endswith((",", ";"))
    before = lines[i - 1] if i > 0 else ""
    return bool(line.lstrip()[:1].islower()) and _words(before) >= 6 and not _sentence(before)


_FULL_LINE = 0.7  # of the page's wrapping width: a line that long may break a sentence
_WIDTH_QUANTILE = 0.9


def _wrap_width(lines: list[str], filled: list[int]) -> int:
    """How wide the page's lines of running text are: the length most of its long lines stay within (the
    width a hard-wrapped text is wrapped at; in a copy from a browser, the length of a paragraph)."""
    lengths = sorted(len(lines[i].strip()) for i in filled if _words(lines[i]) >= 8)
    if not lengths:
        return 0
    return lengths[int(_WIDTH_QUANTILE * (len(lengths) - 1))]


_TABLE_CELLS = 6  # short lines in a row that may hold a table's cells, one per line
_NUMBER_CELL = re.compile(r"[^\W\d_]")  # a letter: a cell without one (and with a digit) is a number
_CELL_INTEGER = re.compile(r"[+-]?\D?(\d{1,4})\.?")


def _number_cell(line: str) -> bool:
    cell = line.strip()
    return any(c.isdigit() for c in cell) and not _NUMBER_CELL.search(cell)


def _table_cells(lines: list[str], filled: list[int]) -> frozenset[int]:
    """Lines of tables copied one cell per line ("Rank" / "Name" / "Pop." / "1" / "Auckland" /
    "1,628,900"): a run of short lines that mixes words with numbers, at least a fifth of each, the
    numbers mostly different and not a series (a pager's "1 2 3", a chart's axis "100 80 60 40", a ranked
    list's "1." "2."), and not a record's "Label:" fields. Such a run is the article's table, not a column
    of links, when it stands among the article's prose."""
    found: set[int] = set()
    run: list[int] = []

    def close() -> None:
        cells = [lines[j].strip() for j in run]
        numbers = [cell for cell in cells if _number_cell(cell)]
        values = [int(m.group(1)) for cell in numbers if (m := _CELL_INTEGER.fullmatch(cell))]
        steps = [b - a for a, b in pairwise(values)]
        series = steps.count(1) + sum(1 for s, t in pairwise(steps) if s == t)
        fields = sum(1 for cell in cells if cell.endswith(":"))
        if (
            len(cells) >= _TABLE_CELLS
            and len(numbers) >= 3
            and min(len(numbers), len(cells) - len(numbers)) * 5 >= len(cells)
            and len(set(numbers)) * 3 >= len(numbers) * 2
            and series * 2 < len(numbers)
            and fields * 5 < len(cells)
        ):
            found.update(run)
        run.clear()

    for i in filled:
        if _words(lines[i]) <= _SHORT_LINK and not is_prose(lines[i]):
            run.append(i)
        else:
            close()
    close()
    return frozenset(found)


class _Page:
    """The capture's lines, where its running prose begins and ends, and what is already found."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.filled = [i for i, line in enumerate(lines) if line.strip()]
        self.position = {i: k for k, i in enumerate(self.filled)}
        self.reasons: dict[int, str] = {}
        self.stray: set[int] = set()  # prose of the page's chrome, not of the article
        self.prose = [i for i in self.filled if is_prose(lines[i])]
        self._body: str | None = None
        self.fields = _fields(lines, self.filled)
        self.tables = _table_cells(lines, self.filled)  # cells of the article's tables, one per line
        self.headings: set[int] = set()  # headings that the page's table of contents lists
        self.said_again: set[int] = set()  # lines above the article that its head or body says again
        self._stems: dict[int, frozenset[str]] = {}
        # The article's words above a label of other stories' cards, by the label: ``_foreign_to_article``
        self.card_words: dict[int, tuple[frozenset[str], set[str]] | None] = {}
        self.first_prose, self.last_prose = len(lines), -1
        self.first_article, self.last_article = len(lines), -1
        self.width = _wrap_width(lines, self.filled)
        self.find_prose()

    def find_prose(self) -> None:
        """Where the running prose begins and ends, leaving out lines already found to be furniture (a
        long cookie or licence banner is not the article)."""
        prose = [i for i in self.prose if i not in self.reasons]
        self.first_prose = prose[0] if prose else len(self.lines)
        self.last_prose = prose[-1] if prose else -1
        article = [i for i in prose if i not in self.stray]
        self.first_article = article[0] if article else len(self.lines)
        self.last_article = article[-1] if article else -1

    def stems(self, i: int) -> frozenset[str]:
        """The stemmed words of line ``i`` if it has six words or more (a line of some length), else none:
        read once, as the vocabulary of the article is asked for again after each round of rules."""
        stems = self._stems.get(i)
        if stems is None:
            line = self.lines[i]
            found = _LETTER_WORDS.findall(line) if _words(line) >= 6 else []
            stems = self._stems[i] = frozenset(_stem(w) for w in found)
        return stems

    def body(self) -> str:
        """The running prose of the page, lower-cased: the words the article uses."""
        if self._body is None:
            self._body = " ".join(self.lines[i] for i in self.prose).casefold()
        return self._body

    def chrome(self, i: int) -> bool:
        """Before the first or after the last line of prose: the page's head or tail. A text without
        prose (a list of names, a table) has no chrome to tell apart."""
        return self.last_prose >= 0 and (i < self.first_prose or i > self.last_prose)

    def outside(self, i: int) -> bool:
        """Before or after the article's prose, the chrome's own sentences ("stray" prose) left out. Only
        the rules that need furniture next to a line use it: a reader's comment can be such a sentence."""
        return self.last_article >= 0 and (i < self.first_article or i > self.last_article)

    def continues(self, i: int) -> bool:
        """Line ``i`` goes on with the sentence of the line before (a hard-wrapped text: "…the data came"
        / "from Moscow"), as a label or a button never does."""
        k = self.position[i]
        if k == 0 or self.filled[k - 1] != i - 1:
            return False
        before = self.lines[i - 1]
        # A line that begins in lower case goes on; one in capitals only under a line as long as the
        # page's wrapped lines: in a copy from a browser a paragraph is one line, and a headline of ten
        # words above another headline is no sentence going on.
        full = len(before.strip()) >= _FULL_LINE * self.width or self.lines[i].lstrip()[:1].islower()
        return _words(before) >= 8 and not _sentence(before) and full

    def wrapped(self, i: int) -> bool:
        """Line ``i`` goes on in lower case with the sentence above: "document authors. All rights
        reserved." under "Copyright (c) 2015 IETF Trust and the persons identified as the"."""
        return self.continues(i) and self.lines[i].lstrip()[:1].islower()

    def neighbours(self, i: int) -> tuple[int | None, int | None]:
        k = self.position[i]
        before = self.filled[k - 1] if k > 0 else None
        after = self.filled[k + 1] if k + 1 < len(self.filled) else None
        return before, after

    def short_run(self, i: int) -> list[int]:
        """The run of short non-prose lines ``i`` stands in (blank lines do not break a run)."""
        k = self.position[i]
        run = [i]
        for step in (-1, 1):
            n = k + step
            while 0 <= n < len(self.filled) and self._short(self.filled[n]):
                run.append(self.filled[n])
                n += step
        return sorted(run)

    def _short(self, i: int) -> bool:
        line = self.lines[i]
        return _words(line) <= _SHORT and not _sentence(line)


def _source_labels(page: _Page) -> None:
    """ "from Wikipedia": a label the page puts above an article. A capitalised one may be the author's
    heading ("From Kronstadt") or a source reader's attribution of an excerpt ("From Pravda"), so it goes
    only where no prose is (the page's chrome); the article starts it marks are proposed all the same."""
    labels = [
        i
        for i in page.filled
        if _words(page.lines[i]) <= 8 and source_label(page.lines[i]) and not page.continues(i)
    ]
    # Labels naming different sources above one title ("From Wikipedia" / "Stalinism", "From
    # Grokipedia" / "Stalinism") are a hub's, whatever their case; a reader's excerpts have their own titles.
    following = {}
    for i in labels:
        k = page.position[i]
        nxt = page.filled[k + 1] if k + 1 < len(page.filled) else None
        following[i] = _key(page.lines[nxt]) if nxt is not None else ""
    names = {source_label(page.lines[i]) for i in labels}
    hub = len(labels) >= 2 and len(names) >= 2 and len(set(following.values())) == 1
    for i in labels:
        line = page.lines[i]
        # "from the United Kingdom" is an infobox's value as often as a label: no strong one.
        strong = strong_label(line) and not _FROM_THE.match(line)
        if i not in page.reasons and (strong or page.chrome(i) or hub):
            page.reasons[i] = "source label"


_FROM_THE = re.compile(r"\s*from\s+the\s")


def _chrome_prompts(page: _Page) -> None:
    """Prompts of a comment widget in the page's chrome, or beside other furniture without a sentence's
    end: "Start the discussion", "Write a comment…". In the body such a line can be the author's ("Start
    the discussion with the class."), so it stays."""
    for i in page.filled:
        line = page.lines[i]
        beside = any(j is not None and j in page.reasons for j in page.neighbours(i))
        if i in page.reasons or _words(line) > 10 or not _PROMPT.fullmatch(_ui(line)):
            continue
        if page.chrome(i) or (beside and not _sentence(line.rstrip().rstrip("…"))):
            page.reasons[i] = "empty prompt"  # "Write a comment…" under the comment widget's tabs


def _chrome_buttons(page: _Page) -> None:
    """In the page's chrome, a button of a few words ("Edit hub", "Add a page"), but not the title that
    the article's prose follows."""
    for i in page.filled:
        line = page.lines[i]
        bare = line.strip().removesuffix("...").rstrip("…")
        if i in page.reasons or not page.chrome(i) or _words(line) > 3 or _sentence(bare):
            continue
        if not _BUTTON.fullmatch(_ui(line)):
            continue
        k = page.position[i]
        if any(is_prose(page.lines[j]) for j in page.filled[k + 1 : k + 2]):
            continue
        page.reasons[i] = "page furniture"


def _interface_words(page: _Page) -> None:
    """Whole-line interface words. In the body, not an item of a list of short lines ("Print" among
    "Radio", "Film"), and a single word ("Reply", "Share") only beside other furniture or as a button
    the page repeats: alone between two paragraphs it may be the author's ("Reply" in a transcript)."""
    short = {i: _ui(page.lines[i]) for i in page.filled if _words(page.lines[i]) <= 6}
    counts: dict[str, int] = {}
    for key in short.values():
        counts[key] = counts.get(key, 0) + 1
    found = {
        i
        for i, key in short.items()
        if i not in page.reasons
        and (key in FURNITURE or (key in _CHROME_LABELS and page.outside(i)) or _weak_pair(key))
    }
    # On a page with no other furniture (a plain text), a weak word beside another weak word only is a
    # document's list ("Kontakt" / "Impressum" closing a brochure's contents), unless their run is a
    # site's menu.
    weak = {i for i in found if _weak(short[i])}
    weak_alone = set() if len(page.reasons) + len(found - weak) >= _OTHER_FURNITURE else weak
    for i in sorted(found):
        key = short[i]
        if page.continues(i):
            continue  # the end of a wrapped sentence ("… in a way" / "like this:")
        if key != "[edit]":
            run = page.short_run(i)
            menu = _site_menu(page, i, run, short, weak)
            ui = sum(1 for j in run if j in page.reasons or j in found)
            # A list the author wrote, unless the page says the word again and again ("Advertisement"
            # between the paragraphs, "Undo" under every comment): no list repeats its items so.
            if len(run) >= 3 and ui * 2 < len(run) and not page.outside(i) and counts[key] < 3:
                continue
            before, after = page.neighbours(i)
            beside = any(
                j is not None
                and ((j in page.reasons and j not in weak_alone) or (j in found and not {i, j} <= weak_alone))
                for j in (before, after)
            )
            if (_words(key) == 1 or i in weak) and not beside and counts[key] < 2 and not menu:
                continue
        page.reasons[i] = "page furniture" if key in FURNITURE or i in weak else "section label"


# A document's own words for its contents: their heading does not make a list of weak words a menu.
_CONTENTS_HEADINGS = frozenset({"table of contents", "inhaltsverzeichnis", "sommaire", "contents", "inhalt"})
_OTHER_FURNITURE = 2  # lines of other furniture that show a web page, where weak words beside weak words go
_SITE_MENU_WORDS = 3  # different weak words in one run of short lines outside the article: a site's menu


def _weak(key: str) -> bool:
    return key in _WEAK or _weak_pair(key)


def _weak_pair(key: str) -> bool:
    """Two footer links in one line: "Impressum/Datenschutz", "Kontakt | Impressum"."""
    parts = [p.strip() for p in re.split(r"\s*[/|]\s*", key)]
    return len(parts) >= 2 and all(p in _WEAK for p in parts)


def _site_menu(page: _Page, i: int, run: list[int], short: dict[int, str], weak: set[int]) -> bool:
    """Line ``i``, outside the article, stands in a run of short lines with three different weak words
    ("Archive", "Hilfe", "Impressum/Datenschutz", "Kontakt"): a site's menu, though none of its words is
    furniture alone. A document's contents under its heading are no menu."""
    if i not in weak or not page.outside(i):
        return False
    keys = {short[j] for j in run if j in weak}
    if any(short.get(j) in _CONTENTS_HEADINGS for j in run):
        return False
    return len(keys) >= _SITE_MENU_WORDS


_CARD_ARTICLE_LINES = 40  # paragraphs above a label of cards that the article's words are read from
_CARDS = 2  # other stories' cards (a headline and its sentence) that make a block of teasers
_BLURB_WORDS = 60


def _card_blurb(page: _Page, label: int, above: int, j: int, foreign: Callable[[int, int], bool]) -> bool:
    """Line ``j`` is the sentence of another story's card, under its headline ``above``: a short line of
    prose that ends as a sentence does (a long headline does not), and both it and the headline speak of
    other things than the article (most of their words, the language's common ones left out, are not the
    article's)."""
    headline = page.lines[above]
    if _words(headline) > 16 or _sentence(headline) or is_prose(headline) or above in page.reasons:
        return False
    line = page.lines[j]
    return _words(line) <= _BLURB_WORDS and _sentence(line) and foreign(label, above) and foreign(label, j)


_MORE_BUTTON = re.compile(
    r"read the rest|read more|continue reading|read (?:the )?full (?:story|article|post)|weiterlesen|"
    r"mehr lesen|lire la suite",
    re.IGNORECASE,
)
_STORY_LINES = 3  # filled lines of another story's teaser between two of its buttons (headline, blurb)
_STORY_BUTTONS = 3  # teasers in a row that make a series
_STORY_BUTTONS_ALONE = 5  # ... under an article too short to tell its words from theirs


def _read_the_rest(page: _Page) -> None:
    """After the article, other stories each ending with the same button: a headline, a sentence or
    two, "READ THE REST", three times at least and as regular as a template. The first teaser is as long
    as the second. Each teaser's headline speaks of other things than the article above the series (a
    blog's front page of excerpts, whose posts share its words, stays), and the article comes first:
    prose above the series. Under an article of one paragraph, too short to compare words with, five
    teasers at least make the series."""
    words = [
        i for i in page.filled if _words(page.lines[i]) <= 5 and _MORE_BUTTON.fullmatch(_ui(page.lines[i]))
    ]
    arrows = [i for i in page.filled if _ARROWS.fullmatch(page.lines[i].strip())]  # "»»»", "→" alone
    for buttons in (words, arrows):  # one kind of button in a series
        if len(buttons) >= _STORY_BUTTONS:
            _story_series(page, buttons)


def _story_series(page: _Page, buttons: list[int]) -> None:
    runs: list[list[int]] = [[buttons[0]]]
    for b in buttons[1:]:
        gap = page.position[b] - page.position[runs[-1][-1]] - 1
        if 1 <= gap <= _STORY_LINES:
            runs[-1].append(b)
        else:
            runs.append([b])
    foreign = _foreign_to_article(page)
    for run in runs:
        if len(run) < _STORY_BUTTONS:
            continue
        first = page.position[run[0]]
        start = first - (page.position[run[1]] - first - 1)
        if start < 0:
            continue
        label = page.filled[start]
        above = sum(1 for i in page.prose if i < label and i not in page.reasons)
        if above < 1:
            continue  # a blog's front page: its first excerpt opens the series
        heads = [page.filled[start]] + [page.filled[page.position[b] + 1] for b in run[:-1]]
        if above >= 2 and not all(foreign(label, h) for h in heads):
            continue
        if above < 2 and len(run) < _STORY_BUTTONS_ALONE:
            continue  # an article of one paragraph has too few words to compare: a longer series only
        for k in range(start, page.position[run[-1]] + 1):
            page.reasons.setdefault(page.filled[k], "teaser series")


def _related_blocks(page: _Page) -> None:
    """A "Related Hubs" heading and the short links under it, when no prose follows it; a table row or a
    line whose words the article uses (its title above an infobox) ends the block. Other stories' cards
    under such a label (a headline, then a sentence of its own on other things than the article's) are
    the block's too: two of them make it one, whatever follows."""
    foreign = _foreign_to_article(page)
    for i in page.filled:
        line = page.lines[i].strip()
        # "More Soviet Archives Wiki": more of a site, named in capitals, after the article.
        more = page.outside(i) and _MORE_OF_SITE.fullmatch(line)
        if _words(line) > 8 or not (more or _RELATED.fullmatch(_key(line))):
            continue
        block = []
        cards = 0
        first_card: tuple[int, int] | None = None  # where the first card's sentence stands: (k, len(block))
        k = page.position[i] + 1
        while k < len(page.filled):
            j = page.filled[k]
            line = page.lines[j]
            # a headline may ask or exclaim: "Why did medieval armies…?", "Flag on the Play!"
            headline = _words(line) <= 16 and line.rstrip().endswith(("?", "!"))
            if not headline and (is_prose(line) or (_sentence(line) and j not in page.reasons)):
                if block and block[-1] == page.filled[k - 1] and _card_blurb(page, i, block[-1], j, foreign):
                    cards += 1  # another story's card: its headline, then a sentence of its own
                    first_card = first_card or (k, len(block))
                    block.append(j)
                    k += 1
                    continue
                break
            if _words(line) > (10 if _sentence(line) and not headline else 16) or "\t" in line:
                break
            if j not in page.reasons and _titles(page, j):
                break
            block.append(j)
            k += 1
        if first_card is not None and cards < _CARDS:
            k, size = first_card  # one sentence under a headline is no series of cards: the block ends there
            block = block[:size]
        # Other furniture or the end of the page ends the block; so does prose after the article (the
        # page's tail). Before the article, the prose it reaches is the article's, under its title.
        tail = page.chrome(i) and i > page.last_prose
        ended = k >= len(page.filled) or page.filled[k] in page.reasons or tail or cards >= _CARDS
        if not ended:
            continue  # a heading the author wrote, with prose under it
        page.reasons.setdefault(i, "related links")
        for j in block:
            page.reasons.setdefault(j, "related links")


def _foreign_to_article(page: _Page) -> Callable[[int, int], bool]:
    """Whether most of line ``j``'s words (the language's common ones left out) are not those of the
    article above line ``label``: its prose before the label (the cards of other stories follow it), two
    paragraphs at least, or no line is foreign. The article is read in its last paragraphs before the
    label (a long capture holds many pages), once per label for the whole clean-up."""
    vocabularies = page.card_words

    def foreign(label: int, j: int) -> bool:
        if label not in vocabularies:
            above = [n for n in page.prose if n < label and n not in page.reasons and n not in page.stray]
            article = above[-_CARD_ARTICLE_LINES:]
            if len(article) < 2:
                vocabularies[label] = None
            else:
                words: set[str] = set()
                for n in article:
                    words |= {_stem(w) for w in _LETTER_WORDS.findall(page.lines[n])}
                # the page's language, read once: from the article above the first label asked about
                stopwords = next((read[0] for read in vocabularies.values() if read is not None), None)
                if stopwords is None:
                    stopwords = stoplist_for(page.lines[n] for n in article)
                vocabularies[label] = (stopwords, words)
        read = vocabularies[label]
        if read is None:
            return False
        stopwords, words = read
        stems = [_stem(w) for w in _LETTER_WORDS.findall(page.lines[j]) if w.casefold() not in stopwords]
        return bool(stems) and sum(1 for w in stems if w in words) * 2 < len(stems)

    return foreign


def _logo(page: _Page) -> None:
    """The first line, when it is a name the article never uses and more furniture follows it."""
    if not page.filled:
        return
    first = page.filled[0]
    line = page.lines[first]
    if first in page.reasons or _words(line) > 3 or is_prose(line) or first >= page.first_prose:
        return
    _, after = page.neighbours(first)
    if after is None or after not in page.reasons:
        return
    body = page.body()
    words = [w for w in re.findall(r"\w{3,}", line.casefold())]
    parts = [p.casefold() for p in _GLUE.split(line.strip()) if len(p) >= 4]
    if words and not any(w in body for w in words + parts):
        page.reasons[first] = "logo"


_OWNER = re.compile(
    r"(?:(?P<a>\S+?(?:\s\S+?){0,3})['’]s\s+(?:user\s+)?avatar|avatar\s+(?:of|for)\s+(?P<b>\S+))",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"@?[a-z][\w.]*(?:\d|_)[\w.]*|@\w+")


def _user_names(page: _Page) -> None:
    """Beside an avatar, the user's name: the name the avatar's text gives ("kolya1917's avatar" …
    "kolya1917"), or a handle ("@ivan", "ivan_h", "kolya1917"). A title beside an avatar stays."""
    for i, reason in list(page.reasons.items()):
        if reason != "avatar":
            continue
        owner = _OWNER.fullmatch(page.lines[i].strip())
        name = (owner.group("a") or owner.group("b")) if owner else None
        k = page.position[i]
        for j in page.filled[max(0, k - 2) : k + 3]:
            line = page.lines[j].strip()
            if j in page.reasons or _words(line) > 4:
                continue
            if (name and line.casefold() == name.casefold()) or (
                abs(page.position[j] - k) == 1 and _HANDLE.fullmatch(line)
            ):
                page.reasons[j] = "user name"


# Reasons that only page machinery gives: after such a line at the end of a page, short lines are its links.
_STRONG = frozenset({"copyright line", "site banner", "edit or revision link", "navigation links", "label"})


def _titles_sentence(page: _Page, i: int) -> bool:
    """On a page without running prose, the line right above a sentence of five words or more: the title of
    a short article of short sentences."""
    below = page.filled[page.position[i] + 1 : page.position[i] + 2]
    return bool(below) and _sentence(page.lines[below[0]]) and _words(page.lines[below[0]]) >= 5


def _footer_links(page: _Page) -> None:
    """At the end of the page, beside a licence, copyright or revision line, the run of short lines that
    follows or precedes it is the footer's links ("Privacy policy", "About Wikipedia", "Mobile view").

    On a page without a line of running prose (a short article of short sentences) where the article ends
    is not known, and "Skip to content" at the top counts: a run going down from it stops at the line the
    article's first sentence follows, its title ("Propaganda media" / "The ministry worked through…")."""
    for k, i in enumerate(page.filled):
        if i <= page.last_prose or page.reasons.get(i) not in _STRONG:
            continue
        for run in (page.filled[k + 1 :], reversed(page.filled[:k])):
            for j in run:
                line = page.lines[j]
                if j in page.reasons:
                    continue
                if j > i and page.last_prose < 0 and _titles_sentence(page, j):
                    break
                if j <= page.last_prose or _words(line) > 4 or _sentence(line) or re.search(r"\d", line):
                    break
                if "\t" in line or _author(page, j):
                    break  # a table row (a record's "Place" / "Kharkiv"), a reader's name above a date
                if not _wordy(line):
                    break
                page.reasons[j] = "footer links"


def _site_header(page: _Page) -> None:
    """Above the page's navigation, the site's name and motto: short lines the article's prose does not
    use ("History Notes", "Just another history blog"). The title comes after the navigation."""
    head = [i for i in page.filled[:_EDGE_LINES] if page.chrome(i) and i < page.first_prose]
    navigation = [i for i in head if page.reasons.get(i) == "navigation links"]
    if not navigation:
        return
    body = page.body()
    for i in page.filled:
        if i >= navigation[0]:
            break
        words = re.findall(r"\w{4,}", page.lines[i].casefold())
        if i in page.reasons or _words(page.lines[i]) > 6 or not words:
            continue
        if sum(1 for w in words if w in body) * 3 <= len(words):
            page.reasons[i] = "site name"


_TAG = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
# A control of the interface and up to two words it acts on: "Visit Stack Exchange", "Save article".
_WIDE_BUTTON = re.compile(
    r"(?:edit|add|remove|delete|report|save|bookmark|follow|unfollow|subscribe|share|print|download|view|"
    r"search|open|close|show|hide|create|join|invite|sign up|log in|sign in|log out|sign out|start|visit|"
    r"explore|get|order|request|browse|tell)(?:\s+(?:a|an|the|this|to|on|in|for|as|by|us))?"
    r"(?:\s+(?!and\b|or\b|of\b)\w+){1,2}",
)
_NUMBERED = re.compile(r"[0-9]{1,2}(?:\.[0-9]{1,2})*\.?\s+([^\W\d_][\w ,'’&–-]*)")
_TIME_STAMP = re.compile(r"\bago\b|\b(?:1[5-9]|20)\d\d\b", re.IGNORECASE)
_MONTHS = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# When a post was written: a day with its year ("13 February 2023 at 09:14", "June 2, 2021", "2021-06-02")
# or a time ago ("5 years ago"); a month and year alone ("March 2023") is an archive's link.
_STAMP = re.compile(
    # "3 May 2024", "21. Februar 2024", "14 marca 2024": months of any language, in either case
    r"\b\d{1,2}(?:st|nd|rd|th|\.)?\s+[^\W\d_]{3,12}\.?,?\s+(?:1[5-9]|20)\d\d\b"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[5-9]|20)\d\d\b"
    r"|\b(?:1[5-9]|20)\d\d-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./](?:1[5-9]|20)?\d\d\b|\bago\b"
    # A day without its year, the whole line ("Feb 9", "9 March at 14:05", "Yesterday at 21:14"): a post of
    # this year, as sites print it; only English months' names tell such a day from "Issue 106".
    rf"|^\s*(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*$"
    r"|^\s*(?:[Yy]esterday|[Tt]oday)(?:\s+at)?\s+\d{1,2}[:.]\d\d\b",
)
_NOUN_OF_COUNT = re.compile(r"[0-9][0-9,.]*[kKmM]?\s+[A-Za-z]+s")
_BARE_COUNT = re.compile(r"[0-9]{1,3}(?:[,.][0-9]{1,3})*[kKmM]?")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_LETTER_WORDS = re.compile(r"[^\W\d_]{3,}")
_UI_PIECES = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_LIST_LABEL = re.compile(
    r"(?:tags?|categories|category|topics?|filed under|labels?|keywords|subjects?"
    r"|schlagw(?:örter|orte)|stichw(?:örter|orte)|kategorien?|mots[- ]cl[ée]s|[ée]tiquettes|cat[ée]gories?)"
    r"\s*:?",
    re.IGNORECASE,
)
_LINK_TEXT = re.compile(r"[^\W\d_][^\d.!?:;,\t]*\??")  # a link's text: words, no digits or sentence marks


def _stem(word: str) -> str:
    word = word.casefold()
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _interface_run(line: str) -> bool:
    """A line made only of interface words, glued or spaced: "Subscribe Sign in", "Like Loading…",
    "FacebookXLinkedInEmail" (two or more of them; a lone capital between them is an icon's letter)."""
    if _words(line) > 8 or _sentence(line.strip().removesuffix("…")):
        return False
    pieces: list[str] = []
    for token in line.split():
        found = _UI_PIECES.findall(token)
        if not re.fullmatch(r"[^\W\d_]+[…!.]*", token) or "".join(found) != token.rstrip("….!"):
            if _ui(token) in FURNITURE:
                found = [_ui(token)]
            else:
                return False
        pieces.extend(found)
    n = len(pieces)
    best: list[int | None] = [0] + [None] * n  # the most interface words covering pieces[:k]
    for k in range(1, n + 1):
        options = []
        previous = best[k - 1]
        if previous is not None and len(pieces[k - 1]) == 1 and pieces[k - 1].isupper():
            options.append(previous)
        for j in range(max(0, k - 4), k):
            if best[j] is None:
                continue
            for glue in ("", " "):
                if glue.join(pieces[j:k]).casefold() in FURNITURE:
                    options.append(best[j] + 1)
        best[k] = max(options) if options else None
    return best[n] is not None and best[n] >= 2


def _vocabulary(page: _Page) -> set[str]:
    """The words of the article: of its running prose (not of stray prose in the chrome) and of the other
    lines of some length that are not furniture (a post's "by archivrat » Tue Mar 05" names its author)."""
    vocabulary: set[str] = set()
    for i in page.filled:
        if i not in page.reasons and i not in page.stray:
            vocabulary |= page.stems(i)
    return vocabulary


def _titles(page: _Page, i: int) -> bool:
    """Line ``i`` is the title of prose that follows within a few lines and begins with its words
    ("Gosplan" / an infobox / "Gosplan (the State Planning Committee) was…")."""
    head = re.sub(r"^(?:the|a|an)\s+", "", _key(page.lines[i]))
    first = " ".join(head.split()[:3])
    if len(first) < 4:
        return False
    k = page.position[i]
    for j in page.filled[k + 1 : k + 8]:
        if j in page.reasons or not is_prose(page.lines[j]):
            continue
        lead = re.sub(r"^(?:the|a|an)\s+", "", _key(page.lines[j]))
        if lead.startswith(first):
            return True
    return False


def _kept(page: _Page, i: int, vocabulary: set[str], stopwords: frozenset[str] = frozenset()) -> bool:
    """Lines that evidence around them never removes: a table row, a title or heading that the article's
    prose follows, a line most of whose words the article uses (its title, a name it discusses), those
    words counted without ``stopwords`` when given (every text uses "No")."""
    line = page.lines[i]
    if "\t" in line or (is_prose(line) and i not in page.stray):
        return True
    if _YEAR.search(line) and _LETTER_WORDS.search(line):
        return True  # a dated line: when a post or a reply was written is part of the record
    if _words(line) <= _SHORT and _STAMP.search(line) and not _COUNTER.fullmatch(_key(line)):
        return True  # a post's date without its year ("Feb 9"): the record's too
    _, following = page.neighbours(i)
    stamp = following is not None and _words(page.lines[following]) <= 6
    if stamp and _words(line) <= 3 and _TIME_STAMP.search(page.lines[following]):
        return True  # who wrote a post, above when: "grain_and_ink" / "• 3y ago"
    if _after_stamp(page, i):
        return True  # what a reader wrote under the date, however short: "Thank you!"
    if i in page.fields:
        return True  # a record's field and its value: "Author" / "Conquest, Robert."
    if _author(page, i):
        return True  # who wrote a post, above its rank and count and the date
    if i in page.headings:
        return True  # a heading the page's own table of contents lists
    k = page.position[i] + 1
    while k < len(page.filled) and page.filled[k] in page.reasons:
        k += 1
    after = page.filled[k] if k < len(page.filled) else None
    if after is not None and after not in page.stray and is_prose(page.lines[after]):
        return True  # a heading: the prose after it, past an "[edit]" or a button, is the article's
    words = [_stem(w) for w in _LETTER_WORDS.findall(line) if w.casefold() not in stopwords]
    return bool(words) and sum(1 for w in words if w in vocabulary) * 2 > len(words)


_AUTHOR_REACH = 5  # lines from a post's author down to its date


def _author(page: _Page, i: int) -> bool:
    """Line ``i`` is the name above the date of a post or comment ("nadia_s" / "5 years ago"), or above
    the short lines of a forum's post head that come before the date ("archivrat" / "Member" / "Posts:
    412" / "Tue Mar 05, 2013 7:41 pm"): then the first of them, after the furniture or text before it."""
    if _words(page.lines[i]) > 3:
        return False
    k = page.position[i]
    name = page.lines[i].strip()
    unmarked = 0
    # Up to five lines down: a forum's post head can hold a rank and the profile's lines found as furniture
    # ("Joined: Feb 2024", "Messages: 3") between the name and the date; still only one line not found.
    for n, after in enumerate(page.filled[k + 1 : k + 1 + _AUTHOR_REACH]):
        if _words(page.lines[after]) <= 8 and _STAMP.search(page.lines[after]):
            if n == 0:
                return True
            above = page.lines[page.filled[k + n]].strip()
            if page.filled[k + n] not in page.reasons:
                # The name is the line right above the date ("Search Comments" / "kamil"), unless that line
                # is the comment's head saying the name again with whom it answers ("Patrick Allanjnovo22"):
                # then the name is the profile card of the one who wrote it.
                return _glued_after(name, above)
            before = page.filled[k - 1] if k > 0 else None
            return before is None or before in page.reasons or _words(page.lines[before]) > 3
        unmarked += after not in page.reasons
        said = _glued_after(name, page.lines[after])
        if (_words(page.lines[after]) > 3 and not said) or unmarked > 1:
            return False  # more than a rank between the name and the date: the lines of a menu
    return False


def _glued_after(name: str, line: str) -> bool:
    """``line`` says ``name`` again with more glued to it: a reply's head, the name of whom it answers
    after it without a space ("Patrick Allanjnovo22"), not a teaser's byline ("Anna Berg in Archives")."""
    line = line.strip()
    glued = len(line) > len(name) and not line[len(name)].isspace()
    return len(name) >= 4 and glued and line.startswith(name)


def _after_stamp(page: _Page, i: int) -> bool:
    """Line ``i`` is the text of a post or comment: it comes right under its date ("15 February 2023 at
    08:05", "5 years ago") and is words, not a control of the page ("Reply" is found by its shape)."""
    before, _ = page.neighbours(i)
    if before is None or _words(page.lines[before]) > 8 or not _STAMP.search(page.lines[before]):
        return False
    return _ui(page.lines[i]) not in FURNITURE and bool(_LETTER_WORDS.search(page.lines[i]))


def _candidate(page: _Page, i: int, vocabulary: set[str]) -> bool:
    line = page.lines[i]
    return (
        i not in page.reasons
        and i not in page.said_again
        and bool(re.search(r"\w", line))
        and _words(line) <= 8
        and (not is_prose(line))
        and not page.continues(i)
        and not _kept(page, i, vocabulary)
    )


def _stray_prose(page: _Page) -> None:
    """Sentences of the page's own chrome that stand apart from the article ("Take your favorite fandoms
    with you…"): at least three furniture lines separate them from the article's prose on one side, none
    of the article's prose follows on that side, and they use few of its words. They are not removed for
    that, but the page's head or tail chrome reaches past them. The first or last line of the capture,
    eight lines or more from any other prose, needs no furniture between (a banner above the logo)."""
    page.stray = set()
    prose = [i for i in page.prose if i not in page.reasons]
    if len(prose) < 2:
        return
    edges = (page.filled[0], page.filled[-1])
    # found[k]: furniture lines among the first k non-blank lines, so that a gap is counted at once.
    found_before = [0]
    for i in page.filled:
        found_before.append(found_before[-1] + (i in page.reasons))
    for order in (prose, prose[::-1]):
        # Sentences with fewer than three furniture lines between them stand together.
        blocks: list[list[int]] = [[order[0]]]
        separations: list[int] = []  # furniture lines between a block and the next one inwards
        for previous, i in pairwise(order):
            low, high = sorted((page.position[previous], page.position[i]))
            between = high - low - 1
            found = found_before[high] - found_before[low + 1]
            lone_edge = len(blocks) == 1 and previous in edges and between >= 8
            if found >= 3 or lone_edge:
                separations.append(found)
                blocks.append([i])
            else:
                blocks[-1].append(i)
        for block, found in zip(blocks[:-1], separations, strict=True):
            if found < 3 and page.lines[block[0]].rstrip().endswith(":"):
                break  # "…listed them as follows:" introduces what comes after it
            rest = [j for j in prose if j not in block and j not in page.stray]
            if sum(_words(page.lines[j]) for j in block) * 2 > sum(_words(page.lines[j]) for j in rest):
                break  # the article is the bulk of the prose, never the smaller part
            others: set[str] = set()
            for j in prose:
                if j not in block and j not in page.stray:
                    others |= page.stems(j)  # prose has eight words or more: all its stems
            words = [_stem(w) for j in block for w in re.findall(r"[^\W\d_]{5,}", page.lines[j])]
            if not words or sum(1 for w in words if w in others) * 3 >= len(words):
                break
            page.stray.update(block)
    page.find_prose()


def _labelled_lists(page: _Page) -> None:
    """A "Tags" or "Categories:" label with its items on lines of their own, beside other furniture or in
    the chrome (a "Topics" heading over a list the author wrote, in the middle of the text, stays)."""
    for i in page.filled:
        if i in page.reasons or not _LIST_LABEL.fullmatch(page.lines[i].strip()):
            continue
        k = page.position[i] + 1
        items = []
        while k < len(page.filled) and len(items) < 15:
            j = page.filled[k]
            line = page.lines[j].strip()
            if _words(line) > 4 or _sentence(line) or "\t" in line or is_prose(line):
                break
            if _author(page, j) or _after_stamp(page, j):
                break  # the list has ended: a reader's name above the date of a comment
            items.append(j)
            k += 1
        if not items:
            continue
        before, _ = page.neighbours(i)
        after = page.filled[k] if k < len(page.filled) else None
        if (
            page.outside(i)
            or (before is not None and before in page.reasons)
            or (after is not None and after in page.reasons)
        ):
            for j in [i, *items]:
                page.reasons.setdefault(j, "label")


def _between_furniture(page: _Page, vocabulary: set[str]) -> None:
    """A short line with furniture on both sides ("Share" / "Improve this answer" / "Follow"); in the
    page's chrome, up to three such lines."""
    marked = set(page.reasons)
    filled = page.filled
    k = 0
    while k < len(filled):
        if filled[k] in marked:
            k += 1
            continue
        start = k
        while k < len(filled) and filled[k] not in marked:
            k += 1
        gap = filled[start:k]
        before = filled[start - 1] if start > 0 else None
        after = filled[k] if k < len(filled) else None
        if not all(_candidate(page, j, vocabulary) for j in gap):
            continue  # stray prose only moves the chrome's edge: it may be a reader's comment
        if before is None or after is None:
            continue  # the first or last lines of the text: a title above a copyright line stays
        chrome = all(page.outside(j) for j in gap)
        if len(gap) == 1 or (chrome and len(gap) <= 3):
            for j in gap:
                page.reasons[j] = "beside furniture"


def _contents_lists(page: _Page) -> None:
    """A page's table of contents: numbered short lines ("1 Background", "2.1 Requisitions") whose titles
    the page repeats further down as its headings, with furniture of the contents widget beside them
    ("hide", "Toggle the table of contents"). A list of chapters the author gives stays: its titles are
    not headings of the text, and a book's contents list has no such furniture."""
    keys = {}
    for i in page.filled:
        keys.setdefault(_key(_EDIT_LINK.sub("", page.lines[i])), []).append(i)
    entries = []
    headings = []
    for i in page.filled:
        match = _NUMBERED.fullmatch(page.lines[i].strip())
        if i in page.reasons or not match or _words(page.lines[i]) > 9:
            continue
        later = [j for j in keys.get(_key(match.group(1)), ()) if j > i]
        later = [j for j in later if not _sentence(page.lines[j]) and _words(page.lines[j]) <= 8]
        if later:
            entries.append(i)
            headings += later
    if len(entries) < 3:
        return  # one numbered line that a heading repeats is no contents list
    # A book's own contents list is the book's: the page's has its widget's furniture beside it.
    k0, k1 = page.position[entries[0]], page.position[entries[-1]]
    ends = page.filled[max(0, k0 - 2) : k0] + page.filled[k1 + 1 : k1 + 3]
    if any(j in page.reasons for j in ends):
        for i in entries:
            page.reasons[i] = "table of contents"
        page.headings.update(headings)  # what the contents list names is the text's own


def _outer_shapes(page: _Page) -> None:
    """Shapes that are furniture in the chrome, tried again where the chrome reaches past its own
    sentences (a banner above the logo): a bar of two links, glued links, a button of a few words."""
    for i in page.filled:
        if i in page.reasons or not page.outside(i) or page.wrapped(i):
            continue  # a line of the chrome is tried again: the chrome was narrower when it was first tried
        line = page.lines[i]
        if (reason := _reason(line, page.lines, i, True)) is not None:
            page.reasons[i] = reason
        elif _glued(line.strip()):
            page.reasons[i] = "navigation links"
        elif _words(line) <= 3 and not _sentence(line) and _WIDE_BUTTON.fullmatch(_ui(line)):
            _, after = page.neighbours(i)
            if after is None or not is_prose(page.lines[after]):  # not the title of what follows
                page.reasons[i] = "page furniture"


def _buttons_beside(page: _Page, vocabulary: set[str]) -> None:
    """A button of a few words ("Save article", "Visit Stack Exchange") beside other furniture, or as the
    last line of the page's tail."""
    for i in page.filled:
        line = page.lines[i]
        if _words(line) > 3 or _sentence(line) or not _candidate(page, i, vocabulary):
            continue
        before, after = page.neighbours(i)
        last = after is None and page.outside(i)  # the page's last line: "View Mobile Site"
        if _WIDE_BUTTON.fullmatch(_ui(line)) and (last or any(j in page.reasons for j in (before, after))):
            page.reasons[i] = "page furniture"


def _tag_runs(page: _Page) -> None:
    """Tags as a site prints them, lower-case and hyphenated, three or more in a row beside furniture
    ("soviet-union" / "famine" / "1930s")."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3 and any("-" in page.lines[j] for j in run):
            k0, k1 = page.position[run[0]], page.position[run[-1]]
            ends = page.filled[max(0, k0 - 1) : k0] + page.filled[k1 + 1 : k1 + 2]
            if any(j in page.reasons for j in ends):
                for j in run:
                    page.reasons[j] = "label"
        run.clear()

    for i in page.filled:
        if i not in page.reasons and _TAG.fullmatch(page.lines[i].strip()):
            run.append(i)
        else:
            close()
    close()


def _edge_banners(page: _Page) -> None:
    """The capture's first or last line, a sentence of the chrome (stray prose) with furniture next to
    it inwards: a banner ("Ask the publishers to restore access to 500,000+ books.")."""
    if not page.filled:
        return
    for edge, inward in ((page.filled[0], 1), (page.filled[-1], -1)):
        if edge not in page.stray or edge in page.reasons:
            continue
        k = page.position[edge] + inward
        if 0 <= k < len(page.filled) and page.filled[k] in page.reasons:
            page.reasons[edge] = "site banner"


# Labels of advertising that can also head an article's section ("Advertising" in a history of a
# newspaper): furniture only when the page says them again, as it does over each of its ad slots.
_AD_TOPICS = frozenset({"advertising", "advertisements", "ads", "werbung", "reklame", "publicidade"})
# A sponsored card's label glued to its advertiser's name: "SponsoredIFC Markets", "IFC MarketsSponsored".
_GLUED_SPONSOR = re.compile(r"Sponsored(?=[A-Z])[\w.&'’ -]{2,40}|[\w.&'’ -]{2,40}[a-z.]Sponsored")


def _ad_labels(page: _Page) -> None:
    """Advertising's labels that their shape alone does not tell: said twice or more on the page, or
    glued to an advertiser's name."""
    said = Counter(_ui(page.lines[i]) for i in page.filled)
    for i in page.filled:
        line = page.lines[i].strip()
        if i in page.reasons:
            continue
        if (_ui(line) in _AD_TOPICS and said[_ui(line)] >= 2) or _GLUED_SPONSOR.fullmatch(line):
            page.reasons[i] = "advertisement label"


def _split_counters(page: _Page) -> None:
    """A count and its noun on two lines ("1,204" / "Views")."""
    for i in page.filled:
        _, after = page.neighbours(i)
        if after is None or i in page.reasons or not _BARE_COUNT.fullmatch(page.lines[i].strip()):
            continue
        if re.fullmatch(rf"(?:{_COUNT_NOUNS})", _key(page.lines[after]), re.IGNORECASE):
            page.reasons[i] = "counter"
            page.reasons.setdefault(after, "counter")


_MENU_RUN = 3  # short lines in a row that, said again in the same order elsewhere on the page, are a menu
_MENU_WORDS = 5


_FORM_FIELDS = frozenset({"name", "website", "comment", "email"})


def _repeated_menus(page: _Page) -> None:
    """A run of three or more short lines that the page says again in the same order elsewhere: its menu
    printed twice (at the top and in the footer, or for the desktop and the phone), in any language. An
    article does not repeat a column of labels: its headings stand between paragraphs, its table rows have
    cells, a list of sources or a refrain is made of sentences or longer lines; a record's fields stay, and
    so do a post's head (a reader's name above a date, said again over each of their posts) and the name of
    the article's author, said again in the cards of its comments. Only the copies outside the article's
    prose go."""
    k0 = page.position.get(page.first_article, len(page.filled))
    head = {_key(page.lines[j]) for j in page.filled[max(0, k0 - _LEAD_HEAD) : k0]}

    def item(i: int) -> bool:
        line = page.lines[i]
        if not 1 <= _words(line) <= _MENU_WORDS or _sentence(line) or "\t" in line or i in page.fields:
            return False
        if not re.search(r"[^\W\d_]", line):
            return False  # a count or a date, not a link's text ("X" is one: the site formerly Twitter)
        k = page.position[i]
        after = page.filled[k + 1 : k + 4]
        if any(_STAMP.search(page.lines[j]) and _words(page.lines[j]) <= 8 for j in after):
            return False  # a post's head: its author, rank and count above the date
        return not ((_NAME.fullmatch(line.strip()) or _PERSON.fullmatch(line.strip())) and _key(line) in head)

    keys = [_key(page.lines[i]) if item(i) else None for i in page.filled]
    starts: dict[tuple[str, ...], list[int]] = {}
    for k in range(len(keys) - _MENU_RUN + 1):
        window = keys[k : k + _MENU_RUN]
        if all(window) and len(set(window)) == _MENU_RUN:
            starts.setdefault(tuple(window), []).append(k)  # type: ignore[arg-type]
    for found in starts.values():
        if len(found) < 2 or found[-1] - found[0] < _MENU_RUN:
            continue  # said once, or overlapping itself
        copies = [page.filled[k : k + _MENU_RUN] for k in found]
        # Among the article's paragraphs it may be a table's header said over each of its halves, or a table
        # the page's navigation box prints again: there a copy goes only when furniture is among its own
        # lines (a share bar said above and below the article: "Udostępnij" / "Facebook" / "X").
        for copy in copies:
            # ("Name" is a comment form's field and a table's column: no button)
            marked = any(_ui(page.lines[j]) in FURNITURE - _FORM_FIELDS for j in copy)
            for j in copy:
                if page.outside(j) or marked:
                    page.reasons.setdefault(j, "repeated menu")


# Reasons a line's own shape gives (not its place or its neighbours): said again elsewhere on the page, the
# same words are the same control ("« Vorige | Nächste »" above and below the article).
_SHAPE_REASONS = frozenset(
    {"navigation links", "page furniture", "pager", "counter", "share button", "edit link", "rating"}
    | {"repeated menu", "call to action", "empty prompt"}
)


def _said_again_as_furniture(page: _Page) -> None:
    """A short line whose very words the page's shape rules found to be a control elsewhere on the page
    goes too: the pager or the share bar printed above and below the article, where the rules that need
    the chrome around a line do not reach it. A line the guards keep (a heading of prose, a dated line,
    a reader's words, a line in the article's words) stays."""
    controls = {_key(page.lines[i]) for i, reason in page.reasons.items() if reason in _SHAPE_REASONS}
    vocabulary = _vocabulary(page)
    for i in page.filled:
        line = page.lines[i]
        if i in page.reasons or _words(line) > _MENU_WORDS or _key(line) not in controls:
            continue
        if not re.search(r"[^\W\d_]", line):
            continue  # a bare number: a rank or a count here, a page's number there
        if (
            _words(line) >= 2
            and _ui(line) not in FURNITURE
            and not (_NAV_MARKS.search(line) or _ARROWS.search(line))
            and i < page.first_article
            and page.first_article in page.filled[page.position[i] + 1 : page.position[i] + 3]
        ):
            continue  # the article's title, which the breadcrumb above ends with: the article follows
        if not _kept(page, i, vocabulary):  # nor a name the article discusses ("New Zealand")
            page.reasons[i] = "furniture said again"


def _doubled_names(page: _Page) -> None:
    """In the page's head, a short line said twice in a row before other furniture: a logo's alt text and
    the site's name ("The Archive Diver" / "The Archive Diver"), not the title of the prose."""
    for a, b in pairwise(page.filled):
        if b != page.filled[page.position[a] + 1] or a in page.reasons or b in page.reasons:
            continue
        if not page.outside(a) or a > page.first_article or _words(page.lines[a]) > 5:
            continue
        _, after = page.neighbours(b)
        if _key(page.lines[a]) == _key(page.lines[b]) and after in page.reasons and not _titles(page, b):
            page.reasons[a] = page.reasons[b] = "site name"


def _bare_counts(page: _Page) -> None:
    """A bare count beside furniture: a score or a reputation ("14", "64.2k") by a post's buttons, or a
    count of anything ("3 Restacks")."""
    for i in page.filled:
        line = page.lines[i].strip()
        if i in page.reasons or not (_BARE_COUNT.fullmatch(line) or _NOUN_OF_COUNT.fullmatch(line)):
            continue
        if any(j is not None and j in page.reasons and j not in page.stray for j in page.neighbours(i)):
            page.reasons[i] = "counter"


_PREV_NEXT = re.compile(r"[←‹«<]?\s*(?:previous|prev|next|older|newer)\b(?:\s+\w+)?\s*[→›»>]?")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
    # German and French archives: "März 2019", "juin 2019"
    r"Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|"
    r"(?i:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))\.?"
)
# An archive's or a category list's link with its count: "March 2023", "► November (2)", "JavaScript (141)".
_COUNTED_LINK = re.compile(
    rf"[►▼▸▾•]?\s*(?:{_MONTH}\s+(?:1[5-9]|20)\d\d(?:\s*\(\d[\d,]*\))?"
    rf"|(?:1[5-9]|20)\d\d\s+{_MONTH}(?:\s*\(\d[\d,]*\))?"  # year first: "2010 Oktober"
    r"|[^\W\d_][\w .&'’-]{0,40}?\s*\(\d[\d,]*\)|(?:1[5-9]|20)\d\d\s*\(\d[\d,]*\))"
)

_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:1[5-9]|20)\d\d\b")


def _link_titles(page: _Page) -> None:
    """The title of another post under its "Previous post" / "Next post →" link: a line of a few words
    with the page's furniture after it (the next link, the comments' counter), not prose's title."""
    for i in page.filled:
        line = page.lines[i]
        if i not in page.reasons or _words(line) > 3 or not _PREV_NEXT.fullmatch(_key(line)):
            continue
        _, title = page.neighbours(i)
        if title is None or title in page.reasons or title in page.fields:
            continue
        line = page.lines[title]
        if _words(line) > 12 or is_prose(line) or _sentence(line) or "\t" in line:
            continue
        _, after = page.neighbours(title)
        if after is None or after in page.reasons:
            page.reasons[title] = "navigation links"


def _counted_lists(page: _Page) -> None:
    """Three or more links of an archive or a category list in a row, each a month or a name with its
    count ("March 2023", "► November (2)", "JavaScript (141)"), and the short heading above them."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            for j in run:
                page.reasons.setdefault(j, "label")
            before, _ = page.neighbours(run[0])
            if before is not None and before not in page.fields and _words(page.lines[before]) <= 3:
                line = page.lines[before]
                if not _sentence(line) and not re.search(r"\d", line) and "\t" not in line:
                    page.reasons.setdefault(before, "label")  # "Archives", "Blog archive", "Labels"
        run.clear()

    for i in page.filled:
        if i not in page.fields and _COUNTED_LINK.fullmatch(page.lines[i].strip()):
            run.append(i)
        else:
            close()
    close()


def _begins(page: _Page, edge: int, after: bool) -> bool:
    """The line ``edge`` beside a run of links is content the run's unmarked end may belong to: a record's
    field, a reader's name or comment, the article's prose (before the run), or a line the article's
    prose follows closely, as it follows its title, subtitle and byline."""
    if edge in page.fields or _author(page, edge) or _after_stamp(page, edge):
        return True

    def article(j: int) -> bool:
        line = page.lines[j]
        if j in page.reasons or j in page.stray:
            return False
        # A page without a line of running prose is a short article of short sentences (or no article):
        # there a sentence of five words or more is where its text begins.
        return is_prose(line) or (page.last_prose < 0 and _sentence(line) and _words(line) >= 5)

    if not after and article(edge):
        return True
    # The article's prose within five lines that are not furniture: a title, its subtitle, a byline.
    seen = 0
    for j in page.filled[page.position[edge] :]:
        if j in page.reasons:
            continue
        if article(j):
            return True
        seen += 1
        if seen == 5:
            break
    return False


def _doubled_cards(page: _Page) -> None:
    """Cards of other stories: a headline of three words or more said twice in a row (the picture's text
    and the link's), three such cards on the page at least. A title the article's prose follows stays, and
    so does one in the words of the article's prose."""
    pairs = []
    for a, b in pairwise(page.filled):
        line = page.lines[a]
        if not 3 <= _words(line) <= 14 or is_prose(line) or "\t" in line or _key(line) != _key(page.lines[b]):
            continue  # a headline, not a word a page may well say twice ("link" / "link")
        if not _LETTER_WORDS.search(line) or a in page.fields:
            continue
        pairs.append((a, b))
    if len({_key(page.lines[a]) for a, _ in pairs}) < 3:
        return
    # The article's own title may be said twice too (its picture's text and its heading): most of its
    # words are those of the article's prose, which the cards' headlines, of other stories, are not.
    article = _article(page)
    vocabulary: set[str] = set()
    for i in article:
        vocabulary |= page.stems(i)
    stopwords = stoplist_for(page.lines[i] for i in article)
    for a, b in pairs:
        if not _kept(page, b, vocabulary, stopwords) and not _kept(page, a, vocabulary, stopwords):
            page.reasons.setdefault(a, "related links")
            page.reasons.setdefault(b, "related links")


def _said_below(page: _Page) -> dict[str, list[int]]:
    """The lines where the article begins (the few above its first paragraph, and the article), by their
    words: the article's title among the menus above is said again there."""
    k = page.position.get(page.first_article, len(page.filled))
    said: dict[str, list[int]] = {}
    for j in page.filled[max(0, k - _LEAD_HEAD) :]:
        if j not in page.reasons and (j >= page.first_article or not is_prose(page.lines[j])):
            said.setdefault(_key(page.lines[j]), []).append(j)
    return said


def _title_said_below(page: _Page, i: int, said: dict[str, list[int]]) -> bool:
    """Line ``i``, above the article, is its title: said again further down where the article begins (in
    an infobox's header, a heading right above its first paragraph), though it stands among the menus
    (between the site's bar and the article's tabs)."""
    return i < page.first_article and any(j > i for j in said.get(_key(page.lines[i]), ()))


def _head_menus(page: _Page) -> None:
    """Above the article, a long run of link texts (six or more short capitalised lines, a quarter of them
    found to be furniture already): the site's menus. Their items may be words the article uses ("News",
    "World", "Politics"), which keeps a short line elsewhere; here the run's length says what they are.
    The guards other than the article's words still hold (a dated line, a table row, a record's field, a
    title the prose follows), and the run's unmarked end that begins the article stays."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 6 and sum(1 for j in run if j in page.reasons) * 4 >= len(run):
            k0, k1 = page.position[run[0]], page.position[run[-1]]
            ends = page.filled[max(0, k0 - 1) : k0] + page.filled[k1 + 1 : k1 + 2]
            if any(j in page.reasons for j in run + ends):
                links = list(run)
                edge = page.filled[k1 + 1 : k1 + 2]
                if edge and edge[0] not in page.reasons and _begins(page, edge[0], after=True):
                    while links and links[-1] not in page.reasons:
                        links.pop()
                for j in links:
                    page.reasons.setdefault(j, "navigation links")
        run.clear()

    for i in page.filled:
        if i >= page.first_article:
            break
        line = page.lines[i].strip()
        capital = _capital(line)
        link = _words(line) <= 4 and capital and _LINK_TEXT.fullmatch(line)
        free = i in page.reasons or (_candidate(page, i, set()) and i not in page.fields)
        if link and free:
            run.append(i)
        else:
            close()
    close()


def _link_runs(page: _Page, vocabulary: set[str]) -> None:
    """In the page's chrome, three or more link texts in a row (short capitalised lines without digits or
    sentence marks) next to other furniture: a menu, a sidebar, the footer's links."""
    run: list[int] = []

    def close() -> None:
        if len(run) >= 3:
            k0, k1 = page.position[run[0]], page.position[run[-1]]
            ends = page.filled[max(0, k0 - 1) : k0] + page.filled[k1 + 1 : k1 + 2]
            if any(j in page.reasons for j in run + ends):
                # A menu's last items border more furniture or the page's edge; where the run meets
                # lines that are not furniture, its unmarked end is what those lines begin: a title
                # under the menu, a "Details" heading and its "Author" label above their values.
                links = list(run)
                for end, edge in ((-1, page.filled[k1 + 1 : k1 + 2]), (0, page.filled[max(0, k0 - 1) : k0])):
                    if edge and edge[0] not in page.reasons and _begins(page, edge[0], after=end == -1):
                        while links and links[end] not in page.reasons:
                            links.pop(end)
                for j in links:
                    page.reasons.setdefault(j, "navigation links")
        run.clear()

    for i in page.filled:
        line = page.lines[i].strip()
        capital = _capital(line)
        link = _words(line) <= 4 and capital and _LINK_TEXT.fullmatch(line)
        if page.outside(i) and link and (i in page.reasons or _candidate(page, i, vocabulary)):
            run.append(i)
        else:
            close()
    close()


_CLUSTER_GAP = 6  # lines between two paragraphs that, with furniture among them, part the article from more
_CLUSTER_EVIDENCE = 2  # furniture lines or interface words such a gap holds
_CLUSTER_COLUMN = 20  # short lines between two paragraphs that part them without other evidence
_SHORT_LINK = 6  # words of such a line
_TAIL_RUN = 3  # short lines after the article's end that go together when furniture is among them
_TAIL_RUN_BARE = 4  # ... and without it: no article goes on in a column of four link-like lines
_TAIL_WORDS = 18  # a headline of another story, not running prose (that has twenty words or ends a sentence)
_TAIL_SHORT_CHARS = 150
_LEAD_HEAD = 8  # lines above the article's first paragraph that may be its title, byline, date, caption
_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}")


def _article_span(page: _Page) -> tuple[int, int] | None:
    """The first and last line of the article: the longest cluster of prose, clusters being parted by
    a gap of six lines or more with furniture in it, found or an interface word ("Share", "Tweet"): a
    "Related" block, a column of other stories, a footer's links.
    Prose past the article's end is a teaser, a reader's comment or the footer's small print."""
    prose = [i for i in page.prose if i not in page.reasons]
    if not prose:
        return None
    clusters = [[prose[0]]]
    for a, b in pairwise(prose):
        gap = page.filled[page.position[a] + 1 : page.position[b]]
        # A table's cells copied one per line are the article's, however long the column they make.
        evidence = sum(
            1 for j in gap if j not in page.tables and (j in page.reasons or _ui(page.lines[j]) in FURNITURE)
        )
        # A long column of short lines (a site's menus, a sidebar of headlines) parts two clusters by its
        # length alone: an article's own list or table stands beside its paragraphs, not over a page of links.
        column = longest = 0
        for j in gap:  # the lines of a column follow one another; a table's cells hold tabs between them
            short = _words(page.lines[j]) <= _SHORT_LINK and "\t" not in page.lines[j]
            short = short and j not in page.tables
            numbered = _NUMBERED.fullmatch(page.lines[j].strip())  # the article's contents: "3.1 Firefox"
            column = column + 1 if short and not numbered else 0
            longest = max(longest, column)
        # Headlines of other stories, four in a row ("Most Popular" and its list): evidence as a piece of
        # furniture is, no article's own run of headings being so long without a paragraph.
        headlines = 0
        undecided = len(gap) >= _CLUSTER_GAP and evidence < _CLUSTER_EVIDENCE and longest < _CLUSTER_COLUMN
        for j in gap if undecided else ():  # read only where the gap's other evidence does not decide
            headlines = headlines + 1 if j not in page.reasons and _headline(page, j) else 0
            if headlines == _TAIL_RUN_BARE:
                evidence += _CLUSTER_EVIDENCE
                break
        if (len(gap) >= _CLUSTER_GAP and evidence >= _CLUSTER_EVIDENCE) or longest >= _CLUSTER_COLUMN:
            clusters.append([b])
        else:
            clusters[-1].append(b)
    main = max(clusters, key=lambda cluster: sum(len(page.lines[i]) for i in cluster))
    return main[0], main[-1]


def _tail_guarded(page: _Page, i: int, lead: set[str]) -> bool:
    """Lines after the article's end that the tail's runs never take: anything longer than a link or a
    label, a sentence, a table row, a line going on from the one above, a record's field, a post's
    author, date or text, a title its prose follows, a name the page gave above the article (its author
    again in a bio card) or above prose (a commenter's)."""
    line = page.lines[i]
    if not re.search(r"\w", line) or _words(line) > _TAIL_WORDS or len(line.strip()) > _TAIL_SHORT_CHARS:
        return True
    if is_prose(line) or "\t" in line or page.continues(i) or i in page.fields:
        return True
    if i in page.tables and page.first_article < i < page.last_article:
        return True  # a cell of the article's table, between its paragraphs
    if _sentence(line) and (_LETTER_WORDS.search(line) or _UNSPACED.search(line)):
        return True  # a sentence, not the number of an item of a list ("1.", "12.")
    if _YEAR.search(line) and _LETTER_WORDS.search(line):
        return True
    k = page.position[i]
    after = page.filled[k + 1 : k + 4]
    if _author(page, i) or _titles(page, i):
        return True
    # An article's title above its byline and its prose: another article of a hub, or the article itself
    # when the span took a column of blurbs for it.
    below = page.filled[k + 2 : k + 2 + _TAIL_RUN]
    if _above_byline(page, i) and any(is_prose(page.lines[j]) for j in below):
        return True
    if _after_stamp(page, i) and not (after and _STAMP.search(page.lines[after[0]])):
        return True  # a reader's words under the date, not a card's headline between two dates
    key = _key(line)  # a title said twice (a card's picture and link) is one title
    following = next(
        (j for j in page.filled[k + 1 :] if j not in page.reasons and _key(page.lines[j]) != key), None
    )
    if following is not None and is_prose(page.lines[following]):
        return True  # a heading of prose: another part of the article, a comment's title, a card's
    for n, j in enumerate(after):
        if _words(line) <= 3 and _STAMP.search(page.lines[j]) and all(m in page.reasons for m in after[:n]):
            return True  # a reader's name above the counts of their profile and the date: "Katya"
    if _NAME.fullmatch(line.strip()):
        return _key(line) in lead or any(is_prose(page.lines[j]) for j in after)
    return False


def _question(line: str) -> bool:
    """A short question or call ("Lactose Intolerant?", "Get our app!"): a teaser card's headline as often
    as a reader's words, so it stays but does not part a run of links around it."""
    return _words(line) <= 8 and line.rstrip().endswith(("?", "!", "？", "！"))


# The label of a list of other stories, as a tail's column heads it ("Most Popular", "We Recommend",
# "More articles in “News”"): besides the "Related …" labels, the words of a ranking or a recommendation.
_OTHER_STORIES = re.compile(
    r"(?:most|top|latest|recent|trending|popular|editors['’]?)\s+"
    r"(?:popular|read|viewed|shared|commented|emailed|watched|stories|news|headlines|articles|posts|picks)"
    r"(?:\s+(?:in|on|from)\s+\S+(?:\s+\S+)?)?|we recommend|(?:sponsored|promoted|partner)\s+"
    r"(?:links?|content|stories|posts)(?:\s+by\s+\S+)?|from (?:the|our) (?:homepage|sponsors?|partners?)",
    re.IGNORECASE,
)
# A line that is a date and nothing else ("December 17, 2021", "3 May 2024 09:14"): a card's date in a
# list of other stories when a headline, not a reader's words, follows it.
_DATE_ONLY = re.compile(rf"(?:{_STAMP.pattern})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?")


def _stories_label(line: str) -> bool:
    """A label heading a column of other stories: a "Related …" or ranking label of a few words."""
    key = _ui(line)
    return _words(line) <= 6 and bool(_RELATED.fullmatch(key) or _OTHER_STORIES.fullmatch(key))


def _card_date(page: _Page, i: int) -> bool:
    """Line ``i`` is only a date and the line after it a headline (a short line, no sentence, no prose):
    a teaser card's date, not the date of a reader's comment, whose words follow it."""
    if not _DATE_ONLY.fullmatch(page.lines[i].strip()):
        return False
    _, after = page.neighbours(i)
    if after is None:
        return True
    line = page.lines[after]
    return not (is_prose(line) or _sentence(line) or _words(line) > _TAIL_WORDS or "\t" in line)


def _interface_word(line: str) -> bool:
    """A button's or link's words; a weak footer word with a colon labels what follows instead ("Anfahrt:"
    over the directions that close an article, "Kontakt:" over an address)."""
    key = _ui(line)
    return key in FURNITURE and not (key in _WEAK and line.rstrip().endswith(":"))


def _tail_runs(page: _Page) -> None:
    """After the article's end, runs of short link-like lines: teasers of other stories, "Most read",
    sponsored links, a footer's columns. Three in a row with furniture among them go, or four without
    (the prose and dated lines of teaser cards between them do not part a run, and stay). Right after the
    article's end or under an encyclopedia's section heading ("External links[edit]") a run begins at its
    first furniture or interface word: the article may close with a list or its references."""
    span = _article_span(page)
    if span is None:
        return
    start, end = span
    lead = {_key(page.lines[j]) for j in page.filled if j < start}
    run: list[int] = []

    def continued(i: int) -> bool:
        """No furniture between the article's end (or a section heading of an encyclopedia) and line
        ``i``: a list closing the article, its "References", its "External links[edit]"."""
        for j in reversed(page.filled[: page.position[i]]):
            if j in page.reasons:
                return False
            if j <= end or _EDIT_LINK.search(page.lines[j]):
                return True
        return False

    def close() -> None:
        if run and continued(run[0]):
            while run and run[0] not in page.reasons and not _interface_word(page.lines[run[0]]):
                if _stories_label(page.lines[run[0]]):
                    break  # or at the label of a column of other stories ("Most Popular")
                run.pop(0)  # the run begins at its first furniture or interface word ("Share")
        evidence = any(j in page.reasons for j in run)
        if len(run) >= _TAIL_RUN_BARE or (len(run) >= _TAIL_RUN and evidence):
            for j in run:
                page.reasons.setdefault(j, "after the article")
        run.clear()

    for i in page.filled:
        if i <= end:
            continue
        line = page.lines[i]
        if i in page.reasons or not _tail_guarded(page, i, lead) or (run and _card_date(page, i)):
            run.append(i)
        elif not (is_prose(line) or (_YEAR.search(line) and _words(line) <= 8) or _question(line)):
            close()
    close()


def _lead_runs(page: _Page) -> None:
    """Before the article's start, runs of short link-like lines: the site's menus, teasers, section
    labels. What stands right above the article up to the nearest furniture (at most the eight lines of a
    title, standfirst, byline, date and picture caption) is the article's head and stays, as do the lines
    the tail's runs never take (a dated line, a name above a date, a heading of prose, a table row)."""
    span = _article_span(page)
    if span is None:
        return
    start = span[0]
    head: set[int] = set()
    counted = 0  # an infobox's rows (cells after tabs) and their labels are one piece of the head
    for j in reversed(page.filled[: page.position[start]]):
        if counted == _LEAD_HEAD:
            break
        if j not in page.reasons:
            head.add(j)
            after = j + 1 < len(page.lines) and "\t" in page.lines[j + 1]
            counted += "\t" not in page.lines[j] and not after
    # A line the article's head or the article says again is the page's: its title, the author's name
    # (a menu said twice, for the desktop and the phone, is not).
    said = {_key(page.lines[j]) for j in page.filled if (j in head or j >= start) and j not in page.reasons}
    run: list[int] = []

    end = span[1]
    words: set[str] = set()
    for j in page.prose:
        if start <= j <= end and j not in page.reasons:
            words |= page.stems(j)

    def k_far(i: int) -> bool:
        """Line ``i`` is no title of the article's (most of its words the article's prose uses: the page's
        title in a sticky header)."""
        stems = [_stem(w) for w in _LETTER_WORDS.findall(page.lines[i])]
        return not stems or sum(1 for w in stems if w in words) * 2 <= len(stems)

    def foreign(i: int) -> bool:
        """Line ``i`` speaks of other things: three words or more, under a third of them the article's (an
        infobox's "New Zealand dollar ($) (NZD)" is the article's)."""
        stems = [_stem(w) for w in _LETTER_WORDS.findall(page.lines[i])]
        return len(stems) >= _TAIL_RUN and sum(1 for w in stems if w in words) * 3 < len(stems)

    def close() -> None:
        edge = page.filled[page.position[run[-1]] + 1 : page.position[run[-1]] + 2] if run else []
        if edge and edge[0] not in page.reasons and _begins(page, edge[0], after=True):
            # What begins a record ("Details" above its fields) or the article's head: the few lines at the
            # run's end, not a whole column of links above them.
            popped = 0
            while run and run[-1] not in page.reasons and popped < _TAIL_RUN:
                run.pop()
                popped += 1
        evidence = any(j in page.reasons for j in run)
        if len(run) >= _TAIL_RUN_BARE or (len(run) >= _TAIL_RUN and evidence):
            for j in run:
                page.reasons.setdefault(j, "above the article")
        run.clear()

    for i in page.filled:
        if i >= start:
            break
        line = page.lines[i].strip()
        capital = _capital(line)
        if i not in head and _key(line) in said:
            page.said_again.add(i)
        link = _words(line) <= 4 and capital and _LINK_TEXT.fullmatch(line) and i not in page.said_again
        # Above the article's head and all prose, a headline or a label of the page's columns goes as a link
        # does; the tail's guards hold (a dated line, a heading of prose, a table row, a sentence). Between
        # clusters of prose only links do: the article may be the other cluster, its table's cells on lines
        # of their own.
        far = i < page.first_article and i not in head and i not in page.said_again and k_far(i)
        # Between clusters of prose above the article, a headline of another story (most of its words not
        # the article's) goes too: a mega-menu's teasers between its blurbs.
        far = far or (i not in head and i not in page.said_again and _headline(page, i) and foreign(i))
        far = far and not _above_byline(page, i)
        if i in page.reasons or ((link or far) and i not in head and not _tail_guarded(page, i, set())):
            run.append(i)
        else:
            close()
    close()


# A byline: "By" (or its German, French, Spanish, Dutch, Scandinavian word) and a name of two or three
# capitalised words ("By GILLIAN MOHNEY March 11, 2015"), not a menu's "By region".
_BYLINE = re.compile(
    r"(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|DOOR|Av|AV)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\b"
)
_HEADLINE_WORDS = 4


def _above_byline(page: _Page, i: int) -> bool:
    """Line ``i`` is a headline of four words or more right above a byline: an article's title, however far
    a video player's controls or a column of teasers put it from the article's prose."""
    k = page.position[i]
    after = page.filled[k + 1] if k + 1 < len(page.filled) else None
    if after is None or _words(page.lines[i]) < _HEADLINE_WORDS or _sentence(page.lines[i]):
        return False
    return _BYLINE.match(page.lines[after].strip()) is not None


_SERIES_LABEL_WORDS = 4  # "Czytaj także", "Související", "Other People Are Reading", "Read more:"
_SERIES_HEADLINES = (2, 5)  # teasers of other stories a series shows
_SERIES_HEADLINE_WORDS = (3, _TAIL_WORDS)


def _headline(page: _Page, i: int) -> bool:
    """Line ``i`` is a headline of another story as a teaser prints it: words, capitalised, no sentence
    end, no date, no cell of a table, no record's field."""
    line = page.lines[i].strip()
    words = _words(line)
    return (
        _SERIES_HEADLINE_WORDS[0] <= words <= _SERIES_HEADLINE_WORDS[1]
        and line[:1].isupper()
        and not line.endswith((".", "!", "?", ":", ";", ",", "…", "。"))
        and not is_prose(line)
        and "\t" not in page.lines[i]
        and not _YEAR.search(line)
        and not _STAMP.search(line)
        and i not in page.fields
        and i not in page.tables
    )


def _teaser_series(page: _Page) -> None:
    """Inside the article, between two of its paragraphs, a series of teasers of other stories: a label
    of a few words ("Czytaj także", "Related") and two to five headlines under it, then the article goes
    on (its prose, or a heading and its prose). One heading and a subtitle above a paragraph stay, as does
    any line the article's paragraphs follow closely in another shape (a date, a table, a sentence)."""
    span = _article_span(page)
    if span is None:
        return
    start, end = span

    def paragraph(j: int | None) -> bool:
        return j is not None and j not in page.reasons and is_prose(page.lines[j]) and j not in page.stray

    # Another story's headline speaks of other things: most of its words (the language's common ones left
    # out) are not the article's. A list, a caption or a heading of the article uses the article's words.
    vocabulary: list[tuple[frozenset[str], set[str]]] = []  # read once, when a series is first found

    def foreign(j: int) -> bool:
        if not vocabulary:
            article = [n for n in page.prose if start <= n <= end and paragraph(n)]
            stems_of = {_stem(w) for n in article for w in _LETTER_WORDS.findall(page.lines[n])}
            vocabulary.append((stoplist_for(page.lines[n] for n in article), stems_of))
        stopwords, words = vocabulary[0]
        stems = [_stem(w) for w in _LETTER_WORDS.findall(page.lines[j]) if w.casefold() not in stopwords]
        return bool(stems) and sum(1 for w in stems if w in words) * 2 < len(stems)

    for k, i in enumerate(page.filled):
        if not start < i < end or i in page.reasons:
            continue
        label = page.lines[i].strip()
        if not (1 <= _words(label) <= _SERIES_LABEL_WORDS) or any(c.isdigit() for c in label):
            continue
        if _sentence(label.removesuffix(":")) or "\t" in page.lines[i] or i in page.fields:
            continue
        before = page.filled[k - 1] if k > 0 else None
        if not paragraph(before):
            continue  # the series stands right under a paragraph of the article
        series: list[int] = []
        for j in page.filled[k + 1 : k + 2 + _SERIES_HEADLINES[1]]:
            if j in page.reasons or not _headline(page, j) or page.continues(j) or page.wrapped(j):
                break
            series.append(j)
        if len(series) < _SERIES_HEADLINES[0]:
            continue
        n = page.position[series[-1]] + 1
        after = page.filled[n] if n < len(page.filled) else None
        if after is None or after > end:
            continue
        if paragraph(after):
            series.pop()  # the line right above a paragraph is its heading, however much it looks a teaser
        else:
            # The article goes on under a heading of its own (a line too long or too short for a
            # headline, or ending a sentence, is no such heading: no series ends there).
            later = page.filled[n + 1] if n + 1 < len(page.filled) else None
            if not (_words(page.lines[after]) <= _SERIES_HEADLINE_WORDS[1] and paragraph(later)):
                continue
        if len(series) < _SERIES_HEADLINES[0] or not all(foreign(j) for j in series):
            continue
        for j in (i, *series):
            page.reasons.setdefault(j, "teaser series")


def furniture(text: str) -> dict[int, str]:
    """Furniture lines of ``text`` by 0-based line index, with the reason each goes."""
    lines = text.split("\n")
    matter = _front_matter(lines)
    if matter:  # read as blank lines: none of them goes, and no rule reads them as a list or a label
        lines = ["" if k in matter else line for k, line in enumerate(lines)]
    page = _Page(lines)
    for i in _repeated_banners(lines):
        page.reasons[i] = "repeated banner"
    for i in page.filled:
        wrapped = page.wrapped(i)
        if i not in page.reasons and not wrapped and (reason := _reason(lines[i], lines, i, page.chrome(i))):
            if reason == "logo" and not page.chrome(i):
                continue  # an image's alt text in the article ("SeaMonkey logo"); the chrome's: _outer_shapes
            page.reasons[i] = reason
        elif i not in page.reasons and _glued_navigation(page, i):
            page.reasons[i] = "navigation links"
        elif i not in page.reasons and _interface_run(lines[i]):
            page.reasons[i] = "page furniture"
    page.find_prose()
    _source_labels(page)
    _user_names(page)
    _chrome_prompts(page)
    _chrome_buttons(page)
    _interface_words(page)
    _related_blocks(page)
    _read_the_rest(page)
    _logo(page)
    _site_header(page)
    _footer_links(page)
    _labelled_lists(page)
    _contents_lists(page)
    _counted_lists(page)
    _doubled_cards(page)
    _repeated_menus(page)
    _split_counters(page)
    _ad_labels(page)
    _settle(page)
    # The shape rules' furniture is evidence for jusText's reading of the lines around it.
    if _web_capture(page.reasons) or (page.reasons and _long_column(page)):
        _tail_runs(page)
        _lead_runs(page)
        _teaser_series(page)
        page.find_prose()
        _settle(page)
        vocabulary = _vocabulary(page)
        stopwords = stoplist_for(page.lines[i] for i in _article(page))
        added = context_furniture(
            lines,
            page.reasons,
            _prose(page),
            _article(page),
            _anchors(page),
            lambda i: _removable(page, i, vocabulary, stopwords),
        )
        if added:
            page.reasons.update(added)
            page.find_prose()
            _settle(page)
        _zone_menus(page)
        _headline_lists(page)
    _record_fields(page)
    _titles_among_menus(page)
    return page.reasons


_FRONT_MATTER_LINES = 60
_FRONT_MATTER_FIELD = re.compile(r"\s*(?:[\w-]+\s*[:=]|- |#)|\s*$")


def _front_matter(lines: list[str]) -> range:
    """The metadata block that opens a Markdown note ("---" / "title: …" / "tags:" / "  - …" / "---"): the
    author's own record of the note, never a web page's furniture, whatever its short lines look like."""
    first = next((k for k, line in enumerate(lines[:_FRONT_MATTER_LINES]) if line.strip()), None)
    if first is None or lines[first].strip() not in ("---", "+++"):
        return range(0)
    fence = lines[first].strip()
    for k in range(first + 1, min(len(lines), first + _FRONT_MATTER_LINES)):
        if lines[k].strip() == fence:
            return range(first, k + 1)
        if not _FRONT_MATTER_FIELD.match(lines[k]) and not lines[k].startswith((" ", "\t")):
            return range(0)  # a line that is no field: a rule under a heading, not a block of metadata
    return range(0)


_ZONE_LINE_WORDS = 8  # words of a menu's item, a label or a headline outside the article's zone
_ZONE_RUN = 3  # short lines in a row that make a menu
_ZONE_TWICE_WORDS = (
    15  # words of another story's headline, said twice outside the zone (its picture's and its link's)
)
_BY = re.compile(r"(?:(?:written|posted|reviewed|published)\s+)?by\s", re.IGNORECASE)


_OWN_TITLE_WORDS = 4  # first words that tell the page's own title in its forms ("… 125 ml", "…  Zoom")
_OWN_TITLE_REACH = 8  # filled lines around a line where its other forms are looked for


def _title_stem(line: str) -> tuple[str, ...]:
    return tuple(w.strip(",.:;!?()") for w in line.casefold().split()[:_OWN_TITLE_WORDS])


def _own_title(page: _Page, i: int, start: int) -> bool:
    """Line ``i`` and two or more lines close to it above the article begin with the same words: the
    page's own title over its picture ("…  Zoom"), its heading and its crumb (a product's page, with and
    without its size); another story's headline is said twice, and a menu's items differ."""
    if i >= start or _words(page.lines[i]) < _OWN_TITLE_WORDS:
        return False
    k, stem = page.position[i], _title_stem(page.lines[i])
    near = page.filled[max(0, k - _OWN_TITLE_REACH) : k + _OWN_TITLE_REACH + 1]
    return sum(1 for j in near if j < start and _title_stem(page.lines[j]) == stem) >= 3


def _zone_menus(page: _Page) -> None:
    """Outside the article's zone, the rest of a menu: a short line (a link, a label, another story's
    headline) in a run of three lines or more of up to eight words, no sentence and no prose, one of
    them furniture already.

    The zone is the widest reading of where the article stands: from the first to the last line of
    jusText's main run of good blocks (``article_zone``) or of the longest cluster of prose
    (``_article_span``), whichever reaches further. A short article, whose paragraphs are all under
    jusText's 200 characters, has no good block and no zone: the longest cluster of prose alone may
    leave out its list or its title (tried: fourteen false removals on the invented pages).

    Outside the zone these stay: prose and sentences; a person's name, a title in capitals or a byline;
    an "[edit]" heading; the heading of prose or of a long line; the label of a record's fields or a
    line of a post's head (its date, author or text follows); a line with no furniture between it and
    the zone (the article's heading above its first short lines, a list closing it); and what the shape
    rules' guards keep (a dated line, a record's field, a line mostly in the words of the zone: those
    counted without the stopwords of the article's language, and only the zone's words, since a column
    of other stories' headlines would otherwise vouch for itself)."""
    span, zone = _article_span(page), article_zone(page.lines, page.reasons, _article(page))
    if span is None or zone is None:
        return  # no paragraph to read a zone by
    start, end = min(span[0], zone[0]), max(span[1], zone[1])
    vocabulary: set[str] = set()
    for i in page.filled:
        if start <= i <= end and i not in page.reasons:
            vocabulary |= page.stems(i)
    stopwords = stoplist_for(page.lines[i] for i in _article(page))
    found = set(page.reasons)
    joined = _joining_zone(page, start, end)
    read: list[set[str]] = []

    def paragraphs() -> set[str]:
        """The words of the page's paragraphs that stand beside another paragraph (an article's, wherever
        it is, even where the page's chrome takes it for stray prose; a teaser's one sentence stands between
        headlines): read once, when first asked."""
        if not read:
            article = _prose(page)
            words: set[str] = set()
            for k, j in enumerate(page.filled):
                beside = (k > 0 and page.filled[k - 1] in article) or (
                    k + 1 < len(page.filled) and page.filled[k + 1] in article
                )
                if j in article and beside:
                    words |= page.stems(j)
            read.append(words)
        return read[0]

    runs = _menu_runs(page)
    said: dict[str, list[int]] = {}
    for i in page.filled:
        if not start <= i <= end:
            said.setdefault(" ".join(page.lines[i].split()), []).append(i)
    head = page.position[start] - _LEAD_HEAD
    new: list[int] = []
    for i in page.filled:
        if i in found or start <= i <= end:
            continue
        line = page.lines[i].strip()
        # Said twice outside the zone, and neither time the article's own heading (joining the zone).
        again = said[" ".join(line.split())]
        twice = len(again) >= 2 and 2 <= _words(line) <= _ZONE_TWICE_WORDS and not joined.intersection(again)
        if (_words(line) > _ZONE_LINE_WORDS and not twice) or is_prose(line) or _sentence(line):
            continue
        if _named(line, stopwords) or _BY.match(line) or _EDIT_LINK.search(line):
            continue  # a person's name, or a title in capitals ("Stalin's Peasants")
        run = [j for j in runs.get(i, [i]) if not start <= j <= end]
        if not twice and (len(run) < _ZONE_RUN or not any(j in found for j in run)):
            continue
        # A headline said twice outside the zone heads a teaser's one sentence, not a section of prose.
        heads = _heads_good(page, i) and (not twice or _heads_paragraphs(page, i))
        if heads or _heads_record(page, i) or _kept(page, i, vocabulary, stopwords):
            continue
        if twice and _kept(page, i, paragraphs(), stopwords):
            continue  # the title of another article of the capture, in the words of its paragraphs
        if i in joined or (
            len(again) >= 2 and any(head <= page.position[j] < page.position[start] for j in again)
        ):
            continue  # the article's heading, or its title said again in its head (a hub's column, a crumb)
        if _own_title(page, i, start):
            continue
        new.append(i)
    for i in new:
        page.reasons[i] = "menu outside the article"


_NAMES_JOINED = re.compile(r"\s*(?:,|&|\+|\band\b|\bund\b|\bet\b|\by\b|\bi\b)\s*")


def _named(line: str, stopwords: frozenset[str]) -> bool:
    """``line`` has a name's shape (two or three capitalised words, or initials and a surname), or is two
    or more such names joined by "&", "and" or commas (an article's authors), and none of its words is one
    of the language's stopwords: "Denis Ward", "Ann Roe & Bo Lind", not "Top Stories" or "Do Not Track"."""
    names = [part for part in _NAMES_JOINED.split(line.strip()) if part]
    if not names or not all(_NAME.fullmatch(part) or _PERSON.fullmatch(part) for part in names):
        return False
    line = " ".join(names)  # the joining words are stopwords ("and"), the names' words are not
    return not any(w.casefold() in stopwords for w in _LETTER_WORDS.findall(line))


def _menu_runs(page: _Page) -> dict[int, list[int]]:
    """Each line of a menu or a column of headlines, with the run of such lines it stands in: up to eight
    words, no sentence and no prose (blank lines do not break a run). Read in one pass."""
    runs: dict[int, list[int]] = {}
    run: list[int] = []
    for i in page.filled:
        line = page.lines[i]
        if _words(line) <= _ZONE_LINE_WORDS and not _sentence(line) and not is_prose(line):
            run.append(i)
            runs[i] = run
        else:
            run = []
    return runs


def _heads_good(page: _Page, i: int) -> bool:
    """The first line after ``i`` that is not furniture nor ``i`` said again (a heading as its picture's
    text and its link) is running prose or a long line: ``i`` heads it."""
    k = page.position[i]
    after = [j for j in page.filled[k + 1 : k + 3] if j not in page.reasons]
    if after and page.lines[after[0]].strip() == page.lines[i].strip():
        after = [j for j in page.filled[k + 2 : k + 4] if j not in page.reasons]
    return bool(after) and (is_prose(page.lines[after[0]]) or len(page.lines[after[0]].strip()) >= 70)


def _heads_paragraphs(page: _Page, i: int) -> bool:
    """The two lines after ``i`` that are not furniture are both running prose: ``i`` heads a section of
    paragraphs, not a card's one sentence under its headline."""
    k = page.position[i]
    said = page.lines[i].strip()
    reach = page.filled[k + 1 : k + 9]  # a few lines: a card's headline and its sentence stand together
    after = [j for j in reach if j not in page.reasons and page.lines[j].strip() != said][:2]
    return len(after) == 2 and all(is_prose(page.lines[j]) for j in after)


def _joining_zone(page: _Page, start: int, end: int) -> set[int]:
    """Lines outside the zone with no furniture between them and it, or between them and an encyclopedia's
    section heading above them ("External links[edit]"): the article's heading above its first lines, or
    a list closing it. One pass each way: a capture of thousands of lines is read once."""
    joined: set[int] = set()
    for i in reversed([j for j in page.filled if j < start]):
        if i in page.reasons:
            break
        joined.add(i)
    open_ = True  # no furniture since the zone's end or the last section heading
    for i in (j for j in page.filled if j > end):
        if _EDIT_LINK.search(page.lines[i]):
            open_ = True
        elif i in page.reasons:
            open_ = False
        elif open_:
            joined.add(i)
    return joined


def _heads_record(page: _Page, i: int) -> bool:
    """The first line after ``i`` that is not furniture is a record's field, a post's author, date or
    text: ``i`` is the record's label ("Details" above "Author" / "Conquest, Robert.") or a line of the
    post's head ("rated it 4 of 5" above its date)."""
    k = page.position[i]
    after = next((j for j in page.filled[k + 1 :] if j not in page.reasons), None)
    if after is None:
        return False
    line = page.lines[after]
    dated = _words(line) <= 8 and bool(_STAMP.search(line))
    return after in page.fields or dated or _author(page, after) or _after_stamp(page, after)


_LISTED_HEADLINES = 4  # other stories' headlines in a row, outside the article, that make a list of them
_LISTED_HEADLINE_WORDS = (4, 16)
_NOT_HEADLINE = re.compile(r"\s*\d{1,4}\s*[.:)]|.*\((?:1[5-9]|20)\d\d\)|.*,.*,")


def _listed_headline(page: _Page, i: int) -> bool:
    """Line ``i`` may be another story's headline: a line of four to sixteen words outside the article,
    no sentence, no table row, no field, no dated or numbered entry ("1932: …", "3. Kapitel") and no
    reference ("Conquest, Robert (1986) …")."""
    line = page.lines[i]
    low, high = _LISTED_HEADLINE_WORDS
    if not low <= _words(line) <= high or _sentence(line) or "\t" in line or i in page.fields:
        return False
    if _NOT_HEADLINE.match(line) or _STAMP.search(line) or _MONTH_YEAR.search(line):
        return False
    first = line.lstrip()[:1]
    return page.outside(i) and (first.isupper() or first.isdigit() or first in "\"'“‘„«")


def _headline_lists(page: _Page) -> None:
    """Outside the article, four or more lines in a row that are headlines of other stories: each of a few
    words, no sentence, and most of them in words the article does not use (a report's contents use its
    words, a chronology is dated, a list of sources names authors and years), beside furniture or the
    page's edge. The lists of "Most read", "Top stories" and the sections' latest stories, often under a
    label no list holds or none."""
    article = [n for n in page.prose if n not in page.reasons and n not in page.stray]
    if len(article) < 2:
        return
    stopwords = stoplist_for(page.lines[n] for n in article)
    words = {_stem(w) for n in article for w in _LETTER_WORDS.findall(page.lines[n])}

    def foreign(j: int) -> bool:
        stems = [_stem(w) for w in _LETTER_WORDS.findall(page.lines[j]) if w.casefold() not in stopwords]
        return len(stems) >= 2 and sum(1 for w in stems if w in words) * 2 < len(stems)

    run: list[int] = []

    def close() -> None:
        if len(run) >= _LISTED_HEADLINES and sum(1 for j in run if foreign(j)) * 4 >= len(run) * 3:
            k0, k1 = page.position[run[0]], page.position[run[-1]]
            ends = page.filled[max(0, k0 - 1) : k0] + page.filled[k1 + 1 : k1 + 2]
            # beside furniture, the page's edge, or a label or menu item of a few words
            short = any(_words(page.lines[j]) <= 3 and not _sentence(page.lines[j]) for j in ends)
            if k0 == 0 or k1 == len(page.filled) - 1 or short or any(j in page.reasons for j in ends):
                for j in run:
                    if foreign(j):
                        page.reasons.setdefault(j, "other stories")
        run.clear()

    for i in page.filled:
        if i not in page.reasons and _listed_headline(page, i):
            run.append(i)
        else:
            close()
    close()


def _record_fields(page: _Page) -> None:
    """A record's fields named with a colon (a field's name over its value, two pairs at least) stay
    whatever rule took them for a label or a menu ("Kategorie:" / "Markt", "Anlass:" / the event's title); a
    button's words stay furniture. Names without a colon may be a masthead's ("Editors" / "Publisher")."""
    for i in sorted(page.fields):
        if not page.lines[i].rstrip().endswith(":"):
            continue
        _, value = page.neighbours(i)
        for j in (i, value):
            if j in page.fields and j in page.reasons and _ui(page.lines[j]) not in FURNITURE:
                del page.reasons[j]


def _titles_among_menus(page: _Page) -> None:
    """The article's title that the rules of neighbours took with the menus around it stays: a line of two
    words or more above the article, said again further down where the article begins."""
    said = _said_below(page)
    for j in sorted(page.fields):  # a record's value: "Anlass:" / the event's title, above the prose
        if j not in page.reasons:
            said.setdefault(_key(page.lines[j]), []).append(j)
    for i in [i for i in page.reasons if i < page.first_article]:
        line = page.lines[i]
        if _words(line) < 2 or _ui(line) in FURNITURE or _reason(line, page.lines, i, page.chrome(i)):
            continue  # a control by its own words ("report this ad", "Continue reading"), wherever it is
        if _title_said_below(page, i, said):
            del page.reasons[i]


def _settle(page: _Page) -> None:
    """Furniture found so far is evidence for the lines around it: settle the chrome, then fill it in."""
    for _ in range(4):
        found = len(page.reasons)
        _stray_prose(page)
        _repeated_menus(page)
        _said_again_as_furniture(page)
        _outer_shapes(page)
        vocabulary = _vocabulary(page)
        _link_runs(page, vocabulary)
        _head_menus(page)
        _bare_counts(page)
        _doubled_names(page)
        _chrome_prompts(page)
        _buttons_beside(page, vocabulary)
        _tag_runs(page)
        _link_titles(page)
        _edge_banners(page)
        _between_furniture(page, vocabulary)
        _interface_words(page)
        _related_blocks(page)
        _footer_links(page)
        if len(page.reasons) == found:
            break


def _long_column(page: _Page) -> bool:
    """Outside the article's prose, twenty short lines in a row: a web page's menus or sidebar, which a
    book, a letter or a transcript does not print (their lists and verse stand among their prose)."""
    count = 0
    for i in page.filled:
        line = page.lines[i]
        short = _words(line) <= _SHORT_LINK and not _sentence(line) and "\t" not in line
        count = count + 1 if short and page.outside(i) else 0
        if count >= _CLUSTER_COLUMN:
            return True
    return False


def _web_capture(reasons: dict[int, str]) -> bool:
    """The shape rules found a web page's furniture: of two kinds, or three lines not all copyright lines
    (as ``looks_like_web_capture`` tells). Plain texts get no context layer."""
    kinds = set(reasons.values())
    return len(kinds) >= 2 or (len(reasons) >= 3 and kinds != {"copyright line"})


def _prose(page: _Page) -> set[int]:
    return {i for i in page.prose if i not in page.reasons}


def _article(page: _Page) -> set[int]:
    return _prose(page) - page.stray


def _anchors(page: _Page) -> set[int]:
    """Lines that are content as surely as prose: a table row, a dated line, a list item, a line of verse."""
    return {
        i
        for i in page.filled
        if i not in page.reasons
        and (
            "\t" in page.lines[i]
            or _URL.search(page.lines[i])  # a source the article gives: "https://nodejs.org/api/…"
            or (_YEAR.search(page.lines[i]) and _LETTER_WORDS.search(page.lines[i]))
            or _LIST_ITEM.match(page.lines[i])
            or page.lines[i].rstrip().endswith((",", ";"))
        )
    }


_URL = re.compile(r"https?://\S+")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪◦]|\d{1,3}[.)]|[a-z][.)])\s")


_LABELLED_LINES = 5  # lines under a label with a colon that close the article ("Anfahrt:" / an address)


def _under_article_label(page: _Page, i: int) -> bool:
    """Line ``i`` is a label with a colon right under the article's prose, or one of the few short lines
    under it: what the article closes with ("Anfahrt:" / the place's address, "Timetable:" / its hours)."""
    k = page.position[i]
    for n in range(k, max(-1, k - _LABELLED_LINES - 1), -1):
        j = page.filled[n]
        line = page.lines[j]
        if j != i and (j in page.reasons or _words(line) > _SHORT_LINK):
            return False
        if line.rstrip().endswith(":") and 1 <= _words(line) <= 4 and not _LIST_LABEL.fullmatch(line.strip()):
            above = page.filled[n - 1] if n > 0 else None
            return above is not None and above not in page.reasons and is_prose(page.lines[above])
    return False


def _removable(page: _Page, i: int, vocabulary: set[str], stopwords: frozenset[str]) -> bool:
    """The guards of the context layer: every line that evidence around it never removes (``_kept``; the
    article's words counted without its stopwords, so that "Yes" / "No" of a feedback widget is no
    name the article discusses), prose, a line going on with the sentence above, a list item, verse."""
    line = page.lines[i]
    if i in page.reasons or not re.search(r"\w", line) or is_prose(line) or _LIST_ITEM.match(line):
        return False
    if i in page.said_again:
        return False  # the article's title said above it, in a column of other stories
    if page.continues(i) or _kept(page, i, vocabulary, stopwords) or _under_article_label(page, i):
        return False
    if _sentence(line) and _words(line) >= 3:
        return False  # a sentence, however short, can be a reader's ("Thanks, that is very helpful.")
    return not line.rstrip().endswith((",", ";"))  # a line of verse or of a hard-wrapped sentence


def clean_web(text: str) -> CleanResult:
    """``text`` without the lines that are web-page furniture, and what was removed."""
    lines = text.split("\n")
    reasons = furniture(text)
    kept: list[str] = []
    removed: list[RemovedLine] = []
    for index, line in enumerate(lines):
        reason = reasons.get(index)
        if reason is not None:
            removed.append(RemovedLine(index + 1, line, reason))
            continue
        edit = _EDIT_LINK.search(line)
        if edit and edit.start() > 0:
            removed.append(RemovedLine(index + 1, edit.group().strip(), "edit link", whole=False))
            line = line[: edit.start()]
        kept.append(line)
    if not removed:
        return CleanResult(text, ())
    # Removed furniture at the very top or bottom should not leave the text starting with blank lines.
    while kept and not kept[0].strip():
        kept.pop(0)
    result = "\n".join(kept).rstrip("\n")
    return CleanResult(result + "\n" if text.endswith("\n") else result, tuple(removed))


def looks_like_web_capture(text: str, removed: tuple[RemovedLine, ...] | None = None) -> bool:
    """The text carries the marks of a saved web page: furniture of at least two kinds (or three lines
    of it), or furniture and the bracketed reference marks of an encyclopedia."""
    if removed is None:
        lines = text.split("\n")
        if len(lines) > 2 * _SAMPLE_LINES:  # a long text: its head and tail show the page's chrome
            head, tail = lines[:_SAMPLE_LINES], lines[-_SAMPLE_LINES:]
            text = "\n".join([*head, *tail])
        removed = clean_web(text).removed
    kinds = {r.reason for r in removed}
    marks = len(_REFERENCE_MARK.findall(text)) >= 5
    # Copyright lines alone are a licence's or a book's, not a web page's.
    many = len(removed) >= 3 and kinds != {"copyright line"}
    return len(kinds) >= 2 or many or (bool(removed) and marks)
