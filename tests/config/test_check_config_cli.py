"""`kiosk check-config` as an operator types it: options after the command, and Qminder's data
printed as text, never as terminal commands."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from pydantic import SecretStr

from kiosk.cli import main, parse_args
from kiosk.commands.check_config import check_config
from kiosk.commands.terminal import printable
from kiosk.config import KioskSettings
from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer
from kiosk.sandbox.seed import DEMO_LOCATION

CLEAR_SCREEN = "\x1b[2J"
RENAME_WINDOW = "\x1b]0;owned\x07"
RIGHT_TO_LEFT = "\u202e"


def hostile_location() -> object:
    """The demo location with escape sequences and bidi controls in its names and titles."""
    lines = list(DEMO_LOCATION.lines)
    lines[0] = dataclasses.replace(lines[0], name=f"Passports{RIGHT_TO_LEFT} and ID{CLEAR_SCREEN}")
    fields = [
        dataclasses.replace(field, visitor_title=f"{field.visitor_title}{RENAME_WINDOW}")
        if field.visitor_title
        else field
        for field in DEMO_LOCATION.input_fields
    ]
    languages = list(DEMO_LOCATION.languages)
    languages[-1] = dataclasses.replace(languages[-1], native_name=f"Eesti\u2067{CLEAR_SCREEN}")
    return dataclasses.replace(
        DEMO_LOCATION,
        name=f"{CLEAR_SCREEN}City\x9b2J Service\u2028Centre\u200f",
        lines=tuple(lines),
        input_fields=tuple(fields),
        languages=tuple(languages),
    )


def test_printable_escapes_controls_and_keeps_text() -> None:
    assert printable("Tere, Ülle! مرحبا 😀") == "Tere, Ülle! مرحبا 😀"
    assert printable(f"A{CLEAR_SCREEN}B") == "A\\x1b[2JB"
    assert printable("a\u202eb\u2066c\x9bd\u2028e\u00ad") == "a\\u202eb\\u2066c\\x9bd\\u2028e\\xad"


def test_qminder_data_never_reaches_the_terminal_as_control_characters() -> None:
    with SandboxServer(port=0, location=hostile_location()) as server:  # type: ignore[arg-type]
        settings = KioskSettings(
            base_url=server.url, api_key=DEMO_API_KEY, location_id=DEMO_LOCATION_ID
        )
        out = io.StringIO()
        check_config(settings, "test.toml", "the test", out)
    report = out.getvalue()
    assert "Passports" in report  # the line is listed ...
    assert "\\x1b[2J" in report  # ... with its escape sequence shown, not obeyed
    assert "\\u202e" in report
    assert "\\x1b]0;owned\\x07" in report
    assert "\\x9b2J" in report
    for character in report:
        assert character == "\n" or character.isprintable() or character == " ", repr(character)


def test_options_work_after_the_command_too() -> None:
    for argv in (
        ["check-config", "--config", "k.toml", "--demo", "--debug"],
        ["--config", "k.toml", "--demo", "--debug", "check-config"],
        ["--config", "k.toml", "check-config", "--demo", "--debug"],
    ):
        args = parse_args(argv)
        assert (args.command, args.config, args.demo, args.debug) == (
            "check-config",
            "k.toml",
            True,
            True,
        ), argv
    assert parse_args(["--config", "first.toml", "check-config"]).config == "first.toml"
    assert parse_args(["set-pin", "--debug", "--print"]).debug is True


def test_check_config_reads_the_file_named_after_the_command(
    clean_env: pytest.MonkeyPatch,
    tmp_path: Path,
    sandbox: SandboxServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = tmp_path / "lobby.toml"
    config.write_text(
        f'location_id = "{DEMO_LOCATION_ID}"\nbase_url = "{sandbox.url}"\n', encoding="utf-8"
    )
    clean_env.setenv("QMINDER_API_KEY", DEMO_API_KEY)
    assert main(["check-config", "--config", str(config)]) == 0
    printed = capsys.readouterr().out
    assert f"Configuration: {config}" in printed
    assert "All good" in printed


def test_a_configuration_error_is_printed_as_text(
    clean_env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('location_id = "1"\n"idle\\u001b[2J" = 3\n', encoding="utf-8")
    clean_env.setenv("QMINDER_API_KEY", "k")
    assert main(["check-config", "--config", str(config)]) == 2
    printed = capsys.readouterr().err
    assert "key 'idle\\x1b[2J' is not a setting" in printed
    assert "\x1b" not in printed


def test_an_api_key_problem_names_the_api_key(sandbox: SandboxServer) -> None:
    """Settings built elsewhere than from the file: the client's own check names the key."""
    settings = KioskSettings.model_construct(
        base_url=sandbox.url, api_key=SecretStr("bad key"), location_id=DEMO_LOCATION_ID
    )
    out = io.StringIO()
    assert check_config(settings, "test.toml", "the keyring", out) == 2
    assert "the API key (from the keyring)" in out.getvalue()
    assert "base_url" not in out.getvalue()


def test_a_theme_that_does_not_exist_is_a_problem(sandbox: SandboxServer) -> None:
    settings = KioskSettings(
        base_url=sandbox.url, api_key=DEMO_API_KEY, location_id=DEMO_LOCATION_ID, theme="purple"
    )
    out = io.StringIO()
    assert check_config(settings, "test.toml", "the test", out) == 1
    assert "theme 'purple' does not exist: the default theme is used" in out.getvalue()
