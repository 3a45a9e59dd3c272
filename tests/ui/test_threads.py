"""Worker threads hand what they found to the window's objects through annotator.ui.threads: delivered in
the GUI thread while the receiver lives, dropped once it is deleted, and never a crash when the receiver
is deleted while its worker sends (the stress runs in a subprocess: a crash fails the test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from annotator.ui.threads import Channel, deliver_pending

ROOT = Path(__file__).resolve().parents[2]


class _Receiver(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.got: list[tuple[object, threading.Thread]] = []

    def take(self, payload: object) -> None:
        self.got.append((payload, threading.current_thread()))


def _send_from_a_worker(channel: Channel, payloads: list[object]) -> None:
    worker = threading.Thread(target=lambda: [channel.send(p) for p in payloads])
    worker.start()
    worker.join()


def test_what_a_worker_sends_arrives_in_order_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    receiver = _Receiver()
    channel = Channel(receiver.take)
    _send_from_a_worker(channel, [1, "two", (3,)])
    assert receiver.got == []  # not called in the worker
    deliver_pending()
    assert [p for p, _ in receiver.got] == [1, "two", (3,)]
    assert {t for _, t in receiver.got} == {threading.main_thread()}
    assert (channel.delivered, channel.dropped) == (3, 0)


def test_what_arrives_for_a_deleted_receiver_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    receiver = _Receiver(window)
    channel = Channel(receiver.take)
    assert channel.alive()
    _send_from_a_worker(channel, [1, 2])
    shiboken6.delete(window)  # the window closed and deleted before the event loop ran
    assert not channel.alive()
    deliver_pending()
    assert receiver.got == []
    assert (channel.delivered, channel.dropped) == (0, 2)


def test_a_channel_is_for_a_method_of_a_qobject() -> None:
    with pytest.raises(TypeError):
        Channel(print)


@pytest.mark.parametrize(("deletion", "rounds"), [("delete", 200), ("gc", 80)])
def test_receivers_deleted_while_their_workers_send_do_not_crash(deletion: str, rounds: int) -> None:
    """Hundreds of windows deleted (shiboken6.delete, or freed by the collector) while their workers send:
    emitting the receiver's own signal instead crashed this same program within 20-100 rounds (SIGSEGV,
    ``python -m tests.helpers.threads_stress raw delete 100``)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "tests.helpers.threads_stress", "relay", deletion, str(rounds)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    from tests.helpers.threads_stress import SENDS

    assert result["kept_in_order"] and result["kept_got"] == SENDS * rounds
    assert result["gone_after"] == 0  # nothing reached a receiver once deleted
    assert result["gone_before"] > 0  # the rounds that let the event loop run first delivered some
    assert result["gone_before"] + result["dropped"] == result["gone_sent"] == SENDS * rounds


def test_what_is_dropped_goes_to_if_gone_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    receiver = _Receiver(window)
    undone: list[tuple[object, threading.Thread]] = []
    channel = Channel(receiver.take, if_gone=lambda p: undone.append((p, threading.current_thread())))
    _send_from_a_worker(channel, ["late"])
    shiboken6.delete(window)
    deliver_pending()
    assert undone == [("late", threading.main_thread())]
