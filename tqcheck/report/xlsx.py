"""``report.xlsx``: the report as an Excel workbook for editors who live in spreadsheets.

Sheets ``Documents`` (one row per record, worst first, band-coloured), ``Findings`` (one row
per finding, with a ``context`` cell showing about 60 characters either side of the span and
the span itself in bold red) and ``Summary`` (per rule).  Every sheet has a frozen header, an
autofilter and column widths fitted to the content.

Text from the inputs is data, never a formula: strings are neutralized with
:func:`tqcheck.report.safe.neutralize` (OWASP) and written with ``data_type = 's'``, so even a
cell that reads ``=HYPERLINK(...)`` is stored as text.  Characters XML cannot hold are replaced
with U+FFFD and cells are cut at Excel's 32,767-character limit.  The file is written
atomically (temp file in the same directory, then rename).
"""
from __future__ import annotations

import math
import re

import pandas as pd

from tqcheck.report.safe import neutralize

NEWLINES_RE = re.compile(r"\s*[\r\n]+\s*")
CONTEXT_CHARS = 60
EXCEL_MAX_CELL = 32767
BAND_FILLS = {"pass": "E6F4EA", "review": "FEF1E0", "fail": "FCE8E6"}
BAND_FONTS = {"pass": "1E8E3E", "review": "B05A00", "fail": "C5221F"}
SEVERITY_FILLS = {"critical": "F6D5D3", "major": "FCE3CC", "minor": "FDF3C4", "info": "E1EAF8"}
HEADER_FILL = "F1F3F4"
MAX_WIDTH = {"headline": 60, "message": 60, "context": 90, "evidence": 40, "suggestion": 30,
             "path": 40, "category": 28}


