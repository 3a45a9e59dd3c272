"""Furniture by a line's own shape: counters, pagers, ratings, edit and share links, prompts, banners,
copyright lines, bars of links, links glued without spaces, a control with its count (``_reason``)."""

from __future__ import annotations

import re
from itertools import pairwise

from annotator.io.importers.webclean.lines import _GLUE, _NAME_PREFIXES, _key, _sentence, _ui, _words
from annotator.io.importers.webclean.words import (
    _BANNER_PREFIXES,
    _BANNER_WORDS,
    _COOKIE_BANNER,
    _COUNT_NOUNS,
    _LINK_BANNERS,
    _NOT_CONTROLS,
    FURNITURE,
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
    _rule(
        r"(?:share|follow us|share this(?: story| article| post| page)?) (?:on|via|to) \w+"
        r"(?:\s*(?:,|and|or|\|)\s*\w+)*"
        # a share bar's menu, with the title it shares: "Share All sharing options for: <the title>"
        r"|share all sharing options(?: for:? .{1,200})?"
        # a share bar's buttons pasted on one line, with their counts: "Teilen auf Facebook: 5Teilen auf …"
        r"|(?:(?:share|teilen|partager)(?: this)? (?:on|auf|sur|via|to) \w+(?:\s*:\s*\d+)?\s*){2,}"
        r"[\w…. ]{0,30}"
        # a share or tool bar's icons by their alt text: "Icon facebook", "Icon Drucker" (printer)
        r"|icon (?:facebook|twitter|x|whatsapp|linkedin|xing|pinterest|reddit|instagram|youtube|telegram"
        r"|flipboard|pocket|rss|e-?mail|mail|print|printer|drucker|briefumschlag|envelope)",
        "share button",
    ),
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
        r"(?:\s+(?:of|for)\s+(?:user\s+)?\S+(?:\s\S+){0,2})?",  # "Profile picture for user Tyler Durden"
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
    # A shop's button: a price and where it is sold ("$350 at Amazon", "29,99 € bei Thalia"). ("Buy now"
    # alone stays: between the products of a buying guide it is no evidence that they are furniture.)
    _rule(
        r"(?:(?:us|au|ca)?[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|£|eur|usd|dollars?))\s+(?:at|from|bei|chez|sur|on)\s+"
        # a shop's name, not "the time" or "a discount": "£5 at the auction" is a sentence's piece
        r"(?!(?:the|a|an|that|this|least|most|first|last|once)\b)[\w.&'’-]+(?:\s[\w.&'’-]+){0,2}",
        "shop button",
    ),
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
    # A newsletter's sign-up box, in the imperative and to "your inbox", not a sentence (``_reason``): "Sign
    # up for free newsletters and get more … delivered to your inbox". A sentence on a newsletter stays ("He
    # would get …", "Sign up to get the week's best stories … in your inbox every Friday."), and so does "Sign
    # up for our newsletter" without an inbox: an article about the newsletter asks it (The Verge's "Command
    # Line", measured). Last, so that a widget's own rule above names its lines first.
    _rule(
        r"(?:sign up|subscribe|get|join|receive)\b[^.!?]{0,80}\b(?:to|in) your inbox\b.{0,120}",
        "newsletter box",
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


_NAV_SEPARATORS = re.compile(r"\s+[|·•∙»›‹>/]\s+|\s*[|·•∙»›‹]\s*")
_SPACED_SEPARATORS = re.compile(r"\s+[|·•∙»›‹>/]\s+")
_NAV_MARKS = re.compile(r"[|·•∙»›‹]|\s[>/]\s")


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
# A line that opens with the © sign and a name ("© Verlag GmbH – Alle Rechte vorbehalten", "©  Zeitung AG -
# ein Unternehmen der …"): a notice whatever its language; prose never begins with the sign. With a year
# after the sign it is the older shape's ("© 2019 Agency. All Rights Reserved. This material may not …"
# is the article's syndication note in the measured labels).
_COPYRIGHT_SIGN = re.compile(r"\s*©\s*[A-Z]")
_COPYRIGHT_SIGN_WORDS = 20
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
    if _COPYRIGHT_SIGN.match(line) and words <= _COPYRIGHT_SIGN_WORDS:
        return "copyright line"  # "© Verlag GmbH – Alle Rechte vorbehalten": the sign first, in any language
    if chrome and _COPYRIGHT_INSIDE.fullmatch(key):
        return "copyright line"  # in the page's tail: "Site design / logo © 2024 Stack Exchange Inc; …"
    if words <= 25 and (shape := _SHAPES.fullmatch(key)) is not None and shape.lastgroup is not None:
        reason = _PATTERNS[int(shape.lastgroup[1:])][1]
        if reason == "counter" and (_SECTION_NUMBER.fullmatch(line.strip()) or _numbered_run(lines, index)):
            return None  # a numbered heading, "6.2 Language" or "10 Citations" after "9 Footnotes"
        pager = _PAGER.search(key) if reason == "counter" else None
        if pager and int(pager.group(1)) > int(pager.group(2)):
            return None  # "7 of 3" counts no pages
        if reason == "newsletter box" and _sentence(line):
            return None  # a sentence on the newsletter stays, as a reader's would ("Sign up to get …")
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


_NOUN_OF_COUNT = re.compile(r"[0-9][0-9,.]*[kKmM]?\s+[A-Za-z]+s")
_BARE_COUNT = re.compile(r"[0-9]{1,3}(?:[,.][0-9]{1,3})*[kKmM]?")


_UI_PIECES = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


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


# Reasons a line's own shape gives (not its place or its neighbours): said again elsewhere on the page, the
# same words are the same control ("« Vorige | Nächste »" above and below the article).
_SHAPE_REASONS = frozenset(
    {"navigation links", "page furniture", "pager", "counter", "share button", "edit link", "rating"}
    | {"repeated menu", "call to action", "empty prompt", "newsletter box"}
)
