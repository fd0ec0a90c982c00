"""Reports: pandas frames to files (bundle CSV/JSON, the editor's HTML, XLSX), CSV safety and
the console summary.  Small number formatting shared by the HTML and the console lives here."""
from __future__ import annotations

import math
from typing import Optional


def as_number(value) -> Optional[float]:
    """``value`` as a float, or ``None`` when it is missing (None, NaN, not a number)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(x) else x


def sort_number(value) -> float:
    """``value`` for sorting worst first: missing values sort last (``inf``)."""
    x = as_number(value)
    return float("inf") if x is None else x


def fmt_num(value, digits: int = 1, missing: str = "—") -> str:
    """A score for people: ``85.1``; ``—`` when it does not apply (no reference, LM off).

    >>> fmt_num(85.13), fmt_num(float("nan")), fmt_num(None, missing="")
    ('85.1', '—', '')
    """
    x = as_number(value)
    return missing if x is None else f"{x:.{digits}f}"
