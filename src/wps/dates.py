"""Dates of reduced precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (ISO 8601).

A value known only to the year or the month stands for a period. These
functions return its first and last day, so that code can say which end it
uses instead of silently padding ``2009`` to ``2009-01-01``.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd


def _blank(value: object) -> bool:
    return value is None or value is pd.NA or value == "" or (
        isinstance(value, float) and value != value)


def period_start(value: object) -> pd.Timestamp | None:
    """Return the first day ``value`` can mean (``"2009"`` -> 2009-01-01), or None if blank."""
    if _blank(value):
        return None
    return _start(str(value))


def period_end(value: object) -> pd.Timestamp | None:
    """Return the last day ``value`` can mean (``"2009"`` -> 2009-12-31), or None if blank."""
    if _blank(value):
        return None
    return _end(str(value))


# The same few hundred date strings are converted again and again (one call per
# membership and year in a loop), so the conversions are cached.
@lru_cache(maxsize=4096)
def _start(text: str) -> pd.Timestamp:
    if len(text) == 4:
        return pd.Timestamp(int(text), 1, 1)
    if len(text) == 7:
        return pd.Timestamp(int(text[:4]), int(text[5:]), 1)
    return pd.Timestamp(text)


@lru_cache(maxsize=4096)
def _end(text: str) -> pd.Timestamp:
    start = _start(text)
    if len(text) == 4:
        return start + pd.offsets.YearEnd(0)
    if len(text) == 7:
        return start + pd.offsets.MonthEnd(0)
    return start
