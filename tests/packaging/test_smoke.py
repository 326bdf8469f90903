"""`kiosk --smoke-test` from the source tree, and the pieces it is built from."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.delivery.crypto import KEY_ENV
from kiosk.delivery.outbox import default_outbox_path
from kiosk.selftest.checks import (
    SmokeReport,
    check_translations,
    isolate_user_data,
    shipped_languages,
)
from kiosk.selftest.startup_trace import process_started_at
from kiosk.ui.qm_compiler import compile_catalogue, find_lrelease
from kiosk.ui.resources import resource_path

from .conftest import ROOT

TINY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>Screen</name>
<message><source>Check in</source><translation>Einchecken</translation></message>
</context>
</TS>
"""


def test_the_report_line_says_ok_or_lists_every_problem() -> None:
    report = SmokeReport()
    report.facts["welcome_ms"] = "900"
    assert report.line() == "kiosk smoke test: OK welcome_ms=900"
    report.fail("one")
    report.fail("two")
    assert not report.ok
    assert report.line() == "kiosk smoke test: FAILED: one; two (welcome_ms=900)"


def test_the_process_start_comes_from_the_launcher_or_the_kernel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIOSK_STARTED_AT", "1234.5")
    assert process_started_at() == (1234.5, "launcher")
    monkeypatch.delenv("KIOSK_STARTED_AT")
    started, clock = process_started_at()
    assert started <= time.time()
    if sys.platform in ("linux", "win32"):
        assert clock == "process"
        assert time.time() - started < 24 * 3600  # this test process, not the machine's boot


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' folders ignore the environment")
def test_the_outbox_and_its_key_go_to_a_scratch_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("XDG_DATA_HOME", "HOME", KEY_ENV):
        monkeypatch.setenv(name, os.environ.get(name, ""))  # restored after the test
    assert isolate_user_data(tmp_path)
    assert default_outbox_path().is_relative_to(tmp_path)
    assert os.environ[KEY_ENV]  # a key of its own: the OS keyring is not asked


def test_the_shipped_translations_all_load() -> None:
    report = SmokeReport()
    check_translations(report)
    assert report.ok, report.problems
    assert report.facts["translations"].split(",") == shipped_languages(resource_path("i18n"))
    assert report.facts["qt_translations"] != "none"


def test_a_language_without_its_catalogue_is_named(tmp_path: Path) -> None:
    (tmp_path / "kiosk_de.ts").write_text(TINY_TS, encoding="utf-8")
    (tmp_path / "kiosk_fr.ts").write_text(TINY_TS.replace('"de"', '"fr"'), encoding="utf-8")
    if find_lrelease() is None:
        pytest.skip("lrelease (PySide6-Essentials) is not installed")
    assert compile_catalogue(tmp_path / "kiosk_de.ts", tmp_path / "kiosk_de.qm")
    report = SmokeReport()
    check_translations(report, tmp_path)
    assert report.problems == [f"translations not compiled in {tmp_path}: kiosk_fr.qm"]
    assert report.facts["translations"] == "de"


def test_no_translations_at_all_fail(tmp_path: Path) -> None:
    report = SmokeReport()
    check_translations(report, tmp_path)
    assert not report.ok
    assert "no translations" in report.problems[0]


@pytest.mark.e2e
def test_the_smoke_test_passes_from_the_source_tree(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QMINDER_", "KIOSK_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--smoke-test"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    line = done.stdout.strip().splitlines()[-1]
    assert line.startswith("kiosk smoke test: OK "), line
    facts = dict(part.split("=", 1) for part in line.removeprefix("kiosk smoke test: OK ").split())
    assert facts["frozen"] == "no"
    assert facts["keyboard"] == "loaded"
    assert facts["printing"] == "loaded"
    assert int(facts["welcome_ms"]) > 0
