"""Structure tests for the rule registry: identities, docs, and every rule's own examples.

Each rule declares texts it must flag and texts it must pass (``@rule(flag=..., ok=...)``);
this module runs them all, so a rule without examples, or whose examples disagree with its
behaviour, fails here.  An example is a target string, or a ``(target, source)`` tuple for
rules that need the Korean source.
"""
import re

import pytest

from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document, run_rules
from tqcheck.glossary import load_glossary
from tqcheck.lang import get_pack
from tqcheck.records import SEVERITIES, Record
from tqcheck.rules.registry import (Rule, active_rules, all_rules, get, matches,
                                    register)

DESIGN_RULES = """unbalanced-quote doubled-quote mixed-quote-style stray-punctuation
space-before-punctuation missing-space split-attribution doubled-attribution garbled-headline
repeated-word untranslated-hangul mojibake page-boilerplate photo-credit-residue byline-residue
dateline-residue copyright-residue literal-date name-romanization inconsistent-name
number-mismatch untranslated-segment length-mismatch low-fluency rule-crashed""".split()

PACK = get_pack("ko")


def _ctx():
    return RuleContext(Config(lm=False), PACK, load_glossary())


def _record(rule, example):
    target, source = (example if isinstance(example, tuple) else (example, None))
    if rule.kinds == ("headline",):
        return Record("ex", target + "\n\nThe minister said on Monday that talks would resume.",
                      source=source, has_headline=True)
    return Record("ex", target, source=source, has_headline="\n" in target)


def _fires(rule, example):
    rec = _record(rule, example)
    doc = make_document(rec, PACK)
    found = run_rules(doc, [rule], _ctx())
    crashed = [f for f in found if f.rule == "rule-crashed"]
    assert not crashed, crashed[0].message
    for f in found:
        assert f.evidence == rec.target[f.start:f.end]
    return [f for f in found if f.rule == rule.name]


def test_every_design_rule_exists():
    names = {r.name for r in all_rules()}
    missing = [n for n in DESIGN_RULES if n not in names]
    assert not missing, missing


def test_codes_and_names_are_well_formed_and_documented():
    for r in all_rules():
        assert re.match(r"^TQ\d{3}$", r.code)
        assert r.severity in SEVERITIES
        assert r.summary, f"{r.name} has no docstring"
        assert "/" in r.category or r.category == "Other", r.category


CHECKED = [r for r in all_rules() if r.scope != "external"]


@pytest.mark.parametrize("rule", CHECKED, ids=lambda r: r.name)
def test_rule_has_examples(rule):
    assert len(rule.examples.flag) >= 2, f"{rule.name}: needs >= 2 flagged examples"
    assert len(rule.examples.ok) >= 2, f"{rule.name}: needs >= 2 clean examples"


@pytest.mark.parametrize("rule,example",
                         [(r, e) for r in CHECKED for e in r.examples.flag],
                         ids=lambda x: x.name if isinstance(x, Rule) else str(x)[:40])
def test_flag_examples_fire(rule, example):
    assert _fires(rule, example), f"{rule.name} did not flag {example!r}"


@pytest.mark.parametrize("rule,example",
                         [(r, e) for r in CHECKED for e in r.examples.ok],
                         ids=lambda x: x.name if isinstance(x, Rule) else str(x)[:40])
def test_ok_examples_pass(rule, example):
    hits = _fires(rule, example)
    assert not hits, f"{rule.name} flagged clean {example!r}: {hits}"


def test_duplicate_registration_is_an_error():
    existing = all_rules()[0]
    with pytest.raises(ValueError):
        register(Rule(existing.code, "some-new-name", "Other", "info", "segment", None, "x"))
    with pytest.raises(ValueError):
        register(Rule("TQ999", existing.name, "Other", "info", "segment", None, "x"))
    with pytest.raises(ValueError):
        register(Rule("X1", "bad-code", "Other", "info", "segment", None, "x"))


def test_lookup_and_selection():
    assert get("TQ901").name == "rule-crashed"
    assert get("rule-crashed").code == "TQ901"
    r = get("unbalanced-quote")
    assert matches(r, "TQ1") and matches(r, "unbalanced-quote") and not matches(r, "TQ2")
    names = {x.name for x in active_rules(ignore=("TQ1",))}
    assert "unbalanced-quote" not in names and "repeated-word" in names
    assert {x.name for x in active_rules(select=("repeated-word",))} == {"repeated-word"}


def test_crashing_rule_becomes_a_finding_and_run_continues():
    def boom(seg, ctx):
        raise RuntimeError("kaput")

    crashing = Rule("TQ998", "test-crasher", "Other", "minor", "segment", boom, "Crashes.")
    rec = Record("d1", "The the minister spoke. Then he left.", has_headline=False)
    doc = make_document(rec, PACK)
    findings = run_rules(doc, [crashing, get("repeated-word")], _ctx())
    rules = [f.rule for f in findings]
    assert "rule-crashed" in rules and "repeated-word" in rules
    crash = next(f for f in findings if f.rule == "rule-crashed")
    assert "test-crasher" in crash.message and "kaput" in crash.message
