"""Output formats of ``tqcheck check``: ``render(fmt, report, config) -> str``.

=========  ================================================================================
``text``   ``path:line:col: CODE rule message`` per finding (1-based line and column of the
           span's start in the file), then one summary line
``json``   one object, schema ``tqcheck.findings/1`` (``tqcheck/data/findings.schema.json``)
``jsonl``  one finding object per line (the ``findings`` items of ``json``)
``csv``    the findings frame: contract columns first, then ``path, line, column, end_line,
           end_column, context_hash``; cells neutralized against formula injection
``sarif``  SARIF 2.1.0 (:mod:`tqcheck.io.sarif`)
``junit``  JUnit XML (:mod:`tqcheck.io.junit`)
``github`` GitHub Actions workflow commands (:mod:`tqcheck.io.github`)
=========  ================================================================================

Every renderer returns the whole text for stdout; nothing here prints or logs.
"""
from __future__ import annotations

import json
import math

from tqcheck.records import FINDING_COLUMNS, SEVERITIES

FORMATS = ("text", "json", "jsonl", "csv", "sarif", "junit", "github")
JSON_SCHEMA_ID = "tqcheck.findings/1"
LOCATION_COLUMNS = ["path", "line", "column", "end_line", "end_column"]
INT_COLUMNS = ("start", "end", "line", "column", "end_line", "end_column")
DOCUMENT_FIELDS = ("doc_id", "path", "locator", "headline", "words", "segments", "findings",
                   "critical", "major", "minor", "penalty", "penalty_per_100w", "fluency",
                   "chrf", "bleu", "ter", "quality", "band", "lm_nll", "lm_slor", "system")


def plain(value):
    """A JSON-ready Python value: numpy scalars unboxed, NaN -> ``None``."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def finding_dicts(report) -> list:
    """The findings as plain dicts: contract fields, then path/line/column/end_line/end_column.
    ``path`` falls back to the ``doc_id`` when a record has no file (stdin, frames)."""
    cols = [c for c in FINDING_COLUMNS + LOCATION_COLUMNS if c in report.findings.columns]
    out = []
    for row in report.findings[cols].itertuples(index=False):
        d = {c: plain(v) for c, v in zip(cols, row)}
        for c in INT_COLUMNS:
            if c in d and d[c] is not None:
                d[c] = int(d[c])
        for c in ("suggestion", "evidence", "message", "segment_id", "path"):
            if c in d and d[c] is None:
                d[c] = ""
        out.append(d)
    return out


def display_path(d: dict) -> str:
    return d.get("path") or d["doc_id"]


def document_dicts(report) -> list:
    df = report.documents
    cols = [c for c in DOCUMENT_FIELDS if c in df.columns]
    return [{c: plain(v) for c, v in zip(cols, row)} for row in df[cols].itertuples(index=False)]


def summary_dict(report, config) -> dict:
    from tqcheck.gate import exit_code, failing_documents

    fs = report.findings
    by_sev = {s: int((fs["severity"] == s).sum()) if not fs.empty else 0 for s in SEVERITIES}
    by_rule = {}
    if not fs.empty:
        by_rule = {str(k): int(v) for k, v in fs["rule"].value_counts().sort_index().items()}
    return {
        "records": int(len(report.documents)),
        "findings": int(len(fs)),
        "by_severity": by_sev,
        "by_rule": by_rule,
        "worst_severity": report.worst_severity(),
        "fail_on": config.fail_on,
        "min_quality": config.min_quality,
        "max_penalty": config.max_penalty,
        "failing_documents": [f.doc_id for f in failing_documents(report, config)],
        "baseline_suppressed": int(report.suppressed),
        "exit_code": exit_code(report, config),
    }


def summary_line(report, config) -> str:
    """One line that ends the ``text`` format.

    e.g. ``tqcheck: 3 findings (0 critical, 1 major, 2 minor, 0 info) in 1 of 2 records;
    gate major: FAIL``
    """
    s = summary_dict(report, config)
    with_findings = report.findings["doc_id"].nunique() if not report.findings.empty else 0
    counts = ", ".join(f"{s['by_severity'][k]} {k}" for k in SEVERITIES)
    n = s["findings"]
    text = (f"tqcheck: {n} finding{'s' if n != 1 else ''} ({counts}) in {with_findings} of "
            f"{s['records']} record{'s' if s['records'] != 1 else ''}")
    if s["baseline_suppressed"]:
        text += f"; {s['baseline_suppressed']} suppressed by the baseline"
    if s["failing_documents"]:
        text += f"; {len(s['failing_documents'])} record(s) fail the gate"
    text += f"; gate {config.fail_on}: {'FAIL' if s['exit_code'] else 'pass'}"
    return text


def render_text(report, config) -> str:
    lines = []
    for d in finding_dicts(report):
        lines.append(f"{display_path(d)}:{d.get('line', 1)}:{d.get('column', 1)}: "
                     f"{d['code']} {d['rule']} {_one_line(d['message'])}")
    lines.append(summary_line(report, config))
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def json_object(report, config) -> dict:
    """The ``json`` document (schema ``tqcheck.findings/1``)."""
    from tqcheck import __version__

    return {
        "schema": JSON_SCHEMA_ID,
        "version": __version__,
        "tool": {"name": "tqcheck", "version": __version__},
        "findings": finding_dicts(report),
        "documents": document_dicts(report),
        "summary": summary_dict(report, config),
        "run": report.run or {},
    }


def render_json(report, config) -> str:
    return json.dumps(json_object(report, config), ensure_ascii=False, indent=2,
                      default=str) + "\n"


def render_jsonl(report, config) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in finding_dicts(report))


def findings_frame(report):
    """The CSV frame: contract columns, locations, then ``context_hash`` (for baselines)."""
    from tqcheck.baseline import add_context_hash

    cols = [c for c in FINDING_COLUMNS + LOCATION_COLUMNS if c in report.findings.columns]
    docs = tuple(report.docs) or tuple(report.records)
    return add_context_hash(report.findings[cols], docs)


def render_csv(report, config) -> str:
    from tqcheck.report.safe import neutralize_frame  # lazy: pandas-heavy report layer

    return neutralize_frame(findings_frame(report)).to_csv(index=False, lineterminator="\n")


def render(fmt: str, report, config) -> str:
    """Render ``report`` in ``fmt`` (one of :data:`FORMATS`)."""
    if fmt == "text":
        return render_text(report, config)
    if fmt == "json":
        return render_json(report, config)
    if fmt == "jsonl":
        return render_jsonl(report, config)
    if fmt == "csv":
        return render_csv(report, config)
    if fmt == "sarif":
        from tqcheck.io.sarif import render_sarif

        return render_sarif(report, config)
    if fmt == "junit":
        from tqcheck.io.junit import render_junit

        return render_junit(report, config)
    if fmt == "github":
        from tqcheck.io.github import render_github

        return render_github(report, config)
    raise ValueError(f"unknown output format {fmt!r} (choose from {', '.join(FORMATS)})")
