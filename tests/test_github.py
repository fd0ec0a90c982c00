"""GitHub Actions workflow commands: well-formed lines, severity mapping, escaping."""
from __future__ import annotations

import re
from pathlib import Path

from test_formats import CLEAN, CONFIG, DAMAGED, make_report, real_report
from tqcheck.io.formats import render
from tqcheck.io.github import annotation, escape_data, escape_property
from tqcheck.records import Record

LINE_RE = re.compile(r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)"
                     r"::[^\r\n]*$")


def props(line: str) -> dict:
    head = LINE_RE.match(line).group(2)
    return dict(p.split("=", 1) for p in head.split(","))


def test_lines_are_well_formed_with_positions():
    lines = render("github", make_report([DAMAGED, CLEAN]), CONFIG).splitlines()
    assert len(lines) == 2
    for line in lines:
        assert LINE_RE.match(line), line
    assert lines[0].startswith("::error ") and lines[1].startswith("::warning ")
    p = props(lines[0])
    assert p == {"file": "news/damaged.txt", "line": "3", "col": "9", "endLine": "3",
                 "endColumn": "16", "title": "TQ299 repeated-word"}


def test_escaping_rules():
    assert escape_data("100% a\r\nb: c, d") == "100%25 a%0D%0Ab: c, d"
    assert escape_property("C:\\a,b%\n") == "C%3A\\a%2Cb%25%0A"
    d = {"doc_id": "d", "code": "TQ101", "rule": "x-y", "severity": "info",
         "message": "50% of\nit: broken, really", "evidence": "", "suggestion": "",
         "path": "dir/a:b,c.txt", "line": 1, "column": 2, "end_line": 1, "end_column": 3}
    line = annotation(d)
    assert line == ("::notice file=dir/a%3Ab%2Cc.txt,line=1,col=2,endLine=1,endColumn=3,"
                    "title=TQ101 x-y::50%25 of%0Ait: broken, really")
    assert LINE_RE.match(line)


def test_severity_mapping_and_stdin_records():
    rec = Record("from-stdin", "Headline\n\nIt was was fine.")
    line = render("github", make_report([rec]), CONFIG).strip()
    assert LINE_RE.match(line)
    assert "file=" not in line and "title=TQ299 repeated-word (from-stdin)" in line
    for sev, cmd in (("critical", "error"), ("major", "error"), ("minor", "warning"),
                     ("info", "notice")):
        d = {"doc_id": "d", "code": "TQ1", "rule": "r", "severity": sev, "message": "m",
             "path": "p"}
        assert annotation(d).startswith(f"::{cmd} ")


def test_seed_article_github_lines():
    report = real_report([str(Path(__file__).resolve().parents[1] / "seeds")])
    lines = render("github", report, CONFIG).splitlines()
    assert lines and all(LINE_RE.match(line) for line in lines)
