"""Evidence: the citations, quotations and other voices detected in the source shown, proposed in the reader
(reader_evidence.py) and listed in the Evidence panel (evidence_panel.py), accepted or rejected one by one
or a whole kind at once, each decision one undoable step.

Detection runs in a worker thread when a source is opened, with its progress in the status bar ("Finding
citations and quotations… 42 %", told by the detectors a percent at a time): the window is never held up,
and the proposals are painted when they arrive. The worker only reads (and detects, when
what is stored is stale); what it found is stored from the window's thread, as every other write is, and a
second pass of the worker reads the items: a write begun in a second thread while the window writes can
fail at once as "locked" (SQLite cannot wait for a transaction that read before another committed), and a
historian's tag must never fail for a derived one. A source opened while another is being read waits for
it (one worker at a time), and what arrives for a source no longer shown is dropped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import threading
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QProgressBar, QWidget

from annotator.domain.errors import AnnotatorError
from annotator.services.evidence import ACCEPTED, PROPOSED, Decided, EvidenceItem, encode
from annotator.services.project import Project
from annotator.ui import commands, threads
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.models.evidence import KIND_PLURALS
from annotator.ui.widgets.evidence_panel import EvidencePanel
from annotator.ui.widgets.reader_evidence import proposals

log = logging.getLogger(__name__)
# What the worker read: ("items", the items, None) or ("found", what it detected, the text to store), or the
# error it met.
_Outcome = tuple[str, list[Any], str | None] | Exception
MANY = 200  # decided at once (a whole kind): everything is listed again, cheaper than row by row
# A detection (seconds of the interpreter for a book) starts once its source has been shown this long: the
# worker shares the interpreter with the window, and one started per source clicked through in the library
# made each next opening up to twice as slow (issue 23). Reading stored evidence starts at once.
DETECT_AFTER_MS = 500


class _Decide(commands.ServiceCommand):
    """Accepting or rejecting items: one service call (one transaction) however many items; undone and
    redone by the service with the same annotation ids. Dropped from the stack when nothing changed."""

    def __init__(self, controller: EvidenceController, text: str) -> None:
        super().__init__(text)
        self._controller = controller
        self._project = controller.host.project
        self.decided: Decided | None = None

    def first(self) -> Decided:
        raise NotImplementedError

    def do(self) -> None:
        if self.decided is None:
            self.decided = self.first()
            if not self.decided.count:
                self.setObsolete(True)
                return
        else:
            self._project.evidence.redo(self.decided)
        self._controller.decided(self.decided, undone=False)

    def undo_it(self) -> None:
        assert self.decided is not None
        if self.decided.state == ACCEPTED:
            self._project.evidence.unaccept(self.decided)
        else:
            self._project.evidence.unreject(self.decided)
        self._controller.decided(self.decided, undone=True)


class AcceptEvidence(_Decide):
    def __init__(self, controller: EvidenceController, source_id: int, ids: Sequence[str], text: str) -> None:
        super().__init__(controller, text)
        self._args = (source_id, list(ids))

    def first(self) -> Decided:
        return self._project.evidence.accept(*self._args)


class AcceptKind(_Decide):
    def __init__(self, controller: EvidenceController, source_id: int, kind: str) -> None:
        super().__init__(controller, f"Accept all {KIND_PLURALS.get(kind, kind)}")
        self._args = (source_id, kind)

    def first(self) -> Decided:
        return self._project.evidence.accept_kind(*self._args)


class RejectEvidence(_Decide):
    def __init__(self, controller: EvidenceController, source_id: int, ids: Sequence[str], text: str) -> None:
        super().__init__(controller, text)
        self._args = (source_id, list(ids))

    def first(self) -> Decided:
        return self._project.evidence.reject(*self._args)


@contextlib.contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """The cyclic garbage collector paused while evidence is detected and read: the thousands of objects
    made set off collections that walk the whole heap, 170-230 ms each on a book, and one in the worker
    holds up the window too (it holds the interpreter). They make no cycles: reference counting frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _short(text: str, width: int = 30) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= width else f"“{text[: width - 1]}…”"


