"""What the app remembers between runs (QSettings): window layout, recent projects, where you were.

Per-project choices that belong to the research (taxonomy, and later export defaults) live in the project
file instead; these are only the user's desk.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings

from annotator.services.paths import APP_NAME
from annotator.storage.server import is_server_url

MAX_RECENT = 8
SCHEMA_VERSION = 1


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(APP_NAME, APP_NAME)
        if self._settings.value("schema", 0, type=int) < SCHEMA_VERSION:
            self._settings.setValue("schema", SCHEMA_VERSION)

    def window_geometry(self) -> tuple[bytes | None, bytes | None]:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        return (bytes(geometry) if geometry else None, bytes(state) if state else None)

    def set_window_geometry(self, geometry: bytes, state: bytes) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def recent_projects(self) -> list[Path | str]:
        """Project files, and team projects' URLs (without passwords; kept as text, a Path folds //)."""
        value = self._settings.value("recent_projects", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [p if is_server_url(p) else Path(p) for p in items]

    def add_recent_project(self, path: Path | str) -> None:
        paths = [str(path)] + [str(p) for p in self.recent_projects() if str(p) != str(path)]
        self._settings.setValue("recent_projects", paths[:MAX_RECENT])

    def last_project(self) -> Path | None:
        """The project file used last; None after a team project (the app does not start by waiting for a
        server that may be out of reach: it is one click away in File › Recent projects)."""
        value = self._settings.value("last_project")
        return Path(value) if value and not is_server_url(value) else None

    def set_last_project(self, path: Path | str) -> None:
        self._settings.setValue("last_project", str(path))

    def last_folder(self) -> str:
        return str(self._settings.value("last_folder", str(Path.home())))

    def set_last_folder(self, folder: str) -> None:
        self._settings.setValue("last_folder", folder)

    def project_value(self, project_uuid: str, key: str) -> object:
        return self._settings.value(f"projects/{project_uuid}/{key}")

    def set_project_value(self, project_uuid: str, key: str, value: object) -> None:
        self._settings.setValue(f"projects/{project_uuid}/{key}", value)

    def search_history(self) -> list[str]:
        value = self._settings.value("search_history", [])
        return [value] if isinstance(value, str) else list(value or [])

    def set_search_history(self, queries: list[str]) -> None:
        self._settings.setValue("search_history", queries)

    def overview_threshold(self) -> float | None:
        """The strength the compare overview's parallels must reach, or None when never changed."""
        try:
            value = float(self._settings.value("compare/overview_threshold"))
        except (TypeError, ValueError):
            return None
        return value if 0.0 < value <= 1.0 else None

    def set_overview_threshold(self, value: float) -> None:
        self._settings.setValue("compare/overview_threshold", round(value, 2))

    def reader_point_size(self) -> int | None:
        """The reader's zoom (its text size in points), or None when never changed."""
        value = self._settings.value("reader/point_size")
        return int(value) if value is not None and str(value).isdigit() else None

    def set_reader_point_size(self, size: int) -> None:
        self._settings.setValue("reader/point_size", size)

    def show_proposals(self) -> bool:
        """Whether the reader shows detected evidence as proposals (View › Show proposals; on by default)."""
        return str(self._settings.value("reader/show_proposals", "true")).lower() not in ("false", "0")

    def set_show_proposals(self, shown: bool) -> None:
        self._settings.setValue("reader/show_proposals", "true" if shown else "false")

    @staticmethod
    def sample_project_path() -> Path:
        folder = Path(user_data_dir(APP_NAME, appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        return folder / "Sample project.annotator"

    def sync(self) -> None:
        self._settings.sync()
