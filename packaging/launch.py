"""The installed app's entry point (packaging/annotator.spec): the same ``main`` as the ``annotator``
command of a development install (pyproject's [project.scripts]): the window without a command, the
command line with one.

One addition: a desktop opening a project file (a double-click, ``xdg-open``, the menu entry's
``Exec=annotator %f``) passes the file alone, which the command line would read as a command's name; a
lone argument naming a ``.annotator`` file means ``--project FILE``.
"""

import multiprocessing
import sys

from annotator.cli.main import main


def desktop_arguments(argv: list[str]) -> list[str]:
    """``argv`` with a lone project file turned into ``--project FILE``."""
    if len(argv) == 1 and argv[0].endswith(".annotator") and not argv[0].startswith("-"):
        return ["--project", argv[0]]
    return argv


if __name__ == "__main__":
    # The installed app's worker processes (a book's evidence detected, a large index built) are this
    # executable started again: it must run the worker, not the app.
    multiprocessing.freeze_support()
    sys.exit(main(desktop_arguments(sys.argv[1:])))
