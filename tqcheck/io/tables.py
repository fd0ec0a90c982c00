"""Tables: ``.csv``, ``.tsv``, ``.jsonl``, ``.json``, ``.parquet``, ``.xlsx``, one record per row.

Columns are matched case-insensitively (design note): id ``id|doc_id|segment_id``; target
``target|tgt|mt|hyp|hypothesis|translation|en|english``; source ``source|src|ko|korean``;
reference ``reference|ref``; ``system`` is kept when present.  ``--columns role=name``
overrides.  When a table has both ``doc_id`` and a row id (``id``/``segment_id``), the record's
id is ``doc_id:id`` so rows stay distinct.  A row's text offsets are into its target cell.

CSV/TSV go through Python's ``csv`` module rather than pandas so that every error can name
the line, and each record knows the line it starts on.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tqcheck.io.decode import decode_bytes
from tqcheck.io.errors import InputError
from tqcheck.records import Record

ROLES = {
    "id": ("id", "segment_id", "seg_id"),
    "doc_id": ("doc_id", "document", "doc"),
    "target": ("target", "tgt", "mt", "hyp", "hypothesis", "translation", "en", "english"),
    "source": ("source", "src", "ko", "korean"),
    "reference": ("reference", "ref"),
    "system": ("system", "sys"),
}
TABLE_EXTENSIONS = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".xlsx")


def match_columns(columns, path: str, overrides: dict) -> dict:
    """Map roles to actual column names; a missing target column is an error naming the
    columns that were found."""
    lower = {}
    for c in columns:
        key = str(c).strip().lower()
        if key in lower:
            if any(key in aliases for aliases in ROLES.values()):
                raise InputError(path, f"columns '{lower[key]}' and '{c}' are the same name; "
                                       "rename one or use --columns ROLE=NAME", "header")
            continue
        lower[key] = c
    found = {}
    for role in ROLES:
        matching = [lower[a] for a in ROLES[role] if a in lower]
        if len(matching) > 1 and role not in overrides and role in ("target", "source",
                                                                    "reference"):
            raise InputError(path, f"columns {', '.join(repr(m) for m in matching)} all look "
                                   f"like the {role}; choose one with --columns {role}=NAME",
                             "header")
    for role, name in overrides.items():
        if role not in ROLES:
            raise InputError(path, f"--columns: unknown role '{role}' (roles: {', '.join(ROLES)})")
        if name not in columns and name.lower() not in lower:
            raise InputError(path, f"--columns {role}={name}: no such column "
                                   f"(columns: {', '.join(map(str, columns))})")
        found[role] = name if name in columns else lower[name.lower()]
    for role, aliases in ROLES.items():
        if role in found:
            continue
        for alias in aliases:
            if alias in lower:
                found[role] = lower[alias]
                break
    if "target" not in found:
        raise InputError(path, "no target column: expected one of "
                               f"{', '.join(ROLES['target'])} (columns found: "
                               f"{', '.join(map(str, columns))}); use --columns target=NAME")
    return found


def _cell(value, path: str = "", where: str = "") -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    if isinstance(value, (list, dict, tuple, set)):
        raise InputError(path, f"a cell holds a {type(value).__name__}, not text", where)
    return str(value)


def rows_to_records(rows, path: str, overrides: dict, columns, line_of=None) -> list:
    """``rows``: sequence of dicts.  ``line_of(i)``: 0-based file line of row ``i``."""
    cols = match_columns(list(columns), path, overrides)
    stem = Path(path).stem if path not in ("-", "<stdin>") else "stdin"
    records = []
    seen = set()
    for i, row in enumerate(rows):
        rid = _cell(row.get(cols["id"])) if "id" in cols else ""
        did = _cell(row.get(cols["doc_id"])) if "doc_id" in cols else ""
        if did and rid:
            doc_id = f"{did}:{rid}"
        else:
            doc_id = did or rid or f"{stem}:{i + 1}"
        if doc_id in seen:
            where = f"line {line_of(i) + 1}" if line_of else f"row {i + 1}"
            raise InputError(path, f"duplicate id '{doc_id}'", where)
        seen.add(doc_id)
        where = f"line {line_of(i) + 1}" if line_of else f"row {i + 1}"
        target = _cell(row.get(cols["target"]), path, where)
        source = _cell(row.get(cols["source"]), path, where) if "source" in cols else ""
        reference = _cell(row.get(cols["reference"]), path, where) if "reference" in cols else ""
        records.append(Record(
            doc_id=doc_id, target=target, source=source or None, reference=reference or None,
            path=path, locator=f"row {i + 1}", line_offset=line_of(i) if line_of else 0,
            has_headline="\n" in target.strip(),
            system=_cell(row.get(cols["system"])) if "system" in cols else ""))
    return records


def read_delimited(path: str, text: str, delimiter: str, overrides: dict) -> list:
    # keep line numbers: csv.reader reports the physical line it has read up to
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(path, "is empty (no header row)") from None
    except csv.Error as exc:
        raise InputError(path, f"malformed header ({exc})", "line 1") from None
    header = [h.strip() for h in header]
    rows, starts = [], []
    prev_line = reader.line_num
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(path, f"malformed {'TSV' if delimiter == chr(9) else 'CSV'} "
                                   f"({exc})", f"line {reader.line_num}") from None
        start = prev_line
        prev_line = reader.line_num
        if not fields or all(not f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            raise InputError(path, f"has {len(fields)} fields where the header has "
                                   f"{len(header)}", f"line {start + 1}")
        rows.append(dict(zip(header, fields)))
        starts.append(start)
    return rows_to_records(rows, path, overrides, header, lambda i: starts[i])


def read_json_lines(path: str, text: str, overrides: dict) -> list:
    rows, lines, columns = [], [], []
    for n, line in enumerate(text.splitlines()):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON ({exc.msg})",
                             f"line {n + 1}, column {exc.colno}") from None
        if not isinstance(obj, dict):
            raise InputError(path, "each line must be a JSON object", f"line {n + 1}")
        for k in obj:
            if k not in columns:
                columns.append(k)
        rows.append(obj)
        lines.append(n)
    return rows_to_records(rows, path, overrides, columns, lambda i: lines[i])


def read_json(path: str, text: str, overrides: dict) -> list:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"not valid JSON ({exc.msg})",
                         f"line {exc.lineno}, column {exc.colno}") from None
    if isinstance(data, dict):
        for key in ("records", "data", "items", "segments"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
    if not isinstance(data, list) or not all(isinstance(o, dict) for o in data):
        raise InputError(path, "expected a JSON array of objects (or {\"records\": [...]})")
    if not data:
        raise InputError(path, "has no records (an empty array)")
    columns = []
    for obj in data:
        for k in obj:
            if k not in columns:
                columns.append(k)
    return rows_to_records(data, path, overrides, columns)


def frame_to_records(df, path: str, overrides: dict) -> list:
    """Records from a pandas DataFrame (also the route for parquet and xlsx)."""
    rows = df.to_dict(orient="records")
    return rows_to_records(rows, path, overrides, list(df.columns))


def read_table(path: str, data: bytes, overrides: dict) -> list:
    ext = Path(path).suffix.lower()
    if ext in (".parquet", ".xlsx"):
        import pandas as pd

        try:
            if ext == ".parquet":
                df = pd.read_parquet(io.BytesIO(data))
            else:
                df = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False)
        except Exception as exc:  # pyarrow/openpyxl raise many types; all mean unreadable
            raise InputError(path, f"cannot be read as {ext[1:]} ({type(exc).__name__}: {exc})") from None
        return frame_to_records(df, path, overrides)
    text, _ = decode_bytes(data, path)
    if ext == ".tsv":
        return read_delimited(path, text, "\t", overrides)
    if ext in (".jsonl", ".ndjson"):
        return read_json_lines(path, text, overrides)
    if ext == ".json":
        return read_json(path, text, overrides)
    return read_delimited(path, text, ",", overrides)
