"""The repository keeps its promises: layout, README commands, packaging."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _readme_command(heading: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"## {heading}", 1)[1]
    match = re.search(r"```sh\n(.+?)\n```", section, re.DOTALL)
    assert match, f"no command under {heading!r}"
    return match.group(1).strip()


def test_top_level_holds_only_what_the_design_card_names() -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    top = {line.split("/")[0] for line in tracked.stdout.splitlines()}
    # packaging/: the installable packages' spec, menu entry and file type (issue 22).
    allowed = {"annotator", "resources", "db", "tests", "packaging", "pyproject.toml", "README.md", "LICENSE"}
    assert {name for name in top if not name.startswith(".")} <= allowed


def test_ci_runs_exactly_the_readme_test_command() -> None:
    command = _readme_command("Run the tests")
    assert "\n" not in command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci


def test_readme_start_command_is_one_line() -> None:
    command = _readme_command("Install and start")
    assert "\n" not in command and command.endswith(".venv/bin/annotator")


def test_every_screenshot_is_shown_in_the_readme_and_every_picture_there_exists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\((resources/screenshots/[^)\s]+)\)", readme))
    tracked = subprocess.run(
        ["git", "ls-files", "resources/screenshots"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    committed = set(tracked.stdout.split())  # a picture being made but not yet committed is not checked
    assert sorted(committed - shown) == [], "screenshots used nowhere: show them in the README or delete them"
    assert sorted(shown - committed) == []


def test_readme_layout_names_no_missing_parts() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## How it is built", 1)[1].split("```", 2)[1]
    assert "coming" not in layout and "later" not in layout
    for part in ("exporters", "bibliography", ".qdpx"):
        assert part in layout


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    found = {
        ".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "annotator").rglob("__init__.py")
    }
    listed = set(config["packages"])
    assert found <= listed
    assert {"annotator.migrations", "annotator.migrations.versions", "annotator.resources"} <= listed


def test_data_folders_are_packages_of_their_own() -> None:
    """A package-data pattern reaching into a subfolder makes setuptools print a 40-line warning that looks
    like an error on every install (``annotator.resources.sample`` did): the folder must be listed itself."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    for package, patterns in config["package-data"].items():
        assert package in config["packages"]
        assert not [p for p in patterns if "/" in p], f"{package}: list the subfolder as a package instead"


@pytest.mark.slow
def test_wheel_carries_migrations_and_resources_and_works(tmp_path: Path) -> None:
    """Build the wheel, unpack it away from the checkout and run the CLI from it."""
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    assert "Warning" not in build.stdout + build.stderr  # the build backend's warnings, shown with -v
    wheel = next((tmp_path / "dist").glob("annotator-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "annotator/migrations/env.py",
        "annotator/migrations/script.py.mako",
        "annotator/migrations/versions/0001_initial_schema.py",
        "annotator/resources/taxonomy.toml",
        "annotator/resources/sample/sample.toml",
    } <= names
    assert not any(name.startswith(("tests/", "db/", "resources/")) for name in names)
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    (tmp_path / "a.txt").write_text("A sentence from the wheel test.", encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, annotator; assert annotator.__file__.startswith(sys.argv[1]), annotator.__file__;"
            "from annotator.cli.main import main; sys.exit(main(sys.argv[2:]))",
            str(unpacked),
            "import",
            str(tmp_path / "a.txt"),
            "--project",
            str(tmp_path / "w.annotator"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert run.returncode == 0, run.stderr
