"""The arithmetic the benchmarks report with (the benchmarks themselves are run by hand)."""

from __future__ import annotations

from pathlib import Path

from bench.common import percentile
from bench.outbox_drain import busiest_second
from bench.sandbox_process import ACCESS
from kiosk.sandbox.server import ACCESS_LOG_FORMAT


def test_percentiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50
    assert percentile(values, 99) == 99
    assert percentile(values, 100) == 100
    assert percentile([7.0], 99) == 7


def test_the_busiest_second_counts_requests_a_second_apart_as_different_seconds() -> None:
    assert busiest_second([0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2]) == 5
    assert busiest_second([0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 2.0]) == 6
    assert busiest_second([]) == 0


def test_the_sandbox_access_log_line_gives_method_path_and_time() -> None:
    assert ACCESS_LOG_FORMAT == '%a "%r" %s %b %Tfs'  # the line parsed below
    found = ACCESS.search('127.0.0.1 "POST /tickets?x=1 HTTP/1.1" 201 52 0.001234s')
    assert found is not None
    assert (found["method"], found["path"], float(found["took"])) == (
        "POST",
        "/tickets?x=1",
        0.001234,
    )


def test_structure_counts_oversized_modules_and_the_package_face(tmp_path: Path) -> None:
    from bench.structure import figures, line_counts

    package = tmp_path / "kiosk"
    (package / "sandbox").mkdir(parents=True)
    for name in ("__init__.py", "__main__.py", "cli.py", "extra.py", "more.py"):
        (package / name).write_text("x = 1\n")
    (package / "sandbox" / "seed.py").write_text("x = 1\n" * 900)
    (package / "sandbox" / "big.py").write_text("x = 1\n" * 401)
    size, face = figures(line_counts(package))
    assert (size.figure, size.ok) == ("1 (largest 401 lines)", False)
    assert (face.figure, face.ok) == ("5", False)
