"""The vocabulary of narrative citations: verbs of scholarship in the present and present perfect
(enough alone), in the past and of plain speech (weak signs, for a name cited elsewhere), the adverbs that
may stand between a name and its verb, and scholars' callings ("historian", "economist").
"""

from __future__ import annotations

import re

# Verbs of scholarship in the historiographic present (and present perfect): "Sakwa feels", "Barber has
# shown". Enough alone: historians put their colleagues in the present and the past's actors in the past.
_PRESENT = (
    r"(?:argues|notes|feels|believes|sees|claims|writes|describes|suggests|states|comments|contends|"
    r"maintains|shows|observes|explains|insists|concludes|estimates|provides|points\s+(?:out|to)|remarks|"
    r"asserts|"
    r"emphasi[sz]es|stresses|doubts|rejects|disputes|challenges|proposes|demonstrates|characteri[sz]es|"
    r"finds|puts\s+it|reminds\s+us|mentions|defines|introduces|distinguishes|lists(?:\s+off)?|asks|argue|note|suggest|show|claim|contend|maintain|insist|believe|conclude|"
    r"accepts|concedes|acknowledges|admits|recogni[sz]es|talks\s+(?:about|of)|speaks\s+of|writes\s+of|"
    r"goes\s+on\s+to\s+(?:describe|argue|show|say|note|suggest|explain|claim|quote|discuss|list|examine)|"

    r"estimate|(?:has|have)\s+(?:(?:also|long|now|since|recently|already|[a-z]+ly)\s+)?"
    r"(?:shown|argued|noted|suggested|claimed|demonstrated|written|described|observed|pointed\s+out|called|"
    r"stressed|emphasi[sz]ed|estimated|found|calculated|maintained|contended|traced|documented|identified|"
    r"examined|explored|analy[sz]ed|reconstructed|discussed|offered|compared|stated|speculated|"
    # ("Ruiz and Obi have tested the idea on prices", "Lund has quantified the channel")
    r"tested|quantified|measured|revised|challenged|questioned))"
    # What a scholar does with the evidence: "Merridale, writing about war memorials, makes a similar point",
    # "Filtzer reaches a harsher conclusion", "Viola traces …"
    r"|(?:makes|reaches|offers|traces|attributes|documents|interprets|identifies|highlights|underlines|"
    r"depicts|portrays|"
    # "Pohl cautions that", "Atwood dismisses", "Hansen counters", "Blumenson considers", "Citino credits"
    r"cautions|dismisses|derives|opines|counters|considers|credits|focuses\s+on|takes\s+note|defends|"
    # "Ellman criticises our book", "Getty critiques"
    r"critici[sz]es|critiques|"
    r"examines|explores|analy[sz]es|reconstructs|discusses|summari[sz]es|reckons|calculates|dates|locates|"
    # "Southgate posits", "Munslow refers to Kracauer", "Stephanson takes a more critical viewpoint"
    r"posits|refers\s+to(?!\s+(?:it\s+|them\s+)?as\b)|takes\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:view|viewpoint|stance|position|line))"
)
# Verbs of the past, and the present of plain speech ("Putin says", "officials agree"): a scholar's only
# when the name is cited elsewhere in the text.
_PAST = (
    r"(?:argued|noted|wrote|claimed|showed|shown|suggested|observed|described|estimated|calculated|stated|"
    r"commented|concluded|insisted|remarked|maintained|contended|reported|pointed\s+out|saw|believed|felt|"
    r"thought|held|found|counted|doubted|disputed|rejected|says|said|thinks|calls|reports|agrees|agree|"
    r"disagrees|disagree|questions|holds|counts|tells|complained|objected|countered|replied|responded|"
    r"conceded|admitted|acknowledged|cautioned|warned|questioned|restated|stressed|emphasi[sz]ed|agreed|"
    r"speculated|mentioned|defined|"
    # "what Enzensberger termed “…”": a scholar's coinage, weak as the past ("what the Tsar termed …")
    r"termed|"
    # "As Walker expressed, …", "Rubin uses feminist method to trace …": weak alone, as the past
    r"expressed|expresses|uses|"
    # "David Herlihy critiqued", "Scott detailed", "As Wesseling put it" ("advocated" left out: "Ranke
    # advocated that historians use primary sources" is the past's actor)
    r"critiqued|detailed|posited|put\s+it|"
    r"took\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:view|viewpoint|stance|position|line)|"
    # "Haldane gives the famine a central place", "Wu and Tamm documented its limits", "Pruett went furthest"
    r"gives|documented|tested|went\s+(?:furthest|further)|"
    # "Ginsburg and Huq distinguished two kinds of decline", "Lund measures quality by region": what a scholar
    # does to the evidence, weak as the past ("developed" left out: "Okafor developed the concept" is a deed
    # in a history of ideas)
    r"distinguished|measured|measures|"
    # "Ibarra would argue", "Okafor wants to point out": a modal or an intent before the verb, weak as the
    # past ("Stalin would describe his line as …": an actor too)
    r"(?:would|might|could|wants\s+to|tries\s+to|seeks\s+to)\s+(?:argue|point\s+out|suggest|say|claim|note|"
    r"insist|object|reply|answer|counter|describe|explain|show)|"
    r"tells\s+of|"
    # "Stubbs focused on", "Maitland introduced"; bare plurals after an appositive ("Some writers, notably
    # Berg, see")
    r"was\s+of\s+the\s+(?:view|opinion)|took\s+the\s+view|"
    r"(?:was|became)\s+(?:the|among\s+the)\s+first\s+to\s+(?:propose|challenge|argue|suggest|identify|link|show|note|"
    r"describe|question)|"
    r"focused\s+on|introduced|opined|defended|dismissed|proposed|derived|considered|credited|provided|"
    r"see|opine|defend|remark|consider|dismiss|caution|"
    # "Viola quotes a peasant woman": quoting a source, a weak sign too
    r"quotes|cites|quoted|cited)"
)
# "rightly", "increasingly", …; "Pell himself proposes", "Remy and Mitcham both defend"
_ADVERB = (
    # ("later" left out: "Khrushchev, then in Kiev, later claimed in his memoirs" is an actor remembering)
    r"(?:(?:also|further|even|however|too|himself|herself|themselves|both|once|often|long|then|"
    r"[a-z]{2,}ly)\s+){0,2}"
)
_FOLLOWING_PRESENT = re.compile(rf"\s+{_ADVERB}(?:{_PRESENT})\b")
_FOLLOWING_VERB = re.compile(rf"\s+{_ADVERB}(?:{_PRESENT}|{_PAST})\b")
# Scholars' callings, as the text names a scholar: "the historian X", "the political scientist X".
_ROLES = (
    r"[Hh]istorians?|[Ss]cholars?|[Bb]iographers?|[Dd]emographers?|[Ee]conomists?|[Pp]olitical\s+scientists?|"
    r"[Aa]rchaeologists?|[Ss]ociologists?|[Aa]nthropologists?|[Ss]ovietologists?|[Rr]esearchers?"
)
# Weak verbs that are as much the deeds of the history's actors: a scholar's only for a name given as one
_ACTORS_TOO = re.compile(
    r"focused\s+on|introduced|provided|opined|defended|dismissed|proposed|derived|considered|credited|see|opine|defend|"
    r"remark|consider|dismiss|caution"
)
# Verbs of a past belief or perception, an actor's as much as a scholar's
_BELIEF = re.compile(r"believed|felt|thought|saw|held|considered|doubted")
_PLAIN_SPEECH = {"says", "said", "tells", "told", "thinks", "reports", "replied", "responded",
                 "complained", "objected", "countered", "warned", "cautioned", "agrees", "agree", "disagrees",
                 "disagree", "quotes", "quoted", "cites", "cited"}
# A verb's plural with no "-s" ("suggest", "have argued"): its subject is no single surname
_BARE_PLURAL = re.compile(
    r"(?:argue|note|suggest|show|claim|contend|maintain|insist|believe|conclude|estimate|agree|disagree|see|"
    r"opine|defend|remark|consider|dismiss|caution|have\s+.*)"
)
# "Member states (see below)", "Early estimates: …": a plural noun a verb of scholarship also spells, after an
# adjective that heads a line, no scholar's name (one cited elsewhere still is: "Brandt notes (p. 4)")
_NOUN_VERBS = frozenset({"states", "notes", "remarks", "comments", "claims", "estimates", "documents",
                         "lists", "dates", "counters", "credits", "shows", "finds", "observes", "provides",
                         "measures"})
_NOUN_AFTER = re.compile(r"[ \t]*(?:\((?=[a-z])|:(?![ \t]*[“\"‘]))")
_PRESENT_RE = re.compile(_PRESENT)
