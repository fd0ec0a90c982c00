"""SARIF 2.1.0 output: validity against the OASIS schema, rules table, levels, regions,
content-based fingerprints."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_formats import CLEAN, CONFIG, DAMAGED, make_report, real_report
from tqcheck.io.feeds import read_feed
from tqcheck.io.formats import render
from tqcheck.io.sarif import artifact_uri, level
from tqcheck.records import Record

jsonschema = pytest.importorskip("jsonschema")
# the OASIS SARIF 2.1.0 schema (oasis-tcs/sarif-spec, sarif-2.1/schema/), copied from
# ../shared/data/ so that validation never depends on a folder outside the checkout
SCHEMA_PATH = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    if not SCHEMA_PATH.is_file():
        pytest.skip(f"{SCHEMA_PATH} not present")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def sarif(records, config=CONFIG):
    return json.loads(render("sarif", make_report(records, config), config))


def test_validates_and_has_the_required_parts(validator):
    doc = sarif([DAMAGED, CLEAN])
    validator.validate(doc)
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0"
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "tqcheck" and driver["version"] and driver["informationUri"]
    ids = [r["id"] for r in driver["rules"]]
    assert ids == sorted(ids) and {"TQ199", "TQ299"} <= set(ids)
    rw = driver["rules"][ids.index("TQ299")]
    assert rw["name"] == "repeated-word"
    assert rw["shortDescription"]["text"]
    assert rw["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["TQ299", "TQ199"]
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
    assert [r["level"] for r in results] == ["error", "warning"]


def test_rule_help_comes_from_the_registered_docstring(validator):
    from tqcheck.records import Finding
    from tqcheck.rules.registry import get

    crashed = get("rule-crashed")
    extra = [Finding("damaged", "h", crashed.code, crashed.name, crashed.category, "info", 0, 0,
                     "", "rule x crashed: ValueError")]
    doc = json.loads(render("sarif", make_report([DAMAGED], extra=extra), CONFIG))
    validator.validate(doc)
    rules = {r["id"]: r for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    entry = rules[crashed.code]
    assert entry["shortDescription"]["text"] == crashed.summary
    assert entry["help"]["text"].startswith(crashed.summary)
    assert entry["fullDescription"]["text"].startswith("A checker that dies")
    assert entry["defaultConfiguration"]["level"] == "note"


def test_region_points_at_the_span(validator):
    result = sarif([DAMAGED])["runs"][0]["results"][0]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "news/damaged.txt"
    region = loc["region"]
    assert (region["startLine"], region["startColumn"]) == (3, 9)
    assert (region["endLine"], region["endColumn"]) == (3, 16)  # column after "the the"
    start = DAMAGED.target.index("the the")
    assert (region["charOffset"], region["charLength"]) == (start, 7)
    assert region["snippet"]["text"] == "the the"


def test_fingerprints_survive_moving_text_and_differ_between_findings(validator):
    before = sarif([DAMAGED])["runs"][0]["results"]
    moved = Record(DAMAGED.doc_id, DAMAGED.target.replace(
        "\n\n", "\n\nA new first paragraph was added.\n\n", 1), path=DAMAGED.path)
    after = sarif([moved])["runs"][0]["results"]
    fp = [r["partialFingerprints"]["tqcheck/v1"] for r in before]
    assert fp == [r["partialFingerprints"]["tqcheck/v1"] for r in after]
    assert len(set(fp)) == len(fp)
    assert before[0]["locations"][0]["physicalLocation"]["region"]["startLine"] != \
        after[0]["locations"][0]["physicalLocation"]["region"]["startLine"]


def test_record_without_file_and_feed_items(validator):
    rec = Record("from-stdin", "Headline\n\nIt was was fine.")
    doc = sarif([rec])
    validator.validate(doc)
    loc = doc["runs"][0]["results"][0]["locations"][0]
    assert "physicalLocation" not in loc
    assert loc["logicalLocations"][0]["fullyQualifiedName"].startswith("from-stdin/")
    feed = (b'<rss version="2.0"><channel><item><title>T</title><guid>g1</guid>'
            b'<description>&lt;p&gt;It was was fine.&lt;/p&gt;</description></item>'
            b'</channel></rss>')
    doc = sarif(read_feed("feeds/a b.rss", feed))
    validator.validate(doc)
    region = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert "charOffset" not in region  # offsets are into the item's text, not the file
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "feeds/a%20b.rss"


def test_levels_and_uris():
    assert [level(s) for s in ("critical", "major", "minor", "info")] == \
        ["error", "error", "warning", "note"]
    assert artifact_uri("/tmp/x y.txt") == "file:///tmp/x%20y.txt"


def test_invalid_sarif_is_caught(validator):
    doc = sarif([DAMAGED])
    doc["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(doc)


def test_seed_article_sarif_valid(validator):
    report = real_report([str(Path(__file__).resolve().parents[1] / "seeds")])
    doc = json.loads(render("sarif", report, CONFIG))
    validator.validate(doc)
    assert doc["runs"][0]["results"], "the seed article has findings"