class EvidenceController(QObject):
    # What the worker found, emitted in the window's thread: (token, project, source id, what it found or the
    # error met). The worker itself sends through annotator.ui.threads, never on this object (it may be
    # deleted meanwhile).
    found = Signal(object)

    def __init__(self, host: Host) -> None:
        super().__init__(host.window_widget())
        self.host = host
        self.reader = host.reader
        self.layer = self.reader.proposals
        self.panel = EvidencePanel(self.layer.color_of)
        self.dock: QDockWidget | None = None
        self.source_id: int | None = None
        self._items: dict[str, EvidenceItem] = {}  # the shown source's items, decided ones too
        self._order: list[str] = []  # their ids in text order (a decision changes states, not the order)
        self._token = 0  # which opening the items arriving are for
        self._wanted: tuple[int, Project, int] | None = None  # (token, project, source) still to read
        self._worker: threading.Thread | None = None
        self._detect_due = False  # the wanted read detects: started by its timer (DETECT_AFTER_MS)
        owner = host.window_widget()
        self.show_action = make_action(
            owner,
            "Show &proposals",
            self.set_shown,
            tip="Show the citations and quotations found in the source as proposals in the reader",
            checkable=True,
        )
        self.show_action.setChecked(host.settings.show_proposals())
        # Tabbed behind the Inspector, the panel's View toggle would hide it rather than bring it up.
        self.focus_action = make_action(
            owner, "Go to the &Evidence panel", self.focus_panel, "Ctrl+Shift+E",
            tip="Bring the Evidence panel forward and put the keyboard in its list",
        )
        self.layer.set_visible(self.show_action.isChecked())
        # Kept beside the count while detecting: the source's own message replaces any temporary one.
        self.progress = QWidget()
        self.progress_bar = bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setMaximumWidth(120)
        bar.setMaximumHeight(14)
        bar.setTextVisible(False)
        self.progress_label = QLabel()
        row = QHBoxLayout(self.progress)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.progress_label)
        row.addWidget(bar)
        self.progress.hide()
        host.statusBar().addPermanentWidget(self.progress)
        self.found.connect(self._arrived)
        self.layer.accept_requested.connect(lambda item_id: self.accept([item_id]))
        self.layer.reject_requested.connect(lambda item_id: self.reject([item_id]))
        self.layer.walked.connect(self.panel.show_item)
        self.layer.message.connect(lambda text: host.statusBar().showMessage(text, 4000))
        self.panel.item_activated.connect(self.go_to)
        self.panel.accept_requested.connect(lambda item_id: self.accept([item_id]))
        self.panel.reject_requested.connect(lambda item_id: self.reject([item_id]))
        self.panel.accept_kind_requested.connect(self.accept_kind)
        self.panel.reject_kind_requested.connect(self.reject_kind)

    def dock_panel(self) -> QDockWidget:
        self.dock = self.host.dock("Evidence", "evidence", self.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        return self.dock

    def focus_panel(self) -> None:
        """The Evidence panel in front with the keyboard in its list, on its current row or the first one."""
        if self.dock is None:
            return
        self.dock.show()
        self.dock.raise_()
        rows = self.panel.rows
        if not rows.currentIndex().isValid() and self.panel.listed_ids():
            first = self.panel.row_of(self.panel.listed_ids()[0])
            if first is not None:
                rows.setCurrentIndex(first)
        rows.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Reading

    def source_opened(self, source_id: int | None, read: bool = True) -> None:
        """The reader now shows ``source_id`` (None: no source): read its evidence in the worker, detecting
        it first when it is stale. ``read`` False: only forget the source shown before, saying its evidence
        is on its way; ``read_evidence`` starts it (the window does just after its first paint)."""
        self._token += 1
        self.source_id = source_id
        self._items, self._order = {}, []
        self.layer.clear()
        if source_id is None or not read:
            self._wanted, self._detect_due = None, False
            if source_id is None:
                self.panel.clear()
            else:
                self.panel.clear("Reading the evidence…")
            self._busy(False)
            return
        self.read_evidence()

    def read_evidence(self) -> None:
        """Read the shown source's evidence in the worker, detecting it first when it is stale."""
        source_id = self.source_id
        if source_id is None:
            return
        project = self.host.project
        try:
            stale = source_id in project.evidence.stale()
        except AnnotatorError:
            stale = True
        self.panel.clear("Finding citations and quotations…" if stale else "Reading the evidence…")
        self._busy(stale)
        self._wanted = (self._token, project, source_id)
        self._detect_due = stale
        if stale:
            token = self._token
            QTimer.singleShot(DETECT_AFTER_MS, self, lambda: self._detect_time(token))
        self._start()

    def _detect_time(self, token: int) -> None:
        """The source opened as ``token`` was shown long enough: detect (now, or after a running read)."""
        if token == self._token and self._detect_due:
            self._detect_due = False
            self._start()

    def _start(self, now: bool = False) -> None:
        if self._worker is not None or self._wanted is None or (self._detect_due and not now):
            return
        token, project, source_id = self._wanted
        self._wanted = None
        self._detect_due = False

        # The worker holds these, not the controller: they drop what arrives once the window is gone.
        to_progress, to_found = threads.Channel(self._progressed), threads.Channel(self._read)

        def told(done: float) -> None:  # the detectors' progress, a percent at a time, to the window
            to_progress.send((token, round(done * 100)))

        def read() -> None:
            # What was detected, to be stored by the window's thread; or, when what is stored is current,
            # the items (reading a book's thousands took a quarter of a second: not in the window's
            # thread either). A read-only project is never written: its items are read (detected) here.
            outcome: _Outcome
            try:
                with _without_gc_pauses():
                    evidence = project.evidence
                    found = None
                    if not project.read_only:  # a book's detection in a process of its own
                        found = evidence.detect_unstored(source_id, told, offload=True)
                    listed = evidence.items(source_id, progress=told) if found is None else None
                if listed is not None:
                    outcome = ("items", listed, None)
                else:  # with the text the window's thread will store: encoding a book's items takes time too
                    outcome = ("found", found or [], encode(found or []))
            except Exception as e:  # said in the status bar: derived data must never end the program
                outcome = e
            to_found.send((token, project, source_id, outcome))

        self._worker = threading.Thread(target=read, name=f"evidence-{source_id}", daemon=True)
        self._worker.start()

    def _read(self, arrived: tuple[int, Project, int, _Outcome]) -> None:
        self.found.emit(arrived)  # in the window's thread: to _arrived, and to whoever watches (People)

    def _arrived(self, arrived: tuple[int, Project, int, _Outcome]) -> None:
        token, project, source_id, outcome = arrived
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        current = token == self._token and project is self.host.project and source_id == self.source_id
        if current and not isinstance(outcome, Exception) and outcome[0] == "found":
            try:
                project.evidence.store(source_id, outcome[1], outcome[2])
                if source_id not in project.evidence.stale() and self._wanted is None:
                    self._wanted = (token, project, source_id)  # the worker reads the items next
                    self._start()
                    return
                # Not kept (a write that failed is not said: derived data): the items, here, this once.
                outcome = ("items", project.evidence.items(source_id), None)
            except Exception as e:
                outcome = e
        if current:
            self._busy(False)
            if isinstance(outcome, Exception):
                if not isinstance(outcome, AnnotatorError):
                    log.error("evidence of source %s not read", source_id, exc_info=outcome)
                self.panel.clear(f"The evidence could not be read: {outcome}")
                self.host.statusBar().showMessage(f"No proposals: {outcome}", 8000)
            else:
                ordered = sorted(outcome[1], key=lambda i: (i.start, i.end, i.id))
                self._items = {item.id: item for item in ordered}
                self._order = list(self._items)
                self._refresh()
                count = len(self.layer)
                self.host.statusBar().showMessage(
                    f"{count:,} proposal{'' if count == 1 else 's'} in this source"
                    " — Alt+Down goes to the next, Enter accepts it, X rejects it"
                    if count
                    else "No citations, notes or quotations to decide in this source",
                    8000,
                )
        self._start()

    def wait(self) -> None:
        """Let a running read finish and drop what is still wanted (before the project is closed or
        replaced, or the window closes)."""
        self._wanted, self._detect_due = None, False
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        self._token += 1  # what the finished worker queued is for a project about to go

    def wait_until_read(self, timeout_s: float = 30.0) -> bool:
        """For tests and screenshots: deliver the items being read now (a detection still waiting for its
        time started at once); False when none were due."""
        if self._worker is None:
            self._start(now=True)
        worker = self._worker
        if worker is None:
            return False
        worker.join(timeout_s)
        threads.deliver_pending()
        return True

    def _busy(self, busy: bool) -> None:
        if busy:  # from nought for the source opened
            self._progressed((self._token, 0))
        self.progress.setVisible(busy)

    def _progressed(self, told: tuple[int, int]) -> None:
        token, percent = told
        if token != self._token:
            return  # a source no longer shown
        self.progress_bar.setValue(percent)
        self.progress_label.setText(f"Finding citations and quotations… {percent} %")

    # Showing

    def set_shown(self, shown: bool) -> None:
        """View › Show proposals: the reader shows them or not (remembered); the panel lists them anyway."""
        self.layer.set_visible(shown)
        self.host.settings.set_show_proposals(shown)
        self.show_action.setChecked(shown)

    def taxonomy_changed(self) -> None:
        """Facets recoloured or tags renamed: the underlines and tooltips follow."""
        if self._items:
            self._refresh()

    def items(self) -> list[EvidenceItem]:
        """The shown source's items (decided ones too), in text order."""
        return [self._items[i] for i in self._order]

    def _refresh(self) -> None:
        taxonomy = self.host.taxonomy
        facets = {facet.id: facet for facet in taxonomy.facets}
        facet_colors = {facet.slug: facet.color for facet in taxonomy.facets}
        tags = {
            f"{facets[t.facet_id].slug}/{t.slug}": (t.name, t.color)
            for t in taxonomy.tags
            if t.facet_id in facets
        }
        items = self.items()
        self.layer.set_items(proposals(items), facet_colors, tags)
        self.panel.set_items(items, self.reader.text)

    def go_to(self, item_id: str) -> None:
        """Select a proposal in the reader, scrolled into view."""
        item = self._items.get(item_id)
        if item is None:
            return
        self.host.show_single_view()
        self.host.set_active(self.reader)
        self.reader.select_range(item.start, item.end)
        self.reader.scroll_to(item.start, item.end)

    # Deciding

    def accept(self, ids: Sequence[str]) -> bool:
        chosen = [self._items[i] for i in ids if i in self._items]
        if self.source_id is None or not chosen:
            return False
        text = f"Accept {_short(chosen[0].text)}" if len(chosen) == 1 else f"Accept {len(chosen)} proposals"
        command = AcceptEvidence(self, self.source_id, [i.id for i in chosen], text)
        if not self.host.run(command):
            return False
        decided = command.decided
        if decided is not None and decided.count:
            self._after_decision(chosen[0])
            made = decided.made.get(chosen[0].id)
            if made is not None and made.annotation_id is not None and self.host.active_reader is self.reader:
                self.host.select_annotation(made.annotation_id, scroll=False)
        return True

    def reject(self, ids: Sequence[str]) -> bool:
        chosen = [self._items[i] for i in ids if i in self._items]
        if self.source_id is None or not chosen:
            return False
        text = f"Reject {_short(chosen[0].text)}" if len(chosen) == 1 else f"Reject {len(chosen)} proposals"
        command = RejectEvidence(self, self.source_id, [i.id for i in chosen], text)
        if not self.host.run(command):
            return False
        if command.decided is not None and command.decided.count:
            self._after_decision(chosen[0])
        return True

    def accept_kind(self, kind: str) -> bool:
        """Accept every proposal of ``kind`` in the shown source: one transaction, one undo step."""
        if self.source_id is None:
            return False
        return self.host.run(AcceptKind(self, self.source_id, kind))

    def reject_kind(self, kind: str) -> bool:
        """Reject every proposal of ``kind`` in the shown source: one undo step."""
        if self.source_id is None:
            return False
        ids = [i.id for i in proposals(self.items()) if i.kind == kind]
        if not ids:
            return False
        return self.host.run(
            RejectEvidence(self, self.source_id, ids, f"Reject all {KIND_PLURALS.get(kind, kind)}")
        )

    def _after_decision(self, item: EvidenceItem) -> None:
        """The cursor goes to the start of the item decided, unselected, so Alt+Down goes on from there
        (to a note call nested in a quotation just decided, too)."""
        if self.host.active_reader is not self.reader:
            return
        self.reader.select_range(item.start, item.start)

    def decided(self, decided: Decided, undone: bool) -> None:
        """A decision was made, undone or redone (by a command): the items' states follow, and the reader
        and the panel with them."""
        if decided.source_id != self.source_id:
            return
        gone: list[str] = []
        back: list[EvidenceItem] = []
        for item_id in decided.ids:
            item = self._items.get(item_id)
            if item is None:
                continue
            if undone:
                before = decided.before.get(item_id)
                state, annotation = (
                    (PROPOSED, None) if before is None else (before.state, before.annotation_id)
                )
            else:
                made = decided.made[item_id]
                state, annotation = made.state, made.annotation_id
            self._items[item_id] = now = dataclasses.replace(item, state=state, annotation_id=annotation)
            if state == PROPOSED:
                back.append(now)
            else:
                gone.append(item_id)
        if len(gone) + len(back) > MANY:
            self._refresh()
            return
        # Only the rows and underlines of the items decided change: a key press on a book's thousands of
        # proposals must not lay them all out again.
        self.layer.remove(gone)
        self.layer.insert(proposals(back))
        self.panel.update_items(self.items(), gone, back)
