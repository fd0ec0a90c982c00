"""Rules whose findings come from outside the rule engine.

``low-fluency`` is produced by the language-model layer (``tqcheck.lm``) and ``rule-crashed``
by the engine when a rule raises; both are registered here so that select/ignore, ``tqcheck
rules`` and ``tqcheck explain`` treat them like every other rule.
"""
from __future__ import annotations

from tqcheck.rules.registry import ALL_KINDS, Examples, Rule, register

LOW_FLUENCY = register(Rule(
    code="TQ701", name="low-fluency", category="Fluency/Grammar", severity="minor",
    scope="external", fn=None, kinds=("headline", "sentence"),
    doc="""A span of words the language model finds far less likely than professional news English.

Machine translation of Korean produces word salad that every punctuation rule misses: nouns
doubled by a mistranslated middle dot (``Central and central cooperation``), verbs lost from
telegraphic headlines, particles rendered as words.  The language model scores every token;
runs of tokens whose surprisal is far above the calibration set's are flagged, with their
probabilities in the message.

Flagged: ``Park Jin "Central and central cooperation is very important for a 'global backbone'"``
Clean:   ``Foreign Minister Park Jin said cooperation with Central Asia is very important.``
""",
    examples=Examples(),
))

RULE_CRASHED = register(Rule(
    code="TQ901", name="rule-crashed", category="Other", severity="major",
    scope="external", fn=None, kinds=ALL_KINDS,
    doc="""A rule raised an exception on this record; the run went on without it.

A checker that dies on one odd article loses the whole batch's report.  Instead the engine
turns the exception into this finding (the record, the rule and the error), so the rest of
the report stays complete and the bug is visible.  It is ``major`` so that a record a rule
could not check does not pass a CI gate silently (as flake8's E999 is an error).  Please
report it.

Flagged: any record on which a rule raised.
Clean:   a record on which every rule ran.
""",
    examples=Examples(),
))
