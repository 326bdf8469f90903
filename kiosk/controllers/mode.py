"""The kiosk's mode: one owner decides whether visitors can check in, and what they see if not.

Every input that bears on it (the location's configuration, opening hours, the delivery side's
health, the check-in store, the visit in progress) arrives here as a plain value; the mode is
recomputed from all of them and `changed` is emitted when it differs. The shell renders the
mode with one function; nothing asks which widget is on screen to decide anything.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from kiosk.domain.hours import OpeningState


class Mode(StrEnum):
    """What the kiosk shows between visits."""

    LOADING = "loading"
    """No configuration yet, nothing known to have failed: a spinner."""
    LOAD_FAILED = "load_failed"
    """No configuration, and loading it failed: Try again."""
    READY = "ready"
    """Welcome: visitors can check in."""
    CLOSED = "closed"
    """Outside opening hours: when it opens again, in every offered language."""
    NO_SERVICE = "no_service"
    """The location offers no line right now (all disabled, archived or filtered out)."""
    UNAVAILABLE = "unavailable"
    """Check-in is refused for now (the key refused, offline in `refuse` mode, the check-in
    store unreadable, no space to save a check-in): see the front desk."""


class Blocker(StrEnum):
    """Why check-in is unavailable; staff see it in the admin panel and the log."""

    CREDENTIALS = "credentials"
    """Qminder refuses the API key."""
    OFFLINE = "offline"
    """Qminder is not answering and `offline = "refuse"`."""
    STORE_UNREADABLE = "store_unreadable"
    """The check-in store cannot be read with the key at hand."""
    STORE_FULL = "store_full"
    """The check-in store cannot be written: no space left."""


@dataclass(frozen=True, slots=True)
class ModeInputs:
    """Everything the mode is decided from, as last reported."""

    configured: bool = False
    """A location configuration is at hand (from Qminder or the cache)."""
    load_failed: bool = False
    """The last attempt to load it failed (and none is at hand)."""
    has_lines: bool = True
    """The configuration offers at least one line."""
    hours: OpeningState | None = None
    blockers: frozenset[Blocker] = frozenset()


def decide(inputs: ModeInputs) -> Mode:
    """The mode for these inputs.

    Without a configuration: loading, or why loading failed (a refused key says Unavailable).
    With one: closed outside opening hours (nobody should come, whatever else is wrong), then
    "no service" while no line can be joined, then Unavailable while anything blocks check-in.
    """
    if not inputs.configured:
        if Blocker.CREDENTIALS in inputs.blockers:
            return Mode.UNAVAILABLE
        return Mode.LOAD_FAILED if inputs.load_failed else Mode.LOADING
    if inputs.hours is not None and not inputs.hours.open:
        return Mode.CLOSED
    if not inputs.has_lines:
        return Mode.NO_SERVICE
    if inputs.blockers:
        return Mode.UNAVAILABLE
    return Mode.READY


class ModeController(QObject):
    """Owns the kiosk's mode.

    Signals:
        changed(Mode): the mode differs from the last one emitted.
    """

    changed = Signal(Mode)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inputs = ModeInputs()
        self.mode = decide(self._inputs)

    @property
    def inputs(self) -> ModeInputs:
        return self._inputs

    @property
    def blockers(self) -> frozenset[Blocker]:
        return self._inputs.blockers

    def location_loaded(self, line_count: int) -> None:
        """A configuration is at hand, offering `line_count` lines (a load proves the key)."""
        self._update(
            configured=True,
            load_failed=False,
            has_lines=line_count > 0,
            blockers=self._inputs.blockers - {Blocker.CREDENTIALS},
        )

    def location_failed(self, credentials_refused: bool = False) -> None:
        """Loading failed with nothing at hand; a refused key blocks until a load succeeds."""
        blockers = set(self._inputs.blockers)
        if credentials_refused:
            blockers.add(Blocker.CREDENTIALS)
        self._update(load_failed=True, blockers=frozenset(blockers))

    def location_retrying(self) -> None:
        self._update(load_failed=False)

    def hours_checked(self, state: OpeningState) -> None:
        self._update(hours=state)

    def set_blocker(self, blocker: Blocker, active: bool) -> None:
        blockers = set(self._inputs.blockers)
        if active:
            blockers.add(blocker)
        else:
            blockers.discard(blocker)
        self._update(blockers=frozenset(blockers))

    def _update(self, **changes: object) -> None:
        self._inputs = replace(self._inputs, **changes)  # type: ignore[arg-type]
        mode = decide(self._inputs)
        if mode is not self.mode:
            self.mode = mode
            self.changed.emit(mode)
