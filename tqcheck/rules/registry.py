"""The rule registry: one declarative record per rule, registered explicitly.

A rule is a small pure function.  The registry, not the rule, owns its identity (code, name,
MQM category, default severity), so a rule cannot report under the wrong code.  Codes are
permanent (``TQ`` + three digits, the hundreds digit is the family); a retired code is listed
in ``RETIRED`` and never reused.  Registering a duplicate code or name raises at import time.

Families:
    1xx punctuation and quotes     2xx attribution and headline   3xx residue
    4xx script and encoding        5xx names, numbers, dates      6xx accuracy vs source
    7xx fluency (language model)   9xx internal

Scopes say what a rule function receives:
    ``segment``   ``fn(seg: Segment, ctx: RuleContext) -> Iterable[Hit]``, spans relative to
                  ``seg.text``; ``kinds`` limits which segment kinds it sees.
    ``paragraph`` the same with a ``kind == "paragraph"`` segment (quotes that span sentences).
    ``document``  ``fn(doc: Document, ctx) -> Iterable[Hit]`` with spans in the record's target.
    ``external``  produced elsewhere (the language model); registered for identity and docs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from tqcheck.records import SEVERITIES

CODE_RE = re.compile(r"^TQ\d{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
SCOPES = ("segment", "paragraph", "document", "external")
ALL_KINDS = ("headline", "boilerplate", "caption", "byline", "sentence")
TEXT_KINDS = ("headline", "sentence")
"""Kinds that are meant to be article prose (residue kinds are excluded from prose rules)."""

RETIRED: dict = {}
"""Retired codes -> the name they had; never reused."""


@dataclass(frozen=True)
class Examples:
    """Texts the rule must flag and texts it must pass: the rule's first tests."""

    flag: tuple = ()
    ok: tuple = ()


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    scope: str
    fn: Optional[Callable]
    doc: str
    kinds: tuple = TEXT_KINDS
    requires: tuple = ()
    """Record fields that must be present for the rule to run (``source``, ``reference``)."""
    default_enabled: bool = True
    examples: Examples = field(default_factory=Examples)

    @property
    def summary(self) -> str:
        """First paragraph of the docstring, on one line: what the rule flags."""
        first = self.doc.strip().split("\n\n", 1)[0]
        return " ".join(line.strip() for line in first.splitlines())


_RULES: dict = {}
_NAMES: dict = {}


def register(rule: Rule) -> Rule:
    """Add ``rule``; duplicate or malformed identities are programming errors."""
    if not CODE_RE.match(rule.code):
        raise ValueError(f"rule code {rule.code!r} is not TQ + three digits")
    if not NAME_RE.match(rule.name):
        raise ValueError(f"rule name {rule.name!r} is not kebab-case")
    if rule.code in _RULES or rule.code in RETIRED:
        raise ValueError(f"rule code {rule.code} is registered twice (or retired)")
    if rule.name in _NAMES:
        raise ValueError(f"rule name {rule.name} is registered twice")
    if rule.severity not in SEVERITIES:
        raise ValueError(f"rule {rule.name}: unknown severity {rule.severity!r}")
    if rule.scope not in SCOPES:
        raise ValueError(f"rule {rule.name}: unknown scope {rule.scope!r}")
    _RULES[rule.code] = rule
    _NAMES[rule.name] = rule.code
    return rule


def rule(code: str, name: str, category: str, severity: str, *, scope: str = "segment",
         kinds: Iterable[str] = TEXT_KINDS, requires: Iterable[str] = (),
         default_enabled: bool = True, flag: Iterable[str] = (), ok: Iterable[str] = ()):
    """Decorator form of :func:`register`; the function's docstring is the rule's doc."""

    def wrap(fn):
        register(Rule(code=code, name=name, category=category, severity=severity, scope=scope,
                      fn=fn, doc=fn.__doc__ or "", kinds=tuple(kinds), requires=tuple(requires),
                      default_enabled=default_enabled,
                      examples=Examples(flag=tuple(flag), ok=tuple(ok))))
        return fn

    return wrap


def _load() -> None:
    # Importing the family modules registers their rules; done lazily so that importing the
    # registry alone stays cheap and free of cycles.
    from tqcheck.rules import load_all  # noqa: F401  (import side effect)

    load_all()


def all_rules() -> list:
    """Every registered rule, ordered by code."""
    _load()
    return [_RULES[c] for c in sorted(_RULES)]


def get(key: str) -> Rule:
    """Look a rule up by code (``TQ101``) or name (``unbalanced-quote``)."""
    _load()
    if key in _RULES:
        return _RULES[key]
    if key in _NAMES:
        return _RULES[_NAMES[key]]
    up = key.upper()
    if up in _RULES:
        return _RULES[up]
    raise KeyError(key)


def matches(rule_: Rule, selector: str) -> bool:
    """``selector`` is a rule name, a full code or a code prefix (``TQ1`` = family 1)."""
    sel = selector.strip()
    return sel == rule_.name or rule_.code.startswith(sel.upper())


def check_selectors(selectors: Iterable[str]) -> list:
    """Return the selectors that match no rule (for a clear usage error)."""
    rules = all_rules()
    return [s for s in selectors if not any(matches(r, s) for r in rules)]


def active_rules(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list:
    """The rules to run: ``select`` (default: every rule enabled by default; naming an opt-in
    rule enables it) minus ``ignore``."""
    select, ignore = tuple(select), tuple(ignore)
    out = []
    for r in all_rules():
        if select:
            chosen = any(matches(r, s) for s in select)
        else:
            chosen = r.default_enabled
        if chosen and not any(matches(r, s) for s in ignore):
            out.append(r)
    return out
