"""Saved web pages keep their notes: the references list or footnotes become a notes section at the end of
the text, one "[n] note" line each, numbered as the page shows them, and every call is resolved to its note
by the notes detector."""

import re

from annotator.domain.structure import MarkKind
from annotator.domain.structure.detect import detect
from annotator.io.importers.html import import_html
from tests.io.importers.web_notes_pages import BLOG_PAGE, CITATIONS, PANDOC_PAGE, SOURCES_PAGE, WIKI_PAGE


def _resolved(text: str) -> dict[str, list[str]]:
    """For each call's label, the notes its calls resolve to ("" for a call resolved to nothing)."""
    found: dict[str, list[str]] = {}
    for mark in detect(text, notes_hint="text/html"):
        if mark.kind in (MarkKind.REFERENCE_MARK, MarkKind.NOTE_CALL):
            note = text[mark.target_start : mark.target_end] if mark.target_start is not None else ""
            found.setdefault(mark.label, []).append(note)
    return found


def test_a_wiki_pages_references_list_is_kept_as_notes_at_the_end() -> None:
    text = import_html("grain.html", WIKI_PAGE.encode("utf-8")).text
    references = "References\n\n" + "".join(f"[{n}] {c}\n" for n, c in enumerate(CITATIONS, start=1))
    assert text.endswith(references)
    assert "\n\nNotes\n\n[a] The directive of 22 January 1933 was signed by Stalin and Molotov.\n\n" in text
    assert "\n\nFootnotes\n\n[n 1] The campaign was directed from Kharkiv, then the capital.\n\n" in text
    # The calls as the page shows them, glued to their words.
    assert "without seed or bread.[1] They were" in text
    assert "summer of 1932.[2][n 1]" in text
    assert "the Kuban.[2][3] The quotas" in text
    assert "elsewhere.[a] Historians" in text
    # No furniture back: backlinks, hidden maintenance messages, "[edit]", navigation, the footer.
    for furniture in ("^", "Jump up", "CS1 maint", "{{cite book}}", "[edit]", "Main page", "Privacy policy",
                      "Creative Commons", "Search Wikipedia", "Soviet famines"):
        assert furniture not in text, furniture
    assert text.count("References") == 1 and text.count("Conquest") == 1


def test_every_reference_mark_of_a_wiki_page_resolves_to_its_note() -> None:
    text = import_html("grain.html", WIKI_PAGE.encode("utf-8")).text
    resolved = _resolved(text)
    for number, citation in enumerate(CITATIONS, start=1):
        notes = resolved[str(number)]
        assert notes and all(note == f"[{number}] {citation}" for note in notes)
    assert len(resolved["2"]) == 2  # cited twice, one note
    assert resolved["a"] == ["[a] The directive of 22 January 1933 was signed by Stalin and Molotov."]
    assert resolved["citation needed"] == [""]  # an editorial mark calls no note


def test_markdown_footnotes_are_kept_and_their_calls_bracketed() -> None:
    text = import_html("report.html", BLOG_PAGE.encode("utf-8")).text
    assert text.endswith(
        "Notes\n\n"
        "[1] District committee minutes, 4 February 1930, fol. 12.\n"
        "[2] Letter of the instructor, 9 February 1930."
        " Quoted in full in the second volume of the collection.\n"
        "[3] Covering letter to the regional committee, March 1930.\n"
    )
    assert "the secretary insisted.[1] The instructor" in text
    assert "for the shortfall[3] and asked" in text
    assert "↩" not in text and "Recent posts" not in text and "Village Archives" not in text
    resolved = _resolved(text)
    assert resolved["1"] == ["[1] District committee minutes, 4 February 1930, fol. 12."] * 2
    assert resolved["3"] == ["[3] Covering letter to the regional committee, March 1930."]


def test_notes_keep_the_numbers_the_page_shows() -> None:
    text = import_html("letters.html", PANDOC_PAGE.encode("utf-8")).text
    assert text.endswith(
        "Notes\n\n"
        "[4] Regional archive, fond 7, folder 12.\n"
        "[5] Letter from the village of Orlivka, April 1933.\n"
        "[9] Arrest records, summer 1933.\n"
    )
    assert "along the Dnieper.[4] The writers" in text
    resolved = _resolved(text)
    assert resolved["4"] == ["[4] Regional archive, fond 7, folder 12."]
    assert resolved["5"] == ["[5] Letter from the village of Orlivka, April 1933."]


BOOK_PAGE = """<html><body><section data-type="chapter"><h1>Monitoring</h1>
<p>A notification intended to be read by a human and pushed to a queue, an email alias, or a pager is an
alert; such alerts are classified as tickets, email alerts,<sup><a data-type="noteref" id="n22-marker"
href="#n22">22</a></sup> and pages. They are sent only for conditions that a human must act on at once.</p>
<p>When creating rules for monitoring and alerting, asking the following questions helps to avoid false
positives and pager burnout, which wear a team down faster than any outage does.<sup><a data-type="noteref"
id="n23-marker" href="#n23">23</a></sup></p>
<div class="footnotes" data-type="footnotes">
<p data-type="footnote" id="n22"><sup><a href="#n22-marker">22</a></sup>Sometimes known as "alert spam".</p>
<p data-type="footnote" id="n23"><sup><a href="#n23-marker">23</a></sup>See the chapter on on-call.</p>
</div></section></body></html>"""


