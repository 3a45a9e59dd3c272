"""QualCoder's own REFI-QDA importer run on an archive, without QualCoder's window.

``qualcoder_rules.py`` restates QualCoder's rules; this runs QualCoder's code: ``RefiImport.import_project``
from a QualCoder checkout (``src/qualcoder/refi.py``, read where it is, not copied), into an empty project
database made with the ``CREATE TABLE`` statements of that checkout's own ``create_project``. What the
importer does not need of the application is stood in for: PyQt6 (a file dialog that returns the archive,
a progress dialog and a message box that do nothing), the application object (its settings and the
database connection), ``gettext``'s ``_`` and the helpers module (only ``Message``). Nothing else of
QualCoder is replaced: the reading of the XML, the files and the inserts into its tables are its own.

The checkout is named by the environment variable ``QUALCODER_SRC`` (its root, holding ``src/qualcoder``);
``qualcoder_checkout()`` is None without it, and the tests that use this are skipped then.
"""

from __future__ import annotations

import ast
import builtins
import importlib.util
import os
import shutil
import sqlite3
import sys
import tempfile
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def qualcoder_checkout() -> Path | None:
    root = os.environ.get("QUALCODER_SRC")
    if not root:
        return None
    package = Path(root) / "src" / "qualcoder"
    return package if (package / "refi.py").is_file() and (package / "__main__.py").is_file() else None


class _AnyClass(type):
    def __getattr__(cls, name: str) -> Any:  # Qt.WindowModality.WindowModal and the like
        if name.startswith("__"):
            raise AttributeError(name)
        return _Anything()


class _Anything(metaclass=_AnyClass):
    """Stands for any PyQt6 class or constant the importer touches: every call and attribute works."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def __call__(self, *args: Any, **kwargs: Any) -> _Anything:
        return _Anything()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Anything()

    def __or__(self, other: Any) -> _Anything:
        return self


class _Module(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return _Anything


@contextmanager
def _stand_ins(archive: Path) -> Iterator[None]:
    """PyQt6 and gettext's ``_``, for the time of one import."""
    qt_modules = ("PyQt6", "PyQt6.QtWidgets", "PyQt6.QtCore", "PyQt6.QtGui")
    saved = {name: sys.modules.get(name) for name in qt_modules}
    qt = _Module("PyQt6")
    widgets, core, gui = _Module("PyQt6.QtWidgets"), _Module("PyQt6.QtCore"), _Module("PyQt6.QtGui")

    class FileDialog(_Anything):
        Option = _Anything()

        @staticmethod
        def getOpenFileName(*args: Any, **kwargs: Any) -> tuple[str, bool]:
            return str(archive), True

    widgets.QFileDialog = FileDialog  # type: ignore[attr-defined]
    qt.QtWidgets, qt.QtCore, qt.QtGui = widgets, core, gui  # type: ignore[attr-defined]
    sys.modules.update({"PyQt6": qt, "PyQt6.QtWidgets": widgets, "PyQt6.QtCore": core, "PyQt6.QtGui": gui})
    had_underscore = hasattr(builtins, "_")
    underscore = getattr(builtins, "_", None)
    builtins._ = lambda text: text  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for name, module in saved.items():
            if module is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = module
        if had_underscore:
            builtins._ = underscore  # type: ignore[attr-defined]
        else:
            del builtins._  # type: ignore[attr-defined]


def _load_refi(package: Path, messages: list[str]) -> Any:
    """QualCoder's refi.py as ``qualcoder_under_test.refi``, with its two helper imports stood in for."""
    name = "qualcoder_under_test"
    for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
        del sys.modules[module]
    root = types.ModuleType(name)
    root.__path__ = [str(package)]  # type: ignore[attr-defined]
    sys.modules[name] = root
    gui = types.ModuleType(f"{name}.GUI")
    gui.__path__ = []  # type: ignore[attr-defined]
    sys.modules[gui.__name__] = gui
    for form in ("ui_dialog_refi_export_endings", "ui_dialog_colour_selector"):  # Qt Designer forms
        sys.modules[f"{gui.__name__}.{form}"] = _Module(f"{gui.__name__}.{form}")
    colors = _module_from(package / "color_selector.py", f"{name}.color_selector")
    helpers = types.ModuleType(f"{name}.helpers")

    class Message:
        def __init__(self, app: Any, title: str, text: str, icon: str = "") -> None:
            messages.append(f"{title}: {text}")

        def exec(self) -> None:
            pass

    helpers.Message = Message  # type: ignore[attr-defined]
    sys.modules.update({f"{name}.color_selector": colors, helpers.__name__: helpers})
    return _module_from(package / "refi.py", f"{name}.refi")


