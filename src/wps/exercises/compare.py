"""Comparisons that turn a wrong answer into a specific hint.

Each function takes the student's answer and the expected one and returns
``None`` when they agree, or a sentence that says what is wrong and how to
get closer. They never just say "wrong".
"""

from __future__ import annotations

import datetime as dt
import numbers
from collections.abc import Iterable
from typing import Any

import pandas as pd


def _is_table(answer: Any) -> bool:
    return isinstance(answer, (pd.DataFrame, pd.Series, pd.Index, list, tuple, set, dict))


def number(answer: Any, expected: int | float, what: str = "number") -> str | None:
    """Compare a count or other number; hint at type mistakes and off-by-one errors."""
    if isinstance(answer, bool) or answer is None:
        return f"Give the {what} as a number, like 7."
    if isinstance(answer, str):
        return (f"You gave text ('{answer}'). Give the {what} as a number, "
                "without quotes.")
    if _is_table(answer):
        return (f"You gave a {type(answer).__name__}, not a number. If you filtered a "
                "table, count its rows with len(...).")
    if not isinstance(answer, numbers.Number):
        return f"Give the {what} as a number, not a {type(answer).__name__}."
    if answer == expected:
        return None
    if isinstance(expected, int) and abs(answer - expected) == 1:
        return ("Close: you are off by one. Check whether your range includes both "
                "ends, or whether you counted a header or a duplicate.")
    direction = "too high" if answer > expected else "too low"
    return f"{answer} is {direction}. Check your filter: which rows should count?"


def year(answer: Any, expected: int, what: str = "year") -> str | None:
    """Compare a year; accept a date or timestamp only with a hint to take ``.year``."""
    if isinstance(answer, (pd.Timestamp, dt.date)):
        return f"You gave a full date. Give just the {what}: use .year on it."
    hint = number(answer, expected, what)
    if hint and isinstance(answer, numbers.Number) and not isinstance(answer, bool):
        if abs(answer - expected) == 1:
            return ("Off by one year. Check whether you need the first year something "
                    "was in force, or the year it was decided.")
        if answer < 1900 or answer > 2100:
            return f"{answer} does not look like a year. Give four digits, like 2009."
    return hint


def date(answer: Any, expected: dt.date, what: str = "date") -> str | None:
    """Compare a date given as text, ``datetime.date`` or ``pd.Timestamp``."""
    try:
        given = pd.Timestamp(answer).date()
    except (ValueError, TypeError):
        return f"Give the {what} as text like '2000-10-31' or as a date value."
    if given == expected:
        return None
    if given.year != expected.year:
        return f"Wrong year: look again at the {what}."
    if given.month != expected.month:
        return "Right year, wrong month."
    return "Right month, wrong day."


def members(answer: Any, expected: Iterable[Any], what: str = "items",
            example_is: str = "code") -> str | None:
    """Compare a collection, ignoring order and duplicates; name one missing or extra item."""
    if isinstance(answer, str) or not isinstance(answer, Iterable) or isinstance(answer, dict):
        return f"Give the {what} as a list, like ['BEL', 'NLD']."
    if isinstance(answer, pd.DataFrame):
        return f"You gave a whole table. Select one column of {what} from it first."
    given = {_normal(x) for x in answer}
    wanted = {_normal(x) for x in expected}
    if given == wanted:
        return None
    missing = sorted(wanted - given, key=str)
    extra = sorted(given - wanted, key=str)
    if extra and all(isinstance(x, str) and len(x) > 3 for x in extra) and example_is == "code":
        return ("Use the three-letter ISO codes (like 'BEL'), not names; "
                "wps.load_countries() links the two.")
    parts = []
    if missing:
        parts.append(f"{len(missing)} missing (for example {missing[0]!r})")
    if extra:
        parts.append(f"{len(extra)} that should not be there (for example {extra[0]!r})")
    return f"Not quite: {' and '.join(parts)}. Check your filter."


def choice(answer: Any, expected: str, options: Iterable[str]) -> str | None:
    """Compare one choice among ``options``, ignoring case and spaces."""
    options = list(options)
    if not isinstance(answer, str):
        return f"Give one of these as text: {', '.join(map(repr, options))}."
    given = answer.strip().lower()
    if given not in {o.lower() for o in options}:
        return f"'{answer}' is not one of the options: {', '.join(map(repr, options))}."
    if given == expected.lower():
        return None
    return "That is one of the options, but not the right one: look at the figure again."


def _normal(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip().upper() if len(value.strip()) <= 3 else value.strip()
    if isinstance(value, numbers.Integral):
        return int(value)
    return value


def text(answer: Any, expected: str, what: str = "text") -> str | None:
    """Compare free text, ignoring case and surrounding spaces."""
    if not isinstance(answer, str):
        if isinstance(answer, (pd.Series, pd.DataFrame)):
            return f"You gave a {type(answer).__name__}. Take the single value with .iloc[0]."
        return f"Give the {what} as text, in quotes."
    if answer.strip().casefold() == expected.strip().casefold():
        return None
    if answer.strip().casefold() in expected.casefold():
        return f"Part of it: give the full {what}."
    return (f"That is not the {what} we are looking for. Did you look it up in the "
            "right table, through the row's source_id?")


def code(answer: Any, expected: str, what: str = "ISO3 code") -> str | None:
    """Compare a three-letter country code; hint when a name or a list was given."""
    if isinstance(answer, (pd.Series, pd.Index)) and len(answer) == 1:
        return "You gave a one-item Series. Take the single value with .iloc[0]."
    if not isinstance(answer, str):
        return f"Give the {what} as text, like 'BEL'."
    given = answer.strip().upper()
    if given == expected.upper():
        return None
    if len(given) != 3:
        return (f"Give the three-letter {what} (like 'BEL'), not a name; "
                "wps.load_countries() links codes and names.")
    return f"'{given}' is a code, but not the right one. Check which row you selected."


def share(answer: Any, expected: float, what: str = "share") -> str | None:
    """Compare a share between 0 and 1 to two decimals; hint when a percentage was given."""
    if isinstance(answer, bool) or not isinstance(answer, numbers.Number):
        return number(answer, expected, what)
    if 1 < answer <= 100 and abs(answer / 100 - expected) < 0.005:
        return "That looks like a percentage. Give the share as a fraction between 0 and 1."
    if abs(answer - expected) < 0.005:
        return None
    if answer > 1:
        return f"A {what} lies between 0 and 1: divide by the number of states in the group."
    direction = "too high" if answer > expected else "too low"
    return (f"{answer:.2f} is {direction}. Check both the numerator and the group you divide by.")
