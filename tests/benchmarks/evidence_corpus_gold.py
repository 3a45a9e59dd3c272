"""Hand labels of the citations and comments in the texts of ../shared/corpus (issue 16).

The texts are not copied here: each label is a short anchor found in order in the text, the cited span in
⟦ ⟧, with the surname the detector should give and the locator. Labelling decisions (also in the
citations module): bibliography entries are not in-text citations; possessives ("Conquest's figure") are
not marked; heads of a list of views ("Ponton: Revisionist scumbag.", "Conquest - terror was …") are
not citations (the bracket at the end of each is); "(Karl Mannheim)", a concept's originator with no
work, is not; historical actors with verbs of saying ("Plekhanov argued", "Bukharin argued") are not.
Note calls are citations with author "" unless their note names a work.
"""

from __future__ import annotations

REVISION_NOTES = "ussr-nep-to-terror-revision-notes.txt"
ESSAY_EXCERPT = "key-features-of-stalinism-essay-excerpt.txt"
ARTICLE = "stalinism-complete-negation-of-socialism.txt"


def _ap(author: str, *pages: str) -> list[tuple[str, str, str]]:
    return [(f"⟦({author}, {page})⟧", author, page) for page in pages]


# (anchor with the span in ⟦ ⟧, author, locator[, year])
CITATIONS: dict[str, list[tuple[str, ...]]] = {
    REVISION_NOTES: [
        *_ap("Sakwa", "37", "37", "37"),
        *_ap("Service", "155"),
        *_ap("Sakwa", "40"),
        ("according to ⟦Sakwa⟧", "Sakwa", ""),
        *_ap("Sakwa", "42", "40"),
        *_ap("McAuley", "39"),
        *_ap("Sakwa", "42"),
        *_ap("Service", "163"),
        *_ap("Sakwa", "43"),
        *_ap("Service", "164"),
        *_ap("Sakwa", "44"),
        *_ap("Ponton", "37", "39"),
        ("⟦Sakwa feels⟧", "Sakwa", ""),
        *_ap("Sakwa", "46"),
        *_ap("Service", "137", "139"),
        ("Even ⟦Brzezhinski, hardly the most ardent admirer of Stalin, notes⟧", "Brzezhinski", ""),
        *_ap("Brzezhinski", "27"),
        *_ap("Service", "247", "191"),
        *_ap("Ponton", "37"),
        *_ap("McAuley", "44"),
        *_ap("Service", "135", "203"),
        ("⟦Service believes⟧", "Service", ""),
        *_ap("Service", "204", "157"),
        ("⟦McAuley (47)⟧ sees", "McAuley", "47"),
        *_ap("Sakwa", "38", "39", "39", "39", "39-30"),
        *_ap("Ponton", "36", "36"),
        ("⟦Brzezhinski feels⟧", "Brzezhinski", ""),
        *_ap("Brzezhinski", "22"),
        ("⟦McAuley notes⟧", "McAuley", ""),
        *_ap("McAuley", "35"),
        *_ap("Sakwa", "25"),
        *_ap("Ponton", "36"),
        *_ap("McAuley", "38"),
        ("⟦McAuley feels⟧", "McAuley", ""),
        *_ap("Ponton", "28"),
        *_ap("Sakwa", "41"),
        *_ap("McAuley", "37"),
        *_ap("Sakwa", "42", "43", "43", "43"),
        ("according to ⟦Sakwa⟧", "Sakwa", ""),
        *_ap("Sakwa", "44"),
        ("⟦Ponton argues⟧", "Ponton", ""),
        *_ap("Ponton", "36"),
        ("⟦Brzezhinski notes⟧", "Brzezhinski", ""),
        *_ap("Brzezhinski", "29", "30"),
        ("⟦(ibid, 31)⟧", "Brzezhinski", "31"),
        ("⟦Sakwa claims⟧", "Sakwa", ""),
        *_ap("Sakwa", "49"),
        ("according to ⟦McAuley (41)⟧", "McAuley", "41"),
        *_ap("Sakwa", "45"),
        ("(⟦Sakwa, 46⟧;", "Sakwa", "46"),
        ("⟦McAuley, 42⟧)", "McAuley", "42"),
        ("⟦Grossman argues⟧", "Grossman", ""),
        *_ap("Sakwa", "44", "46", "47"),
        ("⟦Ponton notes⟧", "Ponton", ""),
        *_ap("Ponton", "39"),
        ("According to ⟦Ponton⟧", "Ponton", ""),
        *_ap("Ponton", "36"),
        *_ap("Sakwa", "50"),
        ("⟦McAuley (50)⟧ provides", "McAuley", "50"),
        *_ap("McAuley", "50"),
        ("⟦Brzezhinski notes⟧", "Brzezhinski", ""),
        *_ap("Brzezhinski", "32"),
        *_ap("Sakwa", "51", "53"),
        *_ap("McAuley", "53", "54"),
        ("⟦McAuley notes⟧", "McAuley", ""),
        *_ap("McAuley", "56"),
        ("⟦Ponton (42)⟧ notes", "Ponton", "42"),
        ("⟦Service who says (210)⟧", "Service", "210"),
        ("⟦Getty sees⟧", "Getty", ""),
        *_ap("Service", "246"),
        *_ap("Sakwa", "54"),
        ("rejected by ⟦Sakwa (54)⟧", "Sakwa", "54"),
        ("⟦Sakwa feels⟧", "Sakwa", ""),
        ("(e.g. ⟦Brzezhinski⟧,", "Brzezhinski", ""),
        ("⟦Sholtsenitsyn⟧)", "Sholtsenitsyn", ""),
        ("as ⟦Service comments⟧", "Service", ""),
        *_ap("Service", "227"),
        ("⟦Service notes⟧", "Service", ""),
        *_ap("Service", "222-3", "222"),
        ("⟦(Milne, Anderson and Silver - see Ponton, 43)⟧", "Ponton", "43"),
        *_ap("Brzezhinski", "47"),
        *_ap("Service", "224"),
        *_ap("Sakwa", "52"),
        *_ap("Service", "221"),
        ("⟦(loc cit)⟧", "Service", "221"),
        *_ap("Service", "222"),
        ("⟦(Ponton 41)⟧", "Ponton", "41"),
        ("⟦Lewin sees⟧", "Lewin", ""),
        *_ap("Ponton", "42", "42-46"),
        ("⟦(noted by Service, 228)⟧", "Service", "228"),
        *_ap("Brzezhinski", "23"),
        *_ap("McAuley", "58"),
        ("⟦(reported by Service)⟧", "Service", ""),
        *_ap("McAuley", "58"),
        *_ap("Service", "211"),
        ("According to ⟦McAuley⟧", "McAuley", ""),
        *_ap("McAuley", "45"),
        ("⟦Sakwa sees⟧", "Sakwa", ""),
        *_ap("Sakwa", "59"),
        ("⟦Ponton states⟧", "Ponton", ""),
        *_ap("Ponton", "35", "36", "36", "38"),
    ],
    ESSAY_EXCERPT: [("⟦(Davies 1989, 1029)⟧", "Davies", "1029", "1989")],
    ARTICLE: [
        ("(NEP),⟦1⟧", "", ""),
        ("like geese.”⟦2⟧", "Grossman", "145", "2000"),
        ("and Judaism⟦3⟧", "", ""),
        ("city dwellers.⟦4⟧", "", ""),
        ("crush us.”⟦5⟧", "", ""),
        ("was assassinated.⟦6⟧", "", ""),
        ("of his head.⟦7⟧", "", ""),
        ("other prisoners.⟦8⟧", "", ""),
    ],
}

# The comments under the article: (commenter, the comment's first words, its last words).
COMMENTS: dict[str, list[tuple[str, str, str]]] = {
    ARTICLE: [
        ("Bennett Muraskin", "Leninism and Stalinism", "was laid by the Bolsheviks."),
        ("Bennett Muraskin", "If Lenin lived, do you think", "contempt for civil liberties."),
    ],
    REVISION_NOTES: [],
    ESSAY_EXCERPT: [],
}
