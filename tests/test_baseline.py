"""Baselines keyed by content: round trip, moved text, new artifacts, counts, reviewed CSVs."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from test_formats import CONFIG, DAMAGED, make_report
from tqcheck import baseline as bl
from tqcheck.gate import exit_code
from tqcheck.io.errors import InputError
from tqcheck.io.formats import render
from tqcheck.records import Record


def edit(record: Record, text: str) -> Record:
    return record._replace(target=text)


@pytest.fixture
def written(tmp_path):
    path = tmp_path / "baseline.json"
    n = bl.write(str(path), make_report([DAMAGED]))
    assert n == 2
    return str(path)


def test_round_trip_suppresses_everything(written):
    data = json.loads(open(written, encoding="utf-8").read())
    assert data["schema"] == bl.SCHEMA
    assert {e["rule"] for e in data["entries"]} == {"repeated-word", "stray-punctuation"}
    report = make_report([DAMAGED], baseline=bl.load(written))
    assert report.findings.empty and report.suppressed == 2
    assert exit_code(report, CONFIG) == 0


def test_prepended_paragraph_does_not_resurrect(written):
    moved = edit(DAMAGED, DAMAGED.target.replace(
        "\n\n", "\n\nSEOUL, June 22 (News1) -- An added first paragraph.\n\n", 1))
    report = make_report([moved], baseline=bl.load(written))
    assert report.findings.empty
    assert exit_code(report, CONFIG) == 0


def test_new_artifact_still_fails(written):
    damaged_more = edit(DAMAGED, DAMAGED.target + "\nThe ministry said it will will respond. .")
    report = make_report([damaged_more], baseline=bl.load(written))
    assert list(report.findings["evidence"]) == ["will will", ". ."]
    assert exit_code(report, CONFIG) == 1
    text = render("text", report, CONFIG).splitlines()
    assert len(text) == 3 and "2 suppressed by the baseline" in text[-1]


def test_two_identical_artifacts_against_one_entry_leave_one(written):
    doubled = edit(DAMAGED, DAMAGED.target.replace(
        "He said the the talks went well. .", "He said the the talks went well. . He said the "
        "the talks went well. .\nHe said the the talks went well. .", 1))
    report = make_report([doubled], baseline=bl.load(written))
    # three "the the" in two contexts (one line with two, one line with one): the baseline
    # entry (context: "He said" | "talks went well") covers exactly one of them
    assert (report.findings["rule"] == "repeated-word").sum() == 2


def test_other_record_is_not_suppressed(written):
    other = Record("other", DAMAGED.target, path="news/other.txt")
    report = make_report([other], baseline=bl.load(written))
    assert len(report.findings) == 2


def reviewed_csv(tmp_path, statuses, drop_context=False):
    pytest.importorskip("tqcheck.report.safe")
    df = pd.read_csv(io.StringIO(render("csv", make_report([DAMAGED]), CONFIG)),
                     keep_default_na=False)
    df["status"] = statuses
    if drop_context:
        df = df.drop(columns=["context_hash"])
    path = tmp_path / "findings.csv"
    df.to_csv(path, index=False)
    return str(path)


def test_reviewed_findings_csv_is_a_baseline(tmp_path):
    path = reviewed_csv(tmp_path, ["false-positive", "open"])
    report = make_report([DAMAGED], baseline=bl.load(path))
    assert list(report.findings["rule"]) == ["stray-punctuation"]
    path = reviewed_csv(tmp_path, ["Accepted", "fixed"])
    assert make_report([DAMAGED], baseline=bl.load(path)).findings.empty


def test_reviewed_csv_without_context_matches_by_evidence(tmp_path):
    path = reviewed_csv(tmp_path, ["false positive", ""], drop_context=True)
    base = bl.load(path)
    assert len(base.loose) == 1 and not base.exact
    moved = edit(DAMAGED, DAMAGED.target.replace("He said the the", "Park said the the"))
    assert list(make_report([moved], baseline=base).findings["rule"]) == ["stray-punctuation"]


def test_neutralized_cells_are_read_back(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("doc_id,rule,evidence,status\nd,repeated-word,'-- --,accepted\n",
                    encoding="utf-8")
    base = bl.load(str(path))
    assert ("d", "repeated-word", "-- --") in base.loose


@pytest.mark.parametrize("content,suffix,match", [
    ("{not json", ".json", "not valid JSON"),
    ('{"schema": "other/1", "entries": []}', ".json", "not a tqcheck baseline"),
    ('{"schema": "tqcheck.baseline/1", "entries": [{"rule": "x"}]}', ".json", "malformed"),
    ("doc_id,rule,evidence\nd,r,e\n", ".csv", "lacks column"),
])
def test_bad_baseline_files_name_the_file(tmp_path, content, suffix, match):
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=match) as err:
        bl.load(str(path))
    assert str(path) in str(err.value)


def test_missing_baseline_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        bl.load(str(tmp_path / "nope.json"))


def test_context_hash_is_line_local():
    a = bl.context_hash("x y z the the a b c", 6, 13)
    assert a == bl.context_hash("Prepended line.\nx y z the the a b c", 22, 29)
    assert a != bl.context_hash("x y w the the a b c", 6, 13)
