"""`kiosk.delivery` has one exception root, so callers catch `DeliveryError`, not tuples."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import kiosk.delivery
from kiosk.delivery import errors


def _exceptions_of_the_package() -> set[type[BaseException]]:
    found: set[type[BaseException]] = set()
    for info in pkgutil.iter_modules(kiosk.delivery.__path__, "kiosk.delivery."):
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__.startswith("kiosk.delivery."):
                found.add(value)
    return found


def test_every_error_the_delivery_layer_raises_derives_from_one_root() -> None:
    found = _exceptions_of_the_package()
    assert len(found) >= 12
    strays = sorted(cls.__name__ for cls in found if not issubclass(cls, errors.DeliveryError))
    assert strays == []


def test_every_error_is_drawn_in_the_tree_and_offered_by_the_package() -> None:
    assert errors.__doc__ is not None
    for cls in _exceptions_of_the_package():
        if cls.__module__ == "kiosk.delivery.errors":
            assert cls.__name__ in errors.__doc__
            assert getattr(kiosk.delivery, cls.__name__) is cls


def test_the_outbox_cannot_be_used_is_one_subclass_callers_can_tell_apart() -> None:
    # `kiosk.shell.run` stops the kiosk on OutboxError and says "already running" for a lock.
    for cls in (
        errors.LockedError,
        errors.KeyUnavailable,
        errors.StoreUnavailable,
        errors.StoreUnreadable,
    ):
        assert issubclass(cls, errors.OutboxError)
    for cls in (
        errors.KeyMissing,
        errors.DecryptError,
        errors.PayloadUnavailable,
        errors.IllegalTransition,
        errors.TicketAlreadyClaimed,
        errors.LookupIncomplete,
    ):
        assert not issubclass(cls, errors.OutboxError)
        assert issubclass(cls, errors.DeliveryError)
