"""PDF pages as images (poppler's pdftoppm) and a tolerant comparison with a reference."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageChops

COMPARE_DPI = 100
"""Resolution the reference is stored at: small files, and sub-pixel font differences blur."""
INK = 128
"""Grey levels darker than this count as ink."""
CHANGED = 96
"""A pixel counts as changed when its grey level moved by more than this."""
TOLERANCE = 0.03
"""Changed pixels allowed, as a share of the reference's ink pixels."""
MAX_SHIFT = 3
"""Pixels the whole page may be shifted by (a rounding in the page height) and still match."""


def require_poppler() -> None:
    for tool in ("pdftoppm", "pdftotext", "pdffonts"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: install poppler-utils (see .ci/run)")


def pdf_to_png(pdf: Path, png: Path, dpi: int = COMPARE_DPI) -> Path:
    """Render page 1 of ``pdf`` to ``png`` in 8-bit grey."""
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-gray", "-r", str(dpi), "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=30,
    )
    return stem.with_suffix(".png")


def pdf_text(pdf: Path) -> str:
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return result.stdout


def pdf_fonts(pdf: Path) -> str:
    result = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True, timeout=30
    )
    return result.stdout


@dataclass(frozen=True)
class Comparison:
    changed: int
    ink: int
    shift: tuple[int, int]
    size_difference: tuple[int, int]

    @property
    def ratio(self) -> float:
        return self.changed / max(self.ink, 1)

    @property
    def matches(self) -> bool:
        return self.ratio <= TOLERANCE and max(map(abs, self.size_difference)) <= MAX_SHIFT

    def __str__(self) -> str:
        return (
            f"{self.changed} changed pixels for {self.ink} ink pixels ({self.ratio:.1%}, "
            f"tolerance {TOLERANCE:.0%}), best shift {self.shift}, "
            f"size difference {self.size_difference}"
        )


def compare(actual: Image.Image, reference: Image.Image) -> Comparison:
    """Changed pixels between two renders, at the best small whole-page shift."""
    a = actual.convert("L")
    r = reference.convert("L")
    width = min(a.width, r.width) - 2 * MAX_SHIFT
    height = min(a.height, r.height) - 2 * MAX_SHIFT
    window = r.crop((MAX_SHIFT, MAX_SHIFT, MAX_SHIFT + width, MAX_SHIFT + height))
    ink = sum(window.histogram()[:INK])
    best: tuple[int, tuple[int, int]] | None = None
    for dy in range(-MAX_SHIFT, MAX_SHIFT + 1):
        for dx in range(-MAX_SHIFT, MAX_SHIFT + 1):
            left, top = MAX_SHIFT + dx, MAX_SHIFT + dy
            moved = a.crop((left, top, left + width, top + height))
            changed = sum(ImageChops.difference(moved, window).histogram()[CHANGED + 1 :])
            if best is None or changed < best[0]:
                best = (changed, (dx, dy))
    assert best is not None
    return Comparison(
        changed=best[0],
        ink=ink,
        shift=best[1],
        size_difference=(a.width - r.width, a.height - r.height),
    )
