"""The interface's words and labels, in the languages of the pages measured (English, German, French and
others where noted): whole-line buttons and links (``FURNITURE``), weak footer links, widgets' section labels,
banner openings, counts' nouns, labels of other stories, of lists and of a record's fields."""

from __future__ import annotations

import re

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
        "sign up now",
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
        *("pocket", "flipboard", "tumblr", "telegram", "xing"),  # more services of a share bar
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
        # A membership or donation box's buttons.
        *("donate now", "donate today", "become a member", "join now"),
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
        *("seitenanfang", "zum seitenanfang"),
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
    # A shop's or a review's note on its affiliate links.
    *("if you buy something using links", "if you buy something through links"),
    "we may earn a commission",
    *("as an amazon associate", "this post contains affiliate links"),
    "this article contains affiliate links",
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


_RELATED = re.compile(
    r"(?:related|more|other|similar|popular|trending|recommended|featured|latest|recent|hot)\s+"
    r"(?:[\w-]+\s+)?"
    r"(?:hubs?|articles?|posts?|stories|pages?|reads?|videos?|links?|topics?|news|questions?|items?)"
    r"(?:\s+(?:from|in|on|for)\s+\S+(?:\s+\S+)?)?|you (?:may|might) also like|read next|most read|"
    r"more from\s+\S+(?:\s+\S+)?|recommended for you|cite this (?:article|page|entry|post)|related"
    r"|similar items(?:\s*\([^)]{0,40}\))?"
    r"|(?:[\w.-]+\s+){0,2}recommends?|suggested (?:articles|stories|reading|posts)"
    r"|editor[’']?s[’']? (?:picks?|choice|recommendations?)"
    # what other readers chose, and the section's next stories: "Readers Also Liked", "Next Up In Politics"
    r"|(?:readers|people|others) (?:also )?(?:liked|read|viewed|enjoyed)"
    r"|next up(?:\s+in\s+\S+(?:\s+\S+){0,3})?"
    # German and French pages' labels of other stories
    r"|mehr zu(?:m| diesem) thema|das könnte (?:sie|ihnen|dich|dir) auch (?:interessieren|gefallen)"
    r"|weitere artikel|"
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


# Interface words that also name what an article counts or ranks: "Top 10", "Name 2", "Website 3".
_NOT_CONTROLS = frozenset({"top", "name", "website", "more", "show", "hide", "close", "play", "zoom"})


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


# A document's own words for its contents: their heading does not make a list of weak words a menu.
_CONTENTS_HEADINGS = frozenset({"table of contents", "inhaltsverzeichnis", "sommaire", "contents", "inhalt"})


_MORE_BUTTON = re.compile(
    r"read the rest|read more|continue reading|read (?:the )?full (?:story|article|post)|weiterlesen|"
    r"mehr lesen|lire la suite",
    re.IGNORECASE,
)


# A control of the interface and up to two words it acts on: "Visit Stack Exchange", "Save article".
_WIDE_BUTTON = re.compile(
    r"(?:edit|add|remove|delete|report|save|bookmark|follow|unfollow|subscribe|share|print|download|view|"
    r"search|open|close|show|hide|create|join|invite|sign up|log in|sign in|log out|sign out|start|visit|"
    r"explore|get|order|request|browse|tell)(?:\s+(?:a|an|the|this|to|on|in|for|as|by|us))?"
    r"(?:\s+(?!and\b|or\b|of\b)\w+){1,2}",
)


_LIST_LABEL = re.compile(
    r"(?:(?:related )?tags?|topics?|categories|category|filed under|labels?|keywords|subjects?"
    r"|themen|schlagw(?:örter|orte)|stichw(?:örter|orte)|kategorien?|mots[- ]cl[ée]s|[ée]tiquettes"
    r"|cat[ée]gories?)"
    r"\s*:?",
    re.IGNORECASE,
)


# Labels of advertising that can also head an article's section ("Advertising" in a history of a
# newspaper): furniture only when the page says them again, as it does over each of its ad slots.
_AD_TOPICS = frozenset({"advertising", "advertisements", "ads", "werbung", "reklame", "publicidade"})


_FORM_FIELDS = frozenset({"name", "website", "comment", "email"})


# The label of a list of other stories, as a tail's column heads it ("Most Popular", "We Recommend",
# "More articles in “News”"): besides the "Related …" labels, the words of a ranking or a recommendation.
_OTHER_STORIES = re.compile(
    r"(?:most|top|latest|recent|trending|popular|editors['’]?)\s+"
    r"(?:popular|read|viewed|shared|commented|emailed|watched|stories|news|headlines|articles|posts|picks)"
    r"(?:\s+(?:in|on|from)\s+\S+(?:\s+\S+)?)?|we recommend|(?:sponsored|promoted|partner)\s+"
    r"(?:links?|content|stories|posts)(?:\s+by\s+\S+)?|from (?:the|our) (?:homepage|sponsors?|partners?)",
    re.IGNORECASE,
)
