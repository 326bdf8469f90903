"""Splitting a long list of questions into pages that fit the screen without scrolling."""

from __future__ import annotations

from collections.abc import Sequence

MAX_FIELDS_PER_PAGE = 4


def paginate(
    heights: Sequence[int],
    budget: int,
    *,
    spacing: int = 0,
    max_per_page: int = MAX_FIELDS_PER_PAGE,
) -> list[range]:
    """Group consecutive items into pages no taller than `budget` and no longer than `max_per_page`.

    Items keep their order. An item taller than the budget gets a page of its own. Returns
    the index range of each page; an empty input gives no pages.
    """
    pages: list[range] = []
    start = 0
    used = 0
    for index, height in enumerate(heights):
        count = index - start
        needed = height if count == 0 else used + spacing + height
        if count and (needed > budget or count >= max_per_page):
            pages.append(range(start, index))
            start, used = index, height
        else:
            used = needed
    if heights:
        pages.append(range(start, len(heights)))
    return pages
