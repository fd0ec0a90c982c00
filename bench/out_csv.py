"""Appending a benchmark's rows to its CSV under ``bench/out/`` (created on first use, with
its header written once), so repeated runs build a history to compare."""
from __future__ import annotations

import csv
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def append_rows(name: str, header: list, rows) -> Path:
    """Append ``rows`` to ``bench/out/<name>``, writing ``header`` first if the file is new."""
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    new = not path.exists()
    with open(path, "a", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        if new:
            writer.writerow(header)
        writer.writerows(rows)
    return path
