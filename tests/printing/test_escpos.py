"""ESC/POS: the slip leaves as one raster image of the head's exact width, in every language."""

from __future__ import annotations

import socket
import struct
import time
from dataclasses import dataclass

import pytest
from escpos.printer import Dummy

from kiosk.printing.errors import PrinterMissing, PrintFailed
from kiosk.printing.raster import HEAD_DOTS, render_raster
from kiosk.printing.targets import PrinterState
from kiosk.printing.thermal import PROFILES, EscPosTarget
from kiosk.printing.ticket import PaperWidth
from tests.printing import samples
from tests.printing.fake_printer import OFFLINE, ONLINE, PAPER_OK, PAPER_OUT, FakePrinter

RASTER = b"\x1dv0"  # GS v 0
INIT = b"\x1b@"  # ESC @
CUT = b"\x1dVB\x00"  # GS V 66 0: feed to the cutter and cut


@dataclass(frozen=True)
class Band:
    width_bytes: int
    height: int
    data: bytes


def raster_bands(output: bytes) -> list[Band]:
    """Every GS v 0 command in a printer's input, with its image data."""
    bands = []
    at = output.find(RASTER)
    while at >= 0:
        width_bytes, height = struct.unpack_from("<HH", output, at + 4)
        start = at + 8
        bands.append(Band(width_bytes, height, output[start : start + width_bytes * height]))
        at = output.find(RASTER, start + width_bytes * height)
    return bands


def dummy_target(paper: PaperWidth) -> tuple[EscPosTarget, Dummy]:
    printer = Dummy(profile=PROFILES[paper])
    return EscPosTarget(lambda: printer, paper), printer


@pytest.mark.parametrize(("paper", "dots"), [(58, 384), (80, 576)])
def test_the_slip_is_one_raster_image_of_the_head_width(paper: PaperWidth, dots: int) -> None:
    target, printer = dummy_target(paper)
    slip = samples.ticket("en")
    target.print_ticket(slip)
    output = printer.output
    assert output.startswith(INIT)
    bands = raster_bands(output)
    assert bands, "no GS v 0 raster command"
    assert {band.width_bytes for band in bands} == {dots // 8}
    raster = render_raster(slip, paper)
    assert raster.width() == HEAD_DOTS[paper] == dots
    assert sum(band.height for band in bands) == raster.height()
    assert all(len(band.data) == band.width_bytes * band.height for band in bands)
    assert any(any(band.data) for band in bands), "nothing black on the slip"
    assert CUT in output[output.rfind(RASTER) :]


def test_the_first_raster_rows_are_white_and_the_number_is_black() -> None:
    target, printer = dummy_target(80)
    target.print_ticket(samples.ticket("en", "A-12"))
    first = raster_bands(printer.output)[0]
    assert not any(first.data[: first.width_bytes * 8]), "the top margin prints"
    assert sum(bin(byte).count("1") for byte in first.data) > 10_000


@pytest.mark.parametrize("language", samples.LANGUAGES)
def test_every_shipped_language_prints(language: str) -> None:
    target, printer = dummy_target(58)
    target.print_ticket(samples.ticket(language, "B-7"))
    assert raster_bands(printer.output)


def test_a_dummy_printer_cannot_tell_its_status() -> None:
    target, _ = dummy_target(80)
    status = target.status()
    assert status.state == PrinterState.UNKNOWN
    assert status.can_print


def test_an_exception_inside_the_driver_becomes_print_failed() -> None:
    class Jammed(Dummy):  # type: ignore[misc]
        def image(self, *args: object, **kwargs: object) -> None:
            raise OSError("head too hot")

    target = EscPosTarget(lambda: Jammed(profile=PROFILES[80]), 80, name="jammed")
    with pytest.raises(PrintFailed, match="jammed: OSError: head too hot"):
        target.print_ticket(samples.ticket("en"))


def test_a_network_printer_gets_the_raster_after_saying_it_is_ready() -> None:
    with FakePrinter() as printer:
        target = EscPosTarget.network("127.0.0.1", printer.port, paper_mm=58, timeout=5)
        assert target.status().state == PrinterState.READY
        target.print_ticket(samples.ticket("ar", "B-7"))
        deadline = time.monotonic() + 5
        while len(printer.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
    status_talk, job = printer.received
    assert status_talk == b"\x10\x04\x01\x10\x04\x04"
    assert {band.width_bytes for band in raster_bands(job)} == {48}


@pytest.mark.parametrize(
    ("online", "paper", "detail"), [(OFFLINE, None, "offline"), (None, PAPER_OUT, "paper out")]
)
def test_an_offline_or_empty_network_printer_is_unavailable(
    online: bytes | None, paper: bytes | None, detail: str
) -> None:
    with FakePrinter(online=online or ONLINE, paper=paper or PAPER_OK) as printer:
        status = EscPosTarget.network("127.0.0.1", printer.port).status()
    assert status.state == PrinterState.UNAVAILABLE
    assert status.detail == detail
    assert not status.can_print


def test_a_printer_that_never_answers_status_is_tried_anyway() -> None:
    with FakePrinter(online=None, paper=None) as printer:
        target = EscPosTarget.network("127.0.0.1", printer.port)
        target.status_timeout = 0.2
        status = target.status()
    assert status.state == PrinterState.UNKNOWN
    assert status.can_print


def test_nothing_listening_means_missing() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    target = EscPosTarget.network("127.0.0.1", port, timeout=1)
    assert target.status().state == PrinterState.MISSING
    with pytest.raises(PrinterMissing, match=f"127.0.0.1:{port}"):
        target.print_ticket(samples.ticket("en"))


def test_a_usb_printer_that_is_not_plugged_in_is_missing() -> None:
    target = EscPosTarget.usb(0x04B8, 0x0E15)
    assert target.status().state == PrinterState.MISSING


def test_a_silent_printer_is_not_waited_for_twice() -> None:
    with FakePrinter(online=None, paper=None) as printer:
        target = EscPosTarget.network("127.0.0.1", printer.port)
        target.status_timeout = 0.3
        target.status()
        started = time.monotonic()
        assert target.status().state == PrinterState.UNKNOWN
        assert time.monotonic() - started < 0.2


def test_paper_out_is_named_before_the_offline_it_causes() -> None:
    with FakePrinter(online=OFFLINE, paper=PAPER_OUT) as printer:
        status = EscPosTarget.network("127.0.0.1", printer.port).status()
    assert status.detail == "paper out"


def test_a_usb_read_timeout_means_no_status_answer() -> None:
    class UsbTimeout(OSError):
        pass

    UsbTimeout.__name__ = "USBTimeoutError"

    class QuietUsb(Dummy):  # type: ignore[misc]
        def _read(self) -> bytes:
            raise UsbTimeout("timed out")

    target = EscPosTarget(lambda: QuietUsb(profile=PROFILES[58]), 58)
    assert target.status().state == PrinterState.UNKNOWN
