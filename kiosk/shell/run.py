"""Composition root: the QApplication, the qasync loop, one Qminder client, controllers, screens.

Nothing else creates clients, starts the sandbox or connects screens to controllers. The
command line that leads here is `kiosk.cli`.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import ExitStack, asynccontextmanager, suppress
from dataclasses import dataclass

import qasync
from PySide6.QtWidgets import QApplication

from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.config import ConfigError, KioskSettings
from kiosk.config.loading import APP_NAME, read_settings
from kiosk.controllers.delivery import DeliveryMonitor
from kiosk.controllers.printing import PrintController
from kiosk.controllers.wait_info import WaitInfoController
from kiosk.delivery import (
    DeliveryPolicy,
    KeySources,
    LockedError,
    Outbox,
    OutboxError,
    Sender,
    default_key_file,
    default_outbox_path,
)
from kiosk.printing.errors import BadPrinterSpec
from kiosk.printing.spec import make_target
from kiosk.printing.targets import PrintTarget
from kiosk.shell.first_window import FirstWindow, build_window, kiosk_mode, location_cache, show
from kiosk.shell.fleet import Fleet, FleetKeeper, fleet_config
from kiosk.shell.gui_gc import GuiThreadCollector
from kiosk.shell.lifecycle import CrashWatch, Outcome, RestartBudget, StopRequests, first_paint
from kiosk.shell.speech_flow import make_engine
from kiosk.shell.staff import AdminDesk
from kiosk.shell.wiring import Kiosk
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.message import MessageKind

log = logging.getLogger("kiosk.shell.run")

SETUP_RETRY_S = 5.0
"""How often the Setup-needed screen reads the configuration again."""

FIRST_PAINT_WAIT_S = 0.5
"""How long start-up waits for the first paint before opening the client and the outbox."""

__all__ = ["APP_NAME", "Target", "run_gui", "run_kiosk"]


@dataclass(frozen=True, slots=True)
class Target:
    """Where the kiosk sends its requests."""

    api: ApiConfig
    location_id: str
    demo: bool
    printer: PrintTarget | None = None


# -- start-up ----------------------------------------------------------------------------------


def _target(settings: KioskSettings, stack: ExitStack) -> Target:
    printer = make_target(settings.printer, settings.paper_mm)
    if settings.is_demo:
        from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer

        server = stack.enter_context(SandboxServer(port=0))
        log.info("demo mode: the built-in Qminder sandbox runs at %s", server.url)
        return Target(
            api=ApiConfig(base_url=server.url, api_key=DEMO_API_KEY),
            location_id=DEMO_LOCATION_ID,
            demo=True,
            printer=printer,
        )
    assert settings.api_key is not None
    assert settings.location_id is not None
    return Target(
        api=ApiConfig(base_url=settings.base_url, api_key=settings.api_key.get_secret_value()),
        location_id=settings.location_id,
        demo=False,
        printer=printer,
    )


@asynccontextmanager
async def running_delivery(
    client: QminderClient, settings: KioskSettings, demo: bool
) -> AsyncIterator[tuple[Sender, DeliveryMonitor]]:
    """The outbox on disk and its sender task, for as long as the kiosk runs.

    The demo keeps its own outbox, so trying the demo never touches a real kiosk's queue.
    Every key source is tried; rows whose key is missing wait for it (`kiosk.delivery.keys`).
    """
    path = default_outbox_path()
    if demo:
        path = path.with_name("outbox-demo.sqlite3")
    outbox = Outbox.open(path, KeySources(default_key_file()))
    monitor = DeliveryMonitor()
    policy = DeliveryPolicy(max_age=dt.timedelta(minutes=settings.max_age_minutes))
    sender = Sender(outbox, client, policy, on_change=monitor.refresh)
    monitor.attach(sender.status)
    task = asyncio.ensure_future(sender.run())
    try:
        yield sender, monitor
    finally:
        sender.stop()
        task.cancel()
        await sender.aclose()
        outbox.close()


async def run_kiosk(
    app: QApplication,
    settings: KioskSettings,
    target: Target,
    fullscreen: bool,
    *,
    locked: bool | None = None,
    on_started: Callable[[Kiosk], None] | None = None,
    first: FirstWindow | None = None,
    fleet: Fleet | None = None,
) -> Outcome:
    """Run until asked to stop, an admin exits, or an unexpected error; leaving closes the
    HTTP client and the outbox. `locked` (default: `fullscreen`) is kiosk mode. `first` is a
    window already shown (`kiosk.shell.first_window.paint_early`); else one is built here.
    `fleet` (metrics, heartbeat) follows this run.
    """
    stop = StopRequests()
    app.aboutToQuit.connect(stop.stopping.set)
    crash = CrashWatch(stop)
    crash.install(asyncio.get_running_loop())
    cache = location_cache()
    locked = fullscreen if locked is None else locked
    try:
        # The window first, painted from the cached configuration; then the HTTP client and
        # the outbox (their TLS context, SQLite and key take tens of milliseconds).
        if first is None:
            first = build_window(app, settings, target.demo)
            show(first, settings, target.location_id, locked=locked, fullscreen=fullscreen)
            await first_paint(first.window, FIRST_PAINT_WAIT_S)
        window, language, access = first.window, first.language, first.access
        stop.install(window, may_close=lambda: not window.is_locked())
        window.close_refused.connect(lambda: log.info("closing refused: kiosk mode"))
        try:
            async with (
                QminderClient(target.api) as client,
                running_delivery(client, settings, target.demo) as (sender, delivery),
            ):
                printer = None
                if target.printer is not None:
                    printer = PrintController(target.printer)
                    printer.start()
                kiosk = Kiosk(
                    window,
                    client,
                    settings,
                    target.location_id,
                    cache,
                    sender=sender,
                    delivery=delivery,
                    ui_language=language,
                    wait_info=WaitInfoController(client),
                    printer=printer,
                    speech=make_engine(settings, window),
                )
                desk = AdminDesk(kiosk, access, settings)
                desk.exit_requested.connect(lambda: stop.request(Outcome.EXIT))
                desk.reload_requested.connect(lambda: stop.request(Outcome.RELOAD))
                collector = GuiThreadCollector(quiet=kiosk.is_quiet, parent=window)
                collector.start()
                kiosk.start()
                desk.start()
                if fleet is not None:
                    fleet.attach(kiosk, sender)
                if on_started is not None:
                    on_started(kiosk)
                try:
                    await stop.stopping.wait()
                    await kiosk.stop()
                finally:
                    if fleet is not None:
                        fleet.detach()
                    desk.remove()
                    collector.stop()
        finally:
            stop.uninstall()
            window.removeEventFilter(stop)
            window.hide()
            window.deleteLater()  # with the kiosk's controllers, in this (the GUI) thread
            await asyncio.sleep(0)
    except OutboxError:  # the outbox cannot be used (locked, damaged, no key): stop, below
        raise
    except Exception:
        log.exception("unexpected error while running the kiosk")
        return Outcome.CRASHED
    finally:
        crash.uninstall()
        app.aboutToQuit.disconnect(stop.stopping.set)
    return stop.outcome


def run_gui(
    args: argparse.Namespace,
    app: QApplication,
    settings: KioskSettings | None,
    problem: str | None,
    first: FirstWindow | None = None,
) -> int:
    """The kiosk itself: run, rebuild after a crash, reload, or wait for a valid setup.

    `kiosk.cli` has made the application, read the settings (`problem` says why there are
    none) and perhaps painted the first window already.
    """
    with (
        asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner,
        FleetKeeper(runner) as fleets,
    ):
        budget = RestartBudget()
        while True:
            if settings is None:
                fleet = fleets.use(fleet_config(None, config_path=args.config))
                settings = runner.run(wait_for_setup(app, args, problem or "", fleet))
                if settings is None:
                    break
            fleet = fleets.use(fleet_config(settings))
            try:
                outcome = _run_once(runner, app, settings, args, first, fleet)
            except LockedError:
                sys.stderr.write("kiosk: another kiosk is already running on this computer\n")
                return 2
            except OutboxError as exc:
                log.error("the check-in outbox cannot be opened: %s", exc)
                sys.stderr.write(f"kiosk: the check-in outbox cannot be opened: {exc}\n")
                return 2
            except BadPrinterSpec as exc:
                if first is not None:
                    first.window.hide()
                    first.window.deleteLater()
                    first = None
                settings, problem = None, f"printer: {exc}"
                log.error("configuration error: %s", problem)
                continue
            first = None  # the next run builds its own window
            if outcome is Outcome.CRASHED:
                if not budget.spend():
                    log.error("the kiosk keeps failing; exiting so the supervisor restarts it")
                    return 1
                continue
            if outcome is Outcome.RELOAD:
                try:
                    settings, _source = read_settings(args.config, demo=args.demo)
                except ConfigError as exc:
                    settings, problem = None, str(exc)
                    log.error("configuration error: %s", exc)
                continue
            break
    log.info("stopped")
    return 0


def _run_once(
    runner: asyncio.Runner,
    app: QApplication,
    settings: KioskSettings,
    args: argparse.Namespace,
    first: FirstWindow | None,
    fleet: Fleet | None = None,
) -> Outcome:
    with ExitStack() as stack:
        target = _target(settings, stack)
        locked = kiosk_mode(args, settings, target.demo)
        return runner.run(
            run_kiosk(
                app, settings, target, fullscreen=locked, locked=locked, first=first, fleet=fleet
            )
        )


async def wait_for_setup(
    app: QApplication, args: argparse.Namespace, problem: str, fleet: Fleet | None = None
) -> KioskSettings | None:
    """Show "not set up yet" (with the problem for staff) until the configuration is valid.

    The file is read again every few seconds, so fixing it is all it takes; a signal stops.
    """
    stop = StopRequests()
    if fleet is not None:
        fleet.detach()  # Setup needed: the kiosk is down
    window = KioskWindow()
    window.message.show_message(MessageKind.SETUP_NEEDED, problem)
    window.show_screen(window.message)
    stop.install(window, may_close=lambda: True)
    window.set_fullscreen(not args.windowed)
    log.info("Setup needed is shown; the configuration is read again every %g s", SETUP_RETRY_S)
    try:
        while not stop.stopping.is_set():
            with suppress(TimeoutError):
                await asyncio.wait_for(stop.stopping.wait(), SETUP_RETRY_S)
            if stop.stopping.is_set():
                return None
            try:
                settings, _source = read_settings(args.config, demo=args.demo)
            except ConfigError as exc:
                if str(exc) != problem:
                    problem = str(exc)
                    log.error("configuration error: %s", problem)
                    window.message.show_message(MessageKind.SETUP_NEEDED, problem)
                continue
            log.info("the configuration is valid now: starting")
            return settings
        return None
    finally:
        stop.uninstall()
        window.removeEventFilter(stop)
        window.hide()
        window.deleteLater()
        await asyncio.sleep(0)
