"""The check-in store's part of `kiosk check-config`: waiting check-ins and their keys."""

from __future__ import annotations

from typing import Protocol

from kiosk.delivery.errors import DeliveryError
from kiosk.delivery.inspect import inspect_store
from kiosk.delivery.keys import KeySources
from kiosk.delivery.rows import default_key_file, default_outbox_path
from kiosk.delivery.storefile import unreadable_text


class Lines(Protocol):
    def add(self, label: str, text: str) -> None: ...

    def problem(self, text: str) -> None: ...


def describe_store(report: Lines, demo: bool, sources: KeySources | None = None) -> None:
    """Add the outbox's state to `report`; a store that cannot be read is a problem."""
    path = default_outbox_path()
    if demo:
        path = path.with_name("outbox-demo.sqlite3")
    try:
        found = inspect_store(path, sources or KeySources(default_key_file()))
    except DeliveryError as exc:  # a malformed key, say: the kiosk would not start either
        report.problem(f"the check-in store cannot be checked: {exc}")
        return
    if not found.exists:
        report.add("Check-ins", f"no outbox yet ({path})")
    else:
        keys = ", ".join(found.key_sources)
        opened = f"; the key from {keys}" if keys else ""
        report.add("Check-ins", f"{found.waiting} waiting to be sent{opened} ({path})")
    if found.unreadable:
        report.problem(
            f"{unreadable_text(found.unreadable)}: their key is in none of "
            f"{found.sources_tried}; put the right key back (visitors are sent to the desk)"
        )
    if found.replaced:
        report.problem(
            "the outbox file was replaced or emptied outside the kiosk: check-ins may have "
            "been lost"
        )
    if found.problem is not None:
        report.problem(found.problem)
