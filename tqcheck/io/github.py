"""GitHub Actions workflow commands: one annotation per finding.

    ::error file=seeds/a.txt,line=3,col=5,endLine=3,endColumn=12,title=TQ201 repeated-word::message

Severity: critical and major -> ``error``, minor -> ``warning``, info -> ``notice``.
Escaping follows the Actions runner: in the message (data) ``%`` -> ``%25``, CR -> ``%0D``,
LF -> ``%0A``; in property values additionally ``:`` -> ``%3A`` and ``,`` -> ``%2C``.
A record without a file (standard input) gets no ``file=`` and its ``doc_id`` in the title.
Every finding is annotated; the exit code (``--fail-on``) decides whether the job fails.
"""
from __future__ import annotations

COMMANDS = {"critical": "error", "major": "error", "minor": "warning", "info": "notice"}


def escape_data(value) -> str:
    """Escape a workflow command's message.

    >>> escape_data("50% off\\r\\nnext")
    '50%25 off%0D%0Anext'
    """
    return str(value).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value) -> str:
    """Escape a workflow command property value.

    >>> escape_property("a:b,c%")
    'a%3Ab%2Cc%25'
    """
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(severity: str) -> str:
    return COMMANDS.get(severity, "warning")


def annotation(d: dict) -> str:
    """The workflow command line for one finding dict (see ``formats.finding_dicts``)."""
    props = []
    path = d.get("path") or ""
    title = f"{d['code']} {d['rule']}"
    if path and path != "-":
        line, end_line = d.get("line", 1), d.get("end_line", d.get("line", 1))
        props += [("file", path), ("line", line), ("col", d.get("column", 1)),
                  ("endLine", end_line), ("endColumn", d.get("end_column", 1))]
    else:
        title += f" ({d['doc_id']})"
    props.append(("title", title))
    message = d["message"]
    if d.get("evidence"):
        message += f" [{d['evidence']}]"
    if d.get("suggestion"):
        message += f" -> suggestion: {d['suggestion']}"
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{command(d['severity'])} {head}::{escape_data(message)}"


def render_github(report, config) -> str:
    from tqcheck.io.formats import finding_dicts

    return "".join(annotation(d) + "\n" for d in finding_dicts(report))
