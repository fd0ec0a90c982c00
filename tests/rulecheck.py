"""The one way rule tests run rules: through the real segmenter and engine, on one record.

Every rule test module calls :func:`check` (directly or through a one-line wrapper), so the
invariants every finding must keep are asserted in one place: ``evidence`` is exactly
``target[start:end]`` and no rule crashed.
"""
from tqcheck.config import Config
from tqcheck.engine import RuleContext, make_document, run_rules
from tqcheck.glossary import load_glossary
from tqcheck.lang.ko import PACK
from tqcheck.records import Record
from tqcheck.rules.registry import active_rules, get


def check(target, rules=None, *, source=None, has_headline=False) -> list:
    """Findings of ``rules`` (names; ``None`` = every default rule) on ``target``."""
    record = Record("t", target, source=source, has_headline=has_headline)
    chosen = active_rules() if rules is None else [get(r) for r in rules]
    found = run_rules(make_document(record, PACK), chosen,
                      RuleContext(Config(lm=False), PACK, glossary=load_glossary()))
    for f in found:
        assert f.evidence == target[f.start:f.end], f
    crashed = [f.message for f in found if f.rule == "rule-crashed"]
    assert not crashed, crashed
    return found


def run(name, text, has_headline=False) -> list:
    """The findings of rule ``name`` alone on ``text``."""
    return [f for f in check(text, [name], has_headline=has_headline) if f.rule == name]
