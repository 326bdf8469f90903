"""Owned asyncio tasks for controllers: strong references, one task per slot, errors logged."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger("kiosk.tasks")


class TaskSlot:
    """Runs at most one task at a time and keeps a strong reference to it.

    A task left unreferenced can be garbage-collected mid-flight; a task whose exception is
    never retrieved hides bugs. The slot solves both: it holds the task until it ends and logs
    any exception other than cancellation.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._task: asyncio.Task[Any] | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start `coro`, cancelling the task this slot was running (if any)."""
        self.cancel()
        task = asyncio.ensure_future(coro)
        task.set_name(self._name)
        task.add_done_callback(self._finished)
        self._task = task
        return task

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    async def wait(self) -> None:
        """Wait for the running task (if any) to end, whatever the outcome."""
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        if self._task is task:
            self._task = None
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("task %s failed", self._name, exc_info=exc)
