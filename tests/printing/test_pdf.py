"""Slips as PDF: the text is really there, and the Arabic slip looks like its reference.

The reference image is made by ``python -m tests.printing.regenerate`` (see that module).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from kiosk.printing.layout import TicketLayout
from kiosk.printing.pdf import PDF_DPI, write_pdf
from kiosk.printing.ticket import PaperWidth
from tests.printing import samples
from tests.printing.imaging import COMPARE_DPI, compare, pdf_fonts, pdf_text, pdf_to_png
from tests.printing.regenerate import REFERENCE, reference_ticket


def readable(text: str) -> str:
    """pdftotext's output as plain text: shaped Arabic letters back to letters, no bidi marks."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def test_a_latin_ticket_pdf_carries_its_number_and_line(tmp_path: Path) -> None:
    pdf = write_pdf(samples.ticket("en", "A-12"), tmp_path / "ticket.pdf", 80)
    assert pdf.is_file()
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = pdf_text(pdf)
    assert "A-12" in text
    assert "General enquiries" in text
    assert "People ahead of you" in text


@pytest.mark.parametrize("language", samples.LANGUAGES)
@pytest.mark.parametrize("paper", [58, 80])
def test_every_shipped_language_prints_as_text(
    tmp_path: Path, language: str, paper: PaperWidth
) -> None:
    _heading, line, message, texts = samples.TEXTS[language]
    pdf = write_pdf(samples.ticket(language, "C-345"), tmp_path / "ticket.pdf", paper)
    text = " ".join(readable(pdf_text(pdf)).split())  # lines may wrap anywhere
    assert "C-345" in text
    assert line in text
    assert texts.number_caption in text
    assert message.split()[0] in text


def test_the_page_is_as_wide_as_the_roll(tmp_path: Path) -> None:
    for paper, expected in ((58, 58), (80, 80)):
        pdf = write_pdf(samples.ticket("en"), tmp_path / f"{paper}.pdf", paper)  # type: ignore[arg-type]
        png = pdf_to_png(pdf, tmp_path / f"{paper}.png", dpi=254)  # 10 pixels per millimetre
        with Image.open(png) as image:
            assert abs(image.width - expected * 10) <= 2


def test_the_arabic_ticket_embeds_arabic_glyphs(tmp_path: Path) -> None:
    pdf = write_pdf(reference_ticket(), tmp_path / "ar.pdf", 58)
    fonts = pdf_fonts(pdf)
    assert "NotoSansArabic" in fonts
    assert "NotoSans-Bold" in fonts  # the number


def render_reference_ticket(tmp_path: Path) -> Image.Image:
    pdf = write_pdf(reference_ticket(), tmp_path / "ar.pdf", 58)
    png = pdf_to_png(pdf, tmp_path / "ar.png", COMPARE_DPI)
    with Image.open(png) as image:
        return image.convert("L")


@pytest.fixture(scope="module")
def reference() -> Image.Image:
    assert REFERENCE.is_file(), "run: python -m tests.printing.regenerate"
    with Image.open(REFERENCE) as image:
        return image.convert("L")


def test_the_arabic_ticket_matches_its_reference(tmp_path: Path, reference: Image.Image) -> None:
    result = compare(render_reference_ticket(tmp_path), reference)
    assert result.matches, str(result)


def test_the_comparison_fails_when_the_number_is_missing(
    tmp_path: Path, reference: Image.Image
) -> None:
    rendered = render_reference_ticket(tmp_path)
    layout = TicketLayout(reference_ticket(), 58, dpi=PDF_DPI)
    scale = COMPARE_DPI / PDF_DPI
    box = layout.number_rect.adjusted(-2, -2, 2, 2)
    ImageDraw.Draw(rendered).rectangle(
        (box.left() * scale, box.top() * scale, box.right() * scale, box.bottom() * scale),
        fill=255,
    )
    result = compare(rendered, reference)
    assert not result.matches, str(result)


def test_the_comparison_fails_for_another_number(tmp_path: Path, reference: Image.Image) -> None:
    pdf = write_pdf(samples.ticket("ar", "B-1"), tmp_path / "other.pdf", 58)
    png = pdf_to_png(pdf, tmp_path / "other.png", COMPARE_DPI)
    with Image.open(png) as image:
        result = compare(image, reference)
    assert not result.matches, str(result)


def test_the_comparison_fails_when_the_line_name_is_missing(
    tmp_path: Path, reference: Image.Image
) -> None:
    rendered = render_reference_ticket(tmp_path)
    layout = TicketLayout(reference_ticket(), 58, dpi=PDF_DPI)
    scale = COMPARE_DPI / PDF_DPI
    below_number = layout.number_rect.bottom() * scale + 8
    ImageDraw.Draw(rendered).rectangle(
        (0, below_number, rendered.width, below_number + 40), fill=255
    )
    assert not compare(rendered, reference).matches


def test_a_test_print_shows_the_locations_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The computer in UTC, the location in Auckland: the slip says Auckland's time."""
    import datetime as dt
    import time
    from zoneinfo import ZoneInfo

    from kiosk.printing.sample import sample_ticket

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        moment = dt.datetime(2026, 3, 2, 22, 5, tzinfo=dt.UTC)  # 11:05 next day in Auckland
        slip = sample_ticket(now=moment, zone=ZoneInfo("Pacific/Auckland"))
        text = " ".join(pdf_text(write_pdf(slip, tmp_path / "t.pdf", 80)).split())
    finally:
        monkeypatch.undo()
        time.tzset()
    assert "3/3/26 11:05" in text  # issued
    assert "11:17" in text  # estimated, twelve minutes later
    assert "10:05" not in text
    assert "3/2/26" not in text
