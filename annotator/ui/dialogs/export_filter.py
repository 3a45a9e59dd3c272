"""The excerpt filter as controls: sources, tags (any/all), facet, links, search query, kind and years.

Every criterion of ``ExcerptFilter`` has a control here, and nothing else: the panel turns its controls into
an ExcerptFilter and back, and says when any of them changed. Counting and previewing are the dialog's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.domain.excerpts import ExcerptFilter, TagMatch
from annotator.domain.model import Relation, SourceKind
from annotator.domain.taxonomy import Taxonomy
from annotator.services.project import Project
from annotator.ui.models.taxonomy import swatch
from annotator.ui.text import literal

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANY_LINK = "any"  # the relation combo's value for "linked in any way"
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(0, index))


def _year(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setValidator(QIntValidator(1, 9999))
    field.setMaximumWidth(80)
    return field


class FilterPanel(QWidget):
    """Controls for every criterion of an ExcerptFilter; ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.taxonomy: Taxonomy = project.taxonomy.taxonomy()

        self.source_find = QLineEdit()
        self.source_find.setPlaceholderText("Find a source…")
        self.source_find.setClearButtonEnabled(True)
        self.source_find.textChanged.connect(self._show_matching_sources)
        self.sources = QListWidget()
        self.sources.setToolTip("Only excerpts from the checked sources (none checked: every source)")
        self.tags = QTreeWidget()
        self.tags.setHeaderHidden(True)
        self.tags.setToolTip("A checked tag takes the tags under it along")
        self.tag_match = _combo(
            [("any of the checked tags", TagMatch.ANY), ("all of the checked tags", TagMatch.ALL)]
        )
        self.facet = _combo([("any facet, or none", None)] + [(f.name, f.slug) for f in self.taxonomy.facets])
        self.facet.setToolTip("Only excerpts carrying at least one tag of this facet")
        self.relation = _combo(
            [("linked or not", None), ("linked in any way", ANY_LINK)]
            + [(f"linked as “{r.label}”", r) for r in Relation]
        )
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        if project.exports.search is None:
            self.query.setEnabled(False)
            self.query.setPlaceholderText("search is not available in this project")
        else:
            self.query.setPlaceholderText("a search query, e.g. granaries OR harvest")
            self.query.setToolTip("Only passages that overlap a hit of this search (or whose note matches)")
        self.kind = _combo([("any kind", None)] + [(k.value, k) for k in SourceKind])
        self.speaker = _combo([("anyone, or nobody said", None)] + [(n, n) for n in project.people.names()])
        self.speaker.setToolTip("Only passages this person or body speaks in (the inspector's Speaker)")
        # Who made the annotations: offered only when the project has several coders (issue 21), as the
        # Overview's coder filter (one coder's choice would select everything).
        self.coder = QComboBox()
        self.coder.setToolTip("Only the passages this coder annotated")
        self.coder_label = QLabel("Coder")
        self.year_from = _year("from")
        self.year_to = _year("to")
        years = QHBoxLayout()
        years.addWidget(self.year_from)
        years.addWidget(QLabel("–"))
        years.addWidget(self.year_to)
        years.addStretch(1)
        reset = QPushButton("Clear the filter")
        reset.setAutoDefault(False)  # Enter in the dialog means Export, not this
        reset.clicked.connect(self.reset)

        sources_box = QGroupBox("Sources")
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.addWidget(self.source_find)
        sources_layout.addWidget(self.sources)
        tags_box = QGroupBox("Tags")
        tags_layout = QVBoxLayout(tags_box)
        tags_layout.addWidget(self.tags)
        tags_layout.addWidget(self.tag_match)
        form = QFormLayout()
        form.addRow("Facet", self.facet)
        form.addRow("Links", self.relation)
        form.addRow("Search", self.query)
        form.addRow("Speaker", self.speaker)
        form.addRow(self.coder_label, self.coder)
        form.addRow("Source kind", self.kind)
        form.addRow("Source dated", years)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(sources_box, 1)
        layout.addWidget(tags_box, 2)
        layout.addLayout(form)
        layout.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)

        self._fill_sources()
        self._fill_tags()
        self._fill_coders()
        self.sources.itemChanged.connect(self.changed)
        self.tags.itemChanged.connect(self.changed)
        for combo in (self.tag_match, self.facet, self.relation, self.kind, self.speaker, self.coder):
            combo.currentIndexChanged.connect(self.changed)
        for field in (self.query, self.year_from, self.year_to):
            field.textChanged.connect(self.changed)

    # Filling

    def _fill_coders(self) -> None:
        coders = sorted(self.project.coders.list(), key=lambda c: c.shown.casefold())
        self.coder.addItem("all coders", None)
        for coder in coders:
            self.coder.addItem(coder.shown, coder.login)
        several = len(coders) > 1
        self.coder.setVisible(several)
        self.coder_label.setVisible(several)

    def _fill_sources(self) -> None:
        for source in self.project.sources.list():
            label = f"{source.title} ({source.date_text})" if source.date_text else source.title
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(UNCHECKED)
            authors = "; ".join(source.authors)
            item.setToolTip(literal(f"{source.title}\n{authors}" if authors else source.title))
            self.sources.addItem(item)

    def _fill_tags(self) -> None:
        bold = QFont()
        bold.setBold(True)
        for facet in self.taxonomy.facets:
            facet_item = QTreeWidgetItem([facet.name])
            facet_item.setFont(0, bold)
            facet_item.setIcon(0, swatch(facet.color))
            facet_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tags.addTopLevelItem(facet_item)
            parents: dict[int | None, QTreeWidgetItem] = {None: facet_item}
            for _, tag in self.taxonomy.walk(facet.id):
                item = QTreeWidgetItem(parents[tag.parent_id], [tag.name])
                item.setData(0, ID_ROLE, tag.id)
                item.setIcon(0, swatch(tag.color))
                item.setToolTip(0, literal(f"{self.taxonomy.path(tag)}\n{tag.description}".strip()))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, UNCHECKED)
                parents[tag.id] = item
        self.tags.expandAll()

    def _show_matching_sources(self, text: str) -> None:
        wanted = text.strip().lower()
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().lower())

    def _tag_items(self) -> list[QTreeWidgetItem]:
        items = []
        iterator = QTreeWidgetItemIterator(self.tags)
        while iterator.value():
            item = iterator.value()
            if item.data(0, ID_ROLE) is not None:
                items.append(item)
            iterator += 1
        return items

    # The filter

    def checked_sources(self) -> list[int]:
        items = (self.sources.item(row) for row in range(self.sources.count()))
        return [item.data(ID_ROLE) for item in items if item.checkState() == CHECKED]

    def checked_tags(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self._tag_items() if item.checkState(0) == CHECKED]

    def check_sources(self, source_ids: list[int]) -> None:
        wanted = set(source_ids)
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            item.setCheckState(CHECKED if item.data(ID_ROLE) in wanted else UNCHECKED)

    def check_tags(self, tag_ids: list[int]) -> None:
        wanted = set(tag_ids)
        for item in self._tag_items():
            item.setCheckState(0, CHECKED if item.data(0, ID_ROLE) in wanted else UNCHECKED)

    def excerpt_filter(self) -> ExcerptFilter:
        """The filter the controls describe; InvalidInput when they contradict themselves (years)."""
        relation = self.relation.currentData()
        years = [int(f.text()) if f.hasAcceptableInput() else None for f in (self.year_from, self.year_to)]
        return ExcerptFilter(
            source_ids=tuple(self.checked_sources()),
            tags=tuple(self.checked_tags()),
            tag_match=self.tag_match.currentData(),
            facet=self.facet.currentData(),
            relation=None if relation in (None, ANY_LINK) else relation,
            linked=relation == ANY_LINK,
            query=self.query.text() if self.query.isEnabled() else "",
            kind=self.kind.currentData(),
            year_from=years[0],
            year_to=years[1],
            speaker=self.speaker.currentData(),
            coders=(coder,) if (coder := self.coder.currentData()) else (),
        )

    def set_filter(self, excerpt_filter: ExcerptFilter) -> None:
        """Show ``excerpt_filter`` in the controls (tags by id or path; unknown ones are left out)."""
        f = excerpt_filter
        tag_ids = []
        for tag in f.tags:
            try:
                tag_ids.append(tag if isinstance(tag, int) else self.taxonomy.resolve(tag).id)
            except AnnotatorError:
                continue
        self.blockSignals(True)
        try:
            self.check_sources(list(f.source_ids))
            self.check_tags(tag_ids)
            _select(self.tag_match, f.tag_match)
            _select(self.facet, f.facet)
            _select(self.relation, f.relation if f.relation is not None else ANY_LINK if f.linked else None)
            if self.query.isEnabled():
                self.query.setText(f.query)
            _select(self.kind, f.kind)
            if f.speaker is not None and self.speaker.findData(f.speaker) < 0:
                self.speaker.addItem(f.speaker, f.speaker)  # as typed on the command line: "khrush"
            _select(self.speaker, f.speaker)
            self._select_coder(f.coders)
            self.year_from.setText("" if f.year_from is None else str(f.year_from))
            self.year_to.setText("" if f.year_to is None else str(f.year_to))
        finally:
            self.blockSignals(False)
        self.changed.emit()

    def _select_coder(self, names: tuple[str, ...]) -> None:
        """One coder, by login or display name (as the command line takes it); several or an unknown one
        cannot be shown by one choice, and are left out (every coder), like an unknown tag."""
        index = 0
        if len(names) == 1:
            wanted = names[0].casefold()
            for i in range(1, self.coder.count()):
                if wanted in (str(self.coder.itemData(i)).casefold(), self.coder.itemText(i).casefold()):
                    index = i
                    break
        self.coder.setCurrentIndex(index)

    def reset(self) -> None:
        self.set_filter(ExcerptFilter())
