"""What worker threads found, handed to the window's objects in the window's thread, and dropped when the
object is gone.

A worker must not emit a signal of a window's QObject: when the window is closed and its C++ objects are
deleted in the GUI thread (by the garbage collector, say) while the worker emits, the emission runs on a
half-deleted object. PySide's check of the wrapper and the emission are not one step, so
``contextlib.suppress(RuntimeError)`` covers only an object deleted *before* the check: a stress test
(tests/ui/test_threads.py) crashed the interpreter (SIGSEGV) within a few hundred windows deleted while
their workers emitted.

Here the worker emits only on one relay QObject, made in the GUI thread at first use and never deleted
while the program runs; its slot, in the GUI thread, looks the receiver up through a weak reference and
calls the receiver's method only when its C++ object still lives. The worker holds no reference to the
receiver: its last reference dropped in the worker would delete a QObject in the wrong thread.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot


class _Relay(QObject):
    carried = Signal(object)  # (the Channel, the payload), emitted in any thread

    def __init__(self) -> None:
        super().__init__()
        # Queued even when emitted in the GUI thread: a receiver is never called back inside its own call.
        self.carried.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, carried: tuple[Channel, Any]) -> None:
        channel, payload = carried
        channel._deliver(payload)


_relay: _Relay | None = None


def relay() -> QObject:
    """The relay, made at first use; that must be in the GUI thread (its slot runs in the thread it lives
    in)."""
    global _relay
    if _relay is None:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            raise RuntimeError("the worker relay is made in the GUI thread, with the application running")
        _relay = _Relay()
    return _relay


def deliver_pending() -> None:
    """Deliver now, in the GUI thread, what workers have sent so far (for tests and ``wait_until_read``:
    what used to be posted to each controller is posted to the relay)."""
    QCoreApplication.sendPostedEvents(relay(), QEvent.Type.MetaCall)


class Channel:
    """A worker's way to call ``method`` (a bound method of a QObject) in the GUI thread: ``send(payload)``
    from any thread; the method is called with the payload only while its object still lives, else the
    payload is dropped (counted in ``dropped``) and given to ``if_gone``, if any, in the GUI thread: for
    what the receiver would have undone on arrival (it must not refer to the receiver). Made in the GUI
    thread."""

    def __init__(
        self, method: Callable[[Any], object], if_gone: Callable[[Any], object] | None = None
    ) -> None:
        receiver = getattr(method, "__self__", None)
        if not isinstance(receiver, QObject):
            raise TypeError("a Channel delivers to a method of a QObject")
        self._method = weakref.WeakMethod(method)  # type: ignore[arg-type]
        self._relay = relay()
        self._if_gone = if_gone
        self.delivered = 0
        self.dropped = 0

    def send(self, payload: Any) -> None:
        """Any thread: the payload goes to the method, in the GUI thread, when its event loop next runs."""
        self._relay.carried.emit((self, payload))  # type: ignore[attr-defined]

    __call__ = send

    def alive(self) -> bool:
        """Whether the receiver still lives (a hint for a worker deciding to go on: it may go any moment)."""
        method = self._method()
        return method is not None and shiboken6.isValid(method.__self__)

    def _deliver(self, payload: Any) -> None:
        method = self._method()
        if method is None or not shiboken6.isValid(method.__self__):
            self.dropped += 1
            if self._if_gone is not None:
                self._if_gone(payload)
            return
        self.delivered += 1
        method(payload)