def _clean(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    return text[:EXCEL_MAX_CELL]


def _is_missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _set(cell, value) -> None:
    """Write ``value``: numbers as numbers, everything else as a neutralized string."""
    if _is_missing(value):
        cell.value = None
        return
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
    if isinstance(value, bool):
        value = str(value).lower()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isinf(value):
            value = str(value)
        else:
            cell.value = value
            return
    cell.value = _clean(neutralize(str(value)))
    cell.data_type = "s"  # never a formula, whatever the text says


def context_rich_text(target: str, start: int, end: int, width: int = CONTEXT_CHARS):
    """A ``CellRichText``: ``width`` characters either side of ``target[start:end]``, with
    the span in bold red (an insertion point is shown as ``‸``)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    n = len(target)
    start, end = max(0, min(start, n)), max(0, min(end, n))
    end = max(start, end)
    a, b = max(0, start - width), min(n, end + width)
    before = ("…" if a > 0 else "") + target[a:start]
    span = target[start:end] or "‸"
    after = target[end:b] + ("…" if b < n else "")
    before, span, after = (_clean(NEWLINES_RE.sub(" ⏎ ", s)) for s in (before, span, after))
    if before:
        before = neutralize(before)
    else:
        span = neutralize(span)
    red = InlineFont(b=True, color="C5221F")
    parts = [before, TextBlock(red, span), after]
    return CellRichText(*[p for p in parts if not isinstance(p, str) or p])


def _sheet(wb, title, frame: pd.DataFrame, first: bool):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    header_font = Font(bold=True, color="3C4043")
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    bottom = Border(bottom=Side(style="thin", color="C9CCD1"))
    for j, col in enumerate(frame.columns, 1):
        c = ws.cell(row=1, column=j)
        _set(c, col)
        c.font, c.fill, c.border = header_font, header_fill, bottom
        c.alignment = Alignment(vertical="center")
    for i, row in enumerate(frame.itertuples(index=False), 2):
        for j, value in enumerate(row, 1):
            _set(ws.cell(row=i, column=j), value)
    ws.freeze_panes = "A2"
    if len(frame.columns):
        from openpyxl.utils import get_column_letter

        last = get_column_letter(len(frame.columns))
        ws.auto_filter.ref = f"A1:{last}{max(len(frame) + 1, 1)}"
    return ws


def _fit_widths(ws, frame: pd.DataFrame) -> None:
    from openpyxl.utils import get_column_letter

    for j, col in enumerate(frame.columns, 1):
        lengths = [len(str(col)) + 3]
        sample = frame[col].head(500)
        lengths += [len(str(v)) for v in sample if not _is_missing(v)]
        width = min(max(lengths) + 2, MAX_WIDTH.get(col, 24))
        ws.column_dimensions[get_column_letter(j)].width = max(width, 6)


def _number_formats(ws, frame: pd.DataFrame, formats: dict) -> None:
    for j, col in enumerate(frame.columns, 1):
        fmt = formats.get(col)
        if fmt:
            for i in range(2, len(frame) + 2):
                ws.cell(row=i, column=j).number_format = fmt


def build_workbook(report):
    """The workbook (an ``openpyxl.Workbook``) for ``report``."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    docs = report.documents.copy()
    if not docs.empty:
        order = {"fail": 0, "review": 1, "pass": 2}
        docs = docs.assign(_b=docs["band"].map(order).fillna(3),
                           _q=pd.to_numeric(docs["quality"], errors="coerce"))
        docs = docs.sort_values(["_b", "_q"], kind="stable").drop(columns=["_b", "_q"])
    # columns that are empty for the whole run (no LM, no reference) are kept: contract
    ws = _sheet(wb, "Documents", docs, first=True)
    band_col = list(docs.columns).index("band") + 1 if "band" in docs else None
    if band_col:
        for i, band in enumerate(docs["band"], 2):
            fill = BAND_FILLS.get(band)
            if fill:
                c = ws.cell(row=i, column=band_col)
                c.fill = PatternFill("solid", fgColor=fill)
                c.font = Font(bold=True, color=BAND_FONTS[band])
                q = ws.cell(row=i, column=list(docs.columns).index("quality") + 1)
                q.fill = PatternFill("solid", fgColor=fill)
    _number_formats(ws, docs, {c: "0.0" for c in ("penalty", "penalty_per_100w", "fluency",
                                                  "chrf", "bleu", "ter", "quality", "lm_nll",
                                                  "lm_slor")})
    _fit_widths(ws, docs)

    findings = report.findings.copy()
    targets = {r.doc_id: r.target for r in (report.records or ())}
    targets.update({d.doc_id: d.target for d in (report.docs or ())})
    cols = list(findings.columns)
    insert_at = cols.index("message") if "message" in cols else len(cols)
    findings.insert(insert_at, "context", [""] * len(findings))
    ws = _sheet(wb, "Findings", findings, first=False)
    ctx_col = insert_at + 1
    sev_col = list(findings.columns).index("severity") + 1 if "severity" in findings else None
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, row in enumerate(findings.itertuples(index=False), 2):
        target = targets.get(row.doc_id)
        c = ws.cell(row=i, column=ctx_col)
        if target is not None:
            c.value = context_rich_text(target, int(row.start), int(row.end))
        else:
            _set(c, row.evidence)
        c.alignment = wrap
        if sev_col:
            fill = SEVERITY_FILLS.get(row.severity)
            if fill:
                ws.cell(row=i, column=sev_col).fill = PatternFill("solid", fgColor=fill)
        ws.cell(row=i, column=list(findings.columns).index("message") + 1).alignment = wrap
    _fit_widths(ws, findings)
    ws.column_dimensions[get_column_letter(ctx_col)].width = MAX_WIDTH["context"]

    summary = report.summary.copy()
    if not summary.empty:
        summary = summary.sort_values(["findings", "code"], ascending=[False, True],
                                      kind="stable")
    ws = _sheet(wb, "Summary", summary, first=False)
    if "severity" in summary:
        sev_col = list(summary.columns).index("severity") + 1
        for i, sev in enumerate(summary["severity"], 2):
            fill = SEVERITY_FILLS.get(sev)
            if fill:
                ws.cell(row=i, column=sev_col).fill = PatternFill("solid", fgColor=fill)
    _fit_widths(ws, summary)
    return wb


def write_xlsx(path, report) -> None:
    """Write ``report.xlsx`` for ``report`` to ``path`` atomically."""
    from tqcheck.io.atomic import atomic_write

    wb = build_workbook(report)
    atomic_write(path, wb.save, binary=True)
