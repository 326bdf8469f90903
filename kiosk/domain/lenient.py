"""Reading Qminder's location data item by item: one bad item is skipped, never the location.

Qminder's schema lets many values be ``null`` (an option's id and title, a translation's
text, opening-hour numbers, whole input fields) and says nothing about duplicates, sizes or
ranges. The kiosk must still offer every line it can when one option, field, line, language
or opening interval is unusable. The validators here are used by `kiosk.domain.models`:

- `each(Model, "what")` validates a list item by item, drops the items that fail (and
  repeats of an id already seen) and notes each drop in the validation context;
- `or_default(value)` turns ``null`` into a default for fields whose meaning is clear
  without them (``disabled: null`` is not disabled, a missing name is blank).

Notes name the item by its position and Qminder id only (never a title or other text), so
they may be logged: see `Location.skipped`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError, ValidationInfo

SKIPPED = "skipped"
"""Key of the list of notes in the validation context."""

_WHERE = "where"
"""Key of the stack of enclosing items ("line '12'") in the validation context."""

M = TypeVar("M", bound=BaseModel)


def note(info: ValidationInfo, text: str) -> None:
    """Record that something was skipped or degraded, under the item being read."""
    context = info.context
    if not isinstance(context, dict):
        return
    where: list[str] = context.get(_WHERE, [])
    context.setdefault(SKIPPED, []).append(": ".join([*where, text]) if where else text)


def _raw_key(raw: object, key: str) -> object:
    return raw.get(key) if isinstance(raw, dict) else getattr(raw, key, None)


def _label(what: str, index: int, raw: object) -> str:
    raw_id = _raw_key(raw, "id")
    if raw_id is None:
        raw_id = _raw_key(raw, "code")
    if isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
        shown = str(raw_id)
        if shown.isprintable() and 0 < len(shown) <= 40:
            return f"{what} '{shown}'"
    return f"{what} #{index + 1}"


def _reason(exc: ValidationError) -> str:
    """What was wrong, by field name and error type only: no values from the data."""
    first = exc.errors(include_url=False, include_input=False, include_context=False)[0]
    place = ".".join(str(part) for part in first["loc"])
    return f"{place or 'value'} is unusable ({first['type']})"


def _validate(model: type[M], raw: object, label: str, info: ValidationInfo) -> M | None:
    if isinstance(raw, model):
        return raw
    if raw is None:
        note(info, f"{label} is null")
        return None
    context = info.context if isinstance(info.context, dict) else None
    where: list[str] | None = None if context is None else context.setdefault(_WHERE, [])
    if where is not None:
        where.append(label)
    try:
        return model.model_validate(raw, context=context)
    except ValidationError as exc:
        failure = exc
    finally:
        if where is not None:
            where.pop()
    note(info, f"{label} skipped: {_reason(failure)}")
    return None


def readable(model: type[M], value: object, info: ValidationInfo, dropped: str) -> M | None:
    """`value` read as `model`; None, noted as `dropped`, when it cannot be read at all."""
    try:
        return model.model_validate(value, context=info.context)
    except ValidationError:
        note(info, dropped)
        return None


def each(
    model: type[M], what: str, key: Callable[[M], Hashable] | None = None
) -> Callable[[object, ValidationInfo], object]:
    """A before-validator for a list of `model`: bad items and repeated keys are dropped.

    ``null`` for the whole list means an empty list; a value that is no list at all is
    refused (the answer is not shaped like Qminder's). With `key`, only the first item of each
    key is kept (a second line with the same id would be a second button for one line).
    """

    def validate(value: object, info: ValidationInfo) -> object:
        if value is None:
            return ()
        if not isinstance(value, list | tuple):
            raise ValueError(f"a list of {what}s was expected")  # not Qminder's shape at all
        kept: list[M] = []
        seen: set[Hashable] = set()
        for index, raw in enumerate(value):
            label = _label(what, index, raw)
            item = _validate(model, raw, label, info)
            if item is None:
                continue
            if key is not None:
                item_key = key(item)
                if item_key in seen:
                    note(info, f"{label} skipped: its id is used twice")
                    continue
                seen.add(item_key)
            kept.append(item)
        return tuple(kept)

    return validate


def or_default(default: Any) -> Callable[[object], object]:
    """A before-validator turning ``null`` into `default`."""

    def validate(value: object) -> object:
        return default if value is None else value

    return validate


def id_text(value: object) -> object:
    """A usable id: a non-blank string (numbers become strings); anything else is refused."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    raise ValueError("no usable id")
