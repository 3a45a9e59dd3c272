"""Work that would hold the interpreter for a second or more, run in a process of its own.

A worker thread does not keep the window free: it shares the interpreter with it, and a detector's long
calls (a pattern over a whole book, a module's patterns compiled on import) hold the interpreter for
hundreds of milliseconds at a time. Detecting a book's evidence in a thread made a tag pressed meanwhile
take 0.7 s (tests/benchmarks/bench_ui.py, keyboard). In a process of its own the work runs on the other
core, and this process only waits on a pipe, which lets go of the interpreter.

The process is started with ``spawn``, never ``fork``: forking a process that runs Qt's threads can leave
locks held in the child. It starts in a few tenths of a second (the imports the work needs), so only work
worth that is sent there; the caller decides.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

log = logging.getLogger(__name__)

Progress = Callable[[float], None]  # the share done, 0.0 to 1.0


class OffloadFailed(RuntimeError):
    """The worker process could not start, or ended without an answer (killed, out of memory)."""


def run_in_process(function: Callable[..., Any], *args: Any, progress: Progress | None = None) -> Any:
    """``function(*args, progress=…)`` run in a new process, its progress told to ``progress`` here (from the
    thread calling this) and its result returned; what it raised is raised here. ``function`` and its
    arguments and result must pickle (a module-level function of data). OffloadFailed when the process
    could not do it at all: the caller may then do the work itself."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(
        target=_work, args=(sending, function, args), name="annotator-offload", daemon=True
    )
    try:
        process.start()
    except (OSError, RuntimeError) as e:  # no process for us (limits, a frozen app without its support)
        receiving.close()
        sending.close()
        raise OffloadFailed(f"no worker process could start: {e}") from e
    sending.close()  # ours closed, so that its end (the process gone) reads as EOF here
    try:
        while True:
            try:
                what, value = receiving.recv()
            except EOFError as e:
                process.join(5)
                ended = process.exitcode
                raise OffloadFailed(f"the worker process ended without an answer (exit code {ended})") from e
            if what == "progress":
                if progress is not None:
                    progress(value)
            elif what == "done":
                return value
            else:
                raise value
    finally:
        receiving.close()
        process.join(5)
        if process.is_alive():  # it answered or failed; nothing of it is wanted any more
            process.kill()
            process.join(1)


def run_offloaded(function: Callable[..., Any], *args: Any, progress: Progress | None = None) -> Any:
    """``run_in_process``, or, when no process could do it (OffloadFailed, logged), ``function`` here."""
    try:
        return run_in_process(function, *args, progress=progress)
    except OffloadFailed:
        log.warning("%s: no process of its own could run it; running here", function.__name__, exc_info=True)
        return function(*args, progress=progress)


def _work(sending: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    # Background work: the window's process keeps the first claim on a busy machine.
    with contextlib.suppress(OSError, AttributeError):
        os.nice(5)

    def told(done: float) -> None:
        sending.send(("progress", done))

    try:
        result = function(*args, progress=told)
    except Exception as e:
        try:
            sending.send(("error", e))
        except Exception:  # an exception that does not pickle: its words
            sending.send(("error", RuntimeError(f"{type(e).__name__}: {e}")))
    else:
        sending.send(("done", result))
    finally:
        sending.close()
