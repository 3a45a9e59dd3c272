"""DOCX (python-docx): a heading per group, each excerpt a Quote paragraph with citation, tags and note.

The citation, tag and note paragraphs get their own named styles ("Excerpt Citation"…), so a historian can
restyle every excerpt at once in Word or LibreOffice. Text passes ``xml_safe`` first: a form feed from a PDF
page break would otherwise make python-docx refuse the whole export.

With a notes style (Chicago notes) each citation is a real Word footnote, as a chapter draft has them:
python-docx has no footnote API, so ``_Footnotes`` writes the part itself (``word/footnotes.xml`` with its
separator and continuation separator, its relationship and content type, the ``footnotePr`` in the
settings) and the reference runs in the "Footnote Reference" style. A bibliography ends the document for
the CSL styles.
"""

from __future__ import annotations

import re
from typing import BinaryIO

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import nsmap, qn
from docx.shared import Pt, RGBColor
from docx.styles.style import ParagraphStyle
from lxml import etree

from annotator.domain.excerpts import Excerpt
from annotator.io.citations import Citations
from annotator.io.exporters.base import APP_ORIGIN, ExportDocument, Progress
from annotator.io.exporters.common import BIBLIOGRAPHY_TITLE, citations, groups, xml_safe
from annotator.io.exporters.notes import Block, Run, note_blocks

_GREY = RGBColor(0x5F, 0x63, 0x68)


def _hex(color: str) -> str:
    """``RRGGBB`` as WordprocessingML writes colours, grey for anything that is not one."""
    value = color.lstrip("#").upper()
    return value if re.fullmatch(r"[0-9A-F]{6}", value) else str(_GREY)


def _style(
    document: docx.document.Document, name: str, size: float, grey: bool, indent: float
) -> ParagraphStyle:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.size = Pt(size)
    if grey:
        style.font.color.rgb = _GREY
    style.paragraph_format.left_indent = Pt(indent)
    style.paragraph_format.space_after = Pt(3)
    return style


class _Footnotes:
    """The document's footnotes part, made when the first footnote is, and added to the package on
    ``finish``. Ids -1 and 0 are the separator and continuation separator that Word requires before any
    note; notes count from 1."""

    def __init__(self, document: docx.document.Document) -> None:
        self._document = document
        self.root = etree.Element(qn("w:footnotes"), nsmap={"w": nsmap["w"]})
        for number, kind, mark in ((-1, "separator", "w:separator"), (0, "continuationSeparator",
                                                                       "w:continuationSeparator")):
            note = etree.SubElement(self.root, qn("w:footnote"))
            note.set(qn("w:type"), kind)
            note.set(qn("w:id"), str(number))
            p = etree.SubElement(note, qn("w:p"))
            spacing = etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:spacing"))
            spacing.set(qn("w:after"), "0")
            spacing.set(qn("w:line"), "240")
            spacing.set(qn("w:lineRule"), "auto")
            etree.SubElement(etree.SubElement(p, qn("w:r")), qn(mark))
        styles = document.styles
        text = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = styles["Normal"]
        text.font.size = Pt(9)
        text.paragraph_format.space_after = Pt(0)
        reference = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        reference.font.superscript = True
        self.text_style = text.style_id
        self.reference_style = reference.style_id
        self.count = 0

    def _reference_run(self, parent: etree._Element, tag: str, number: int | None) -> None:
        r = etree.SubElement(parent, qn("w:r"))
        properties = etree.SubElement(r, qn("w:rPr"))
        etree.SubElement(properties, qn("w:rStyle")).set(qn("w:val"), self.reference_style)
        mark = etree.SubElement(r, qn(tag))
        if number is not None:
            mark.set(qn("w:id"), str(number))

    def add(self, paragraph: etree._Element, text: str) -> None:
        """A footnote holding ``text``, its reference mark at the end of ``paragraph``."""
        self.count += 1
        self._reference_run(paragraph, "w:footnoteReference", self.count)
        note = etree.SubElement(self.root, qn("w:footnote"))
        note.set(qn("w:id"), str(self.count))
        p = etree.SubElement(note, qn("w:p"))
        etree.SubElement(etree.SubElement(p, qn("w:pPr")), qn("w:pStyle")).set(qn("w:val"), self.text_style)
        self._reference_run(p, "w:footnoteRef", None)
        _Writer.run(p, " " + text)

    def finish(self) -> None:
        """Add the part (and the settings Word reads the separators from), if any note was made."""
        if not self.count:
            return
        blob = etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", standalone=True)
        main = self._document.part
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, main.package)
        main.relate_to(part, RT.FOOTNOTES)
        settings = self._document.settings.element
        properties = etree.Element(qn("w:footnotePr"))
        for number in ("-1", "0"):
            etree.SubElement(properties, qn("w:footnote")).set(qn("w:id"), number)
        # Early in the settings, where the schema's sequence puts it (after the zoom and proofing flags).
        anchor = next((c for c in settings if etree.QName(c).localname in _AFTER_FOOTNOTE_PR), None)
        if anchor is not None:
            anchor.addprevious(properties)
        else:
            settings.append(properties)


