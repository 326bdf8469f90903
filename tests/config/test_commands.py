"""`kiosk check-config`, `kiosk set-key` and `kiosk set-pin`, as an installer runs them."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from kiosk.commands.check_config import check_config
from kiosk.commands.secrets import set_key, set_pin
from kiosk.config import KioskSettings
from kiosk.config.pin import verify_pin
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from tests.config.conftest import MemoryKeyring


def answers(*typed: str) -> Iterator[str]:
    return iter(typed)


def prompt_with(*typed: str):  # type: ignore[no-untyped-def]
    given = answers(*typed)
    return lambda _question: next(given)


def run_check(sandbox: SandboxServer, **changes: object) -> tuple[int, str]:
    values: dict[str, object] = {
        "base_url": sandbox.url,
        "api_key": DEMO_API_KEY,
        "location_id": DEMO_LOCATION_ID,
    }
    values.update(changes)
    out = io.StringIO()
    status = check_config(KioskSettings(**values), "test.toml", "the test", out)  # type: ignore[arg-type]
    return status, out.getvalue()


def test_a_healthy_kiosk_lists_what_visitors_will_see(sandbox: SandboxServer) -> None:
    status, report = run_check(sandbox, lines=["Passports and ID cards", "88101"])
    assert status == 0, report
    assert "City Service Centre" in report
    assert "Español (es)" in report
    lines = report[report.index("Lines:") :]
    assert lines.index("Passports and ID cards") < lines.index("General enquiries")
    assert "Residence permits" not in lines  # not chosen
    assert "Which documents have you brought?" in report  # a field of the passports line
    assert "All good" in report


def test_a_wrong_key_is_a_problem(sandbox: SandboxServer) -> None:
    status, report = run_check(sandbox, api_key="not-the-key")
    assert status == 1
    assert "Qminder refused the API key" in report
    assert "not-the-key" not in report


def test_an_unknown_location_is_a_problem(sandbox: SandboxServer) -> None:
    status, report = run_check(sandbox, location_id="999999")
    assert status == 1
    assert "no location 999999" in report


def test_choices_that_do_not_fit_the_location_are_problems(sandbox: SandboxServer) -> None:
    status, report = run_check(sandbox, lines=["Bakery"], languages=["en", "xx"])
    assert status == 1
    assert "line 'Bakery' is not a line of this location" in report
    assert "language 'xx' is not a language of this location" in report


def test_qminder_down_is_a_problem(sandbox: SandboxServer) -> None:
    sandbox.set_down(True)
    status, report = run_check(sandbox)
    assert status == 1
    assert "cannot reach Qminder" in report


def test_set_key_stores_the_key_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    out = io.StringIO()
    assert set_key(out, prompt_with("  abc-123  ")) == 0
    assert memory_keyring.secrets[("qminder-kiosk", "api-key")] == "abc-123"
    assert "abc-123" not in out.getvalue()
    assert set_key(io.StringIO(), prompt_with("has spaces inside")) == 1
    assert memory_keyring.secrets[("qminder-kiosk", "api-key")] == "abc-123"
    refused = io.StringIO()
    assert set_key(refused, prompt_with("k" * 300)) == 1  # one the kiosk would refuse to start
    assert "longer than 256 characters" in refused.getvalue()
    assert memory_keyring.secrets[("qminder-kiosk", "api-key")] == "abc-123"
    assert set_key(io.StringIO(), clear=True) == 0
    assert ("qminder-kiosk", "api-key") not in memory_keyring.secrets


def test_set_pin_stores_only_a_hash(memory_keyring: MemoryKeyring) -> None:
    out = io.StringIO()
    assert set_pin(out, prompt_with("482910", "482910")) == 0
    stored = memory_keyring.secrets[("qminder-kiosk", "admin-pin")]
    assert "482910" not in stored
    assert verify_pin("482910", stored)
    assert not verify_pin("482911", stored)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (("12a4", "12a4"), "digits only"),
        (("123", "123"), "4 to 12 digits"),
        (("1234", "4321"), "the two PINs differ"),
    ],
)
def test_set_pin_refuses_a_bad_pin(
    memory_keyring: MemoryKeyring, typed: tuple[str, str], message: str
) -> None:
    out = io.StringIO()
    assert set_pin(out, prompt_with(*typed)) == 1
    assert message in out.getvalue()
    assert memory_keyring.secrets == {}


def test_set_pin_print_gives_a_line_for_the_file(memory_keyring: MemoryKeyring) -> None:
    out = io.StringIO()
    assert set_pin(out, prompt_with("2468", "2468"), print_hash=True) == 0
    line = next(ln for ln in out.getvalue().splitlines() if ln.startswith("admin_pin_hash"))
    assert verify_pin("2468", line.split('"')[1])
    assert memory_keyring.secrets == {}
