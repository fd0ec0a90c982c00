"""JUnit XML output: parseable, conventional counts, one failure per gating finding."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from test_formats import CLEAN, CONFIG, DAMAGED, make_report, real_report
from tqcheck.io.formats import render
from tqcheck.records import Record


def junit(records, config=CONFIG):
    return ET.fromstring(render("junit", make_report(records, config), config))


def test_suites_cases_and_counts():
    other = Record("other", "Headline\n\nIt was was fine. .", path="news/other.txt")
    root = junit([DAMAGED, CLEAN, other])
    assert root.tag == "testsuites"
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) \
        == ("3", "2", "0", "0")
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"news/damaged.txt", "news/clean.txt", "news/other.txt"}
    s = suites["news/damaged.txt"]
    assert (s.get("tests"), s.get("failures"), s.get("errors")) == ("1", "1", "0")
    case = s.find("testcase")
    assert case.get("name") == "damaged" and case.get("classname") == "news/damaged.txt"
    failures = case.findall("failure")
    assert [f.get("type") for f in failures] == ["TQ299 repeated-word"]  # minor is below major
    assert "news/damaged.txt:3:9" in failures[0].text
    assert "stray-punctuation" in case.find("system-out").text
    assert suites["news/clean.txt"].find("testcase").find("failure") is None


def test_threshold_changes_failures():
    root = junit([DAMAGED], CONFIG.replace(fail_on="minor"))
    assert len(root.find("testsuite/testcase").findall("failure")) == 2
    root = junit([DAMAGED], CONFIG.replace(fail_on="never"))
    assert root.get("failures") == "0"


def test_quality_gate_failure():
    cfg = CONFIG.replace(fail_on="never", max_penalty=1.0)
    case = junit([DAMAGED, CLEAN], cfg).find("testsuite/testcase")
    gate = [f for f in case.findall("failure") if f.get("type") == "quality-gate"]
    assert len(gate) == 1 and "above the maximum 1" in gate[0].get("message")


def test_escaping_and_control_characters():
    rec = Record('a<&>"id', 'Head <b> & "q"\n\nThe\x0c the the <tag> & "x" ok.',
                 path='dir/we"ird&<.txt')
    text = render("junit", make_report([rec]), CONFIG)
    root = ET.fromstring(text)  # must parse despite <, &, quotes and a form feed
    case = root.find("testsuite/testcase")
    assert case.get("name") == 'a<&>"id'
    assert root.find("testsuite").get("name") == 'dir/we"ird&<.txt'
    assert "\x0c" not in text


def test_seed_article_junit_parses():
    report = real_report([str(Path(__file__).resolve().parents[1] / "seeds")])
    root = ET.fromstring(render("junit", report, CONFIG))
    assert int(root.get("tests")) >= 1
    assert int(root.get("failures")) >= 1


def test_rule_crash_is_an_error():
    from tqcheck.records import Finding

    extra = [Finding("damaged", "h", "TQ901", "rule-crashed", "Other", "info", 0, 0, "",
                     "rule x crashed: ValueError")]
    root = ET.fromstring(render("junit", make_report([DAMAGED], extra=extra), CONFIG))
    assert root.get("errors") == "1"
    error = root.find("testsuite/testcase/error")
    assert error is not None and error.get("message") == "rule x crashed: ValueError"