# Settings elements that come after w:footnotePr in the schema's sequence (CT_Settings), by local name.
_AFTER_FOOTNOTE_PR = frozenset({
    "endnotePr", "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
    "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures", "forceUpgrade",
    "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
    "doNotEmbedSmartTags", "decimalSymbol", "listSeparator",
})  # fmt: skip


_BREAKS = re.compile(r"(\n|\t)")
_CODE_FONT = "Courier New"
_LIST_STYLES = {"bullet": "List Bullet", "ordered": "List Number"}
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class _Writer:
    """Appends paragraphs and runs to the document body as WordprocessingML elements, in constant time.

    python-docx's ``add_paragraph`` looks for the body's section properties among all its children, setting
    a style by object looks up the default style among all styles, and run text is added one character at
    a time: 5,000 excerpts took 25 s. Styles, properties and saving still go through python-docx; only the
    paragraphs are built here, as the few elements Word needs (``w:p``, ``w:pPr/w:pStyle``, ``w:r``,
    ``w:rPr``, ``w:t``, ``w:br``, ``w:tab``).
    """

    def __init__(self, document: docx.document.Document) -> None:
        self.body = document.element.body
        self._end = self.body.sectPr  # new paragraphs go before the section properties
        self.title = document.styles["Title"].style_id
        self.heading = document.styles["Heading 1"].style_id
        quote = document.styles["Quote"]
        # The quote stays on the page of its citation, and is indented like it, so it reads as a quotation.
        quote.paragraph_format.keep_with_next = True
        quote.paragraph_format.left_indent = Pt(36)
        self.quote = quote.style_id
        subtitle = _style(document, "Excerpt Group Citation", 9.5, True, 0)
        subtitle.paragraph_format.keep_with_next = True  # a group's heading stays with its first quote
        self.subtitle = subtitle.style_id
        self.citation = _style(document, "Excerpt Citation", 9, True, 36).style_id
        self.detail = _style(document, "Excerpt Detail", 10, False, 36).style_id
        bibliography = _style(document, "Bibliography Entry", 11, False, 36)
        bibliography.paragraph_format.first_line_indent = Pt(-36)  # hanging, as bibliographies are set
        self.bibliography = bibliography.style_id
        self._document = document
        self._list_nums: dict[tuple[int, int, int], str] = {}  # (excerpt, list, level) -> numbering id
        self._excerpt_number = 0

    def paragraph(self, style_id: str, text: str = "") -> etree._Element:
        p = etree.Element(qn("w:p"))
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self.body.append(p)
        properties = etree.SubElement(p, qn("w:pPr"))
        etree.SubElement(properties, qn("w:pStyle")).set(qn("w:val"), style_id)
        if text:
            self.run(p, text)
        return p

    @staticmethod
    def run(
        p: etree._Element, text: str, bold: bool = False, color: str = "", styled: Run | None = None
    ) -> None:
        """A run of ``text``; ``styled`` gives a note's emphasis (italic, code, struck out) as well."""
        r = etree.SubElement(p, qn("w:r"))
        italic = styled is not None and styled.italic
        code = styled is not None and styled.code
        struck = styled is not None and styled.struck
        if bold or color or italic or code or struck:
            # Children in the order the schema requires: rFonts, b, i, strike, color.
            properties = etree.SubElement(r, qn("w:rPr"))
            if code:
                fonts = etree.SubElement(properties, qn("w:rFonts"))
                for where in ("w:ascii", "w:hAnsi", "w:cs"):
                    fonts.set(qn(where), _CODE_FONT)
            if bold:
                etree.SubElement(properties, qn("w:b"))
            if italic:
                etree.SubElement(properties, qn("w:i"))
            if struck:
                etree.SubElement(properties, qn("w:strike"))
            if color:
                etree.SubElement(properties, qn("w:color")).set(qn("w:val"), color)
        for piece in _BREAKS.split(xml_safe(text)):
            if piece == "\n":
                etree.SubElement(r, qn("w:br"))
            elif piece == "\t":
                etree.SubElement(r, qn("w:tab"))
            elif piece:
                t = etree.SubElement(r, qn("w:t"))
                t.text = piece
                t.set(_SPACE, "preserve")

    def labelled(self, label: str, text: str) -> None:
        p = self.paragraph(self.detail)
        self.run(p, label, bold=True)
        self.run(p, text)

    def note(self, text: str) -> None:
        """A note's Markdown as Word paragraphs: styled runs, list items in Word's list styles."""
        self._excerpt_number += 1
        blocks = note_blocks(text)
        if not blocks or blocks[0].kind in _LIST_STYLES:
            self.run(self.paragraph(self.detail), "Note:", bold=True)  # a list starts on a line of its own
        for index, block in enumerate(blocks):
            p = self.paragraph(self.detail)
            if block.kind in _LIST_STYLES:
                self._list_item(p, block)
            elif block.continued:
                _indent(p, 36 + 18 * (block.level + 1))
            if index == 0 and block.kind not in _LIST_STYLES:
                self.run(p, "Note: ", bold=True)
            for styled in block.runs:
                self.run(p, styled.text, bold=styled.bold, styled=styled)

    def _list_item(self, p: etree._Element, block: Block) -> None:
        """Make ``p`` an item of a Word list; each numbered list of each note counts from its own start."""
        name = _LIST_STYLES[block.kind] + (f" {min(block.level, 2) + 1}" if block.level else "")
        style = self._document.styles[name]
        p.find(qn("w:pPr")).find(qn("w:pStyle")).set(qn("w:val"), style.style_id)
        if block.kind == "ordered":
            numbering = etree.SubElement(p.find(qn("w:pPr")), qn("w:numPr"))
            etree.SubElement(numbering, qn("w:ilvl")).set(qn("w:val"), "0")
            etree.SubElement(numbering, qn("w:numId")).set(qn("w:val"), self._numbering(style, block))
        # Under the excerpt, as its other details are, the marker hanging in the margin of the item's text.
        _indent(p, 36 + 18 * (block.level + 1), hanging=18)

    def _numbering(self, style: ParagraphStyle, block: Block) -> str:
        key = (self._excerpt_number, block.list_id, block.level)
        num_id = self._list_nums.get(key)
        if num_id is None:
            num_id = self._list_nums[key] = self._restarted_numbering(style, block.number)
        return num_id

    def _restarted_numbering(self, style: ParagraphStyle, start: int) -> str:
        """A numbering instance of the list style's own numbering that starts again at ``start``."""
        part = self._document.part.numbering_part.element
        nums = part.findall(qn("w:num"))
        style_num = str(style.element.pPr.numPr.numId.val)
        own = next(n for n in nums if n.get(qn("w:numId")) == style_num)
        abstract = own.find(qn("w:abstractNumId")).get(qn("w:val"))
        num_id = str(max(int(n.get(qn("w:numId"))) for n in nums) + 1)
        num = etree.SubElement(part, qn("w:num"))
        num.set(qn("w:numId"), num_id)
        etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), abstract)
        override = etree.SubElement(num, qn("w:lvlOverride"))
        override.set(qn("w:ilvl"), "0")
        etree.SubElement(override, qn("w:startOverride")).set(qn("w:val"), str(start))
        return num_id

    def excerpt(self, citer: Citations, excerpt: Excerpt, footnotes: _Footnotes | None) -> None:
        quote = self.paragraph(self.quote, excerpt.flowed_quote)
        if footnotes is not None:
            footnotes.add(quote, citer.cite(excerpt))
        else:
            self.paragraph(self.citation, "— " + citer.cite(excerpt))
        if excerpt.annotation.speaker is not None:
            self.labelled("Speaker: ", excerpt.annotation.speaker.label)
        if excerpt.tags:
            p = self.paragraph(self.detail)
            self.run(p, "Tags: ", bold=True)
            for i, tag in enumerate(excerpt.tags):
                if i:
                    self.run(p, " · ")
                self.run(p, tag.name, bold=True, color=_hex(tag.color))
        if excerpt.figure is not None:
            self.labelled("Figure: ", excerpt.figure.describe().removeprefix("Figure: "))
        if excerpt.note.strip():
            self.note(excerpt.note)
        if excerpt.annotation.evidence_ref:
            self.labelled("Evidence: ", excerpt.annotation.evidence_ref)
        if excerpt.annotation.confidence is not None:
            self.labelled("Confidence: ", f"{excerpt.annotation.confidence} of 5")
        for linked in excerpt.links:
            self.labelled("Linked: ", f"#{linked.annotation_id} {linked.describe()}")


