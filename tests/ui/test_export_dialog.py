"""The export dialog on a real project: the filter controls, the live count and preview, exports opened back
with their own libraries, Cancel, and errors shown as messages."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import docx
import lxml.html
import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from annotator.domain.excerpts import ExcerptFilter, TagMatch, cite
from annotator.domain.model import Relation, SourceKind
from annotator.services.project import Project
from annotator.ui.dialogs.export import ExportDialog
from annotator.ui.dialogs.export_filter import ANY_LINK, ID_ROLE
from annotator.ui.settings import AppSettings
from tests.helpers.excerpts import NOTE, SCRIPT_QUOTE, Sample, build_sample

pytestmark = pytest.mark.gui


@pytest.fixture
def sample(project: Project) -> Sample:
    return build_sample(project)


@pytest.fixture
def dialog(qtbot, project: Project, sample: Sample, settings: AppSettings) -> Iterator[ExportDialog]:  # type: ignore[no-untyped-def]
    opened = ExportDialog(project, None, settings=settings)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.close()


def tag_ids(project: Project, *paths: str) -> list[int]:
    taxonomy = project.taxonomy.taxonomy()
    return [taxonomy.resolve(p).id for p in paths]


def choose(combo, value: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(value))


def test_the_count_and_the_preview_follow_the_filter(qtbot, dialog: ExportDialog, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    assert dialog.matching() == 6
    assert dialog.count_label.text() == "6 excerpts match; the first 5:"
    assert SCRIPT_QUOTE in dialog.preview.toPlainText()  # markup in a quote is shown as text

    panel = dialog.filter_panel
    memoir = next(
        panel.sources.item(row)
        for row in range(panel.sources.count())
        if panel.sources.item(row).data(ID_ROLE) == sample.memoir
    )
    memoir.setCheckState(Qt.CheckState.Checked)  # as a click does
    qtbot.waitUntil(lambda: dialog.matching() == 2)  # after the debounce timer
    assert dialog.count_label.text() == "2 excerpts match"
    first = dialog.project.exports.preview(ExcerptFilter(source_ids=(sample.memoir,)))[0]
    shown = dialog.preview.toPlainText()
    assert "full granaries in 1932" in shown and SCRIPT_QUOTE not in shown
    assert cite(first, "short") in shown and "Eyewitness testimony" in shown

    dialog.style_choice.setCurrentIndex(dialog.style_choice.findData("full"))
    qtbot.waitUntil(lambda: cite(first, "full") in dialog.preview.toPlainText())
    assert "characters" in cite(first, "full")  # the full style names the code-point range


def test_every_criterion_of_the_filter_has_a_control(dialog: ExportDialog, project: Project) -> None:
    panel = dialog.filter_panel

    def count() -> int:
        dialog.refresh()
        return dialog.matching()

    panel.check_tags(tag_ids(project, "bias/polemical", "bias/apologetic"))
    assert count() == 2
    choose(panel.tag_match, TagMatch.ALL)
    assert count() == 0 and dialog.count_label.text() == "No excerpt matches"
    assert not dialog.export_button.isEnabled()
    panel.check_tags(tag_ids(project, "theme/famine"))  # a parent tag takes its children along
    assert count() == 1
    panel.reset()
    choose(panel.facet, "bias")
    assert count() == 2
    choose(panel.relation, Relation.CITES)
    assert count() == 1  # every criterion must hold
    choose(panel.facet, None)
    choose(panel.relation, ANY_LINK)
    assert count() == 4
    choose(panel.relation, None)
    choose(panel.kind, SourceKind.SECONDARY)
    assert count() == 2
    choose(panel.kind, None)
    panel.year_from.setText("1960")
    assert count() == 2
    panel.year_to.setText("1940")
    assert count() == 0
    assert "ends before it starts" in dialog.count_label.text()  # said in the dialog, not as a box
    assert not dialog.export_button.isEnabled()
    panel.year_from.setText("")
    assert count() == 4 and dialog.export_button.isEnabled()
    assert panel.excerpt_filter() == ExcerptFilter(year_to=1940)


def test_the_dialog_opens_on_a_given_filter(qtbot, project: Project, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    given = ExcerptFilter(
        source_ids=(sample.report,),
        tags=("bias/polemical",),
        relation="contradicts",
        kind="primary",
        year_to=1940,
    )
    dialog = ExportDialog(project, None, given)
    qtbot.addWidget(dialog)
    panel = dialog.filter_panel
    assert panel.checked_sources() == [sample.report]
    assert panel.checked_tags() == tag_ids(project, "bias/polemical")
    assert panel.relation.currentData() == Relation.CONTRADICTS and panel.year_to.text() == "1940"
    expected = ExcerptFilter(
        source_ids=(sample.report,),
        tags=tuple(tag_ids(project, "bias/polemical")),
        relation="contradicts",
        kind="primary",
        year_to=1940,
    )
    assert panel.excerpt_filter() == expected
    assert dialog.matching() == 1


def test_a_search_query_keeps_the_passages_it_hits(qtbot, project: Project, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(project)
    qtbot.addWidget(dialog)
    assert dialog.filter_panel.query.isEnabled()
    dialog.filter_panel.query.setText("granaries")
    dialog.refresh()
    assert dialog.matching() == 1 and "full granaries" in dialog.preview.toPlainText()
    dialog.filter_panel.query.setText('"unclosed')
    dialog.refresh()
    assert not dialog.export_button.isEnabled()

    project.exports.search = None
    without = ExportDialog(project)
    qtbot.addWidget(without)
    assert not without.filter_panel.query.isEnabled()
    assert without.filter_panel.excerpt_filter().query == ""


def test_a_query_builds_the_search_index_first_and_cancel_leaves_it_unapplied(  # type: ignore[no-untyped-def]
    qtbot, project: Project, sample: Sample, monkeypatch: pytest.MonkeyPatch, shown_messages: list[str]
) -> None:
    assert project.search.needs_rebuild()  # a fresh project: no index yet
    dialog = ExportDialog(project)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _progress: True)
    dialog.filter_panel.query.setText("granaries")
    dialog.refresh()
    assert "search index was not built" in dialog.count_label.text()
    assert not dialog.export_button.isEnabled() and project.search.needs_rebuild()
    dialog.filter_panel.check_sources([sample.memoir])
    dialog.refresh()  # not asked again for the same query
    assert "search index was not built" in dialog.count_label.text()

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _progress: False)
    dialog.filter_panel.query.setText("granaries OR famine")
    dialog.refresh()
    assert not project.search.needs_rebuild()
    assert dialog.matching() == 2 and dialog.export_button.isEnabled()
    assert shown_messages == []


def test_grouping_and_citations_are_offered_where_the_format_has_them(dialog: ExportDialog) -> None:
    assert {f.name for f in dialog.formats} >= {"md", "html", "docx", "csv", "xlsx", "w3c", "qdpx", "qdc"}
    dialog.set_format("docx")
    assert dialog.group_by.isEnabled() and dialog.style_choice.isEnabled()
    dialog.set_format("csv")
    assert not dialog.group_by.isEnabled() and dialog.style_choice.isEnabled()
    dialog.set_format("w3c")
    assert not dialog.group_by.isEnabled() and not dialog.style_choice.isEnabled()
    dialog.filter_panel.year_from.setText("2000")
    dialog.refresh()
    assert dialog.matching() == 0 and not dialog.export_button.isEnabled()
    dialog.set_format("qdc")  # the codebook is the taxonomy: the filter does not apply
    assert dialog.count_label.text().startswith("The codebook:")
    assert dialog.export_button.isEnabled() and dialog.preview.isHidden()


def test_markdown_grouped_by_tag_with_full_citations(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.filter_panel.check_tags(tag_ids(dialog.project, "bias/polemical", "bias/apologetic"))
    dialog.set_format("md")
    choose(dialog.group_by, "tag")
    choose(dialog.style_choice, "full")
    result = dialog.export_to(tmp_path / "excerpts.md")
    assert result is not None and result.excerpts == 2
    text = (tmp_path / "excerpts.md").read_text(encoding="utf-8")
    excerpts = dialog.project.exports.excerpts(dialog.filter_panel.excerpt_filter())
    for excerpt in excerpts:
        assert cite(excerpt, "full") in text
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    # Grouped by tag, an excerpt stands under each of its tags: the polemical one is also factual.
    assert headings == ["## Bias › Apologetic", "## Bias › Polemical", "## Claim type › Factual"]
    assert "exported to" in dialog.status.text()


def test_html_keeps_markup_in_sources_inert(dialog: ExportDialog, sample: Sample, tmp_path: Path) -> None:
    dialog.filter_panel.check_sources([sample.report])
    dialog.set_format("html")
    assert dialog.export_to(tmp_path / "excerpts.html") is not None
    page = lxml.html.fromstring((tmp_path / "excerpts.html").read_bytes())
    assert page.xpath("//script") == []
    quotes = [q.text_content() for q in page.xpath("//blockquote")]
    assert len(quotes) == 4 and SCRIPT_QUOTE in quotes
    assert [h.text_content() for h in page.xpath("//h2")] == [
        "Report on the harvest: district committee minutes"
    ]
    chips = page.xpath("//span[@class='tag']")
    assert {c.text_content() for c in chips} >= {"Polemical", "Factual"}


def test_docx_has_a_heading_per_source_and_a_quote_per_excerpt(dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.set_format("docx")
    assert dialog.export_to(tmp_path / "excerpts.docx") is not None
    paragraphs = docx.Document(str(tmp_path / "excerpts.docx")).paragraphs
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Report on the harvest: district committee minutes", "Memoir of a teacher"]
    quotes = [p.text for p in paragraphs if p.style.name == "Quote"]
    assert len(quotes) == 6 and SCRIPT_QUOTE in quotes
    texts = [p.text for p in paragraphs]
    script = dialog.project.exports.excerpts()[0]
    assert any(cite(script, "short") in t for t in texts)
    assert "Note: a <note> & more" in texts  # the note's Markdown rendered


def test_csv_and_xlsx_hold_one_row_per_excerpt(dialog: ExportDialog, sample: Sample, tmp_path: Path) -> None:
    choose(dialog.filter_panel.relation, ANY_LINK)
    dialog.set_format("csv")
    choose(dialog.style_choice, "full")
    assert dialog.export_to(tmp_path / "excerpts.csv") is not None
    with (tmp_path / "excerpts.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [int(r["Excerpt"]) for r in rows] == [
        sample.script,
        sample.famine,
        sample.granaries,
        sample.denial,
    ]
    assert rows[0]["Quote"] == SCRIPT_QUOTE and rows[0]["Note"] == NOTE
    assert rows[0]["Citation"] == cite(dialog.project.exports.excerpts()[0], "full")

    dialog.set_format("xlsx")
    assert dialog.export_to(tmp_path / "excerpts.xlsx") is not None
    sheet = openpyxl.load_workbook(tmp_path / "excerpts.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Excerpt" and len(values) == 5
    assert values[1][values[0].index("Quote")] == SCRIPT_QUOTE


def test_cancel_leaves_nothing_behind(
    dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_messages: list[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    checks = []

    def cancelled_after_two_excerpts(_progress: QProgressDialog) -> bool:
        checks.append(1)
        return len(checks) > 4  # two checks before writing, then one per excerpt

    monkeypatch.setattr(QProgressDialog, "wasCanceled", cancelled_after_two_excerpts)
    dialog.set_format("docx")
    assert dialog.export_to(folder / "excerpts.docx") is None
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one
    assert shown_messages == []  # a cancel is not an error
    assert dialog.status.text() == "Export cancelled; nothing was written."

    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _progress: True)
    assert dialog.export_to(folder / "excerpts.html") is None
    assert list(folder.iterdir()) == []


def test_an_export_that_cannot_be_written_says_why(
    dialog: ExportDialog, tmp_path: Path, shown_messages: list[str]
) -> None:
    target = tmp_path / "missing" / "excerpts.md"
    assert dialog.export_to(target) is None
    assert len(shown_messages) == 1
    assert "Not exported" in shown_messages[0] and "does not exist" in shown_messages[0]
    assert "Traceback" not in shown_messages[0]
    assert dialog.export_to(tmp_path) is None  # a folder, not a file
    assert "this is a folder" in shown_messages[1]
    assert not target.parent.exists()


def test_export_asks_for_a_file_and_remembers_folder_and_format(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, project: Project, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    dialog.set_format("docx")
    asked = []

    def save_as(parent, caption, suggested, pattern):  # type: ignore[no-untyped-def]
        asked.append((suggested, pattern))
        return str(tmp_path / "chapter three"), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    result = dialog.export_dialog()
    assert result is not None and result.path == tmp_path / "chapter three.docx"  # the extension is added
    assert (tmp_path / "chapter three.docx").stat().st_size == result.size
    assert asked[0][0].endswith(f"{project.name} excerpts.docx") and "*.docx" in asked[0][1]
    assert settings.last_folder() == str(tmp_path)
    again = ExportDialog(project, None, settings=settings)
    qtbot.addWidget(again)
    assert again.current_format().name == "docx"
    assert again.suggested_path().parent == tmp_path

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert dialog.export_dialog() is None  # the person closed the file dialog


def test_the_screenshot_renderings_keep_the_excerpts_as_written(  # type: ignore[no-untyped-def]
    dialog: ExportDialog, project: Project, tmp_path: Path, monkeypatch
) -> None:
    """The rewriting of CSS for Qt touches the style sheet only, and a DOCX renders without LibreOffice."""
    from annotator.ui import export_screenshots

    text = "Margins of 2rem and var(--ink) in a quoted style sheet.\n"
    source = project.sources.import_bytes("css.txt", text.encode("utf-8")).source_id
    project.annotations.create(source, 0, len(text) - 1, ["bias/polemical"])
    dialog.refresh()
    dialog.set_format("html")
    assert dialog.export_to(tmp_path / "all.html") is not None
    rewritten = export_screenshots.for_qt((tmp_path / "all.html").read_text(encoding="utf-8"))
    assert "Margins of 2rem and var(--ink) in a quoted style sheet." in rewritten
    assert "var(--" not in rewritten.split("</style>")[0] and "<article" not in rewritten
    page = export_screenshots.render_html(rewritten)
    assert page.width() == export_screenshots.PAGE_WIDTH and page.height() > 500

    dialog.set_format("docx")
    assert dialog.export_to(tmp_path / "all.docx") is not None
    monkeypatch.setattr(export_screenshots.shutil, "which", lambda _name: None)
    assert export_screenshots.docx_as_pdf(tmp_path / "all.docx", tmp_path) is None
    assert "Margins of 2rem" in export_screenshots.docx_as_html(tmp_path / "all.docx")
    assert export_screenshots.render_docx(tmp_path / "all.docx", tmp_path).height() > 500


def test_the_project_file_itself_is_refused_as_an_export_target(
    dialog: ExportDialog, project: Project, shown_messages: list[str]
) -> None:
    # The save dialog offers the project file like any other: choosing it must not replace the project.
    before = project.path.read_bytes()
    assert dialog.export_to(project.path) is None
    assert "this project's own file" in shown_messages[0]
    assert project.path.read_bytes() == before
    assert project.sources.list()  # still the project it was


def test_html_with_charts_from_the_dialog_inlines_them_and_keeps_markup_inert(  # type: ignore[no-untyped-def]
    qtbot, dialog: ExportDialog, sample: Sample, tmp_path: Path
) -> None:
    import re

    from lxml import etree

    dialog.set_format("md")
    assert dialog.charts.isHidden()  # only HTML carries charts
    dialog.set_format("html")
    assert not dialog.charts.isHidden() and not dialog.charts.isChecked()
    qtbot.mouseClick(dialog.charts, Qt.MouseButton.LeftButton)
    assert dialog.options().charts
    assert dialog.export_to(tmp_path / "charts.html") is not None
    html = (tmp_path / "charts.html").read_text(encoding="utf-8")
    svgs = [etree.fromstring(s.encode()) for s in re.findall(r"<svg\b.*?</svg>", html, flags=re.DOTALL)]
    assert len(svgs) == 2
    page = lxml.html.fromstring(html.encode())
    assert page.xpath("//script") == []
    assert [f.text_content() for f in page.xpath("//figcaption")] == [
        "Bias: tags per source",
        "Tags × sources: annotations per tag and source",
    ]
    # A source's title with markup is text in the SVG too.
    titles = "".join("".join(s.itertext()) for s in svgs)
    assert "Report on the harvest" in titles
    assert [e for s in svgs for e in s.iter("{http://www.w3.org/2000/svg}script")] == []
