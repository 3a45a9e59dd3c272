"""Automatic backups while a project is open: one when it is opened (after the window is shown, in a
thread) and one every 10 minutes while it changes. Never disturbing the work: a failure is logged, and a
copy that fails its check is said once."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer

from annotator.domain.errors import AnnotatorError, ProjectDamaged
from annotator.ui import threads
from annotator.ui.controllers.host import Host
from annotator.ui.errors import show_error

log = logging.getLogger(__name__)
PERIOD_MS = 10 * 60 * 1000


class BackupsController(QObject):
    def __init__(self, host: Host) -> None:
        super().__init__(host.window_widget())
        self.host = host
        self._when_shown = False  # the project just opened gets its backup once the window is up
        self._opening_backup: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.periodic_backup)
        self._timer.start(PERIOD_MS)

    def project_opened(self) -> None:
        if self.host.window_widget().isVisible():
            QTimer.singleShot(0, self._back_up_opened_project)
        else:
            self._when_shown = True

    def window_shown(self) -> None:
        if self._when_shown:
            self._when_shown = False
            QTimer.singleShot(0, self._back_up_opened_project)  # after the first paint

    def _back_up_opened_project(self) -> None:
        """The backup a project gets when it is opened (if it changed since the newest), in a thread: never
        before the window is shown, and never holding it up (copying 192 MB took 1.0–1.6 s)."""
        project = self.host.project
        if project.read_only or project.created or self._opening_backup is not None:
            return  # a project made just now has nothing to back up yet
        # The thread holds this, not the controller (annotator/ui/threads.py says why): told None, or the
        # ProjectDamaged it met; dropped when the window is gone.
        to_window = threads.Channel(self._opening_backup_finished)

        def back_up() -> None:
            outcome: ProjectDamaged | None = None
            try:
                project.backup_if_due()
            except ProjectDamaged as e:
                outcome = e
            except (AnnotatorError, OSError) as e:  # a backup must never disturb the work
                log.warning("no automatic backup of %s: %s", project.path, e)
            to_window.send(outcome)

        self._opening_backup = threading.Thread(target=back_up, name="backup-on-opening")
        self._opening_backup.start()

    def _opening_backup_finished(self, damaged: ProjectDamaged | None) -> None:
        self.wait_for_opening_backup()
        if damaged is not None:
            log.warning("automatic backup refused: %s", damaged)
            self._say_damaged(damaged)

    def wait_for_opening_backup(self) -> None:
        """Let the backup of the project just opened finish (before the project is closed or replaced)."""
        if self._opening_backup is not None:
            self._opening_backup.join()
            self._opening_backup = None

    def periodic_backup(self) -> None:
        try:
            self.host.project.backup_if_due()
        except ProjectDamaged as e:  # the copy failed its check: said once (no new copy until a change)
            log.warning("automatic backup refused: %s", e)
            self._say_damaged(e)
        except (AnnotatorError, OSError) as e:  # a backup must never disturb the work
            log.warning("automatic backup failed: %s", e)

    def _say_damaged(self, error: ProjectDamaged) -> None:
        show_error(
            self.host.window_widget(),
            "The project failed its check",
            str(error),
            "See File › Check project….",
        )
