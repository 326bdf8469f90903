"""``kiosk check-config``: is this kiosk set up right, and what will visitors see?

Validates the configuration, reaches Qminder with the configured key, confirms the location,
and prints the lines, languages and input fields the kiosk will show, and every problem found.
Exit status: 0 all well, 1 a problem (Qminder refused, location unknown, a choice that does
not fit the location, a printer setting that is not understood), 2 the configuration itself
is invalid.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TextIO

from pydantic import ValidationError

from kiosk.api.client import QminderClient
from kiosk.api.config import ApiConfig
from kiosk.api.errors import AuthError, NotFound, QminderError, TransportError
from kiosk.commands.origins import settings_lines
from kiosk.commands.store_check import describe_store
from kiosk.commands.terminal import printable
from kiosk.commands.voices_check import describe_voices
from kiosk.config import KioskSettings
from kiosk.domain.form import FieldSpec, build_form
from kiosk.domain.hours import location_zone, opening_state
from kiosk.domain.languages import native_name
from kiosk.domain.models import Location
from kiosk.domain.offer import tailor
from kiosk.printing.errors import BadPrinterSpec
from kiosk.printing.spec import make_target
from kiosk.ui.resources import resource_path

OK, PROBLEM, INVALID = 0, 1, 2


@dataclass
class Report:
    """What check-config found, as lines of text, and the problems among them."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def add(self, label: str, text: str) -> None:
        self.lines.append(f"{label + ':':<14} {text}")

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def write(self, out: TextIO) -> None:
        """Every line as text only: control characters from Qminder's data are escaped."""
        for line in self.lines:
            out.write(printable(line) + "\n")
        if self.problems:
            out.write(f"\n{len(self.problems)} problem(s):\n")
            for problem in self.problems:
                out.write(f"  - {printable(problem)}\n")
        else:
            out.write("\nAll good: this kiosk is ready.\n")


def _when(moment: dt.datetime, zone: dt.tzinfo) -> str:
    local = moment.astimezone(zone)
    return local.strftime("%a %d %b %H:%M")


def describe_location(
    report: Report, location: Location, settings: KioskSettings, speech_engine: str | None = None
) -> None:
    """The location as the kiosk will show it: hours, languages, lines and their fields, and
    the languages audio guidance has no voice for (`speech_engine`: default the platform's)."""
    tailored = tailor(location, settings.lines, settings.languages, settings.default_language)
    for problem in tailored.problems:
        report.problem(problem)
    shown = tailored.location
    zone = location_zone(shown)
    state = opening_state(shown, dt.datetime.now(dt.UTC))
    if state.open:
        until = f" until {_when(state.closes_at, zone)}" if state.closes_at else ""
        hours = f"open now{until}"
    else:
        reason = f" ({state.reason})" if state.reason else ""
        then = f"; opens {_when(state.next_opening, zone)}" if state.next_opening else ""
        hours = f"closed now{reason}{then}"
    report.add("Location", f"{shown.name} (id {shown.id}, {shown.timezone}), {hours}")
    for item in location.skipped:
        report.problem(f"left out of Qminder's configuration: {item}")
    primary = shown.primary_language
    report.add(
        "Languages",
        ", ".join(
            f"{native_name(lang)} ({lang.code}{', first' if lang.code == primary else ''})"
            for lang in shown.languages
        )
        or "none",
    )
    describe_voices(report, settings, shown.languages, primary, speech_engine)
    offered = shown.offered_lines
    if not offered:
        report.problem("the location has no line a visitor can join")
    report.lines.append("Lines:")
    for line in offered:
        form = build_form(shown, line.id, primary)
        fields = ", ".join(_field_text(spec) for spec in form.fields)
        report.lines.append(f"  {line.name} (id {line.id})")
        report.lines.append(f"      asks: {fields or 'nothing'}")
        if form.skipped:
            report.lines.append(f"      not shown (unsupported types): {', '.join(form.skipped)}")


def _field_text(spec: FieldSpec) -> str:
    name = spec.label or str(spec.kind).replace("_", " ").capitalize()
    return f"{name} (required)" if spec.required else name


async def _reach(
    report: Report,
    api: ApiConfig,
    settings: KioskSettings,
    location_id: str,
    speech_engine: str | None = None,
) -> None:
    started = time.perf_counter()
    try:
        async with QminderClient(api) as client:
            location = await client.location_config(location_id)
    except AuthError:
        report.problem("Qminder refused the API key (set a valid one with `kiosk set-key`)")
        return
    except NotFound:
        report.problem(f"Qminder knows no location {location_id} for this API key")
        return
    except TransportError as exc:
        report.problem(f"cannot reach Qminder at {api.base_url}: {exc}")
        return
    except QminderError as exc:
        report.problem(f"Qminder answered with an error: {exc}")
        return
    elapsed = round((time.perf_counter() - started) * 1000)
    report.add("Connection", f"Qminder answered in {elapsed} ms")
    describe_location(report, location, settings, speech_engine)


def check_config(
    settings: KioskSettings,
    source: str,
    key_source: str,
    out: TextIO,
    origins: Mapping[str, str] | None = None,
    speech_engine: str | None = None,
) -> int:
    """Print the report for valid settings; the exit status. `origins` says where each value
    not taken from the defaults came from (`kiosk.config.loading.load_layered`);
    `speech_engine` names the text-to-speech engine to ask for voices (the platform's)."""
    report = Report()
    report.add("Configuration", source)
    if origins is not None:
        shown = settings_lines(settings, origins)
        report.lines.append("Settings (not defaults):" if shown else "Settings:     all defaults")
        report.lines.extend(shown)
    with ExitStack() as stack:
        if settings.is_demo:
            from kiosk.sandbox import DEMO_API_KEY, DEMO_LOCATION_ID, SandboxServer

            server = stack.enter_context(SandboxServer(port=0))
            api = ApiConfig(base_url=server.url, api_key=DEMO_API_KEY)
            location_id = DEMO_LOCATION_ID
            report.add("Mode", "demo: nothing configured, the built-in Qminder sandbox")
        else:
            assert settings.api_key is not None
            assert settings.location_id is not None
            try:
                api = ApiConfig(
                    base_url=settings.base_url, api_key=settings.api_key.get_secret_value()
                )
            except ValidationError as exc:
                out.write(f"kiosk: configuration error: {_api_problem(exc, key_source)}\n")
                return INVALID
            location_id = settings.location_id
            report.add("Qminder", f"{api.base_url}, API key from {key_source}")
        asyncio.run(_reach(report, api, settings, location_id, speech_engine))
    if not resource_path("themes", f"{settings.theme}.toml").is_file():
        report.problem(f"theme '{settings.theme}' does not exist: the default theme is used")
    try:
        printer = make_target(settings.printer, settings.paper_mm)
        report.add("Printer", printer.name if printer is not None else "none")
    except BadPrinterSpec as exc:
        report.problem(f"printer: {exc}")
    describe_store(report, settings.is_demo)
    report.write(out)
    return PROBLEM if report.problems else OK


def _api_problem(exc: ValidationError, key_source: str) -> str:
    """What is wrong with the API key or the base URL, named as such (never the key)."""
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        field = str(error["loc"][0]) if error["loc"] else "?"
        message = str(error["msg"]).removeprefix("Value error, ")
        name = f"the API key (from {key_source})" if field == "api_key" else field
        problems.append(f"{name}: {message}")
    return "; ".join(problems)
