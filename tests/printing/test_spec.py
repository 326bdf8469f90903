"""The printer setting: every documented form, and a clear error for anything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.printing.errors import BadPrinterSpec
from kiosk.printing.spec import PrinterSpec, make_target, parse_printer_spec
from kiosk.printing.targets import PdfTarget, PrintTarget, SystemPrinter
from kiosk.printing.thermal import EscPosTarget


@pytest.mark.parametrize("value", [None, "", "  ", "none", "OFF"])
def test_no_printer(value: str | None) -> None:
    assert parse_printer_spec(value) is None
    assert make_target(value) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("pdf:/var/tickets", PrinterSpec(kind="pdf", path=Path("/var/tickets"))),
        (" pdf: /tmp/t.pdf ", PrinterSpec(kind="pdf", path=Path("/tmp/t.pdf"))),
        ("escpos-net:192.168.1.50", PrinterSpec(kind="escpos-net", host="192.168.1.50")),
        (
            "escpos-net:printer.lan:9101",
            PrinterSpec(kind="escpos-net", host="printer.lan", port=9101),
        ),
        ("escpos-net:[fe80::1]:9100", PrinterSpec(kind="escpos-net", host="fe80::1")),
        ("escpos-usb:04b8:0e15", PrinterSpec(kind="escpos-usb", vendor=0x04B8, product=0x0E15)),
        ("escpos-usb:0x0416:0x5011", PrinterSpec(kind="escpos-usb", vendor=0x0416, product=0x5011)),
        ("system:Front desk", PrinterSpec(kind="system", name="Front desk")),
        ("system:", PrinterSpec(kind="system", name="")),
        ("TM-T20II", PrinterSpec(kind="system", name="TM-T20II")),
    ],
)
def test_forms(value: str, expected: PrinterSpec) -> None:
    assert parse_printer_spec(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "pdf:",
        "escpos-net:",
        "escpos-net:host:99999",
        "escpos-net:bad host",
        "escpos-usb:04b8",
        "escpos-usb:xyz:0e15",
        "escpos-usb:12345:1",
        "escpos-nett:192.168.1.50",
        "lpd:queue",
    ],
)
def test_bad_forms_are_refused_with_a_hint(value: str) -> None:
    with pytest.raises(BadPrinterSpec, match=r"escpos|pdf|port|kind"):
        parse_printer_spec(value)


@pytest.mark.parametrize(
    ("value", "kind", "name"),
    [
        ("pdf:/tmp/tickets", PdfTarget, "PDF (/tmp/tickets)"),
        ("escpos-net:10.0.0.7", EscPosTarget, "ESC/POS 10.0.0.7:9100"),
        ("escpos-usb:04b8:0e15", EscPosTarget, "ESC/POS USB 04b8:0e15"),
        ("Front desk", SystemPrinter, "system printer 'Front desk'"),
        ("system:", SystemPrinter, "default printer"),
    ],
)
def test_make_target_builds_without_contacting_anything(
    value: str, kind: type[PrintTarget], name: str
) -> None:
    target = make_target(value, paper_mm=58)
    assert isinstance(target, kind)
    assert isinstance(target, PrintTarget)
    assert target.name == name
    assert target.paper_mm == 58  # type: ignore[attr-defined]


def test_make_target_refuses_an_unknown_paper() -> None:
    with pytest.raises(BadPrinterSpec, match="paper"):
        make_target("pdf:/tmp", paper_mm=57)  # type: ignore[arg-type]
