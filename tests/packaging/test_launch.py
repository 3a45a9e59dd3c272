"""The installed app's entry point reads a lone project file as the project to open (a double-click)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _launch():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("annotator_launch", ROOT / "packaging" / "launch.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_lone_project_file_is_the_project_to_open() -> None:
    arguments = _launch().desktop_arguments
    assert arguments(["/home/h/Fieldwork.annotator"]) == ["--project", "/home/h/Fieldwork.annotator"]
    assert arguments([]) == []
    assert arguments(["sources"]) == ["sources"]
    assert arguments(["--project", "a.annotator"]) == ["--project", "a.annotator"]
    assert arguments(["import", "x.annotator"]) == ["import", "x.annotator"]
