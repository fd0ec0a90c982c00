"""SARIF 2.1.0 output (for GitHub code scanning and other SARIF viewers).

One run; ``tool.driver`` carries a rules table (``id`` = code, ``name`` = rule name, short and
full descriptions and help text from the rule's docstring, ``defaultConfiguration.level``).
Each finding is a result with ``ruleId``/``ruleIndex``, ``level`` (critical and major ->
``error``, minor -> ``warning``, info -> ``note``), the message, and a location:

- ``physicalLocation``: the file (``artifactLocation.uri``) and a region with
  ``startLine``/``startColumn``/``endLine``/``endColumn`` (1-based; ``endColumn`` is the
  column after the span, SARIF's convention), plus ``charOffset``/``charLength`` when the
  record is a whole text file (otherwise offsets are into the record's text, not the file);
- ``logicalLocations``: ``doc_id/segment_id``, so records without a file still have a place.

Columns count Unicode code points (``run.columnKind = "unicodeCodePoints"``), which is what
Python ``str`` offsets are.  ``partialFingerprints["tqcheck/v1"]`` is content based (record,
rule, normalized evidence, surrounding words; see :mod:`tqcheck.baseline`) plus an occurrence
number, so it survives edits that move the text.
"""
from __future__ import annotations

import json
import textwrap
from collections import Counter
from pathlib import Path
from urllib.parse import quote

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/tqcheck/"
FINGERPRINT_KEY = "tqcheck/v1"
LEVELS = {"critical": "error", "major": "error", "minor": "warning", "info": "note"}


def level(severity: str) -> str:
    """SARIF level of a tqcheck severity.

    >>> level("major"), level("minor"), level("info")
    ('error', 'warning', 'note')
    """
    return LEVELS.get(severity, "warning")


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative (percent-encoded, ``/``
    separators); absolute paths become ``file://`` URIs.

    >>> artifact_uri("seeds/a b.txt")
    'seeds/a%20b.txt'
    """
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix(), safe="/")


def _doc_parts(doc: str) -> tuple:
    """(what it flags, why, full help) from a rule docstring."""
    text = textwrap.dedent(doc or "").strip()
    if not text:
        return "", "", ""
    first, _, rest = text.partition("\n")
    paragraphs = [p.strip() for p in rest.strip().split("\n\n") if p.strip()]
    why = " ".join(paragraphs[0].split()) if paragraphs else first.strip()
    return first.strip(), why, text


def rules_table(report, config) -> list:
    """The driver's rules: the run's active rules (``report.summary``) and any rule that
    produced a finding, ordered by code."""
    from tqcheck.rules.registry import get

    known = {}
    for row in report.summary.itertuples(index=False):
        known[row.code] = (row.rule, row.category, row.severity)
    if not report.findings.empty:
        for row in report.findings.itertuples(index=False):
            known.setdefault(row.code, (row.rule, row.category, row.severity))
    rules = []
    for code in sorted(known):
        name, category, severity = known[code]
        doc = ""
        for key in (code, name):
            try:
                found = get(key)
            except KeyError:
                continue
            if found.name == name:  # the registered rule behind this code
                doc = found.doc
                break
        short, why, full = _doc_parts(doc)
        short = short or name.replace("-", " ")
        rules.append({
            "id": code,
            "name": name,
            "shortDescription": {"text": short},
            "fullDescription": {"text": why or short},
            "help": {"text": full or short},
            "defaultConfiguration": {"level": level(severity)},
            "properties": {"category": category, "severity": severity,
                           "tags": [category.split("/")[0].lower(), "translation"]},
        })
    return rules


def sarif_object(report, config) -> dict:
    from tqcheck import __version__
    from tqcheck.baseline import context_hash, fingerprint
    from tqcheck.io.formats import finding_dicts

    rules = rules_table(report, config)
    index = {r["id"]: i for i, r in enumerate(rules)}
    records = {r.doc_id: r for r in report.records}
    seen: Counter = Counter()
    results = []
    for d in finding_dicts(report):
        rec = records.get(d["doc_id"])
        ctx = context_hash(rec.target, d["start"], d["end"]) if rec is not None else ""
        fp = fingerprint(d["doc_id"], d["rule"], d["evidence"], ctx)
        seen[fp] += 1
        message = d["message"]
        if d.get("suggestion"):
            message = f"{message} Suggestion: {d['suggestion']!r}."
        location = {"logicalLocations": [{
            "name": d["segment_id"] or d["doc_id"],
            "fullyQualifiedName": f"{d['doc_id']}/{d['segment_id']}" if d["segment_id"]
            else d["doc_id"],
            "kind": "object"}]}
        path = d.get("path") or ""
        if path and path != "-":
            region = {"startLine": max(d.get("line", 1), 1),
                      "startColumn": max(d.get("column", 1), 1),
                      "endLine": max(d.get("end_line", 1), 1),
                      "endColumn": max(d.get("end_column", 1), 1)}
            if rec is not None and not rec.locator and not rec.line_offset:
                region["charOffset"] = d["start"]
                region["charLength"] = d["end"] - d["start"]
            if d["evidence"]:
                region["snippet"] = {"text": d["evidence"]}
            location["physicalLocation"] = {"artifactLocation": {"uri": artifact_uri(path)},
                                            "region": region}
        result = {
            "ruleId": d["code"],
            "ruleIndex": index[d["code"]],
            "level": level(d["severity"]),
            "message": {"text": message},
            "locations": [location],
            "partialFingerprints": {FINGERPRINT_KEY: f"{fp}:{seen[fp]}"},
            "properties": {"rule": d["rule"], "severity": d["severity"],
                           "category": d["category"], "doc_id": d["doc_id"],
                           "segment_id": d["segment_id"], "start": d["start"],
                           "end": d["end"]},
        }
        if d.get("suggestion"):
            result["properties"]["suggestion"] = d["suggestion"]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "tqcheck", "version": __version__,
                                "semanticVersion": __version__,
                                "informationUri": INFORMATION_URI, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": {"records": int(len(report.documents)),
                           "baselineSuppressed": int(report.suppressed)},
        }],
    }


def render_sarif(report, config) -> str:
    return json.dumps(sarif_object(report, config), ensure_ascii=False, indent=2) + "\n"
