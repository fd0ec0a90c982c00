"""Keep hostile text inert in spreadsheets: CSV/formula injection neutralization.

A translated article is untrusted input.  A cell that begins with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets
(``=HYPERLINK("http://evil","click")``, DDE payloads).  OWASP's advice
(https://owasp.org/www-community/attacks/CSV_Injection) is to prefix such a cell with a single
quote so the program shows it as text.  Only strings are touched: numbers (including negative
numbers) stay numbers.

>>> neutralize('=HYPERLINK("http://x","y")')
'\\'=HYPERLINK("http://x","y")'
>>> neutralize("-5 degrees"), neutralize("plain"), neutralize(-5)
("'-5 degrees", 'plain', -5)
"""
from __future__ import annotations

import pandas as pd

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""Leading characters that make a spreadsheet cell a formula (OWASP's list)."""


def neutralize(value):
    """``value`` with a leading ``'`` when it is a string starting with a formula trigger;
    anything else unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def neutralize_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every string cell neutralized; numeric columns are untouched.

    >>> out = neutralize_frame(pd.DataFrame({"t": ["=1+1", "ok"], "n": [-1, 2]}))
    >>> out["t"].tolist(), out["n"].tolist()
    (["'=1+1", 'ok'], [-1, 2])
    """
    out = df.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_string_dtype(series.dtype) or series.dtype == object:
            out[col] = series.map(neutralize)
    return out
