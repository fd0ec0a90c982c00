"""Write the report bundle (design note): findings/segments/documents/summary CSV, run.json,
report.html, and report.xlsx on request.

Every file is written atomically (a temporary file in the same folder, then ``os.replace``),
so a crash never leaves a half-written CSV that looks complete.  CSV cells that a spreadsheet
would run as a formula are neutralized (``tqcheck.report.safe``).
"""
from __future__ import annotations

import json
from pathlib import Path

from tqcheck.io.atomic import atomic_write

BUNDLE_FILES = ("findings.csv", "segments.csv", "documents.csv", "summary.csv", "run.json",
                "report.html")


def write_csv(path, frame) -> None:
    from tqcheck.report.safe import neutralize_frame

    safe = neutralize_frame(frame)
    atomic_write(path, lambda fh: safe.to_csv(fh, index=False, lineterminator="\n"))


def write_json(path, data) -> None:
    atomic_write(path, lambda fh: (json.dump(data, fh, ensure_ascii=False, indent=2,
                                             default=str), fh.write("\n")))


def write_bundle(report, out_dir, *, xlsx: bool = False, html: bool = True) -> list:
    """Write the bundle into ``out_dir``; returns the paths written."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    from tqcheck.baseline import add_context_hash

    # context_hash lets a reviewer's findings.csv (with a status column) serve as an exact
    # baseline for the next run (tqcheck.baseline)
    findings = add_context_hash(report.findings, report.docs or report.records)
    for name, frame in (("findings.csv", findings), ("segments.csv", report.segments),
                        ("documents.csv", report.documents), ("summary.csv", report.summary)):
        write_csv(out / name, frame)
        written.append(out / name)
    write_json(out / "run.json", report.run)
    written.append(out / "run.json")
    if html:
        from tqcheck.report.html import write_html

        write_html(out / "report.html", report)
        written.append(out / "report.html")
    if xlsx:
        from tqcheck.report.xlsx import write_xlsx

        write_xlsx(out / "report.xlsx", report)
        written.append(out / "report.xlsx")
    return written
