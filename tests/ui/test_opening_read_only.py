"""The app on a project in a folder that cannot be written to: a read-only window, said once, still usable.

The app runs in a child that cannot write read-only folders (root gives up its capabilities first,
tests/helpers/unprivileged.py), offscreen; message boxes print what they say instead of waiting.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from annotator.services.project import Project
from annotator.ui.opening import READ_ONLY_ADVICE
from tests.helpers.unprivileged import run_unprivileged

pytestmark = pytest.mark.gui

APP = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
shown = []
QMessageBox.exec = lambda box: shown.append([box.windowTitle(), box.informativeText()]) or 0
from annotator.ui.main_window import MainWindow
from annotator.ui.opening import open_project
from annotator.ui.settings import AppSettings
project = open_project(None, Path(sys.argv[1]))
window = MainWindow(project, AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
opened = list(shown)
window.open_source(project.sources.list()[0].id)
window.reader.select_range(0, 12)
window.apply_tag(project.taxonomy.taxonomy().resolve("bias/polemical").id)  # refused, said in a box
print(json.dumps({
    "opened": opened,
    "title": window.windowTitle(),
    "text": window.reader.toPlainText(),
    "tagged": shown[len(opened):],
    "annotations": len(project.annotations.list()),
}))
window.close()
project.close()
"""


def test_a_project_in_a_read_only_folder_opens_read_only_in_the_app(tmp_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "thesis.annotator"
    text = "The district committee met in the schoolhouse.\n"
    with Project.open(path) as project:
        project.sources.import_file(write_file("minutes.txt", text))
    os.chmod(folder, 0o555)
    try:
        result = run_unprivileged("-c", APP, str(path), str(tmp_path / "settings.ini"))
    finally:
        os.chmod(folder, 0o755)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    reason = f"{path} is open read-only: its folder cannot be written to; changes are not saved"
    assert seen["opened"] == [["Opened read-only", f"{reason}\n\n{READ_ONLY_ADVICE}"]]
    assert "(read-only)" in seen["title"] and seen["text"] == text
    assert seen["tagged"] == [["Not done", reason]]  # the window stays usable
    assert seen["annotations"] == 0
    assert os.listdir(folder) == [path.name]
