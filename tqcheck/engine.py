"""The rule engine: run the active rules over a segmented record and place their hits.

The engine, not the rule, turns a ``Hit`` into a ``Finding``: it converts the span to record
offsets, attaches code/name/category/severity from the registry (with config overrides),
finds the segment the span starts in, and fills ``evidence = target[start:end]``.  A rule that
raises becomes one ``rule-crashed`` finding for that record; the run goes on.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from typing import Optional

from tqcheck.config import Config
from tqcheck.records import Finding, Hit, Record, Segment
from tqcheck.rules.registry import Rule, active_rules, get
from tqcheck.segment import segment_record


@dataclass(slots=True, unsafe_hash=True)
class Document:
    """A record with its segmentation: what document-scope rules receive.

    ``errors``: exceptions raised while segmenting (the record is then one plain segment).
    Built once per record, so a slotted, non-frozen dataclass (a frozen one's ``__init__``
    costs one ``object.__setattr__`` per field); treat it as read-only all the same."""

    record: Record
    segments: tuple
    paragraphs: tuple
    errors: tuple = ()

    @property
    def doc_id(self) -> str:
        return self.record.doc_id

    @property
    def target(self) -> str:
        return self.record.target

    @property
    def headline(self) -> Optional[Segment]:
        return next((s for s in self.segments if s.kind == "headline"), None)

    def segment_at(self, offset: int) -> Optional[Segment]:
        """The segment containing ``offset`` (or the nearest one before it)."""
        best = None
        for seg in self.segments:
            if seg.start <= offset < max(seg.end, seg.start + 1):
                return seg
            if seg.start <= offset:
                best = seg
        return best or (self.segments[0] if self.segments else None)


@dataclass(slots=True)
class RuleContext:
    """What a rule may consult besides its text: the config, the language pack, the
    glossary, and the document the text belongs to.  Built once per record (see
    ``Document`` for why it is not frozen); treat it as read-only."""

    config: Config
    lang: object
    glossary: object = None
    doc: Optional[Document] = None
    extra: dict = field(default_factory=dict)


def make_document(record: Record, lang) -> Document:
    """Segment ``record``.  If segmentation itself raises (a bug on an odd record), the whole
    text becomes one sentence segment and the error is kept, so the run goes on and the
    record gets a ``rule-crashed`` finding."""
    try:
        segments, paragraphs = segment_record(record, lang.classify_paragraph)
    except Exception as exc:
        text = record.target
        whole = Segment(record.doc_id, "s0", "sentence", 0, len(text), text, 0)
        para = Segment(record.doc_id, "p0", "paragraph", 0, len(text), text, 0)
        return Document(record, (whole,), (para,), (exc,))
    return Document(record, tuple(segments), tuple(paragraphs))


def to_finding(doc: Document, rule: Rule, hit: Hit, offset: int, config: Config) -> Finding:
    """Place ``hit`` (relative to ``offset``) in ``doc`` as a finding of ``rule``."""
    start, end = offset + hit.start, offset + hit.end
    target = doc.target
    if not (0 <= start <= end <= len(target)):
        raise ValueError(f"rule {rule.name} returned span {hit.start}:{hit.end} outside its text")
    seg = doc.segment_at(start)
    severity = hit.severity or config.severity_for(rule)
    return Finding(doc.doc_id, seg.segment_id if seg else "", rule.code, rule.name,
                   rule.category, severity, start, end, target[start:end], hit.message,
                   hit.suggestion)


def crash_finding(doc: Document, rule: Rule, exc: BaseException) -> Finding:
    crashed = get("rule-crashed")
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {where.filename.rsplit('/', 1)[-1]}:{where.lineno}" if where else ""
    seg = doc.segments[0].segment_id if doc.segments else ""
    return Finding(doc.doc_id, seg, crashed.code, crashed.name, crashed.category,
                   crashed.severity, 0, 0, "",
                   f"rule {rule.name} ({rule.code}) crashed: {type(exc).__name__}: {exc}{place}", "")


def segmentation_crash(doc: Document, exc: BaseException) -> Finding:
    crashed = get("rule-crashed")
    return Finding(doc.doc_id, "s0", crashed.code, crashed.name, crashed.category,
                   crashed.severity, 0, 0, "",
                   f"segmentation crashed: {type(exc).__name__}: {exc}; rules ran on the "
                   "whole text as one segment", "")


def _applicable(rule: Rule, record: Record) -> bool:
    return all(getattr(record, need, None) for need in rule.requires)


_PLANS: dict = {}
"""Per rule list (keyed by the rules' ids; the cached tuple keeps them alive, so an id cannot
be reused while its plan is cached): ``(rule, unit key, kinds)`` for each rule that runs."""


def _plan(rules) -> tuple:
    key = tuple(map(id, rules))
    found = _PLANS.get(key)
    if found is None:
        if len(_PLANS) > 64:
            _PLANS.clear()
        plan = tuple((r, r.scope if r.scope != "segment" else r.kinds, frozenset(r.kinds),
                      r.requires, r.fn)
                     for r in rules if r.scope != "external")
        found = _PLANS[key] = (tuple(rules), plan)
    return found[1]


def run_rules(doc: Document, rules: list, ctx: RuleContext) -> list:
    """All findings of ``rules`` on ``doc``, sorted by position, duplicates removed."""
    findings = [segmentation_crash(doc, exc) for exc in doc.errors] if doc.errors else []
    ctx = RuleContext(ctx.config, ctx.lang, ctx.glossary, doc, ctx.extra)
    record = doc.record
    # units are the same for every rule of a scope and kinds: build each list once per record
    units_for = {"document": ((doc, 0),), "paragraph": None}
    segments = doc.segments
    for rule, key, kinds, requires, fn in _plan(rules):
        units = units_for.get(key)
        if units is None:
            if key == "paragraph":
                units = [(p, p.start) for p in doc.paragraphs]
            else:
                units = [(s, s.start) for s in segments if s.kind in kinds]
            units_for[key] = units
        if not units or (requires and not _applicable(rule, record)):
            continue
        try:
            for unit, offset in units:
                hits = fn(unit, ctx)
                if not hits:  # None or empty (a generator is always true)
                    continue
                for hit in hits:
                    findings.append(to_finding(doc, rule, hit, offset, ctx.config))
        except Exception as exc:  # a broken rule must not lose the run
            findings = [f for f in findings if f.rule != rule.name]
            findings.append(crash_finding(doc, rule, exc))
    if not findings:
        return findings
    if len(findings) == 1:
        return findings
    return sort_findings(findings)


def sort_findings(findings: list) -> list:
    seen = set()
    out = []
    for f in sorted(findings, key=lambda f: (f.doc_id, f.start, f.end, f.code)):
        key = (f.doc_id, f.code, f.start, f.end)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def rules_for(config: Config) -> list:
    return active_rules(config.select, config.ignore)