def test_footnotes_that_are_no_list_keep_the_number_they_show() -> None:
    text = import_html("book.html", BOOK_PAGE.encode("utf-8")).text
    assert text.endswith('Notes\n\n[22] Sometimes known as "alert spam".\n[23] See the chapter on on-call.\n')
    assert "email alerts,[22] and pages" in text
    assert _resolved(text)["23"] == ["[23] See the chapter on on-call."]


LINKED_PAGE = """<html><body><article><h1>The archive</h1>
<ul class="toc"><li><a href="#history">1 History</a></li><li><a href="#holdings">2 Holdings</a></li></ul>
<p>Index: <a href="#a">a</a> <a href="#b">b</a></p>
<h2 id="history">History</h2>
<p id="a">The archive was founded in 1920 to keep the papers of the district committees, and it moved
twice before the war, each time losing part of its holdings to damp and to fire.</p>
<h2 id="holdings">Holdings</h2>
<p id="b">It holds the minutes of 1929 to 1933 in full, with the letters of the collective farms, the
reports of the instructors sent from the city, and the registers of the deported families.</p>
<p><a href="#top">Back to top</a> <a href="#history">1</a></p>
</article></body></html>"""


def test_a_page_whose_in_page_links_are_no_notes_is_imported_as_before() -> None:
    text = import_html("archive.html", LINKED_PAGE.encode("utf-8")).text
    assert "Notes" not in text and "[" not in text
    assert text.startswith("The archive\n\n")
    assert "The archive was founded in 1920" in text and "registers of the deported families." in text


def test_marks_that_link_to_their_source_resolve_to_the_numbered_list_of_sources() -> None:
    text = import_html("holodomor.html", SOURCES_PAGE.encode("utf-8")).text
    assert text.endswith(
        "References\n\n"
        "[1] Report of the commission on the famine. Kyiv, 1988.\n"
        "[2] The procurement quotas of 1932.\n"
        "[3] Estimates of famine losses. 2008.\n"
    )
    assert "in the villages.[1] Grain" in text and "estimates show.[1][3]" in text
    resolved = _resolved(text)
    assert resolved["1"] == ["[1] Report of the commission on the famine. Kyiv, 1988."] * 2
    assert resolved["3"] == ["[3] Estimates of famine losses. 2008."]


def test_a_mark_linking_to_a_source_listed_under_another_number_takes_no_list() -> None:
    page = SOURCES_PAGE.replace("famine-report\"><sup>[1]", "famine-report\"><sup>[2]").replace(
        "estimates\"><sup>[3]", "estimates\"><sup>[1]"
    ).replace("quotas\"><sup>[2]", "quotas\"><sup>[3]")
    text = import_html("holodomor.html", page.encode("utf-8")).text
    assert "\n[1] " not in text and "\n[2] " not in text  # the list stays as trafilatura keeps it


def test_a_references_list_whose_links_were_lost_is_found_by_its_class() -> None:
    page = re.sub(r'<a href="[^"]*#cite_(?:note|ref)-[^"]*"[^>]*>', "<a>", WIKI_PAGE)
    assert "#cite_" not in page
    text = import_html("grain.html", page.encode("utf-8")).text
    references = "References\n\n" + "".join(f"[{n}] {c}\n" for n, c in enumerate(CITATIONS, start=1))
    assert text.endswith(references)
    resolved = _resolved(text)
    assert all(resolved[str(n)] == [f"[{n}] {c}"] * len(resolved[str(n)]) for n, c in enumerate(CITATIONS, 1))


ENDNOTES_PAGE = """<html><body><main><h1>The district report</h1>
<p>The committee met on the fourth of February and refused to sign the report that the instructor had
brought from the city, although he threatened them with the regional committee.<sup>[1]</sup> The
secretary alone signed it, and he was removed from his post in March.<sup>[2]</sup></p>
<p>The report itself went to the regional committee unsigned, with a covering letter that blamed the
kulaks of the district for the shortfall in the grain deliveries of the winter.</p>
<section role="doc-endnotes"><ol><li>Minutes of 4 February 1930.</li><li>Order of 12 March 1930.</li></ol>
</section></main></body></html>"""


def test_endnotes_marked_as_such_are_kept_without_links() -> None:
    text = import_html("report.html", ENDNOTES_PAGE.encode("utf-8")).text
    assert text.endswith("Notes\n\n[1] Minutes of 4 February 1930.\n[2] Order of 12 March 1930.\n")
    assert _resolved(text)["2"] == ["[2] Order of 12 March 1930."]


NEWSLETTER_PAGE = """<html><body><article><div class="body markup">
<h1>Letters from the villages</h1>
<p>The first letters arrived in the autumn of 1932, and the editors read them with growing alarm as the
winter came on.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> By February the
letters spoke of nothing but bread.<a class="footnote-anchor" id="footnote-anchor-2"
href="#footnote-2">2</a></p>
<p>Most of the writers signed with their full names, which the editors later struck out in pencil before
the letters went to the archive.</p>
<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>
<div class="footnote-content"><p>Editorial file 12, letters 1 to 40.</p></div></div>
<div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a>
<div class="footnote-content"><p>Editorial file 13.</p></div></div>
</div></article></body></html>"""


def test_footnotes_whose_number_is_the_link_back_are_kept() -> None:
    text = import_html("letters.html", NEWSLETTER_PAGE.encode("utf-8")).text
    assert text.endswith("Notes\n\n[1] Editorial file 12, letters 1 to 40.\n[2] Editorial file 13.\n")
    assert "as the winter came on.[1] By February" in text
    assert "went to the archive.\n\nNotes" in text
    assert _resolved(text)["2"] == ["[2] Editorial file 13."]