def _module_from(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _create_tables(package: Path) -> list[str]:
    """The CREATE TABLE statements of QualCoder's ``create_project``, in its order, from its source."""
    tree = ast.parse((package / "__main__.py").read_text(encoding="utf-8"))
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        statements = [
            node.args[0].value
            for node in ast.walk(function)
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str) and node.args[0].value.startswith("CREATE TABLE")
        ]  # fmt: skip
        if any(s.startswith("CREATE TABLE project ") for s in statements):
            return statements
    raise RuntimeError(f"no create_project with CREATE TABLE statements in {package / '__main__.py'}")


@dataclass
class QualCoderDatabase:
    """What QualCoder's importer put in its database, as rows; ``error`` if it stopped with an exception."""

    sources: dict[str, str] = field(default_factory=dict)  # name -> fulltext
    source_memos: dict[str, str] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    codings: list[tuple[str | None, str, int, int, str, str]] = field(default_factory=list)  # code, source…
    annotations: list[tuple[str, int, int, str]] = field(default_factory=list)  # source, start, end, memo
    journal: dict[str, str] = field(default_factory=dict)
    attributes: list[tuple[str, str, str]] = field(default_factory=list)  # variable, source, value
    log: list[str] = field(default_factory=list)  # what it wrote to its window
    messages: list[str] = field(default_factory=list)  # its message boxes
    error: str = ""


def import_with_qualcoder(package: Path, archive: bytes | Path, kind: str = "qdpx") -> QualCoderDatabase:
    """Run QualCoder's ``RefiImport`` on ``archive`` and read back its tables: a project (``qdpx``) into an
    empty project, or a codebook (``qdc``) into one."""
    found = QualCoderDatabase()
    with tempfile.TemporaryDirectory(prefix="qualcoder-import-") as tmp:
        folder = Path(tmp)
        path = folder / f"exchange.{kind}"
        if isinstance(archive, Path):
            shutil.copyfile(archive, path)
        else:
            path.write_bytes(archive)
        project = folder / "project.qda"
        (project / "documents").mkdir(parents=True)
        connection = sqlite3.connect(project / "data.qda")
        for statement in _create_tables(package):
            connection.execute(statement)
        connection.commit()

        class Log:
            def append(self, text: str) -> None:
                found.log.append(text)

        app = types.SimpleNamespace(
            conn=connection, project_path=str(project), ai_models=[], project_events=None,
            settings={"codername": "default", "directory": str(folder), "ai_enable": "False"},
            write_config_ini=lambda *args: None,
        )  # fmt: skip
        with _stand_ins(path):
            refi = _load_refi(package, found.messages)
            try:
                refi.RefiImport(app, Log(), kind)
            except Exception as error:  # what QualCoder would show as a crash
                found.error = f"{type(error).__name__}: {error}"
        rows = connection.execute
        names = {i: n for i, n in rows("SELECT id, name FROM source")}
        found.sources = dict(rows("SELECT name, fulltext FROM source"))
        found.source_memos = {n: m or "" for n, m in rows("SELECT name, memo FROM source")}
        found.categories = [n for (n,) in rows("SELECT name FROM code_cat ORDER BY catid")]
        codes = dict(rows("SELECT cid, name FROM code_name"))
        found.codes = [codes[c] for c in sorted(codes)]
        found.codings = [
            (codes.get(cid), names.get(fid, "?"), pos0, pos1, seltext, memo or "")
            for cid, fid, pos0, pos1, seltext, memo in rows(
                "SELECT cid, fid, pos0, pos1, seltext, memo FROM code_text ORDER BY ctid"
            )
        ]
        found.annotations = [
            (names.get(fid, "?"), pos0, pos1, memo or "")
            for fid, pos0, pos1, memo in rows("SELECT fid, pos0, pos1, memo FROM annotation ORDER BY anid")
        ]
        found.journal = dict(rows("SELECT name, jentry FROM journal"))
        found.attributes = [
            (name, names.get(fid, "?"), value)
            for name, fid, value in rows("SELECT name, id, value FROM attribute WHERE attr_type = 'file'")
        ]
        connection.close()
    return found
