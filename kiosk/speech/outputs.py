"""A newly plugged headset (a new audio output) turns audio guidance on.

USB headsets, and keypads with a headset jack that present themselves as a USB sound card,
appear as a new output in `QMediaDevices`; the platform tells Qt, Qt tells us.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices


def outputs_of(devices: list[QAudioDevice]) -> list[tuple[bytes, str]]:
    """(id, description) of each device."""
    return [(bytes(device.id().data()), device.description()) for device in devices]


class AudioOutputWatcher(QObject):
    """Emits `output_added` with the device's description when a new audio output appears.

    Signals:
        output_added(str): a headset or sound card was plugged in.
    """

    output_added = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices = QMediaDevices(self)
        self._known = {key for key, _ in outputs_of(QMediaDevices.audioOutputs())}
        self._devices.audioOutputsChanged.connect(self.refresh)

    def refresh(self) -> None:
        """Compare the outputs with those seen before (Qt calls this on every change)."""
        self.compare(outputs_of(QMediaDevices.audioOutputs()))

    def compare(self, outputs: Sequence[tuple[bytes, str]]) -> None:
        """(id, description) of every output now; those not seen before are announced."""
        added = [description for key, description in outputs if key not in self._known]
        self._known = {key for key, _ in outputs}
        for description in added:
            self.output_added.emit(description)
