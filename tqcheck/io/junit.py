"""JUnit XML output, for CI systems that show test results (Jenkins, GitLab, Azure, ...).

- one ``<testsuite>`` per input file (``name`` = the path; records without a file are grouped
  under ``<stdin>``), one ``<testcase>`` per record (``name`` = ``doc_id``, ``classname`` =
  the path);
- one ``<failure>`` per finding at or above ``--fail-on`` (``type`` = ``CODE rule``,
  ``message`` = the finding's message, body = ``path:line:col`` and the evidence), plus one
  ``<failure type="quality-gate">`` when the record is below ``--min-quality`` or above
  ``--max-penalty``;
- a ``rule-crashed`` finding is an ``<error>`` (the check itself broke);
- findings below the threshold are listed in the testcase's ``<system-out>``.

The counts follow the usual convention: ``tests`` = test cases, ``failures`` = test cases with
a failure, ``errors`` = test cases with an error, ``skipped`` = 0.  Text is escaped by
ElementTree; characters XML 1.0 cannot carry (control characters) are written as ``\\xNN``.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_XML_INVALID_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
CRASH_RULE = "rule-crashed"


def xml_text(value) -> str:
    """``value`` as text XML 1.0 can hold.

    >>> xml_text("a\\x0cb")
    'a\\\\x0cb'
    """
    return _XML_INVALID_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def _sub(parent, tag, text=None, **attrs):
    el = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items()})
    if text is not None:
        el.text = xml_text(text)
    return el


def _where(d: dict) -> str:
    from tqcheck.io.formats import display_path

    return f"{display_path(d)}:{d.get('line', 1)}:{d.get('column', 1)}"


def junit_tree(report, config) -> ET.Element:
    from tqcheck.gate import at_or_above, threshold_reasons
    from tqcheck.io.formats import finding_dicts

    by_doc: dict = {}
    for d in finding_dicts(report):
        by_doc.setdefault(d["doc_id"], []).append(d)

    suites: dict = {}
    for row in report.documents.itertuples(index=False):
        path = row.path or "<stdin>"
        suites.setdefault(path, []).append(row)

    root = ET.Element("testsuites", name="tqcheck")
    totals = {"tests": 0, "failures": 0, "errors": 0}
    for path, rows in suites.items():
        suite = ET.SubElement(root, "testsuite")
        counts = {"tests": 0, "failures": 0, "errors": 0}
        for row in rows:
            counts["tests"] += 1
            case = _sub(suite, "testcase", name=row.doc_id, classname=path, time="0")
            failed = errored = False
            below = []
            for d in by_doc.get(row.doc_id, []):
                body = f"{_where(d)}: {d['code']} {d['rule']} ({d['severity']})\n" \
                       f"evidence: {d['evidence']}"
                if d.get("suggestion"):
                    body += f"\nsuggestion: {d['suggestion']}"
                if d["rule"] == CRASH_RULE:
                    _sub(case, "error", body, message=d["message"], type=f"{d['code']} {d['rule']}")
                    errored = True
                elif at_or_above(d["severity"], config.fail_on):
                    _sub(case, "failure", body, message=d["message"],
                         type=f"{d['code']} {d['rule']}")
                    failed = True
                else:
                    below.append(f"{_where(d)}: {d['code']} {d['rule']} ({d['severity']}) "
                                 f"{d['message']}")
            gate_parts = threshold_reasons(row.quality, row.penalty, config)
            if gate_parts:
                _sub(case, "failure", f"quality {row.quality}, penalty {row.penalty}",
                     message="; ".join(gate_parts), type="quality-gate")
                failed = True
            if below:
                _sub(case, "system-out", "\n".join(below))
            counts["failures"] += failed
            counts["errors"] += errored
        suite.set("name", xml_text(path))
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
        suite.set("skipped", "0")
        suite.set("time", "0")
    for key, value in totals.items():
        root.set(key, str(value))
    root.set("skipped", "0")
    root.set("time", str(round(sum(v for v in (report.timings or {}).values()
                                    if isinstance(v, (int, float))), 4)))
    return root


def render_junit(report, config) -> str:
    root = junit_tree(report, config)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
