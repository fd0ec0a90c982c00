"""Output formats (text, json, jsonl, csv) and the gate, on reports built from fake rules.

``make_report`` builds a ``Report`` with two stand-in rules (``the the`` and ``. .``) through
the real segmenter and ``pipeline.build_report``, so these tests do not depend on the rule
families; the end-to-end test at the bottom uses the real pipeline when it is complete.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from tqcheck import baseline as baseline_mod
from tqcheck.config import Config
from tqcheck.engine import make_document, to_finding
from tqcheck.gate import exit_code, failing_documents
from tqcheck.io.formats import FORMATS, render
from tqcheck.lang import get_pack
from tqcheck.pipeline import Report, build_report
from tqcheck.records import FINDING_COLUMNS, Hit, Record
from tqcheck.rules.registry import Rule

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "tqcheck" / "data" / "findings.schema.json"
CONFIG = Config(lm=False, progress=False)

REPEAT_RE = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)
STRAY_RE = re.compile(r"\. \.")
FAKE_RULES = {
    "repeated-word": Rule("TQ299", "repeated-word", "Fluency/Grammar", "major", "document", None,
                          "The same word twice in a row.\n\nWhy: MT doubles words.\n"),
    "stray-punctuation": Rule("TQ199", "stray-punctuation", "Fluency/Punctuation", "minor",
                              "document", None, "Stray punctuation such as `. .`.\n"),
}

DAMAGED = Record("damaged", "Minister visits Seoul\n\nHe said the the talks went well. .\n"
                 "Officials agreed.", path="news/damaged.txt")
CLEAN = Record("clean", "Minister visits Busan\n\nHe said the talks went well.",
               path="news/clean.txt")


def fake_findings(doc, config=CONFIG) -> list:
    out = []
    for name, pattern in (("repeated-word", REPEAT_RE), ("stray-punctuation", STRAY_RE)):
        for m in pattern.finditer(doc.target):
            hit = Hit(m.start(), m.end(), f"'{m.group()}' looks like an MT artifact.")
            out.append(to_finding(doc, FAKE_RULES[name], hit, 0, config))
    return sorted(out, key=lambda f: (f.start, f.code))


def make_report(records, config=CONFIG, baseline=None, extra=()) -> Report:
    """A Report over ``records`` with the two fake rules (plus ``extra`` findings)."""
    records = list(records)
    lang = get_pack("ko")
    docs = [make_document(r, lang) for r in records]
    findings = [f for d in docs for f in fake_findings(d, config)] + list(extra)
    kept = baseline_mod.apply(findings, docs, baseline) if baseline is not None else findings
    frames = build_report(records, docs, kept, list(FAKE_RULES.values()), config)
    return Report(*frames, run={"tool": "tqcheck"}, records=tuple(records), docs=tuple(docs),
                  suppressed=len(findings) - len(kept))


def test_text_lines_point_at_file_line_and_column():
    out = render("text", make_report([DAMAGED, CLEAN]), CONFIG).splitlines()
    assert out[0] == ("news/damaged.txt:3:9: TQ299 repeated-word "
                      "'the the' looks like an MT artifact.")
    assert out[1].startswith("news/damaged.txt:3:32: TQ199 stray-punctuation ")
    assert len(out) == 3
    assert out[-1].startswith("tqcheck: 2 findings (0 critical, 1 major, 1 minor, 0 info) "
                              "in 1 of 2 records")
    assert out[-1].endswith("gate major: FAIL")


def test_text_uses_doc_id_without_path_and_passes_clean():
    rec = Record("stdin-doc", "Headline\n\nIt was was fine.")
    out = render("text", make_report([rec]), CONFIG).splitlines()
    assert out[0].startswith("stdin-doc:3:4: TQ299 repeated-word")
    clean = render("text", make_report([CLEAN]), CONFIG).splitlines()
    assert clean == ["tqcheck: 0 findings (0 critical, 0 major, 0 minor, 0 info) in 0 of 1 "
                     "record; gate major: pass"]


def test_json_validates_against_the_shipped_schema():
    jsonschema = pytest.importorskip("jsonschema")
    data = json.loads(render("json", make_report([DAMAGED, CLEAN]), CONFIG))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    jsonschema.Draft7Validator(schema).validate(data)
    assert data["schema"] == "tqcheck.findings/1"
    assert [f["rule"] for f in data["findings"]] == ["repeated-word", "stray-punctuation"]
    assert data["findings"][0]["evidence"] == "the the"
    assert data["summary"]["exit_code"] == 1
    assert data["summary"]["failing_documents"] == ["damaged"]
    assert {d["doc_id"] for d in data["documents"]} == {"damaged", "clean"}
    # a broken document must fail validation (the schema is not vacuous)
    data["findings"][0]["severity"] = "catastrophic"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(schema).validate(data)


def test_jsonl_one_finding_per_line():
    out = render("jsonl", make_report([DAMAGED, CLEAN]), CONFIG)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["code"] for r in rows] == ["TQ299", "TQ199"]
    assert rows[0]["line"] == 3 and rows[0]["column"] == 9
    assert render("jsonl", make_report([CLEAN]), CONFIG) == ""


def test_csv_contract_columns_first_and_neutralized():
    pytest.importorskip("tqcheck.report.safe")
    doc_text = "Headline\n\n=HYPERLINK(\"http://x\") said."
    rec = Record("evil", doc_text, path="evil.txt")
    start = doc_text.index("=")
    doc = make_document(rec, get_pack("ko"))
    extra = [to_finding(doc, FAKE_RULES["stray-punctuation"],
                        Hit(start, start + 10, "-injected message"), 0, CONFIG)]
    out = render("csv", make_report([rec, DAMAGED], extra=extra), CONFIG)
    df = pd.read_csv(io.StringIO(out), keep_default_na=False)
    assert list(df.columns[:len(FINDING_COLUMNS)]) == FINDING_COLUMNS
    assert list(df.columns[len(FINDING_COLUMNS):]) == ["path", "line", "column", "end_line",
                                                        "end_column", "context_hash"]
    evil = df[df["doc_id"] == "evil"].iloc[0]
    assert evil["evidence"].startswith("'=")
    assert evil["message"].startswith("'-")
    assert (df["context_hash"].str.len() == 16).all()


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="unknown output format"):
        render("yaml", make_report([CLEAN]), CONFIG)


@pytest.mark.parametrize("fail_on,expected", [("critical", 0), ("major", 1), ("minor", 1),
                                              ("info", 1), ("never", 0)])
def test_gate_fail_on(fail_on, expected):
    cfg = CONFIG.replace(fail_on=fail_on)
    assert exit_code(make_report([DAMAGED, CLEAN], cfg), cfg) == expected


def test_gate_minor_only_passes_at_major():
    rec = Record("minor", "Headline\n\nIt ended. .", path="m.txt")
    report = make_report([rec])
    assert exit_code(report, CONFIG) == 0
    assert exit_code(report, CONFIG.replace(fail_on="minor")) == 1


def test_gate_record_thresholds():
    report = make_report([DAMAGED, CLEAN], CONFIG.replace(fail_on="never"))
    damaged_q = float(report.documents.set_index("doc_id").loc["damaged", "quality"])
    cfg = CONFIG.replace(fail_on="never", min_quality=damaged_q + 0.01)
    assert exit_code(report, cfg) == 1
    assert [f.doc_id for f in failing_documents(report, cfg)] == ["damaged"]
    assert "below the minimum" in failing_documents(report, cfg)[0].reason
    cfg = CONFIG.replace(fail_on="never", max_penalty=1.0)
    assert exit_code(report, cfg) == 1  # the damaged record's penalty is 5.1
    cfg = CONFIG.replace(fail_on="never", max_penalty=10.0, min_quality=0.0)
    assert exit_code(report, cfg) == 0
    assert failing_documents(report, cfg) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_a_clean_report(fmt):
    """A clean record: no finding in any format, but a well-formed document."""
    out = render(fmt, make_report([CLEAN]), CONFIG)
    if fmt != "sarif":  # SARIF carries the rule docs, whose examples contain "the the"
        assert "the the" not in out
    if fmt in ("json", "sarif"):
        doc = json.loads(out)
        items = doc["findings"] if fmt == "json" else doc["runs"][0]["results"]
        assert items == []
    elif fmt == "junit":
        import xml.etree.ElementTree as ET

        root = ET.fromstring(out)
        assert root.find(".//failure") is None and root.find(".//testcase") is not None
    elif fmt == "csv":
        assert out.splitlines()[0].startswith("doc_id,segment_id,code,rule")
        assert len(out.strip().splitlines()) == 1
    elif fmt in ("jsonl", "github"):
        assert out.strip() == ""
    else:  # text: only the summary line
        assert len(out.strip().splitlines()) == 1 and "0 findings" in out


def real_report(paths, config=CONFIG):
    """The real pipeline over ``paths``."""
    from tqcheck.io.readers import read_inputs
    from tqcheck.pipeline import check_records

    records, inputs = read_inputs(paths)
    return check_records(records, config, inputs=inputs)


def test_seed_article_end_to_end_formats():
    jsonschema = pytest.importorskip("jsonschema")
    report = real_report([str(ROOT / "seeds")])
    assert exit_code(report, CONFIG) == 1
    data = json.loads(render("json", report, CONFIG))
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(data)
    for line in render("text", report, CONFIG).splitlines()[:-1]:
        assert re.match(r"^.+:\d+:\d+: TQ\d{3} [a-z][a-z0-9-]* \S", line), line
