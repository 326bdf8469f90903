"""The kiosk's window up to its first paint: Qt, the theme, the screens and the keyboard, and
Welcome from the cached location configuration.

Kept light on purpose: nothing here opens the HTTP client or the outbox, and nothing imports
the event loop, the controllers or the outbox's cryptography, so `kiosk.cli` can paint Welcome
before `kiosk.shell.run` (which needs all of those) is even imported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.api.cache import LocationCache
from kiosk.config import KioskSettings
from kiosk.config.loading import APP_NAME
from kiosk.controllers.admin import AdminAccess
from kiosk.controllers.lockout import LockoutFile, default_lockout_path
from kiosk.domain.hours import opening_state
from kiosk.domain.languages import native_name
from kiosk.domain.models import Location
from kiosk.domain.offer import tailor
from kiosk.ui.branding import theme_for
from kiosk.ui.fonts import register_fonts
from kiosk.ui.input_method import install_keyboard, request_virtual_keyboard
from kiosk.ui.language import UiLanguage
from kiosk.ui.location_look import apply_location_look
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.resources import resource_path
from kiosk.ui.theme import apply_theme, load_theme

log = logging.getLogger("kiosk.shell.run")


@dataclass(frozen=True, slots=True)
class FirstWindow:
    """The window and what belongs to it before the kiosk is wired."""

    window: KioskWindow
    language: UiLanguage
    access: AdminAccess


def start_qt(keyboard: bool) -> QApplication:
    """The QApplication with the kiosk's name, icon, fonts and default theme."""
    request_virtual_keyboard(keyboard)  # Qt reads it once, when it starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "kiosk.png"))))
    register_fonts()
    apply_theme(app, load_theme("default"))
    app.setQuitOnLastWindowClosed(False)
    return app


def location_cache() -> LocationCache:
    return LocationCache(Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)))


def kiosk_mode(args: argparse.Namespace, settings: KioskSettings, demo: bool) -> bool:
    """Locked full screen: `--windowed` and `--fullscreen` win; else the setting, never the demo."""
    if args.windowed:
        return False
    if args.fullscreen:
        return True
    return settings.fullscreen and not demo


def build_window(app: QApplication, settings: KioskSettings, demo: bool) -> FirstWindow:
    """The window in the location's look, with the on-screen keyboard, not shown yet."""
    apply_theme(app, theme_for(settings.theme, settings.primary_color))
    window = KioskWindow()
    access = AdminAccess(
        settings.admin_pin_hash.get_secret_value() if settings.admin_pin_hash else None,
        demo=demo,
        store=LockoutFile(default_lockout_path(demo=demo)),
    )
    window.set_demo(demo, pin=access.demo_pin)
    apply_location_look(
        window,
        theme=settings.theme,
        primary_color=settings.primary_color,
        logo=settings.logo,
        welcome_text=settings.welcome_text,
    )
    language = UiLanguage(parent=window)
    install_keyboard(window, language)
    return FirstWindow(window, language, access)


def show(
    first: FirstWindow,
    settings: KioskSettings,
    location_id: str,
    *,
    locked: bool,
    fullscreen: bool,
) -> None:
    """Show the window: Welcome from the cached configuration when there is one."""
    cached = location_cache().load(location_id)
    if cached is not None:
        show_cached_welcome(first.window, first.language, settings, cached)
    window = first.window
    if locked:
        window.set_kiosk_mode(True, hide_cursor=settings.hide_cursor)
    else:
        window.set_fullscreen(fullscreen)


def paint_early(
    app: QApplication, settings: KioskSettings, args: argparse.Namespace
) -> FirstWindow | None:
    """Build, show and paint the window before the event loop and the kiosk's other modules.

    Only for a configured kiosk (the demo first starts its sandbox, which takes longer than
    everything here). The kiosk then takes this window over (`kiosk.shell.run.run_kiosk`).
    """
    if settings.is_demo or settings.location_id is None:
        return None
    first = build_window(app, settings, demo=False)
    locked = kiosk_mode(args, settings, demo=False)
    show(first, settings, settings.location_id, locked=locked, fullscreen=locked)
    app.processEvents()  # no event loop runs yet: this paints, and nothing else is waiting
    return first


def show_cached_welcome(
    window: KioskWindow,
    ui_language: UiLanguage | None,
    settings: KioskSettings,
    location: Location,
) -> None:
    """Welcome from a cached configuration, in the location's language, before the kiosk is
    wired. (Outside opening hours, or with no line to join, it is left to the kiosk, which
    shows Closed or "no service".)"""
    shown = tailor(location, settings.lines, settings.languages, settings.default_language).location
    if not shown.offered_lines or not opening_state(shown, dt.datetime.now(dt.UTC)).open:
        return
    if ui_language is not None:
        codes = [language.code for language in shown.languages]
        ui_language.switch(shown.primary_language, shown.country_code.upper() or None, codes)
    render_welcome(window, shown)
    window.show_screen(window.welcome)


def render_welcome(window: KioskWindow, location: Location) -> None:
    """The location's name and language buttons on Welcome."""
    window.set_location_name(location.name)
    window.welcome.set_languages(
        [(language.code, native_name(language)) for language in location.languages]
    )
