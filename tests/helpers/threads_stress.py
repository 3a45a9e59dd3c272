"""Stress of worker threads sending to QObjects deleted meanwhile in the GUI thread, run as a program (a
crash must fail a test, not end pytest): ``python -m tests.helpers.threads_stress MODE DELETION ROUNDS``.

MODE ``relay``: the worker sends through annotator.ui.threads.Channel (what the controllers do);
``raw``: the worker emits a signal of the receiver itself, under ``contextlib.suppress(RuntimeError)``
(what they did before; crashes). DELETION ``delete``: shiboken6.delete of the receiver's window;
``gc``: the window in a reference cycle, freed by gc.collect().

Each round makes a window with a receiver (a child QObject), starts a worker that sends it ``SENDS``
numbers, deletes the window while the worker sends, and lets the event loop run. A second receiver, on
a window kept to the end, gets its own numbers from the same worker. Printed at the end, as JSON: the
numbers the kept receiver got, how many the deleted ones were sent, got before and after their
deletion, and how many were dropped. In every other round the event loop delivers a part before the
deletion.
"""

from __future__ import annotations

import contextlib
import gc
import json
import sys
import threading
import time

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from annotator.ui.threads import Channel, deliver_pending

SENDS = 500


class Receiver(QObject):
    told = Signal(object)  # the raw mode's signal, emitted by the worker

    def __init__(self, parent: QObject, log: dict[str, int]) -> None:
        super().__init__(parent)
        self.log = log
        self.numbers: list[int] = []
        self.told.connect(self.got)

    def got(self, number: int) -> None:
        self.numbers.append(number)
        self.log["after" if self.log["deleted"] else "before"] += 1


def main(mode: str, deletion: str, rounds: int) -> dict[str, int | bool]:
    app = QApplication.instance() or QApplication([])
    kept_window = QWidget()
    kept_log = {"deleted": 0, "before": 0, "after": 0}
    kept = Receiver(kept_window, kept_log)
    to_kept = Channel(kept.got)
    gone = {"sent": 0, "before": 0, "after": 0, "dropped": 0}
    for n in range(rounds):
        window = QWidget()
        log = {"deleted": 0, "before": 0, "after": 0}
        receiver = Receiver(window, log)
        channel = Channel(receiver.got)
        signal = receiver.told
        started, quarter = threading.Event(), threading.Event()

        def work(channel: Channel = channel, signal=signal, started=started, quarter=quarter) -> None:  # type: ignore[no-untyped-def]
            started.set()
            for i in range(SENDS):
                if i == SENDS // 4:
                    quarter.set()
                if mode == "raw":
                    with contextlib.suppress(RuntimeError):  # the receiver is gone
                        signal.emit(i)
                else:
                    channel.send(i)
                to_kept.send(i)

        worker = threading.Thread(target=work, daemon=True)
        worker.start()
        started.wait()
        if n % 2:  # some delivered before the deletion
            quarter.wait()
            deliver_pending()
        time.sleep(0.0003 * (n % 4))  # the deletion at different points of the sending
        log["deleted"] = 1
        if deletion == "delete":
            shiboken6.delete(window)
        else:
            window._cycle = window  # type: ignore[attr-defined]
            del window, receiver, signal
            gc.collect()
        worker.join()
        deliver_pending()
        app.processEvents()
        gone["before"] += log["before"]
        gone["after"] += log["after"]
        gone["dropped"] += channel.dropped
        gone["sent"] += SENDS
    deliver_pending()
    return {
        "kept_in_order": kept.numbers == list(range(SENDS)) * rounds,
        "kept_got": len(kept.numbers),
        "gone_before": gone["before"],
        "gone_after": gone["after"],
        "dropped": gone["dropped"],
        "gone_sent": gone["sent"],
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], int(sys.argv[3]))))
