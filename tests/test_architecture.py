"""The layers stay separate: checked by import-linter, and by running the core with Qt made unimportable."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint_imports, "import-linter is a test dependency"
    result = subprocess.run(
        [lint_imports, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_command_line_and_services_work_without_qt(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("The core needs no Qt at all.", encoding="utf-8")
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # any import of Qt now fails\n"
        "from annotator.cli.main import main\n"
        "project = sys.argv[2]\n"
        "assert main(['import', sys.argv[1], '--project', project]) == 0\n"
        "assert main(['annotate', '1', '--start', '4', '--end', '8', '--project', project]) == 0\n"
        "assert 'PySide6.QtCore' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(source), str(tmp_path / "p.annotator")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
