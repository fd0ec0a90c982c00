"""The pipeline as a plain function over pandas (``check_frame``)."""
import math

import pandas as pd

import tqcheck
from tqcheck.config import Config
from tqcheck.pipeline import check_records, count_words, line_col
from tqcheck.records import Record


def test_check_frame_rows_become_records():
    df = pd.DataFrame({"ID": ["a", "b"],
                       "Translation": ["The the minister spoke.", "All is well here."]})
    report = tqcheck.check_frame(df, Config(lm=False))
    assert set(report.documents["doc_id"]) == {"a", "b"}
    hits = report.findings[report.findings["rule"] == "repeated-word"]
    assert list(hits["doc_id"]) == ["a"]
    assert list(hits["evidence"].str.lower()) == ["the the"]
    clean = report.documents.set_index("doc_id").loc["b"]
    assert clean["findings"] == 0 and clean["band"] == "pass"


def test_penalty_quality_and_band_follow_findings():
    bad = Record("bad", "He said, “It is over. “He also said. . The the end ,and more.",
                 has_headline=False)
    good = Record("good", "He said the talks were over.", has_headline=False)
    report = check_records([bad, good], Config(lm=False))
    docs = report.documents.set_index("doc_id")
    assert docs.loc["bad", "penalty"] > docs.loc["good", "penalty"] == 0
    assert docs.loc["bad", "quality"] < docs.loc["good", "quality"]
    seg_sum = report.segments.groupby("doc_id")["penalty"].sum()
    assert math.isclose(seg_sum["bad"], docs.loc["bad", "penalty"], abs_tol=1e-6)
    assert math.isnan(docs.loc["good", "fluency"])  # LM off: present and empty


def test_select_ignore_and_severity_override():
    rec = Record("r", "The the minister spoke on the 22nd.", has_headline=False)
    only = check_records([rec], Config(lm=False, select=("repeated-word",)))
    assert set(only.findings["rule"]) == {"repeated-word"}
    none = check_records([rec], Config(lm=False, ignore=("repeated-word",)))
    assert "repeated-word" not in set(none.findings["rule"])
    sev = check_records([rec], Config(lm=False, select=("repeated-word",),
                                      severity=(("repeated-word", "critical"),)))
    assert set(sev.findings["severity"]) == {"critical"}
    assert sev.summary.set_index("rule").loc["repeated-word", "severity"] == "critical"


def test_helpers():
    assert count_words("Korea's 1.2 trillion-won plan") == 4
    assert line_col("ab\ncd", 4) == (2, 2)


def test_parallel_rules_equal_serial():
    from pathlib import Path

    lines = (Path(__file__).parent / "data" / "dev_sample.en").read_text(encoding="utf-8")
    lines = [l for l in lines.splitlines() if l.strip()]
    records = [Record(f"r{i}", l + " The the end ,ok.", has_headline=False)
               for i, l in enumerate(lines * 3)]
    serial = check_records(records, Config(lm=False, jobs=1))
    parallel = check_records(records, Config(lm=False, jobs=2))
    assert parallel.run["timings"]["rule_jobs"] == 2
    assert serial.findings.equals(parallel.findings)
    assert serial.documents.equals(parallel.documents)