def _indent(p: etree._Element, points: float, hanging: float = 0) -> None:
    """Indent ``p`` by ``points`` from the left (in twentieths of a point, as WordprocessingML counts)."""
    indent = etree.SubElement(p.find(qn("w:pPr")), qn("w:ind"))
    indent.set(qn("w:left"), str(int(points * 20)))
    if hanging:
        indent.set(qn("w:hanging"), str(int(hanging * 20)))


def write(doc: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    document = docx.Document()
    writer = _Writer(document)
    properties = document.core_properties
    properties.title = xml_safe(doc.title)
    properties.author = APP_ORIGIN
    properties.comments = "Character ranges count Unicode code points."
    properties.created = doc.created.replace(tzinfo=None)

    writer.paragraph(writer.title, doc.title)
    count = len(doc.excerpts)
    writer.paragraph(
        writer.subtitle,
        f"{count} excerpt{'s' if count != 1 else ''}: {doc.filter_description}; exported "
        f"{doc.created:%Y-%m-%d}. Character ranges count Unicode code points.",
    )
    grouped = groups(doc)
    total = sum(len(g.excerpts) for g in grouped)
    done = 0
    citer = citations(doc)
    footnotes = _Footnotes(document) if doc.options.style.is_note and doc.options.footnotes else None
    for group in grouped:
        writer.paragraph(writer.heading, group.title)
        if group.subtitle:
            writer.paragraph(writer.subtitle, group.subtitle)
        for excerpt in group.excerpts:
            writer.excerpt(citer, excerpt, footnotes)
            done += 1
            progress(done, total)
    if citer.has_bibliography:
        writer.paragraph(writer.heading, BIBLIOGRAPHY_TITLE)
        for entry in citer.bibliography():
            writer.paragraph(writer.bibliography, entry)
    if footnotes is not None:
        footnotes.finish()
    document.save(stream)
