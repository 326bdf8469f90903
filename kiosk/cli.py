"""The `kiosk` command line: the kiosk itself, or one of the installer's commands.

Kept light: the installer's commands never load the kiosk's window, client or outbox, and the
kiosk's own start-up (`kiosk.shell.run.run_gui`) is imported only when it is what was asked for.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Mapping, Sequence

from kiosk import __version__
from kiosk.config import ConfigError, KioskSettings
from kiosk.config.loading import (
    CONFIG_ENV,
    ConfigSource,
    default_config_path,
    read_layered,
    read_settings,
)
from kiosk.shell.logs import setup_logging


def _shared_options(parser: argparse.ArgumentParser, *, in_command: bool) -> None:
    """--config, --demo and --debug: before the command or after it (`kiosk check-config
    --config PATH`). After it they are SUPPRESSed when absent, so they never undo the same
    option given before the command."""
    given = {"default": argparse.SUPPRESS} if in_command else {}
    parser.add_argument(
        "--config",
        metavar="PATH",
        help=f"the configuration file (default: ${CONFIG_ENV}, else {default_config_path()})",
        **given,  # type: ignore[arg-type]
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run against the built-in Qminder sandbox",
        **given,  # type: ignore[arg-type]
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="verbose logging",
        **given,  # type: ignore[arg-type]
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Qminder self-service check-in kiosk. With no command it starts the kiosk.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _shared_options(parser, in_command=False)
    shared = argparse.ArgumentParser(add_help=False)
    _shared_options(shared, in_command=True)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--windowed",
        action="store_true",
        help="an ordinary 1280x800 window that may be closed (development)",
    )
    mode.add_argument(
        "--fullscreen",
        action="store_true",
        help="kiosk mode even in the demo (the default when configured)",
    )
    parser.add_argument(
        "--trace-startup",
        action="store_true",
        help="print when the Welcome screen is first painted (for benchmarks)",
    )
    parser.add_argument(
        "--smoke-test",
        nargs="?",
        const="start",
        choices=("start", "keyboard"),
        help="check this installation (demo mode, off screen) and exit; 'keyboard' also types"
        " on the on-screen keyboard (needs a display, e.g. Xvfb)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check-config",
        parents=[shared],
        help="check the configuration and Qminder, list what visitors will see, and exit",
    )
    key = commands.add_parser(
        "set-key", parents=[shared], help="store the Qminder API key in the OS keyring"
    )
    key.add_argument("--clear", action="store_true", help="remove the stored key")
    pin = commands.add_parser(
        "set-pin", parents=[shared], help="store the admin PIN (a scrypt hash) in the keyring"
    )
    pin.add_argument("--clear", action="store_true", help="remove the stored PIN")
    pin.add_argument(
        "--print",
        dest="print_hash",
        action="store_true",
        help="print the hash for kiosk.toml instead of storing it",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.smoke_test:
        from kiosk.selftest.smoke import run_smoke_test

        return run_smoke_test(args.smoke_test, debug=args.debug)
    if args.command:
        return run_command(args)
    return run_kiosk_command(args)


def run_kiosk_command(args: argparse.Namespace) -> int:
    """`kiosk`: paint the first window as early as possible, then run the kiosk."""
    from kiosk.shell.first_window import paint_early, start_qt
    from kiosk.shell.logs import default_log_dir

    log_file = setup_logging(logging.DEBUG if args.debug else logging.INFO, default_log_dir())
    log = logging.getLogger("kiosk.shell.run")
    log.info("starting %s; log file %s", __version__, log_file or "none")
    problem: str | None = None
    settings: KioskSettings | None = None
    try:
        settings, _source = read_settings(args.config, demo=args.demo)
    except ConfigError as exc:
        problem = str(exc)
        log.error("configuration error (the kiosk shows Setup needed): %s", exc)
    app = start_qt(settings.keyboard if settings is not None else True)
    if args.trace_startup:
        from kiosk.selftest.startup_trace import trace_startup

        tracer = trace_startup(app)  # noqa: F841 (lives as long as the kiosk)
    first = paint_early(app, settings, args) if settings is not None else None
    # Only now the event loop, the client, the outbox, the controllers.
    from kiosk.shell.run import run_gui

    return run_gui(args, app, settings, problem, first)


def _describe_source(source: ConfigSource) -> str:
    if source.path is None:
        return f"no file ({default_config_path()} does not exist): environment and defaults"
    return str(source.path)


def _key_source(origins: Mapping[str, str]) -> str:
    return origins.get("api_key", "nowhere")


def run_command(args: argparse.Namespace) -> int:
    setup_logging(logging.DEBUG if args.debug else logging.WARNING)
    from kiosk.commands.secrets import set_key, set_pin

    if args.command == "set-key":
        return set_key(sys.stdout, clear=args.clear)
    if args.command == "set-pin":
        return set_pin(sys.stdout, print_hash=args.print_hash, clear=args.clear)
    from kiosk.commands.check_config import check_config
    from kiosk.commands.terminal import printable_lines

    assert args.command == "check-config"
    try:
        loaded, source = read_layered(args.config, demo=args.demo)
    except ConfigError as exc:
        sys.stderr.write(f"kiosk: configuration error:\n{printable_lines(str(exc))}\n")
        return 2
    settings = loaded.settings
    return check_config(
        settings,
        _describe_source(source),
        _key_source(loaded.origins),
        sys.stdout,
        loaded.origins,
    )
