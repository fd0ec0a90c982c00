"""Baselines: known findings that should not fail the next run.

A baseline entry is keyed by *content*, never by offsets, so that an edit that moves text
(a paragraph added above) does not resurrect old findings while a new artifact still fails:

    (doc_id, rule, normalized evidence, context hash)  ->  count

- *normalized evidence*: ``evidence`` after NFKC, white-space collapsing and case folding;
- *context hash*: a short SHA-1 of the (case-folded) 3 words before and 3 words after the span,
  taken from the span's own line only, so that text added in another paragraph or line
  cannot change it;
- *count*: how many findings had that key, so two identical artifacts against a one-entry
  baseline still leave one finding.

Two sources are accepted by :func:`load`:

1. a baseline written by ``--write-baseline FILE`` (JSON, schema ``tqcheck.baseline/1``);
2. a reviewer's ``findings.csv`` with a ``status`` column: rows whose status is
   ``false-positive``, ``accepted`` or ``fixed`` suppress the matching finding.  The CSV needs
   ``doc_id``, ``rule`` and ``evidence``; when it also has ``context_hash`` (``tqcheck``'s own
   CSV outputs write it, see :func:`add_context_hash`) a row matches exactly like a JSON entry;
   without it the row matches any finding of that rule with that evidence in that record.
   Cells neutralized against formula injection (a leading ``'``) are read back as written.

A bad baseline file is an :class:`~tqcheck.io.errors.InputError` naming it (exit code 2).
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from tqcheck.io.atomic import atomic_write_text
from tqcheck.io.errors import InputError

SCHEMA = "tqcheck.baseline/1"
CONTEXT_WORDS = 3
SUPPRESSING_STATUSES = frozenset(("false-positive", "accepted", "fixed"))
REQUIRED_CSV_COLUMNS = ("doc_id", "rule", "evidence", "status")
from tqcheck.report.safe import FORMULA_TRIGGERS  # noqa: E402  (what the CSV writers neutralize)

_WORD_RE = re.compile(r"[^\W_]+")
_SPACE_RE = re.compile(r"\s+")


def normalize_evidence(text: str) -> str:
    """Evidence as compared by baselines: NFKC, white space collapsed, case folded.

    >>> normalize_evidence("The  THE")
    'the the'
    """
    text = unicodedata.normalize("NFKC", text or "")
    return _SPACE_RE.sub(" ", text).strip().casefold()


def context_hash(target: str, start: int, end: int, words: int = CONTEXT_WORDS) -> str:
    """Hash of the ``words`` words on each side of ``target[start:end]`` within its line.

    >>> a = context_hash("Intro.\\nHe said the the cat sat.", 15, 22)
    >>> b = context_hash("New paragraph.\\n\\nIntro.\\nHe said the the cat sat.", 31, 38)
    >>> a == b, len(a)
    (True, 16)
    """
    line_start = target.rfind("\n", 0, start) + 1
    line_end = target.find("\n", end)
    if line_end < 0:
        line_end = len(target)
    left = _WORD_RE.findall(target[line_start:start])[-words:] if words else []
    right = _WORD_RE.findall(target[end:line_end])[:words] if words else []
    text = " ".join(left).casefold() + "|" + " ".join(right).casefold()
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def finding_key(doc_id: str, rule: str, evidence: str, ctx: str) -> tuple:
    return (str(doc_id), str(rule), normalize_evidence(evidence), ctx)


def fingerprint(doc_id: str, rule: str, evidence: str, ctx: str) -> str:
    """A stable content-based id of a finding (SARIF ``partialFingerprints``)."""
    raw = "\x1f".join(finding_key(doc_id, rule, evidence, ctx))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Baseline:
    """Known findings: ``exact`` keys ``(doc_id, rule, evidence, context)`` and ``loose``
    keys ``(doc_id, rule, evidence)`` (reviewed CSV rows without a context hash), each with
    a count."""

    path: str = ""
    exact: Counter = field(default_factory=Counter)
    loose: Counter = field(default_factory=Counter)

    def __len__(self) -> int:
        return sum(self.exact.values()) + sum(self.loose.values())


def _targets(docs: Iterable) -> dict:
    """doc_id -> target text, from ``Document``s or ``Record``s."""
    return {d.doc_id: d.target for d in docs}


def _context_for(targets: dict, doc_id, start, end) -> str:
    target = targets.get(doc_id)
    if target is None:
        return ""
    start, end = int(start), int(end)
    return context_hash(target, start, end)


def apply(findings: list, docs: Iterable, baseline: Baseline) -> list:
    """The findings not covered by ``baseline`` (each entry covers as many findings as its
    count; exact keys first, then loose ones), in their original order."""
    targets = _targets(docs)
    exact = Counter(baseline.exact)
    loose = Counter(baseline.loose)
    keep = []
    for f in findings:
        key = finding_key(f.doc_id, f.rule, f.evidence,
                          _context_for(targets, f.doc_id, f.start, f.end))
        if exact[key] > 0:
            exact[key] -= 1
            continue
        if loose[key[:3]] > 0:
            loose[key[:3]] -= 1
            continue
        keep.append(f)
    return keep


def entries(findings_df, docs: Iterable) -> list:
    """Baseline entries (dicts, sorted) for the rows of a findings frame."""
    targets = _targets(docs)
    counts: Counter = Counter()
    info: dict = {}
    for row in findings_df.itertuples(index=False):
        ctx = _context_for(targets, row.doc_id, row.start, row.end)
        key = finding_key(row.doc_id, row.rule, row.evidence, ctx)
        counts[key] += 1
        info.setdefault(key, (row.code, row.evidence, row.message))
    out = []
    for key in sorted(counts):
        code, evidence, message = info[key]
        out.append({"doc_id": key[0], "rule": key[1], "code": code, "evidence": evidence,
                    "context_hash": key[3], "count": counts[key], "message": message})
    return out


def add_context_hash(findings_df, docs: Iterable):
    """A copy of a findings frame with a ``context_hash`` column, so that a reviewer's
    ``findings.csv`` can serve as an exact baseline."""
    targets = _targets(docs)
    out = findings_df.copy()
    out["context_hash"] = [_context_for(targets, r.doc_id, r.start, r.end)
                           for r in findings_df.itertuples(index=False)]
    return out


def _docs_of(report) -> tuple:
    return tuple(report.docs) or tuple(report.records)


def write(path: str, report) -> int:
    """Write ``report``'s findings as a baseline to ``path`` (atomically); returns the number
    of findings written."""
    from tqcheck import __version__

    items = entries(report.findings, _docs_of(report))
    data = {"schema": SCHEMA, "version": __version__,
            "findings": int(sum(e["count"] for e in items)), "entries": items}
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    try:
        atomic_write_text(path, text)
    except OSError as exc:
        raise InputError(path, f"cannot write baseline ({exc.strerror or exc})") from None
    return data["findings"]


def _unneutralize(value: str) -> str:
    if len(value) > 1 and value[0] == "'" and value[1] in FORMULA_TRIGGERS:
        return value[1:]
    return value


def _status(value: str) -> str:
    return re.sub(r"[\s_]+", "-", (value or "").strip().casefold())


def _load_json(path: str, text: str) -> Baseline:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"baseline is not valid JSON: {exc.msg}",
                         f"line {exc.lineno}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise InputError(path, f"not a tqcheck baseline (expected \"schema\": \"{SCHEMA}\"; "
                               "write one with --write-baseline, or pass a reviewed "
                               "findings.csv)")
    raw = data.get("entries")
    if not isinstance(raw, list):
        raise InputError(path, "baseline has no \"entries\" list")
    exact: Counter = Counter()
    for i, e in enumerate(raw, start=1):
        try:
            key = finding_key(e["doc_id"], e["rule"], e["evidence"], str(e["context_hash"]))
            count = int(e.get("count", 1))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(path, f"baseline entry is malformed ({exc!s})",
                             f"entry {i}") from None
        if count < 1:
            raise InputError(path, "baseline entry count must be at least 1", f"entry {i}")
        exact[key] += count
    return Baseline(path, exact, Counter())


def _load_csv(path: str) -> Baseline:
    import csv

    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            sample = fh.read(65536)
            fh.seek(0)
            delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
            reader = csv.DictReader(fh, delimiter=delimiter)
            header = [h.strip().lower() for h in (reader.fieldnames or [])]
            missing = [c for c in REQUIRED_CSV_COLUMNS if c not in header]
            if missing:
                raise InputError(path, "reviewed findings CSV lacks column(s) "
                                       f"{', '.join(missing)} (needs {', '.join(REQUIRED_CSV_COLUMNS)})")
            reader.fieldnames = header
            exact: Counter = Counter()
            loose: Counter = Counter()
            for row in reader:
                if _status(row.get("status")) not in SUPPRESSING_STATUSES:
                    continue
                doc_id = _unneutralize(row.get("doc_id") or "")
                rule = _unneutralize(row.get("rule") or "")
                evidence = _unneutralize(row.get("evidence") or "")
                ctx = (row.get("context_hash") or "").strip()
                if ctx:
                    exact[finding_key(doc_id, rule, evidence, ctx)] += 1
                else:
                    loose[finding_key(doc_id, rule, evidence, "")[:3]] += 1
    except UnicodeDecodeError as exc:
        raise InputError(path, f"baseline CSV is not UTF-8 (byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(path, f"baseline CSV is malformed: {exc}") from None
    return Baseline(path, exact, loose)


def load(path: str) -> Baseline:
    """Read a baseline (JSON from ``--write-baseline``, or a reviewed findings CSV)."""
    p = Path(path)
    if not p.is_file():
        raise InputError(path, "baseline file not found")
    if p.suffix.lower() in (".csv", ".tsv"):
        return _load_csv(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"baseline is not UTF-8 (byte {exc.start})") from None
    except OSError as exc:
        raise InputError(path, f"cannot read baseline ({exc.strerror})") from None
    if text.lstrip().startswith("{"):
        return _load_json(path, text)
    return _load_csv(path)


def summary(baseline: Optional[Baseline]) -> str:
    if baseline is None:
        return "no baseline"
    return f"{len(baseline)} known finding(s) from {baseline.path}"
